// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QPushButton;

namespace ims {

class RequestDraft;

// Key/value tags: sends them as "tags" ("key.value", or "key=value" for the native call) or as
// "image_tags" objects, never both. The user edits pairs; the JSON shape is a choice in one combo.
class TagsEditor : public QWidget
{
    Q_OBJECT
public:
    TagsEditor(RequestDraft *draft, QWidget *parent = nullptr);
    void load();
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    bool isNative() const;
    void commit();
    void addRow(const QString &key = {}, const QString &value = {});

    QPointer<RequestDraft> m_draft;
    QComboBox *m_mode = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_verdict = nullptr;
    QList<int> m_entryRows; // the table row of each tag sent (rows left empty are not sent)
    bool m_loading = false;
};

} // namespace ims
