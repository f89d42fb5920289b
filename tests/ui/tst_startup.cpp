// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The program's start (issue 14, start-up figure): the main window as main() builds it paints the
// wizard's first page before it builds the rest (job list, Jobs dock's list, later pages, sandbox);
// a click at once still reaches a whole window, and once set up it looks as a window built whole.

#include "MainWindow.h"
#include "jobs/JobsView.h"
#include "session/Session.h"
#include "wizard/ImageWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using namespace ims;

namespace {
// Notes whether the rest of the window was already built when `page` was first painted.
struct PaintWatch : QObject
{
    MainWindow *window = nullptr;
    bool painted = false;
    bool setUpAtFirstPaint = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            setUpAtFirstPaint = window->isSetUp();
        }
        return false;
    }
};
} // namespace

class TestStartup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

    static QLabel *connectionLine(MainWindow &window) { return window.findChild<QLabel *>(QStringLiteral("connectionLabel")); }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    // The first page is on screen before the rest is built; the rest follows by itself, and the
    // sandbox asked for before it is then connected.
    void theFirstPageIsPaintedFirstAndTheRestFollows()
    {
        MainWindow window(nullptr, MainWindow::Setup::FirstPageFirst);
        QVERIFY(window.useSandbox(0.5));
        QVERIFY(!window.isSetUp());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox"))); // where requests will go, said at once
        QCOMPARE(connectionLine(window)->accessibleName(), QStringLiteral("Starting the local sandbox…"));
        window.show(); // (the wizard has a current page from here on; painted once events are handled)
        PaintWatch watch;
        watch.window = &window;
        window.wizard()->currentPage()->installEventFilter(&watch);
        QTRY_VERIFY(watch.painted);
        QVERIFY(!watch.setUpAtFirstPaint);
        QTRY_VERIFY(window.isSetUp());
        QVERIFY(window.session());
        QVERIFY(window.jobsView() && window.jobsView()->isVisible());
        QCOMPARE(window.jobsDock()->widget(), window.jobsView());
        QVERIFY(connectionLine(window)->accessibleName().startsWith(QStringLiteral("Sandbox on http://127.0.0.1:")));
        // The program's icon (in the task bar, the window switcher) comes with the rest.
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
    }

    // A click before anything was painted or built: the window is whole before the click lands, so
    // choosing an answer and Next go to the next page as always.
    void aClickAtOnceReachesAWholeWindow()
    {
        MainWindow window(nullptr, MainWindow::Setup::FirstPageFirst);
        QVERIFY(window.useSandbox(0.5));
        window.show(); // no event handled yet: nothing painted, nothing built after the first page
        QVERIFY(!window.isSetUp());
        ImageWizard *w = window.wizard();
        QRadioButton *first = w->currentPage()->findChildren<QRadioButton *>().value(0);
        QVERIFY(first);
        QTest::mouseClick(first, Qt::LeftButton, {}, QPoint(4, first->height() / 2));
        QVERIFY(window.isSetUp());
        QVERIFY(first->isChecked());
        QAbstractButton *next = w->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ImageWizard::SourcePageId));
        QVERIFY(w->currentPage()->findChild<QLineEdit *>()); // its fields are there
        QVERIFY(window.session());
    }

    // A click at once into the Jobs dock, still empty: the list is built and takes the dock's place.
    void aClickAtOnceIntoTheEmptyDockIsHarmless()
    {
        MainWindow window(nullptr, MainWindow::Setup::FirstPageFirst);
        QVERIFY(window.useSandbox(0.5));
        window.show();
        QWidget *standIn = window.jobsDock()->widget();
        QVERIFY(standIn && !window.jobsView());
        QTest::mouseClick(standIn, Qt::LeftButton, {}, QPoint(10, 10));
        QVERIFY(window.isSetUp());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.jobsDock()->widget(), window.jobsView());
        QVERIFY(window.jobsView()->isVisible());
    }

    // Once set up, the window is laid out as one built whole: same dock width, same wizard area.
    void onceSetUpTheLayoutIsTheDefaultOne()
    {
        MainWindow whole;
        QVERIFY(whole.useSandbox(0.5));
        whole.show();
        QVERIFY(QTest::qWaitForWindowExposed(&whole));
        MainWindow firstPageFirst(nullptr, MainWindow::Setup::FirstPageFirst);
        QVERIFY(firstPageFirst.useSandbox(0.5));
        firstPageFirst.show();
        QVERIFY(QTest::qWaitForWindowExposed(&firstPageFirst));
        QTRY_VERIFY(firstPageFirst.isSetUp());
        QTest::qWait(50); // the layout requests the new dock contents posted
        QCOMPARE(firstPageFirst.size(), whole.size());
        QCOMPARE(firstPageFirst.jobsDock()->geometry(), whole.jobsDock()->geometry());
        QCOMPARE(firstPageFirst.wizard()->geometry(), whole.wizard()->geometry());
        QCOMPARE(firstPageFirst.jobsView()->size(), whole.jobsView()->size());
        QCOMPARE(firstPageFirst.windowTitle(), whole.windowTitle());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
