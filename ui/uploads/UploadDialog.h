// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace ims {

class BucketObjectEditor;
class LocalFileEditor;
class Session;
class UploadJobs;

// File ▸ Upload to OBS…: a file of this computer, what it is, and where it goes; Upload starts an
// upload job (followed in the Jobs list) and closes the dialog.
class UploadDialog : public QDialog
{
    Q_OBJECT
public:
    UploadDialog(Session *session, UploadJobs *uploads, QWidget *parent = nullptr);

    LocalFileEditor *fileEditor() const { return m_file; }
    BucketObjectEditor *targetEditor() const { return m_target; }

signals:
    void uploadStarted(const QString &recordId);

private:
    void update();
    void startUpload();

    QPointer<Session> m_session;
    UploadJobs *m_uploads;
    LocalFileEditor *m_file;
    BucketObjectEditor *m_target;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ims
