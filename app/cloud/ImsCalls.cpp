// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImsCalls.h"

#include "ImsClient.h"
#include "catalogue/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ims {

ApiRequest CreateImageCall::requestFor(const ConnectionSettings &settings, const MethodSpec &method, const QJsonObject &fields)
{
    const PreparedRequest prepared = RequestBuilder::prepare(method, fields, {QString(), settings.useNewerCreatePaths});
    ApiRequest r;
    r.verb = prepared.verb;
    r.path = prepared.path;
    r.body = prepared.bodyBytes;
    r.what = method.id;
    r.operation = QStringLiteral("CreateImage:") + method.id;
    return r;
}

CreateImageCall::CreateImageCall(ImsClient *client, const MethodSpec &method, const QJsonObject &fields)
    : ApiCall(client, requestFor(client->settings(), method, fields))
    , m_methodId(method.id)
    , m_expectsJob(method.answer == Answer::Job)
{
}

void CreateImageCall::parseAnswer()
{
    const QJsonDocument doc = QJsonDocument::fromJson(answer());
    if (!doc.isObject())
        return fail(ApiError::malformed(tr("The create call succeeded (HTTP %1) but its answer is not JSON.").arg(httpStatus())));
    if (m_expectsJob) {
        m_jobId = doc.object().value(QStringLiteral("job_id")).toString();
        if (m_jobId.isEmpty())
            fail(ApiError::malformed(tr("The create call succeeded (HTTP %1) but named no job_id.").arg(httpStatus())));
    } else {
        m_image = doc.object();
        if (m_image.value(QStringLiteral("id")).toString().isEmpty())
            fail(ApiError::malformed(tr("The image metadata was created (HTTP %1) but the answer has no image id.").arg(httpStatus())));
    }
}

JobStatusCall::JobStatusCall(ImsClient *client, const QString &jobId)
    : ApiCall(client, ApiRequest::get(ApiRequest::Service::Ims, QStringLiteral("/v1/cloudimages/job/%1").arg(jobId), QStringLiteral("job status")))
    , m_jobId(jobId)
{
}

bool JobStatusCall::redirect(ApiRequest &request)
{
    // A 404 on the progress API means it is not deployed in the region: use the classic one.
    if (m_classic || httpStatus() != 404 || client()->projectId().isEmpty())
        return false;
    m_classic = true;
    request.path = QStringLiteral("/v1/%1/jobs/%2").arg(client()->projectId(), m_jobId);
    return true;
}

void JobStatusCall::parseAnswer()
{
    QString error;
    const auto status = JobStatus::parse(answer(), &error);
    if (!status)
        return fail(ApiError::malformed(tr("The job status answer could not be read: %1").arg(error)));
    m_status = *status;
}

namespace {
ApiRequest uploadRequest(const QString &imageId, QFile *file)
{
    ApiRequest r;
    r.verb = "PUT";
    r.path = QStringLiteral("/v2/images/%1/file").arg(imageId);
    r.contentType = "application/octet-stream";
    r.upload = file;
    r.uploadSize = file ? file->size() : 0;
    r.timeoutMs = 120000;
    r.what = QStringLiteral("upload image file");
    r.operation = QStringLiteral("UploadImageFile"); // the native (Glance) image file upload
    return r;
}
} // namespace

UploadImageFileCall::UploadImageFileCall(ImsClient *client, const QString &imageId, std::unique_ptr<QFile> file)
    : ApiCall(client, uploadRequest(imageId, file.get()))
    , m_file(std::move(file))
{
}

UploadImageFileCall::~UploadImageFileCall() = default;

OsVersionsCall::OsVersionsCall(ImsClient *client)
    : ApiCall(client, ApiRequest::get(ApiRequest::Service::Ims, QStringLiteral("/v1/cloudimages/os_version"), QStringLiteral("OS versions")))
{
}

std::optional<QStringList> OsVersionsCall::parseVersions(const QByteArray &answer)
{
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    if (!doc.isArray())
        return std::nullopt;
    QStringList versions;
    for (const auto &group : doc.array())
        for (const auto &v : group.toObject().value(QStringLiteral("version_list")).toArray()) {
            const QString version = v.toObject().value(QStringLiteral("os_version")).toString();
            if (!version.isEmpty() && !versions.contains(version))
                versions.append(version);
        }
    return versions;
}

void OsVersionsCall::parseAnswer()
{
    auto versions = parseVersions(answer());
    if (!versions)
        return fail(ApiError::malformed(tr("The OS version list is not a JSON array.")));
    m_versions = *versions;
}

QuotaCall::QuotaCall(ImsClient *client)
    : ApiCall(client, ApiRequest::get(ApiRequest::Service::Ims, QStringLiteral("/v1/cloudimages/quota"), QStringLiteral("quota")))
{
}

void QuotaCall::parseAnswer()
{
    const auto resources = QJsonDocument::fromJson(answer()).object().value(QStringLiteral("quotas")).toObject()
                               .value(QStringLiteral("resources")).toArray();
    for (const auto &r : resources) {
        const QJsonObject o = r.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("image")) {
            m_used = o.value(QStringLiteral("used")).toInt(-1);
            m_quota = o.value(QStringLiteral("quota")).toInt(-1);
        }
    }
    if (m_quota < 0)
        fail(ApiError::malformed(tr("The quota answer has no entry for images.")));
}

namespace {
ApiRequest imageRequest(const QString &imageId, ImageCall::Api api)
{
    ApiRequest r = ApiRequest::get(ApiRequest::Service::Ims,
                                   api == ImageCall::Api::Native ? QStringLiteral("/v2/images/%1").arg(imageId) : QStringLiteral("/v2/cloudimages"),
                                   QStringLiteral("image"));
    if (api == ImageCall::Api::CloudImages)
        r.query.addQueryItem(QStringLiteral("id"), imageId);
    return r;
}
} // namespace

ImageCall::ImageCall(ImsClient *client, const QString &imageId, Api api)
    : ApiCall(client, imageRequest(imageId, api))
    , m_api(api)
{
}

void ImageCall::parseAnswer()
{
    const QJsonObject o = QJsonDocument::fromJson(answer()).object();
    if (m_api == Api::Native)
        m_image = o;
    else
        m_image = o.value(QStringLiteral("images")).toArray().first().toObject();
    if (m_image.value(QStringLiteral("id")).toString().isEmpty())
        fail(ApiError::malformed(tr("The image was not found in the answer.")));
}

} // namespace ims
