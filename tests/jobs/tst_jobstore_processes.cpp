// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "jobs/JobStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ims;

// The shared job list written by several real programs at once (issue 14, crash safety): two
// `ims-wizard-cli submit` loops against `ims-wizard-cli sandbox`, a `jobs --wait-all` loop that
// follows and updates the jobs they add, and two writers that add and update jobs as the desktop
// program does, a third of which is killed midway. Afterwards nothing is lost and nothing is doubled.
class TestJobStoreProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QProcessEnvironment m_env;

    QProcess *start(const QString &program, const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(m_env);
        p->start(program, args);
        return p;
    }

    // Runs `ims-wizard-cli submit FILE` COUNT times, one after the other; prints each job id.
    QProcess *submitLoop(const QString &file, int count)
    {
        return start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("i=0; while [ $i -lt %1 ]; do \"$0\" submit \"$1\" || echo \"submit exited $?\" >&2; i=$((i+1)); done").arg(count),
                      QStringLiteral(IMS_CLI_PATH), file});
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
        QVERIFY2(variables >= 11, qPrintable(QString::number(variables))); // the data folder, endpoints, account and keys
        QVERIFY(m_env.contains(QStringLiteral("IMS_WIZARD_ENDPOINT")) && m_env.contains(QStringLiteral("IMS_WIZARD_SK")));
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(5000));
    }

    void programsWritingAtOnceLoseAndDoubleNothing()
    {
        const int submits = 15; // per CLI loop (each a process start: slow under ASan)
        const QString path = m_dir.filePath(QStringLiteral("data/jobs.sqlite"));
        const QString example = QStringLiteral(IMS_SOURCE_DIR "/resources/data/examples/ecs-system.json");
        const QString stop = m_dir.filePath(QStringLiteral("stop"));

        QList<QProcess *> submitters{submitLoop(example, submits), submitLoop(example, submits)};
        QList<QProcess *> writers{start(QStringLiteral(IMS_JOBSTORE_WRITER_PATH), {path, QStringLiteral("w1"), stop}),
                                  start(QStringLiteral(IMS_JOBSTORE_WRITER_PATH), {path, QStringLiteral("w2"), stop})};
        // Follows the CLI's jobs while they are being added, writing their states into the same list.
        QProcess *follower = start(QStringLiteral("/bin/sh"),
                                   {QStringLiteral("-c"), QStringLiteral("while [ ! -e \"$1\" ]; do \"$0\" jobs --wait-all >/dev/null 2>>\"$1.err\"; sleep 0.2; done"),
                                    QStringLiteral(IMS_CLI_PATH), stop});

        // A third writer is killed (SIGKILL) in the middle of its work, as a crash or a power button would.
        QProcess *killed = start(QStringLiteral(IMS_JOBSTORE_WRITER_PATH), {path, QStringLiteral("k"), stop});
        QTRY_VERIFY_WITH_TIMEOUT(killed->bytesAvailable() > 2000, 30000);
        killed->kill();
        QVERIFY(killed->waitForFinished(10000));
        QStringList committed;
        for (const auto &l : QString::fromLatin1(killed->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l.startsWith(QLatin1String("done ")))
                committed << l.mid(5);
        QVERIFY(committed.size() > 50);

        QStringList jobIds;
        for (QProcess *p : std::as_const(submitters)) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(120000)); // it may be done already
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            for (const auto &l : QString::fromLatin1(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                jobIds << l.trimmed();
        }
        // The writers and the follower wrote all along; now they stop.
        QFile(stop).open(QIODevice::WriteOnly);
        QList<int> written;
        for (QProcess *p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(30000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QByteArray out = p->readAllStandardOutput().trimmed().split('\n').last();
            QVERIFY2(out.startsWith("wrote "), out.constData());
            written << out.mid(6).toInt();
            QVERIFY2(written.last() > 50, out.constData());
        }
        QVERIFY(follower->waitForFinished(60000));
        QFile followerErrors(stop + QStringLiteral(".err"));
        if (followerErrors.open(QIODevice::ReadOnly)) {
            const QByteArray err = followerErrors.readAll();
            QVERIFY2(!err.contains("job list"), err.constData());
        }

        // Every create was answered once, with a job id of its own.
        QCOMPARE(jobIds.size(), 2 * submits);
        QCOMPARE(QSet<QString>(jobIds.begin(), jobIds.end()).size(), jobIds.size());
        // The last of them followed to their end.
        QProcess last;
        last.setProcessEnvironment(m_env);
        last.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("jobs"), QStringLiteral("--wait-all")});
        QVERIFY(last.waitForFinished(60000));
        QCOMPARE(last.exitCode(), 0);

        JobStore store(path);
        QVERIFY2(store.openError().isEmpty(), qPrintable(store.openError()));
        // Every job the killed writer had committed is there, as it last wrote it (and at most the one
        // it was writing when it died besides).
        for (const auto &id : std::as_const(committed)) {
            QVERIFY2(store.contains(id), qPrintable(id));
            const bool ends = id.mid(2).toInt() % 3 == 0;
            QCOMPARE(store.record(id).state, ends ? JobRecord::State::Success : JobRecord::State::Running);
        }
        const QList<JobRecord> all = store.records();
        const qsizetype ofKilled = std::count_if(all.cbegin(), all.cend(), [](const JobRecord &r) { return r.id.startsWith(QLatin1String("k-")); });
        QVERIFY2(ofKilled == committed.size() || ofKilled == committed.size() + 1,
                 qPrintable(QStringLiteral("%1 of the killed writer's jobs, %2 reported").arg(ofKilled).arg(committed.size())));
        // Nothing doubled: exactly the CLI's jobs and the writers' jobs are in the list.
        QCOMPARE(store.records().size(), qsizetype(2 * submits + written[0] + written[1] + ofKilled));
        qInfo("%d CLI submits and %d + %d jobs of the writers, written at once; %d committed by the writer killed",
              2 * submits, written[0], written[1], int(committed.size()));
        for (const auto &id : std::as_const(jobIds)) {
            QVERIFY2(store.contains(id), qPrintable(id));
            QCOMPARE(store.record(id).state, JobRecord::State::Success);
        }
        // Nothing lost: each writer's last word about each of its jobs is what is there.
        for (int w = 0; w < 2; ++w)
            for (int i = 0; i < written[w]; ++i) {
                const QString prefix = QStringLiteral("w%1").arg(w + 1);
                const JobRecord r = store.record(QStringLiteral("%1-%2").arg(prefix).arg(i));
                QCOMPARE(r.id, QStringLiteral("%1-%2").arg(prefix).arg(i));
                QCOMPARE(r.state, i % 3 == 0 ? JobRecord::State::Success : JobRecord::State::Running);
                QCOMPARE(r.progress, i % 3 == 0 ? 1.0 : 0.5);
            }
    }
};

QTEST_GUILESS_MAIN(TestJobStoreProcesses)
#include "tst_jobstore_processes.moc"
