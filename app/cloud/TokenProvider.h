// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiError.h"
#include "WaiterList.h"
#include "Connection.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ims {

// Gets an IAM token by password (POST /v3/auth/tokens, scoped to a project), keeps it in memory
// until shortly before it expires, and shares one request among everyone who waits for it.
// The token and the password are never logged or written anywhere.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const std::optional<ApiError> &error)>;

    // What IAM's token answer carries: the X-Subject-Token header and the body's token object.
    struct TokenAnswer
    {
        QByteArray token;
        QDateTime expiresAt; // UTC
        QDateTime issuedAt;  // UTC, invalid when the answer has none
        QString projectId;   // empty when the answer has none
    };
    // Reads a 200/201 answer of POST /v3/auth/tokens; nothing when the token or its expiry is missing.
    // A pure function, so that it can be tested and fuzzed without a network.
    static std::optional<TokenAnswer> parseAnswer(const QByteArray &subjectToken, const QByteArray &body);

    // One provider per connection (it belongs to that connection's ImsClient): a token fetched for
    // one connection can never be handed to another's call.
    TokenProvider(QNetworkAccessManager *network, const ConnectionSettings &settings, const Credentials &credentials,
                  QObject *parent = nullptr);
    // Renew this long before expiry (IAM tokens live 24 h; "cache and refresh early"), but never
    // earlier than halfway through the token's life: Keystone's default tokens live only 1 h.
    void setRenewMargin(qint64 seconds) { m_renewMarginSecs = seconds; }

    bool hasUsableToken() const;
    QByteArray token() const { return m_token; }
    QString projectId() const { return m_projectId; }
    QDateTime expiresAt() const { return m_expiresAt; }
    void invalidate();
    // IAM refused these credentials (401): remembered, and every later withToken() gets that answer
    // at once instead of asking IAM again (repeated wrong passwords lock a real account). A new
    // provider (new credentials) starts afresh.
    const std::optional<ApiError> &refusal() const { return m_refusal; }

    // The token for another run of the program to reuse: JSON with the token, its project and its
    // times, empty when there is none. It is a secret: it goes to the keychain only, never a file.
    QByteArray saved() const;
    // Takes a token saved by an earlier run when it is still in the first half of its life (a token
    // that old is as good as a new one, and the rest of its life is left for the calls of this run);
    // false, and nothing taken, otherwise or when `saved` is not one.
    bool reuse(const QByteArray &saved, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Calls `done` (in `context`'s thread, unless it is gone) once a usable token is there or getting
    // one failed. Joins an authentication already under way.
    void withToken(QObject *context, Callback done);

signals:
    void tokenRenewed();

private:
    void authenticate(int attempt);
    void finish(const std::optional<ApiError> &error);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    Credentials m_credentials;
    QByteArray m_token;
    QString m_projectId;
    QDateTime m_expiresAt;
    qint64 m_lifetimeSecs = 0; // issued_at to expires_at
    qint64 m_renewMarginSecs = 3600;
    bool m_inFlight = false;
    WaiterList<Callback> m_waiters;
    std::optional<ApiError> m_refusal;
};

} // namespace ims
