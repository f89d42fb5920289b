// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobFilterModel.h"

#include "JobListModel.h"

namespace ims {

JobFilterModel::JobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows change in place on every poll: re-sort and re-filter them as they do.
    setDynamicSortFilter(true);
}

void JobFilterModel::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateFilter();
}

void JobFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // sub-jobs go with their job
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString state = index.data(JobListModel::StateRole).toString();
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Unfinished:
        if (state != QLatin1String("INIT") && state != QLatin1String("RUNNING") && state != QLatin1String("PAUSED"))
            return false;
        break;
    case StateFilter::Succeeded:
        if (state != QLatin1String("SUCCESS"))
            return false;
        break;
    case StateFilter::Failed:
        if (state != QLatin1String("FAIL"))
            return false;
        break;
    case StateFilter::OutcomeUnknown:
        if (state != QLatin1String("OUTCOME_UNKNOWN"))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(JobListModel::SearchTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &w : words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace ims
