// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The floor of the start-up and memory figures: the least a Qt Widgets program can do to show one
// QWizard page with a few fields. bench/run times it next to ims-wizard in the same run.
//   bench_floor --quit-after-first-page  quits as `ims-wizard --quit-after-first-page` does (the first
//                                        turn of the event loop after show())
//   bench_floor --first-paint            quits once the page has really been painted

#include "FirstPaint.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Image"));
    page->setSubTitle(QStringLiteral("Name the image and say where its file is."));
    auto *form = new QFormLayout(page);
    form->addRow(QStringLiteral("Name"), new QLineEdit);
    form->addRow(QStringLiteral("Image file"), new QLineEdit);
    form->addRow(QStringLiteral("Minimum disk (GB)"), new QSpinBox);
    wizard.addPage(page);
    wizard.resize(1100, 720);
    wizard.show();
    if (app.arguments().contains(QStringLiteral("--first-paint"))) {
        bench::watchFirstPaint(page, true);
    } else if (app.arguments().contains(QStringLiteral("--quit-after-first-page"))) {
        bench::watchFirstPaint(page, false);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return app.exec();
}
