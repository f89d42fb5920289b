#include "jobs/JobStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// The shared job list: what the desktop program and the CLI both read and write.
class TestJobStore : public QObject
{
    Q_OBJECT

    static JobRecord job(const QString &id, JobRecord::State state = JobRecord::State::Init)
    {
        JobRecord r;
        r.id = r.jobId = id;
        r.methodId = QStringLiteral("ecs-system");
        r.imageName = QStringLiteral("image-") + id;
        r.endpoint = QStringLiteral("http://127.0.0.1:1");
        r.state = state;
        r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
        r.fields = QJsonObject{{QStringLiteral("name"), r.imageName}};
        return r;
    }

private slots:
    void savedJobsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        {
            JobStore store(path);
            QVERIFY(store.save({job(QStringLiteral("a")), job(QStringLiteral("b"), JobRecord::State::Success)}));
        }
        JobStore again(path);
        QCOMPARE(again.records().size(), 2);
        QCOMPARE(again.records().at(0).id, QStringLiteral("a"));
        QCOMPARE(again.record(QStringLiteral("b")).state, JobRecord::State::Success);
        QCOMPARE(again.record(QStringLiteral("a")).fields.value(QStringLiteral("name")).toString(), QStringLiteral("image-a"));
    }

    void twoProcessesAddingJobsLoseNone()
    {
        // The desktop program and the CLI each hold a store on the same file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        JobStore desktop(path);
        JobStore cli(path);
        QVERIFY(desktop.save({job(QStringLiteral("from-desktop"))}));
        QVERIFY(cli.save({job(QStringLiteral("from-cli"))}));
        JobRecord updated = job(QStringLiteral("from-desktop"), JobRecord::State::Running);
        updated.progress = 0.5;
        QVERIFY(desktop.save({updated}));
        JobStore reader(path);
        QCOMPARE(reader.records().size(), 2);
        QVERIFY(reader.contains(QStringLiteral("from-cli")));
        QCOMPARE(reader.record(QStringLiteral("from-desktop")).progress, 0.5);
    }

    void removingOneJobKeepsTheOthers()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.json")));
        QVERIFY(store.save({job(QStringLiteral("a")), job(QStringLiteral("b")), job(QStringLiteral("c"))}));
        QVERIFY(store.remove({QStringLiteral("b")}));
        QCOMPARE(store.records().size(), 2);
        QVERIFY(!JobStore(store.path()).contains(QStringLiteral("b")));
    }

    void aDamagedFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"jobs\": [ {\"id\": \"a\"");
        f.close();
        JobStore store(path);
        QString error;
        QVERIFY(!store.reload(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(QFile(path).size(), qint64(21));
    }

    void aLineCutShortByACrashIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        {
            JobStore store(path);
            QVERIFY(store.save({job(QStringLiteral("a")), job(QStringLiteral("b"))}));
        }
        QFile journal(path + QStringLiteral(".journal"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("{\"id\": \"c\", \"state\": \"RUN"); // the process died mid-write
        journal.close();
        JobStore store(path);
        QCOMPARE(store.records().size(), 2);
        QVERIFY(store.save({job(QStringLiteral("d"))}));
        JobStore after(path);
        QCOMPARE(after.records().size(), 3); // a, b and d; the torn c never was
        QVERIFY(after.contains(QStringLiteral("d")));
        QVERIFY(!after.contains(QStringLiteral("c")));
    }

    void theJournalIsFoldedIntoTheSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        JobStore store(path);
        store.setJournalLimit(4096);
        for (int i = 0; i < 200; ++i) {
            JobRecord r = job(QStringLiteral("j%1").arg(i % 20)); // 20 jobs, each updated 10 times
            r.progress = i / 200.0;
            QVERIFY(store.save({r}));
        }
        QVERIFY(QFileInfo(path + QStringLiteral(".journal")).size() <= 4096 + 2048);
        QVERIFY(QFileInfo::exists(path));
        JobStore reader(path);
        QCOMPARE(reader.records().size(), 20);
        QCOMPARE(reader.record(QStringLiteral("j19")).progress, 199 / 200.0);
        QVERIFY(reader.compact());
        QCOMPARE(QFileInfo(path + QStringLiteral(".journal")).size(), qint64(0));
        QCOMPARE(JobStore(path).records().size(), 20);
    }

    void onlyAnotherProcessesWritesCountAsAChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        JobStore desktop(path);
        QVERIFY(desktop.save({job(QStringLiteral("mine"))}));
        QVERIFY(!desktop.changedOnDisk()); // its own write: nothing to read again
        JobStore cli(path);
        QVERIFY(cli.save({job(QStringLiteral("from-cli"))}));
        QVERIFY(desktop.changedOnDisk());
        // Writing on top of the other's change must not hide it.
        QVERIFY(desktop.save({job(QStringLiteral("mine-2"))}));
        QVERIFY(desktop.changedOnDisk());
        QVERIFY(desktop.reload());
        QVERIFY(!desktop.changedOnDisk());
        QVERIFY(desktop.contains(QStringLiteral("from-cli")));
        QVERIFY(cli.changedOnDisk());
    }

    void recordRoundTripKeepsEveryField()
    {
        JobRecord r = job(QStringLiteral("x"), JobRecord::State::Fail);
        r.failReason = QStringLiteral("The image file is empty");
        r.errorCode = QStringLiteral("IMG.0057");
        r.imageIds = {QStringLiteral("i1"), QStringLiteral("i2")};
        r.progress = 0.25;
        r.finishedAt = QDateTime::currentDateTimeUtc();
        const JobRecord back = JobRecord::fromJson(r.toJson());
        QCOMPARE(back.state, JobRecord::State::Fail);
        QCOMPARE(back.failReason, r.failReason);
        QCOMPARE(back.errorCode, r.errorCode);
        QCOMPARE(back.imageIds, r.imageIds);
        QCOMPARE(back.progress, 0.25);
        QCOMPARE(back.finishedAt.toMSecsSinceEpoch(), r.finishedAt.toMSecsSinceEpoch());
        QCOMPARE(JobRecord::stateFromName(QStringLiteral("OUTCOME_UNKNOWN")), JobRecord::State::OutcomeUnknown);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
