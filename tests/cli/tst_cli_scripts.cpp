// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "jobs/JobStore.h"
#include "profiles/ConnectionStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// issue 16: the CLI as scripts use it. Each exit status of the table (0 done, 1 failed/refused,
// 2 usage, 3 outcome unknown, 4 auth, 5 timed out, 6 unreachable, 130 interrupted) is pinned against
// `ims-wizard-cli sandbox` run as a real process, as a script would meet it.
class TestCliScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString examples() { return QStringLiteral(IMS_SOURCE_DIR "/resources/data/examples"); }

    // One sandbox process and the environment that points the CLI at it.
    struct Sandbox
    {
        QProcess process;
        QProcessEnvironment env;
        QString envFile;
        ~Sandbox()
        {
            if (process.state() != QProcess::NotRunning) {
                process.terminate();
                process.waitForFinished(5000);
            }
        }
    };

    bool startSandbox(Sandbox &s, const QStringList &extra)
    {
        static int n = 0;
        s.envFile = m_dir.filePath(QStringLiteral("sandbox%1.env").arg(++n));
        s.process.start(QStringLiteral(IMS_CLI_PATH), QStringList{QStringLiteral("sandbox"), QStringLiteral("--env-file"), s.envFile} + extra);
        if (!s.process.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(s.envFile) && t.elapsed() < 10000)
            QTest::qWait(20);
        QFile f(s.envFile);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        s.env = QProcessEnvironment::systemEnvironment();
        static const QRegularExpression line(QStringLiteral("^export (IMS_WIZARD_[A-Z_]+)=(.*)$"));
        for (const auto &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (const auto m = line.match(l); m.hasMatch())
                s.env.insert(m.captured(1), m.captured(2));
        s.env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data%1").arg(n)));
        return true;
    }

    static int run(const QProcessEnvironment &env, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
                   int timeoutMs = 60000, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
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

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    QString failingRequest()
    {
        return writeFile(QStringLiteral("fail.json"),
                         "{\"method\": \"file-data\", \"fields\": {\"name\": \"sandbox-fail\", \"image_url\": \"bucket:x.qcow2\", \"min_disk\": 40}}");
    }

    // A loopback port nobody listens on.
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort();
    }

    static QJsonArray jobsJson(const QProcessEnvironment &env)
    {
        QByteArray out;
        run(env, {QStringLiteral("jobs"), QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out).array();
    }

    static QJsonObject jobIn(const QJsonArray &jobs, const QString &id)
    {
        for (const auto &j : jobs)
            if (j.toObject().value(QStringLiteral("id")).toString() == id)
                return j.toObject();
        return {};
    }

    // The environment without any IMS_WIZARD_* setting of the user's.
    static QProcessEnvironment clean()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &name : env.keys())
            if (name.startsWith(QLatin1String("IMS_WIZARD_")))
                env.remove(name);
        return env;
    }

    Sandbox m_quick; // jobs take 1 s
    Sandbox m_slow;  // jobs take 60 s

private slots:
    void initTestCase()
    {
        QVERIFY(startSandbox(m_quick, {QStringLiteral("--job-seconds"), QStringLiteral("1")}));
        QVERIFY(startSandbox(m_slow, {QStringLiteral("--job-seconds"), QStringLiteral("60")}));
    }

    // 0 and 1: a job that ends in SUCCESS, one that ends in FAIL (nothing was created).
    void exit0DoneAnd1Failed()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("--wait"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("--wait"), failingRequest()}, &out, &err), 1);
        QVERIFY2(out.contains("FAIL"), out.constData());
    }

    // 2: wrong usage, an unreadable file, a bad endpoint, a missing and an unknown method alike.
    void exit2Usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("submit"), QStringLiteral("--nope"), examples() + QStringLiteral("/ecs-system.json")};
        QTest::newRow("no such file") << QStringList{QStringLiteral("submit"), m_dir.filePath(QStringLiteral("absent.json"))};
        QTest::newRow("not a URL") << QStringList{QStringLiteral("submit"), QStringLiteral("--endpoint"), QStringLiteral("notaurl"), examples() + QStringLiteral("/ecs-system.json")};
        QTest::newRow("plain http") << QStringList{QStringLiteral("job"), QStringLiteral("--endpoint"), QStringLiteral("http://ims.example.invalid"), QStringLiteral("x")};
        QTest::newRow("unknown method") << QStringList{QStringLiteral("submit"), writeFile(QStringLiteral("unknown.json"), "{\"method\": \"nope\", \"fields\": {}}")};
        QTest::newRow("bad -o") << QStringList{QStringLiteral("jobs"), QStringLiteral("-o"), QStringLiteral("yaml")};
        QTest::newRow("bad --timeout") << QStringList{QStringLiteral("job"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("x")};
    }

    void exit2Usage()
    {
        QFETCH(QStringList, args);
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, args, &out, &err), 2);
        QVERIFY(err.startsWith("ims-wizard-cli: "));
    }

    // 3: the create call was sent and its answer never came (the sandbox drops it): it may have
    // created the image, the message says so, and it is recorded as outcome unknown.
    void exit3OutcomeUnknown()
    {
        Sandbox s;
        QVERIFY(startSandbox(s, {QStringLiteral("--drop-next-requests"), QStringLiteral("1")}));
        QByteArray out, err;
        // AK/SK: the first request is the create call itself (no token request before it).
        QCOMPARE(run(s.env, {QStringLiteral("submit"), QStringLiteral("--auth"), QStringLiteral("aksk"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 3);
        QVERIFY2(err.contains("outcome is unknown"), err.constData());
        QVERIFY2(!err.contains("could not be reached"), err.constData());
        const QJsonArray jobs = jobsJson(s.env);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("OUTCOME_UNKNOWN"));
    }

    // 4: a refused password stops every command at once, waits included, after one sign-in.
    void exit4Authentication()
    {
        QByteArray out, err;
        QCOMPARE(run(m_slow.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString id = QString::fromLatin1(out.trimmed());
        QProcessEnvironment wrong = m_slow.env;
        wrong.insert(QStringLiteral("IMS_WIZARD_PASSWORD"), QStringLiteral("wrong"));
        QCOMPARE(run(wrong, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 4);
        QElapsedTimer t;
        t.start();
        QCOMPARE(run(wrong, {QStringLiteral("jobs"), QStringLiteral("--wait-all")}, &out, &err, 20000), 4);
        QVERIFY2(t.elapsed() < 10000, QByteArray::number(t.elapsed()).constData());
        QVERIFY(!err.isEmpty());
        QCOMPARE(run(wrong, {QStringLiteral("job"), QStringLiteral("--wait"), id}, &out, &err, 20000), 4);
        QCOMPARE(run(wrong, {QStringLiteral("submit"), QStringLiteral("--dry-run"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 4);
    }

    // 5: --timeout ends a wait on a job that goes on; the job is printed where it got to.
    void exit5TimedOut()
    {
        QByteArray out, err;
        QCOMPARE(run(m_slow.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString id = QString::fromLatin1(out.trimmed());
        QElapsedTimer t;
        t.start();
        QCOMPARE(run(m_slow.env, {QStringLiteral("job"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json"), id}, &out, &err), 5);
        QVERIFY(t.elapsed() < 8000);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("id")).toString(), id);
        QVERIFY(err.contains("--timeout"));
        QCOMPARE(run(m_slow.env, {QStringLiteral("submit"), QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("1"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 5);
    }

    // 6: nothing listens at the endpoint: nothing was sent; a wait gives up within a bounded time.
    void exit6Unreachable()
    {
        QProcessEnvironment env = m_quick.env;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        env.insert(QStringLiteral("IMS_WIZARD_ENDPOINT"), url);
        env.insert(QStringLiteral("IMS_WIZARD_IAM_ENDPOINT"), url);
        QByteArray out, err;
        QCOMPARE(run(env, {QStringLiteral("submit"), QStringLiteral("--auth"), QStringLiteral("aksk"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 6);
        QCOMPARE(run(env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 6);
        QElapsedTimer t;
        t.start();
        QCOMPARE(run(env, {QStringLiteral("job"), QStringLiteral("--wait"), QStringLiteral("--auth"), QStringLiteral("aksk"), QStringLiteral("some-job")}, &out, &err, 40000), 6);
        QVERIFY2(t.elapsed() < 30000, QByteArray::number(t.elapsed()).constData());
    }

    // `job A --wait` follows A only and prints only A, in the same shape as a job that had ended.
    void jobWaitFollowsOneJobOnly()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), failingRequest()}, &out, &err), 0);
        const QString other = QString::fromLatin1(out.trimmed());
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString id = QString::fromLatin1(out.trimmed());
        QCOMPARE(run(m_quick.env, {QStringLiteral("job"), QStringLiteral("--wait"), id}, &out, &err), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(id.toLatin1() + "  SUCCESS"));
        QVERIFY(!out.contains(other.toLatin1()));
        // Again, now that it has ended: the same shape.
        QByteArray again;
        QCOMPARE(run(m_quick.env, {QStringLiteral("job"), QStringLiteral("--wait"), id}, &again, &err), 0);
        QCOMPARE(again, out);
        QCOMPARE(run(m_quick.env, {QStringLiteral("job"), QStringLiteral("--json"), id}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    }

    // `jobs --json --wait-all` prints one JSON document and nothing else.
    void jobsJsonWaitAllIsOnlyJson()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), failingRequest()}, &out, &err), 0);
        QCOMPARE(run(m_quick.env, {QStringLiteral("jobs"), QStringLiteral("--json"), QStringLiteral("--wait-all")}, &out, &err), 1); // one it followed failed
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError && doc.isArray(), out.constData());
        for (const auto &j : doc.array())
            QVERIFY(j.toObject().value(QStringLiteral("state")).toString() != QLatin1String("INIT"));
    }

    // `job ID` refreshes that job in the shared list; `jobs refresh` all of them, without waiting.
    void jobRefreshesTheList()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString first = QString::fromLatin1(out.trimmed());
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString second = QString::fromLatin1(out.trimmed());
        QTest::qWait(2500);
        QCOMPARE(jobIn(jobsJson(m_quick.env), first).value(QStringLiteral("state")).toString(), QStringLiteral("INIT"));
        QCOMPARE(run(m_quick.env, {QStringLiteral("job"), first}, &out, &err), 0);
        QVERIFY(out.startsWith(first.toLatin1() + "  SUCCESS"));
        QCOMPARE(jobIn(jobsJson(m_quick.env), first).value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(jobIn(jobsJson(m_quick.env), second).value(QStringLiteral("state")).toString(), QStringLiteral("INIT"));
        QCOMPARE(run(m_quick.env, {QStringLiteral("jobs"), QStringLiteral("refresh"), QStringLiteral("-o"), QStringLiteral("table")}, &out, &err), 0);
        QVERIFY(out.startsWith("ID "));
        QCOMPARE(jobIn(jobsJson(m_quick.env), second).value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    }

    // A job the list does not know is shown (or not found) but never recorded without its method.
    void anUnknownJobIsNotRecorded()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("job"), QStringLiteral("--wait"), QStringLiteral("no-such-job")}, &out, &err), 1);
        QVERIFY(!err.isEmpty());
        QVERIFY(jobIn(jobsJson(m_quick.env), QStringLiteral("no-such-job")).isEmpty());
    }

    void jobsRmAndPrune()
    {
        Sandbox s;
        QVERIFY(startSandbox(s, {QStringLiteral("--job-seconds"), QStringLiteral("0"), QStringLiteral("--drop-next-requests"), QStringLiteral("1")}));
        QByteArray out, err;
        QCOMPARE(run(s.env, {QStringLiteral("submit"), QStringLiteral("--auth"), QStringLiteral("aksk"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 3);
        // The jobs after it make images of another name: the sandbox lists the images its jobs make, as
        // the cloud does, and one of the dropped request's name would count as made by it.
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("ecs-system-other.json"));
        {
            QFile in(examples() + QStringLiteral("/ecs-system.json"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject request = QJsonDocument::fromJson(in.readAll()).object();
            QJsonObject fields = request.value(QStringLiteral("fields")).toObject();
            fields.insert(QStringLiteral("name"), QStringLiteral("web-golden-2026-12"));
            request.insert(QStringLiteral("fields"), fields);
            QFile out(other);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(request).toJson()) > 0);
        }
        QCOMPARE(run(s.env, {QStringLiteral("submit"), QStringLiteral("--wait"), other}, &out, &err), 0);
        const QString done = QString::fromLatin1(out.split('\n').first());
        QCOMPARE(run(s.env, {QStringLiteral("submit"), other}, &out, &err), 0);
        const QString kept = QString::fromLatin1(out.trimmed());
        QCOMPARE(jobsJson(s.env).size(), 3);
        QCOMPARE(run(s.env, {QStringLiteral("jobs"), QStringLiteral("prune")}, &out, &err), 0); // none 30 days old
        QCOMPARE(jobsJson(s.env).size(), 3);
        // An image the sandbox's account has had since June, named as an entry sent before that: prune asks
        // the cloud about outcome-unknown entries and says which one did create its image.
        {
            ims::JobStore store(s.env.value(QStringLiteral("IMS_WIZARD_DATA_DIR")) + QStringLiteral("/jobs.sqlite"));
            ims::JobRecord r;
            r.id = QStringLiteral("unknown-made-after-all");
            r.methodId = QStringLiteral("ecs-system");
            r.imageName = QStringLiteral("ubuntu-golden-1");
            r.endpoint = s.env.value(QStringLiteral("IMS_WIZARD_ENDPOINT"));
            r.state = ims::JobRecord::State::OutcomeUnknown;
            r.submittedAt = r.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
            QVERIFY(store.save({r}));
        }
        QCOMPARE(run(s.env, {QStringLiteral("jobs"), QStringLiteral("prune"), QStringLiteral("--older-than"), QStringLiteral("0"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonObject pruned = QJsonDocument::fromJson(out).object();
        QCOMPARE(pruned.value(QStringLiteral("removed")).toArray().size(), 3);
        const QJsonArray verdicts = pruned.value(QStringLiteral("outcome_unknown")).toArray();
        QCOMPARE(verdicts.size(), 2);
        for (const auto &v : verdicts) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == QStringLiteral("unknown-made-after-all")) {
                QCOMPARE(o.value(QStringLiteral("created")), QJsonValue(true)); // the cloud has it: it was made
                QCOMPARE(o.value(QStringLiteral("image_id")).toString().size(), 36);
            } else {
                QCOMPARE(o.value(QStringLiteral("created")), QJsonValue(false)); // the dropped create made nothing
            }
        }
        const QJsonArray left = jobsJson(s.env); // the ended job and the outcome-unknown entries went; the unfinished one stays
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(), kept);
        QVERIFY(jobIn(left, done).isEmpty());
        QCOMPARE(run(s.env, {QStringLiteral("jobs"), QStringLiteral("rm"), QStringLiteral("nope")}, &out, &err), 1);
        QCOMPARE(run(s.env, {QStringLiteral("jobs"), QStringLiteral("rm"), kept}, &out, &err), 0);
        QCOMPARE(jobsJson(s.env).size(), 0);
    }

    // submit: prints the warnings validate shows; --json gives the job id (native: the image id).
    void submitJsonAndWarnings()
    {
        QByteArray out, err;
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("--json"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QVERIFY(!QJsonDocument::fromJson(out).object().value(QStringLiteral("job_id")).toString().isEmpty());
        const QStringList natives = QDir(examples()).entryList({QStringLiteral("native*.json")});
        QVERIFY(!natives.isEmpty());
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("--json"), examples() + QLatin1Char('/') + natives.first()}, &out, &err), 0);
        QVERIFY2(!QJsonDocument::fromJson(out).object().value(QStringLiteral("image_id")).toString().isEmpty(), out.constData());
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), examples() + QLatin1Char('/') + natives.first()}, &out, &err), 0);
        QVERIFY2(!out.contains(' ') && !out.trimmed().isEmpty(), out.constData());
    }

    // --dry-run signs in, checks and shows the request, and sends nothing.
    void dryRunSendsNothing()
    {
        Sandbox s;
        QVERIFY(startSandbox(s, {}));
        QByteArray out, err;
        QCOMPARE(run(s.env, {QStringLiteral("submit"), QStringLiteral("--dry-run"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QVERIFY2(out.startsWith("POST http://127.0.0.1:"), out.constData());
        QVERIFY(out.contains("X-Auth-Token: ********"));
        QCOMPARE(jobsJson(s.env).size(), 0);
    }

    // Ctrl+C during a wait: a message and status 130; the sandbox leaves nothing behind on SIGTERM.
    void interruptedWaitAndSandboxCleanUp()
    {
        QByteArray out, err;
        QCOMPARE(run(m_slow.env, {QStringLiteral("submit"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        const QString id = QString::fromLatin1(out.trimmed());
        QProcess waiter;
        waiter.setProcessEnvironment(m_slow.env);
        waiter.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("job"), QStringLiteral("--wait"), id});
        QVERIFY(waiter.waitForStarted());
        QTest::qWait(1500);
        ::kill(pid_t(waiter.processId()), SIGINT);
        QVERIFY(waiter.waitForFinished(5000));
        QCOMPARE(waiter.exitCode(), 130);
        QVERIFY(waiter.readAllStandardError().contains("interrupted"));

        auto *s = new Sandbox;
        QVERIFY(startSandbox(*s, {}));
        const QString envFile = s->envFile;
        QVERIFY(QFile::exists(envFile));
        s->process.terminate();
        QVERIFY(s->process.waitForFinished(5000));
        QVERIFY(!QFile::exists(envFile));
        delete s;
    }

    // preview shows the headers the chosen auth sends: AK/SK signature under --auth aksk.
    void previewShowsTheConnectionsAuth()
    {
        QByteArray out, err;
        const QString file = examples() + QStringLiteral("/ecs-system.json");
        QCOMPARE(run(clean(), {QStringLiteral("preview"), QStringLiteral("--auth"), QStringLiteral("aksk"), QStringLiteral("--region"),
                               QStringLiteral("ap-southeast-1"), QStringLiteral("--project-id"), QStringLiteral("0123456789abcdef0123456789abcdef"), file},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("Authorization: SDK-HMAC-SHA256 Access=") && out.contains("X-Sdk-Date: "), out.constData());
        QVERIFY(out.contains("Host: ims.ap-southeast-1.myhuaweicloud.com"));
        QVERIFY(!out.contains("X-Auth-Token"));
        QCOMPARE(run(clean(), {QStringLiteral("preview"), file}, &out, &err), 0);
        QVERIFY(out.contains("X-Auth-Token: ********"));
        QCOMPARE(run(clean(), {QStringLiteral("preview"), QStringLiteral("--endpoint"), QStringLiteral("notaurl"), file}, &out, &err), 2);
        QVERIFY(out.isEmpty());
    }

    // Usage lines name the command, not the path the program ran from; --help-all works in commands.
    void helpNamesTheCommand()
    {
        for (const char *command : {"job", "jobs", "submit", "preview", "validate", "sign"}) {
            for (const char *option : {"--help", "--help-all"}) {
                QByteArray out, err;
                QCOMPARE(run(clean(), {QString::fromLatin1(command), QString::fromLatin1(option)}, &out, &err), 0);
                QVERIFY2(out.startsWith("Usage: ims-wizard-cli " + QByteArray(command) + " [options]"), out.left(200).constData());
            }
        }
    }

    void standardInputIsCalledSo()
    {
        QByteArray out, err;
        QCOMPARE(run(clean(), {QStringLiteral("validate"), QStringLiteral("-")}, &out, &err, 60000, "not json"), 2);
        QVERIFY2(err.contains("standard input") && !err.contains("/dev/stdin"), err.constData());
    }

    // sign takes the keys from IMS_WIZARD_AK/SK and signs for now without --date.
    void signReadsTheEnvironmentAndDefaultsToNow()
    {
        QProcessEnvironment env = clean();
        env.insert(QStringLiteral("IMS_WIZARD_AK"), QStringLiteral("AKEXAMPLE"));
        env.insert(QStringLiteral("IMS_WIZARD_SK"), QStringLiteral("SKEXAMPLE"));
        QByteArray out, err;
        QCOMPARE(run(env, {QStringLiteral("sign"), QStringLiteral("--verbose"), QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                           QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages")}, &out, &err),
                 0);
        QVERIFY2(out.contains("SDK-HMAC-SHA256 Access=AKEXAMPLE"), out.constData());
        QVERIFY2(out.contains(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd")).toLatin1()), out.constData());
    }

    // An unknown top-level key still exits 2, and the field errors are listed beside it.
    void anUnknownKeyDoesNotHideFieldErrors()
    {
        const QString file = writeFile(QStringLiteral("extra.json"), "{\"method\": \"file-system\", \"fields\": {\"name\": \"x\"}, \"extra\": 1}");
        QByteArray out, err;
        QCOMPARE(run(clean(), {QStringLiteral("validate"), QStringLiteral("--json"), file}, &out, &err), 2);
        const QJsonObject verdict = QJsonDocument::fromJson(out).object();
        QVERIFY2(verdict.value(QStringLiteral("error")).toString().contains(QStringLiteral("extra")), out.constData());
        bool imageUrl = false;
        for (const auto &i : verdict.value(QStringLiteral("issues")).toArray())
            imageUrl = imageUrl || i.toObject().value(QStringLiteral("field")).toString() == QLatin1String("image_url");
        QVERIFY2(imageUrl, out.constData());
        QCOMPARE(run(clean(), {QStringLiteral("validate"), file}, &out, &err), 2);
        QVERIFY2(err.contains("extra") && err.contains("image_url"), err.constData());
    }

    // os-versions lists the known OS versions; -o table has a header; -q drops the warnings.
    void osVersionsTablesAndQuiet()
    {
        QByteArray out, err;
        QCOMPARE(run(clean(), {QStringLiteral("os-versions")}, &out, &err), 0);
        QVERIFY(out.split('\n').size() > 20);
        QVERIFY(out.contains("Ubuntu"));
        QCOMPARE(run(clean(), {QStringLiteral("os-versions"), QStringLiteral("-o"), QStringLiteral("table")}, &out, &err), 0);
        QVERIFY(out.startsWith("OS VERSION"));
        QCOMPARE(run(clean(), {QStringLiteral("os-versions"), QStringLiteral("-o"), QStringLiteral("json")}, &out, &err), 0);
        QVERIFY(QJsonDocument::fromJson(out).array().size() > 20);
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("--dry-run"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QVERIFY(err.contains("dry run"));
        QCOMPARE(run(m_quick.env, {QStringLiteral("submit"), QStringLiteral("-q"), QStringLiteral("--dry-run"), examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
    }

    // --connection (or IMS_WIZARD_CONNECTION) reads the desktop program's saved connection; an
    // option or variable overrides its single setting; an unknown name exits 2 naming the saved ones.
    void namedConnections()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("named"));
        QDir().mkpath(dataDir);
        ims::ConnectionSettings lab;
        lab.name = QStringLiteral("lab");
        lab.imsEndpoint = QUrl(m_quick.env.value(QStringLiteral("IMS_WIZARD_ENDPOINT")));
        lab.iamEndpoint = lab.imsEndpoint;
        lab.region = m_quick.env.value(QStringLiteral("IMS_WIZARD_REGION"));
        lab.projectName = m_quick.env.value(QStringLiteral("IMS_WIZARD_PROJECT"));
        lab.domain = m_quick.env.value(QStringLiteral("IMS_WIZARD_DOMAIN"));
        lab.user = m_quick.env.value(QStringLiteral("IMS_WIZARD_USER"));
        ims::ConnectionStore store(dataDir + QStringLiteral("/connections.json"));
        QVERIFY(store.put(lab));
        QVERIFY(store.save());

        QProcessEnvironment env = clean();
        env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("IMS_WIZARD_PASSWORD"), m_quick.env.value(QStringLiteral("IMS_WIZARD_PASSWORD")));
        QByteArray out, err;
        QCOMPARE(run(env, {QStringLiteral("submit"), QStringLiteral("--connection"), QStringLiteral("lab"), QStringLiteral("--wait"),
                           examples() + QStringLiteral("/ecs-system.json")}, &out, &err), 0);
        QVERIFY2(out.contains("SUCCESS"), err.constData());
        QProcessEnvironment named = env;
        named.insert(QStringLiteral("IMS_WIZARD_CONNECTION"), QStringLiteral("lab"));
        QCOMPARE(run(named, {QStringLiteral("jobs"), QStringLiteral("refresh")}, &out, &err), 0);
        QCOMPARE(run(named, {QStringLiteral("jobs"), QStringLiteral("refresh"), QStringLiteral("--endpoint"),
                             QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("--auth"), QStringLiteral("aksk"),
                             QStringLiteral("--project-id"), QStringLiteral("x")}, &out, &err), 2); // aksk needs IMS_WIZARD_AK: the override took
        QVERIFY2(err.contains("IMS_WIZARD_AK"), err.constData());
        QCOMPARE(run(env, {QStringLiteral("jobs"), QStringLiteral("refresh"), QStringLiteral("--connection"), QStringLiteral("nope")}, &out, &err), 2);
        QVERIFY2(err.contains("lab"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliScripts)
#include "tst_cli_scripts.moc"
