// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/FieldSpec.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ims {

class RequestDraft;
struct WizardContext;

// One field of the request: its label, an editor fitting its type, the documented rule beside it and
// the live verdict under it (also in the tooltip and the accessible description). A field whose value
// names something of the account (FieldSpec::pick) has Browse… (and Ctrl+Space) to pick it from a list.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldSpec &spec, WizardContext *context, QWidget *parent = nullptr);

    QString key() const { return m_spec.key; }
    QWidget *editor() const { return m_editor; }
    QLabel *label() const { return m_label; }
    // Offer these values in the OS version picker (from the server when connected).
    void setChoices(const QStringList &choices);
    // Shows the draft's verdict for this field; called after every change.
    void refresh();
    // Puts the draft's value into the editor (when the draft changed from outside).
    void load();
    // Opens the field's picker (Browse…, Ctrl+Space); false, with the reason shown, when it cannot.
    bool browse();
    QPushButton *browseButton() const { return m_browse; }

signals:
    // A pick also filled other fields of the draft (the OS type of the ECS picked): editors reload.
    void otherFieldsFilled();

private:
    void applyPick(const QString &value, const QJsonObject &item);
    void commit();
    QJsonValue editorValue() const;

    FieldSpec m_spec;
    QPointer<RequestDraft> m_draft;
    WizardContext *m_context = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_pickNote = nullptr; // why the picker cannot open (not connected, no AK/SK for OBS)
    QLabel *m_label = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_verdict = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_fixed = nullptr; // the one value a method allows, as text
    bool m_loading = false;
    bool m_marked = false; // the editor is tinted as wrong
};

} // namespace ims
