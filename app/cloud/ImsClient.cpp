// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImsClient.h"

#include "RequestSigner.h"
#include "TemporaryKeyProvider.h"
#include "TokenProvider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace ims {

namespace {
// The system's proxy settings, asked per request (QNetworkProxyFactory::systemProxyForQuery).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};
} // namespace

ImsClient::ImsClient(const ConnectionSettings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_uploadNetwork(new QNetworkAccessManager(this))
    , m_settings(settings)
    , m_caFileConfiguration(settings.caFileConfiguration())
    , m_credentials(credentials)
    , m_tokens(new TokenProvider(m_network, settings, credentials, this))
    , m_temporaryKeys(new TemporaryKeyProvider(this))
{
    applyProxy();
}

ImsClient::~ImsClient() = default;

void ImsClient::applyProxy()
{
    for (QNetworkAccessManager *network : {m_network, m_uploadNetwork}) {
        switch (m_settings.proxy) {
        case ConnectionSettings::Proxy::System:
            network->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
            break;
        case ConnectionSettings::Proxy::None:
            network->setProxyFactory(nullptr);
            network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
            break;
        case ConnectionSettings::Proxy::Custom: {
            network->setProxyFactory(nullptr);
            const QUrl &u = m_settings.proxyUrl;
            network->setProxy(QNetworkProxy(u.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                                    : QNetworkProxy::HttpProxy,
                                            u.host(), quint16(u.port(3128))));
            break;
        }
        }
    }
}

QString ImsClient::projectId() const
{
    return m_settings.projectId.isEmpty() ? m_tokens->projectId() : m_settings.projectId;
}

ApiCall *ImsClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

AuthorizedRequest ImsClient::authorize(const ApiRequest &request, const QByteArray &token, const QDateTime &signedAt) const
{
    QUrl url = m_settings.effectiveEndpoint(request.service);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Paths name "{project_id}" as the API reference does: in token mode it is known only once the
    // token is, which is after the call was made.
    QString path = request.path;
    path.replace(QLatin1String("{project_id}"), projectId());
    url.setPath(base + path);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!request.contentType.isEmpty() && (request.upload || !request.body.isEmpty() || request.verb != "GET"))
        headers.append({"Content-Type", request.contentType});
    if (m_settings.auth == AuthMode::Token) {
        url.setQuery(request.query);
        headers.append(qMakePair(QByteArray("X-Auth-Token"), token));
    } else {
        // API Request Signing Guide: sign what is sent, then change nothing; a streamed upload is not hashed.
        if (request.upload)
            headers.append(qMakePair(QByteArray("X-Sdk-Content-Sha256"), QByteArray("UNSIGNED-PAYLOAD")));
        const auto signedRequest = RequestSigner::sign(
            {m_credentials.accessKey, m_credentials.secretKey, m_credentials.securityToken, projectId()},
            request.verb, url, request.query, headers, request.upload ? QByteArray() : request.body,
            RequestSigner::sdkDate(signedAt));
        url.setQuery(signedRequest.canonicalQuery, QUrl::StrictMode);
        headers = signedRequest.headers;
    }
    return {url, headers};
}

QNetworkRequest ImsClient::networkRequest(const ApiRequest &request, const QByteArray &token) const
{
    const AuthorizedRequest authorized = authorize(request, token, now());
    QNetworkRequest r(authorized.url);
    for (const auto &h : authorized.headers)
        r.setRawHeader(h.first, h.second);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_caFileConfiguration)
        r.setSslConfiguration(*m_caFileConfiguration);
    return r;
}

} // namespace ims
