// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "cloud/ActivityFeed.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/TokenProvider.h"
#include "jobs/ActivityLog.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "obs/FileUpload.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "session/Submission.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// The activity log against the sandboxes over real HTTP: what a create, a refused create and a
// multipart upload leave in it, that reads leave nothing, that no secret is ever stored, the bound,
// and the list of version 1 brought up to version 2 in place.
class TestActivityLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject example(const QString &methodId)
    {
        QString error;
        const auto file = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(methodId), &error);
        return file ? file->fields : QJsonObject();
    }

    QString freshPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/jobs.sqlite")); }

    static Submission *submitAndWait(Session &session, const QString &methodId, const QJsonObject &fields)
    {
        Submission *s = session.submit(*Catalogue::instance().method(methodId), fields);
        QSignalSpy done(s, &Submission::finished);
        if (!s->isFinished())
            done.wait(20000);
        return s;
    }

    // Every stored value of every row of the activity table, as text, read straight from the file.
    static QStringList storedText(const QString &path)
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM activity"));
                while (q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        out << q.value(i).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return out;
    }

private slots:
    void initTestCase() { qputenv("IMS_WIZARD_DATA_DIR", m_dir.path().toUtf8()); }

    // A create is one row with its request id and the job it started; a refused one its error code.
    // The job polls and the OS version list (GETs) leave none.
    void createsAreRecordedWithRequestIdJobAndErrorCode()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        JobStore store(freshPath(QStringLiteral("create")));
        ActivityLog log(&store);
        log.recordFeed();
        JobMonitor monitor(&store);
        ConnectionSettings settings = sandbox.connectionSettings();
        settings.name = QStringLiteral("lab");
        Session session(settings, sandbox.credentials(), &monitor);

        std::unique_ptr<Submission> ok(submitAndWait(session, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system"))));
        QCOMPARE(ok->outcome(), Submission::Outcome::JobStarted);
        const QString createRequestId = sandbox.lastRequestId();

        QJsonObject taken = example(QStringLiteral("ecs-system"));
        taken.insert(QStringLiteral("name"), QStringLiteral("web-sandbox-taken"));
        std::unique_ptr<Submission> refused(submitAndWait(session, QStringLiteral("ecs-system"), taken));
        QCOMPARE(refused->outcome(), Submission::Outcome::Failed);

        // Reads: a job poll and the OS versions.
        auto *versions = new OsVersionsCall(session.client());
        QSignalSpy versionsDone(versions, &ApiCall::finished);
        versions->start();
        QVERIFY(versionsDone.wait(10000));
        monitor.pollNow(ok->recordId());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pollCount() > 0, 10000);

        const QList<ActivityEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        const ActivityEntry &created = entries.at(0);
        QCOMPARE(created.connection, QStringLiteral("lab"));
        QCOMPARE(created.operation, QStringLiteral("CreateImage:ecs-system"));
        QCOMPARE(created.httpMethod, QStringLiteral("POST"));
        QCOMPARE(created.path, QStringLiteral("/v2/cloudimages/action"));
        QCOMPARE(created.requestId, createRequestId);
        QVERIFY(!created.requestId.isEmpty());
        QCOMPARE(created.httpStatus, 200);
        QCOMPARE(created.outcome, ActivityEntry::Outcome::Ok);
        QCOMPARE(created.jobId, ok->jobId());
        QVERIFY(qAbs(created.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const ActivityEntry &failed = entries.at(1);
        QCOMPARE(failed.outcome, ActivityEntry::Outcome::Failed);
        QCOMPARE(failed.errorCode, QStringLiteral("IMG.0009"));
        QCOMPARE(failed.httpStatus, 400);
        QCOMPARE(failed.requestId, refused->error()->requestId());
        QVERIFY(failed.jobId.isEmpty());
        QVERIFY(failed.seq > created.seq);
    }

    // A create whose answer never comes is recorded as of unknown outcome.
    void aCreateWithoutAnswerIsOfUnknownOutcome()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        JobStore store(freshPath(QStringLiteral("unknown")));
        ActivityLog log(&store);
        log.recordFeed();
        ConnectionSettings unnamed = sandbox.connectionSettings(AuthMode::AkSk);
        unnamed.name.clear(); // as the CLI's connection from options alone
        Session session(unnamed, sandbox.credentials(), nullptr);
        sandbox.dropNextRequests(1);
        std::unique_ptr<Submission> s(submitAndWait(session, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system"))));
        QCOMPARE(s->outcome(), Submission::Outcome::OutcomeUnknown);
        const QList<ActivityEntry> entries = log.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, ActivityEntry::Outcome::Unknown);
        QCOMPARE(entries.first().httpStatus, 0);
        // No saved name: the endpoint's host and port name the connection.
        QCOMPARE(entries.first().connection, QStringLiteral("127.0.0.1:%1").arg(sandbox.url().port()));
    }

    // A multipart upload: initiate, every part, complete, each with the OBS request id; listing the
    // bucket (a GET) leaves nothing; an abort is recorded too.
    void aMultipartUploadRecordsInitiatePartsAndComplete()
    {
        const QString ak = QStringLiteral("SANDBOXAKEXAMPLE0001"), sk = QStringLiteral("sandbox-secret-key-example");
        SandboxObsServer obs(ak, sk, QStringLiteral("sandbox-1"));
        QVERIFY(obs.start());
        obs.seedDemo();
        obs.setMinPartSize(100 * 1024);
        JobStore store(freshPath(QStringLiteral("upload")));
        ActivityLog log(&store);
        log.recordFeed();
        ObsClient client;
        client.setEndpoint({obs.url(), QStringLiteral("sandbox-1"), ObsEndpoint::Addressing::Path});
        client.setKey({ak, sk, {}});
        client.setConnectionName(QStringLiteral("lab"));

        QFile file(m_dir.filePath(QStringLiteral("disk.img")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(350 * 1024, 'x'));
        file.close();
        FileUpload upload(&client, file.fileName(), QStringLiteral("sandbox-images"), QStringLiteral("up/disk.img"));
        upload.setPartSize(100 * 1024);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(upload.state(), FileUpload::State::Completed);

        auto *list = new ListObjectsCall(&client, QStringLiteral("sandbox-images"));
        QSignalSpy listed(list, &ObsCall::finished);
        list->start();
        QVERIFY(listed.wait(10000));
        QVERIFY(list->succeeded());

        const QList<ActivityEntry> entries = log.entries();
        QStringList operations;
        for (const auto &e : entries) {
            operations << e.operation;
            QCOMPARE(e.outcome, ActivityEntry::Outcome::Ok);
            QCOMPARE(e.connection, QStringLiteral("lab"));
            QCOMPARE(e.httpStatus, 200);
            QVERIFY2(!e.requestId.isEmpty(), qPrintable(e.operation));
            QVERIFY(e.path.startsWith(QStringLiteral("/sandbox-images/up/disk.img")));
            if (e.operation == QLatin1String("UploadPart"))
                QVERIFY2(e.path.contains(QStringLiteral("uploadId=") + upload.uploadId()), qPrintable(e.path));
        }
        QCOMPARE(operations.first(), QStringLiteral("InitiateMultipartUpload"));
        QCOMPARE(operations.count(QStringLiteral("UploadPart")), 4);
        QCOMPARE(operations.last(), QStringLiteral("CompleteMultipartUpload"));
        QCOMPARE(operations.size(), 6);

        // An abandoned upload's abort is a change too.
        auto *initiate = new InitiateMultipartCall(&client, QStringLiteral("sandbox-images"), QStringLiteral("up/other.img"));
        QSignalSpy initiated(initiate, &ObsCall::finished);
        initiate->start();
        QVERIFY(initiated.wait(10000));
        auto *abort = new AbortMultipartCall(&client, QStringLiteral("sandbox-images"), QStringLiteral("up/other.img"), initiate->uploadId());
        QSignalSpy aborted(abort, &ObsCall::finished);
        abort->start();
        QVERIFY(aborted.wait(10000));
        QCOMPARE(log.entries({QString(), 1, 0}).first().operation, QStringLiteral("AbortMultipartUpload"));
        QCOMPARE(log.entries({QString(), 1, 0}).first().httpMethod, QStringLiteral("DELETE"));
    }

    // Neither the password, the token, the AK, the SK nor a signature is in any stored value, in
    // either auth mode, after creates, refusals and uploads.
    void noSecretIsEverStored()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        const QString path = freshPath(QStringLiteral("secrets"));
        JobStore store(path);
        ActivityLog log(&store);
        log.recordFeed();
        QByteArrayList secrets;
        for (AuthMode auth : {AuthMode::Token, AuthMode::AkSk}) {
            Session session(sandbox.connectionSettings(auth), sandbox.credentials(), nullptr);
            QJsonObject fields = example(QStringLiteral("file-system"));
            std::unique_ptr<Submission> a(submitAndWait(session, QStringLiteral("file-system"), fields));
            QCOMPARE(a->outcome(), Submission::Outcome::JobStarted);
            fields.insert(QStringLiteral("name"), QStringLiteral("x-sandbox-taken"));
            std::unique_ptr<Submission> b(submitAndWait(session, QStringLiteral("file-system"), fields));
            QCOMPARE(b->outcome(), Submission::Outcome::Failed);
            if (auth == AuthMode::Token) {
                QVERIFY(!session.client()->tokens()->token().isEmpty());
                secrets << session.client()->tokens()->token();
            }
        }
        const auto &account = sandbox.account();
        secrets << account.password.toUtf8() << account.accessKey.toUtf8() << account.secretKey.toUtf8();
        const QStringList stored = storedText(path);
        QVERIFY(stored.size() >= 4 * 11);
        for (const QString &value : stored) {
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!value.contains(QString::fromUtf8(secret)), qPrintable(value));
            for (const char *mark : {"Signature", "SDK-HMAC", "AWS4-HMAC", "X-Auth-Token", "Authorization"})
                QVERIFY2(!value.contains(QLatin1String(mark), Qt::CaseInsensitive), qPrintable(value));
        }
    }

    // A query that could hold a secret (a presigned URL's) never reaches the log; upload ids do.
    void onlyHarmlessQueryItemsAreKept()
    {
        QCOMPARE(ActivityFeed::safePath(QUrl(QStringLiteral("https://h/b/k?partNumber=2&uploadId=abc&X-Amz-Signature=s3cr3t&X-Amz-Security-Token=t0k"))),
                 QStringLiteral("/b/k?partNumber=2&uploadId=abc"));
        QCOMPARE(ActivityFeed::safePath(QUrl(QStringLiteral("https://h/b/k?uploads"))), QStringLiteral("/b/k?uploads"));
        QCOMPARE(ActivityFeed::safePath(QUrl(QStringLiteral("https://h/v2/cloudimages/action"))), QStringLiteral("/v2/cloudimages/action"));
    }

    // The newest maxRows rows are kept, and none older than maxAgeDays: the bound holds on every write.
    void theLogIsBounded()
    {
        JobStore store(freshPath(QStringLiteral("bound")));
        ActivityLog log(&store);
        ActivityEntry e;
        e.connection = QStringLiteral("lab");
        e.operation = QStringLiteral("UploadPart");
        e.httpMethod = QStringLiteral("PUT");
        e.path = QStringLiteral("/b/k");
        e.httpStatus = 200;
        // One from 100 days ago, then maxRows + 25 now: the old one goes at once, the first 25 new ones too.
        e.at = QDateTime::currentDateTimeUtc().addDays(-100);
        e.requestId = QStringLiteral("old");
        QVERIFY(log.append(e));
        e.at = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < ActivityLog::maxRows + 25; ++i) {
            e.requestId = QString::number(i);
            QVERIFY(log.append(e));
        }
        const QList<ActivityEntry> kept = log.entries();
        QCOMPARE(kept.size(), ActivityLog::maxRows);
        QCOMPARE(kept.first().requestId, QStringLiteral("25"));
        QCOMPARE(kept.last().requestId, QString::number(ActivityLog::maxRows + 24));
        QCOMPARE(log.entries({QString(), 3, 0}).size(), 3);
        QCOMPARE(log.entries({QString(), 3, 0}).last().requestId, kept.last().requestId);
        QCOMPARE(log.entries({QStringLiteral("other"), 0, 0}).size(), 0);
    }

    // A job list of version 1 (before the activity log) gets the activity table in place; its jobs stay.
    void aVersionOneListIsMigrated()
    {
        const QString path = freshPath(QStringLiteral("migrate"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"CREATE TABLE jobs (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, endpoint TEXT, state TEXT, "
                                    "submitted TEXT, finished TEXT, revision INTEGER NOT NULL, record TEXT NOT NULL)",
                                    "CREATE INDEX jobs_by_revision ON jobs (revision)",
                                    "CREATE TABLE list (revision INTEGER NOT NULL, removal INTEGER NOT NULL)",
                                    "INSERT INTO list (revision, removal) VALUES (1, 0)",
                                    "INSERT INTO jobs (id, endpoint, state, submitted, revision, record) VALUES ('j1', 'e', 'RUNNING', '', 1, "
                                    "'{\"id\":\"j1\",\"job_id\":\"job-1\",\"state\":\"RUNNING\"}')",
                                    "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        JobStore store(path);
        QVERIFY2(store.openError().isEmpty(), qPrintable(store.openError()));
        QCOMPARE(store.records().size(), 1);
        QCOMPARE(store.records().first().id, QStringLiteral("j1"));
        ActivityLog log(&store);
        ActivityEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.operation = QStringLiteral("PutObject");
        QString error;
        QVERIFY2(log.append(e, &error), qPrintable(error));
        QCOMPARE(log.entries().size(), 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // CSV as RFC 4180: a header, quoted fields where needed, missing values empty.
    void csvQuotesWhatNeedsIt()
    {
        ActivityEntry e;
        e.at = QDateTime(QDate(2026, 12, 1), QTime(19, 10, 15), Qt::UTC);
        e.connection = QStringLiteral("lab, \"east\"");
        e.operation = QStringLiteral("CreateImage:ecs-system");
        e.httpMethod = QStringLiteral("POST");
        e.path = QStringLiteral("/v2/cloudimages/action");
        e.httpStatus = 400;
        e.outcome = ActivityEntry::Outcome::Failed;
        e.errorCode = QStringLiteral("IMG.0009");
        e.requestId = QStringLiteral("r1");
        QCOMPARE(ActivityLog::toCsv({e}),
                 QByteArray("time,connection,operation,method,path,status,outcome,error_code,request_id,job_id\r\n"
                            "2026-12-01T19:10:15Z,\"lab, \"\"east\"\"\",CreateImage:ecs-system,POST,/v2/cloudimages/action,400,failed,IMG.0009,r1,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
