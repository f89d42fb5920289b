// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/FieldSpec.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ims {

class RequestDraft;
struct WizardContext;

// The data_images list as a table: one row per data disk, one column per field of an entry, rows
// added and removed up to the documented maximum (3 data disk files for an image from OBS). A cell
// whose field names something of the account is picked from a list (Browse… or Ctrl+Space in the
// cell); a list described as "the data disks of an ECS" is filled from the ECS picked.
class DataDisksEditor : public QWidget
{
    Q_OBJECT
public:
    DataDisksEditor(const FieldSpec &spec, WizardContext *context, QWidget *parent = nullptr);
    void load();
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Ctrl+Space: the picker of the current cell's column, else (on a list of an ECS's data disks)
    // the ECS picker. False, with the reason shown, when none can open.
    bool browse();
    // Replaces the rows with the data disks of this ECS (an ECS object as the ECS API lists it).
    void fillFromServer(const QJsonObject &server);

private:
    void commit();
    void addRow();
    bool browseColumn(int column);
    bool openPicker(PickFrom kind, const QString &current, const std::function<void(const QString &, const QJsonObject &)> &picked);
    int columnPicking() const; // the column of the first field with a picker, -1 if none

    FieldSpec m_spec;
    QList<FieldSpec> m_columns; // the entry's scalar fields
    QList<QJsonObject> m_rows;  // each entry as loaded: fields without a column (its tags) are kept
    QPointer<RequestDraft> m_draft;
    WizardContext *m_context = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_fromServer = nullptr;
    QPushButton *m_browseCell = nullptr;
    QLabel *m_pickNote = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_verdict = nullptr;
    bool m_loading = false;
};

} // namespace ims
