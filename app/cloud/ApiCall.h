// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <optional>

class QIODevice;

class QNetworkReply;
class QTimer;

namespace ims {

class ImsClient;

// How often and how patiently idempotent calls are repeated after a passing fault.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 500; // doubled each time, with ±50 % jitter
    int maxDelayMs = 30000;
};

// One exchange with the API: auth, sending, timeouts, retries of GETs, and the answer or an error
// a user can act on. Subclasses turn the answer into a typed result. A child of its ImsClient: the
// owner deletes it (deleteLater) once finished() has been handled.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(ImsClient *client, const ApiRequest &request);
    ~ApiCall() override;

    // No answer of the API comes near this; a misbehaving server or proxy must not fill memory.
    static constexpr qint64 maxAnswerBytes = 64 * 1024 * 1024;

    void start();
    void abort();

    const ApiRequest &request() const { return m_request; }
    int httpStatus() const { return m_status; }
    QByteArray answer() const { return m_answer; }
    QByteArray responseHeader(const QByteArray &name) const;
    const std::optional<ApiError> &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error; }
    bool isFinished() const { return m_finished; }
    // A create call whose fate is unknown (sent, then the connection broke or timed out): it may or
    // may not have created something, and is never sent again by itself.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    int attempts() const { return m_attempt; }

signals:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);

protected:
    // Called with a successful (2xx) answer: parse it, or call fail() when it makes no sense.
    virtual void parseAnswer() {}
    // Called with a failed attempt before the generic retry rules: a subclass may change the request
    // and return true to send it again at once (the job query's switch to the classic API on 404).
    virtual bool redirect(ApiRequest &request) { Q_UNUSED(request) return false; }
    // The job a successful call started, for the activity log (the create calls name theirs).
    virtual QString jobStarted() const { return {}; }
    void fail(const ApiError &error) { m_error = error; }
    ImsClient *client() const { return m_client; }

private:
    // What the reply has, at most up to one byte over the cap on answers.
    // Appends what has arrived to the answer, within the cap. Past 1 MiB the answer gets the whole
    // room up to the cap at once: growing by doubling to 64 MiB would also hold every smaller copy for
    // a while (the allocator's free lists, ASan's quarantine), about twice the cap in all.
    void takeArrived(QIODevice *reply);
    static constexpr qint64 bigAnswerBytes = 1024 * 1024;
    void sendAttempt();
    void send(const QByteArray &token);
    void onReplyFinished();
    void onReadyRead();
    void onDeadline();
    void retryOrFinish(const ApiError &error);
    void complete();
    void reportActivity(); // a call that may have changed something: to ActivityFeed

    ImsClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr; // the whole call's limit (ApiRequest::totalTimeoutMs)
    QByteArray m_answer;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QUrl m_sentUrl; // of the last attempt that went on the wire (empty: nothing was sent)
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    int m_status = 0;
    int m_attempt = 0;
    bool m_renewedToken = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;     // aborted: more than maxAnswerBytes arrived
    bool m_pastDeadline = false; // aborted: the whole call took longer than totalTimeoutMs
    bool m_aborted = false;
    bool m_finished = false;
    bool m_outcomeUnknown = false;
    std::optional<ApiError> m_error;
};

} // namespace ims
