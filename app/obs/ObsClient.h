// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "AwsSigV4Signer.h"
#include "ObsEndpoint.h"
#include "ObsRequest.h"
#include "cloud/ApiCall.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ims {

class ImsClient;
class TemporaryKeyProvider;

// OBS (or an S3 peer) on QNetworkAccessManager: one endpoint, one key, the factory of signed network
// requests that ObsCall sends. Signs with AWS Signature V4, the signature OBS accepts besides its own
// (OBS API reference, "Authentication": the S3-compatible mode) and every S3 peer checks.
class ObsClient : public QObject
{
    Q_OBJECT
public:
    explicit ObsClient(QObject *parent = nullptr);

    void setEndpoint(const ObsEndpoint &endpoint) { m_endpoint = endpoint; }
    const ObsEndpoint &endpoint() const { return m_endpoint; }
    void setKey(const AwsSigV4Signer::Key &key) { m_key = key; }
    // The connection the activity log files this client's changes under; empty: the endpoint's host.
    void setConnectionName(const QString &name) { m_connectionName = name; }
    QString connectionName() const { return m_connectionName; }
    // A token connection's temporary keys instead of a fixed key: each call first asks the provider
    // for a usable key (ObsCall), then signs with it and its security token.
    void setTemporaryKeys(TemporaryKeyProvider *provider);
    // Everything from the IMS connection `client` is made for: its OBS endpoint and region, CA file,
    // retry policy and name, and its keys: the connection's AK/SK, or on a password (token)
    // connection the temporary keys its IAM issues. The one way the program's parts reach OBS.
    void useConnectionOf(ImsClient *client);
    TemporaryKeyProvider *temporaryKeys() const;
    // The key requests are signed with now.
    AwsSigV4Signer::Key key() const;
    QString accessKey() const { return key().accessKey; }
    void setCaFile(const QString &caFile) { m_caFile = caFile; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    QNetworkAccessManager *network() const { return m_network; }

    // The request as it goes on the wire: URL (bucket by the endpoint's addressing), query exactly as
    // signed, x-amz-content-sha256, the headers, and the Authorization of `now`.
    QNetworkRequest networkRequest(const ObsRequest &request, const QDateTime &now) const;

private:
    QNetworkAccessManager *m_network;
    ObsEndpoint m_endpoint;
    AwsSigV4Signer::Key m_key;
    QPointer<TemporaryKeyProvider> m_temporaryKeys;
    QString m_caFile;
    QString m_connectionName;
    RetryPolicy m_retry;
};

} // namespace ims
