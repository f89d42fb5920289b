// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobListModel.h"

#include "catalogue/Catalogue.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"

#include <QColor>
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
    if (r.lastAnswer.isEmpty())
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
        connect(monitor, &JobMonitor::jobUpdated, this, &JobListModel::update);
        connect(monitor, &JobMonitor::jobFinished, this, &JobListModel::update);
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
        m_rows.append({m_nextKey++, r, subJobsOf(r)});
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
    beginInsertRows({}, row, row);
    m_rowOf.insert(id, row);
    m_rowOfKey.insert(m_nextKey, row);
    m_rows.append({m_nextKey++, r, subJobsOf(r)});
    endInsertRows();
    noteRunningCount();
}

void JobListModel::update(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return add(id);
    setRecord(row, freshRecord(id), true);
    noteRunningCount();
}

void JobListModel::setRecord(int row, const JobRecord &record, bool announce)
{
    Row &r = m_rows[row];
    r.record = record;
    const QList<JobStatus::SubJob> subJobs = subJobsOf(record);
    const QModelIndex parentIndex = index(row, 0);
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
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (std::min(before, after) > 0)
        emit dataChanged(index(0, 0, parentIndex), index(std::min(before, after) - 1, ColumnCount - 1, parentIndex));
}

void JobListModel::removeIds(const QStringList &ids)
{
    // Remove from the bottom so that the rows above keep their numbers while we go.
    QList<int> rows;
    for (const auto &id : ids)
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            rows.append(row);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    int i = 0;
    while (i < rows.size()) {
        // One beginRemoveRows per run of neighbours: removing 500 finished jobs is a few signals.
        int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = last; r >= first; --r) {
            m_rowOf.remove(m_rows[r].record.id);
            m_rowOfKey.remove(m_rows[r].key);
        }
        m_rows.remove(first, last - first + 1);
        reindexFrom(first); // before views hear of it: they may ask parent() of rows below at once
        endRemoveRows();
    }
    noteRunningCount();
}

void JobListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].record.id, i);
        m_rowOfKey.insert(m_rows[i].key, i);
    }
}

void JobListModel::tickElapsed()
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows[i].record.isFinished()) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, ElapsedColumn), index(last, ElapsedColumn), {Qt::DisplayRole});
}

void JobListModel::noteRunningCount()
{
    const int running = runningCount();
    if (running != m_lastRunning) {
        m_lastRunning = running;
        emit runningCountChanged(running);
    }
}

QModelIndex JobListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= m_rows.size())
        return {};
    const Row &p = m_rows[parent.row()];
    return row < p.subJobs.size() ? createIndex(row, column, quintptr(p.key)) : QModelIndex();
}

QModelIndex JobListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    const int row = m_rowOfKey.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, topLevel);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != topLevel || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows[parent.row()].subJobs.size());
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

int JobListModel::runningCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += !r.record.isFinished() && r.record.state != JobRecord::State::Paused; // a paused upload waits for the person
    return n;
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

QString JobListModel::stateText(const JobRecord &r)
{
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
    if (!index.isValid())
        return {};
    if (index.internalId() == topLevel)
        return index.row() < m_rows.size() ? jobData(m_rows[index.row()], index.column(), role) : QVariant();
    const int parentRow = m_rowOfKey.value(index.internalId(), -1);
    if (parentRow < 0 || index.row() >= m_rows[parentRow].subJobs.size())
        return {};
    if (role == RecordIdRole)
        return m_rows[parentRow].record.id;
    return subJobData(m_rows[parentRow].subJobs[index.row()], index.column(), role);
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
        return column == StateColumn ? QVariant(stateIcon(r.state)) : QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && (r.state == JobRecord::State::Fail || r.state == JobRecord::State::OutcomeUnknown || r.state == JobRecord::State::Success))
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
