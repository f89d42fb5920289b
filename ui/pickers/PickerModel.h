// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "PickerSource.h"

#include <QAbstractTableModel>

namespace ims {

// The rows a picker has so far, as a table: appended page by page, cleared on Refresh or when the
// place changes. Folders show with a folder icon.
class PickerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void reset(const QStringList &headers);
    void append(const QList<PickerRow> &rows);
    const PickerRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<PickerRow> m_rows;
};

} // namespace ims
