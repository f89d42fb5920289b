// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobListModel.h"

#include "catalogue/Catalogue.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"

#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>

namespace ims {

namespace {
constexpr quintptr topLevel = 0;

QColor stateColor(JobRecord::State state)
{
    switch (state) {
    case JobRecord::State::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case JobRecord::State::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case JobRecord::State::OutcomeUnknown:
        return QColor(0xe6, 0x7e, 0x00);
    case JobRecord::State::Running:
        return QColor(0x15, 0x65, 0xc0);
    case JobRecord::State::Paused:
    case JobRecord::State::Init:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

JobRecord::State recordState(JobStatus::State s)
{
    switch (s) {
    case JobStatus::State::Running:
        return JobRecord::State::Running;
    case JobStatus::State::Success:
        return JobRecord::State::Success;
    case JobStatus::State::Fail:
        return JobRecord::State::Fail;
    case JobStatus::State::Init:
        break;
    }
    return JobRecord::State::Init;
}

QList<JobStatus::SubJob> subJobsOf(const JobRecord &r)
{
    // Most answers have no sub-jobs (a single image): only those with several are read in full, which
    // on every poll of 1,000 jobs was a tenth of the dock's update (callgrind, bench_monitor).
    if (r.lastAnswer.value(QStringLiteral("entities")).toObject().value(QStringLiteral("sub_jobs_result")).toArray().size() < 2)
        return {};
    const auto status = JobStatus::fromJson(r.lastAnswer, nullptr);
    // A single-image job names its one sub-job too: only several are worth a level of their own.
    return status && status->subJobs.size() > 1 ? status->subJobs : QList<JobStatus::SubJob>{};
}
} // namespace

JobListModel::JobListModel(JobStore *store, JobMonitor *monitor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_monitor(monitor)
{
    if (monitor) {
        connect(monitor, &JobMonitor::jobAdded, this, &JobListModel::add);
        // jobFinished always follows a jobUpdated of the same job: the row is brought up to date once.
        connect(monitor, &JobMonitor::jobUpdated, this, &JobListModel::update);
        connect(monitor, &JobMonitor::jobsRemoved, this, &JobListModel::removeIds);
        connect(monitor, &JobMonitor::storeReloaded, this, &JobListModel::syncWithStore);
    }
    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &JobListModel::tickElapsed);
    m_elapsedTimer.start();
    const QList<JobRecord> records = m_store->records();
    for (const auto &r : records) {
        m_rowOf.insert(r.id, int(m_rows.size()));
        m_rowOfKey.insert(m_nextKey, int(m_rows.size()));
        m_rows.append({m_nextKey++, r, subJobsOf(r), 0});
        place(int(m_rows.size()) - 1, false);
    }
    noteRunningCount();
}

JobRecord JobListModel::freshRecord(const QString &id) const
{
    // The monitor's copy is newer than the store's while its changes wait to be written.
    return m_monitor ? m_monitor->record(id) : m_store->record(id);
}

void JobListModel::syncWithStore()
{
    const QList<JobRecord> records = m_store->records();
    QSet<QString> inStore;
    for (const auto &r : records)
        inStore.insert(r.id);
    QStringList gone;
    for (const auto &row : std::as_const(m_rows))
        if (!inStore.contains(row.record.id))
            gone.append(row.record.id);
    removeIds(gone);
    for (const auto &r : records) {
        const int row = m_rowOf.value(r.id, -1);
        if (row < 0)
            add(r.id);
        else if (m_rows[row].record.updatedAt != r.updatedAt || m_rows[row].record.state != r.state)
            update(r.id);
    }
}

void JobListModel::add(const QString &id)
{
    if (m_rowOf.contains(id))
        return update(id);
    const JobRecord r = freshRecord(id);
    if (r.id.isEmpty())
        return;
    const int row = int(m_rows.size());
    m_rowOf.insert(id, row);
    m_rowOfKey.insert(m_nextKey, row);
    m_rows.append({m_nextKey++, r, subJobsOf(r), 0});
    place(row, true);
    noteRunningCount();
}

// Shows the job at `storageRow` (just appended): under its batch's row (made when it is the batch's
// first job), or as a top-level row of its own.
void JobListModel::place(int storageRow, bool announce)
{
    Row &row = m_rows[storageRow];
    if (row.record.batch.isEmpty()) {
        const int top = int(m_top.size());
        if (announce)
            beginInsertRows({}, top, top);
        m_top.append(row.key);
        m_topRowOfKey.insert(row.key, top);
        if (announce)
            endInsertRows();
        return;
    }
    quint64 batchKey = m_batchKeyOf.value(row.record.batch.id);
    if (!batchKey) {
        batchKey = m_nextKey++;
        const int top = int(m_top.size());
        if (announce)
            beginInsertRows({}, top, top);
        m_batches.insert(batchKey, {batchKey, row.record.batch.id, row.record.batch.name, {}});
        m_batchKeyOf.insert(row.record.batch.id, batchKey);
        m_top.append(batchKey);
        m_topRowOfKey.insert(batchKey, top);
        if (announce)
            endInsertRows();
    }
    Batch &batch = m_batches[batchKey];
    const int child = int(batch.members.size());
    if (announce)
        beginInsertRows(batchIndex(batchKey), child, child);
    batch.members.append(row.record.id);
    row.batchKey = batchKey;
    if (announce) {
        endInsertRows();
        emit dataChanged(batchIndex(batchKey), batchIndex(batchKey, ColumnCount - 1));
    }
}

QModelIndex JobListModel::batchIndex(quint64 batchKey, int column) const
{
    const int top = m_topRowOfKey.value(batchKey, -1);
    return top < 0 ? QModelIndex() : createIndex(top, column, topLevel);
}

QModelIndex JobListModel::indexOf(const QString &id, int column) const
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Row &r = m_rows[row];
    if (!r.batchKey)
        return createIndex(m_topRowOfKey.value(r.key), column, topLevel);
    return createIndex(int(m_batches[r.batchKey].members.indexOf(id)), column, quintptr(r.batchKey));
}

void JobListModel::update(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return add(id);
    // The running count looks at every row: asked again only when this job stopped or started running.
    const bool wasRunning = isRunning(m_rows[row].record);
    setRecord(row, freshRecord(id), true);
    if (isRunning(m_rows[row].record) != wasRunning)
        noteRunningCount();
}

void JobListModel::setRecord(int row, const JobRecord &record, bool announce)
{
    Row &r = m_rows[row];
    r.record = record; // its batch never changes: it stays under the same row
    const QList<JobStatus::SubJob> subJobs = subJobsOf(record);
    const QModelIndex parentIndex = indexOf(record.id, 0);
    const int before = int(r.subJobs.size());
    const int after = int(subJobs.size());
    // Sub-jobs only ever appear (the server lists them once it has made them); change in place.
    if (after > before) {
        beginInsertRows(parentIndex, before, after - 1);
        r.subJobs = subJobs;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(parentIndex, after, before - 1);
        r.subJobs = subJobs;
        endRemoveRows();
    } else {
        r.subJobs = subJobs;
    }
    if (!announce)
        return;
    emit dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
    if (std::min(before, after) > 0)
        emit dataChanged(index(0, 0, parentIndex), index(std::min(before, after) - 1, ColumnCount - 1, parentIndex));
    if (r.batchKey)
        emit dataChanged(batchIndex(r.batchKey), batchIndex(r.batchKey, ColumnCount - 1)); // its counts
}

void JobListModel::removeIds(const QStringList &ids)
{
    // Top-level jobs first, from the bottom so that the rows above keep their numbers while we go.
    QList<int> tops;
    QStringList members;
    for (const auto &id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        if (m_rows[row].batchKey)
            members.append(id);
        else
            tops.append(m_topRowOfKey.value(m_rows[row].key));
    }
    if (tops.isEmpty() && members.isEmpty())
        return;
    std::sort(tops.begin(), tops.end(), std::greater<int>());
    int i = 0;
    while (i < tops.size()) {
        // One beginRemoveRows per run of neighbours: removing 500 finished jobs is a few signals.
        int last = tops[i];
        int first = last;
        while (i + 1 < tops.size() && tops[i + 1] == first - 1)
            first = tops[++i];
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = last; r >= first; --r)
            m_topRowOfKey.remove(m_top[r]);
        m_top.remove(first, last - first + 1);
        reindexTopFrom(first); // before views hear of it: they may ask parent() of rows below at once
        endRemoveRows();
    }
    // Batch members one by one under their batch's row; a batch left empty goes too.
    for (const auto &id : members) {
        const Row &row = m_rows[m_rowOf.value(id)];
        const quint64 batchKey = row.batchKey;
        Batch &batch = m_batches[batchKey];
        const int child = int(batch.members.indexOf(id));
        beginRemoveRows(batchIndex(batchKey), child, child);
        batch.members.removeAt(child);
        endRemoveRows();
        if (batch.members.isEmpty()) {
            const int top = m_topRowOfKey.value(batchKey);
            beginRemoveRows({}, top, top);
            m_batchKeyOf.remove(batch.id);
            m_batches.remove(batchKey);
            m_topRowOfKey.remove(batchKey);
            m_top.removeAt(top);
            reindexTopFrom(top);
            endRemoveRows();
        } else {
            emit dataChanged(batchIndex(batchKey), batchIndex(batchKey, ColumnCount - 1));
        }
    }
    // The list of every job is compacted last: no index points into it, only through keys.
    QList<Row> kept;
    kept.reserve(m_rows.size());
    for (const auto &r : std::as_const(m_rows))
        if (!ids.contains(r.record.id))
            kept.append(r);
    m_rows = kept;
    rebuildStorageIndex();
    noteRunningCount();
}

void JobListModel::reindexTopFrom(int row)
{
    for (int i = row; i < m_top.size(); ++i)
        m_topRowOfKey.insert(m_top[i], i);
}

void JobListModel::rebuildStorageIndex()
{
    m_rowOf.clear();
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].record.id, i);
        m_rowOfKey.insert(m_rows[i].key, i);
    }
}

void JobListModel::tickElapsed()
{
    int first = -1;
    int last = -1;
    QSet<quint64> batches;
    for (const auto &r : std::as_const(m_rows)) {
        if (r.record.isFinished())
            continue;
        const int top = m_topRowOfKey.value(r.batchKey ? r.batchKey : r.key);
        first = first < 0 ? top : std::min(first, top);
        last = std::max(last, top);
        if (r.batchKey)
            batches.insert(r.batchKey);
    }
    if (first >= 0)
        emit dataChanged(index(first, ElapsedColumn), index(last, ElapsedColumn), {Qt::DisplayRole});
    for (quint64 key : std::as_const(batches)) {
        const QModelIndex parent = batchIndex(key);
        emit dataChanged(index(0, ElapsedColumn, parent), index(rowCount(parent) - 1, ElapsedColumn, parent), {Qt::DisplayRole});
    }
}

void JobListModel::noteRunningCount()
{
    const int running = runningCount();
    if (running != m_lastRunning) {
        m_lastRunning = running;
        emit runningCountChanged(running);
    }
}

JobListModel::Node JobListModel::nodeAt(const QModelIndex &index) const
{
    Node n;
    if (!index.isValid())
        return n;
    const quint64 parentKey = index.internalId();
    if (parentKey == topLevel) {
        if (index.row() >= m_top.size())
            return n;
        const quint64 key = m_top[index.row()];
        if (auto it = m_batches.constFind(key); it != m_batches.cend())
            n.batch = &*it;
        else
            n.job = m_rowOfKey.value(key, -1);
        return n;
    }
    if (auto it = m_batches.constFind(parentKey); it != m_batches.cend()) {
        if (index.row() < it->members.size())
            n.job = m_rowOf.value(it->members[index.row()], -1);
        return n;
    }
    const int job = m_rowOfKey.value(parentKey, -1);
    if (job >= 0 && index.row() < m_rows[job].subJobs.size()) {
        n.job = job;
        n.subJob = index.row();
    }
    return n;
}

QModelIndex JobListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, topLevel) : QModelIndex();
    const Node p = nodeAt(parent);
    if (p.batch)
        return row < p.batch->members.size() ? createIndex(row, column, quintptr(p.batch->key)) : QModelIndex();
    if (p.job >= 0 && p.subJob < 0)
        return row < m_rows[p.job].subJobs.size() ? createIndex(row, column, quintptr(m_rows[p.job].key)) : QModelIndex();
    return {};
}

QModelIndex JobListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    const quint64 key = child.internalId();
    if (m_batches.contains(key))
        return batchIndex(key);
    const int job = m_rowOfKey.value(key, -1);
    return job < 0 ? QModelIndex() : indexOf(m_rows[job].record.id, 0);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node p = nodeAt(parent);
    if (p.batch)
        return int(p.batch->members.size());
    if (p.job >= 0 && p.subJob < 0)
        return int(m_rows[p.job].subJobs.size());
    return 0;
}

int JobListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

JobRecord JobListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].record : JobRecord();
}

QList<JobStatus::SubJob> JobListModel::subJobsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].subJobs : QList<JobStatus::SubJob>();
}

int JobListModel::rowOf(const QString &id) const
{
    return m_rowOf.value(id, -1);
}

QList<JobRecord> JobListModel::batchRecords(const QString &batchId) const
{
    QList<JobRecord> records;
    if (const auto it = m_batches.constFind(m_batchKeyOf.value(batchId)); it != m_batches.cend())
        for (const auto &id : it->members)
            records.append(m_rows[m_rowOf.value(id)].record);
    return records;
}

int JobListModel::runningCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += isRunning(r.record);
    return n;
}

bool JobListModel::isRunning(const JobRecord &r)
{
    return !r.isFinished() && r.state != JobRecord::State::Paused; // a paused upload waits for the person
}

QString JobListModel::stateText(JobRecord::State state)
{
    switch (state) {
    case JobRecord::State::Init:
        return tr("Starting");
    case JobRecord::State::Running:
        return tr("Running");
    case JobRecord::State::Success:
        return tr("Succeeded");
    case JobRecord::State::Fail:
        return tr("Failed");
    case JobRecord::State::OutcomeUnknown:
        return tr("Outcome unknown");
    case JobRecord::State::Paused:
        return tr("Paused");
    }
    return {};
}

JobRecord::State JobListModel::shownState(const JobRecord &r)
{
    // A create call still on its way is written as "outcome unknown" in case the program stops
    // (Session::submit); until its time is up it is shown as starting.
    return r.isSending(QDateTime::currentDateTimeUtc()) ? JobRecord::State::Init : r.state;
}

QString JobListModel::stateText(const JobRecord &r)
{
    if (r.isSending(QDateTime::currentDateTimeUtc()))
        return tr("Sending…");
    if (!r.isUpload())
        return stateText(r.state);
    switch (r.state) {
    case JobRecord::State::Init:
    case JobRecord::State::Running:
        return tr("Uploading");
    case JobRecord::State::Success:
        return r.upload.waitsToCreate(r.methodId) ? tr("Uploaded, create waits") : tr("Uploaded");
    case JobRecord::State::Fail:
        return tr("Upload failed");
    case JobRecord::State::Paused:
    case JobRecord::State::OutcomeUnknown:
        break;
    }
    return stateText(r.state);
}

QString JobListModel::uploadProgressText(const JobRecord &r)
{
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) { return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); };
    QString text = tr("%1 of %2").arg(size(r.upload.bytesDone), size(r.upload.bytesTotal));
    if (r.upload.bytesPerSecond > 0 && !r.isFinished())
        text += tr(", %1/s, %2 left").arg(size(qint64(r.upload.bytesPerSecond)), durationText(r.upload.secondsLeft()));
    return text;
}

QString JobListModel::subJobStateText(JobStatus::State state)
{
    return stateText(recordState(state));
}

QIcon JobListModel::stateIcon(JobRecord::State state)
{
    // Drawn, not themed: the same clear shapes on every desktop, and colour is never the only cue.
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(state)); it != cache.cend())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(stateColor(state));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case JobRecord::State::Success:
        p.drawPolyline(QPolygonF{{9, 16.5}, {14, 21.5}, {23, 11}});
        break;
    case JobRecord::State::Fail:
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case JobRecord::State::OutcomeUnknown: {
        QPainterPath q;
        q.moveTo(12, 12.5);
        q.cubicTo(12, 7.5, 20.5, 7.5, 20.5, 12.5);
        q.cubicTo(20.5, 15.5, 16, 15.5, 16, 19);
        p.drawPath(q);
        p.drawPoint(QPointF(16, 24));
        break;
    }
    case JobRecord::State::Running:
        p.drawArc(QRectF(9, 9, 14, 14), 90 * 16, -270 * 16);
        break;
    case JobRecord::State::Paused:
        p.drawLine(QPointF(12.5, 10), QPointF(12.5, 22));
        p.drawLine(QPointF(19.5, 10), QPointF(19.5, 22));
        break;
    case JobRecord::State::Init:
        p.drawLine(QPointF(16, 9.5), QPointF(16, 16));
        p.drawLine(QPointF(16, 16), QPointF(20.5, 19));
        break;
    }
    p.end();
    return *cache.insert(int(state), QIcon(pixmap));
}

QString JobListModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    const Node n = nodeAt(index);
    if (n.batch)
        return batchData(*n.batch, index.column(), role);
    if (n.job < 0)
        return {};
    if (n.subJob < 0)
        return jobData(m_rows[n.job], index.column(), role);
    if (role == RecordIdRole)
        return m_rows[n.job].record.id;
    return subJobData(m_rows[n.job].subJobs[n.subJob], index.column(), role);
}

QVariant JobListModel::batchData(const Batch &batch, int column, int role) const
{
    int running = 0, succeeded = 0, failed = 0, unknown = 0, images = 0;
    double progress = 0;
    QDateTime started, ended;
    QStringList methods, search{batch.name};
    QString region;
    for (const auto &id : batch.members) {
        const JobRecord &r = m_rows[m_rowOf.value(id)].record;
        running += !r.isFinished();
        succeeded += r.state == JobRecord::State::Success;
        failed += r.state == JobRecord::State::Fail;
        unknown += r.state == JobRecord::State::OutcomeUnknown;
        images += int(r.imageIds.size());
        progress += r.isFinished() ? 1.0 : std::max(0.0, r.progress);
        if (!started.isValid() || r.submittedAt < started)
            started = r.submittedAt;
        if (r.finishedAt.isValid() && (!ended.isValid() || r.finishedAt > ended))
            ended = r.finishedAt;
        if (!methods.contains(r.methodId))
            methods.append(r.methodId);
        region = r.region;
        search << r.imageName << r.jobId;
    }
    const int sent = int(batch.members.size());
    const JobRecord::State state = running ? JobRecord::State::Running
                                   : failed ? JobRecord::State::Fail
                                   : unknown ? JobRecord::State::OutcomeUnknown
                                             : JobRecord::State::Success;
    switch (role) {
    case IsBatchRole:
        return true;
    case IsSubJobRole:
        return false;
    case RecordIdRole:
        return QString();
    case StateRole:
        return JobRecord::stateName(state);
    case ProgressRole:
        return sent ? progress / sent : -1.0;
    case SearchTextRole:
        return search.join(QLatin1Char(' '));
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(stateIcon(state)) : QVariant();
    case Qt::ToolTipRole:
        return tr("Batch %1: %2 jobs sent, %3 running, %4 succeeded, %5 failed, %6 outcome unknown")
            .arg(batch.name)
            .arg(sent)
            .arg(running)
            .arg(succeeded)
            .arg(failed)
            .arg(unknown);
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(state);
        case ProgressColumn:
            return sent ? progress / sent : -1.0;
        case StartedColumn:
            return started.toMSecsSinceEpoch();
        case ElapsedColumn:
            return started.secsTo(running || !ended.isValid() ? QDateTime::currentDateTimeUtc() : ended);
        default:
            return batchData(batch, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return tr("Batch %1").arg(batch.name);
    case MethodColumn:
        return methods.join(QLatin1String(", "));
    case RegionColumn:
        return region;
    case StateColumn: {
        QString text = tr("%1 sent · %2 running · %3 succeeded · %4 failed").arg(sent).arg(running).arg(succeeded).arg(failed);
        if (unknown)
            text += tr(" · %1 outcome unknown").arg(unknown);
        return text;
    }
    case ProgressColumn:
        return sent ? QStringLiteral("%1 %").arg(int(progress / sent * 100 + 0.5)) : QString();
    case StartedColumn:
        return started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ElapsedColumn:
        return started.isValid() ? durationText(started.secsTo(running || !ended.isValid() ? QDateTime::currentDateTimeUtc() : ended)) : QString();
    case ImagesColumn:
        return images ? tr("%1 images").arg(images) : QString();
    default:
        return {};
    }
}

QVariant JobListModel::jobData(const Row &row, int column, int role) const
{
    const JobRecord &r = row.record;
    switch (role) {
    case RecordIdRole:
        return r.id;
    case StateRole:
        return JobRecord::stateName(r.state);
    case ProgressRole:
        // A failed job's last percentage says nothing about an image: no bar for it. A failed upload's
        // does: that much is on OBS for a resume.
        return r.state == JobRecord::State::Success || !r.isFinished() || r.isUpload() ? r.progress : -1.0;
    case IsSubJobRole:
    case IsBatchRole:
        return false;
    case SearchTextRole:
        return QStringList{r.imageName, r.methodId, r.jobId, r.imageIds.join(QLatin1Char(' ')), r.region, stateText(r),
                           r.upload.bucket, r.upload.key}.join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (r.isUpload() && column == ProgressColumn)
            return uploadProgressText(r);
        if (r.isUpload() && !r.upload.createError.isEmpty())
            return tr("The create call was refused: %1").arg(r.upload.createError);
        if (r.isUpload() && r.failReason.isEmpty() && !r.lastPollError.isEmpty())
            return r.lastPollError; // an upload's note: paused and why, resumed, waiting for its connection
        if (!r.failReason.isEmpty())
            return r.errorCode.isEmpty() ? r.failReason : QStringLiteral("%1 (%2)").arg(r.failReason, r.errorCode);
        if (!r.lastPollError.isEmpty())
            return tr("Last poll failed: %1").arg(r.lastPollError);
        if (column == MethodColumn)
            if (const MethodSpec *m = Catalogue::instance().method(r.methodId))
                return m->displayTitle();
        return {};
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(stateIcon(shownState(r))) : QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && (shownState(r) == JobRecord::State::Fail || shownState(r) == JobRecord::State::OutcomeUnknown || shownState(r) == JobRecord::State::Success))
            return stateColor(r.state);
        return {};
    case Qt::AccessibleTextRole:
        if (column == ProgressColumn && r.isUpload())
            return tr("%1 percent, %2").arg(int(r.progress * 100 + 0.5)).arg(uploadProgressText(r));
        if (column == ProgressColumn && r.progress >= 0)
            return tr("%1 percent").arg(int(r.progress * 100 + 0.5));
        return {};
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(r.state);
        case ProgressColumn:
            return r.progress;
        case StartedColumn:
            return r.submittedAt.toMSecsSinceEpoch();
        case ElapsedColumn: {
            const QDateTime end = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc();
            return r.submittedAt.secsTo(end);
        }
        default:
            return jobData(row, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        if (r.isUpload())
            return tr("Upload: %1").arg(r.upload.key);
        return r.imageName.isEmpty() ? tr("(no name)") : r.imageName;
    case MethodColumn:
        if (r.isUpload()) // the upload, and the create call it leads to
            return r.methodId.isEmpty() ? tr("upload") : tr("upload → %1").arg(r.methodId);
        return r.methodId;
    case RegionColumn:
        return r.region;
    case StateColumn:
        return stateText(r);
    case ProgressColumn:
        if (r.isUpload() && r.state == JobRecord::State::Running && r.upload.bytesPerSecond > 0)
            return tr("%1 % · %2 left").arg(int(r.progress * 100)).arg(durationText(r.upload.secondsLeft()));
        // An upload is not rounded up: "100 %" only once OBS has the whole object.
        return jobData(row, column, ProgressRole).toDouble() < 0 ? QString() : QStringLiteral("%1 %").arg(int(r.progress * 100 + (r.isUpload() ? 0 : 0.5)));
    case StartedColumn:
        return r.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ElapsedColumn: {
        if (r.state == JobRecord::State::OutcomeUnknown || !r.submittedAt.isValid())
            return QString();
        const QDateTime end = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc();
        return durationText(r.submittedAt.secsTo(end));
    }
    case ImagesColumn:
        return r.imageIds.join(QLatin1String(", "));
    case JobIdColumn:
        return r.isUpload() ? QStringLiteral("%1/%2").arg(r.upload.bucket, r.upload.key) : r.jobId;
    default:
        return {};
    }
}

QVariant JobListModel::subJobData(const JobStatus::SubJob &job, int column, int role) const
{
    const JobRecord::State state = recordState(job.state);
    switch (role) {
    case StateRole:
        return JobRecord::stateName(state);
    case IsSubJobRole:
        return true;
    case IsBatchRole:
        return false;
    case ProgressRole:
        return -1;
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(stateIcon(state)) : QVariant();
    case Qt::ToolTipRole:
        return job.failReason.isEmpty() ? QVariant() : QVariant(job.failReason);
    case SortRole:
        return column == StateColumn ? QVariant(int(state)) : subJobData(job, column, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return job.imageName.isEmpty() ? job.jobType : job.imageName;
        case StateColumn:
            return stateText(state);
        case ImagesColumn:
            return job.imageId;
        case JobIdColumn:
            return job.jobId;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Image");
    case MethodColumn:
        return tr("Method");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Elapsed");
    case ImagesColumn:
        return tr("Image IDs");
    case JobIdColumn:
        return tr("Job ID");
    default:
        return {};
    }
}

} // namespace ims
