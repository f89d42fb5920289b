// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "JobRecord.h"
#include "JobStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>
#include <set>
#include <utility>

namespace ims {

class ImsClient;
struct JobStatus;

// When to ask again: fast at first, slower for long jobs, never giving up.
struct PollSchedule
{
    int firstMs = 3000;
    double growth = 1.5;
    int maxMs = 60000;
};

// Polls every unfinished job of the store until SUCCESS or FAIL, with backoff and a cap on requests
// in flight; resumes all of them after a restart. One monitor serves the whole list, and each job is
// polled through the client of the connection that submitted it (the record knows which), never
// through another: a job whose connection is not there is left alone and says so. Emits signals for
// the UI; knows no widget.
class JobMonitor : public QObject
{
    Q_OBJECT
public:
    explicit JobMonitor(JobStore *store, QObject *parent = nullptr);
    ~JobMonitor() override;

    // Follows the jobs of this connection through `client` (until unfollow() or the client is
    // deleted): those it submits, and the unfinished ones of the list that belong to it: recorded
    // under this connection name (or under none, as a CLI run without a connection writes them) on
    // the client's endpoint.
    // Returns how many unfinished jobs it took up.
    int follow(ImsClient *client, const QString &connection);
    void unfollow(ImsClient *client);
    // Whether an unfinished job has a connection here to be polled through.
    bool isFollowed(const QString &id) const;

    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }
    // The schedule for the jobs of one followed connection (the sandbox's jobs last seconds, a
    // cloud's minutes to hours: each is asked about at its own pace).
    void setSchedule(ImsClient *client, const PollSchedule &schedule);
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }

    // Records a job that `client` (a followed one) started, at once (before anything else happens),
    // and starts polling it there.
    // `requestId` is the server's X-Request-Id of the create call, kept for support; `batch` the
    // batch row that sent it, if any.
    JobRecord track(ImsClient *client, const QString &jobId, const QString &methodId, const QJsonObject &fields,
                    const QString &requestId = QString(), const BatchMembership &batch = {});
    // Records a create call whose outcome is unknown: shown to the user, never polled nor re-sent.
    JobRecord recordOutcomeUnknown(ImsClient *client, const QString &methodId, const QJsonObject &fields, const QString &why,
                                   const QString &requestId = QString(), const BatchMembership &batch = {},
                                   const QDateTime &sendingUntil = {});
    // A job this monitor does not poll (an upload, issue 13): written at once, shown like the others.
    void add(const JobRecord &record);
    // Its newer state: written within moments (at once with `flushNow`), and announced.
    void update(const JobRecord &record, bool flushNow = false);
    // Polls every unfinished job of the store that belongs to a followed connection.
    int resumeAll();
    void pollNow(const QString &id);
    // Writes every change not yet written, at once, in one transaction.
    void flush();
    // Removes jobs from the list for good; polling of every other job goes on undisturbed.
    bool remove(const QStringList &ids, QString *error = nullptr);
    // Removes finished jobs past an age or a count (JobStore::pruneCandidates); returns how many.
    int prune(const QDateTime &endedBefore, int keepFinished, QString *error = nullptr);
    // Re-reads the shared list (jobs the CLI added, or removed) and polls new unfinished ones.
    void syncWithStore();

    JobStore *store() const { return m_store; }
    int activeCount() const { return int(m_due.size()) + int(m_inFlightVia.size()); }
    int inFlightCount() const { return int(m_inFlightVia.size()); }
    int pollCount() const { return m_pollCount; }
    // The job as the UI shows it: an unfinished job no connection here can poll says so.
    JobRecord record(const QString &id) const;

signals:
    void jobAdded(const QString &id);
    void jobUpdated(const QString &id);
    void jobFinished(const QString &id); // after the jobUpdated that brought its end
    void jobsRemoved(const QStringList &ids);
    // The shared list changed under us (another process): the rows should be read again.
    void storeReloaded();
    void allFinished();
    // Writing the job list failed (`message` says why): the changes are kept and written again
    // shortly, never dropped. An empty message: writing works again.
    void storeError(const QString &message);

private:
    void schedule(const QString &id, qint64 delayMs);
    void setDue(const QString &id, qint64 atMs);
    void clearDue(const QString &id);
    void dispatch();
    void dispatchSoon();
    void poll(const QString &id); // one job query now, in flight until its answer
    void apply(const QString &id, const JobStatus &status);
    void markDirty(const JobRecord &r, bool flushNow);
    // The routine write of polled states, a slice at a time (see flushSlice in JobMonitor.cpp).
    void flushSome();
    bool write(const QList<JobRecord> &records);
    JobRecord current(const QString &id) const; // the newest copy: unsaved changes first
    ImsClient *clientFor(const JobRecord &r) const;
    JobRecord newRecord(ImsClient *client, const QString &methodId, const QJsonObject &fields) const;
    void dropInFlightOf(ImsClient *client);

    struct Followed
    {
        QPointer<ImsClient> client;
        QString connection;
        std::optional<PollSchedule> schedule;
    };
    const PollSchedule &scheduleFor(const ImsClient *client) const;
    QList<Followed> m_followed;
    QHash<QString, ImsClient *> m_inFlightVia; // id -> the client its poll went through
    JobStore *m_store;
    PollSchedule m_schedule;
    int m_maxInFlight = 8;
    // When each waiting job is to be polled next (ms since the epoch), by id and in that order: the
    // next due job is found without looking at the others (dispatch() runs after every answer).
    QHash<QString, qint64> m_due;
    std::set<std::pair<qint64, QString>> m_dueOrder;
    QHash<QString, int> m_polls;       // id -> polls so far (drives the backoff)
    QHash<QString, JobRecord> m_dirty;
    QTimer m_tick;
    QTimer m_flushTimer;
    QTimer m_flushRest; // the next slice of a routine write, at the next turn of the event loop
    QTimer m_retryTimer; // after a failed write: the next try, spaced so that a locked list costs little
    bool m_storeFailing = false;
    int m_pollCount = 0;
};

} // namespace ims
