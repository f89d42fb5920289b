// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FieldEditor.h"

#include "RequestDraft.h"
#include "WizardContext.h"
#include "catalogue/OsVersions.h"
#include "pickers/Pickers.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace ims {

namespace {
const char *notSetText = QT_TRANSLATE_NOOP("ims::FieldEditor", "Not set");
}

FieldEditor::FieldEditor(const FieldSpec &spec, WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_draft(context->draft)
    , m_context(context)
{
    setObjectName(QStringLiteral("field_") + spec.key);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(spec.displayLabel() + (spec.required ? tr(" *") : QString()), this);

    const bool isBool = spec.type == FieldType::Boolean;
    const bool isEnum = spec.type == FieldType::String && !spec.allowed.isEmpty();
    const bool isOsVersion = spec.format == StringFormat::OsVersion;
    if (!spec.fixedValue.isUndefined()) {
        // One value only for this method: said as text, not offered as a drop-down of one item.
        m_fixed = new QLabel(spec.fixedValue.isBool() ? (spec.fixedValue.toBool() ? tr("Yes") : tr("No"))
                                                      : spec.fixedValue.toVariant().toString(),
                             this);
        m_fixed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_fixed->setFocusPolicy(Qt::TabFocus); // a screen reader reaches it with Tab like the others
        m_editor = m_fixed;
    } else if (isBool || isEnum) {
        m_combo = new QComboBox(this);
        QString unset = tr(notSetText);
        if (!spec.documentedDefault.isUndefined() && !spec.documentedDefault.isNull())
            unset = tr("Not set (server default: %1)")
                        .arg(spec.documentedDefault.isBool() ? (spec.documentedDefault.toBool() ? tr("yes") : tr("no"))
                                                            : spec.documentedDefault.toVariant().toString());
        if (spec.fixedValue.isUndefined())
            m_combo->addItem(unset, QVariant());
        if (isBool) {
            m_combo->addItem(tr("Yes"), true);
            m_combo->addItem(tr("No"), false);
        } else {
            for (const auto &v : spec.allowed)
                m_combo->addItem(v, v); // API values are not translated
        }
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::commit);
        m_editor = m_combo;
    } else if (isOsVersion) {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItem(QString());
        m_combo->addItems(OsVersions::bundled());
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. CentOS 7.6"));
        connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::commit);
        m_editor = m_combo;
    } else {
        m_line = new QLineEdit(this);
        if (spec.type == FieldType::Integer)
            m_line->setInputMethodHints(Qt::ImhDigitsOnly); // the placeholder (the range) follows the OS: refresh()
        if (spec.maxLength > 0)
            m_line->setMaxLength(spec.maxLength + 64); // room to type past the limit and see the message
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::commit);
        m_editor = m_line;
    }
    if (m_combo) {
        // As narrow as the page needs (long OS names are seen in the list): the page fits 800×600.
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
    }
    m_editor->setObjectName(QStringLiteral("edit_") + spec.key);
    m_editor->setAccessibleName(spec.displayLabel());
    if (m_combo && m_combo->lineEdit())
        m_combo->lineEdit()->setAccessibleName(spec.displayLabel());
    m_label->setBuddy(m_editor);

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("rule_") + spec.key);
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    QFont small = m_rule->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_rule->setFont(small);
    m_rule->setForegroundRole(QPalette::PlaceholderText);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict_") + spec.key);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAccessibleName(tr("%1: problem").arg(spec.displayLabel()));
    // The line is kept while there is nothing to say: a message appearing does not push the fields
    // below down under the pointer.
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing());
    QSizePolicy keep = m_verdict->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_verdict->setSizePolicy(keep);

    grid->addWidget(m_label, 0, 0);
    if (m_line && spec.pick != PickFrom::Nothing) {
        // Browse… beside the field; Ctrl+Space in the field opens the same picker. Typing stays.
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_line, 1);
        m_browse = new QPushButton(tr("Bro&wse…"), this);
        m_browse->setObjectName(QStringLiteral("browse_") + spec.key);
        m_browse->setAccessibleName(tr("Browse for %1").arg(spec.displayLabel()));
        m_browse->setToolTip(Pickers::browseHint(spec.pick));
        m_browse->setAutoDefault(false);
        row->addWidget(m_browse);
        grid->addLayout(row, 0, 1);
        connect(m_browse, &QPushButton::clicked, this, &FieldEditor::browse);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), m_line, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &FieldEditor::browse);
        m_line->setPlaceholderText(tr("Type it, or Browse… (Ctrl+Space)"));
        m_pickNote = new QLabel(this);
        m_pickNote->setObjectName(QStringLiteral("pickNote_") + spec.key);
        m_pickNote->setWordWrap(true);
        m_pickNote->setTextFormat(Qt::PlainText);
        m_pickNote->setForegroundRole(QPalette::PlaceholderText);
        m_pickNote->hide();
    } else {
        grid->addWidget(m_editor, 0, 1);
    }
    grid->addWidget(m_rule, 1, 1);
    grid->addWidget(m_verdict, 2, 1);
    if (m_pickNote)
        grid->addWidget(m_pickNote, 3, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, 170);

    load();
    refresh();
}

bool FieldEditor::browse()
{
    QString whyNot;
    QPointer<FieldEditor> self(this);
    PickerDialog *dialog = Pickers::open(m_spec.pick, m_context->session, m_line ? m_line->text().trimmed() : QString(), window(),
                                         [self](const QString &value, const QJsonObject &item) {
                                             if (self)
                                                 self->applyPick(value, item);
                                         },
                                         &whyNot);
    m_pickNote->setText(whyNot);
    m_pickNote->setVisible(!dialog);
    if (!dialog)
        m_line->setFocus(Qt::OtherFocusReason); // the field stays typeable: back to it
    return dialog != nullptr;
}

void FieldEditor::applyPick(const QString &value, const QJsonObject &item)
{
    m_line->setText(value);
    commit();
    m_line->setFocus(Qt::OtherFocusReason);
    // What follows from the pick, where the method has a field for it and it is not set yet.
    const MethodSpec *method = m_draft->method();
    if (!method)
        return;
    bool filled = false;
    auto fill = [&](const QString &key, const QJsonValue &v) {
        const FieldSpec *f = method->field(key);
        if (!f || v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) || !m_draft->value(key).isUndefined())
            return;
        if (!f->allowed.isEmpty() && !f->allowed.contains(v.toString()))
            return;
        m_draft->setValue(key, v);
        filled = true;
    };
    if (m_spec.pick == PickFrom::Server)
        fill(QStringLiteral("os_type"), item.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("os_type")));
    if (m_spec.pick == PickFrom::Volume && item.value(QStringLiteral("size")).isDouble())
        fill(QStringLiteral("min_disk"), QJsonValue(item.value(QStringLiteral("size")).toInteger()));
    if (filled)
        emit otherFieldsFilled();
}

void FieldEditor::setChoices(const QStringList &choices)
{
    if (!m_combo || m_spec.format != StringFormat::OsVersion)
        return;
    m_loading = true;
    const QString current = m_combo->currentText();
    m_combo->clear();
    m_combo->addItem(QString());
    m_combo->addItems(choices);
    m_combo->setCurrentText(current);
    m_loading = false;
}

QJsonValue FieldEditor::editorValue() const
{
    if (m_fixed)
        return m_spec.fixedValue;
    if (m_combo && m_spec.format != StringFormat::OsVersion) {
        const QVariant data = m_combo->currentData();
        if (!data.isValid())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonValue::fromVariant(data);
    }
    const QString text = m_combo ? m_combo->currentText() : m_line->text();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (m_spec.type == FieldType::Integer) {
        bool ok = false;
        const qlonglong n = text.trimmed().toLongLong(&ok);
        // Not a number: keep the text, so the field says "must be a whole number" instead of hiding it.
        return ok ? QJsonValue(n) : QJsonValue(text);
    }
    return text;
}

void FieldEditor::commit()
{
    if (m_loading || !m_draft)
        return;
    m_draft->setValue(m_spec.key, editorValue());
}

void FieldEditor::load()
{
    if (!m_draft)
        return;
    if (m_fixed)
        return;
    m_loading = true;
    QJsonValue v = m_draft->value(m_spec.key);
    if (v.isUndefined() && !m_spec.fixedValue.isUndefined())
        v = m_spec.fixedValue;
    if (m_combo && m_spec.format != StringFormat::OsVersion) {
        const int index = v.isUndefined() ? 0 : m_combo->findData(v.toVariant());
        m_combo->setCurrentIndex(std::max(0, index));
    } else {
        const QString text = v.isUndefined() ? QString() : v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (m_combo)
            m_combo->setCurrentText(text);
        else if (m_line->text() != text)
            m_line->setText(text);
    }
    m_loading = false;
}

void FieldEditor::refresh()
{
    if (!m_draft)
        return;
    // The rule for the OS chosen so far (quick import's min_disk depends on it).
    OsFamily os = OsFamily::Unknown;
    if (!m_spec.osFromKey.isEmpty()) {
        const QString osValue = m_draft->value(m_spec.osFromKey).toString();
        os = m_spec.osFromKey == QLatin1String("os_type") ? OsVersions::familyOfOsType(osValue.isEmpty() ? QStringLiteral("Linux") : osValue)
                                                          : OsVersions::familyOf(osValue);
    }
    if (m_line && m_spec.type == FieldType::Integer) {
        // The range for the OS chosen so far: 40 to 1024 GB for Linux, another for Windows.
        const auto lo = m_spec.minimumFor(os), hi = m_spec.maximumFor(os);
        m_line->setPlaceholderText(lo && hi && *hi < 2147483647 ? tr("%1 to %2").arg(*lo).arg(*hi) : QString());
    }
    const QString rule = m_spec.ruleText(os);
    m_rule->setText(rule.isEmpty() ? m_spec.displaySource() : tr("%1 — %2").arg(rule, m_spec.displaySource()));
    const auto issues = m_draft->issuesFor(m_spec.key);
    QStringList errors, warnings;
    for (const auto &i : issues)
        (i.isError() ? errors : warnings) << i.message;
    const bool touched = m_draft->isTouched(m_spec.key);
    // A required field nobody has touched yet is not shouted at; Next stays disabled all the same.
    QStringList shown = errors;
    if (!touched)
        shown.clear();
    shown << warnings;
    m_verdict->setText(shown.join(QLatin1Char('\n')));
    m_verdict->setVisible(!shown.isEmpty());
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, errors.isEmpty() || !touched ? QColor(0xb0, 0x70, 0x00) : QColor(0xc6, 0x28, 0x28));
    m_verdict->setPalette(pal);
    const QString help = m_spec.displayHelp();
    const QString description = QStringList{help, rule, shown.join(QLatin1Char(' '))}.join(QLatin1Char('\n')).trimmed();
    m_editor->setToolTip(description);
    m_editor->setAccessibleDescription(description);
    m_editor->setProperty("invalid", touched && !errors.isEmpty());
    // Marked by a tinted background, not a style sheet border: a border changes the editor's height
    // (the fields below would jump) and re-polishing on every keystroke is slow.
    const bool marked = touched && !errors.isEmpty();
    if (marked != m_marked) {
        m_marked = marked;
        QPalette editorPalette = palette();
        if (marked)
            editorPalette.setColor(QPalette::Base, QColor(0xfd, 0xe0, 0xdc));
        m_editor->setPalette(editorPalette);
        if (m_combo && m_combo->lineEdit())
            m_combo->lineEdit()->setPalette(editorPalette);
    }
}

} // namespace ims
