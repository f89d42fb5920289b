// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// File ▸ Batch… used from the keyboard against the sandbox, as a person does: Ctrl+Shift+B, type the
// CSV's path, Return; the table shows each row's verdict; Alt+S sends the ready rows, and the job
// monitor shows them under one parent row with its counts.
#include "UiTestSupport.h"

#include "batch/BatchDialog.h"
#include "batch/BatchTableModel.h"
#include "jobs/JobFilterModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QStandardPaths>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace ims;
using namespace ims::test;

class tst_BatchDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // The main window on the sandbox, then Ctrl+Shift+B: the batch dialog, the keyboard in its first
    // field (the path). Null if any step fails.
    static BatchDialog *openBatchDialog(MainWindow &window)
    {
        if (!window.useSandbox(0.5))
            return nullptr;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }))
            return nullptr;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        BatchDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<BatchDialog *>()) && dialog->isVisible(); })
            || !QTest::qWaitForWindowActive(dialog))
            return nullptr;
        const bool pathHasFocus = QTest::qWaitFor(
            [] { return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String("batchPath"); });
        return pathHasFocus ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    void aCsvIsCheckedShownAndSentAsOneBatch()
    {
        const QString csv = m_data.filePath(QStringLiteral("servers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("method,name,image_url,min_disk,os_type\r\n"
                "file-data,disk-{row},ims-image:centos76.qcow2,40,Linux\r\n"
                "file-data,disk-{row},ims-image:centos76.qcow2,39,Linux\r\n"
                "file-data,disk-{row},ims-image:centos76.qcow2,50,Linux\r\n"
                "file-data,sandbox-fail-{row},ims-image:centos76.qcow2,60,Linux\r\n");
        f.close();

        MainWindow window;
        BatchDialog *dialog = openBatchDialog(window);
        QVERIFY(dialog);
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QLatin1Char(' '))));
        QTest::keyClicks(QApplication::focusWidget(), csv);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QTableView *table = dialog->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
        QTRY_COMPARE(table->model()->rowCount(), 4);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("batchStatus"));
        QTRY_VERIFY2(status->text() == QStringLiteral("4 rows: 3 ready, 1 not valid."), qPrintable(status->text() + QLatin1Char(' ') + cell(0, BatchTableModel::SentenceColumn)));
        QCOMPARE(cell(0, BatchTableModel::VerdictColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(0, BatchTableModel::NameColumn), QStringLiteral("disk-1"));
        QCOMPARE(cell(1, BatchTableModel::VerdictColumn), QStringLiteral("Not valid"));
        QVERIFY2(cell(1, BatchTableModel::SentenceColumn).startsWith(QStringLiteral("min_disk: must be")), qPrintable(cell(1, 4)));
        auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitBatch"));
        QCOMPARE(submit->text(), QStringLiteral("&Submit 3 ready"));
        QVERIFY(submit->isEnabled());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner() && dialog->runner()->wasSent() && !dialog->runner()->isSending(), 10000);
        QCOMPARE(cell(1, BatchTableModel::VerdictColumn), QStringLiteral("Not valid")); // never sent

        // The job monitor: one parent row for the batch, its three jobs under it, counts that follow.
        auto *model = qobject_cast<JobListModel *>(window.jobsView()->filter()->sourceModel());
        QVERIFY(model);
        QModelIndex batchRow;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(JobListModel::IsBatchRole).toBool())
                batchRow = model->index(r, 0);
        QVERIFY(batchRow.isValid());
        QCOMPARE(batchRow.data().toString(), QStringLiteral("Batch servers.csv"));
        QCOMPARE(model->rowCount(batchRow), 3);
        QTRY_COMPARE_WITH_TIMEOUT(batchRow.siblingAtColumn(JobListModel::StateColumn).data().toString(),
                                  QStringLiteral("3 sent · 0 running · 2 succeeded · 1 failed"), 20000);
        QTRY_COMPARE(cell(3, BatchTableModel::VerdictColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(0, BatchTableModel::VerdictColumn), QStringLiteral("Succeeded"));
        QVERIFY(window.jobsDock()->isVisible());

        // Loading the same CSV again resumes it: nothing is sent twice.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier); // Alt+B: the path field
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("batchPath"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(status->text(), QStringLiteral("4 rows: 0 ready, 1 not valid. 3 rows were sent before and are not sent again."));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(cell(0, BatchTableModel::VerdictColumn), QStringLiteral("Succeeded (sent before)"));
    }

    // A CSV on a slow disk (here a pipe whose writer waits 2 s) is read on a worker thread: Return
    // comes straight back, the dialog says it is reading with a busy bar, and the rows follow.
    void aSlowFileIsReadWithoutFreezingTheWindow()
    {
        const QString pipe = m_data.filePath(QStringLiteral("slow.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        // The writer waits 2 s, then writes as soon as a reader has the pipe open (tried for 20 s,
        // so that the test ends even if the dialog never reads it).
        struct SlowDisk
        {
            std::thread writer;
            ~SlowDisk()
            {
                if (writer.joinable())
                    writer.join();
            }
        } slowDisk;
        slowDisk.writer = std::thread([path = QFile::encodeName(pipe)] {
            std::this_thread::sleep_for(std::chrono::milliseconds(2000));
            const QByteArray csv = "method,name,image_url,min_disk,os_type\n"
                                   "file-data,slow-{row},ims-image:centos76.qcow2,40,Linux\n"
                                   "file-data,slow-{row},ims-image:centos76.qcow2,40,Linux\n";
            for (int tries = 0; tries < 200; ++tries) {
                const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK); // ENXIO while no reader
                if (fd >= 0) {
                    const bool written = ::write(fd, csv.constData(), size_t(csv.size())) == csv.size();
                    ::close(fd);
                    if (written)
                        return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });

        MainWindow window;
        BatchDialog *dialog = openBatchDialog(window);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), pipe);
        QElapsedTimer returnTook;
        returnTook.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const qint64 took = returnTook.elapsed();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("batchStatus"));
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("batchProgress"));
        const QString whileReading = status->text();
        const bool busyWhileReading = progress->isVisible() && progress->maximum() == 0;
        // 300 ms of the window's own event loop later, the file is still being read (the writer waits 2 s):
        // Return came back at once rather than when the file was there.
        QTest::qWait(300);
        const bool stillReading = dialog->isReading();
        slowDisk.writer.join();
        QVERIFY2(took < 1000, qPrintable(QStringLiteral("Return took %1 ms").arg(took)));
        QCOMPARE(whileReading, QStringLiteral("Reading slow.csv…"));
        QVERIFY(busyWhileReading);
        QVERIFY(stillReading);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("2 rows: 2 ready, 0 not valid."), 10000);
        QCOMPARE(dialog->table()->model()->index(1, BatchTableModel::NameColumn).data().toString(), QStringLiteral("slow-2"));
        QVERIFY(!progress->isVisible());
    }
};

QTEST_MAIN(tst_BatchDialog)
#include "tst_batchdialog.moc"
