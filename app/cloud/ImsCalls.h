// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiCall.h"
#include "Connection.h"
#include "catalogue/MethodSpec.h"
#include "JobStatus.h"

#include <QFile>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ims {

class ImsClient;

// POST of a creation method (all 8): answers a job id, or the image record for native metadata.
// Sent once: never retried by itself.
class CreateImageCall : public ApiCall
{
    Q_OBJECT
public:
    CreateImageCall(ImsClient *client, const MethodSpec &method, const QJsonObject &fields);
    // The request this call sends for that connection (path per its /v2.1 setting, body in catalogue order).
    static ApiRequest requestFor(const ConnectionSettings &settings, const MethodSpec &method, const QJsonObject &fields);
    QString jobId() const { return m_jobId; }
    QJsonObject image() const { return m_image; } // native metadata only
    QString methodId() const { return m_methodId; }

protected:
    void parseAnswer() override;
    QString jobStarted() const override { return m_jobId; }

private:
    QString m_methodId;
    bool m_expectsJob = true;
    QString m_jobId;
    QJsonObject m_image;
};

// GET /v1/cloudimages/job/{job_id}; on 404 falls back to GET /v1/{project_id}/jobs/{job_id}
// ("Querying the Status of an Asynchronous Job", API digest §1.6).
class JobStatusCall : public ApiCall
{
    Q_OBJECT
public:
    JobStatusCall(ImsClient *client, const QString &jobId);
    const JobStatus &status() const { return m_status; }
    bool usedClassicApi() const { return m_classic; }

protected:
    void parseAnswer() override;
    bool redirect(ApiRequest &request) override;

private:
    QString m_jobId;
    bool m_classic = false;
    JobStatus m_status;
};

// PUT /v2/images/{id}/file: streams a local file into native image metadata, never reading it whole.
class UploadImageFileCall : public ApiCall
{
    Q_OBJECT
public:
    UploadImageFileCall(ImsClient *client, const QString &imageId, std::unique_ptr<QFile> file);
    ~UploadImageFileCall() override;

private:
    std::unique_ptr<QFile> m_file;
};

// GET /v1/cloudimages/os_version: the OS versions the region offers, for the wizard's picker.
class OsVersionsCall : public ApiCall
{
    Q_OBJECT
public:
    explicit OsVersionsCall(ImsClient *client);
    QStringList versions() const { return m_versions; }
    // "Querying Supported Image OSs": [{platform, version_list: [{os_version, ...}]}]. The distinct
    // versions in order; nothing when the answer is not a JSON array. Pure, for tests and fuzzing.
    static std::optional<QStringList> parseVersions(const QByteArray &answer);

protected:
    void parseAnswer() override;

private:
    QStringList m_versions;
};

// GET /v1/cloudimages/quota: private images used and allowed (IMG.0015 when full).
class QuotaCall : public ApiCall
{
    Q_OBJECT
public:
    explicit QuotaCall(ImsClient *client);
    int used() const { return m_used; }
    int quota() const { return m_quota; }

protected:
    void parseAnswer() override;

private:
    int m_used = -1;
    int m_quota = -1;
};

// GET /v2/cloudimages?id={id} (or the deprecated GET /v2/images/{id} for native images).
class ImageCall : public ApiCall
{
    Q_OBJECT
public:
    enum class Api { CloudImages, Native };
    ImageCall(ImsClient *client, const QString &imageId, Api api = Api::CloudImages);
    QJsonObject image() const { return m_image; }

protected:
    void parseAnswer() override;

private:
    Api m_api;
    QJsonObject m_image;
};

} // namespace ims
