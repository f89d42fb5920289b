// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsClient.h"
#include "cloud/Connection.h"
#include "cloud/ImsClient.h"

#include "cloud/TemporaryKeyProvider.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ims {

ObsClient::ObsClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void ObsClient::useConnectionOf(ImsClient *client)
{
    const ConnectionSettings &s = client->settings();
    ObsEndpoint endpoint;
    endpoint.url = s.effectiveEndpoint(ApiRequest::Service::Obs);
    endpoint.region = s.region;
    setEndpoint(endpoint);
    setCaFile(s.caFile);
    setRetryPolicy(client->retryPolicy());
    setConnectionName(s.name); // the activity log names the connection, not the endpoint
    const Credentials &keys = client->credentials();
    if (!keys.accessKey.isEmpty() && !keys.secretKey.isEmpty()) // an AK/SK connection, or keys given beside a password
        setKey({keys.accessKey, keys.secretKey, keys.securityToken});
    else
        setTemporaryKeys(client->temporaryKeys()); // IAM: POST /v3.0/OS-CREDENTIAL/securitytokens
}

void ObsClient::setTemporaryKeys(TemporaryKeyProvider *provider)
{
    m_temporaryKeys = provider;
}

TemporaryKeyProvider *ObsClient::temporaryKeys() const
{
    return m_temporaryKeys;
}

AwsSigV4Signer::Key ObsClient::key() const
{
    if (!m_temporaryKeys)
        return m_key;
    const TemporaryKey &k = m_temporaryKeys->key();
    return {k.access, k.secret, k.securityToken};
}

QNetworkRequest ObsClient::networkRequest(const ObsRequest &request, const QDateTime &now) const
{
    QUrl url = m_endpoint.urlFor(request.bucket, request.key);
    AwsSigV4Signer::HeaderList headers = request.headers;
    if (!request.contentType.isEmpty())
        headers.append({"Content-Type", request.contentType});
    headers.append({"x-amz-content-sha256", request.signPayload ? AwsSigV4Signer::sha256Hex(request.body)
                                                                : QByteArray(AwsSigV4Signer::unsignedPayload)});
    const auto s = AwsSigV4Signer::sign(key(), m_endpoint.region, QStringLiteral("s3"), request.verb, url, request.query,
                                        headers, request.body, AwsSigV4Signer::amzDate(now));
    // "?location" has no "=": S3 takes "location=" the same, and that is what was signed.
    url.setQuery(s.canonicalQuery, QUrl::StrictMode);

    QNetworkRequest r(url);
    for (const auto &h : s.headers)
        r.setRawHeader(h.first, h.second);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_caFile));
        r.setSslConfiguration(ssl);
    }
    return r;
}

} // namespace ims
