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
#include <QTemporaryDir>

using namespace ims;
using namespace ims::test;

class tst_BatchDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

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
        QVERIFY(window.useSandbox(0.5));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        BatchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<BatchDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QLatin1Char(' '))));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("batchPath")); // the first field has the focus
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
};

QTEST_MAIN(tst_BatchDialog)
#include "tst_batchdialog.moc"
