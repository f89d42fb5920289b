// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiCall.h"
#include "Connection.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace ims {

class TemporaryKeyProvider;
class TokenProvider;

// A request's URL and headers as they go on the wire, auth included.
struct AuthorizedRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The IMS API on QNetworkAccessManager for one connection (endpoints, auth, proxy, CA), and the
// factory of the calls made through it. Made for one connection and never changed: another
// connection gets another client, so nothing of one (a token, a call in flight) reaches the other.
// Calls are asynchronous; nothing here blocks.
class ImsClient : public QObject
{
    Q_OBJECT
public:
    ImsClient(const ConnectionSettings &settings, const Credentials &credentials, QObject *parent = nullptr);
    ~ImsClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // The connection's secrets: what another service of the account (OBS) signs with.
    const Credentials &credentials() const { return m_credentials; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // The project id: from the settings, or from the token once there is one.
    QString projectId() const;
    TokenProvider *tokens() const { return m_tokens; }
    // Temporary AK/SK for OBS, which takes no token (a token connection only; an AK/SK one signs with its own).
    TemporaryKeyProvider *temporaryKeys() const { return m_temporaryKeys; }
    QNetworkAccessManager *network() const { return m_network; }
    // Uploads go through their own manager: a fresh connection, never one a quick call is waiting for.
    QNetworkAccessManager *uploadNetwork() const { return m_uploadNetwork; }

    // Sends a request as it is (the typed calls in ImsCalls.h are built on this). The call is a child
    // of the client: delete it (deleteLater) once finished() has been handled.
    ApiCall *send(const ApiRequest &request);

    // The one step that turns a request into what is sent: endpoint, Content-Type and the auth of
    // this connection (X-Auth-Token with `token`, or the AK/SK signature made at `signedAt`). The
    // review page shows its result masked; ApiCall sends it. Nothing else adds auth headers.
    AuthorizedRequest authorize(const ApiRequest &request, const QByteArray &token, const QDateTime &signedAt) const;
    // For ApiCall: authorize() at the clock's time, as a QNetworkRequest with the connection's CA file.
    QNetworkRequest networkRequest(const ApiRequest &request, const QByteArray &token) const;
    // The time signatures are made at: now, unless a test fixes it (to compare a preview with what
    // the server received, byte for byte).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

private:
    void applyProxy();

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_uploadNetwork;
    const ConnectionSettings m_settings;
    const std::optional<QSslConfiguration> m_caFileConfiguration; // m_settings.caFileConfiguration(), made once
    const Credentials m_credentials;
    TokenProvider *m_tokens;
    TemporaryKeyProvider *m_temporaryKeys;
    RetryPolicy m_retry;
    std::function<QDateTime()> m_clock;
};

} // namespace ims
