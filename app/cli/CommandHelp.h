// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>

class QTextStream;

class QCommandLineParser;

namespace ims {

// Whether a command's parser saw --help or --help-all (both print the command's help).
bool helpAsked(const QCommandLineParser &p);
// The command's help with a usage line that names the command ("Usage: ims-wizard-cli job
// [options] ID"), not the path the program was started from.
QString commandHelp(const QCommandLineParser &p);
// Says on `err` what stopped `command` ("ims-wizard-cli: message", or "ims-wizard-cli COMMAND: message"
// with `nameCommand`) and, for a usage error (ExitUsage), where its help is. Returns `code`, so that a
// command ends with `return reportFailure(…)`. An empty `command` points to the program's own help.
int reportFailure(QTextStream &err, const QString &command, const QString &message, int code, bool nameCommand = false);

} // namespace ims
