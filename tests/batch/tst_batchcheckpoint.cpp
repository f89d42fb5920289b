// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "batch/BatchCheckpointWriter.h"
#include "batch/BatchInput.h"
#include "batch/BatchRunner.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ims;

// A batch's checkpoint is written off the thread that runs the batch (the window's), and a create
// still goes out only once its "sending" note is on disk: a slow disk slows the batch, never the
// window, and a kill never leaves a create the checkpoint does not know of.
class TestBatchCheckpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A save that waits at a gate (as a slow disk would) before writing for real; where and how often it ran.
    struct GatedSave
    {
        QSemaphore gate;
        std::atomic<int> calls{0};
        std::atomic<QThread *> thread{nullptr};
        bool fail = false;

        BatchCheckpointWriter::Save save()
        {
            return [this](const BatchCheckpoint &state, const QString &path, QString *error) {
                thread = QThread::currentThread();
                ++calls;
                // Bounded: a writer that ran on the caller's thread fails the test instead of hanging it.
                if (!gate.tryAcquire(1, 10000)) {
                    *error = QStringLiteral("gate never opened");
                    return false;
                }
                if (fail) {
                    *error = QStringLiteral("No space left on device");
                    return false;
                }
                return state.save(path, error);
            };
        }
    };

    QString csv(const QString &name, int rows)
    {
        QByteArray data = "method,name,image_url,min_disk,os_type\n";
        for (int i = 0; i < rows; ++i)
            data += "file-data," + name.toUtf8() + "-{row},ims-image:centos76.qcow2,40,Linux\n";
        const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

    // A batch of `rows` valid rows of a CSV named `name` against a sandbox, checked (by validation
    // only) and ready to send, its checkpoint in the test's folder and written through `disk`.
    struct SandboxBatch
    {
        GatedSave disk; // first: it outlives the runner, whose writer may still call it when it ends
        SandboxServer sandbox;
        std::unique_ptr<Session> session;
        std::unique_ptr<BatchRunner> runner;
    };

    std::unique_ptr<SandboxBatch> batchOnSandbox(const QString &name, int rows)
    {
        auto b = std::make_unique<SandboxBatch>();
        if (!b->sandbox.start())
            return nullptr;
        b->session = std::make_unique<Session>(b->sandbox.connectionSettings(), b->sandbox.credentials(), nullptr);
        QString error;
        const auto input = BatchInput::read(csv(name, rows), QString(), &error);
        if (!input) {
            qWarning() << error;
            return nullptr;
        }
        b->runner = std::make_unique<BatchRunner>(b->session.get(), nullptr, *input);
        b->runner->setCheckpointPath(m_dir.filePath(name + QStringLiteral(".json")));
        b->runner->setRowCheck(BatchRunner::validationOnly());
        b->runner->checkpointWriter()->setSave(b->disk.save());
        QSignalSpy done(b->runner.get(), &BatchRunner::checked);
        b->runner->check();
        if (!done.wait(5000) || b->runner->counts().ready != rows)
            return nullptr;
        return b;
    }

private slots:
    void writesOffTheCallingThreadAndTheNewestStateWins()
    {
        BatchCheckpointWriter writer;
        GatedSave disk;
        writer.setSave(disk.save());
        QSignalSpy written(&writer, &BatchCheckpointWriter::written);
        const QString path = m_dir.filePath(QStringLiteral("newest.json"));
        BatchCheckpoint state;
        state.batchId = QStringLiteral("b");
        QElapsedTimer clock;
        clock.start();
        state.rows.insert(1, {BatchCheckpoint::Entry::Step::Sending, {}, {}, {}});
        writer.write(state, path);
        QTRY_COMPARE(disk.calls.load(), 1);
        quint64 last = 0;
        for (int row = 2; row <= 3; ++row) {
            state.rows.insert(row, {BatchCheckpoint::Entry::Step::Sending, {}, {}, {}});
            last = writer.write(state, path);
        }
        // The disk is "stuck" in the first write, yet queueing took no time on this thread.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(disk.thread.load() != QThread::currentThread());
        QVERIFY(written.isEmpty());
        disk.gate.release(10);
        QTRY_COMPARE(writer.lastWritten(), last);
        // The first write, then only the newest of the two that waited: one sync less for the same state.
        QCOMPARE(disk.calls.load(), 2);
        const BatchCheckpoint onDisk = BatchCheckpoint::load(path);
        QCOMPARE(onDisk.rows.size(), 3);
    }

    void aCreateWaitsUntilItsNoteIsOnDisk()
    {
        const auto batch = batchOnSandbox(QStringLiteral("gated"), 3);
        QVERIFY(batch);
        BatchRunner &runner = *batch->runner;
        GatedSave &disk = batch->disk;
        QSignalSpy finished(&runner, &BatchRunner::sendingFinished);
        runner.send();
        // The rows are chosen and noted in one write, which the disk holds: nothing is sent yet,
        // and this thread goes on (the spy's event loop runs).
        QTRY_COMPARE(disk.calls.load(), 1);
        QTest::qWait(300);
        QCOMPARE(batch->sandbox.createCount(), 0);
        QCOMPARE(runner.createsSent(), 0);
        for (const BatchRow &row : runner.rows())
            QCOMPARE(row.state, BatchRow::State::Sending);
        disk.gate.release(100);
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch->sandbox.createCount(), 3);
        QCOMPARE(runner.counts().sent, 3);
        // What a resume reads: all three rows noted.
        QTRY_COMPARE(BatchCheckpoint::load(m_dir.filePath(QStringLiteral("gated.json"))).rows.size(), 3);
    }

    void aNoteThatCannotBeWrittenSendsNothing()
    {
        const auto batch = batchOnSandbox(QStringLiteral("full"), 2);
        QVERIFY(batch);
        BatchRunner &runner = *batch->runner;
        batch->disk.fail = true;
        batch->disk.gate.release(100);
        QSignalSpy finished(&runner, &BatchRunner::sendingFinished);
        runner.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch->sandbox.createCount(), 0);
        QCOMPARE(runner.counts().notSent, 2);
        QVERIFY2(runner.stopReason().contains(QStringLiteral("No space left on device")), qPrintable(runner.stopReason()));
        QVERIFY(runner.stopReason().contains(QStringLiteral("nothing is sent twice")));
    }
};

QTEST_GUILESS_MAIN(TestBatchCheckpoint)
#include "tst_batchcheckpoint.moc"
