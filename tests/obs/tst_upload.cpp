// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "obs/FileUpload.h"
#include "obs/MultipartCalls.h"
#include "obs/ObsClient.h"
#include "obs/UploadCheckpoint.h"
#include "sandbox/SandboxObsServer.h"
#include "UploadTestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// Uploads over real HTTP to the sandbox's OBS look-alike, which checks every signature and Content-MD5
// and stores the parts on disk: the object's bytes equal the file's, a killed CLI resumes the same
// upload sending only the missing parts, a changed file starts over, abort deletes the parts, and a
// too-small part or a wrong secret key is one sentence.
class TestUpload : public QObject
{
    Q_OBJECT

    const QString m_ak = QStringLiteral("SANDBOXACCESSKEY0001");
    const QString m_sk = QStringLiteral("sandbox-secret-key-0123456789abcdef");
    const QString m_bucket = QStringLiteral("uploads");
    static constexpr qint64 partSize = 256 * 1024;
    static constexpr qint64 fileSize = 13 * partSize - 54321; // 13 parts, the last one shorter
    SandboxObsServer *m_server = nullptr;
    QTemporaryDir m_dir;

    ObsClient *client()
    {
        auto *c = new ObsClient(this);
        c->setEndpoint({m_server->url(), QStringLiteral("sandbox-1"), ObsEndpoint::Addressing::Path});
        c->setKey({m_ak, m_sk, {}});
        c->setRetryPolicy({4, 20, 100});
        return c;
    }
    QString makeFile(const QString &name, qint64 size) { return test::writeRandomFile(m_dir.filePath(name), size); }
    static QByteArray md5Of(const QString &path) { return test::md5Of(path); }
    static bool run(FileUpload &upload)
    {
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        return done.wait(20000);
    }
    QProcess *cli(const QStringList &args, const QString &secret = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMS_WIZARD_OBS_ENDPOINT"), m_server->url().toString());
        env.insert(QStringLiteral("IMS_WIZARD_REGION"), QStringLiteral("sandbox-1"));
        env.insert(QStringLiteral("IMS_WIZARD_OBS_ADDRESSING"), QStringLiteral("path"));
        env.insert(QStringLiteral("IMS_WIZARD_AK"), m_ak);
        env.insert(QStringLiteral("IMS_WIZARD_SK"), secret.isEmpty() ? m_sk : secret);
        env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(IMS_CLI_PATH), QStringList{QStringLiteral("upload")} + args);
        return p;
    }
    static bool waitFor(QProcess *p)
    {
        QSignalSpy done(p, &QProcess::finished);
        return p->state() == QProcess::NotRunning || done.wait(30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("IMS_WIZARD_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_server = new SandboxObsServer(m_ak, m_sk, QStringLiteral("sandbox-1"), this);
        QVERIFY(m_server->start());
        m_server->addBucket(m_bucket);
    }

    void partSizeWithinObsLimits()
    {
        QString error;
        QCOMPARE(FileUpload::choosePartSize(1024, 0, &error), 16 * 1024 * 1024);
        // 200 GB: 10,000 parts of 16 MiB would not hold it; parts grow in whole MiB.
        const qint64 big = 200LL * 1000 * 1000 * 1000;
        const qint64 chosen = FileUpload::choosePartSize(big, 0, &error);
        QVERIFY((big + chosen - 1) / chosen <= FileUpload::maxParts);
        QCOMPARE(chosen % (1024 * 1024), 0);
        QCOMPARE(FileUpload::choosePartSize(big, 1024 * 1024, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("10,000")), qPrintable(error));
        QCOMPARE(FileUpload::choosePartSize(big, 50 * 1024, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("100 KB")), qPrintable(error));
    }

    void multipartObjectEqualsFileDespitePassingFaults()
    {
        const QString path = makeFile(QStringLiteral("disk.img"), fileSize);
        QVERIFY(!path.isEmpty());
        const int putsBefore = m_server->partPutCount();
        const int requestsBefore = m_server->requestCount();
        // Two part PUTs refused with 503 once the upload is under way: each is sent again.
        bool throttled = false;
        auto c = connect(m_server, &SandboxObsServer::partStored, this, [&] {
            if (!throttled)
                m_server->throttleNext(2);
            throttled = true;
        });
        FileUpload upload(client(), path, m_bucket, QStringLiteral("images/disk.img"));
        upload.setPartSize(partSize);
        upload.setParallel(3);
        qint64 lastProgress = 0;
        connect(&upload, &FileUpload::progress, this, [&](qint64 done, qint64) { lastProgress = done; });
        QVERIFY(run(upload));
        disconnect(c);
        QVERIFY2(upload.state() == FileUpload::State::Completed, qPrintable(upload.errorMessage()));
        QCOMPARE(upload.partCount(), 13);
        QCOMPARE(m_server->partPutCount() - putsBefore, 13);
        // initiate + 13 parts + complete, plus the two refused and sent again
        QCOMPARE(m_server->requestCount() - requestsBefore, 1 + 13 + 1 + 2);
        QCOMPARE(m_server->objectMd5(m_bucket, QStringLiteral("images/disk.img")), md5Of(path));
        QVERIFY2(upload.objectEtag().endsWith("-13\""), upload.objectEtag().constData());
        QCOMPARE(lastProgress, fileSize);
        QVERIFY(!QFile::exists(upload.checkpointPath()));
        QCOMPARE(m_server->openUploadCount(), 0);
    }

    void smallFileIsOnePut()
    {
        const QString path = makeFile(QStringLiteral("small.iso"), 50 * 1024);
        const int initiated = m_server->initiateCount();
        // Temporary keys: the token is sent and signed (x-amz-security-token), which the sandbox verifies.
        ObsClient *temporary = client();
        temporary->setKey({m_ak, m_sk, QStringLiteral("temporary-security-token")});
        FileUpload upload(temporary, path, m_bucket, QStringLiteral("small.iso"));
        QVERIFY(run(upload));
        QVERIFY2(upload.state() == FileUpload::State::Completed, qPrintable(upload.errorMessage()));
        QCOMPARE(m_server->initiateCount(), initiated);
        QCOMPARE(m_server->objectMd5(m_bucket, QStringLiteral("small.iso")), md5Of(path));
    }

    void killedCliResumesSameUploadSendingOnlyMissingParts()
    {
        const QString path = makeFile(QStringLiteral("resume.qcow2"), fileSize);
        const QStringList args{path,
                               m_bucket + QStringLiteral("/resume.qcow2"),
                               QStringLiteral("--part-size"),
                               QStringLiteral("256K"),
                               QStringLiteral("--parallel"),
                               QStringLiteral("2")};
        const int putsBefore = m_server->partPutCount();
        const int initiated = m_server->initiateCount();
        QProcess *first = cli(args);
        auto c = connect(m_server, &SandboxObsServer::partStored, this, [&](int count) {
            if (count - putsBefore == 4)
                first->kill();
        });
        QVERIFY(waitFor(first));
        disconnect(c);
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        QCOMPARE(m_server->initiateCount(), initiated + 1);

        const QString checkpointPath =
            UploadCheckpoint::pathFor(path, m_bucket, QStringLiteral("resume.qcow2"));
        const auto checkpoint = UploadCheckpoint::load(checkpointPath);
        QVERIFY2(checkpoint, qPrintable(checkpointPath));
        const int onServer = m_server->uploadPartCount(checkpoint->uploadId);
        QVERIFY(onServer >= 4 && onServer < 13);

        const int putsBetween = m_server->partPutCount();
        QProcess *second = cli(args);
        QVERIFY(waitFor(second));
        const QString err = QString::fromUtf8(second->readAllStandardError());
        QVERIFY2(second->exitStatus() == QProcess::NormalExit && second->exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Resuming upload ") + checkpoint->uploadId), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral(" left")), qPrintable(err)); // the progress lines
        QCOMPARE(m_server->initiateCount(), initiated + 1); // the same upload id, not a new upload
        QCOMPARE(m_server->partPutCount() - putsBetween, 13 - onServer);
        QCOMPARE(m_server->objectMd5(m_bucket, QStringLiteral("resume.qcow2")), md5Of(path));
        QVERIFY(!QFile::exists(checkpointPath));
    }

    void changedFileStartsOverAndSaysWhy()
    {
        const QString path = makeFile(QStringLiteral("changing.vhd"), fileSize);
        QString firstId;
        {
            FileUpload upload(client(), path, m_bucket, QStringLiteral("changing.vhd"));
            upload.setPartSize(partSize);
            upload.setParallel(1);
            const int before = m_server->partPutCount();
            connect(m_server, &SandboxObsServer::partStored, &upload, [&](int count) {
                if (count - before == 3)
                    QMetaObject::invokeMethod(&upload, &FileUpload::pause, Qt::QueuedConnection);
            });
            QVERIFY(run(upload));
            QCOMPARE(upload.state(), FileUpload::State::Paused);
            firstId = upload.uploadId();
        }
        QCOMPARE(m_server->uploadPartCount(firstId), 3);
        // Same size, other bytes, later modification time.
        QVERIFY(!makeFile(QStringLiteral("changing.vhd"), fileSize).isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        f.close();

        FileUpload again(client(), path, m_bucket, QStringLiteral("changing.vhd"));
        again.setPartSize(partSize);
        QStringList notices;
        connect(&again, &FileUpload::notice, this, [&](const QString &t) { notices << t; });
        QVERIFY(run(again));
        QVERIFY2(again.state() == FileUpload::State::Completed, qPrintable(again.errorMessage()));
        QVERIFY(!again.resumed());
        QVERIFY(again.uploadId() != firstId);
        QVERIFY2(notices.join(QLatin1Char('\n')).contains(QStringLiteral("file changed")),
                 qPrintable(notices.join(QLatin1Char('\n'))));
        QCOMPARE(m_server->objectMd5(m_bucket, QStringLiteral("changing.vhd")), md5Of(path));
        QTRY_COMPARE(m_server->uploadPartCount(firstId), -1); // the old parts were deleted
    }

    void listPartsFollowsEveryPage()
    {
        const QString path = makeFile(QStringLiteral("paged.img"), fileSize);
        FileUpload upload(client(), path, m_bucket, QStringLiteral("paged.img"));
        upload.setPartSize(partSize);
        upload.setParallel(1);
        const int before = m_server->partPutCount();
        connect(m_server, &SandboxObsServer::partStored, &upload, [&](int count) {
            if (count - before == 7)
                QMetaObject::invokeMethod(&upload, &FileUpload::pause, Qt::QueuedConnection);
        });
        QVERIFY(run(upload));
        QCOMPARE(upload.state(), FileUpload::State::Paused);
        auto *list = new ListPartsCall(client(), m_bucket, QStringLiteral("paged.img"), upload.uploadId(), 3);
        QSignalSpy done(list, &ObsCall::finished);
        list->start();
        QVERIFY(done.wait(10000));
        QVERIFY2(list->succeeded(), qPrintable(list->error() ? list->error()->userMessage() : QString()));
        QCOMPARE(list->pages(), 3);
        QCOMPARE(list->parts().size(), 7);
        QCOMPARE(list->parts().last().number, 7);
        QCOMPARE(list->parts().first().size, partSize);

        // Resumed in-process too: only the 6 missing parts go.
        FileUpload again(client(), path, m_bucket, QStringLiteral("paged.img"));
        const int between = m_server->partPutCount();
        QVERIFY(run(again));
        QVERIFY2(again.state() == FileUpload::State::Completed, qPrintable(again.errorMessage()));
        QVERIFY(again.resumed());
        QCOMPARE(again.uploadId(), upload.uploadId());
        QCOMPARE(m_server->partPutCount() - between, 6);
        QCOMPARE(m_server->objectMd5(m_bucket, QStringLiteral("paged.img")), md5Of(path));
    }

    void pausedUploadCanBeAbortedLater()
    {
        const QString path = makeFile(QStringLiteral("later.img"), fileSize);
        FileUpload upload(client(), path, m_bucket, QStringLiteral("later.img"));
        upload.setPartSize(partSize);
        const int before = m_server->partPutCount();
        connect(m_server, &SandboxObsServer::partStored, &upload, [&](int count) {
            if (count - before == 2)
                QMetaObject::invokeMethod(&upload, &FileUpload::pause, Qt::QueuedConnection);
        });
        QVERIFY(run(upload));
        QCOMPARE(upload.state(), FileUpload::State::Paused);
        QVERIFY(m_server->uploadPartCount(upload.uploadId()) >= 2);
        QVERIFY(QFile::exists(upload.checkpointPath())); // pause keeps it
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.abort();
        QVERIFY(done.wait(10000));
        QCOMPARE(upload.state(), FileUpload::State::Aborted);
        QCOMPARE(m_server->uploadPartCount(upload.uploadId()), -1);
        QVERIFY(!QFile::exists(upload.checkpointPath()));
    }

    void partWithWrongContentMd5IsRefused()
    {
        const QString path = makeFile(QStringLiteral("digest.img"), partSize);
        auto *init = new InitiateMultipartCall(client(), m_bucket, QStringLiteral("digest.img"));
        QSignalSpy initiated(init, &ObsCall::finished);
        init->start();
        QVERIFY(initiated.wait(10000));
        QVERIFY(init->succeeded());
        const QByteArray wrong = QCryptographicHash::hash("other bytes", QCryptographicHash::Md5);
        auto *part = new UploadPartCall(client(), m_bucket, QStringLiteral("digest.img"), init->uploadId(), 1,
                                        path, 0, partSize, wrong);
        QSignalSpy sent(part, &ObsCall::finished);
        part->start();
        QVERIFY(sent.wait(10000));
        QVERIFY(!part->succeeded());
        QCOMPARE(part->error()->code(), QStringLiteral("BadDigest"));
        QCOMPARE(part->attempts(), 1); // a refusal, not a passing fault: not sent again
        QCOMPARE(m_server->uploadPartCount(init->uploadId()), 0);
    }

    void abortDeletesThePartsOnObs()
    {
        const QString path = makeFile(QStringLiteral("abort.vmdk"), fileSize);
        FileUpload upload(client(), path, m_bucket, QStringLiteral("abort.vmdk"));
        upload.setPartSize(partSize);
        const int before = m_server->partPutCount();
        connect(m_server, &SandboxObsServer::partStored, &upload, [&](int count) {
            if (count - before == 3)
                QMetaObject::invokeMethod(&upload, &FileUpload::abort, Qt::QueuedConnection);
        });
        QVERIFY(run(upload));
        QCOMPARE(upload.state(), FileUpload::State::Aborted);
        QVERIFY(!upload.uploadId().isEmpty());
        QCOMPARE(m_server->uploadPartCount(upload.uploadId()), -1);
        QVERIFY(!QFile::exists(upload.checkpointPath()));
        QVERIFY(m_server->objectMd5(m_bucket, QStringLiteral("abort.vmdk")).isEmpty());
    }

    void tooSmallPartIsOneSentence()
    {
        const QString path = makeFile(QStringLiteral("tiny-parts.raw"), fileSize);
        QProcess *p = cli({path, m_bucket + QStringLiteral("/tiny-parts.raw"), QStringLiteral("--part-size"),
                           QStringLiteral("50K")});
        QVERIFY(waitFor(p));
        const QStringList lines =
            QString::fromUtf8(p->readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(p->exitCode(), 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QStringLiteral("between 100 KB and 5 GB")), qPrintable(lines[0]));

        // A server asking for more than 100 KB (S3 and Swift: 5 MB) refuses at completion.
        m_server->setMinPartSize(1024 * 1024);
        FileUpload upload(client(), path, m_bucket, QStringLiteral("tiny-parts.raw"));
        upload.setPartSize(partSize);
        QVERIFY(run(upload));
        m_server->setMinPartSize(100 * 1024);
        QCOMPARE(upload.state(), FileUpload::State::Failed);
        QVERIFY2(upload.errorMessage().contains(QStringLiteral("too small")),
                 qPrintable(upload.errorMessage()));
    }

    void wrongSecretKeyIsOneSentence()
    {
        const QString path = makeFile(QStringLiteral("secret.img"), fileSize);
        QProcess *p = cli({path, m_bucket + QStringLiteral("/secret.img"), QStringLiteral("--part-size"),
                           QStringLiteral("256K")},
                          QStringLiteral("not-the-secret"));
        QVERIFY(waitFor(p));
        const QStringList lines =
            QString::fromUtf8(p->readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(p->exitCode(), 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QStringLiteral("secret key is not the one of access key ") + m_ak),
                 qPrintable(lines[0]));
    }
};

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"
