// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ims {

// The exact HTTP request before it is sent (secrets masked), "Copy as curl", "Save as request
// file…", and Submit. After a submission the job is in the monitor and the wizard offers to create
// another with the same values.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ReviewPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    QString requestText() const;
    QString curlCommand() const;
    QString submittedJobId() const { return m_jobId; }
    QString createdImageId() const { return m_imageId; }

signals:
    void submitted(const QString &jobOrImageId);
    void createAnotherRequested();
    void saveAsProfileRequested();
    // The server rejected a field: the wizard goes back to the page that has it.
    void fieldRejected(const QString &key);

private:
    void submit();
    // "A disk file on this computer": the upload job, which sends the create call when it is done.
    void submitAfterUpload();
    QString uploadStepText() const;
    void saveRequestFile();
    void refresh();
    void setStatus(const QString &text, bool error);

    WizardContext *m_context;
    QPlainTextEdit *m_view;
    QLabel *m_warnings;
    QLabel *m_status;
    QLabel *m_curlNote;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_saveProfile;
    QPushButton *m_submit;
    QPushButton *m_another;
    bool m_busy = false;
    QString m_jobId;
    QString m_imageId;
};

} // namespace ims
