// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ims-wizard's start as its main() does it (translations, the main window on the built-in sandbox),
// ending when the wizard's first page has really been painted rather than at the first turn of the
// event loop after show() (where `ims-wizard --quit-after-first-page` ends, before any paint under
// the offscreen platform). bench/run times it next to `bench_floor --first-paint`.

#include "FirstPaint.h"
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
    phase("QApplication");
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    ims::installTranslators(app, QString());
    phase("translations");
    ims::MainWindow window;
    phase("main window built");
    if (!window.useSandbox(8))
        return 1;
    phase("sandbox started and connected");
    window.show();
    phase("shown");
    bench::watchFirstPaint(window.wizard()->currentPage(), true);
    const int status = app.exec();
    phase("first page painted");
    return status;
}
