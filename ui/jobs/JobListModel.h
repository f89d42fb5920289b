// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "jobs/JobRecord.h"
#include "cloud/JobStatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QTimer>

namespace ims {

class JobMonitor;
class JobStore;

// The jobs of the shared store for the dock and the Job Monitor window: one row per job, its
// sub-jobs (one per data disk) as children; the jobs a batch sent (File ▸ Batch…, submit --batch)
// are the children of one parent row with their counts (sent, running, succeeded, failed). Rows
// change in place when a job is polled (no reset), so a thousand jobs stay smooth; the elapsed time
// of running jobs ticks once a second.
class JobListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        MethodColumn,
        RegionColumn,
        StateColumn,
        ProgressColumn,
        StartedColumn,
        ElapsedColumn,
        ImagesColumn,
        JobIdColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // the job's local id (also on its sub-job rows)
        StateRole,                       // "INIT", "RUNNING", "SUCCESS", "FAIL", "OUTCOME_UNKNOWN"
        ProgressRole,                    // 0..1, -1 unknown
        SortRole,                        // a value that sorts as the user expects (times, numbers)
        SearchTextRole,                  // what the text filter looks in
        IsSubJobRole,
        IsBatchRole                      // a batch's parent row (no record of its own)
    };

    JobListModel(JobStore *store, JobMonitor *monitor, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every job by its place in the list (the order they were added), batch members included; not
    // the row a view shows (indexOf() gives that).
    JobRecord recordAt(int row) const;
    QList<JobStatus::SubJob> subJobsAt(int row) const;
    int rowOf(const QString &id) const;
    // Where the job is shown: a top-level row, or a child of its batch's row.
    QModelIndex indexOf(const QString &id, int column = 0) const;
    int runningCount() const;
    // The jobs one batch sent (BatchMembership::id), in the order they came.
    QList<JobRecord> batchRecords(const QString &batchId) const;
    static QString stateText(JobRecord::State state);
    // The state a row shows: a create call still being sent shows as starting, not as unknown.
    static JobRecord::State shownState(const JobRecord &record);
    // As the row shows it: an upload reads "Uploading", "Uploaded", "Upload failed"; "Sending…".
    static QString stateText(const JobRecord &record);
    // "1.2 GB of 4.0 GB, 35.0 MB/s, 1 min 05 s left".
    static QString uploadProgressText(const JobRecord &record);
    static QString subJobStateText(JobStatus::State state);
    static QIcon stateIcon(JobRecord::State state);
    // "12 s", "3 min 05 s", "2 h 07 min".
    static QString durationText(qint64 seconds);

public slots:
    // Reads the store again and brings the rows in line with it: new jobs inserted, changed ones
    // updated, vanished ones removed; never a reset, so selections and scroll positions stay.
    void syncWithStore();

signals:
    void runningCountChanged(int running);

private:
    struct Row
    {
        quint64 key = 0; // stable while the row lives: the internal id of its children
        JobRecord record;
        QList<JobStatus::SubJob> subJobs;
        quint64 batchKey = 0; // the batch row it is shown under, 0 for a top-level job
    };
    struct Batch
    {
        quint64 key = 0; // the internal id of its children
        QString id;
        QString name;
        QStringList members; // record ids, in the order the jobs came
    };
    // What an index shows: a batch row, a job row or a job's sub-job.
    struct Node
    {
        const Batch *batch = nullptr;
        int job = -1;    // in m_rows
        int subJob = -1; // in that job's subJobs
    };
    Node nodeAt(const QModelIndex &index) const;
    QModelIndex batchIndex(quint64 batchKey, int column = 0) const;
    QVariant batchData(const Batch &batch, int column, int role) const;
    void rebuildStorageIndex();

    void update(const QString &id);
    void add(const QString &id);
    void removeIds(const QStringList &ids);
    void setRecord(int row, const JobRecord &record, bool announce);
    JobRecord freshRecord(const QString &id) const;
    void reindexTopFrom(int row);
    void place(int storageRow, bool announce);
    void tickElapsed();
    void noteRunningCount();
    static bool isRunning(const JobRecord &r); // what runningCount() counts
    QVariant jobData(const Row &row, int column, int role) const;
    QVariant subJobData(const JobStatus::SubJob &job, int column, int role) const;

    JobStore *m_store;
    QPointer<JobMonitor> m_monitor;
    QList<Row> m_rows;               // every job, in the order they came
    QHash<QString, int> m_rowOf;
    QHash<quint64, int> m_rowOfKey;
    QList<quint64> m_top;            // the top-level rows: a job's key or a batch's
    QHash<quint64, int> m_topRowOfKey;
    QHash<quint64, Batch> m_batches; // by key
    QHash<QString, quint64> m_batchKeyOf; // batch id -> key
    quint64 m_nextKey = 1;
    int m_lastRunning = -1;
    QTimer m_elapsedTimer;
};

} // namespace ims
