#pragma once

#include "JobRecord.h"
#include "JobStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

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
// in flight; resumes all of them after a restart. Emits signals for the UI; knows no widget.
class JobMonitor : public QObject
{
    Q_OBJECT
public:
    JobMonitor(ImsClient *client, JobStore *store, QObject *parent = nullptr);
    ~JobMonitor() override;

    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }

    // Records a new job at once (before anything else happens) and starts polling it.
    JobRecord track(const QString &jobId, const QString &methodId, const QJsonObject &fields);
    // Records a create call whose outcome is unknown: shown to the user, never polled nor re-sent.
    JobRecord recordOutcomeUnknown(const QString &methodId, const QJsonObject &fields, const QString &why);
    // Polls every unfinished job of the store that lives on this client's endpoint.
    int resumeAll();
    void pollNow(const QString &id);
    void flush();
    // Removes jobs from the list for good; polling of every other job goes on undisturbed.
    bool remove(const QStringList &ids, QString *error = nullptr);
    // Removes finished jobs past an age or a count (JobStore::pruneCandidates); returns how many.
    int prune(const QDateTime &endedBefore, int keepFinished, QString *error = nullptr);
    // Re-reads the shared list (jobs the CLI added, or removed) and polls new unfinished ones.
    void syncWithStore();

    int activeCount() const { return int(m_due.size()) + int(m_inFlight.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    int pollCount() const { return m_pollCount; }
    JobRecord record(const QString &id) const { return current(id); }

signals:
    void jobAdded(const QString &id);
    void jobUpdated(const QString &id);
    void jobFinished(const QString &id);
    void jobsRemoved(const QStringList &ids);
    // The shared list changed under us (another process): the rows should be read again.
    void storeReloaded();
    void allFinished();

private:
    void schedule(const QString &id, qint64 delayMs);
    void dispatch();
    void apply(const QString &id, const JobStatus &status);
    void markDirty(const JobRecord &r, bool flushNow);
    JobRecord current(const QString &id) const; // the newest copy: unsaved changes first
    QString endpoint() const;

    ImsClient *m_client;
    JobStore *m_store;
    PollSchedule m_schedule;
    int m_maxInFlight = 8;
    QHash<QString, QDateTime> m_due;  // id -> when to poll next
    QHash<QString, int> m_polls;       // id -> polls so far (drives the backoff)
    QSet<QString> m_inFlight;
    QHash<QString, JobRecord> m_dirty;
    QTimer m_tick;
    QTimer m_flushTimer;
    int m_pollCount = 0;
};

} // namespace ims
