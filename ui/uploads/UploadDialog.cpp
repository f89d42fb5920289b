// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UploadDialog.h"

#include "BucketObjectEditor.h"
#include "LocalFileEditor.h"
#include "session/Session.h"
#include "session/UploadJobs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ims {

UploadDialog::UploadDialog(Session *session, UploadJobs *uploads, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_uploads(uploads)
    , m_file(new LocalFileEditor(this))
    , m_target(new BucketObjectEditor(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("uploadDialog"));
    setWindowTitle(tr("Upload to OBS"));
    auto *fileBox = new QGroupBox(tr("The file"), this);
    (new QVBoxLayout(fileBox))->addWidget(m_file);
    auto *targetBox = new QGroupBox(session ? tr("Where it goes (region %1)").arg(session->settings().region) : tr("Where it goes"), this);
    (new QVBoxLayout(targetBox))->addWidget(m_target);
    m_error->setObjectName(QStringLiteral("uploadError"));
    m_error->setWordWrap(true);
    auto *upload = m_buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    upload->setObjectName(QStringLiteral("uploadStart"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileBox);
    layout->addWidget(targetBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(620, 460);

    connect(m_file, &LocalFileEditor::changed, this, [this] {
        // The object is named after the file until the person names it otherwise.
        static const char *suggested = "suggestedKey";
        const QString name = QFileInfo(m_file->filePath()).fileName();
        if (m_target->objectKey().isEmpty() || m_target->objectKey() == m_target->property(suggested).toString()) {
            m_target->setObjectKey(name);
            m_target->setProperty(suggested, name);
        }
        update();
    });
    connect(m_target, &BucketObjectEditor::changed, this, &UploadDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UploadDialog::startUpload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_target->setSession(session);
    update();
}

void UploadDialog::update()
{
    // An upload alone may send any readable file; the inspection only informs.
    const bool ready = m_session && m_file->info() && m_target->isComplete();
    if (auto *upload = m_buttons->findChild<QPushButton *>(QStringLiteral("uploadStart")))
        upload->setEnabled(ready);
}

void UploadDialog::startUpload()
{
    UploadJobs::Request request;
    request.file = m_file->filePath();
    request.bucket = m_target->bucket();
    request.key = m_target->objectKey();
    request.parallel = m_target->parallel();
    QString error;
    const QString id = m_uploads->start(m_session, request, &error);
    if (id.isEmpty()) {
        m_error->setText(error);
        return;
    }
    emit uploadStarted(id);
    accept();
}

} // namespace ims
