// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ims {

class ApiCall;

// After native metadata: uploads a local file into the image (PUT /v2/images/{id}/file), streamed
// from disk with progress, speed and Cancel; then shows the status, size and checksum the server reports.
class UploadPage : public QWizardPage
{
    Q_OBJECT
public:
    UploadPage(WizardContext *context, QWidget *parent = nullptr);
    void setImageId(const QString &id) { m_imageId = id; }
    void initializePage() override;
    bool isComplete() const override;
    bool isUploading() const;

private:
    void start();
    void updateButtons();
    void cancel();
    void showFinalState();

    WizardContext *m_context;
    QString m_imageId;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_speed;
    QLabel *m_status;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace ims
