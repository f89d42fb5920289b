// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/MethodSpec.h"
#include "catalogue/PreparedRequest.h"
#include "cloud/Connection.h"
#include "jobs/JobRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ims {

class ImsClient;
class JobMonitor;
class ObsClient;
class Submission;

// One chosen connection, made fresh when it is chosen and dropped when another replaces it; never
// changed in place. It owns that connection's client (and so its token or AK/SK signer) and has its
// jobs followed by the shared job monitor through that client only. It holds the one step that
// turns a request into what is sent, shown masked on the review page and sent as it is by submit(),
// which the wizard and `ims-wizard-cli submit` both drive.
class Session : public QObject
{
    Q_OBJECT
public:
    // `monitor` may be null (nothing is recorded or followed then: previews, tests).
    Session(const ConnectionSettings &settings, const Credentials &credentials, JobMonitor *monitor,
            QObject *parent = nullptr);
    ~Session() override;

    const ConnectionSettings &settings() const;
    QString name() const;
    ImsClient *client() const { return m_client; }
    // OBS of this connection's region, signed with its access key (AK/SK connections) or with the
    // temporary keys its IAM issues (password connections). Never null; `whyNot` is kept for callers.
    ObsClient *obsClient(QString *whyNot = nullptr) const;
    // A fixed key for OBS instead (a key fetched again by UploadJobs' renewer); uploads under way use it from their next run.
    void setObsKey(const QString &accessKey, const QString &secretKey, const QString &securityToken);
    JobMonitor *monitor() const { return m_monitor; }

    enum class Secrets { Masked, Shown };
    // The create request of `method` exactly as submit() sends it: URL, every header (auth included:
    // X-Auth-Token, or X-Sdk-Date, X-Project-Id and the signature) and body. Masked: the token and the
    // signature read "********". A signature is made for the clock's time (setClock).
    PreparedRequest prepare(const MethodSpec &method, const QJsonObject &fields, Secrets secrets = Secrets::Masked) const;
    // The same request as a curl command. A token is read from $IMS_WIZARD_TOKEN when it runs; an
    // AK/SK request carries its signature, valid for 15 minutes from now and for this body only.
    QString curlCommand(const MethodSpec &method, const QJsonObject &fields) const;
    static constexpr int signatureValidityMinutes = 15; // API Request Signing Guide: X-Sdk-Date ±15 min

    // Signs at this time instead of now (tests compare a preview with what the server received).
    void setClock(std::function<QDateTime()> clock);

    // Sends the create call once (never again by itself) and records the outcome: a job is
    // tracked at once, an unknown outcome is recorded as such. The Submission is the session's
    // child: delete it once its finished() has been handled. `batch`: the batch row sending it, noted
    // on its job record.
    Submission *submit(const MethodSpec &method, const QJsonObject &fields, const BatchMembership &batch = {});

private:
    ImsClient *m_client;
    JobMonitor *m_monitor;
    ObsClient *m_obs = nullptr;
};

} // namespace ims
