#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "wizard/ImageWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(IMS_WIZARD_VERSION));
    QApplication::setApplicationDisplayName(QObject::tr("IMS Wizard"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Create private images on Huawei Cloud IMS, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QObject::tr("Connect to a built-in local sandbox (no cloud account needed)."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QObject::tr("Walk through every page of every method, save one PNG per page into DIR, and quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-first-page"),
                                       QObject::tr("Quit as soon as the first page is shown (smoke test)."));
    parser.addOptions({sandbox, screenshots, quitAfter});
    parser.process(app);

    ims::MainWindow window;
    if (parser.isSet(sandbox) || parser.isSet(screenshots)) {
        if (!window.useSandbox(parser.isSet(screenshots) ? 0.5 : 8))
            return 1;
    } else {
        window.reconnectLastUsed();
    }
    window.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new ims::ScreenshotTour(&window, parser.value(screenshots));
        QObject::connect(tour, &ims::ScreenshotTour::finished, &app, [&app](int failures) { app.exit(failures ? 1 : 0); });
        QTimer::singleShot(0, tour, &ims::ScreenshotTour::run);
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(0, &app, [&app, &window] {
            qInfo("first page shown: %s", qPrintable(window.wizard()->currentPage()->title()));
            app.quit();
        });
    return app.exec();
}
