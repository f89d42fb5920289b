// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QSortFilterProxyModel>

namespace ims {

// Filters the job list by state and by text (image name, job id, image id, method, region) and
// sorts by each column's SortRole. A job that matches shows all its sub-jobs.
class JobFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Unfinished, Succeeded, Failed, OutcomeUnknown };

    explicit JobFilterModel(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_text;
};

} // namespace ims
