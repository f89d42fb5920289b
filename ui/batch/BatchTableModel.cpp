// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchTableModel.h"

#include "batch/BatchRunner.h"

#include <QColor>

namespace ims {

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::setRunner(BatchRunner *runner)
{
    beginResetModel(); // another batch: every row is new
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (runner)
        connect(runner, &BatchRunner::rowChanged, this,
                [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    endResetModel();
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : int(m_runner->rows().size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_runner || !index.isValid() || index.row() >= m_runner->rows().size())
        return {};
    const BatchRow &r = m_runner->rows().at(index.row());
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        switch (r.state) {
        case BatchRow::State::Invalid:
        case BatchRow::State::Refused:
        case BatchRow::State::Failed:
            return QColor(0xc6, 0x28, 0x28);
        case BatchRow::State::OutcomeUnknown:
        case BatchRow::State::NotSentQuota:
        case BatchRow::State::NotSent:
            return QColor(0xb2, 0x5e, 0x00);
        case BatchRow::State::Ready:
        case BatchRow::State::Succeeded:
            return QColor(0x2e, 0x7d, 0x32);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == SentenceColumn || index.column() == VerdictColumn))
        return r.sentence.isEmpty() ? QVariant() : QVariant(r.sentence);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return r.source;
    case NameColumn:
        return r.name();
    case MethodColumn:
        return r.methodId;
    case VerdictColumn:
        return r.sentBefore ? tr("%1 (sent before)").arg(BatchRow::stateText(r.state)) : BatchRow::stateText(r.state);
    case SentenceColumn:
        if (!r.sentence.isEmpty())
            return r.sentence;
        return r.jobId.isEmpty() ? r.imageId : tr("job %1").arg(r.jobId);
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case VerdictColumn:
        return tr("Verdict");
    case SentenceColumn:
        return tr("Why / what happened");
    default:
        return {};
    }
}

} // namespace ims
