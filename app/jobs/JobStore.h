#pragma once

#include "JobRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ims {

// The persistent list of submitted jobs, shared by the desktop program and the CLI, under the
// app-data folder: a snapshot (jobs.json, rewritten atomically with QSaveFile) and a journal
// (jobs.json.journal) that each change is appended to as one line, under a lock file. Appending keeps
// a new job's write cheap and immediate; a line cut short by a crash is ignored; the journal is
// folded into the snapshot once it grows, so the store never needs more than two files.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    // IMS_WIZARD_DATA_DIR overrides the folder (tests, several profiles side by side).
    static QString defaultPath();

    explicit JobStore(const QString &path = defaultPath());
    // Deletes the list at `path` (snapshot and journal), e.g. the sandbox's, which lives as long as
    // the sandbox. False when a file stays.
    static bool erase(const QString &path);

    QString path() const { return m_path; }
    // Re-reads the files (jobs other processes added); false with `error` when they cannot be read.
    bool reload(QString *error = nullptr);
    // Records the given jobs durably; what other processes wrote meanwhile is kept.
    bool save(const QList<JobRecord> &changed, QString *error = nullptr);
    bool remove(const QStringList &ids, QString *error = nullptr);
    // The finished jobs to drop so that none that ended before `endedBefore` stays (an invalid time
    // keeps all) and at most `keepFinished` finished jobs remain, oldest first. Unfinished jobs are
    // never chosen: the list cannot grow without bound, and nothing still running is lost.
    static QStringList pruneCandidates(const QList<JobRecord> &records, const QDateTime &endedBefore, int keepFinished);
    // Folds the journal into the snapshot now (also done by itself past `journalLimit` bytes).
    bool compact(QString *error = nullptr);
    void setJournalLimit(qint64 bytes) { m_journalLimit = bytes; }

    // Whether another process changed the files since this store last read or wrote them: cheap
    // (two stats), so a window can ask often and re-read only when someone else wrote.
    bool changedOnDisk() const { return diskStamp() != m_knownStamp; }

    QList<JobRecord> records() const; // oldest first
    bool contains(const QString &id) const { return m_records.contains(id); }
    JobRecord record(const QString &id) const { return m_records.value(id); }

private:
    QString journalPath() const { return m_path + QStringLiteral(".journal"); }
    bool readAll(QHash<QString, JobRecord> *out, QStringList *order, QString *error) const;
    bool append(const QList<QByteArray> &lines, QString *error);
    bool writeSnapshot(const QHash<QString, JobRecord> &records, const QStringList &order, QString *error);
    void apply(const JobRecord &r);
    QString diskStamp() const; // sizes and times of both files

    QString m_path;
    QHash<QString, JobRecord> m_records;
    QStringList m_order;
    qint64 m_journalLimit = 2 * 1024 * 1024;
    QString m_knownStamp; // diskStamp() when the files held exactly what this store knows
};

} // namespace ims
