// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMS_WIZARD_VERSION));
    // The CLI speaks through its output; its own progress logs only when asked (QT_LOGGING_RULES=ims.*=true).
    QLoggingCategory::setFilterRules(QStringLiteral("ims.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ims::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
