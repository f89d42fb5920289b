// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// View ▸ Activity as a person uses it: opened with its shortcut from the main window in its default
// layout, a create of the wizard and one of the CLI (another process) appearing live, filtered by text
// and by connection, a row copied with Ctrl+C and the rows exported as CSV through the file dialog,
// every key sent to the focus widget.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "activity/ActivityModel.h"
#include "activity/ActivityWindow.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::test;

class TestActivityWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QWidget *focus() { return QApplication::focusWidget(); }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
        QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
    }

    void liveFilteredCopiedAndExported()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(0.5));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.jobsDock()->isVisible());
        QVERIFY(focus());

        // View ▸ Activity by its shortcut: the window opens, the filter box has the keys.
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *activity = window.findChild<ActivityWindow *>();
        QVERIFY(activity);
        QVERIFY(QTest::qWaitForWindowActive(activity));
        QCOMPARE(activity->model()->rowCount(), 0);
        QCOMPARE(unnamedControls(activity), QStringList());

        // A create of the wizard shows at once, with its job.
        const QString jobId = submitThroughWizard(window, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        QVERIFY(!jobId.isEmpty());
        QTRY_COMPARE(activity->model()->rowCount(), 1);
        QCOMPARE(activity->model()->entry(0).jobId, jobId);
        QCOMPARE(activity->model()->entry(0).connection, window.session()->name());
        QCOMPARE(activity->model()->index(0, ActivityModel::Operation).data().toString(), QStringLiteral("CreateImage:ecs-system"));
        QCOMPARE(activity->model()->index(0, ActivityModel::Outcome).data().toString(), QStringLiteral("ok"));

        // One of the CLI, another process, within two seconds.
        const QString exampleFile = m_data.filePath(QStringLiteral("file-data.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/data/examples/file-data.json"), exampleFile));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const SandboxServer::Account account;
        env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("IMS_WIZARD_ENDPOINT"), window.session()->settings().effectiveImsEndpoint().toString());
        env.insert(QStringLiteral("IMS_WIZARD_REGION"), account.region);
        env.insert(QStringLiteral("IMS_WIZARD_PROJECT_ID"), account.projectId);
        env.insert(QStringLiteral("IMS_WIZARD_AK"), account.accessKey);
        env.insert(QStringLiteral("IMS_WIZARD_SK"), account.secretKey);
        env.remove(QStringLiteral("IMS_WIZARD_CONNECTION"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("submit"), QStringLiteral("--auth"), QStringLiteral("aksk"), exampleFile});
        // The sandbox answers in this process: its event loop runs while the CLI waits.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QCOMPARE(cli.exitCode(), 0);
        const QString cliJob = QString::fromLatin1(cli.readAllStandardOutput().trimmed());
        QTRY_COMPARE_WITH_TIMEOUT(activity->model()->rowCount(), 2, 2500);
        QCOMPARE(activity->model()->entry(1).jobId, cliJob);
        const QString cliConnection = activity->model()->entry(1).connection;
        QVERIFY(cliConnection.startsWith(QStringLiteral("127.0.0.1:"))); // the CLI named no saved connection

        // Filter by text: typed into the filter box.
        QTest::keyClicks(focus(), QStringLiteral("file-data"));
        QCOMPARE(activity->table()->model()->rowCount(), 1);
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(focus(), Qt::Key_Backspace);
        QCOMPARE(activity->table()->model()->rowCount(), 2);

        // Filter by connection: Tab to the list, Down picks the first connection (the desktop's).
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("activityConnection"));
        QTest::keyClick(focus(), Qt::Key_Down);
        QCOMPARE(activity->table()->model()->rowCount(), 1);
        QCOMPARE(activity->table()->model()->index(0, ActivityModel::JobId).data().toString(), jobId);
        QTest::keyClick(focus(), Qt::Key_Up);
        QCOMPARE(activity->table()->model()->rowCount(), 2);

        // Copy: into the table, the first row, Ctrl+C.
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus(), static_cast<QWidget *>(activity->table()));
        QTest::keyClick(focus(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(focus(), Qt::Key_Down);
        QTest::keyClick(focus(), Qt::Key_Up);
        QTest::keyClick(focus(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("\tCreateImage:ecs-system\tPOST\t/v2/cloudimages/action\t200\tok\t")) && copied.endsWith(jobId),
                 qPrintable(copied));
        QVERIFY(!copied.contains(QLatin1Char('\n')));

        // Export CSV…: Tab past Copy to it, Space, a file name typed into the dialog, Return.
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("activityCopy"));
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("activityExport"));
        QTest::keyClick(focus(), Qt::Key_Space);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = activity->findChild<QFileDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(focus() && dialog->isAncestorOf(focus()));
        const QString csvPath = m_data.filePath(QStringLiteral("activity.csv"));
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), csvPath);
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,connection,operation,method,path,status,outcome,error_code,request_id,job_id\r"));
        QCOMPARE(lines.size(), 4); // header, two rows, the end of the last line
        QVERIFY(lines.at(1).endsWith(jobId.toLatin1() + '\r'));
        QVERIFY(lines.at(2).endsWith(cliJob.toLatin1() + '\r'));

        // It fits 800×600.
        QVERIFY(activity->minimumSizeHint().width() <= 800 && activity->minimumSizeHint().height() <= 600);
        activity->resize(800, 600);
        QTRY_COMPARE(activity->size(), QSize(800, 600));
        const QRect copyButton(activity->findChild<QWidget *>(QStringLiteral("activityExport"))->mapTo(activity, QPoint(0, 0)),
                               activity->findChild<QWidget *>(QStringLiteral("activityExport"))->size());
        QVERIFY(activity->rect().contains(copyButton));
    }
};

QTEST_MAIN(TestActivityWindow)
#include "tst_activitywindow.moc"
