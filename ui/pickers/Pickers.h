// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/FieldSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QWidget;

namespace ims {

class PickerDialog;
class Session;

// Opens the picker a catalogue field asks for (FieldSpec::pick) over the connection's session.
class Pickers
{
    Q_DECLARE_TR_FUNCTIONS(Pickers)
public:
    using Picked = std::function<void(const QString &value, const QJsonObject &item)>;

    // Shows the picker (window-modal) and calls `picked` with the value and the API's object when
    // the person picks one. `current` is the field's value (the OBS picker opens at its folder).
    // Null when there is nothing to open: `whyNot` says why in one sentence (not connected, no
    // access key for OBS).
    static PickerDialog *open(PickFrom kind, Session *session, const QString &current, QWidget *parent, const Picked &picked,
                              QString *whyNot = nullptr);
    // The Browse… button's tooltip for a field of this kind.
    static QString browseHint(PickFrom kind);
};

} // namespace ims
