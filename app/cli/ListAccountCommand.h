// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `list servers|volumes|images|projects|enterprise-projects|keys [--json]` and `quota`: what the
// account has, every page followed. OBS kinds (buckets, objects) are ListCommand's.
bool isAccountListKind(const QString &kind);
QStringList accountListKinds();
// `args` starts with the program and command name ("ims-wizard-cli list servers"), then the options.
int runListAccountCommand(const QString &kind, const QStringList &args, QTextStream &out, QTextStream &err);
int runQuotaCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace ims
