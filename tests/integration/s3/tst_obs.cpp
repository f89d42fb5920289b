// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "obs/FileUpload.h"
#include "obs/FileWindow.h"
#include "obs/MultipartCalls.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"
#include "obs/UploadCheckpoint.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include <functional>

using namespace ims;

// The OBS calls and `list` against a real S3 peer: OpenStack Swift with its s3api on 127.0.0.1, which
// checks AWS Signature V4 (path-style addressing). run.sh starts it and passes IMS_S3_*.
class TestObs : public QObject
{
    Q_OBJECT

    const QString m_bucket = QStringLiteral("ims-obs-listing");
    const QString m_images = QStringLiteral("ims-obs-images");
    QString m_region;
    ObsClient *m_client = nullptr;
    QByteArray m_qcow2;

    ObsClient *clientWith(const QString &secret)
    {
        auto *c = new ObsClient(this);
        c->setEndpoint({QUrl(qEnvironmentVariable("IMS_S3_ENDPOINT")), m_region, ObsEndpoint::Addressing::Auto});
        c->setKey({qEnvironmentVariable("IMS_S3_AK"), secret, {}});
        c->setRetryPolicy({2, 100, 400});
        return c;
    }

    // QVERIFY2 builds its message whether or not the check fails.
    static QString why(const ObsCall *call) { return call->error() ? call->error()->userMessage() : QString(); }

    // Runs a call to its end; the call is deleted with the test's client.
    static bool run(ObsCall *call, int timeoutMs = 60000)
    {
        QSignalSpy done(call, &ObsCall::finished);
        call->start();
        return done.wait(timeoutMs);
    }

    // The key of small object i: 600 under images/linux/, 500 under images/windows/, 397 under logs/,
    // 3 right under images/ (1,500 in all).
    static QString keyOf(int i)
    {
        if (i < 600)
            return QStringLiteral("images/linux/disk-%1.raw").arg(i, 4, 10, QLatin1Char('0'));
        if (i < 1100)
            return QStringLiteral("images/windows/disk-%1.vhd").arg(i, 4, 10, QLatin1Char('0'));
        if (i < 1497)
            return QStringLiteral("logs/%1 run (%2).log").arg(i).arg(i % 7);
        return QStringLiteral("images/readme-%1.txt").arg(i);
    }
    static QByteArray bodyOf(int i) { return "object " + QByteArray::number(i) + '\n'; }

    QProcessEnvironment cliEnvironment(const QString &secret = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMS_WIZARD_OBS_ENDPOINT"), qEnvironmentVariable("IMS_S3_ENDPOINT"));
        env.insert(QStringLiteral("IMS_WIZARD_REGION"), m_region);
        env.insert(QStringLiteral("IMS_WIZARD_AK"), qEnvironmentVariable("IMS_S3_AK"));
        env.insert(QStringLiteral("IMS_WIZARD_SK"), secret.isEmpty() ? qEnvironmentVariable("IMS_S3_SK") : secret);
        return env;
    }

    // The S3 ETag of a multipart object made of `path` cut into parts of `partSize`: the MD5 of the
    // parts' MD5s, then "-" and the part count (what the server computes from the bytes it stored).
    static QByteArray multipartEtag(const QString &path, qint64 partSize)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray digests;
        int parts = 0;
        while (!f.atEnd()) {
            QCryptographicHash part(QCryptographicHash::Md5);
            qint64 left = partSize;
            while (left > 0 && !f.atEnd()) {
                const QByteArray chunk = f.read(std::min<qint64>(left, 4 << 20));
                part.addData(chunk);
                left -= chunk.size();
            }
            digests += part.result();
            ++parts;
        }
        return '"' + QCryptographicHash::hash(digests, QCryptographicHash::Md5).toHex() + '-' + QByteArray::number(parts) + '"';
    }

    // The object's bytes hashed as they are read back in ranges of 8 MiB.
    QByteArray objectMd5(const QString &bucket, const QString &key, qint64 size)
    {
        QCryptographicHash md5(QCryptographicHash::Md5);
        for (qint64 first = 0; first < size; first += 8 << 20) {
            auto *get = new GetObjectRangeCall(m_client, bucket, key, first, std::min(size, first + (8 << 20)) - 1);
            if (!run(get) || !get->succeeded())
                return {};
            md5.addData(get->data());
            get->deleteLater();
        }
        return md5.result().toHex();
    }

    static bool writeRandomFile(const QString &path, qint64 size)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 done = 0; done < size; done += block.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            if (f.write(block.constData(), std::min<qint64>(block.size(), size - done)) < 0)
                return false;
        }
        return true;
    }

    QByteArray runCli(const QStringList &args, int *exitCode, QByteArray *errors = nullptr, const QString &secret = {},
                      int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(secret));
        p.start(qEnvironmentVariable("IMS_S3_CLI"), args);
        if (!p.waitForFinished(timeoutMs))
            return {};
        *exitCode = p.exitCode();
        if (errors)
            *errors = p.readAllStandardError();
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        for (const char *name : {"IMS_S3_ENDPOINT", "IMS_S3_AK", "IMS_S3_SK", "IMS_S3_REGION", "IMS_S3_CLI"})
            if (qEnvironmentVariableIsEmpty(name))
                QSKIP("run through tests/integration/s3/run.sh, which starts Swift with s3api");
        m_region = qEnvironmentVariable("IMS_S3_REGION");
        m_client = clientWith(qEnvironmentVariable("IMS_S3_SK"));

        QElapsedTimer t;
        t.start();
        for (const QString &bucket : {m_bucket, m_images}) {
            auto *create = new CreateBucketCall(m_client, bucket, m_region);
            QVERIFY(run(create));
            // A second run against the same store (by hand) finds its buckets there already.
            QVERIFY2(create->succeeded() || create->error()->code() == QLatin1String("BucketAlreadyOwnedByYou"),
                     qPrintable(why(create)));
        }
        // 1,500 small objects, 16 PUTs in flight (the program's own PutObjectCall: a setup that is also a test).
        int next = 0, done = 0, failed = 0;
        QString firstError;
        QEventLoop loop;
        std::function<void()> launch = [&] {
            const int i = next++;
            auto *put = new PutObjectCall(m_client, m_bucket, keyOf(i), bodyOf(i), "text/plain");
            connect(put, &ObsCall::finished, &loop, [&, put] {
                ++done;
                if (!put->succeeded()) {
                    ++failed;
                    firstError = put->error()->userMessage();
                }
                put->deleteLater();
                if (next < 1500)
                    launch();
                else if (done == 1500)
                    loop.quit();
            });
            put->start();
        };
        for (int k = 0; k < 16; ++k)
            launch();
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(done, 1500);
        QVERIFY2(failed == 0, qPrintable(firstError));
        const qint64 putMs = t.elapsed();

        const QString qcow2 = qEnvironmentVariable("IMS_S3_QCOW2");
        if (!qcow2.isEmpty()) {
            QFile f(qcow2);
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_qcow2 = f.readAll();
            auto *put = new PutObjectCall(m_client, m_images, QStringLiteral("os/disk.qcow2"), m_qcow2);
            QVERIFY(run(put));
            QVERIFY2(put->succeeded(), qPrintable(why(put)));
        }
        qInfo("FIGURE setup: 2 buckets and 1500 objects in %lld ms (PutObjectCall, 16 in flight)", putMs);
    }

    void listBucketsWithTheirRegion()
    {
        auto *call = new ListBucketsCall(m_client);
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        QSet<QString> names;
        for (const auto &b : call->buckets()) {
            names.insert(b.name);
            // Swift leaves Location out of the list: the call asked GET /BUCKET?location for each.
            QCOMPARE(b.location, m_region);
            QVERIFY(!b.creationDate.isEmpty());
        }
        QVERIFY(names.contains(m_bucket));
        QVERIFY(names.contains(m_images));
    }

    void listAllPagesPastAThousand()
    {
        QElapsedTimer t;
        t.start();
        auto *call = new ListObjectsCall(m_client, m_bucket);
        QSignalSpy pages(call, &ListObjectsCall::pageLoaded);
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        qInfo("FIGURE list: 1500 objects in %d pages, %lld ms", call->pages(), t.elapsed());
        QCOMPARE(call->objects().size(), 1500);
        QCOMPARE(call->pages(), 2);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).at(0).toInt(), 1000);
        QSet<QString> keys;
        for (const auto &o : call->objects()) {
            keys.insert(o.key);
            QVERIFY(o.size > 0);
            QVERIFY(o.lastModifiedTime().isValid());
            QVERIFY(o.etag.startsWith(QLatin1Char('"')));
        }
        QCOMPARE(keys.size(), 1500);
        for (int i : {0, 599, 1100, 1496, 1499})
            QVERIFY2(keys.contains(keyOf(i)), qPrintable(keyOf(i)));

        // Smaller pages: the markers carry on where the page ended, nothing twice, nothing lost.
        auto *small = new ListObjectsCall(m_client, m_bucket, QStringLiteral("logs/"), {}, 150);
        QVERIFY(run(small));
        QVERIFY(small->succeeded());
        QCOMPARE(small->objects().size(), 397);
        QCOMPARE(small->pages(), 3);
    }

    void listFoldersWithPrefixAndDelimiter()
    {
        auto *call = new ListObjectsCall(m_client, m_bucket, QStringLiteral("images/"), QStringLiteral("/"), 2);
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        QCOMPARE(call->commonPrefixes(), (QStringList{QStringLiteral("images/linux/"), QStringLiteral("images/windows/")}));
        QCOMPARE(call->objects().size(), 3);
        QCOMPARE(call->objects().first().key, QStringLiteral("images/readme-1497.txt"));
        QVERIFY(call->pages() >= 3); // 5 entries, 2 a page: NextMarker followed across folders and files
    }

    void headObject()
    {
        auto *call = new HeadObjectCall(m_client, m_bucket, keyOf(1200));
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        const ObsObject &o = call->object();
        QCOMPARE(o.size, bodyOf(1200).size());
        QCOMPARE(o.storageClass, QStringLiteral("STANDARD"));
        QCOMPARE(o.etag, QLatin1Char('"') + QString::fromLatin1(QCryptographicHash::hash(bodyOf(1200), QCryptographicHash::Md5).toHex()) + QLatin1Char('"'));
        const QDateTime modified = o.lastModifiedTime();
        QVERIFY2(modified.isValid(), qPrintable(o.lastModified));
        QVERIFY(std::abs(modified.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QCOMPARE(o.contentType, QStringLiteral("text/plain"));
    }

    void rangeReadsAQcow2Header()
    {
        if (m_qcow2.isEmpty())
            QSKIP("no qcow2 file (qemu-img missing)");
        auto *head = new GetObjectRangeCall(m_client, m_images, QStringLiteral("os/disk.qcow2"), 0, 511);
        QVERIFY(run(head));
        QVERIFY2(head->succeeded(), qPrintable(why(head)));
        QCOMPARE(head->httpStatus(), 206);
        QCOMPARE(head->data(), m_qcow2.left(512));
        QCOMPARE(head->objectSize(), qint64(m_qcow2.size()));
        // The header as qemu-img wrote it: magic QFI\xfb, version 3, virtual size 1 GiB (qcow2 spec, big-endian).
        const QByteArray h = head->data();
        QCOMPARE(h.left(4), QByteArray("QFI\xfb"));
        QCOMPARE(qFromBigEndian<quint32>(h.constData() + 4), 3u);
        QCOMPARE(qFromBigEndian<quint64>(h.constData() + 24), quint64(1) << 30);

        auto *tail = GetObjectRangeCall::tail(m_client, m_images, QStringLiteral("os/disk.qcow2"), 512);
        QVERIFY(run(tail));
        QVERIFY2(tail->succeeded(), qPrintable(why(tail)));
        QCOMPARE(tail->data(), m_qcow2.right(512));
        QCOMPARE(tail->firstByte(), qint64(m_qcow2.size() - 512));
    }

    void wrongSecretKeyIsOneClearSentence()
    {
        ObsClient *bad = clientWith(qEnvironmentVariable("IMS_S3_SK") + QLatin1Char('x'));
        auto *list = new ListObjectsCall(bad, m_bucket);
        QVERIFY(run(list));
        QVERIFY(!list->succeeded());
        QCOMPARE(list->error()->kind(), ObsError::Kind::WrongSecret);
        QCOMPARE(list->error()->code(), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(list->attempts(), 1); // not retried: a wrong key stays wrong
        QCOMPARE(list->error()->userMessage(),
                 QStringLiteral("OBS rejected the signature: the secret key is not the one of access key %1.")
                     .arg(qEnvironmentVariable("IMS_S3_AK")));
        auto *buckets = new ListBucketsCall(bad);
        QVERIFY(run(buckets));
        QCOMPARE(buckets->error()->kind(), ObsError::Kind::WrongSecret);
    }

    void missingBucketAndObject()
    {
        auto *list = new ListObjectsCall(m_client, QStringLiteral("no-such-bucket-here"));
        QVERIFY(run(list));
        QCOMPARE(list->error()->kind(), ObsError::Kind::NoSuchBucket);
        QVERIFY(list->error()->userMessage().startsWith(QStringLiteral("The bucket \"no-such-bucket-here\" does not exist")));
        auto *head = new HeadObjectCall(m_client, m_bucket, QStringLiteral("images/none.raw"));
        QVERIFY(run(head));
        QCOMPARE(head->error()->kind(), ObsError::Kind::NoSuchKey);
        QCOMPARE(head->error()->userMessage(),
                 QStringLiteral("The object \"images/none.raw\" does not exist in bucket \"%1\".").arg(m_bucket));
    }

    void cancelBetweenPages()
    {
        auto *call = new ListObjectsCall(m_client, m_bucket, {}, {}, 100);
        connect(call, &ListObjectsCall::pageLoaded, call, [call] { call->abort(); });
        QVERIFY(run(call));
        QCOMPARE(call->error()->kind(), ObsError::Kind::Cancelled);
        QVERIFY(call->pages() <= 2);
        QVERIFY(call->objects().size() < 1500);
    }

    void cliListsEveryObjectAsJsonAndAsATable()
    {
        int code = -1;
        const QByteArray json = runCli({QStringLiteral("list"), QStringLiteral("objects"), m_bucket, QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        const QJsonArray objects = QJsonDocument::fromJson(json).array();
        QCOMPARE(objects.size(), 1500);
        const QJsonObject first = objects.first().toObject();
        const QStringList fields = first.keys();
        QCOMPARE(QSet<QString>(fields.begin(), fields.end()),
                 (QSet<QString>{QStringLiteral("Key"), QStringLiteral("Size"), QStringLiteral("LastModified"),
                                QStringLiteral("ETag"), QStringLiteral("StorageClass")}));
        QCOMPARE(first.value(QStringLiteral("Key")).toString(), keyOf(0));
        QCOMPARE(first.value(QStringLiteral("Size")).toInt(), bodyOf(0).size());

        const QByteArray table = runCli({QStringLiteral("list"), QStringLiteral("objects"), m_bucket + QStringLiteral("/images/"),
                                         QStringLiteral("--delimiter"), QStringLiteral("/")},
                                        &code);
        QCOMPARE(code, 0);
        const QList<QByteArray> lines = table.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 + 3); // header, 2 folders, 3 files
        QVERIFY(lines.at(0).startsWith("KEY"));
        QVERIFY(lines.at(1).startsWith("images/linux/"));
        // Aligned: the SIZE column ends at the same place on every line.
        const qsizetype sizeEnd = lines.at(0).indexOf("SIZE") + 4;
        for (const QByteArray &line : lines.mid(3))
            QVERIFY2(line.at(sizeEnd - 1) != ' ' && line.at(sizeEnd) == ' ', line.constData());

        const QByteArray buckets = runCli({QStringLiteral("list"), QStringLiteral("buckets"), QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        bool found = false;
        for (const auto &b : QJsonDocument::fromJson(buckets).array())
            found = found || (b.toObject().value(QStringLiteral("Name")).toString() == m_images &&
                              b.toObject().value(QStringLiteral("Location")).toString() == m_region &&
                              !b.toObject().value(QStringLiteral("CreationDate")).toString().isEmpty());
        QVERIFY2(found, buckets.constData());

        QByteArray errors;
        runCli({QStringLiteral("list"), QStringLiteral("buckets")}, &code, &errors, QStringLiteral("wrong-secret"));
        QCOMPARE(code, 1);
        QCOMPARE(errors.trimmed(), "ims-wizard-cli: OBS rejected the signature: the secret key is not the one of access key " +
                                       qEnvironmentVariable("IMS_S3_AK").toUtf8() + '.');
    }
    // Uploads (issue 13): the CLI's multipart upload against s3api, which checks SigV4 and part limits.
    void uploadsAOneGibSparseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("disk.raw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30)); // sparse: no block written
        f.close();
        QElapsedTimer t;
        t.start();
        int code = -1;
        QByteArray errors;
        const QByteArray out = runCli({QStringLiteral("upload"), path, m_images + QStringLiteral("/big/disk.raw"),
                                       QStringLiteral("--part-size"), QStringLiteral("64M")},
                                      &code, &errors, {}, 300000);
        QVERIFY2(code == 0, errors.constData());
        qInfo("FIGURE upload: 1 GiB sparse file in %lld ms (64 MiB parts, 3 at once)", t.elapsed());
        QVERIFY2(out.contains("16 parts sent"), out.constData());
        auto *head = new HeadObjectCall(m_client, m_images, QStringLiteral("big/disk.raw"));
        QVERIFY(run(head));
        QVERIFY2(head->succeeded(), qPrintable(why(head)));
        QCOMPARE(head->object().size, qint64(1) << 30);
        // The server's ETag is built from the MD5s of the bytes it stored: they are the file's.
        QCOMPARE(head->object().etag.toLatin1(), multipartEtag(path, 64 << 20));
        QVERIFY(!QFile::exists(UploadCheckpoint::pathFor(path, m_images, QStringLiteral("big/disk.raw"))));
    }

    void uploadsARealQcow2AndItsHeaderReadsBack()
    {
        const QString qcow2 = qEnvironmentVariable("IMS_S3_QCOW2_DATA");
        if (qcow2.isEmpty())
            QSKIP("no qcow2 file with data (qemu-img missing)");
        int code = -1;
        QByteArray errors;
        runCli({QStringLiteral("upload"), qcow2, m_images + QStringLiteral("/os/data.qcow2"), QStringLiteral("--part-size"),
                QStringLiteral("5M"), QStringLiteral("--parallel"), QStringLiteral("4")},
               &code, &errors);
        QVERIFY2(code == 0, errors.constData());
        const qint64 size = QFileInfo(qcow2).size();
        QVERIFY(size > 5 << 20); // several parts
        QFile f(qcow2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(objectMd5(m_images, QStringLiteral("os/data.qcow2"), size),
                 QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex());
        auto *head = new GetObjectRangeCall(m_client, m_images, QStringLiteral("os/data.qcow2"), 0, 511);
        QVERIFY(run(head));
        QCOMPARE(head->data().left(4), QByteArray("QFI\xfb"));
    }

    void aKilledUploadResumesWithTheSameUploadId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resume.bin"));
        const qint64 size = 96 << 20; // 20 parts of 5 MiB
        QVERIFY(writeRandomFile(path, size));
        const QString key = QStringLiteral("resume/file.bin");
        const QString checkpointPath = UploadCheckpoint::pathFor(path, m_images, key);
        const QStringList args{QStringLiteral("upload"), path, m_images + QLatin1Char('/') + key, QStringLiteral("--part-size"),
                               QStringLiteral("5M"), QStringLiteral("--parallel"), QStringLiteral("1")};

        // First run: SIGKILL once the checkpoint holds a few parts, long before the end.
        QProcess first;
        first.setProcessEnvironment(cliEnvironment());
        first.start(qEnvironmentVariable("IMS_S3_CLI"), args);
        QVERIFY(first.waitForStarted());
        std::optional<UploadCheckpoint> before;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && first.state() == QProcess::Running) {
            before = UploadCheckpoint::load(checkpointPath);
            if (before && before->parts.size() >= 3)
                break;
            QTest::qWait(2);
        }
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY2(before && before->parts.size() >= 3, "the CLI ended before 3 parts were recorded");
        before = UploadCheckpoint::load(checkpointPath); // what the killed run left behind
        QVERIFY(before);
        QVERIFY(!before->uploadId.isEmpty());
        QVERIFY(before->parts.size() < 20);

        // Second run: the same upload id, and only the parts the server lacks are sent.
        int code = -1;
        QByteArray errors;
        const QByteArray out = runCli(args, &code, &errors, {}, 120000);
        QVERIFY2(code == 0, errors.constData());
        QVERIFY2(errors.contains(QStringLiteral("Resuming upload %1:").arg(before->uploadId).toUtf8()), errors.constData());
        const qsizetype sentAt = out.indexOf(" parts sent");
        QVERIFY(sentAt > 0);
        const int sent = out.mid(out.lastIndexOf(',', sentAt) + 1, sentAt - out.lastIndexOf(',', sentAt) - 1).trimmed().toInt();
        QVERIFY2(sent > 0 && sent <= 20 - before->parts.size(), out.constData());
        QVERIFY(!QFile::exists(checkpointPath));

        // The object is the file, byte for byte.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(objectMd5(m_images, key, size), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex());
        qInfo("FIGURE resume: killed after %lld parts of 20, the second run sent %d", qlonglong(before->parts.size()), sent);
    }

    void abortDeletesThePartsAndTheCheckpoint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("abort.bin"));
        QVERIFY(writeRandomFile(path, 40 << 20));
        const QString key = QStringLiteral("abort/file.bin");
        FileUpload upload(m_client, path, m_images, key);
        upload.setParallel(1);
        upload.setPartSize(5 << 20);
        QSignalSpy finished(&upload, &FileUpload::finished);
        bool aborted = false;
        connect(&upload, &FileUpload::progress, &upload, [&](qint64 done, qint64) {
            if (!aborted && done >= (10 << 20)) {
                aborted = true;
                upload.abort();
            }
        });
        upload.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(upload.state(), FileUpload::State::Aborted);
        QVERIFY2(upload.errorMessage().isEmpty(), qPrintable(upload.errorMessage()));
        QVERIFY(!QFile::exists(upload.checkpointPath()));
        // The server no longer knows the upload: its parts are gone.
        auto *list = new ListPartsCall(m_client, m_images, key, upload.uploadId());
        QVERIFY(run(list));
        QVERIFY(!list->succeeded());
        QCOMPARE(list->error()->code(), QStringLiteral("NoSuchUpload"));
        auto *head = new HeadObjectCall(m_client, m_images, key);
        QVERIFY(run(head));
        QCOMPARE(head->error()->kind(), ObsError::Kind::NoSuchKey);
    }

    void uploadWithAWrongSecretKeyIsOneClearSentence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.bin"));
        QVERIFY(writeRandomFile(path, 20 << 20));
        int code = -1;
        QByteArray errors;
        runCli({QStringLiteral("upload"), path, m_images + QStringLiteral("/wrong/key.bin"), QStringLiteral("--part-size"),
                QStringLiteral("5M")},
               &code, &errors, QStringLiteral("wrong-secret"));
        QCOMPARE(code, 1);
        QCOMPARE(errors.trimmed(), "ims-wizard-cli: OBS rejected the signature: the secret key is not the one of access key " +
                                       qEnvironmentVariable("IMS_S3_AK").toUtf8() + '.');
    }

    void tooSmallPartsAreRefusedClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parts.bin"));
        QVERIFY(writeRandomFile(path, 3 << 20));
        int code = -1;
        QByteArray errors;
        // Below OBS's own limit the CLI says so before sending anything.
        runCli({QStringLiteral("upload"), path, m_images + QStringLiteral("/small/parts.bin"), QStringLiteral("--part-size"),
                QStringLiteral("50K")},
               &code, &errors);
        QCOMPARE(code, 1);
        QCOMPARE(errors.trimmed(), "ims-wizard-cli: The part size must be between 100 KB and 5 GB (OBS's limits), not 51200 bytes.");

        // The peer holds to the same limit (min_segment_size 100 KB, as OBS): parts of 50 KB sent anyway
        // are refused when the upload is completed, with the code FileUpload explains in a sentence.
        const QString key = QStringLiteral("small/raw-parts.bin");
        auto *init = new InitiateMultipartCall(m_client, m_images, key);
        QVERIFY(run(init));
        QVERIFY2(init->succeeded(), qPrintable(why(init)));
        QList<UploadedPart> parts;
        for (int n = 1; n <= 2; ++n) {
            bool ok = false;
            const qint64 offset = qint64(n - 1) * 51200;
            const QByteArray md5 = FileWindow::md5(path, offset, 51200, &ok);
            QVERIFY(ok);
            auto *part = new UploadPartCall(m_client, m_images, key, init->uploadId(), n, path, offset, 51200, md5);
            QVERIFY(run(part));
            QVERIFY2(part->succeeded(), qPrintable(why(part)));
            parts.append({n, part->etag(), 51200});
        }
        auto *complete = new CompleteMultipartCall(m_client, m_images, key, init->uploadId(), parts);
        QVERIFY(run(complete));
        QVERIFY(!complete->succeeded());
        QCOMPARE(complete->error()->code(), QStringLiteral("EntityTooSmall"));
        auto *abort = new AbortMultipartCall(m_client, m_images, key, init->uploadId());
        QVERIFY(run(abort));
    }
};

QTEST_GUILESS_MAIN(TestObs)
#include "tst_obs.moc"
