// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobsView.h"

#include "JobFilterModel.h"
#include "JobListModel.h"
#include "ProgressDelegate.h"
#include "session/UploadJobs.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ims {

JobsView::JobsView(const QString &name, bool compact, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_compact(compact)
    , m_filter(new JobFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_moreButton(new QToolButton(this))
{
    setObjectName(name);
    m_text->setObjectName(name + QStringLiteral("Filter"));
    m_text->setPlaceholderText(tr("Filter: name, job ID, image ID…"));
    m_text->setAccessibleName(tr("Filter jobs by text"));
    m_text->setClearButtonEnabled(true);
    m_state->setObjectName(name + QStringLiteral("StateFilter"));
    m_state->setAccessibleName(tr("Show jobs in state"));
    m_state->addItem(tr("All jobs"), int(JobFilterModel::StateFilter::All));
    m_state->addItem(tr("Running"), int(JobFilterModel::StateFilter::Unfinished));
    m_state->addItem(tr("Succeeded"), int(JobFilterModel::StateFilter::Succeeded));
    m_state->addItem(tr("Failed"), int(JobFilterModel::StateFilter::Failed));
    m_state->addItem(tr("Outcome unknown"), int(JobFilterModel::StateFilter::OutcomeUnknown));

    m_tree->setObjectName(name + QStringLiteral("Tree"));
    m_tree->setAccessibleName(tr("Submitted jobs"));
    m_tree->setModel(m_filter);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(JobListModel::StartedColumn, Qt::DescendingOrder); // newest first
    m_tree->setUniformRowHeights(true); // thousands of rows: no per-row height measuring
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(true);

    auto makeAction = [this](const QString &text, const QString &objectName, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        m_tree->addAction(a);
        return a;
    };
    m_details = makeAction(tr("&Details…"), QStringLiteral("jobDetails"), QKeySequence(Qt::Key_Return));
    m_clone = makeAction(tr("C&lone into wizard"), QStringLiteral("jobClone"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_copyJobId = makeAction(tr("&Copy job ID"), QStringLiteral("jobCopyId"), QKeySequence::Copy);
    m_copyImageId = makeAction(tr("Copy &image ID"), QStringLiteral("jobCopyImageId"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    m_resumeUpload = makeAction(tr("Res&ume upload"), QStringLiteral("jobResumeUpload"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pauseUpload = makeAction(tr("&Pause upload"), QStringLiteral("jobPauseUpload"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_cancelUpload = makeAction(tr("Cancel &upload…"), QStringLiteral("jobCancelUpload"), {});
    m_cancelUpload->setToolTip(tr("Pause it to resume later, or abort it and delete its parts on OBS."));
    auto *uploadSeparator = new QAction(this);
    uploadSeparator->setSeparator(true);
    m_tree->addAction(uploadSeparator);
    m_remove = makeAction(tr("&Remove from list"), QStringLiteral("jobRemove"), QKeySequence::Delete);
    m_removeFinished = makeAction(tr("Remove all &finished jobs"), QStringLiteral("jobRemoveFinished"), {});
    m_retention = makeAction(tr("&Keep finished jobs for…"), QStringLiteral("jobRetention"), {});
    m_remove->setToolTip(tr("Removes finished jobs from this list; images already made are not touched."));

    auto *detailsButton = new QToolButton(this);
    detailsButton->setObjectName(name + QStringLiteral("DetailsButton"));
    detailsButton->setDefaultAction(m_details);
    detailsButton->setAccessibleName(tr("Job details"));
    m_moreButton->setObjectName(name + QStringLiteral("MoreButton"));
    m_moreButton->setText(tr("&Actions"));
    m_moreButton->setAccessibleName(tr("Job actions"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_moreButton);
    menu->addActions(m_tree->actions());
    m_moreButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_state);
    bar->addWidget(detailsButton);
    detailsButton->setVisible(!compact); // the dock needs the room for the filter; Enter opens details
    bar->addWidget(m_moreButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_text, m_state);
    setTabOrder(m_state, detailsButton);
    setTabOrder(detailsButton, m_moreButton);
    setTabOrder(m_moreButton, m_tree);

    connect(m_text, &QLineEdit::textChanged, m_filter, &JobFilterModel::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(JobFilterModel::StateFilter(m_state->currentData().toInt()));
    });
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            emit detailsRequested(id);
    });
    // Actions on the job of the current row: nothing without one.
    const auto forCurrentJob = [this](QAction *action, void (JobsView::*request)(const QString &)) {
        connect(action, &QAction::triggered, this, [this, request] {
            if (const QString id = currentId(); !id.isEmpty())
                emit(this->*request)(id);
        });
    };
    forCurrentJob(m_details, &JobsView::detailsRequested);
    forCurrentJob(m_clone, &JobsView::cloneRequested);
    forCurrentJob(m_resumeUpload, &JobsView::resumeUploadRequested);
    forCurrentJob(m_pauseUpload, &JobsView::pauseUploadRequested);
    forCurrentJob(m_cancelUpload, &JobsView::cancelUploadRequested);
    connect(m_copyJobId, &QAction::triggered, this, &JobsView::copyJobIds);
    connect(m_copyImageId, &QAction::triggered, this, &JobsView::copyImageIds);
    connect(m_remove, &QAction::triggered, this, [this] {
        // Only finished jobs leave the list: a running one would be forgotten while it still works.
        QStringList ids;
        for (const auto &id : selectedIds())
            if (m_model && m_model->recordAt(m_model->rowOf(id)).isFinished())
                ids.append(id);
        if (!ids.isEmpty())
            emit removeRequested(ids);
    });
    connect(m_removeFinished, &QAction::triggered, this, &JobsView::removeFinishedRequested);
    connect(m_retention, &QAction::triggered, this, &JobsView::retentionRequested);
    connect(m_tree->header(), &QHeaderView::customContextMenuRequested, this, &JobsView::showHeaderMenu);
    updateActions();
}

void JobsView::setModel(JobListModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsView::updateActions, Qt::UniqueConnection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &JobsView::updateActions, Qt::UniqueConnection);
    if (model)
        connect(model, &QAbstractItemModel::dataChanged, this, &JobsView::updateActions, Qt::UniqueConnection);
    const QByteArray state = QSettings().value(QStringLiteral("jobs/%1/header").arg(m_name)).toByteArray();
    if (state.isEmpty() || !m_tree->header()->restoreState(state)) {
        m_tree->header()->resizeSection(JobListModel::NameColumn, m_compact ? 150 : 170);
        m_tree->header()->resizeSection(JobListModel::StateColumn, 110);
        // Room for an upload's "37 % · 1 min 05 s left".
        m_tree->header()->resizeSection(JobListModel::ProgressColumn, m_compact ? 100 : 150);
        m_tree->header()->resizeSection(JobListModel::StartedColumn, 150);
        if (m_compact)
            for (int c : {JobListModel::MethodColumn, JobListModel::RegionColumn, JobListModel::StartedColumn,
                          JobListModel::ImagesColumn, JobListModel::JobIdColumn})
                m_tree->setColumnHidden(c, true);
    }
    m_tree->header()->setSortIndicatorShown(true);
    updateActions();
}

void JobsView::saveLayout() const
{
    QSettings().setValue(QStringLiteral("jobs/%1/header").arg(m_name), m_tree->header()->saveState());
}

QString JobsView::currentId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(JobListModel::RecordIdRole).toString() : QString();
}

QStringList JobsView::selectedIds() const
{
    QStringList ids;
    for (const auto &index : m_tree->selectionModel()->selectedRows()) {
        const QString id = index.data(JobListModel::RecordIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty() && !currentId().isEmpty())
        ids.append(currentId());
    return ids;
}

void JobsView::selectId(const QString &id)
{
    if (!m_model)
        return;
    const QModelIndex source = m_model->index(m_model->rowOf(id), 0);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void JobsView::updateActions()
{
    const QString id = currentId();
    const JobRecord r = m_model && !id.isEmpty() ? m_model->recordAt(m_model->rowOf(id)) : JobRecord();
    m_details->setEnabled(!id.isEmpty());
    m_clone->setEnabled(!r.methodId.isEmpty());
    m_copyJobId->setEnabled(!r.jobId.isEmpty());
    m_copyImageId->setEnabled(!r.imageIds.isEmpty());
    m_resumeUpload->setEnabled(UploadJobs::canResume(r));
    m_pauseUpload->setEnabled(UploadJobs::canPause(r));
    m_cancelUpload->setEnabled(UploadJobs::canPause(r) || r.state == JobRecord::State::Paused);
    bool anyFinished = false;
    if (m_model)
        for (const auto &sid : selectedIds())
            anyFinished = anyFinished || m_model->recordAt(m_model->rowOf(sid)).isFinished();
    m_remove->setEnabled(anyFinished);
}

void JobsView::copyJobIds()
{
    QStringList ids;
    for (const auto &id : selectedIds())
        if (const QString jobId = m_model->recordAt(m_model->rowOf(id)).jobId; !jobId.isEmpty())
            ids.append(jobId);
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void JobsView::copyImageIds()
{
    // On a sub-job row, that disk's image; on a job row, all of the job's images.
    const QModelIndex current = m_tree->currentIndex();
    QString text;
    if (current.isValid() && current.data(JobListModel::IsSubJobRole).toBool())
        text = current.siblingAtColumn(JobListModel::ImagesColumn).data().toString();
    else if (m_model)
        text = m_model->recordAt(m_model->rowOf(currentId())).imageIds.join(QLatin1Char('\n'));
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void JobsView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < JobListModel::ColumnCount; ++c) {
        if (c == JobListModel::NameColumn)
            continue; // the one column a row cannot do without
        QAction *a = menu.addAction(m_filter->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_tree->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_tree->setColumnHidden(c, !on); });
    }
    menu.exec(m_tree->header()->mapToGlobal(pos));
}

} // namespace ims
