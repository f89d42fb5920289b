// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "LocalFilePage.h"

#include "RequestDraft.h"
#include "catalogue/OsVersions.h"
#include "imagefile/ImageInspector.h"
#include "uploads/LocalFileEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ims {

LocalFilePage::LocalFilePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_editor(new LocalFileEditor(this))
{
    setObjectName(QStringLiteral("localFilePage"));
    setTitle(tr("The disk file"));
    setSubTitle(tr("Choose the image file on this computer. Its own headers tell its format and size; nothing is sent yet."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    connect(m_editor, &LocalFileEditor::changed, this, &QWizardPage::completeChanged);
}

void LocalFilePage::initializePage()
{
    if (m_editor->filePath() != m_context->localFile.file && !m_context->localFile.file.isEmpty())
        m_editor->setFilePath(m_context->localFile.file);
}

bool LocalFilePage::isComplete() const
{
    return m_editor->isUsable();
}

bool LocalFilePage::validatePage()
{
    if (!m_editor->isUsable())
        return false;
    const ImageInfo &info = *m_editor->info();
    LocalFileChoice &choice = m_context->localFile;
    choice.file = m_editor->filePath();
    choice.format = formatName(info.format);
    choice.virtualSize = info.virtualSize;
    choice.inspection = info;
    RequestDraft *draft = m_context->draft;
    draft->setMethod(m_editor->advice().methodId);
    if (const MethodSpec *method = draft->method()) {
        // The smallest min_disk the disk fits in, for the OS family chosen so far (later pages may raise it).
        const OsFamily os = OsVersions::familyOfOsType(draft->value(QStringLiteral("os_type")).toString());
        draft->setValue(QStringLiteral("min_disk"), ImageInspector::minDiskGb(info, *method, os));
    }
    return true;
}

} // namespace ims
