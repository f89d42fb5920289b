// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "DataDisksEditor.h"

#include "RequestDraft.h"
#include "TableCellDelegate.h"
#include "WizardContext.h"
#include "cloud/AccountListing.h"
#include "pickers/Pickers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims {

DataDisksEditor::DataDisksEditor(const FieldSpec &spec, WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_draft(context->draft)
    , m_context(context)
{
    setObjectName(QStringLiteral("field_") + spec.key);
    for (const auto &f : spec.itemFields)
        if (f.type != FieldType::ObjectList) // tags as "a.1, b.2"; image_tags objects are kept as loaded
            m_columns.append(f);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(spec.displayLabel() + (spec.required ? tr(" *") : QString()), this);
    layout->addWidget(title);
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("edit_") + spec.key);
    m_table->setAccessibleName(spec.displayLabel());
    m_table->setAccessibleDescription(spec.displayHelp());
    title->setBuddy(m_table);
    QStringList headers;
    for (const auto &c : m_columns)
        headers << c.displayLabel() + (c.required ? tr(" *") : QString());
    m_table->setHorizontalHeaderLabels(headers);
    // Each column as wide as its heading (the last one takes what is left): on a narrow window the
    // table scrolls sideways instead of cutting every heading short.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(new TableCellDelegate(m_table)); // Tab leaves an open cell too
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add &data disk"), this);
    m_add->setObjectName(QStringLiteral("addDataDisk"));
    m_remove = new QPushButton(tr("Remove data dis&k"), this);
    m_remove->setObjectName(QStringLiteral("removeDataDisk"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    if (spec.pick == PickFrom::ServerDataDisks) {
        m_fromServer = new QPushButton(tr("From an &ECS…"), this);
        m_fromServer->setObjectName(QStringLiteral("dataDisksFromServer"));
        m_fromServer->setAccessibleName(tr("Fill the data disks from an ECS"));
        m_fromServer->setToolTip(tr("Pick an ECS: one row per data disk attached to it."));
        buttons->addWidget(m_fromServer);
        connect(m_fromServer, &QPushButton::clicked, this, [this] {
            openPicker(PickFrom::ServerDataDisks, QString(), [this](const QString &, const QJsonObject &server) { fillFromServer(server); });
        });
    }
    if (const int column = columnPicking(); column >= 0) {
        m_browseCell = new QPushButton(tr("Browse for the row…"), this);
        m_browseCell->setObjectName(QStringLiteral("browse_") + spec.key);
        m_browseCell->setAccessibleName(tr("Browse for the %1 of the current row").arg(m_columns[column].displayLabel()));
        m_browseCell->setToolTip(Pickers::browseHint(m_columns[column].pick));
        buttons->addWidget(m_browseCell);
        connect(m_browseCell, &QPushButton::clicked, this, [this] {
            const int c = m_table->currentColumn();
            browseColumn(c >= 0 && m_columns[c].pick != PickFrom::Nothing ? c : columnPicking());
        });
    }
    for (QPushButton *b : {m_fromServer, m_browseCell})
        if (b)
            b->setAutoDefault(false);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_pickNote = new QLabel(this);
    m_pickNote->setObjectName(QStringLiteral("pickNote_") + spec.key);
    m_pickNote->setWordWrap(true);
    m_pickNote->setTextFormat(Qt::PlainText);
    m_pickNote->setForegroundRole(QPalette::PlaceholderText);
    m_pickNote->hide();
    layout->addWidget(m_pickNote);
    if (m_fromServer || m_browseCell) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DataDisksEditor::browse);
    }
    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setForegroundRole(QPalette::PlaceholderText);
    QStringList rules;
    if (spec.maxItems > 0)
        rules << tr("At most %1 data disks.").arg(spec.maxItems);
    for (const auto &c : m_columns)
        rules << tr("%1: %2").arg(c.displayLabel(), c.ruleText());
    // The page the rules come from ends the last line, as beside every other field (FieldEditor).
    m_rule->setText(tr("%1 — %2").arg(rules.join(QLatin1Char('\n')), spec.displaySource()));
    layout->addWidget(m_rule);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict_") + spec.key);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("%1: problem").arg(spec.displayLabel()));
    // Room for one line kept while there is nothing to say: the rows below do not jump.
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing());
    QSizePolicy keep = m_verdict->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_verdict->setSizePolicy(keep);
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_verdict->setPalette(pal);
    layout->addWidget(m_verdict);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        commit();
        // Straight into the new row's first cell: the person types its name next.
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus(Qt::TabFocusReason);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row >= 0) {
            m_table->removeRow(row);
            m_rows.removeAt(row);
            commit();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { commit(); });
    load();
}

int DataDisksEditor::columnPicking() const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].pick != PickFrom::Nothing)
            return c;
    return -1;
}

bool DataDisksEditor::openPicker(PickFrom kind, const QString &current,
                                 const std::function<void(const QString &, const QJsonObject &)> &picked)
{
    QString whyNot;
    QPointer<DataDisksEditor> self(this);
    PickerDialog *dialog = Pickers::open(kind, m_context->session, current, window(),
                                         [self, picked](const QString &value, const QJsonObject &item) {
                                             if (self)
                                                 picked(value, item);
                                         },
                                         &whyNot);
    m_pickNote->setText(whyNot);
    m_pickNote->setVisible(!dialog);
    return dialog != nullptr;
}

bool DataDisksEditor::browse()
{
    const int c = m_table->currentColumn();
    if (c >= 0 && m_columns[c].pick != PickFrom::Nothing)
        return browseColumn(c);
    if (m_spec.pick == PickFrom::ServerDataDisks)
        return openPicker(PickFrom::ServerDataDisks, QString(), [this](const QString &, const QJsonObject &server) { fillFromServer(server); });
    return browseColumn(columnPicking());
}

bool DataDisksEditor::browseColumn(int column)
{
    if (column < 0)
        return false;
    if (m_table->rowCount() == 0) {
        addRow();
        commit();
    }
    const int row = std::max(0, m_table->currentRow());
    const FieldSpec field = m_columns[column];
    const QString current = m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
    return openPicker(field.pick, current, [this, row, column](const QString &value, const QJsonObject &item) {
        if (row >= m_table->rowCount())
            return;
        m_table->item(row, column)->setText(value);
        // A disk picked into a row without a name gives the row its name.
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns[c].key == QLatin1String("name") && m_table->item(row, c)->text().trimmed().isEmpty())
                m_table->item(row, c)->setText(item.value(QStringLiteral("name")).toString());
        m_table->setCurrentCell(row, column);
        m_table->setFocus(Qt::OtherFocusReason);
    });
}

void DataDisksEditor::fillFromServer(const QJsonObject &server)
{
    const QString serverName = server.value(QStringLiteral("name")).toString();
    const QStringList disks = AccountListing::dataDiskIds(server);
    if (disks.isEmpty()) {
        m_pickNote->setText(tr("The ECS \"%1\" has no data disks attached: pick another, or type the disk IDs.").arg(serverName));
        m_pickNote->show();
        return;
    }
    m_pickNote->hide();
    QJsonArray entries;
    for (int i = 0; i < disks.size(); ++i) {
        QJsonObject entry{{QStringLiteral("volume_id"), disks[i]}};
        // Each disk becomes an image of its own, named after its ECS until the person renames it.
        if (m_spec.itemField(QStringLiteral("name")))
            entry.insert(QStringLiteral("name"), QStringLiteral("%1-data-%2").arg(serverName).arg(i + 1));
        entries.append(entry);
    }
    m_draft->setValue(m_spec.key, entries);
    load();
    m_table->setCurrentCell(0, 0);
    m_table->setFocus(Qt::OtherFocusReason);
}

void DataDisksEditor::addRow()
{
    const bool was = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_rows.append(QJsonObject());
    for (int c = 0; c < m_columns.size(); ++c) {
        auto *item = new QTableWidgetItem;
        if (m_columns[c].type == FieldType::Boolean) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_table->setItem(row, c, item);
    }
    m_loading = was;
}

void DataDisksEditor::load()
{
    if (!m_draft)
        return;
    m_loading = true;
    m_table->setRowCount(0);
    m_rows.clear();
    for (const auto &entry : m_draft->value(m_spec.key).toArray()) {
        addRow();
        const QJsonObject o = entry.toObject();
        const int row = m_table->rowCount() - 1;
        m_rows[row] = o;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QJsonValue v = o.value(m_columns[c].key);
            QTableWidgetItem *item = m_table->item(row, c);
            if (m_columns[c].type == FieldType::Boolean)
                item->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
            else if (v.isArray()) {
                QStringList parts;
                for (const auto &p : v.toArray())
                    parts << p.toString();
                item->setText(parts.join(QLatin1String(", ")));
            } else if (!v.isUndefined())
                item->setText(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        }
    }
    m_loading = false;
    refresh();
}

void DataDisksEditor::commit()
{
    if (m_loading || !m_draft)
        return;
    QJsonArray entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject o = m_rows.value(row);
        for (int c = 0; c < m_columns.size(); ++c) {
            const FieldSpec &f = m_columns[c];
            const QTableWidgetItem *item = m_table->item(row, c);
            if (!item)
                continue;
            o.remove(f.key);
            if (f.type == FieldType::Boolean) {
                if (item->checkState() == Qt::Checked)
                    o.insert(f.key, true);
                continue;
            }
            const QString text = item->text().trimmed();
            if (text.isEmpty())
                continue;
            if (f.type == FieldType::StringList) {
                QJsonArray list;
                for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    list.append(part.trimmed());
                o.insert(f.key, list);
                continue;
            }
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            o.insert(f.key, f.type == FieldType::Integer && ok ? QJsonValue(n) : QJsonValue(text));
        }
        m_rows[row] = o;
        entries.append(o);
    }
    m_draft->setValue(m_spec.key, entries.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(entries));
    refresh();
}

void DataDisksEditor::refresh()
{
    if (!m_draft)
        return;
    static const QRegularExpression rowOf(QStringLiteral("^\\w+\\[(\\d+)\\]\\.?(\\w*)"));
    QStringList messages;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int c = 0; c < m_columns.size(); ++c)
            if (auto *item = m_table->item(row, c)) {
                item->setToolTip(m_columns[c].displayHelp());
                item->setBackground(QBrush());
            }
    for (const auto &i : m_draft->issuesFor(m_spec.key)) {
        const auto m = rowOf.match(i.field);
        if (!m.hasMatch()) { // about the whole list ("is required"): say which
            messages << tr("%1: %2").arg(m_spec.displayLabel(), i.message);
            continue;
        }
        // Rows as the table shows them (from 1), the column by its heading; the cell is marked.
        const int row = m.captured(1).toInt();
        QString column;
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns[c].key == m.captured(2)) {
                column = m_columns[c].displayLabel();
                if (auto *item = m_table->item(row, c)) {
                    item->setToolTip(i.message);
                    if (i.isError())
                        item->setBackground(QColor(0xc6, 0x28, 0x28, 60));
                }
            }
        messages << (column.isEmpty() ? tr("Row %1: %2").arg(row + 1).arg(i.message)
                                      : tr("Row %1, %2: %3").arg(row + 1).arg(column, i.message));
    }
    m_loading = false;
    m_verdict->setText(messages.join(QLatin1Char('\n')));
    m_verdict->setVisible(!messages.isEmpty());
    m_add->setEnabled(m_spec.maxItems < 0 || m_table->rowCount() < m_spec.maxItems);
    m_remove->setEnabled(m_table->rowCount() > 0);
}

} // namespace ims
