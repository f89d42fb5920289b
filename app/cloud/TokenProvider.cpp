// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAuth, "ims.auth", QtInfoMsg)

namespace ims {

TokenProvider::TokenProvider(QNetworkAccessManager *network, const ConnectionSettings &settings,
                             const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_credentials(credentials)
{
}

bool TokenProvider::hasUsableToken() const
{
    const qint64 margin = std::min(m_renewMarginSecs, m_lifetimeSecs / 2);
    return !m_token.isEmpty() && m_expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > margin;
}

QByteArray TokenProvider::saved() const
{
    if (!hasUsableToken())
        return {};
    const QJsonObject o{{QStringLiteral("token"), QString::fromLatin1(m_token)},
                        {QStringLiteral("project_id"), m_projectId},
                        {QStringLiteral("issued_at"), m_expiresAt.addSecs(-m_lifetimeSecs).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("expires_at"), m_expiresAt.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool TokenProvider::reuse(const QByteArray &saved, const QDateTime &now)
{
    const QJsonObject o = QJsonDocument::fromJson(saved).object();
    const QByteArray token = o.value(QStringLiteral("token")).toString().toLatin1();
    const QDateTime issued = QDateTime::fromString(o.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    const QDateTime expires = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (token.isEmpty() || !issued.isValid() || !expires.isValid() || issued >= expires)
        return false;
    const qint64 lifetime = issued.secsTo(expires);
    if (now < issued || now >= issued.addSecs(lifetime / 2))
        return false;
    m_token = token;
    m_expiresAt = expires;
    m_lifetimeSecs = lifetime;
    if (const QString project = o.value(QStringLiteral("project_id")).toString(); !project.isEmpty())
        m_projectId = project;
    return true;
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_expiresAt = {};
}

void TokenProvider::withToken(QObject *context, Callback done)
{
    if (hasUsableToken()) {
        done(std::nullopt);
        return;
    }
    if (m_refusal) {
        done(m_refusal);
        return;
    }
    m_waiters.add(context, std::move(done));
    if (!m_inFlight) {
        m_inFlight = true;
        authenticate(1);
    }
}

void TokenProvider::finish(const std::optional<ApiError> &error)
{
    m_inFlight = false;
    m_waiters.callAll(error);
}

std::optional<TokenProvider::TokenAnswer> TokenProvider::parseAnswer(const QByteArray &subjectToken, const QByteArray &body)
{
    const QJsonObject t = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toObject();
    const QDateTime expires = QDateTime::fromString(t.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (subjectToken.isEmpty() || !expires.isValid())
        return std::nullopt;
    TokenAnswer answer;
    answer.token = subjectToken;
    answer.expiresAt = expires.toUTC();
    const QDateTime issued = QDateTime::fromString(t.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    // An issued_at after expires_at would make the token's life negative, and a negative renewal
    // margin keeps an expired token "usable": such an issued_at is not believed.
    if (issued.isValid() && issued <= expires)
        answer.issuedAt = issued.toUTC();
    answer.projectId = t.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString();
    return answer;
}

void TokenProvider::authenticate(int attempt)
{
    // IAM "Obtaining a User Token Through Password Authentication": password method, project scope.
    QJsonObject user{{QStringLiteral("name"), m_settings.user},
                     {QStringLiteral("password"), m_credentials.password},
                     {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), m_settings.domain}}}};
    QJsonObject project = m_settings.projectId.isEmpty()
                              ? QJsonObject{{QStringLiteral("name"), m_settings.projectName.isEmpty() ? m_settings.region : m_settings.projectName}}
                              : QJsonObject{{QStringLiteral("id"), m_settings.projectId}};
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}}}}}};

    QUrl url = m_settings.effectiveIamEndpoint();
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/v3/auth/tokens"));
    url.setQuery(QStringLiteral("nocatalog=true"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json;charset=utf8"));
    m_settings.applyCaFile(request); // a private cloud's IAM is behind the same CA as its IMS
    request.setTransferTimeout(30000);
    qCInfo(lcAuth) << "requesting a token from" << url.host() << "for user" << m_settings.user;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        std::optional<ApiError> error;
        if (status == 0)
            error = ApiError::fromNetworkError(reply->error(), reply->errorString());
        else if (status != 201 && status != 200)
            error = ApiError::fromReply(status, data, reply->rawHeaderPairs());
        if (error) {
            // Asking for a token creates nothing, so a passing fault may be retried.
            if (error->retryable() && attempt < 3) {
                QTimer::singleShot(300 * attempt, this, [this, attempt] { authenticate(attempt + 1); });
                return;
            }
            if (status == 401) {
                error->setAuthenticationFailed();
                m_refusal = error;
            }
            finish(error);
            return;
        }
        const auto answer = parseAnswer(reply->rawHeader("X-Subject-Token"), data);
        if (!answer) {
            finish(ApiError::malformed(tr("The identity service answered without a token (X-Subject-Token) or its expiry.")));
            return;
        }
        m_token = answer->token;
        m_expiresAt = answer->expiresAt;
        m_lifetimeSecs = (answer->issuedAt.isValid() ? answer->issuedAt : QDateTime::currentDateTimeUtc()).secsTo(m_expiresAt);
        if (!answer->projectId.isEmpty())
            m_projectId = answer->projectId;
        qCInfo(lcAuth) << "token received, expires" << m_expiresAt.toString(Qt::ISODate);
        emit tokenRenewed();
        finish(std::nullopt);
    });
}

} // namespace ims
