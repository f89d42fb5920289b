// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ims {

// The command-line front end: `ims-wizard-cli <command> [options]`. Exit codes are a contract,
// the one table of ExitStatus.h (these three are its first entries).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Ok = 0, Invalid = 1, Unusable = 2 };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int methods(const QStringList &args);
    int validate(const QStringList &args);
    int usage(const QString &problem);
    // The steps validate and preview share: options, --help, exactly one FILE. An exit code when the
    // command stops there.
    std::optional<int> parseFileCommand(QCommandLineParser &p, const QStringList &args, const QString &command, QString *path);
    static std::optional<RequestFile> loadRequestFile(const QString &path, QString *error); // "-" is standard input
    void printHelp();
    // The field issues of a file refused for an unknown top-level key, checked without that key.
    static QList<ValidationIssue> issuesBesideUnknownKeys(const QString &path);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ims
