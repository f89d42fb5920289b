// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `ims-wizard-cli list buckets|objects ...`: what the account holds, as a table or as JSON with the
// API's own field names, every page followed.
int runListCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
