// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The CLI against `ims-wizard-cli sandbox`, both as real processes, as a user's shell would run them.
class TestCliCloud : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QProcessEnvironment m_env;

    static QString examples() { return QStringLiteral(IMS_SOURCE_DIR "/resources/data/examples"); }

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        const QString envFile = m_dir.filePath(QStringLiteral("sandbox.env"));
        m_sandbox.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("sandbox"), QStringLiteral("--job-seconds"), QStringLiteral("1"),
                                                       QStringLiteral("--env-file"), envFile});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(envFile), 10000);
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_env = QProcessEnvironment::systemEnvironment();
        static const QRegularExpression line(QStringLiteral("^export (IMS_WIZARD_[A-Z_]+)=(.*)$"));
        int variables = 0;
        for (const auto &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            const auto m = line.match(l);
            if (m.hasMatch()) {
                m_env.insert(m.captured(1), m.captured(2));
                ++variables;
            }
        }
        QCOMPARE(variables, 16); // data folder, endpoints (IMS, IAM, ECS, EVS, OBS, KMS, EPS), project name and id, domain, user, password, AK, SK
        // The sandbox's jobs go to a list of their own, never into the real one.
        QVERIFY(m_env.value(QStringLiteral("IMS_WIZARD_DATA_DIR")).contains(QStringLiteral("ims-wizard-sandbox-")));
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    }

    // The sandbox's OBS look-alike answers `list` with the env file alone.
    void listBucketsAndObjectsFromTheSandbox()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("buckets"), QStringLiteral("--json")}, &out, &err), 0);
        QStringList names;
        for (const auto &b : QJsonDocument::fromJson(out).array())
            names << b.toObject().value(QStringLiteral("Name")).toString();
        // The demo buckets, and those the example request files name (their files pass the pre-submit checks).
        QCOMPARE(names, (QStringList{QStringLiteral("image-test"), QStringLiteral("ims-image"), QStringLiteral("sandbox-backups"),
                                     QStringLiteral("sandbox-empty"), QStringLiteral("sandbox-images")}));
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("objects"), QStringLiteral("sandbox-backups")}, &out, &err), 0);
        QCOMPARE(out.count('\n'), 1 + 1500); // header and every object, past the 1,000 of a page
    }

    // `check`: the pre-submit checks, a line each with its mark, and the exit status scripts rely on.
    void checkPassesAnExampleWithExitZero()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("check"), examples() + QStringLiteral("/file-system.json")}, &out, &err), 0);
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(QStringLiteral("✓ image_url: ims-image:centos76.qcow2 is a qcow2 file by its own header")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✓ data_images[0].min_disk: min_disk (100 GB) holds the disk")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("private images used")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Checks: 9 pass, 0 warn, 0 block, 0 skipped.")), qPrintable(text));
    }

    void checkExitsOneWhenACheckBlocks()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-ecs.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"method": "ecs-system", "fields": {"name": "from-nowhere", "instance_id": "00000000-0000-4000-8000-000000000000"}})");
        f.close();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--auth"), QStringLiteral("aksk"), QStringLiteral("--json"), path}, &out, &err), 1);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("ecs-system"));
        QCOMPARE(o.value(QStringLiteral("blocking")).toBool(), true);
        bool ecsBlocks = false;
        for (const auto &c : o.value(QStringLiteral("checks")).toArray())
            ecsBlocks = ecsBlocks || (c.toObject().value(QStringLiteral("verdict")).toString() == QLatin1String("blocking")
                                      && c.toObject().value(QStringLiteral("field")).toString() == QLatin1String("instance_id")
                                      && c.toObject().value(QStringLiteral("sentence")).toString().contains(QStringLiteral("IMG.0005")));
        QVERIFY2(ecsBlocks, out.constData());
        // The same in text: the mark and the sentence.
        QCOMPARE(run({QStringLiteral("check"), path}, &out, &err), 1);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("✗ instance_id: There is no ECS 00000000-0000-4000-8000-000000000000")), out.constData());
    }

    void checkWarnsAboutATakenNameWithExitZero()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken-name.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"method": "ecs-system", "fields": {"name": "ubuntu-golden-1", "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a"}})");
        f.close();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--json"), path}, &out, &err), 0);
        QStringList verdicts;
        for (const auto &c : QJsonDocument::fromJson(out).object().value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("field")).toString() == QLatin1String("name"))
                verdicts << c.toObject().value(QStringLiteral("verdict")).toString();
        QCOMPARE(verdicts, QStringList{QStringLiteral("warning")});
    }

    void checkRefusesAnInvalidOrMissingFile()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("no-such-file.json"))}, &out, &err), 2);
        const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"method": "ecs-system", "fields": {"name": "no-instance"}})");
        f.close();
        QCOMPARE(run({QStringLiteral("check"), path}, &out, &err), 1);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("instance_id")), err.constData());
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(5000));
    }

    void submitWaitSucceedsForEveryMethod_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("auth");
        for (const auto &m : QDir(examples()).entryList({QStringLiteral("*.json")})) {
            QTest::newRow(qPrintable(m + QStringLiteral(" token"))) << m << QStringLiteral("token");
            QTest::newRow(qPrintable(m + QStringLiteral(" aksk"))) << m << QStringLiteral("aksk");
        }
    }

    void submitWaitSucceedsForEveryMethod()
    {
        QFETCH(QString, method);
        QFETCH(QString, auth);
        QByteArray out, err;
        const int code = run({QStringLiteral("submit"), QStringLiteral("--wait"), QStringLiteral("--auth"), auth,
                              examples() + QLatin1Char('/') + method},
                             &out, &err);
        QVERIFY2(code == 0, err.constData());
        if (method.startsWith(QLatin1String("native")))
            QVERIFY2(!out.trimmed().isEmpty() && !out.trimmed().contains(' '), out.constData()); // the image id alone
        else
            QVERIFY2(out.contains("SUCCESS") && out.contains("images: "), out.constData());
    }

    void aFailedJobExitsOneWithItsReason()
    {
        const QString file = m_dir.filePath(QStringLiteral("fail.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"method\": \"file-data\", \"fields\": {\"name\": \"sandbox-fail\", \"image_url\": \"bucket:x.qcow2\", \"min_disk\": 40}}");
        f.close();
        QByteArray out;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--wait"), file}, &out), 1);
        QVERIFY2(out.contains("FAIL") && out.contains("reason:"), out.constData());
    }

    void anInvalidRequestIsNotSent()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"method\": \"file-data\", \"fields\": {\"name\": \"x\", \"image_url\": \"bucket:x.qcow2\", \"min_disk\": 39}}");
        f.close();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), file}, &out, &err), 1);
        QVERIFY(err.contains("min_disk"));
        QVERIFY(err.contains("nothing was sent"));
    }

    void aSecretOnTheCommandLineIsRefused()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--password"), QStringLiteral("x"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 2);
        QVERIFY(err.contains("password"));
    }

    void waitAllCarriesOnAfterBeingKilled()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            QByteArray out;
            QCOMPARE(run({QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out), 0);
            ids << QString::fromLatin1(out.trimmed());
        }
        QProcess follower;
        follower.setProcessEnvironment(m_env);
        follower.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("jobs"), QStringLiteral("--wait-all")});
        QVERIFY(follower.waitForStarted());
        QTest::qWait(300);
        follower.kill(); // killed mid-way
        follower.waitForFinished();
        QByteArray out;
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("--wait-all"), QStringLiteral("--json")}, &out), 0);
        const QJsonArray jobs = QJsonDocument::fromJson(out.mid(out.indexOf('['))).array();
        int done = 0;
        for (const auto &j : jobs)
            if (ids.contains(j.toObject().value(QStringLiteral("job_id")).toString()))
                done += j.toObject().value(QStringLiteral("state")).toString() == QLatin1String("SUCCESS");
        QCOMPARE(done, 3);
    }

    void theNewerEndpointsAreUsedWhenAsked()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--v2.1"), QStringLiteral("--wait"), examples() + QStringLiteral("/quick-system.json")}, &out, &err), 0);
        QVERIFY2(out.contains("SUCCESS"), err.constData());
    }

    void aDamagedJobListIsReported()
    {
        // A data folder of its own, whose job list a bad disk damaged.
        const QProcessEnvironment shared = m_env;
        const QString data = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(data));
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), data);
        QFile f(data + QStringLiteral("/jobs.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("garbage, not SQLite ").repeated(100));
        f.close();
        QByteArray out, err;
        const int code = run({QStringLiteral("jobs")}, &out, &err);
        const int again = run({QStringLiteral("jobs")});
        m_env = shared;
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("is damaged") && err.contains("jobs.sqlite.damaged"), err.constData());
        QCOMPARE(QFileInfo(data + QStringLiteral("/jobs.sqlite.damaged")).size(), qint64(2000));
        QCOMPARE(again, 0); // said once; a new list is in its place
    }

    void aJobListThatCannotBeWrittenIsSaid()
    {
        const QProcessEnvironment shared = m_env;
        const QString data = m_dir.filePath(QStringLiteral("locked"));
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), data);
        QCOMPARE(run({QStringLiteral("jobs")}), 0); // makes the list
        // Another program holds the list's write lock (an sqlite3 shell in a transaction).
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(data + QStringLiteral("/jobs.sqlite"));
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        QByteArray out, err;
        const int code = run({QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err);
        m_env = shared;
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(code, 0);
        QVERIFY(!out.trimmed().isEmpty()); // the job id: the one record left of the job
        QVERIFY2(err.contains("Cannot write the job list") && err.contains("locked"), err.constData());
    }

    void jobShowsOneJob()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("submit"), examples() + QStringLiteral("/file-data.json")}, &out), 0);
        const QString id = QString::fromLatin1(out.trimmed());
        QCOMPARE(run({QStringLiteral("job"), QStringLiteral("--wait"), id}, &out), 0);
        QVERIFY(out.contains("SUCCESS"));
        QCOMPARE(run({QStringLiteral("job"), QStringLiteral("--json"), id}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    }

    // `activity`: what submit and upload changed, as text and JSON, filtered; reads add nothing.
    void activityListsWhatChangedTheCloud()
    {
        const QProcessEnvironment shared = m_env;
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("activity")));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out), 0);
        const QString jobId = QString::fromLatin1(out.trimmed());
        QFile taken(m_dir.filePath(QStringLiteral("taken.json")));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write(R"({"method": "file-data", "fields": {"name": "d-sandbox-taken", "image_url": "sandbox-images:disk.qcow2", "min_disk": 40}})");
        taken.close();
        QCOMPARE(run({QStringLiteral("submit"), taken.fileName()}, &out, &err), 1);
        QFile disk(m_dir.filePath(QStringLiteral("disk.raw")));
        QVERIFY(disk.open(QIODevice::WriteOnly));
        disk.write(QByteArray(250 * 1024, 'd'));
        disk.close();
        QCOMPARE(run({QStringLiteral("upload"), QStringLiteral("--part-size"), QStringLiteral("100K"), disk.fileName(),
                      QStringLiteral("sandbox-images/cli/disk.raw")}, &out, &err), 0);
        // Reads only: nothing of them is recorded.
        QCOMPARE(run({QStringLiteral("jobs")}), 0);
        QCOMPARE(run({QStringLiteral("quota")}), 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("buckets")}), 0);

        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--json")}, &out, &err), 0);
        const QJsonArray all = QJsonDocument::fromJson(out).array();
        QStringList operations;
        for (const auto &v : all)
            operations << v.toObject().value(QStringLiteral("operation")).toString();
        QCOMPARE(operations, (QStringList{QStringLiteral("CreateImage:ecs-system"), QStringLiteral("CreateImage:file-data"),
                                          QStringLiteral("InitiateMultipartUpload"), QStringLiteral("UploadPart"),
                                          QStringLiteral("UploadPart"), QStringLiteral("UploadPart"),
                                          QStringLiteral("CompleteMultipartUpload")}));
        const QJsonObject created = all.at(0).toObject();
        QCOMPARE(created.value(QStringLiteral("job_id")).toString(), jobId);
        QCOMPARE(created.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(created.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(created.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(created.value(QStringLiteral("request_id")).toString().size(), 32);
        const QJsonObject refused = all.at(1).toObject();
        QCOMPARE(refused.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(refused.value(QStringLiteral("error_code")).toString(), QStringLiteral("IMG.0009"));
        QVERIFY(refused.value(QStringLiteral("job_id")).isNull());

        // Text: one line a call, oldest first, with the request id and the job.
        QCOMPARE(run({QStringLiteral("activity")}, &out), 0);
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines.first().contains(QStringLiteral("CreateImage:ecs-system  POST /v2/cloudimages/action  200  ok  request "))
                     && lines.first().endsWith(QStringLiteral("job ") + jobId),
                 qPrintable(lines.first()));
        QVERIFY2(lines.at(1).contains(QStringLiteral("400  failed IMG.0009")), qPrintable(lines.at(1)));
        // The newest N; one connection's (OBS's host here: the upload names no saved connection).
        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--limit"), QStringLiteral("1")}, &out), 0);
        QVERIFY2(out.contains("CompleteMultipartUpload") && out.count('\n') == 1, out.constData());
        const QString obsHost = QUrl(m_env.value(QStringLiteral("IMS_WIZARD_OBS_ENDPOINT"))).authority();
        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--connection"), obsHost, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 5);
        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--limit"), QStringLiteral("0")}, &out, &err), 2);
        QVERIFY(err.contains("--limit"));
        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("--connection") && out.contains("--limit") && out.contains("--json"));
        QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("  activity [--connection NAME] [--limit N] [--json]"));
        m_env = shared;
    }

    // Two CLI processes creating at once both write the log: every create is there once.
    void twoProcessesWriteTheActivityLogAtOnce()
    {
        const QProcessEnvironment shared = m_env;
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("activity-two")));
        QList<QProcess *> shells;
        for (int i = 0; i < 2; ++i) {
            auto *shell = new QProcess(this);
            shell->setProcessEnvironment(m_env);
            shell->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("for n in 1 2 3 4 5 6; do \"$0\" submit \"$1\" || exit 1; done"),
                                                     QStringLiteral(IMS_CLI_PATH), examples() + QStringLiteral("/file-system.json")});
            shells << shell;
        }
        for (QProcess *shell : std::as_const(shells)) {
            QVERIFY(shell->waitForFinished(120000));
            QCOMPARE(shell->exitCode(), 0);
        }
        QByteArray out;
        QCOMPARE(run({QStringLiteral("activity"), QStringLiteral("--json")}, &out), 0);
        const QJsonArray all = QJsonDocument::fromJson(out).array();
        QCOMPARE(all.size(), 12);
        QSet<QString> jobs;
        qint64 lastSeq = 0;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
            jobs.insert(o.value(QStringLiteral("job_id")).toString());
            QVERIFY(o.value(QStringLiteral("seq")).toInteger() > lastSeq);
            lastSeq = o.value(QStringLiteral("seq")).toInteger();
        }
        QCOMPARE(jobs.size(), 12);
        qDeleteAll(shells);
        m_env = shared;
    }
};

QTEST_GUILESS_MAIN(TestCliCloud)
#include "tst_cli_cloud.moc"
