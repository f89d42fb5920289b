// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/FieldSpec.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ims {

class RequestDraft;

// The data_images list as a table: one row per data disk, one column per field of an entry, rows
// added and removed up to the documented maximum (3 data disk files for an image from OBS).
class DataDisksEditor : public QWidget
{
    Q_OBJECT
public:
    DataDisksEditor(const FieldSpec &spec, RequestDraft *draft, QWidget *parent = nullptr);
    void load();
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void commit();
    void addRow();

    FieldSpec m_spec;
    QList<FieldSpec> m_columns; // the entry's scalar fields
    QList<QJsonObject> m_rows;  // each entry as loaded: fields without a column (its tags) are kept
    QPointer<RequestDraft> m_draft;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_verdict = nullptr;
    bool m_loading = false;
};

} // namespace ims
