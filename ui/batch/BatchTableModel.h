// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ims {

class BatchRunner;

// The rows of a batch for the Batch dialog's table: row, image name, method, verdict and the
// sentence that explains it; each row changes in place as it is checked, sent and followed.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, NameColumn, MethodColumn, VerdictColumn, SentenceColumn, ColumnCount };

    explicit BatchTableModel(QObject *parent = nullptr);
    void setRunner(BatchRunner *runner);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BatchRunner> m_runner;
};

} // namespace ims
