// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

// What the GUI tests share: the bundled example requests and driving the wizard to a submission.

#include "MainWindow.h"

#include <QDockWidget>
#include "catalogue/RequestFile.h"
#include "wizard/ImageWizard.h"
#include "checks/PreSubmitChecks.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QDockWidget>
#include <QStringList>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace ims::test {

inline QJsonObject example(const QString &methodId)
{
    QString error;
    const auto file = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(methodId), &error);
    return file ? file->fields : QJsonObject();
}

// The main window as a person finds it: on the sandbox (jobs take `jobSeconds`), default size and
// layout, the Jobs dock shown, active.
inline bool openOnSandbox(MainWindow &window, double jobSeconds = 0.5)
{
    if (!window.useSandbox(jobSeconds))
        return false;
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) && window.jobsDock()->isVisible();
}

inline QAbstractButton *nextButton(ImageWizard *w)
{
    return w->button(QWizard::NextButton);
}

// Loads a request into the wizard, clicks Next to the review page and Submit, as a user would.
// Returns the job id the server gave (empty, with a test failure, when there is none).
// Answers the next modal message box once it is up (it runs inside the click that opened it).
inline void whenDialogShows(std::function<void(QMessageBox *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(box);
        }
    });
    timer->start();
}

inline QString submitThroughWizard(MainWindow &window, const QString &methodId, const QJsonObject &fields)
{
    ImageWizard *w = window.wizard();
    w->restart();
    w->loadRequest(methodId, fields);
    for (int guard = 0; w->currentId() != ImageWizard::ReviewPageId && guard < 8; ++guard) {
        if (!nextButton(w)->isEnabled())
            return {};
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
    }
    auto *submit = w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
    if (!submit || !submit->isEnabled())
        return {};
    // The pre-submit checks answer first; a warning (the name is taken: the same example was sent
    // before) makes Submit ask, and the person answers "Submit anyway" (Alt+S).
    PreSubmitChecks *checks = w->reviewPage()->checks();
    if (checks && !QTest::qWaitFor([checks] { return checks->isFinished(); }, 10000))
        return {};
    if (checks && checks->hasWarnings())
        whenDialogShows([](QMessageBox *) { QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); });
    QTest::mouseClick(submit, Qt::LeftButton);
    if (!QTest::qWaitFor([w] { return !w->reviewPage()->submittedJobId().isEmpty(); }, 10000))
        return {};
    return w->reviewPage()->submittedJobId();
}

// The visible controls under `root` that take keyboard focus but have no accessible name (a button's
// text is its name): what a screen reader would announce as nothing.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (!child->isVisible() || !(child->focusPolicy() & Qt::TabFocus))
            continue;
        if (child->accessibleName().isEmpty() && !qobject_cast<QAbstractButton *>(child))
            out << QStringLiteral("%1 (%2)").arg(child->objectName(), QString::fromLatin1(child->metaObject()->className()));
    }
    return out;
}

} // namespace ims::test
