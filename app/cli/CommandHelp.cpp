// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "CommandHelp.h"

#include "ExitStatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace ims {

bool helpAsked(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"));
}

QString commandHelp(const QCommandLineParser &p)
{
    QString text = p.helpText();
    // Qt writes the program's first argument; the commands parse "<program> <command>" (Cli::run).
    const QStringList args = QCoreApplication::arguments();
    const QString program = args.value(0);
    const QString command = args.value(1);
    const QString named = command.isEmpty() || command.startsWith(QLatin1Char('-'))
                              ? QStringLiteral("ims-wizard-cli")
                              : QStringLiteral("ims-wizard-cli %1").arg(command);
    const int end = text.indexOf(QLatin1Char('\n'));
    QString first = text.left(end);
    if (!program.isEmpty())
        first.replace(program, named);
    return first + text.mid(end);
}

int reportFailure(QTextStream &err, const QString &command, const QString &message, int code, bool nameCommand)
{
    err << (nameCommand && !command.isEmpty() ? QStringLiteral("ims-wizard-cli %1: ").arg(command) : QStringLiteral("ims-wizard-cli: ")) << message << '\n';
    if (code == ExitUsage)
        err << (command.isEmpty() ? QCoreApplication::translate("CommandHelp", "Run 'ims-wizard-cli --help' for usage.")
                                  : QCoreApplication::translate("CommandHelp", "Run 'ims-wizard-cli %1 --help' for usage.").arg(command))
            << '\n';
    err.flush();
    return code;
}

} // namespace ims
