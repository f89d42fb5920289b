#pragma once

#include "jobs/JobRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace ims {

class JobMonitor;
class JobStore;

// The jobs of the shared store as a table for the dock and the Job Monitor window. Rows change in
// place when a job is polled (no reset), so a thousand jobs stay smooth.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MethodColumn, StateColumn, ProgressColumn, StartedColumn, ImagesColumn, JobIdColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, StateRole, ProgressRole };

    JobListModel(JobStore *store, JobMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    JobRecord recordAt(int row) const;
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    int runningCount() const;
    static QString stateText(JobRecord::State state);

public slots:
    void reload();

private:
    void update(const QString &id);
    void add(const QString &id);

    JobStore *m_store;
    QPointer<JobMonitor> m_monitor;
    QList<JobRecord> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace ims
