// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `ims-wizard-cli sign`: the AK/SK Authorization header for a request, with --verbose the canonical
// request and the string to sign, to compare with what a gateway says it computed.
int runSignCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
