// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QSortFilterProxyModel>

namespace ims {

// The activity rows a person asked for: of one connection (or all) and containing a text in any
// column (operation, path, request id, job id, error code…), case-insensitively.
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setConnection(const QString &connection); // empty: every connection

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_connection;
};

} // namespace ims
