// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityModel.h"

#include "jobs/ActivityLog.h"

#include <QLocale>

namespace ims {

ActivityModel::ActivityModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &ActivityLog::added, this, &ActivityModel::catchUp);
    catchUp();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ActivityEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Connection:
            return e.connection;
        case Operation:
            return e.operation;
        case Method:
            return e.httpMethod;
        case Path:
            return e.path;
        case Status:
            return e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant(QStringLiteral("–"));
        case Outcome:
            switch (e.outcome) {
            case ActivityEntry::Outcome::Ok:
                return tr("ok");
            case ActivityEntry::Outcome::Failed:
                return e.errorCode.isEmpty() ? tr("failed") : tr("failed (%1)").arg(e.errorCode);
            case ActivityEntry::Outcome::Unknown:
                return tr("outcome unknown");
            }
            return {};
        case RequestId:
            return e.requestId;
        case JobId:
            return e.jobId;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Time)
        return e.at.toUTC().toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && index.column() == Outcome && e.outcome == ActivityEntry::Outcome::Unknown)
        return tr("The call was sent but its answer did not come: it may have changed something. Look before sending it again.");
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Connection:
        return tr("Connection");
    case Operation:
        return tr("Operation");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    case RequestId:
        return tr("Request ID");
    case JobId:
        return tr("Job ID");
    }
    return {};
}

void ActivityModel::catchUp()
{
    if (!m_log)
        return;
    ActivityFilter filter;
    filter.afterSeq = m_lastSeq;
    filter.limit = ActivityLog::maxRows;
    const QList<ActivityEntry> fresh = m_log->entries(filter);
    if (fresh.isEmpty())
        return;
    // The log keeps maxRows: so does the table, dropping its oldest rows first.
    const qsizetype overflow = m_entries.size() + fresh.size() - ActivityLog::maxRows;
    if (overflow > 0) {
        const int drop = int(std::min(overflow, m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size()) - 1);
    m_entries += fresh;
    endInsertRows();
    m_lastSeq = fresh.last().seq;
    bool newConnection = false;
    for (const auto &e : fresh)
        if (!m_connections.contains(e.connection)) {
            m_connections.append(e.connection);
            newConnection = true;
        }
    if (newConnection)
        emit connectionsChanged();
}

void ActivityModel::poll()
{
    if (m_log && m_log->lastSeq() > m_lastSeq)
        catchUp();
}

} // namespace ims
