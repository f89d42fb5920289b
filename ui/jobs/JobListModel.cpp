#include "JobListModel.h"

#include "catalogue/Catalogue.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"

#include <QColor>

namespace ims {

JobListModel::JobListModel(JobStore *store, JobMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_monitor(monitor)
{
    if (monitor) {
        connect(monitor, &JobMonitor::jobAdded, this, &JobListModel::add);
        connect(monitor, &JobMonitor::jobUpdated, this, &JobListModel::update);
        connect(monitor, &JobMonitor::jobFinished, this, &JobListModel::update);
    }
    reload();
}

void JobListModel::reload()
{
    beginResetModel();
    m_store->reload();
    m_rows = m_store->records();
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
    endResetModel();
}

void JobListModel::add(const QString &id)
{
    if (m_rowOf.contains(id))
        return update(id);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(m_monitor ? m_monitor->record(id) : m_store->record(id));
    m_rowOf.insert(id, row);
    endInsertRows();
}

void JobListModel::update(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return add(id);
    m_rows[row] = m_monitor ? m_monitor->record(id) : m_store->record(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

JobRecord JobListModel::recordAt(int row) const
{
    return m_rows.value(row);
}

int JobListModel::runningCount() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += !r.isFinished();
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
    }
    return {};
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobRecord &r = m_rows[index.row()];
    if (role == RecordIdRole)
        return r.id;
    if (role == StateRole)
        return JobRecord::stateName(r.state);
    if (role == ProgressRole)
        return r.progress;
    if (role == Qt::ToolTipRole) {
        if (!r.failReason.isEmpty())
            return r.failReason;
        if (!r.lastPollError.isEmpty())
            return tr("Last poll failed: %1").arg(r.lastPollError);
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (r.state == JobRecord::State::Fail || r.state == JobRecord::State::OutcomeUnknown)
            return QColor(0xc6, 0x28, 0x28);
        if (r.state == JobRecord::State::Success)
            return QColor(0x2e, 0x7d, 0x32);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.imageName;
    case MethodColumn:
        return r.methodId;
    case StateColumn:
        return stateText(r.state);
    case ProgressColumn:
        return r.progress < 0 ? QString() : QStringLiteral("%1 %").arg(int(r.progress * 100 + 0.5));
    case StartedColumn:
        return r.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ImagesColumn:
        return r.imageIds.join(QLatin1String(", "));
    case JobIdColumn:
        return r.jobId;
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
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case ImagesColumn:
        return tr("Image IDs");
    case JobIdColumn:
        return tr("Job ID");
    default:
        return {};
    }
}

} // namespace ims
