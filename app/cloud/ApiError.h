// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <optional>

namespace ims {

// A failed call in terms a user can act on: what happened, the server's code and message, and a
// hint; also whether a GET may be tried again and which request field the error concerns.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind { Network, Tls, Timeout, Http, Auth, Forbidden, NotFound, Throttled, Server, MalformedAnswer, TooLarge, Cancelled };

    // The SDK's generic parser (error_code/error_msg, errorCode/errorMsg, code/message, nested).
    static ApiError fromReply(int httpStatus, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);
    static ApiError timeout(int seconds);
    // The whole exchange took longer than its overall limit (a server that trickles its answer).
    static ApiError tooSlow(int seconds);
    // The server sent more than `capBytes`: the reply was aborted while reading.
    static ApiError tooLarge(qint64 capBytes);
    static ApiError cancelled();
    static ApiError malformed(const QString &what);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_message; }
    // The server's X-Request-Id: support asks for it, so userMessage() ends with it.
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }

    // One or two sentences: what happened and what to do; then "Request ID: …" when the server gave one.
    QString userMessage() const;
    // The request field the error is about ("name" for IMG.0009), empty when none.
    QString fieldHint() const;
    // Passing faults only: throttling, 502/503/504, network trouble, timeouts (callers retry only GETs).
    bool retryable() const;
    void setAuthenticationFailed() { m_kind = Kind::Auth; }
    // For a 403: the IAM action the call needed, named in userMessage().
    void setMissingPermission(const QString &action) { m_permission = action; }
    QString missingPermission() const { return m_permission; }

    // The message of an IMG.xxxx code from the Error Codes table, empty for an unknown code.
    static QString imgMessage(const QString &code);
    // What to do about an IMG.xxxx code (the Error Codes table's handling advice), empty when none.
    static QString hintForCode(const QString &code);

private:
    QString describe() const;

    Kind m_kind = Kind::Http;
    int m_status = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_permission;
    std::optional<int> m_retryAfter;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};

} // namespace ims
