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

class QNetworkAccessManager;

namespace ims {

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
    QString accessKey() const { return m_key.accessKey; }
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
    QString m_caFile;
    QString m_connectionName;
    RetryPolicy m_retry;
};

} // namespace ims
