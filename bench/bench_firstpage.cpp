// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ims-wizard's start as its main() does it (translations, the main window on the built-in sandbox),
// ending when the wizard's first page has really been painted rather than at the first turn of the
// event loop after show() (where `ims-wizard --quit-after-first-page` ends, before any paint under
// the offscreen platform). bench/run times it next to `bench_floor --first-paint`.

#include "FirstPaint.h"
#include "ImagePluginWarmUp.h"
#include "MainWindow.h"
#include "Translations.h"
#include "wizard/ImageWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QWizardPage>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // --phases: where the time goes (for profiling a start that misses its target).
    const bool phases = argc > 1 && qstrcmp(argv[1], "--phases") == 0;
    auto phase = [&](const char *what) {
        if (phases)
            std::printf("%6.1f ms  %s\n", clock.nsecsElapsed() / 1e6, what);
    };
    QApplication app(argc, argv);
    ims::startLoadingImagePlugins(); // as main() does
    phase("QApplication");
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    ims::installTranslators(app, QString());
    phase("translations");
    ims::MainWindow window(nullptr, ims::MainWindow::Setup::FirstPageFirst); // as main() builds it
    phase("main window built");
    if (!window.useSandbox(8))
        return 1;
    phase("sandbox asked for (started with the rest of the setup, after the first paint)");
    window.show();
    phase("shown");
    bench::watchFirstPaint(window.wizard()->currentPage(), true, [&] {
        phase("first page painted");
        if (phases) { // what comes right after it in the program: the rest of the window, built here at once
            window.completeSetup();
            phase("rest of the window set up (job list, Jobs dock, later pages, sandbox)");
        }
    });
    return app.exec();
}
