// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace ims {

class JobListModel;

// One job in full: its state and times, the server's fail_reason and error_code with the advice of
// the error table, the request that started it and the last job answer as received. "Clone into
// wizard" opens that request again to fix and resubmit it. Follows the job live while open.
class JobDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    JobDetailsDialog(JobListModel *model, const QString &id, QWidget *parent = nullptr);
    QString jobRecordId() const { return m_id; }

signals:
    void cloneRequested(const QString &id);
    // "Show image": the job's (first) image in the Images window.
    void showImageRequested(const QString &recordId, const QString &imageId);

private:
    void refresh();

    QPointer<JobListModel> m_model; // replaced when the connection changes: the dialog then closes
    QString m_id;
    QLabel *m_summary;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_answer;
    QPushButton *m_copyJobId;
    QPushButton *m_clone;
    QPushButton *m_showImage;
};

} // namespace ims
