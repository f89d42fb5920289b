#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QApplication::setApplicationDisplayName(QObject::tr("IMS Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(IMS_WIZARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Create private images on Huawei Cloud IMS, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QObject::tr("Connect to a built-in local sandbox instead of Huawei Cloud."));
    parser.addOption(sandbox);
    parser.process(app);

    ims::MainWindow window;
    window.show();
    return app.exec();
}
