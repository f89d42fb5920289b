// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ApiCall.h"

#include "ActivityFeed.h"
#include "ImsClient.h"
#include "OneShotBody.h"
#include "TokenProvider.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "ims.api", QtInfoMsg)

namespace ims {

ApiCall::ApiCall(ImsClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_responseHeaders)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void ApiCall::start()
{
    // Queued, so that the caller can connect to finished() first even if the answer is immediate.
    QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
    if (!m_request.upload && m_request.totalTimeoutMs > 0)
        m_deadline->start(m_request.totalTimeoutMs);
}

void ApiCall::onDeadline()
{
    if (m_finished)
        return;
    m_pastDeadline = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
    } else {
        // Between attempts or waiting for a token: nothing is on the wire.
        m_error = ApiError::tooSlow(m_request.totalTimeoutMs / 1000);
        complete();
    }
}

void ApiCall::takeArrived(QIODevice *reply)
{
    // What has arrived, never more than the room left under the cap, read straight into the answer:
    // QIODevice::read(n) would first allocate n bytes (the whole 64 MB room: bench/run's HTTP figure
    // was 4x slower) and then a copy of each piece.
    const qint64 room = maxAnswerBytes + 1 - m_answer.size();
    const qint64 wanted = std::min(room, std::max<qint64>(reply->bytesAvailable(), 1));
    const qsizetype had = m_answer.size();
    if (had + wanted > bigAnswerBytes && m_answer.capacity() <= maxAnswerBytes)
        m_answer.reserve(maxAnswerBytes + 1);
    m_answer.resize(had + wanted);
    const qint64 got = reply->read(m_answer.data() + had, wanted);
    m_answer.resize(had + std::max<qint64>(got, 0));
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_timeout->start(m_request.timeoutMs);
    // Read as it arrives, so that the cap holds while reading, not after Qt has buffered everything.
    takeArrived(m_reply);
    if (m_answer.size() > maxAnswerBytes) {
        m_tooLarge = true;
        m_answer.clear();
        m_answer.squeeze();
        m_reply->abort();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
    } else {
        m_error = ApiError::cancelled();
        complete();
    }
}

void ApiCall::sendAttempt()
{
    if (m_aborted || m_finished)
        return;
    ++m_attempt;
    if (m_client->settings().auth == AuthMode::Token) {
        m_client->tokens()->withToken(this, [this](const std::optional<ApiError> &error) {
            if (m_aborted || m_finished)
                return;
            if (error) {
                // Nothing was sent: even a create may wait for the next attempt of its token.
                if (m_request.idempotent())
                    retryOrFinish(*error);
                else {
                    m_error = error;
                    complete();
                }
                return;
            }
            send(m_client->tokens()->token());
        });
    } else {
        send({});
    }
}

void ApiCall::send(const QByteArray &token)
{
    m_timedOut = false;
    m_answer.clear();
    const QNetworkRequest request = m_client->networkRequest(m_request, token);
    m_sentUrl = request.url();
    qCDebug(lcApi) << m_request.verb << m_request.path << "attempt" << m_attempt;
    if (m_request.upload) {
        if (m_request.upload->isSequential() == false)
            m_request.upload->seek(0);
        QNetworkRequest r = request;
        if (m_request.uploadSize >= 0)
            r.setHeader(QNetworkRequest::ContentLengthHeader, m_request.uploadSize);
        m_reply = m_client->uploadNetwork()->sendCustomRequest(r, m_request.verb, m_request.upload.data());
    } else if (m_request.verb == "GET") {
        m_reply = m_client->network()->get(request);
    } else if (m_request.idempotent()) {
        m_reply = m_client->network()->sendCustomRequest(request, m_request.verb, m_request.body);
    } else {
        // Sent once, whatever happens to the connection (see OneShotBody).
        QNetworkRequest r = request;
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        r.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = m_client->network()->sendCustomRequest(r, m_request.verb, body);
        connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    }
    m_timeout->start(m_request.timeoutMs);
    // Any progress shows the connection is alive: the timeout counts silence, not total duration.
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_timeout->start(m_request.timeoutMs);
        // Qt 6.4 ends every upload with uploadProgress(0, 0) (QNetworkReplyHttpImplPrivate::finished):
        // passed on, a progress bar would fall back to "0 B of 1 GB" at the very end.
        if (sent == 0 && total == 0 && m_request.uploadSize > 0)
            return;
        emit uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        m_timeout->start(m_request.timeoutMs);
        if (total > maxAnswerBytes && m_reply && !m_tooLarge) { // announced by Content-Length: no need to wait
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // A Content-Length past the cap is known with the headers: no need to wait for the body.
        if (m_reply && !m_tooLarge && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxAnswerBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QIODevice::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    m_networkError = reply->error();
    // What onReadyRead has not taken yet, within the same cap.
    if (!m_tooLarge && reply->isOpen()) {
        takeArrived(reply);
        if (m_answer.size() > maxAnswerBytes) {
            m_tooLarge = true;
            m_answer.clear();
        }
    }

    if (m_aborted) {
        m_error = ApiError::cancelled();
        complete();
        return;
    }
    if (m_tooLarge) {
        // The server answered (too much): a failed call, not one of unknown outcome, and not repeated.
        m_error = ApiError::tooLarge(maxAnswerBytes);
        complete();
        return;
    }
    if (m_pastDeadline) {
        m_error = ApiError::tooSlow(m_request.totalTimeoutMs / 1000);
        // A create whose answer did not arrive in full may have created something.
        m_outcomeUnknown = !m_request.idempotent();
        complete();
        return;
    }
    if (m_status == 0) {
        const ApiError error = m_timedOut ? ApiError::timeout(m_request.timeoutMs / 1000)
                                          : ApiError::fromNetworkError(reply->error(), reply->errorString());
        if (m_request.idempotent()) {
            retryOrFinish(error);
        } else {
            m_outcomeUnknown = m_timedOut || !ActivityFeed::failedBeforeSending(reply->error());
            m_error = error;
            complete();
        }
        return;
    }
    if (m_status >= 200 && m_status < 300) {
        m_error.reset();
        parseAnswer();
        complete();
        return;
    }
    const ApiError error = ApiError::fromReply(m_status, m_answer, m_responseHeaders);
    const bool tokenAuth = m_client->settings().auth == AuthMode::Token;
    if (m_status == 401 && tokenAuth) {
        m_client->tokens()->invalidate();
        // IAM: a token can become invalid before it expires; renew once and repeat a GET.
        if (m_request.idempotent() && !m_renewedToken) {
            m_renewedToken = true;
            sendAttempt();
            return;
        }
    }
    if (redirect(m_request)) {
        sendAttempt();
        return;
    }
    if (m_request.idempotent())
        retryOrFinish(error);
    else {
        m_error = error;
        complete();
    }
}

void ApiCall::retryOrFinish(const ApiError &error)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    if (!m_request.idempotent() || !error.retryable() || m_attempt >= policy.maxAttempts) {
        m_error = error;
        complete();
        return;
    }
    qint64 delay = qint64(policy.baseDelayMs) << std::min(m_attempt - 1, 20);
    delay = std::min<qint64>(delay, policy.maxDelayMs);
    delay = qint64(double(delay) * (0.5 + QRandomGenerator::global()->generateDouble())); // jitter
    if (const auto after = error.retryAfterSeconds(); after && *after >= 0)
        delay = std::max<qint64>(delay, std::min<qint64>(*after * 1000, policy.maxDelayMs));
    qCDebug(lcApi) << "retrying" << m_request.path << "in" << delay << "ms after" << error.code();
    m_retryTimer->start(int(delay));
}

void ApiCall::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_deadline->stop();
    // Every answer of the real API carries X-Request-Id; support asks for it, so errors show it.
    if (m_error && m_error->kind() == ApiError::Kind::Forbidden && !m_request.permission.isEmpty())
        m_error->setMissingPermission(m_request.permission);
    if (m_error && m_error->requestId().isEmpty())
        if (const QByteArray id = responseHeader("X-Request-Id"); !id.isEmpty())
            m_error->setRequestId(QString::fromLatin1(id));
    reportActivity();
    emit finished();
}

void ApiCall::reportActivity()
{
    // Only calls that may change something, and only once one went on the wire (a create is sent
    // at most once, so this is that one request).
    if (m_request.idempotent() || m_sentUrl.isEmpty())
        return;
    ActivityEntry e = ActivityFeed::exchange(m_client->settings().name, m_request.operation.isEmpty() ? m_request.what : m_request.operation,
                                             m_request.verb, m_sentUrl, m_responseHeaders, m_status);
    // Broken off after sending (timeout, a dropped connection, cancelled in flight): it may have run.
    ActivityFeed::setOutcome(e, !m_error, m_outcomeUnknown || (m_status == 0 && !ActivityFeed::failedBeforeSending(m_networkError)),
                             m_error ? m_error->code() : QString());
    if (!m_error)
        e.jobId = jobStarted();
    ActivityFeed::instance()->publish(e);
}

} // namespace ims
