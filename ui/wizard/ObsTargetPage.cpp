// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsTargetPage.h"

#include "RequestDraft.h"
#include "uploads/BucketObjectEditor.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace ims {

ObsTargetPage::ObsTargetPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_editor(new BucketObjectEditor(this))
{
    setObjectName(QStringLiteral("obsTargetPage"));
    setTitle(tr("Where to upload it"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addStretch(1);
    connect(m_editor, &BucketObjectEditor::changed, this, &QWizardPage::completeChanged);
}

void ObsTargetPage::initializePage()
{
    const LocalFileChoice &choice = m_context->localFile;
    // IMS imports from a bucket of its own region only ("Registering an Image File").
    setSubTitle(m_context->session ? tr("A bucket in %1, the region of the connection, and the object's name.").arg(m_context->session->settings().region)
                                   : tr("Connect first: the buckets are those of the connection's region."));
    if (!choice.bucket.isEmpty())
        m_editor->setBucket(choice.bucket);
    m_editor->setObjectKey(choice.key.isEmpty() ? QFileInfo(choice.file).fileName() : choice.key);
    m_editor->setSession(m_context->session);
}

bool ObsTargetPage::isComplete() const
{
    return m_context->session && m_editor->isComplete();
}

bool ObsTargetPage::validatePage()
{
    LocalFileChoice &choice = m_context->localFile;
    choice.bucket = m_editor->bucket();
    choice.key = m_editor->objectKey();
    choice.parallel = m_editor->parallel();
    // The "bucket:object" form of image_url ("Registering an Image File").
    m_context->draft->setValue(QStringLiteral("image_url"), QStringLiteral("%1:%2").arg(choice.bucket, choice.key));
    return true;
}

} // namespace ims
