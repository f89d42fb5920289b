// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace ims {

class JobFilterModel;
class JobListModel;

// The job list with its filter bar and actions: the same widget in the Jobs dock and in the Job
// Monitor window, each over the one shared model with a filter of its own.
class JobsView : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the object names of the parts ("jobsDock" → "jobsDockTree", …) and keys the
    // saved column layout.
    // `compact`: for the narrow dock, where only name, state, progress and elapsed time show at
    // first (the header's context menu brings the others back).
    JobsView(const QString &name, bool compact, QWidget *parent = nullptr);

    void setModel(JobListModel *model);
    QTreeView *tree() const { return m_tree; }
    JobFilterModel *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *stateCombo() const { return m_state; }
    // The job (not sub-job) of the current row, and the jobs of the selected rows.
    QString currentId() const;
    QStringList selectedIds() const;
    void selectId(const QString &id);
    void saveLayout() const;

    QAction *detailsAction() const { return m_details; }
    QAction *cloneAction() const { return m_clone; }
    QAction *removeAction() const { return m_remove; }
    QAction *pauseUploadAction() const { return m_pauseUpload; }
    QAction *resumeUploadAction() const { return m_resumeUpload; }
    QAction *cancelUploadAction() const { return m_cancelUpload; }

signals:
    void detailsRequested(const QString &id);
    void cloneRequested(const QString &id);
    void removeRequested(const QStringList &ids);
    void removeFinishedRequested();
    void retentionRequested();
    // Uploads (issue 13): stop sending and keep the parts; go on from the parts OBS has; pause or abort.
    void pauseUploadRequested(const QString &id);
    void resumeUploadRequested(const QString &id);
    void cancelUploadRequested(const QString &id);

private:
    void updateActions();
    void copyJobIds();
    void copyImageIds();
    void showHeaderMenu(const QPoint &pos);

    QString m_name;
    bool m_compact;
    JobListModel *m_model = nullptr;
    JobFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_state;
    QTreeView *m_tree;
    QToolButton *m_moreButton;
    QAction *m_details;
    QAction *m_clone;
    QAction *m_copyJobId;
    QAction *m_copyImageId;
    QAction *m_remove;
    QAction *m_removeFinished;
    QAction *m_retention;
    QAction *m_pauseUpload;
    QAction *m_resumeUpload;
    QAction *m_cancelUpload;
};

} // namespace ims
