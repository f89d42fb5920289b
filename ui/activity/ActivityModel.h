// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

namespace ims {

class ActivityLog;

// The activity log as a table, oldest row first: what this program records appears at once (the
// log's added()), what another process (the CLI) wrote when catchUp() finds it.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Connection, Operation, Method, Path, Status, Outcome, RequestId, JobId, ColumnCount };

    explicit ActivityModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ActivityEntry &entry(int row) const { return m_entries.at(row); }
    // The connections that appear in the rows, in the order they first appeared.
    QStringList connections() const { return m_connections; }
    // Reads the rows written since the last one held (one small query when there are none).
    void catchUp();
    // Checks whether another process wrote (the newest row's number) and catches up if so.
    void poll();

signals:
    void connectionsChanged();

private:
    QPointer<ActivityLog> m_log;
    QList<ActivityEntry> m_entries;
    QStringList m_connections;
    qint64 m_lastSeq = 0;
};

} // namespace ims
