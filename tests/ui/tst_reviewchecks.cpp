// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "checks/PreSubmitChecks.h"
#include "wizard/ImageWizard.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ims;
using namespace ims::test;

// The review page's pre-submit checks as a person meets them: a ✗ disables Submit and says why,
// a ⚠ makes Submit ask first, every control reached by the keyboard and named.
class TestReviewChecks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QWidget *focus() { return QApplication::focusWidget(); }

    // Loads the request and presses Return (Next is the default button) up to the review page.
    static bool toReview(MainWindow &window, const QString &methodId, const QJsonObject &fields)
    {
        ImageWizard *w = window.wizard();
        w->restart();
        w->loadRequest(methodId, fields);
        for (int guard = 0; guard < 8 && w->currentId() != ImageWizard::ReviewPageId; ++guard) {
            if (!nextButton(w)->isEnabled() || !focus())
                return false;
            QTest::keyClick(focus(), Qt::Key_Return);
        }
        return w->currentId() == ImageWizard::ReviewPageId;
    }

    static QJsonObject fileData(const QString &name, const QString &url, int minDisk)
    {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("image_url"), url},
                {QStringLiteral("min_disk"), minDisk},
                {QStringLiteral("os_type"), QStringLiteral("Linux")}};
    }

    static QStringList rows(QListWidget *list, const QString &verdict)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == verdict)
                out << list->item(i)->text();
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    void aBlockingCheckDisablesSubmitAndSaysWhy()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        // centos76-data.qcow2 holds a 100 GB disk: min_disk 40 cannot hold it.
        QVERIFY(toReview(window, QStringLiteral("file-data"),
                         fileData(QStringLiteral("too-small"), QStringLiteral("ims-image:centos76-data.qcow2"), 40)));
        ReviewPage *page = window.wizard()->reviewPage();
        auto *list = page->findChild<QListWidget *>(QStringLiteral("checksList"));
        auto *submit = page->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("checksStatus"));
        QVERIFY(list && submit && status);
        QTRY_VERIFY_WITH_TIMEOUT(page->checks() && page->checks()->isFinished(), 10000);
        QVERIFY2(rows(list, QStringLiteral("blocking")).join(QLatin1Char('\n')).contains(QStringLiteral("set min_disk to at least 100")),
                 qPrintable(rows(list, QStringLiteral("blocking")).join(QLatin1Char('\n'))));
        QVERIFY(!rows(list, QStringLiteral("pass")).isEmpty());
        QVERIFY(!submit->isEnabled());
        QVERIFY2(status->text().startsWith(QStringLiteral("Submit is disabled")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("at least 100")));
        // Every control of the page is named for a screen reader, the list included.
        QCOMPARE(unnamedControls(page), QStringList());
        QCOMPARE(list->accessibleName(), QStringLiteral("Pre-submit checks"));
        // The list and "Check again" are reached with Tab; Check again runs the checks anew.
        auto *again = page->findChild<QPushButton *>(QStringLiteral("checkAgain"));
        QVERIFY(again);
        bool reachedList = false, reachedAgain = false;
        for (int guard = 0; guard < 30 && !(reachedList && reachedAgain); ++guard) {
            QTest::keyClick(focus(), Qt::Key_Tab);
            reachedList = reachedList || focus() == list;
            reachedAgain = reachedAgain || focus() == again;
        }
        QVERIFY(reachedList && reachedAgain);
        while (focus() != again)
            QTest::keyClick(focus(), Qt::Key_Tab);
        PreSubmitChecks *first = page->checks();
        QTest::keyClick(focus(), Qt::Key_Space);
        QVERIFY(page->checks() != first);
        QTRY_VERIFY_WITH_TIMEOUT(page->checks()->isFinished(), 10000);
        QVERIFY(!submit->isEnabled());
        QVERIFY(page->submittedJobId().isEmpty());
    }

    void aWarningAsksBeforeSubmitting()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        // A private image of the seeded account already has this name: a warning, not a refusal.
        QVERIFY(toReview(window, QStringLiteral("file-data"),
                         fileData(QStringLiteral("ubuntu-golden-1"), QStringLiteral("ims-image:centos76.qcow2"), 40)));
        ReviewPage *page = window.wizard()->reviewPage();
        auto *list = page->findChild<QListWidget *>(QStringLiteral("checksList"));
        auto *submit = page->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->checks() && page->checks()->isFinished(), 10000);
        QVERIFY2(rows(list, QStringLiteral("warning")).join(QLatin1Char('\n')).contains(QStringLiteral("ubuntu-golden-1 already exists")),
                 qPrintable(rows(list, QStringLiteral("warning")).join(QLatin1Char('\n'))));
        QVERIFY(rows(list, QStringLiteral("blocking")).isEmpty());
        QVERIFY(submit->isEnabled());

        // Submit asks, listing the warning; Escape (Cancel is the default) sends nothing.
        submit->setFocus(Qt::TabFocusReason);
        QCOMPARE(focus(), submit);
        QString asked;
        whenDialogShows([&asked](QMessageBox *box) {
            asked = box->informativeText();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 5000);
        QVERIFY2(asked.contains(QStringLiteral("ubuntu-golden-1 already exists")), qPrintable(asked));
        QTest::qWait(300);
        QVERIFY(page->submittedJobId().isEmpty());

        // Asked again, "Submit anyway" (Alt+S) sends it.
        bool answered = false;
        whenDialogShows([&answered](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("checkWarningsDialog"));
            answered = true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        });
        window.activateWindow(); // back from the dialog, as a person's click on the window does
        QVERIFY(QTest::qWaitForWindowActive(&window));
        submit->setFocus(Qt::TabFocusReason);
        QCOMPARE(focus(), submit);
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->submittedJobId().isEmpty(), 10000);
    }

    void submitPressedWhileCheckingWaitsForTheChecks()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        QVERIFY(toReview(window, QStringLiteral("file-data"),
                         fileData(QStringLiteral("too-small-again"), QStringLiteral("ims-image:centos76-data.qcow2"), 40)));
        ReviewPage *page = window.wizard()->reviewPage();
        auto *submit = page->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
        QVERIFY(page->checks() && !page->checks()->isFinished());
        // Pressed before the checks answered: nothing is sent past the ✗ that comes.
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->checks()->isFinished(), 10000);
        QTest::qWait(300);
        QVERIFY(page->submittedJobId().isEmpty());
        QVERIFY(!submit->isEnabled());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("submitStatus"))->text(), QStringLiteral("Not sent: a check blocks it."));
    }
};

QTEST_MAIN(TestReviewChecks)
#include "tst_reviewchecks.moc"
