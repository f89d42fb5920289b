// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UploadPage.h"

#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ims {

UploadPage::UploadPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_start(new QPushButton(tr("&Upload"), this))
    , m_cancel(new QPushButton(tr("&Cancel upload"), this))
    , m_progress(new QProgressBar(this))
    , m_speed(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadPage"));
    setTitle(tr("Upload the image file"));
    setSubTitle(tr("The file is streamed from disk. Huawei Cloud accepts files below 2 GB on this (deprecated) API; "
                   "for larger files upload to OBS and use an image from a file in OBS."));
    setFinalPage(true);
    m_path->setObjectName(QStringLiteral("uploadPath"));
    m_path->setAccessibleName(tr("Image file to upload"));
    m_browse->setObjectName(QStringLiteral("uploadBrowse"));
    m_start->setObjectName(QStringLiteral("uploadStart"));
    m_cancel->setObjectName(QStringLiteral("uploadCancel"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_speed->setObjectName(QStringLiteral("uploadSpeed"));
    m_status->setObjectName(QStringLiteral("uploadStatus"));
    m_status->setWordWrap(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);

    auto *grid = new QGridLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    grid->addWidget(fileLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_progress, 1, 0, 1, 3);
    grid->addWidget(m_speed, 2, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    grid->addLayout(buttons, 3, 0, 1, 3);
    grid->addWidget(m_status, 4, 0, 1, 3);
    grid->setRowStretch(5, 1);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the image file"), QString(),
                                                          tr("Image files (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_start, &QPushButton::clicked, this, &UploadPage::start);
    connect(m_path, &QLineEdit::textChanged, this, &UploadPage::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &UploadPage::cancel);
}

void UploadPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_speed->clear();
    m_status->setText(tr("Image %1 waits for its file.").arg(m_imageId));
    updateButtons();
}

// Upload only with a file named, not while one is going, and not again once the image has its file.
void UploadPage::updateButtons()
{
    m_start->setEnabled(!m_path->text().trimmed().isEmpty() && !m_call && !m_done && m_context->client());
    m_start->setToolTip(m_done ? tr("The image has its file already.")
                        : m_path->text().trimmed().isEmpty() ? tr("Choose the image file first.")
                                                             : QString());
    m_cancel->setEnabled(!m_call.isNull());
}

void UploadPage::start()
{
    if (m_call || !m_context->client())
        return;
    auto file = std::make_unique<QFile>(m_path->text());
    if (!file->open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot open %1: %2").arg(m_path->text(), file->errorString()));
        return;
    }
    const qint64 size = file->size();
    auto *call = new UploadImageFileCall(m_context->client(), m_imageId, std::move(file));
    m_call = call;
    // Nothing of an earlier try stays on the page: this upload's own progress and words.
    m_progress->setValue(0);
    m_speed->clear();
    m_status->setText(tr("Uploading %1…").arg(QFileInfo(m_path->text()).fileName()));
    updateButtons();
    m_clock.start();
    connect(call, &ApiCall::uploadProgress, this, [this, size](qint64 sent, qint64 total) {
        const qint64 all = total > 0 ? total : size;
        m_progress->setValue(all > 0 ? int(sent * 1000 / all) : 0);
        const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
        const QLocale locale;
        m_speed->setText(tr("%1 of %2 — %3/s")
                             .arg(locale.formattedDataSize(sent), locale.formattedDataSize(all),
                                  locale.formattedDataSize(qint64(double(sent) / seconds))));
    });
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_call = nullptr;
        updateButtons();
        if (!call->succeeded()) {
            m_status->setText(tr("The upload failed: %1").arg(call->error()->userMessage()));
            showFinalState();
            return;
        }
        m_progress->setValue(1000);
        m_status->setText(tr("Uploaded. Checking the image…"));
        showFinalState();
    });
    call->start();
}

void UploadPage::cancel()
{
    if (m_call)
        m_call->abort();
}

// After an upload (or a cancelled one) the server's word on the image, so the page never guesses.
void UploadPage::showFinalState()
{
    auto *check = new ImageCall(m_context->client(), m_imageId, ImageCall::Api::Native);
    connect(check, &ApiCall::finished, this, [this, check] {
        check->deleteLater();
        if (!check->succeeded()) {
            m_status->setText(m_status->text() + QLatin1Char('\n') + check->error()->userMessage());
            return;
        }
        const QJsonObject image = check->image();
        const QString status = image.value(QStringLiteral("status")).toString();
        m_done = status == QLatin1String("active");
        updateButtons();
        m_status->setText(m_done ? tr("Image %1 is active: %2 bytes, MD5 %3.")
                                       .arg(m_imageId)
                                       .arg(image.value(QStringLiteral("size")).toInteger())
                                       .arg(image.value(QStringLiteral("checksum")).toString())
                                 : m_status->text() + QLatin1Char('\n') + tr("The image is %1.").arg(status));
        emit completeChanged();
    });
    check->start();
}

bool UploadPage::isUploading() const
{
    return !m_call.isNull();
}

bool UploadPage::isComplete() const
{
    return m_done;
}

} // namespace ims
