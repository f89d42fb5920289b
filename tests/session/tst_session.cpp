// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "cloud/ImsClient.h"
#include "cloud/RequestSigner.h"
#include "cloud/TokenProvider.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "session/Submission.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// One Session per connection, over real HTTP to sandboxes on loopback: the request the review shows
// is the one the server receives, curl runs what "Copy as curl" gives, and switching connections
// never sends one connection's work (a job poll, a token) to another.
class TestSession : public QObject
{
    Q_OBJECT

    static QJsonObject example(const QString &methodId)
    {
        QString error;
        const auto file = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(methodId), &error);
        return file ? file->fields : QJsonObject();
    }

    static const MethodSpec &method(const QString &id) { return *Catalogue::instance().method(id); }

    static ConnectionSettings named(ConnectionSettings s, const QString &name)
    {
        s.name = name;
        return s;
    }

    // Submits and waits; the Submission's outcome.
    static Submission::Outcome submitAndWait(Session &session, const QString &methodId, const QJsonObject &fields,
                                             QString *jobId = nullptr)
    {
        Submission *s = session.submit(method(methodId), fields);
        QSignalSpy done(s, &Submission::finished);
        if (!done.wait(20000))
            return Submission::Outcome::Pending;
        if (jobId)
            *jobId = s->jobId();
        const auto outcome = s->outcome();
        if (s->error())
            qWarning() << s->error()->userMessage();
        delete s;
        return outcome;
    }

    static const SandboxServer::Received *lastCreate(const SandboxServer &sandbox)
    {
        for (auto it = sandbox.received().crbegin(); it != sandbox.received().crend(); ++it)
            if (it->verb == "POST" && it->path.startsWith(QStringLiteral("/v2/cloudimages")))
                return &*it;
        return nullptr;
    }

    static int pollsOf(const SandboxServer &sandbox, const QString &jobId)
    {
        return int(std::count_if(sandbox.received().cbegin(), sandbox.received().cend(),
                                 [&](const SandboxServer::Received &r) { return r.verb == "GET" && r.path.contains(jobId); }));
    }

private slots:
    void initTestCase() { qputenv("IMS_WIZARD_DATA_DIR", m_dir.path().toUtf8()); }

    // The review shows what is sent: every header the server received, the signature included
    // (unmasked here), and the body byte for byte.
    void theRequestShownIsTheRequestSent_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addRow("token") << int(AuthMode::Token);
        QTest::addRow("aksk") << int(AuthMode::AkSk);
    }
    void theRequestShownIsTheRequestSent()
    {
        QFETCH(int, auth);
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        Session session(named(sandbox.connectionSettings(AuthMode(auth)), QStringLiteral("A")), sandbox.credentials(), nullptr);
        const QDateTime signedAt = QDateTime::currentDateTimeUtc();
        session.setClock([signedAt] { return signedAt; });
        const QJsonObject fields = example(QStringLiteral("ecs-system"));

        const PreparedRequest masked = session.prepare(method(QStringLiteral("ecs-system")), fields);
        if (AuthMode(auth) == AuthMode::AkSk) {
            QVERIFY(masked.header("X-Auth-Token").isEmpty()); // no token header under AK/SK
            QCOMPARE(masked.header("X-Project-Id"), sandbox.account().projectId.toUtf8());
            QCOMPARE(masked.header("X-Sdk-Date"), RequestSigner::sdkDate(signedAt));
            const QByteArray authorization = masked.header("Authorization");
            QVERIFY2(authorization.startsWith("SDK-HMAC-SHA256 Access=" + sandbox.account().accessKey.toUtf8()), authorization.constData());
            QVERIFY2(authorization.endsWith("Signature=********"), authorization.constData());
        } else {
            QCOMPARE(masked.header("X-Auth-Token"), RequestBuilder::maskedValue);
            QVERIFY(masked.header("Authorization").isEmpty());
            // A token is there once the first call signed in; the preview then carries it.
            QCOMPARE(submitAndWait(session, QStringLiteral("ecs-system"), fields), Submission::Outcome::JobStarted);
        }

        const PreparedRequest shown = session.prepare(method(QStringLiteral("ecs-system")), fields, Session::Secrets::Shown);
        QCOMPARE(submitAndWait(session, QStringLiteral("ecs-system"), fields), Submission::Outcome::JobStarted);
        const SandboxServer::Received *received = lastCreate(sandbox);
        QVERIFY(received);
        QCOMPARE(received->verb, shown.verb);
        QCOMPARE(received->path, shown.path);
        QCOMPARE(received->body, shown.bodyBytes);
        QCOMPARE(QUrl(shown.url()).host(), sandbox.url().host());
        for (const auto &[name, value] : shown.headers)
            QVERIFY2(received->header(name) == value,
                     qPrintable(QStringLiteral("%1: shown \"%2\", sent \"%3\"").arg(QString::fromLatin1(name), QString::fromUtf8(value),
                                                                                 QString::fromUtf8(received->header(name)))));
        if (AuthMode(auth) == AuthMode::AkSk)
            QVERIFY(!received->header("Authorization").isEmpty());
        else
            QCOMPARE(received->header("X-Auth-Token"), session.client()->tokens()->token());
    }

    // "Copy as curl" gives a command that creates the image when pasted into a shell.
    void theCurlCommandWorks_data() { theRequestShownIsTheRequestSent_data(); }
    void theCurlCommandWorks()
    {
        QFETCH(int, auth);
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        Session session(named(sandbox.connectionSettings(AuthMode(auth)), QStringLiteral("A")), sandbox.credentials(), nullptr);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1"));
        if (AuthMode(auth) == AuthMode::Token) {
            bool ready = false;
            session.client()->tokens()->withToken(this, [&](const std::optional<ApiError> &e) { ready = !e; });
            QTRY_VERIFY_WITH_TIMEOUT(ready, 20000);
            env.insert(QStringLiteral("IMS_WIZARD_TOKEN"), QString::fromUtf8(session.client()->tokens()->token()));
        }
        const QString command = session.curlCommand(method(QStringLiteral("file-system")), example(QStringLiteral("file-system")));
        QVERIFY(!command.contains(sandbox.account().secretKey));
        QVERIFY(!command.contains(sandbox.account().password));
        QProcess shell;
        shell.setProcessEnvironment(env);
        QSignalSpy finished(&shell, &QProcess::finished);
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        QVERIFY(finished.wait(20000)); // the event loop runs meanwhile: the sandbox answers
        const QByteArray answer = shell.readAllStandardOutput();
        QCOMPARE(shell.exitCode(), 0);
        QVERIFY2(answer.contains("\"job_id\""), answer.constData());
        QCOMPARE(sandbox.createCount(), 1);
    }

    // Submit on A, switch to B, submit there: A's job is polled at A only, B's create carries B's
    // token; a token request still running for A is never used for B.
    void switchingKeepsEachConnectionsWorkOnItsOwn()
    {
        SandboxServer a(options(2)), b(options(2));
        QVERIFY(a.start());
        QVERIFY(b.start());
        JobStore store(m_dir.filePath(QStringLiteral("switch-jobs.sqlite")));
        JobMonitor monitor(&store);
        monitor.setSchedule({100, 1.2, 300});

        auto *sessionA = new Session(named(a.connectionSettings(), QStringLiteral("A")), a.credentials(), &monitor);
        QString jobA;
        QCOMPARE(submitAndWait(*sessionA, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")), &jobA),
                 Submission::Outcome::JobStarted);
        QCOMPARE(store.record(jobA).connection, QStringLiteral("A"));
        QCOMPARE(store.record(jobA).requestId.size(), 32); // the create call's X-Request-Id, for support

        // A second session of A still waiting for its token when the user switches to B.
        a.setSlowMs(1500);
        Session lateA(named(a.connectionSettings(), QStringLiteral("A, again")), a.credentials(), nullptr);
        bool lateTokenArrived = false;
        lateA.client()->tokens()->withToken(this, [&](const std::optional<ApiError> &) { lateTokenArrived = true; });

        Session sessionB(named(b.connectionSettings(), QStringLiteral("B")), b.credentials(), &monitor);
        QString jobB;
        QCOMPARE(submitAndWait(sessionB, QStringLiteral("file-system"), example(QStringLiteral("file-system")), &jobB),
                 Submission::Outcome::JobStarted);
        QVERIFY(!lateTokenArrived); // B did not wait for (or take) A's token
        QVERIFY(b.received().size() > 0);
        const QByteArray tokenOfB = sessionB.client()->tokens()->token();
        QCOMPARE(lastCreate(b)->header("X-Auth-Token"), tokenOfB);
        QVERIFY(tokenOfB != sessionA->client()->tokens()->token());
        QCOMPARE(a.createCount(), 1);
        QCOMPARE(b.createCount(), 1);

        a.setSlowMs(0);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.record(jobA).isFinished() && monitor.record(jobB).isFinished(), 20000);
        QCOMPARE(monitor.record(jobA).state, JobRecord::State::Success);
        QCOMPARE(monitor.record(jobB).state, JobRecord::State::Success);
        QVERIFY(pollsOf(a, jobA) > 0);
        QCOMPARE(pollsOf(b, jobA), 0); // never asked about at the other connection
        QCOMPARE(pollsOf(a, jobB), 0);
        QTRY_VERIFY_WITH_TIMEOUT(lateTokenArrived, 10000);

        // A's connection goes away while a job of it runs: the job waits and says why; B never polls it.
        a.setJobSeconds(30);
        QString orphan;
        QCOMPARE(submitAndWait(*sessionA, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")), &orphan),
                 Submission::Outcome::JobStarted);
        delete sessionA;
        QTest::qWait(800);
        QVERIFY(!monitor.isFollowed(orphan));
        QVERIFY2(monitor.record(orphan).lastPollError.contains(QStringLiteral("“A”")), qPrintable(monitor.record(orphan).lastPollError));
        QCOMPARE(pollsOf(b, orphan), 0);
        QVERIFY(!monitor.record(orphan).isFinished());

        // Connecting to A again takes the job up where it was.
        Session againA(named(a.connectionSettings(), QStringLiteral("A")), a.credentials(), &monitor);
        QVERIFY(monitor.isFollowed(orphan));
        QTRY_VERIFY_WITH_TIMEOUT(pollsOf(a, orphan) > 0, 10000);
    }

    // An unknown outcome is recorded under its connection, never re-sent; a refusal names its field.
    void outcomesAreRecordedAsTheyHappened()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        JobStore store(m_dir.filePath(QStringLiteral("outcome-jobs.sqlite")));
        JobMonitor monitor(&store);
        Session session(named(sandbox.connectionSettings(AuthMode::AkSk), QStringLiteral("A")), sandbox.credentials(), &monitor);

        QJsonObject taken = example(QStringLiteral("file-system"));
        taken.insert(QStringLiteral("name"), QStringLiteral("sandbox-taken-1"));
        Submission *refused = session.submit(method(QStringLiteral("file-system")), taken);
        QSignalSpy refusedDone(refused, &Submission::finished);
        QVERIFY(refusedDone.wait(20000));
        QCOMPARE(refused->outcome(), Submission::Outcome::Failed);
        QCOMPARE(refused->rejectedField(), QStringLiteral("name"));
        QCOMPARE(refused->error()->code(), QStringLiteral("IMG.0009"));
        delete refused;

        sandbox.dropNextRequests(1); // the create arrives, the answer never does
        Submission *lost = session.submit(method(QStringLiteral("file-system")), example(QStringLiteral("file-system")));
        QSignalSpy lostDone(lost, &Submission::finished);
        QVERIFY(lostDone.wait(20000));
        QCOMPARE(lost->outcome(), Submission::Outcome::OutcomeUnknown);
        const JobRecord r = store.record(lost->recordId());
        QCOMPARE(r.state, JobRecord::State::OutcomeUnknown);
        QCOMPARE(r.connection, QStringLiteral("A"));
        QCOMPARE(sandbox.requestCount(), 2); // sent once, not again
        delete lost;
    }

    // Found by the kill storm (tests/killstorm): a program killed after the create was sent and before
    // its answer was recorded left a job on the server that no list knew of. The list now says so
    // from the moment the create is sent, and holds only the job once the answer is in.
    void aCreateInFlightIsAlreadyInTheList()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        sandbox.setSlowMs(1500); // the create arrives; its answer takes a while
        JobStore store(m_dir.filePath(QStringLiteral("inflight-jobs.sqlite")));
        JobMonitor monitor(&store);
        Session session(named(sandbox.connectionSettings(AuthMode::AkSk), QStringLiteral("A")), sandbox.credentials(), &monitor);
        QJsonObject fields = example(QStringLiteral("file-system"));
        fields.insert(QStringLiteral("name"), QStringLiteral("in-flight-1"));
        auto recordsNamed = [&store](JobRecord::State state) {
            JobStore another(store.path()); // what a program started after a kill would read
            another.reload();
            int n = 0;
            for (const auto &r : another.records())
                n += r.state == state && r.fields.value(QStringLiteral("name")).toString() == QLatin1String("in-flight-1");
            return n;
        };

        Submission *submission = session.submit(method(QStringLiteral("file-system")), fields);
        QSignalSpy done(submission, &Submission::finished);
        QCOMPARE(recordsNamed(JobRecord::State::OutcomeUnknown), 1);
        QVERIFY(done.wait(20000));
        QCOMPARE(submission->outcome(), Submission::Outcome::JobStarted);
        QCOMPARE(recordsNamed(JobRecord::State::OutcomeUnknown), 0);
        QCOMPARE(store.record(submission->jobId()).jobId, submission->jobId());
        QCOMPARE(sandbox.createCount(), 1);
        delete submission;
    }

private:
    static SandboxServer::Options options(double jobSeconds)
    {
        SandboxServer::Options o;
        o.jobSeconds = jobSeconds;
        return o;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
