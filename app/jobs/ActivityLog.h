// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/ActivityEntry.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace ims {

class JobStore;

// Which rows of the activity log to read.
struct ActivityFilter
{
    QString connection;  // empty: every connection
    int limit = 0;       // the newest this many; 0: all
    qint64 afterSeq = 0; // only rows written after this one (a window catching up)
};

// The activity log: every call that changed (or may have changed) something in the cloud, per
// connection, with its request id, status, outcome and the job it started; never a header, a body or
// a secret (ActivityEntry holds none). Kept in the job list's database (table `activity`, JobStore's
// schema version 2), so that the desktop program and the CLI write it at once as they do the jobs.
// Bounded: a row is written with its own transaction, which also drops the rows past the newest
// maxRows and those older than maxAgeDays (two index range deletes that find nothing almost always;
// bench_activitylog measures it). Uses the store's connection, so it lives on the store's thread.
class ActivityLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRows = 10000;
    static constexpr int maxAgeDays = 90;

    explicit ActivityLog(JobStore *store, QObject *parent = nullptr);

    // Writes every call ActivityFeed reports from now on. One log per process does this.
    void recordFeed();

    // Writes `entry` (and any kept from a failed write before it), each in its own transaction, then
    // emits added(). When the list cannot be written (locked for long, damaged), the entry is kept and
    // written again shortly, never dropped silently: writeFailed() says so.
    bool append(const ActivityEntry &entry, QString *error = nullptr);

    // Oldest first. Empty with `error` when the list cannot be read.
    QList<ActivityEntry> entries(const ActivityFilter &filter = {}, QString *error = nullptr) const;
    // The newest row's number: one tiny query, so that a window can ask often whether another
    // process wrote. -1 when the list cannot be read.
    qint64 lastSeq() const;
    int pendingCount() const { return int(m_pending.size()); }
    // Writes what a failed write kept, now (a program about to end); true when nothing waits.
    bool flush();

    // Entries as CSV (RFC 4180: a header of ActivityEntry::columnNames(), fields quoted where needed, CRLF).
    static QByteArray toCsv(const QList<ActivityEntry> &entries);

signals:
    void added(const ims::ActivityEntry &entry); // as stored, with its seq
    // Writing failed (`message` says why; the entries are kept and written again), or works again (empty).
    void writeFailed(const QString &message);

private:
    bool writeOne(ActivityEntry &entry, QString *error);
    void flushPending();

    JobStore *m_store;
    QList<ActivityEntry> m_pending;
    QTimer m_retry;
    bool m_failing = false;
};

} // namespace ims
