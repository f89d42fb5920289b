// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ims;

// `ims-wizard-cli submit --batch` as a user's shell runs it, against the sandbox in this process (so
// that the test reads the sandbox's own counts: creates made, creates in flight, requests, names).
class TestCliBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    int m_dataDirs = 0;
    QString m_dataDir;
    QString m_password; // empty: the sandbox's own

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto &a = m_sandbox->account();
        const QString url = m_sandbox->url().toString();
        env.insert(QStringLiteral("IMS_WIZARD_ENDPOINT"), url);
        env.insert(QStringLiteral("IMS_WIZARD_IAM_ENDPOINT"), url);
        // The pre-submit checks of every row ask the account's services and OBS (the sandbox's).
        for (const char *service : {"ECS", "EVS", "KMS", "EPS"})
            env.insert(QStringLiteral("IMS_WIZARD_%1_ENDPOINT").arg(QLatin1String(service)), url);
        env.insert(QStringLiteral("IMS_WIZARD_OBS_ENDPOINT"), m_sandbox->obs().url().toString());
        env.insert(QStringLiteral("IMS_WIZARD_REGION"), a.region);
        env.insert(QStringLiteral("IMS_WIZARD_PROJECT"), a.projectName);
        env.insert(QStringLiteral("IMS_WIZARD_PROJECT_ID"), a.projectId);
        env.insert(QStringLiteral("IMS_WIZARD_DOMAIN"), a.domain);
        env.insert(QStringLiteral("IMS_WIZARD_USER"), a.user);
        env.insert(QStringLiteral("IMS_WIZARD_PASSWORD"), m_password.isEmpty() ? a.password : m_password);
        env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dataDir);
        env.remove(QStringLiteral("IMS_WIZARD_CONNECTION"));
        return env;
    }

    void startCli(QProcess &p, const QStringList &args)
    {
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(IMS_CLI_PATH), args);
    }

    // Runs the CLI while this process's event loop serves the sandbox.
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 120000)
    {
        QProcess p;
        startCli(p, args);
        if (!p.waitForStarted())
            return -1;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
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

    // A CSV of `rows` file-data images named `prefix-{row}`.
    QString csv(const QString &name, const QString &prefix, int rows, const QByteArray &extraRows = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("name,image_url,min_disk,os_type,description\n");
        for (int i = 0; i < rows; ++i)
            f.write(prefix.toUtf8() + "-{row},ims-image:centos76.qcow2,40,Linux,\"Batch test, row {row}\"\n");
        f.write(extraRows);
        return path;
    }

    int namesStartingWith(const QString &prefix, QStringList *duplicates = nullptr) const
    {
        QStringList seen;
        for (const auto &n : m_sandbox->imageNames())
            if (n.startsWith(prefix + QLatin1Char('-'))) {
                if (seen.contains(n) && duplicates)
                    duplicates->append(n);
                seen.append(n);
            }
        return int(seen.size());
    }

private slots:
    void init()
    {
        SandboxServer::Options o;
        o.jobSeconds = 0.5;
        m_sandbox = std::make_unique<SandboxServer>(o);
        QVERIFY(m_sandbox->start());
        m_dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(++m_dataDirs));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_password.clear();
    }

    // The figures of the issue: 200 rows, every one made once, never more than 4 creates at once.
    void twoHundredRows()
    {
        m_sandbox->setSlowMs(20); // an answer takes a little while, as over a real network
        const QString path = csv(QStringLiteral("200.csv"), QStringLiteral("web"), 200);
        const int requestsBefore = m_sandbox->requestCount();
        QElapsedTimer clock;
        clock.start();
        QByteArray out, err;
        const int status = run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data"),
                                QStringLiteral("--max-in-flight"), QStringLiteral("4"), QStringLiteral("--json")},
                               &out, &err);
        const qint64 ms = clock.elapsed();
        QVERIFY2(status == 0, err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(QStringLiteral("rows")).toArray().size(), 200);
        QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("sent")).toInt(), 200);
        QStringList duplicates;
        QCOMPARE(namesStartingWith(QStringLiteral("web"), &duplicates), 200);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char(' '))));
        QCOMPARE(m_sandbox->createCount(), 200);
        QCOMPARE(m_sandbox->peakCreatesInFlight(), 4); // the cap, and reached
        const int requests = m_sandbox->requestCount() - requestsBefore;
        qInfo("200-row batch: %lld ms, %d requests (200 creates, %d others: token, quota, job polls), peak %d creates in flight",
              ms, requests, requests - 200, m_sandbox->peakCreatesInFlight());
        // The rerun resumes: nothing is sent again.
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data")}, &out, &err), 0);
        QVERIFY2(err.contains("Resuming batch 200.csv") && err.contains("rows sent by an earlier run, not sent again: 200."), err.constData());
        QCOMPARE(m_sandbox->createCount(), 200);
    }

    void maxInFlightIsRespected()
    {
        m_sandbox->setSlowMs(150);
        const QString path = csv(QStringLiteral("cap.csv"), QStringLiteral("cap"), 12);
        QByteArray out, err;
        QVERIFY2(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data"),
                      QStringLiteral("--max-in-flight"), QStringLiteral("2")},
                     &out, &err) == 0,
                 err.constData());
        QCOMPARE(m_sandbox->createCount(), 12);
        QCOMPARE(m_sandbox->peakCreatesInFlight(), 2);
        QVERIFY2(out.contains("at most 2 at once"), out.constData());
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--max-in-flight"), QStringLiteral("0")}, &out, &err), 2);
        QVERIFY(err.contains("--max-in-flight"));
    }

    void invalidRowsAreRefusedWithRowAndColumnAndTheOthersSent()
    {
        const QString path = csv(QStringLiteral("mixed.csv"), QStringLiteral("mix"), 3,
                                 "bad-{row},ims-image:centos76.qcow2,39,Linux,\n"
                                 "bad-{row},ims-image:centos76.qcow2,forty,Linux,\n");
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data")}, &out, &err), 1);
        QVERIFY2(out.contains("row 4\tbad-4\tfile-data\tNot valid\tmin_disk: must be"), out.constData());
        QVERIFY2(out.contains("row 5, column 3 (min_disk): \"forty\" is not a whole number"), out.constData());
        QVERIFY2(out.contains("3 sent") && out.contains("2 not valid"), out.constData());
        QCOMPARE(namesStartingWith(QStringLiteral("mix")), 3);
        QCOMPARE(namesStartingWith(QStringLiteral("bad")), 0);
    }

    void stopsWhereTheQuotaWouldBeExceeded()
    {
        m_sandbox->setImageQuota(m_sandbox->imagesUsed() + 5);
        const QString path = csv(QStringLiteral("quota.csv"), QStringLiteral("quota"), 9);
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data")}, &out, &err), 1);
        QCOMPARE(namesStartingWith(QStringLiteral("quota")), 5);
        QCOMPARE(out.count("Not sent: quota"), 4);
        QVERIFY2(err.contains("stopped early: the image quota would be exceeded: the rows from row 6 on are not sent"), err.constData());
    }

    // A refused sign-in would refuse every row: the batch stops, says why, exits 4, makes nothing.
    void aRefusedSignInStopsTheBatch()
    {
        m_password = QStringLiteral("not-the-password");
        const QString path = csv(QStringLiteral("auth.csv"), QStringLiteral("auth"), 10);
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data")}, &out, &err), 4);
        QCOMPARE(m_sandbox->createCount(), 0);
        QVERIFY2(err.contains("stopped early"), err.constData());
        QVERIFY2(out.contains("0 sent"), out.constData());
    }

    // SIGKILLed mid-batch (creates in flight), then run again: no row is made twice, the rows whose
    // answer the killed run never saw are outcome unknown (not re-sent), the rest are sent.
    void killedAndResumedWithoutDuplicates()
    {
        m_sandbox->setSlowMs(250); // creates are made on arrival and answered late: a kill leaves some unanswered
        const QString path = csv(QStringLiteral("kill.csv"), QStringLiteral("kill"), 40);
        const QStringList args{QStringLiteral("submit"), QStringLiteral("--batch"), path, QStringLiteral("--method"), QStringLiteral("file-data")};
        QProcess first;
        startCli(first, args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->createCount() >= 10 && m_sandbox->createsInFlight() > 0, 20000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int madeBeforeKill = m_sandbox->createCount();
        QVERIFY(madeBeforeKill < 40);

        QByteArray out, err;
        const int status = run(args + QStringList{QStringLiteral("--json")}, &out, &err);
        QVERIFY2(err.contains("Resuming batch kill.csv"), err.constData());
        QStringList duplicates;
        QCOMPARE(namesStartingWith(QStringLiteral("kill"), &duplicates), 40); // every row made, once
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char(' '))));
        QCOMPARE(m_sandbox->createCount(), 40);
        const QJsonObject summary = QJsonDocument::fromJson(out).object().value(QStringLiteral("summary")).toObject();
        const int unknown = summary.value(QStringLiteral("outcome_unknown")).toInt();
        QVERIFY2(unknown >= 1 && unknown <= 4, out.constData()); // at most the creates in flight when killed
        QCOMPARE(status, 3);                                      // outcome unknown: look before resending
        QCOMPARE(summary.value(QStringLiteral("create_calls")).toInt(), 40 - madeBeforeKill);
        // A third run sends nothing at all.
        QCOMPARE(run(args, &out, &err), 3);
        QCOMPARE(m_sandbox->createCount(), 40);
        QVERIFY2(out.contains("0 create calls"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
