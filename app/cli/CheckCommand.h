// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `check FILE [--json]`: the review page's pre-submit checks for a request file, against the
// connection's account. Exit 0 when every check passes or only warns, 1 when one blocks (or the
// file is not valid), 2 when the file or the connection cannot be used.
int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
