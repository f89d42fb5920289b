// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "FieldSpec.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace ims {

// Writes JSON with object keys in catalogue order (the order of the API reference tables) instead of
// QJsonDocument's alphabetical order, so the review page reads like the documentation.
namespace OrderedJson {
enum class Style { Compact, Indented };
QByteArray write(const QJsonValue &value, const QList<FieldSpec> &order, Style style);
} // namespace OrderedJson

} // namespace ims
