// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"
#include "checks/PreSubmitChecks.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ims {

// The exact HTTP request before it is sent (secrets masked), "Copy as curl", "Save as request
// file…", the pre-submit checks against the account (✓/⚠/✗, run on entering the page and by
// "Check again"), and Submit: a ✗ disables it, a ⚠ makes it ask first. After a submission the job is in the monitor and the wizard offers to create
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
    // The checks of the request as shown (null when not connected or not run yet).
    PreSubmitChecks *checks() const { return m_checks; }

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
    void send();
    void runChecks();
    void showCheck(int index);
    void checksFinished();
    // Asks before sending a request some checks warn about; false when the user would rather not.
    bool confirmWarnings();
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
    QListWidget *m_checkList;
    QPushButton *m_checkAgain;
    QLabel *m_checkStatus;
    QPointer<PreSubmitChecks> m_checks;
    bool m_submitWhenChecked = false; // Submit was pressed while the checks ran: send when they end
    bool m_busy = false;
    QString m_jobId;
    QString m_imageId;
};

} // namespace ims
