// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `ims-wizard-cli inspect FILE [--json]`: an image file's format, virtual size, file size, the
// smallest valid min_disk and its problems, read from the file's headers. Exit 0 importable,
// 1 a problem that blocks the import, 2 an unreadable file or wrong usage.
int runInspectCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
