// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStyledItemDelegate>

namespace ims {

// The cell editor of the wizard's tables (data disks, tags). Return keeps the value as usual; Tab
// and Shift+Tab keep it too and then leave the table for the next control, instead of opening the
// next cell forever (QStyledItemDelegate's way, a keyboard trap in a form). Arrows move between cells.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace ims
