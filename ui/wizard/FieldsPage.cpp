// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FieldsPage.h"

#include "DataDisksEditor.h"

#include <QTableWidget>
#include "FieldEditor.h"
#include "RequestDraft.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ims {

FieldsPage::FieldsPage(WizardContext *context, const QStringList &keys, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_keys(keys)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take focus, not the frame
    scroll->setAccessibleName(tr("Fields"));
    m_body = new QWidget(scroll);
    m_bodyLayout = new QVBoxLayout(m_body);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_context->draft, &RequestDraft::changed, this, &FieldsPage::refresh);
    connect(m_context->draft, &RequestDraft::methodChanged, this, &FieldsPage::rebuild);
}

QStringList FieldsPage::keysOnPage() const
{
    QStringList out;
    if (const MethodSpec *m = m_context->draft->method())
        for (const auto &f : m->fields)
            if (m_keys.contains(f.key))
                out << f.key;
    return out;
}

bool FieldsPage::appliesToMethod() const
{
    return !keysOnPage().isEmpty();
}

void FieldsPage::rebuild()
{
    const MethodSpec *m = m_context->draft->method();
    const QString id = m ? m->id : QString();
    if (id == m_builtFor)
        return;
    m_builtFor = id;
    m_editors.clear();
    m_lists.clear();
    m_focusOrder.clear();
    while (auto *item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m)
        return;
    // Fields in the order of the page's key list: the order a person fills them in.
    QWidget *previous = nullptr;
    for (const auto &key : m_keys) {
        const FieldSpec *f = m->field(key);
        if (!f)
            continue;
        QWidget *focusable = nullptr;
        if (f->type == FieldType::ObjectList) {
            auto *list = new DataDisksEditor(*f, m_context, m_body);
            m_lists << list;
            m_bodyLayout->addWidget(list, 1);
            focusable = list->table();
        } else {
            auto *editor = new FieldEditor(*f, m_context, m_body);
            m_editors << editor;
            connect(editor, &FieldEditor::otherFieldsFilled, this, [this] {
                for (auto *e : std::as_const(m_editors))
                    e->load();
            });
            m_bodyLayout->addWidget(editor);
            focusable = editor->editor();
        }
        m_focusOrder << focusable;
        if (previous)
            setTabOrder(previous, focusable);
        previous = focusable;
        // Browse… right after its field, before the next field.
        if (auto *editor = qobject_cast<FieldEditor *>(focusable->parentWidget()); editor && editor->browseButton()) {
            setTabOrder(focusable, editor->browseButton());
            previous = editor->browseButton();
        }
    }
    m_bodyLayout->addStretch(1);
}

QWidget *FieldsPage::firstField() const
{
    for (QWidget *w : m_focusOrder)
        if (w->isEnabled() && w->isVisible())
            return w;
    return nullptr;
}

void FieldsPage::setOsVersionChoices(const QStringList &versions)
{
    for (auto *e : std::as_const(m_editors))
        e->setChoices(versions);
}

void FieldsPage::initializePage()
{
    rebuild();
    for (auto *e : std::as_const(m_editors))
        e->load();
    for (auto *l : std::as_const(m_lists))
        l->load();
    refresh();
}

void FieldsPage::refresh()
{
    for (auto *e : std::as_const(m_editors))
        e->refresh();
    for (auto *l : std::as_const(m_lists))
        l->refresh();
    emit completeChanged();
}

bool FieldsPage::validatePage()
{
    return isComplete();
}

bool FieldsPage::isComplete() const
{
    return !m_context->draft->hasErrorsIn(keysOnPage());
}

SourcePage::SourcePage(WizardContext *context, QWidget *parent)
    : FieldsPage(context,
                 {QStringLiteral("instance_id"), QStringLiteral("volume_id"), QStringLiteral("image_url"),
                  QStringLiteral("is_quick_import"), QStringLiteral("disk_format"), QStringLiteral("container_format"),
                  QStringLiteral("data_images")},
                 parent)
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("Source"));
    setSubTitle(tr("Where the image comes from. Each field shows its rule from the API reference."));
}

ImagePage::ImagePage(WizardContext *context, QWidget *parent)
    : FieldsPage(context,
                 {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("os_version"),
                  QStringLiteral("__os_version"), QStringLiteral("os_type"), QStringLiteral("min_disk"),
                  QStringLiteral("min_ram"), QStringLiteral("max_ram"), QStringLiteral("type"),
                  QStringLiteral("architecture"), QStringLiteral("license_type"), QStringLiteral("is_config"),
                  QStringLiteral("cmk_id"), QStringLiteral("enterprise_project_id"), QStringLiteral("visibility"),
                  QStringLiteral("protected")},
                 parent)
{
    setObjectName(QStringLiteral("imagePage"));
    setTitle(tr("Image"));
    setSubTitle(tr("The image's name, operating system, sizes and options."));
}

} // namespace ims
