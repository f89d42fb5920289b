// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TagsPage.h"

#include "RequestDraft.h"
#include "TagsEditor.h"

#include <QVBoxLayout>

namespace ims {

TagsPage::TagsPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_editor(new TagsEditor(context->draft, this))
{
    setObjectName(QStringLiteral("tagsPage"));
    setTitle(tr("Tags"));
    setSubTitle(tr("Optional key/value tags to find the image by. Leave the table empty for none."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_context->draft, &RequestDraft::changed, this, [this] {
        m_editor->refresh();
        emit completeChanged();
    });
}

void TagsPage::initializePage()
{
    m_editor->load();
}

bool TagsPage::appliesToMethod() const
{
    const MethodSpec *m = m_context->draft->method();
    return m && m->field(QStringLiteral("tags"));
}

bool TagsPage::isComplete() const
{
    return !m_context->draft->hasErrorsIn({QStringLiteral("tags"), QStringLiteral("image_tags")});
}

} // namespace ims
