// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TagsEditor.h"

#include "RequestDraft.h"
#include "TableCellDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims {

TagsEditor::TagsEditor(RequestDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("tagsEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *modeRow = new QHBoxLayout;
    // What the person chooses is how the tags are written; the API field each choice fills is a detail
    // for the tooltip (the review page shows it in the request).
    auto *modeLabel = new QLabel(tr("&Write each tag as:"), this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("tagsMode"));
    m_mode->setAccessibleName(tr("Tag format"));
    m_mode->addItem(tr("One text, key and value joined by a dot"), QStringLiteral("tags"));
    m_mode->addItem(tr("A key and a value, kept apart"), QStringLiteral("image_tags"));
    m_mode->setItemData(0, tr("Sent in the request's \"tags\" field, e.g. team.web"), Qt::ToolTipRole);
    m_mode->setItemData(1, tr("Sent in the request's \"image_tags\" field, e.g. {\"key\": \"team\", \"value\": \"web\"}"), Qt::ToolTipRole);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(16);
    modeLabel->setBuddy(m_mode);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_mode, 1);
    layout->addLayout(modeRow);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("tagsTable"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->setItemDelegate(new TableCellDelegate(m_table)); // Tab leaves an open cell too
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add tag"), this);
    m_add->setObjectName(QStringLiteral("addTag"));
    m_remove = new QPushButton(tr("&Remove tag"), this);
    m_remove->setObjectName(QStringLiteral("removeTag"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_rule);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict_tags"));
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Tags: problem"));
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing()); // the line is kept: nothing jumps
    QSizePolicy keep = m_verdict->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_verdict->setSizePolicy(keep);
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_verdict->setPalette(pal);
    layout->addWidget(m_verdict);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row >= 0) {
            m_table->removeRow(row);
            commit();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { commit(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    load();
}

bool TagsEditor::isNative() const
{
    return m_draft && m_draft->methodId() == QLatin1String("native-metadata");
}

void TagsEditor::addRow(const QString &key, const QString &value)
{
    const bool was = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = was;
}

void TagsEditor::load()
{
    if (!m_draft)
        return;
    m_loading = true;
    m_table->setRowCount(0);
    const bool native = isNative();
    m_mode->setVisible(!native);
    const QChar separator = native ? QLatin1Char('=') : QLatin1Char('.');
    if (m_draft->fields().contains(QStringLiteral("image_tags"))) {
        m_mode->setCurrentIndex(1);
        for (const auto &v : m_draft->value(QStringLiteral("image_tags")).toArray())
            addRow(v.toObject().value(QStringLiteral("key")).toString(), v.toObject().value(QStringLiteral("value")).toString());
    } else {
        m_mode->setCurrentIndex(0);
        for (const auto &v : m_draft->value(QStringLiteral("tags")).toArray()) {
            const QString s = v.toString();
            const qsizetype at = s.indexOf(separator);
            addRow(at < 0 ? s : s.left(at), at < 0 ? QString() : s.mid(at + 1));
        }
    }
    m_entryRows.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_entryRows << row;
    m_loading = false;
    refresh();
}

void TagsEditor::commit()
{
    if (m_loading || !m_draft)
        return;
    const bool native = isNative();
    const bool objects = !native && m_mode->currentData().toString() == QLatin1String("image_tags");
    QJsonArray strings, pairs;
    QList<int> entryRows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        entryRows << row;
        strings.append(value.isEmpty() && !native ? key : key + (native ? QLatin1Char('=') : QLatin1Char('.')) + value);
        pairs.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }
    m_entryRows = entryRows;
    // One shape or the other, never both ("use either tags or image_tags").
    m_draft->setValue(objects ? QStringLiteral("tags") : QStringLiteral("image_tags"), QJsonValue(QJsonValue::Undefined));
    if (objects)
        m_draft->setValue(QStringLiteral("image_tags"), pairs.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(pairs));
    else
        m_draft->setValue(QStringLiteral("tags"), strings.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(strings));
    refresh();
}

void TagsEditor::refresh()
{
    if (!m_draft || !m_draft->method())
        return;
    const FieldSpec *tags = m_draft->method()->field(QStringLiteral("tags"));
    m_rule->setText(tags ? tr("%1 — %2").arg(tags->ruleText(), tags->displaySource()) : QString());
    QStringList messages;
    const bool was = m_loading;
    m_loading = true; // marking cells is no edit
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int c = 0; c < 2; ++c)
            if (auto *item = m_table->item(row, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    static const QRegularExpression entryOf(QStringLiteral("^\\w+\\[(\\d+)\\]"));
    for (const auto &key : {QStringLiteral("tags"), QStringLiteral("image_tags")})
        for (const auto &i : m_draft->issuesFor(key)) {
            const auto m = entryOf.match(i.field);
            const int entry = m.hasMatch() ? m.captured(1).toInt() : -1;
            // The entry's row in the table (empty rows are not sent, so they are not counted there).
            const int row = entry >= 0 && entry < m_entryRows.size() ? m_entryRows[entry] : -1;
            if (row < 0) {
                messages << i.message;
                continue;
            }
            messages << tr("Row %1: %2").arg(row + 1).arg(i.message);
            for (int c = 0; c < 2; ++c)
                if (auto *item = m_table->item(row, c)) {
                    item->setToolTip(i.message);
                    if (i.isError())
                        item->setBackground(QColor(0xc6, 0x28, 0x28, 60));
                }
        }
    m_loading = was;
    m_verdict->setText(messages.join(QLatin1Char('\n')));
    m_verdict->setVisible(!messages.isEmpty());
    const int max = tags && tags->maxItems > 0 ? tags->maxItems : 1000;
    m_add->setEnabled(m_table->rowCount() < max);
}

} // namespace ims
