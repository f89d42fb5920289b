// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ObsError.h"
#include "ObsRequest.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <optional>

class QTimer;

namespace ims {

class ObsClient;

// One exchange with OBS, or a chain of them (pages): signing, sending, the silence timeout, retries
// of GET and HEAD after a passing fault (the IMS client's rules: backoff with jitter, never a PUT),
// and the answer or an ObsError. Subclasses turn answers into typed results. A child of the client:
// delete it (deleteLater) once finished() has been handled.
class ObsCall : public QObject
{
    Q_OBJECT
public:
    ObsCall(ObsClient *client, const ObsRequest &request);
    ~ObsCall() override;

    void start();
    // Stops at once, also between pages; finished() follows with a Cancelled error.
    void abort();

    const ObsRequest &request() const { return m_request; }
    int httpStatus() const { return m_status; }
    QByteArray answer() const { return m_answer; }
    QByteArray responseHeader(const QByteArray &name) const;
    const std::optional<ObsError> &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    int exchanges() const { return m_exchanges; } // requests answered, pages included
    // What a 2xx answer makes of this call, as if it had just arrived: parsed (error() says whether it
    // made sense) and whether another request (the next page, a bucket's location) would follow, set
    // in `next`. Sends nothing: for the fuzz targets and answers kept in a file.
    bool readAnswer(const QByteArray &answer, ObsRequest *next = nullptr);

signals:
    void finished();
    // Bytes of the request body sent so far in this attempt (0 again when an attempt starts over).
    void bodyProgress(qint64 sent);

protected:
    // Called with a successful (2xx) answer: parse it, or call fail() when it makes no sense.
    virtual void parseAnswer() {}
    // After a parsed answer: set `next` and return true to send another request (the next page).
    virtual bool followUp(ObsRequest &next) { Q_UNUSED(next) return false; }
    // After a request finally failed: Fail (the call fails), Continue with `next`, or Finish as a
    // success (a bucket's location that may not be read must not lose the whole bucket list).
    enum class Recovery { Fail, Continue, Finish };
    virtual Recovery recover(const ObsError &error, ObsRequest &next)
    {
        Q_UNUSED(error) Q_UNUSED(next) return Recovery::Fail;
    }
    void fail(const ObsError &error) { m_error = error; }
    ObsClient *client() const { return m_client; }

private:
    void sendAttempt();
    void onReplyFinished();
    void retryOrFinish(const ObsError &error);
    void finishWith(const std::optional<ObsError> &error);
    void complete();
    // An exchange that may have changed something (any verb but GET and HEAD), to ActivityFeed: each
    // attempt, since each one may have reached the server (a part sent again is a second request).
    void reportActivity(const QNetworkReply *reply, const std::optional<ObsError> &error);

    ObsClient *m_client;
    ObsRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_retryTimer = nullptr;
    QByteArray m_answer;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    int m_status = 0;
    int m_attempt = 0;
    int m_exchanges = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
    bool m_finished = false;
    std::optional<ObsError> m_error;
};

} // namespace ims
