// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "jobs/JobStore.h"
#include "jobs/JobDetailsDialog.h"
#include "jobs/JobFilterModel.h"
#include "jobs/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// JobListModel and JobFilterModel under QAbstractItemModelTester while jobs are added, move on,
// grow sub-jobs, end, are filtered, sorted and removed: the way the dock and the Job Monitor see them.
class TestJobModels : public QObject
{
    Q_OBJECT

    static JobRecord job(const QString &id, JobRecord::State state, const QString &name)
    {
        JobRecord r;
        r.id = r.jobId = id;
        r.imageName = name;
        r.methodId = QStringLiteral("ecs-data");
        r.region = QStringLiteral("cn-north-4");
        r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
        r.state = state;
        r.progress = 0.1;
        return r;
    }

    // A job answer with `count` sub-jobs (one per data disk), as the job query returns it.
    static QJsonObject answerWithSubJobs(const QString &jobId, int count, const QString &state)
    {
        QJsonArray subs;
        for (int i = 0; i < count; ++i)
            subs.append(QJsonObject{{QStringLiteral("status"), state},
                                    {QStringLiteral("job_id"), QStringLiteral("%1-sub%2").arg(jobId).arg(i)},
                                    {QStringLiteral("entities"), QJsonObject{{QStringLiteral("image_id"), QStringLiteral("img-%1").arg(i)},
                                                                            {QStringLiteral("image_name"), QStringLiteral("disk-%1").arg(i)}}}});
        return {{QStringLiteral("status"), state},
                {QStringLiteral("job_id"), jobId},
                {QStringLiteral("entities"), QJsonObject{{QStringLiteral("sub_jobs_result"), subs}}}};
    }

    static void touch(JobRecord &r) { r.updatedAt = r.updatedAt.addMSecs(1); }

private slots:
    // The jobs of a batch are the children of one parent row that counts them; jobs with sub-jobs
    // keep those under them; removing them all removes the batch's row.
    void aBatchIsOneParentRowWithCounts()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.save({job(QStringLiteral("solo"), JobRecord::State::Running, QStringLiteral("solo"))}));
        JobListModel model(&store, nullptr);
        QAbstractItemModelTester listTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QList<JobRecord> members;
        for (int i = 1; i <= 4; ++i) {
            JobRecord r = job(QStringLiteral("web-%1").arg(i), JobRecord::State::Running, QStringLiteral("web-%1").arg(i));
            r.batch = {QStringLiteral("b1"), QStringLiteral("web.csv"), i};
            members.append(r);
        }
        members[1].state = JobRecord::State::Success;
        members[2].state = JobRecord::State::Fail;
        members[3].lastAnswer = answerWithSubJobs(QStringLiteral("web-4"), 2, QStringLiteral("RUNNING"));
        QVERIFY(store.save(members));
        model.syncWithStore();
        QCOMPARE(model.rowCount(), 2); // the lone job and the batch
        const QModelIndex batch = model.index(1, JobListModel::StateColumn);
        QVERIFY(batch.data(JobListModel::IsBatchRole).toBool());
        QCOMPARE(batch.siblingAtColumn(JobListModel::NameColumn).data().toString(), QStringLiteral("Batch web.csv"));
        QCOMPARE(batch.data().toString(), QStringLiteral("4 sent · 2 running · 1 succeeded · 1 failed"));
        QCOMPARE(batch.data(JobListModel::StateRole).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(model.rowCount(batch.siblingAtColumn(0)), 4);
        const QModelIndex web4 = model.indexOf(QStringLiteral("web-4"));
        QCOMPARE(web4.parent(), batch.siblingAtColumn(0));
        QCOMPARE(web4.data().toString(), QStringLiteral("web-4"));
        QCOMPARE(model.rowCount(web4), 2); // its sub-jobs, a level further down
        QCOMPARE(model.recordAt(model.rowOf(QStringLiteral("web-3"))).batch.row, 3);

        // A job ends: the parent's counts follow.
        JobRecord first = store.record(QStringLiteral("web-1"));
        first.state = JobRecord::State::Success;
        touch(first);
        QVERIFY(store.save({first}));
        model.syncWithStore();
        QCOMPARE(batch.data().toString(), QStringLiteral("4 sent · 1 running · 2 succeeded · 1 failed"));
        // The text filter finds a batch by a member's name and shows its children.
        filter.setText(QStringLiteral("web-3"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 4);
        filter.setText(QString());

        QVERIFY(store.remove({QStringLiteral("web-1"), QStringLiteral("web-2")}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QVERIFY(store.remove({QStringLiteral("web-3"), QStringLiteral("web-4")}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("solo")).row(), 0);
    }

    void theModelsHoldTheirContractThroughAJobsLife()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QList<JobRecord> jobs{job(QStringLiteral("a"), JobRecord::State::Running, QStringLiteral("alpha")),
                              job(QStringLiteral("b"), JobRecord::State::Init, QStringLiteral("beta"))};
        QVERIFY(store.save(jobs));

        JobListModel model(&store, nullptr);
        QAbstractItemModelTester listTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(JobListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, JobListModel::NameColumn).data().toString(), QStringLiteral("beta"));

        // Added: a third job, as the CLI would add it.
        QVERIFY(store.save({job(QStringLiteral("c"), JobRecord::State::Running, QStringLiteral("gamma"))}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(filter.index(0, JobListModel::NameColumn).data().toString(), QStringLiteral("gamma"));

        // Updated: progress moves, then two sub-jobs appear, then a third.
        JobRecord a = store.record(QStringLiteral("a"));
        a.progress = 0.5;
        touch(a);
        QVERIFY(store.save({a}));
        model.syncWithStore();
        QCOMPARE(model.recordAt(model.rowOf(QStringLiteral("a"))).progress, 0.5);
        a.lastAnswer = answerWithSubJobs(QStringLiteral("a"), 2, QStringLiteral("RUNNING"));
        touch(a);
        QVERIFY(store.save({a}));
        model.syncWithStore();
        const QModelIndex aIndex = model.index(model.rowOf(QStringLiteral("a")), 0);
        QCOMPARE(model.rowCount(aIndex), 2);
        a.lastAnswer = answerWithSubJobs(QStringLiteral("a"), 3, QStringLiteral("RUNNING"));
        touch(a);
        QVERIFY(store.save({a}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(aIndex), 3);
        // Through the filter the sub-jobs go with their job.
        const QModelIndex aInFilter = filter.mapFromSource(aIndex);
        QVERIFY(aInFilter.isValid());
        QCOMPARE(filter.rowCount(aInFilter), 3);

        // Filtering by state and by text, and back.
        filter.setStateFilter(JobFilterModel::StateFilter::Unfinished);
        QCOMPARE(filter.rowCount(), 3);
        a.state = JobRecord::State::Success;
        a.lastAnswer = answerWithSubJobs(QStringLiteral("a"), 3, QStringLiteral("SUCCESS"));
        touch(a);
        QVERIFY(store.save({a}));
        model.syncWithStore(); // a finished job leaves the "unfinished" view while it is shown
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(JobFilterModel::StateFilter::Succeeded);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);
        filter.setStateFilter(JobFilterModel::StateFilter::All);
        filter.setText(QStringLiteral("gam"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("nothing-matches"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(QString());
        QCOMPARE(filter.rowCount(), 3);
        filter.sort(JobListModel::StateColumn, Qt::AscendingOrder);

        // Sub-jobs can also go (a job answer without them), and jobs are removed, top and middle.
        a.lastAnswer = QJsonObject();
        touch(a);
        QVERIFY(store.save({a}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(model.index(model.rowOf(QStringLiteral("a")), 0)), 0);
        QVERIFY(store.remove({QStringLiteral("a"), QStringLiteral("b")}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 0);
        QVERIFY(store.remove({QStringLiteral("c")}));
        model.syncWithStore();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
    }

    // Support asks for the server's request ids: the details show the create call's and the last poll's,
    // and they survive the job list's file.
    void theDetailsShowTheRequestIds()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        JobRecord r = job(QStringLiteral("j1"), JobRecord::State::Running, QStringLiteral("web"));
        r.requestId = QStringLiteral("0123456789abcdef0123456789abcdef");
        r.lastPollRequestId = QStringLiteral("fedcba9876543210fedcba9876543210");
        QVERIFY(store.save({r}));
        const JobRecord loaded = JobStore(store.path()).record(QStringLiteral("j1"));
        QCOMPARE(loaded.requestId, r.requestId);
        QCOMPARE(loaded.lastPollRequestId, r.lastPollRequestId);
        JobListModel model(&store, nullptr);
        JobDetailsDialog dialog(&model, QStringLiteral("j1"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("jobDetailsSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("Request ID (create)")) && summary->text().contains(r.requestId), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Request ID (last poll)")) && summary->text().contains(r.lastPollRequestId), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestJobModels)
#include "tst_jobmodels.moc"
