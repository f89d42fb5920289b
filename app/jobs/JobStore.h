// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "JobRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

namespace ims {

// The persistent list of submitted jobs, shared by the desktop program and the CLI, under the
// app-data folder: one SQLite database (jobs.sqlite) in WAL mode, so that readers never wait for a
// writer and two processes can write it at once; each change is one transaction, which a crash
// either finished or never began. Each job is kept as its JSON (JobRecord::toJson) beside the few
// columns the list is queried by, so a new JobRecord field needs no new schema. A list of the older
// format (jobs.json and its journal) is imported once and kept aside as jobs.json.imported.
// Each store has its own database connection, used only by the thread that made the store. Its
// statements are short enough for the desktop program's GUI thread (bench_jobstore: a change or
// reading back another process's change take well under a millisecond); a lock held by a foreign
// program makes a write wait at most a second, then fail (JobMonitor keeps the change and retries).
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    // IMS_WIZARD_DATA_DIR overrides the folder (tests, several profiles side by side).
    static QString defaultPath();

    explicit JobStore(const QString &path = defaultPath());
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;
    // Deletes the list at `path` (the database with its WAL and the files of the older format), e.g.
    // the sandbox's, which lives as long as the sandbox. False when a file stays.
    static bool erase(const QString &path);

    QString path() const { return m_path; }
    // Why the list could not be opened when this store was made, empty when it opened fine: a
    // damaged database (kept aside, see reload()), an unreadable file, an old list that could not be
    // imported. The programs show it once.
    QString openError() const { return m_openError; }
    // Re-reads what other processes changed since this store last read (only those rows); false with
    // `error` when the list cannot be read. A damaged database is never emptied: it is renamed to
    // <path>.damaged (kept for recovery), a new empty list is started, and this returns false saying so.
    bool reload(QString *error = nullptr);
    // Records the given jobs durably, in one transaction; what other processes wrote meanwhile is kept.
    // The jobs are in records() even when writing fails, so that a caller can retry.
    bool save(const QList<JobRecord> &changed, QString *error = nullptr);
    bool remove(const QStringList &ids, QString *error = nullptr);
    // The finished jobs to drop so that none that ended before `endedBefore` stays (an invalid time
    // keeps all) and at most `keepFinished` finished jobs remain, oldest first. Unfinished jobs are
    // never chosen: the list cannot grow without bound, and nothing still running is lost.
    static QStringList pruneCandidates(const QList<JobRecord> &records, const QDateTime &endedBefore, int keepFinished);

    // Whether another process changed the list since this store last read it: one tiny query on the
    // kept connection (the list's change counter), so a window can ask often and re-read only when
    // someone else wrote. The store's own writes do not count.
    bool changedOnDisk() const;

    // The open database, for the other table of the same file (ActivityLog), on this store's thread;
    // opened again when it was closed. Not open, with `error`, when it cannot be.
    QSqlDatabase database(QString *error = nullptr);

    QList<JobRecord> records() const; // oldest first
    bool contains(const QString &id) const { return m_records.contains(id); }
    JobRecord record(const QString &id) const { return m_records.value(id); }

private:
    bool open(QString *error);
    void close();
    bool createOrImport(QString *error);
    bool keepDamagedAside(const QString &why, QString *error);
    bool readChanges(QSqlError *failed); // inside reload()'s read transaction
    bool exec(const QString &sql, QString *error);
    QString failure(const QString &what, const QSqlError &e) const;
    void apply(const JobRecord &r);

    struct SaveStatements;
    SaveStatements *saveStatements(QString *error);

    QString m_path;
    QString m_connection; // this store's own QSqlDatabase connection name
    QSqlDatabase m_db;
    std::unique_ptr<SaveStatements> m_saveStatements; // prepared on m_db, gone with it
    QString m_openError;
    QHash<QString, JobRecord> m_records;
    QStringList m_order;
    qint64 m_knownRevision = -1; // the list's change counter when this store last held all it holds
    qint64 m_knownRemoval = -1;  // the counter's value at the latest removal this store has seen
};

} // namespace ims
