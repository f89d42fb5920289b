// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `ims-wizard-cli export FILE --to terraform|koocli|curl|python-sdk [--region R] [--output OUT]`: what the
// request file would create, as code for another tool (app/export). Exit 0 written, 1 the request is
// not valid or the format cannot express it (the reason on stderr), 2 an unusable file or wrong usage.
int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
