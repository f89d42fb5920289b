// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/ImsClient.h"
#include "cloud/UtcTimeText.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
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
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
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
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.save({job(QStringLiteral("a")), job(QStringLiteral("b")), job(QStringLiteral("c"))}));
        QVERIFY(store.remove({QStringLiteral("b")}));
        QCOMPARE(store.records().size(), 2);
        QVERIFY(!JobStore(store.path()).contains(QStringLiteral("b")));
    }

    void aDamagedListIsReportedAndKeptAsideNeverEmptied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("{\"jobs\": [ {\"id\": \"a\"").repeated(200);
        f.write(garbage);
        f.close();
        JobStore store(path);
        QVERIFY2(store.openError().contains(QStringLiteral("damaged")), qPrintable(store.openError()));
        QVERIFY2(store.openError().contains(QStringLiteral("jobs.sqlite.damaged")), qPrintable(store.openError()));
        // Kept as it was, for recovery.
        QFile kept(path + QStringLiteral(".damaged"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        // A new list works, and the next program to open it finds nothing to report.
        QVERIFY(store.save({job(QStringLiteral("after"))}));
        JobStore again(path);
        QVERIFY(again.openError().isEmpty());
        QVERIFY(again.contains(QStringLiteral("after")));
    }

    void aListDamagedInsideIsFoundWhenRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore store(path);
            QList<JobRecord> many;
            for (int i = 0; i < 300; ++i)
                many.append(job(QStringLiteral("j%1").arg(i)));
            QVERIFY(store.save(many));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // closed: all is in the file
        // Every page but the first (the header and the schema) overwritten, as a bad disk might.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 16 * 4096);
        QVERIFY(f.seek(4096));
        f.write(QByteArray(int(f.size()) - 4096, '\x5a'));
        f.close();
        JobStore store(path);
        QVERIFY2(store.openError().contains(QStringLiteral("damaged")), qPrintable(store.openError()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".damaged")));
        QVERIFY(store.records().isEmpty());
    }

    void anUnreadableListIsReportedAndLeftAlone()
    {
        // A folder where the list should be: it cannot be opened (also as root, unlike a chmod).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        JobStore store(path);
        QVERIFY2(store.openError().contains(QStringLiteral("Cannot open the job list")), qPrintable(store.openError()));
        QString error;
        QVERIFY(!store.reload(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.save({job(QStringLiteral("x"))}, &error));
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir()); // untouched
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".damaged")));
    }

    void theOldJsonListIsImportedOnceAndKeptAside()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("jobs.json"));
        // As the older programs left it: a snapshot with two jobs, a journal that updates one,
        // adds one, removes one, and ends in a line a crash cut short.
        QJsonArray jobs{job(QStringLiteral("a")).toJson(), job(QStringLiteral("b")).toJson()};
        QFile snapshot(old);
        QVERIFY(snapshot.open(QIODevice::WriteOnly));
        snapshot.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("jobs"), jobs}}).toJson());
        snapshot.close();
        JobRecord doneA = job(QStringLiteral("a"), JobRecord::State::Success);
        doneA.imageIds = {QStringLiteral("img-a")};
        QFile journal(old + QStringLiteral(".journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QJsonDocument(doneA.toJson()).toJson(QJsonDocument::Compact) + '\n');
        journal.write(QJsonDocument(job(QStringLiteral("c")).toJson()).toJson(QJsonDocument::Compact) + '\n');
        journal.write("{\"id\":\"b\",\"removed\":true}\n");
        journal.write("{\"id\": \"d\", \"state\": \"RUN");
        journal.close();
        QFile lock(old + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();

        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore store(path);
            QVERIFY2(store.openError().isEmpty(), qPrintable(store.openError()));
            QCOMPARE(store.records().size(), 2);
            QCOMPARE(store.records().at(0).id, QStringLiteral("a"));
            QCOMPARE(store.record(QStringLiteral("a")).state, JobRecord::State::Success);
            QCOMPARE(store.record(QStringLiteral("a")).imageIds, QStringList{QStringLiteral("img-a")});
            QVERIFY(store.contains(QStringLiteral("c")));
            QVERIFY(!store.contains(QStringLiteral("b")));
            QVERIFY(store.remove({QStringLiteral("c")}));
        }
        // Kept aside under the new names, the lock gone.
        QVERIFY(!QFileInfo::exists(old));
        QVERIFY(QFileInfo::exists(old + QStringLiteral(".imported")));
        QVERIFY(QFileInfo::exists(old + QStringLiteral(".journal.imported")));
        QVERIFY(!QFileInfo::exists(old + QStringLiteral(".lock")));
        // Once: an old list that shows up again later is not imported over the new one.
        QVERIFY(QFile::copy(old + QStringLiteral(".imported"), old));
        JobStore again(path);
        QCOMPARE(again.records().size(), 1);
        QVERIFY(!again.contains(QStringLiteral("c")));
        QVERIFY(QFileInfo::exists(old));
    }

    void aDamagedOldListIsReportedAndNotImported()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("jobs.json"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"jobs\": [ {\"id\": \"a\"");
        f.close();
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY2(store.openError().contains(QStringLiteral("damaged")), qPrintable(store.openError()));
        QVERIFY(QFileInfo::exists(old + QStringLiteral(".damaged")));
        QVERIFY(store.save({job(QStringLiteral("new"))}));
    }

    void aNewerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore store(path);
            QVERIFY(store.save({job(QStringLiteral("a"))}));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        JobStore store(path);
        QVERIFY2(store.openError().contains(QStringLiteral("newer version")), qPrintable(store.openError()));
        QVERIFY(!store.save({job(QStringLiteral("b"))}));
    }

    void aLockedListKeepsTheMonitorsChangesUntilItCanWrite()
    {
        // Another program holds the list's write lock (as an sqlite3 shell in a transaction would).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        JobStore store(path);
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        ImsClient client(ConnectionSettings{}, Credentials{});
        JobMonitor monitor(&store);
        QSignalSpy errors(&monitor, &JobMonitor::storeError);
        const JobRecord r = monitor.recordOutcomeUnknown(&client, QStringLiteral("ecs-system"), {{QStringLiteral("name"), QStringLiteral("kept")}},
                                                         QStringLiteral("timed out"));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("Cannot write the job list")) && message.contains(QStringLiteral("locked")), qPrintable(message));
        QCOMPARE(monitor.record(r.id).imageName, QStringLiteral("kept")); // still known, not cleared
        QVERIFY(!JobStore(path).contains(r.id));
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        // Written by the monitor's own retry, and the all-clear is given.
        QTRY_VERIFY_WITH_TIMEOUT(JobStore(path).contains(r.id), 8000);
        QVERIFY(errors.size() >= 2);
        QVERIFY(errors.last().at(0).toString().isEmpty());
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void onlyAnotherProcessesWritesCountAsAChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
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

    void anotherStoresChangesAreReadBackExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
        JobStore desktop(path);
        QVERIFY(desktop.save({job(QStringLiteral("a")), job(QStringLiteral("b")), job(QStringLiteral("c"))}));
        JobStore cli(path);
        JobRecord b = job(QStringLiteral("b"), JobRecord::State::Success);
        b.imageIds = {QStringLiteral("img-b")};
        QVERIFY(cli.save({b, job(QStringLiteral("d"))}));
        QVERIFY(cli.remove({QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(desktop.changedOnDisk());
        QVERIFY(desktop.reload());
        QStringList ids;
        for (const auto &r : desktop.records())
            ids << r.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
        QCOMPARE(desktop.record(QStringLiteral("b")).imageIds, QStringList{QStringLiteral("img-b")});
        QVERIFY(!desktop.changedOnDisk());
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

    void timesAreWrittenAsQtWritesThem()
    {
        // The list's times are read back with QDateTime::fromString: the quick writer must agree with Qt's.
        const QDateTime utc[] = {QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59, 999), Qt::UTC),
                                 QDateTime(QDate(1999, 7, 4), QTime(9, 5, 7, 42), Qt::UTC),
                                 QDateTime::currentDateTimeUtc()};
        for (const QDateTime &t : utc) {
            QCOMPARE(isoTimeText(t), t.toString(Qt::ISODateWithMs));
            QCOMPARE(QDateTime::fromString(isoTimeText(t), Qt::ISODateWithMs), t);
        }
        const QDateTime local(QDate(2026, 12, 1), QTime(10, 0), Qt::LocalTime);
        QCOMPARE(isoTimeText(local), local.toString(Qt::ISODateWithMs));
        QCOMPARE(isoTimeText(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
