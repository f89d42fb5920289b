// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TemporaryKeyCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ims {

namespace {
ApiRequest temporaryKeyRequest(int durationSecs)
{
    ApiRequest r;
    r.service = ApiRequest::Service::Iam;
    r.verb = "POST";
    r.path = QStringLiteral("/v3.0/OS-CREDENTIAL/securitytokens");
    r.contentType = "application/json;charset=utf8"; // as the API reference asks
    const int duration = std::clamp(durationSecs, TemporaryKeyCall::minDurationSecs, TemporaryKeyCall::maxDurationSecs);
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("token")}},
                                  {QStringLiteral("token"), QJsonObject{{QStringLiteral("duration_seconds"), duration}}}}}}}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.what = QStringLiteral("temporary access key");
    // "You do not need to obtain permissions to call this API."
    // It makes nothing that lasts: a repeat after a lost answer only issues another short-lived key,
    // so it may be retried like a read.
    r.readOnly = true;
    return r;
}
} // namespace

TemporaryKeyCall::TemporaryKeyCall(ImsClient *client, int durationSecs)
    : ApiCall(client, temporaryKeyRequest(durationSecs))
{
}

std::optional<TemporaryKey> TemporaryKeyCall::parse(const QByteArray &body)
{
    const QJsonObject c = QJsonDocument::fromJson(body).object().value(QStringLiteral("credential")).toObject();
    TemporaryKey key;
    key.access = c.value(QStringLiteral("access")).toString();
    key.secret = c.value(QStringLiteral("secret")).toString();
    key.securityToken = c.value(QStringLiteral("securitytoken")).toString();
    key.expiresAt = QDateTime::fromString(c.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs).toUTC();
    if (key.access.isEmpty() || key.secret.isEmpty() || key.securityToken.isEmpty() || !key.expiresAt.isValid())
        return std::nullopt;
    return key;
}

void TemporaryKeyCall::parseAnswer()
{
    if (const auto key = parse(answer()))
        m_key = *key;
    else
        fail(ApiError::malformed(tr("The identity service answered without a temporary access key, its secret, security token or expiry.")));
}

} // namespace ims
