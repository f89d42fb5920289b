// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobWaiter.h"

#include "ExitStatus.h"

#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/JobStatus.h"
#include "jobs/JobStore.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cmath>
#include <unistd.h>

namespace ims {

namespace {

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    [[maybe_unused]] auto n = ::write(interruptPipe[1], "x", 1);
}

} // namespace

JobWaiter::JobWaiter(ImsClient *client, JobStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

void JobWaiter::setSchedule(int firstMs, double growth, int maxMs)
{
    m_firstMs = firstMs;
    m_growth = growth;
    m_maxMs = maxMs;
}

JobRecord JobWaiter::recordFor(const QString &jobId) const
{
    if (m_store->contains(jobId))
        return m_store->record(jobId);
    // Known only to the server (submitted elsewhere): shown, never written without its method.
    JobRecord r;
    r.id = jobId;
    r.jobId = jobId;
    r.endpoint = m_client->settings().effectiveImsEndpoint().toString();
    r.region = m_client->settings().region;
    return r;
}

int JobWaiter::refresh(const QStringList &jobIds, bool skipFinished)
{
    QStringList ids;
    for (const auto &id : jobIds) {
        const JobRecord r = recordFor(id);
        m_records.insert(id, r);
        if (!r.jobId.isEmpty() && !(skipFinished && r.isFinished()))
            ids << id;
    }
    m_status = ExitOk;
    m_message.clear();
    if (ids.isEmpty())
        return ExitOk;
    QEventLoop loop;
    m_loop = &loop;
    m_waiting = false;
    m_pending = ids;
    for (const auto &id : ids)
        poll(id);
    if (m_inFlight > 0)
        loop.exec();
    m_loop = nullptr;
    return m_status;
}

int JobWaiter::wait(const QStringList &jobIds, const std::function<void(const JobRecord &)> &ended)
{
    m_ended = ended;
    m_status = ExitOk;
    m_message.clear();
    m_anyFailed = false;
    m_pending.clear();
    for (const auto &id : jobIds) {
        const JobRecord r = recordFor(id);
        m_records.insert(id, r);
        if (r.isFinished() || r.jobId.isEmpty()) {
            m_anyFailed = m_anyFailed || r.state != JobRecord::State::Success;
            ended(r);
        } else {
            m_pending << id;
        }
    }
    if (m_pending.isEmpty())
        return m_anyFailed ? ExitFailed : ExitOk;

    QEventLoop loop;
    m_loop = &loop;
    m_waiting = true;
    QTimer limit;
    limit.setSingleShot(true);
    if (m_timeoutSecs > 0) {
        connect(&limit, &QTimer::timeout, this, [this] {
            stop(ExitTimedOut, tr("gave up after %1 s (--timeout); the job goes on in the cloud").arg(m_timeoutSecs));
        });
        limit.start(int(std::lround(m_timeoutSecs * 1000)));
    }
    // Ctrl+C ends the wait with a message (the job itself goes on in the cloud).
    QSocketNotifier *notifier = nullptr;
    struct sigaction previous = {};
    if (interruptPipe[0] >= 0 || ::pipe(interruptPipe) == 0) {
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &previous);
        notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char c;
            [[maybe_unused]] auto n = ::read(interruptPipe[0], &c, 1);
            stop(ExitInterrupted, tr("interrupted; the job goes on in the cloud"));
        });
    }
    const QStringList first = m_pending;
    for (const auto &id : first)
        poll(id);
    loop.exec();
    m_loop = nullptr;
    m_waiting = false;
    delete notifier;
    sigaction(SIGINT, &previous, nullptr);
    if (m_status != ExitOk)
        return m_status;
    return m_anyFailed ? ExitFailed : ExitOk;
}

void JobWaiter::poll(const QString &id)
{
    if (!m_loop || !m_pending.contains(id))
        return;
    ++m_inFlight;
    ++m_queries;
    auto *call = new JobStatusCall(m_client, m_records.value(id).jobId);
    connect(call, &ApiCall::finished, this, [this, call, id] {
        --m_inFlight;
        if (!m_loop)
            return;
        if (call->succeeded()) {
            m_answered = true;
            m_sinceAnswer.start();
            apply(id, call->status());
        } else if (!handleError(id, *call->error())) {
            return;
        }
        const JobRecord r = m_records.value(id);
        if (!m_waiting || r.isFinished()) {
            m_pending.removeAll(id);
            if (m_waiting && m_ended) {
                m_anyFailed = m_anyFailed || r.state != JobRecord::State::Success;
                m_ended(r);
            }
        } else {
            const int n = m_polls[id]++;
            const double delay = std::min(double(m_maxMs), m_firstMs * std::pow(m_growth, n));
            QTimer::singleShot(int(delay), this, [this, id] { poll(id); });
        }
        if (m_pending.isEmpty() && m_loop)
            m_loop->quit();
    });
    call->start();
}

bool JobWaiter::handleError(const QString &id, const ApiError &error)
{
    const int status = exitStatusFor(error);
    const QString where = tr("job %1: %2").arg(id, error.userMessage());
    if (status == ExitAuth) {
        // One sign-in per run: asking IAM again with a refused password would lock the account.
        stop(ExitAuth, where);
        return false;
    }
    if (status == ExitUnreachable || status == ExitTimedOut) {
        // Never answered this run: give up now (the call itself retried for several seconds).
        if (!m_answered || m_sinceAnswer.elapsed() > qint64(m_unreachableLimitSecs) * 1000) {
            stop(ExitUnreachable, where);
            return false;
        }
    }
    JobRecord r = m_records.value(id);
    r.lastPollError = error.userMessage();
    m_records.insert(id, r);
    if (error.kind() == ApiError::Kind::NotFound) {
        // IMS does not know the job: asking again will not change that.
        m_pending.removeAll(id);
        m_anyFailed = true;
        if (m_message.isEmpty())
            m_message = where;
        m_status = std::max(m_status, int(ExitFailed));
        if (m_pending.isEmpty() && m_loop)
            m_loop->quit();
        return false;
    }
    if (!m_waiting) {
        m_status = std::max(m_status, status);
        if (m_message.isEmpty())
            m_message = where;
    }
    return true;
}

void JobWaiter::apply(const QString &id, const JobStatus &status)
{
    JobRecord r = m_records.value(id);
    r.takeStatus(status, QDateTime::currentDateTimeUtc());
    m_records.insert(id, r);
    if (m_store->contains(id)) {
        QString error;
        if (!m_store->save({r}, &error))
            qWarning("%s", qPrintable(error));
    }
}

void JobWaiter::stop(int status, const QString &message)
{
    if (!m_loop)
        return;
    m_status = status;
    m_message = message;
    m_loop->quit();
    m_loop = nullptr;
}

} // namespace ims
