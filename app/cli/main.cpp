#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMS_WIZARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ims::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
