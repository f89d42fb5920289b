// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/ApiError.h"
#include "jobs/JobRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QEventLoop;
class QTimer;

namespace ims {

class ImsClient;
class JobStore;
struct JobStatus;

// The CLI's waits and refreshes: asks IMS about the named jobs only, through one client, writes what
// it learns to the shared job list (jobs not in the list stay in memory: nothing is recorded without
// its method) and stops - with an exit status from ExitStatus.h and a message - on the first
// authentication or permission failure (the client signs in once per run), when the endpoint cannot
// be reached for a bounded time, on --timeout, or on SIGINT. Unlike the JobMonitor it never takes up
// other jobs of the endpoint.
class JobWaiter : public QObject
{
    Q_OBJECT
public:
    JobWaiter(ImsClient *client, JobStore *store, QObject *parent = nullptr);

    // 0 = no limit. When it runs out, wait() returns ExitTimedOut.
    void setTimeoutSeconds(double seconds) { m_timeoutSecs = seconds; }
    // Polls at first after `firstMs`, then `growth` times longer each time, up to `maxMs`.
    void setSchedule(int firstMs, double growth, int maxMs);
    // Once the endpoint has answered, how long it may then stay unreachable before the wait gives up.
    void setUnreachableLimitSeconds(int seconds) { m_unreachableLimitSecs = seconds; }

    // Ensures a record exists for `jobId`: the list's own, or an in-memory one not saved.
    JobRecord recordFor(const QString &jobId) const;

    // Asks about each job once (finished ones too, unless `skipFinished`); ExitOk when every one answered.
    int refresh(const QStringList &jobIds, bool skipFinished);
    // Follows each job to its end. `ended` is called once per job as it ends (at once for a job that
    // had already ended, so every wait prints the same). Returns ExitOk, or ExitFailed when one ended
    // in FAIL (or IMS does not know it), or why it stopped.
    int wait(const QStringList &jobIds, const std::function<void(const JobRecord &)> &ended);

    // Why the last refresh()/wait() stopped early, empty when it did not.
    QString message() const { return m_message; }
    JobRecord record(const QString &jobId) const { return m_records.value(jobId); }
    int queries() const { return m_queries; }

private:
    void poll(const QString &jobId);
    void apply(const QString &jobId, const JobStatus &status);
    void stop(int status, const QString &message);
    bool handleError(const QString &jobId, const ApiError &error);

    ImsClient *m_client;
    JobStore *m_store;
    double m_timeoutSecs = 0;
    int m_firstMs = 1000;
    double m_growth = 1.5;
    int m_maxMs = 30000;
    int m_unreachableLimitSecs = 60;
    QHash<QString, JobRecord> m_records; // by job id
    QHash<QString, int> m_polls;
    QStringList m_pending;
    std::function<void(const JobRecord &)> m_ended;
    QEventLoop *m_loop = nullptr;
    int m_status = 0;
    bool m_anyFailed = false;
    bool m_answered = false;      // the endpoint answered at least once this run
    QElapsedTimer m_sinceAnswer;  // since its last answer
    QString m_message;
    int m_queries = 0;
    int m_inFlight = 0;
    bool m_waiting = false;
};

} // namespace ims
