// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// Commands that list what the program knows, for people and for shell completion:
// `os-versions` (the known __os_version values) and `connections` (the desktop's saved connections).
int runOsVersionsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runConnectionsCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
