// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "jobs/JobFilterModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "profiles/ConnectionStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "jobs/JobNotifier.h"
#include "jobs/JobStore.h"
#include "jobs/JobsView.h"
#include "wizard/RequestDraft.h"

#include <QApplication>
#include <QWindow>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ims;
using namespace ims::test;

// The job monitor as a user sees it: the dock and the window over real jobs of the sandbox.
class TestJobMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QModelIndex shownRow(JobsView *view, JobListModel *model, const QString &id, int column = 0)
    {
        return view->filter()->mapFromSource(model->index(model->rowOf(id), column));
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); // English as shipped: its plurals
    }

    void aJobAppearsItsProgressMovesAndItsSubJobsExpand()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(6));
        window.show();
        JobListModel *model = window.jobModel();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        const QString jobId = submitThroughWizard(window, QStringLiteral("ecs-data"), example(QStringLiteral("ecs-data")));
        QVERIFY(!jobId.isEmpty());

        JobsView *dock = window.jobsView();
        QTRY_VERIFY(shownRow(dock, model, jobId).isValid());
        QCOMPARE(shownRow(dock, model, jobId).data().toString(), QStringLiteral("db-data-1"));
        // While it runs: a progress that moves, and the window title counts it.
        QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).state == JobRecord::State::Running, 5000);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("1 job running")), qPrintable(window.windowTitle()));
        const double early = model->recordAt(model->rowOf(jobId)).progress;
        QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).progress > early, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).state, JobRecord::State::Success, 15000);
        QCOMPARE(shownRow(dock, model, jobId, JobListModel::ProgressColumn).data().toString(), QStringLiteral("100 %"));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("running")));

        // Two data disks: two sub-jobs under the job, each with its image id.
        const QModelIndex job = shownRow(dock, model, jobId);
        QTRY_COMPARE(dock->filter()->rowCount(job), 2);
        const QModelIndex second = dock->filter()->index(1, JobListModel::NameColumn, job);
        QCOMPARE(second.data().toString(), QStringLiteral("db-logs-1"));
        const QString subImage = second.siblingAtColumn(JobListModel::ImagesColumn).data().toString();
        QVERIFY(!subImage.isEmpty());
        QVERIFY(model->recordAt(model->rowOf(jobId)).imageIds.contains(subImage));
        QCOMPARE(second.siblingAtColumn(JobListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));

        // Copy the image id of the sub-job row as a user would: select it, press the shortcut.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        dock->tree()->scrollTo(second);
        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, dock->tree()->visualRect(second).center());
        QCOMPARE(QApplication::focusWidget(), dock->tree());
        QCOMPARE(dock->tree()->currentIndex().row(), second.row());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), subImage);
        // The user was told, and polling never reset the view.
        QCOMPARE(window.notifier()->lastTitle(), QStringLiteral("Image ready"));
        QVERIFY(window.notifier()->lastMessage().contains(QStringLiteral("db-data-1")));
        QCOMPARE(resets.count(), 0);
    }

    void aFailedJobShowsItsReasonAndIsClonedIntoTheWizard()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(0.5));
        window.show();
        QJsonObject fields = example(QStringLiteral("file-system"));
        fields.insert(QStringLiteral("name"), QStringLiteral("web-sandbox-fail"));
        const QString jobId = submitThroughWizard(window, QStringLiteral("file-system"), fields);
        QVERIFY(!jobId.isEmpty());
        JobListModel *model = window.jobModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).state, JobRecord::State::Fail, 10000);
        // No "100 %" bar for a job that made nothing.
        QCOMPARE(shownRow(window.jobsView(), model, jobId, JobListModel::ProgressColumn).data().toString(), QString());
        QCOMPARE(window.notifier()->lastTitle(), QStringLiteral("Image creation failed"));
        QVERIFY(window.notifier()->lastMessage().contains(QStringLiteral("incorrect format")));

        // Enter on the row opens the details: the server's reason, its code and what to do about it.
        JobsView *dock = window.jobsView();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QModelIndex row = shownRow(dock, model, jobId);
        dock->tree()->scrollTo(row);
        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, dock->tree()->visualRect(row).center());
        QCOMPARE(QApplication::focusWidget(), dock->tree());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QDialog *details = nullptr;
        QTRY_VERIFY((details = window.findChild<QDialog *>(QStringLiteral("jobDetailsDialog"))) != nullptr);
        QVERIFY(details->isVisible());
        const QString problem = details->findChild<QLabel *>(QStringLiteral("jobDetailsProblem"))->text();
        QVERIFY2(problem.contains(QStringLiteral("incorrect format")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("IMG.0057")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Check that the file exists in the bucket")), qPrintable(problem)); // the table's advice
        const QString request = details->findChild<QPlainTextEdit *>(QStringLiteral("jobDetailsRequest"))->toPlainText();
        QVERIFY(request.startsWith(QStringLiteral("POST ")) && request.contains(QStringLiteral("web-sandbox-fail")));
        const QString answer = details->findChild<QPlainTextEdit *>(QStringLiteral("jobDetailsAnswer"))->toPlainText();
        QVERIFY(answer.contains(QStringLiteral("\"status\": \"FAIL\"")));

        // Every control of the dock, the window and the details is named for a screen reader.
        window.showJobMonitorWindow();
        for (QWidget *w : {static_cast<QWidget *>(window.jobsView()), window.jobMonitorWindow(), static_cast<QWidget *>(details)})
            QVERIFY2(unnamedControls(w).isEmpty(), qPrintable(unnamedControls(w).join(QStringLiteral(", "))));

        // Clone into wizard: the same request, ready to fix and submit again.
        window.wizard()->restart();
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("jobDetailsClone")), Qt::LeftButton);
        QCOMPARE(window.wizard()->draft()->methodId(), QStringLiteral("file-system"));
        QCOMPARE(window.wizard()->draft()->fields().value(QStringLiteral("name")).toString(), QStringLiteral("web-sandbox-fail"));
        QCOMPARE(window.wizard()->draft()->fields().value(QStringLiteral("image_url")), fields.value(QStringLiteral("image_url")));
        QTRY_VERIFY(!details->isVisible());

        // Details left open while the connection changes: the job list is the same one, so they stay,
        // and the job still belongs to the sandbox's connection.
        QPointer<QWidget> open = window.showJobDetails(jobId);
        QVERIFY(open && open->isVisible());
        ConnectionSettings other = window.session()->settings();
        other.name = QStringLiteral("another connection");
        QVERIFY(window.useConnection(other, {QStringLiteral("sandbox-password"), {}, {}, {}}));
        QTest::qWait(100);
        QVERIFY(open && open->isVisible());
        QCOMPARE(window.monitor()->record(jobId).connection, ConnectionStore::sandboxName());
    }

    // As a user switches: a job on the built-in sandbox, then another cloud (a second sandbox), then
    // back. The first job is followed at its own sandbox only, the second cloud's create carries its own
    // token, and back on the sandbox the same session and its jobs are there.
    void switchingConnectionsKeepsEachJobWithItsConnection()
    {
        SandboxServer::Options fast;
        fast.jobSeconds = 1;
        SandboxServer other(fast);
        QVERIFY(other.start());
        MainWindow window;
        QVERIFY(window.useSandbox(3));
        window.show();
        Session *sandboxSession = window.session();
        const QString first = submitThroughWizard(window, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        QVERIFY(!first.isEmpty());

        ConnectionSettings b = other.connectionSettings();
        b.name = QStringLiteral("second cloud");
        QVERIFY(window.useConnection(b, other.credentials()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("second cloud")));
        const QString second = submitThroughWizard(window, QStringLiteral("file-system"), example(QStringLiteral("file-system")));
        QVERIFY(!second.isEmpty());
        QCOMPARE(other.createCount(), 1);
        QCOMPARE(window.monitor()->record(second).connection, QStringLiteral("second cloud"));

        JobListModel *model = window.jobModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(first)).state, JobRecord::State::Success, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(second)).state, JobRecord::State::Success, 20000);
        for (const auto &r : other.received())
            QVERIFY2(!r.path.contains(first), qPrintable(r.path)); // the sandbox's job was never asked about elsewhere

        QVERIFY(window.useSandbox());
        QCOMPARE(window.session(), sandboxSession); // the same session: its jobs of this run are still there
        QVERIFY(model->rowOf(first) >= 0);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("IMS Wizard — Sandbox")));
        QVERIFY(window.monitor()->remove({second})); // the next test starts from a list without it
    }

    void filtersByStateAndTextAndRemovingFinishedJobsKeepsPollingTheOthers()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(2));
        window.show();
        QJsonObject failing = example(QStringLiteral("ecs-system"));
        failing.insert(QStringLiteral("name"), QStringLiteral("alpha-sandbox-fail"));
        QJsonObject good = example(QStringLiteral("ecs-system"));
        good.insert(QStringLiteral("name"), QStringLiteral("beta-good"));
        const QString failed = submitThroughWizard(window, QStringLiteral("ecs-system"), failing);
        const QString succeeded = submitThroughWizard(window, QStringLiteral("ecs-system"), good);
        JobListModel *model = window.jobModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(model->rowOf(failed)).isFinished() && model->recordAt(model->rowOf(succeeded)).isFinished(), 10000);

        window.showJobMonitorWindow();
        JobsView *view = window.jobMonitorView();
        QCOMPARE(view->filter()->rowCount(), 2);
        view->stateCombo()->setCurrentIndex(view->stateCombo()->findText(QStringLiteral("Failed")));
        QCOMPARE(view->filter()->rowCount(), 1);
        QCOMPARE(view->filter()->index(0, 0).data().toString(), QStringLiteral("alpha-sandbox-fail"));
        view->stateCombo()->setCurrentIndex(0);
        QVERIFY(QTest::qWaitForWindowExposed(view->window()));
        view->window()->windowHandle()->requestActivate();
        QTRY_VERIFY(view->window()->isActiveWindow()); // a window of its own, over the main one
        QTest::mouseClick(view->filterEdit(), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), view->filterEdit());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("BETA"));
        QCOMPARE(view->filter()->rowCount(), 1);
        QCOMPARE(view->filter()->index(0, 0).data(JobListModel::RecordIdRole).toString(), succeeded);
        view->filterEdit()->clear();
        // The dock's own filter is untouched by the window's.
        QCOMPARE(window.jobsView()->filter()->rowCount(), 2);

        // A long job starts, then both finished ones are removed: the long one still reaches its end.
        QJsonObject slow = example(QStringLiteral("quick-system"));
        slow.insert(QStringLiteral("name"), QStringLiteral("gamma-slow"));
        const QString running = submitThroughWizard(window, QStringLiteral("quick-system"), slow);
        QVERIFY(!running.isEmpty());
        QVERIFY(!model->recordAt(model->rowOf(running)).isFinished());
        view->tree()->setFocus();
        view->tree()->selectAll();
        QVERIFY(view->removeAction()->isEnabled());
        view->removeAction()->trigger(); // Delete: finished jobs only
        QCOMPARE(model->rowOf(failed), -1);
        QCOMPARE(model->rowOf(succeeded), -1);
        QVERIFY(model->rowOf(running) >= 0);
        QVERIFY(window.monitor()->record(failed).id.isEmpty()); // gone from the store too
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(running)).state, JobRecord::State::Success, 10000);
    }

    void jobsTheCliAddsAppearAndOldFinishedJobsArePruned()
    {
        QTemporaryDir dir;
        qputenv("IMS_WIZARD_DATA_DIR", dir.path().toUtf8());
        // An old finished job and a recent one, as an earlier session left them.
        {
            JobStore earlier(JobStore::defaultPath());
            JobRecord old;
            old.id = old.jobId = QStringLiteral("old-job");
            old.methodId = QStringLiteral("ecs-system");
            old.imageName = QStringLiteral("last-year");
            old.state = JobRecord::State::Success;
            old.submittedAt = QDateTime::currentDateTimeUtc().addDays(-400);
            old.finishedAt = old.submittedAt.addSecs(600);
            JobRecord recent = old;
            recent.id = recent.jobId = QStringLiteral("recent-job");
            recent.imageName = QStringLiteral("yesterday");
            recent.submittedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            recent.finishedAt = recent.submittedAt.addSecs(600);
            QVERIFY(earlier.save({old, recent}));
        }
        MainWindow window; // not on the sandbox: the real job list of this data folder
        window.setJobRetentionDays(30);
        JobListModel *model = window.jobModel();
        QCOMPARE(model->rowOf(QStringLiteral("old-job")), -1); // past 30 days: pruned at start
        QVERIFY(model->rowOf(QStringLiteral("recent-job")) >= 0);
        QVERIFY(!JobStore(JobStore::defaultPath()).contains(QStringLiteral("old-job")));

        // Another process (the CLI) records a job: it shows up without a restart.
        JobStore cli(JobStore::defaultPath());
        JobRecord fromCli;
        fromCli.id = fromCli.jobId = QStringLiteral("from-cli");
        fromCli.methodId = QStringLiteral("file-data");
        fromCli.imageName = QStringLiteral("cli-made");
        fromCli.state = JobRecord::State::Fail;
        fromCli.failReason = QStringLiteral("bucket not found");
        fromCli.submittedAt = fromCli.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cli.save({fromCli}));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("from-cli")) >= 0, 6000);
        QCOMPARE(model->recordAt(model->rowOf(QStringLiteral("from-cli"))).failReason, QStringLiteral("bucket not found"));
        // And one it removes disappears.
        QVERIFY(cli.remove({QStringLiteral("recent-job")}));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(QStringLiteral("recent-job")), -1, 6000);
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    void aDamagedJobListIsReportedAndKeptAside()
    {
        // Issue 11: reported in the desktop program as in the CLI, never shown as an empty list.
        QTemporaryDir dir;
        qputenv("IMS_WIZARD_DATA_DIR", dir.path().toUtf8());
        const QString path = JobStore::defaultPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("not a job list, but what a bad disk left ").repeated(100);
        f.write(garbage);
        f.close();
        {
            MainWindow window;
            window.show();
            QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("jobStoreErrorBox"));
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            QVERIFY2(box->text().contains(QStringLiteral("damaged")) && box->text().contains(path + QStringLiteral(".damaged")), qPrintable(box->text()));
            QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("damaged")));
            QFile kept(path + QStringLiteral(".damaged"));
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), garbage);
            // Not modal: the window goes on working, and OK closes it.
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("jobStoreErrorBox")));
        }
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    void aJobListThatCannotBeWrittenIsSaidAndWrittenLater()
    {
        // Issue 11: a failed save tells the user and is not silently dropped.
        MainWindow window;
        QVERIFY(window.useSandbox(2));
        window.show();
        // Another program holds the list's write lock, as an sqlite3 shell in a transaction would.
        const QString path = JobStore::defaultPath(); // sandbox jobs join the one list
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));

        const QString jobId = submitThroughWizard(window, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        QVERIFY(!jobId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Cannot write the job list")), 5000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("kept and saved again")), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.jobModel()->rowOf(jobId) >= 0); // still shown and followed
        QVERIFY(!JobStore(path).contains(jobId));

        // The activity log, kept in the same file, says its own "recorded again" beside it: any
        // message the status bar showed after the lock went counts.
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        const auto savedAgainShown = [&messages] {
            for (const auto &m : std::as_const(messages))
                if (const QString text = m.at(0).toString(); text.contains(QStringLiteral("saved again")) && !text.contains(QStringLiteral("Cannot")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(savedAgainShown(), 10000);
        QVERIFY(JobStore(path).contains(jobId));
        QTRY_COMPARE_WITH_TIMEOUT(JobStore(path).record(jobId).state, JobRecord::State::Success, 15000);
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void pruningKeepsUnfinishedJobsAndCapsTheFinishedOnes()
    {
        QList<JobRecord> records;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10; ++i) {
            JobRecord r;
            r.id = QStringLiteral("j%1").arg(i);
            r.submittedAt = now.addDays(-100 + i);
            r.state = i % 3 == 0 ? JobRecord::State::Running : JobRecord::State::Success;
            if (r.isFinished())
                r.finishedAt = r.submittedAt.addSecs(60);
            records.append(r);
        }
        // Six finished (j1 j2 j4 j5 j7 j8); keep 4: the two that ended first go.
        QCOMPARE(JobStore::pruneCandidates(records, {}, 4), (QStringList{QStringLiteral("j1"), QStringLiteral("j2")}));
        // By age: those that ended more than 95 days ago (j1, j2, j4); running j0 and j3 stay.
        QCOMPARE(JobStore::pruneCandidates(records, now.addDays(-95), -1), (QStringList{QStringLiteral("j1"), QStringLiteral("j2"), QStringLiteral("j4")}));
        QVERIFY(JobStore::pruneCandidates(records, {}, -1).isEmpty());
    }

    void aThousandJobsChangeInPlace()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QList<JobRecord> records;
        for (int i = 0; i < 1000; ++i) {
            JobRecord r;
            r.id = r.jobId = QStringLiteral("job-%1").arg(i, 4, 10, QLatin1Char('0'));
            r.imageName = QStringLiteral("image-%1").arg(i);
            r.methodId = QStringLiteral("ecs-system");
            r.submittedAt = QDateTime::currentDateTimeUtc();
            r.state = JobRecord::State::Running;
            r.progress = 0.1;
            records.append(r);
        }
        QVERIFY(store.save(records));
        JobListModel model(&store, nullptr);
        JobsView view(QStringLiteral("bench"), false);
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QCOMPARE(view.filter()->rowCount(), 1000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        // Every job moves on, as a round of polls would report.
        for (auto &r : records) {
            r.progress = 0.5;
            r.updatedAt = QDateTime::currentDateTimeUtc();
        }
        QVERIFY(store.save(records));
        model.syncWithStore();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1000); // one row each, in place
        QCOMPARE(view.filter()->rowCount(), 1000);
        QCOMPARE(model.recordAt(999).progress, 0.5);
    }
};

QTEST_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
