// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ResourceCalls.h"

#include "ImsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ims {

namespace {

// An id goes into a path: encoded, so that a typed "../" or "?" stays part of the id.
QString inPath(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

void ResourceCall::parseAnswer()
{
    const QJsonObject answerObject = QJsonDocument::fromJson(answer()).object();
    const QJsonValue value = answerObject.value(resourceKey());
    if (!value.isObject())
        return fail(ApiError::malformed(tr("The %1 answer has no \"%2\" object.").arg(request().what, resourceKey())));
    m_resource = value.toObject();
}

ServerCall::ServerCall(ImsClient *client, const QString &serverId)
    : ResourceCall(client, ApiRequest::get(ApiRequest::Service::Ecs, QStringLiteral("/v1/{project_id}/cloudservers/%1").arg(inPath(serverId)),
                                           QStringLiteral("ECS"), QStringLiteral("ecs:cloudServers:get")))
{
}

VolumeCall::VolumeCall(ImsClient *client, const QString &volumeId)
    : ResourceCall(client, ApiRequest::get(ApiRequest::Service::Evs, QStringLiteral("/v2/{project_id}/cloudvolumes/%1").arg(inPath(volumeId)),
                                           QStringLiteral("EVS disk"), QStringLiteral("evs:volumes:get")))
{
}

namespace {
ApiRequest describeKeyRequest(const QString &keyId)
{
    return ApiRequest::readOnlyPost(ApiRequest::Service::Kms, QStringLiteral("/v1.0/{project_id}/kms/describe-key"), QStringLiteral("KMS key"),
                                    QStringLiteral("kms:cmk:get"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("key_id"), keyId}}).toJson(QJsonDocument::Compact));
}
} // namespace

KmsKeyCall::KmsKeyCall(ImsClient *client, const QString &keyId)
    : ResourceCall(client, describeKeyRequest(keyId))
{
}

void KmsKeyCall::parseAnswer()
{
    // ShowKeyResponse has key_info as an object; some older pages show a one-item array.
    const QJsonValue info = QJsonDocument::fromJson(answer()).object().value(resourceKey());
    if (info.isArray() && info.toArray().first().isObject()) {
        m_resource = info.toArray().first().toObject();
        return;
    }
    ResourceCall::parseAnswer();
}

EnterpriseProjectCall::EnterpriseProjectCall(ImsClient *client, const QString &enterpriseProjectId)
    : ResourceCall(client, ApiRequest::get(ApiRequest::Service::Eps, QStringLiteral("/v1.0/enterprise-projects/%1").arg(inPath(enterpriseProjectId)),
                                           QStringLiteral("enterprise project"), QStringLiteral("eps:enterpriseProjects:get")))
{
}

} // namespace ims
