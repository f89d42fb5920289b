// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImagePluginWarmUp.h"
#include "MainWindow.h"
#include "ProgramInfo.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "wizard/ImageWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {
// --language must be known before the option texts are translated, so it is read ahead of the parser.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--language") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--language=")))
            return args.at(i).mid(int(sizeof("--language=") - 1));
    }
    return QString();
}

// True when -v/--version is among the arguments (not as the value of an option that takes one). It is
// answered before QApplication exists, so that it works with no display at all (over ssh, in scripts).
bool wantsVersion(int argc, char *argv[])
{
    static const char *const takesValue[] = {"--screenshots", "--screenshot-size", "--language", "-platform",
                                             "-style", "-stylesheet", "-qwindowgeometry", "-qwindowtitle",
                                             "-qwindowicon", "-display"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--version" || arg == "-v")
            return true;
        for (const char *option : takesValue)
            if (arg == option)
                ++i;
    }
    return false;
}

void printVersion()
{
    std::fputs(qPrintable(ims::ProgramInfo::versionLine() + QLatin1Char('\n')), stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsVersion(argc, argv)) {
        printVersion();
        return 0;
    }
    QApplication app(argc, argv);
    ims::startLoadingImagePlugins(); // while the window is built
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QApplication::setApplicationVersion(QStringLiteral(IMS_WIZARD_VERSION));
    ims::installTranslators(app, languageArgument(QApplication::arguments()));
    // No application display name: Qt would append it to every title ("IMS Wizard — Sandbox — IMS Wizard");
    // the main window says "IMS Wizard — <connection>" itself.

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Create private images on Huawei Cloud IMS, step by step."));
    parser.addHelpOption();
    // Our own --version (not addVersionOption()): it names the Qt version and the licence too.
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QObject::tr("Show the version, the Qt version and the licence."));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QObject::tr("Connect to a built-in local sandbox (no cloud account needed)."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QObject::tr("Walk through every page of every method, save one PNG per page into DIR, and quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                            QObject::tr("With --screenshots: the window size, e.g. 800x600 (default: 1280x800)."),
                                            QStringLiteral("SIZE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-first-page"),
                                       QObject::tr("Quit as soon as the first page is shown (smoke test)."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QObject::tr("Show the program in this language: zh_CN, pt_BR or en (default: as chosen in "
                                                  "View > Language, else the system's)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({version, sandbox, screenshots, screenshotSize, quitAfter, language});
    parser.process(app);
    if (parser.isSet(version)) {
        printVersion();
        return 0;
    }
    QSize tourSize = ims::ScreenshotTour::defaultSize();
    if (parser.isSet(screenshotSize)) {
        tourSize = ims::ScreenshotTour::parseSize(parser.value(screenshotSize));
        if (!tourSize.isValid()) {
            qCritical("%s", qPrintable(QObject::tr("--screenshot-size: \"%1\" is not a size such as 800x600 (at least 640x480).")
                                          .arg(parser.value(screenshotSize))));
            return 2;
        }
    }

    // The first page on screen first, the rest of the window right after (the tour walks every page at once).
    ims::MainWindow window(nullptr, parser.isSet(screenshots) ? ims::MainWindow::Setup::Whole : ims::MainWindow::Setup::FirstPageFirst);
    if (parser.isSet(sandbox) || parser.isSet(screenshots)) {
        if (!window.useSandbox(parser.isSet(screenshots) ? 0.5 : 8))
            return 1;
    } else {
        window.reconnectLastUsed();
    }
    window.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new ims::ScreenshotTour(&window, parser.value(screenshots), tourSize);
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
