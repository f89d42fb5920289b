// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>

class QCommandLineParser;

namespace ims {

// Whether a command's parser saw --help or --help-all (both print the command's help).
bool helpAsked(const QCommandLineParser &p);
// The command's help with a usage line that names the command ("Usage: ims-wizard-cli job
// [options] ID"), not the path the program was started from.
QString commandHelp(const QCommandLineParser &p);

} // namespace ims
