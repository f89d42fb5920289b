// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsCall.h"

#include "ObsClient.h"
#include "cloud/ActivityFeed.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcObs, "ims.obs", QtInfoMsg)

namespace ims {

ObsCall::ObsCall(ObsClient *client, const ObsRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(m_retryTimer, &QTimer::timeout, this, &ObsCall::sendAttempt);
}

ObsCall::~ObsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ObsCall::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_responseHeaders)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void ObsCall::start()
{
    // Queued, so that the caller can connect to finished() first even if the answer is immediate.
    QMetaObject::invokeMethod(this, &ObsCall::sendAttempt, Qt::QueuedConnection);
}

void ObsCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer->stop();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished
    else
        finishWith(ObsError::cancelled());
}

void ObsCall::sendAttempt()
{
    if (m_aborted || m_finished)
        return;
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    // Signed at each attempt: a retry minutes later carries a fresh X-Amz-Date.
    const QNetworkRequest request = m_client->networkRequest(m_request, QDateTime::currentDateTimeUtc());
    qCDebug(lcObs) << m_request.verb << request.url().toString(QUrl::RemoveUserInfo) << "attempt" << m_attempt;
    QNetworkAccessManager *network = m_client->network();
    if (m_request.verb == "GET")
        m_reply = network->get(request);
    else if (m_request.verb == "HEAD")
        m_reply = network->head(request);
    else if (m_request.bodySource) {
        // Streamed: the network layer reads the device as it sends, so memory holds a window, not the part.
        QIODevice *body = m_request.bodySource(this);
        QNetworkRequest withLength = request;
        withLength.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        m_reply = network->sendCustomRequest(withLength, m_request.verb, body);
        connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    } else
        m_reply = network->sendCustomRequest(request, m_request.verb, m_request.body);
    m_timeout->start(m_request.timeoutMs);
    // Any progress shows the connection is alive: the timeout counts silence, not total duration.
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent) {
        m_timeout->start(m_request.timeoutMs);
        emit bodyProgress(sent);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        m_timeout->start(m_request.timeoutMs);
        // The network layer keeps what arrives in memory: stop a far larger answer than asked for (a
        // server ignoring Range on a 40 GB image) instead of buffering it.
        if (received > m_request.maxAnswerBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ObsCall::onReplyFinished);
}

void ObsCall::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    // Only what arrived, capped: read(64 MiB) would first allocate 64 MiB for every answer (seen under
    // ASan as 4x slower PUTs).
    m_answer = reply->isOpen() ? reply->read(std::min(reply->bytesAvailable(), m_request.maxAnswerBytes)) : QByteArray();

    if (m_aborted) {
        reportActivity(reply, ObsError::cancelled());
        return finishWith(ObsError::cancelled());
    }
    if (m_tooLarge) {
        const ObsError error = ObsError::malformed(tr("The answer to %1 is larger than the %2 bytes asked for; reading stopped.")
                                                       .arg(m_request.what)
                                                       .arg(m_request.maxAnswerBytes));
        reportActivity(reply, error);
        return finishWith(error);
    }
    if (m_status == 0) {
        const ObsError error = m_timedOut ? ObsError::timeout(m_request.timeoutMs / 1000)
                                          : ObsError::fromNetworkError(reply->error(), reply->errorString());
        reportActivity(reply, error);
        return retryOrFinish(error);
    }
    ++m_exchanges;
    if (m_status >= 200 && m_status < 300) {
        ObsRequest next;
        const bool more = readAnswer(m_answer, &next);
        reportActivity(reply, m_error);
        if (more) {
            m_request = next;
            m_attempt = 0;
            return sendAttempt();
        }
        return complete();
    }
    const ObsError error = ObsError::fromReply(m_status, m_answer, m_responseHeaders, m_request, m_client->accessKey());
    reportActivity(reply, error);
    retryOrFinish(error);
}

void ObsCall::reportActivity(const QNetworkReply *reply, const std::optional<ObsError> &error)
{
    if (!m_request.changes())
        return;
    ActivityEntry e = ActivityFeed::exchange(m_client->connectionName(), m_request.operation.isEmpty() ? m_request.what : m_request.operation,
                                             m_request.verb, reply->request().url(), m_responseHeaders, m_status);
    // Broken off after sending (timeout, a dropped connection, cancelled in flight): it may have run.
    ActivityFeed::setOutcome(e, !error, m_status == 0 && !ActivityFeed::failedBeforeSending(reply->error()),
                             error ? error->code() : QString());
    ActivityFeed::instance()->publish(e);
}

bool ObsCall::readAnswer(const QByteArray &answer, ObsRequest *next)
{
    m_answer = answer;
    if (m_status < 200 || m_status >= 300)
        m_status = 200; // read without a network: as a plain success
    m_error.reset();
    parseAnswer();
    ObsRequest following;
    const bool more = !m_error && followUp(following);
    if (more && next)
        *next = following;
    return more;
}

void ObsCall::retryOrFinish(const ObsError &error)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    if (!m_request.idempotent() || !error.retryable() || m_attempt >= policy.maxAttempts)
        return finishWith(error);
    qint64 delay = qint64(policy.baseDelayMs) << std::min(m_attempt - 1, 20);
    delay = std::min<qint64>(delay, policy.maxDelayMs);
    delay = qint64(double(delay) * (0.5 + QRandomGenerator::global()->generateDouble())); // jitter
    qCDebug(lcObs) << "retrying" << m_request.what << "in" << delay << "ms after" << error.code() << error.httpStatus();
    m_retryTimer->start(int(delay));
}

void ObsCall::finishWith(const std::optional<ObsError> &error)
{
    ObsRequest next;
    const Recovery recovery = error && !m_aborted ? recover(*error, next) : Recovery::Fail;
    if (recovery == Recovery::Continue) {
        m_request = next;
        m_attempt = 0;
        return sendAttempt();
    }
    m_error = recovery == Recovery::Finish ? std::nullopt : error;
    complete();
}

void ObsCall::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace ims
