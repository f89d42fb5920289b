// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cli/ListCommand.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"
#include "sandbox/SandboxObsServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace ims;

// The OBS calls and `list` over real HTTP against the sandbox's OBS look-alike, which checks every
// signature: paging, folders, HEAD, ranged reads of image headers, retries, cancel, and the one
// sentence each error becomes. (tst_obs does the same against OpenStack Swift when run as root.)
class TestObsCalls : public QObject
{
    Q_OBJECT

    const QString m_ak = QStringLiteral("SANDBOXACCESSKEY0001");
    const QString m_sk = QStringLiteral("sandbox-secret-key-0123456789abcdef");
    SandboxObsServer *m_server = nullptr;

    ObsClient *client(const QString &ak = {}, const QString &sk = {})
    {
        auto *c = new ObsClient(this);
        c->setEndpoint({m_server->url(), QStringLiteral("sandbox-1"), ObsEndpoint::Addressing::Auto});
        c->setKey({ak.isEmpty() ? m_ak : ak, sk.isEmpty() ? m_sk : sk, {}});
        c->setRetryPolicy({3, 20, 100});
        return c;
    }
    static QString why(const ObsCall *call) { return call->error() ? call->error()->userMessage() : QString(); }
    static bool run(ObsCall *call)
    {
        QSignalSpy done(call, &ObsCall::finished);
        call->start();
        return done.wait(20000);
    }

private slots:
    void initTestCase()
    {
        m_server = new SandboxObsServer(m_ak, m_sk, QStringLiteral("sandbox-1"), this);
        QVERIFY(m_server->start());
        m_server->seedDemo();
        m_server->denyBucket(QStringLiteral("someone-elses"));
    }

    void listBucketsWithLocationInOneRequest()
    {
        const int before = m_server->requestCount();
        auto *call = new ListBucketsCall(client());
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        QCOMPARE(call->buckets().size(), 3);
        QCOMPARE(call->buckets().at(0).name, QStringLiteral("sandbox-backups"));
        QCOMPARE(call->buckets().at(1).location, QStringLiteral("sandbox-2"));
        QCOMPARE(call->buckets().at(2).location, QStringLiteral("sandbox-1"));
        // OBS names the Location in the list itself: no GetBucketLocation per bucket.
        QCOMPARE(m_server->requestCount() - before, 1);
    }

    void listPastAThousandAndInFolders()
    {
        auto *all = new ListObjectsCall(client(), QStringLiteral("sandbox-backups"));
        QSignalSpy pages(all, &ListObjectsCall::pageLoaded);
        QVERIFY(run(all));
        QVERIFY2(all->succeeded(), qPrintable(why(all)));
        QCOMPARE(all->objects().size(), 1500);
        QCOMPARE(all->pages(), 2);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.first().first().toInt(), 1000);

        // Top-level folders, two entries a page: NextMarker past a folder skips everything under it.
        auto *top = new ListObjectsCall(client(), QStringLiteral("sandbox-backups"), {}, QStringLiteral("/"), 2);
        QVERIFY(run(top));
        QCOMPARE(top->commonPrefixes(), (QStringList{QStringLiteral("2025/"), QStringLiteral("db/"), QStringLiteral("logs/")}));
        QVERIFY(top->objects().isEmpty());
        QCOMPARE(top->pages(), 2);

        auto *months = new ListObjectsCall(client(), QStringLiteral("sandbox-backups"), QStringLiteral("2025/"), QStringLiteral("/"));
        QVERIFY(run(months));
        QCOMPARE(months->commonPrefixes().size(), 12);
        QCOMPARE(months->commonPrefixes().first(), QStringLiteral("2025/01/"));
    }

    void headAndRangeReadImageFiles()
    {
        auto *head = new HeadObjectCall(client(), QStringLiteral("sandbox-images"), QStringLiteral("windows/win2016.vhdx"));
        QVERIFY(run(head));
        QVERIFY2(head->succeeded(), qPrintable(why(head)));
        QCOMPARE(head->object().size, qint64(9) << 30);
        QCOMPARE(head->object().storageClass, QStringLiteral("WARM"));
        QVERIFY(head->object().lastModifiedTime().isValid());
        auto *standard = new HeadObjectCall(client(), QStringLiteral("sandbox-images"), QStringLiteral("linux/debian-12.raw"));
        QVERIFY(run(standard));
        QCOMPARE(standard->object().storageClass, QStringLiteral("STANDARD")); // S3 leaves the header out

        auto *qcow2 = new GetObjectRangeCall(client(), QStringLiteral("sandbox-images"), QStringLiteral("linux/centos-7.9.qcow2"), 0, 511);
        QVERIFY(run(qcow2));
        QVERIFY2(qcow2->succeeded(), qPrintable(why(qcow2)));
        QCOMPARE(qcow2->data().size(), 512);
        QCOMPARE(qcow2->data().left(4), QByteArray("QFI\xfb"));
        QCOMPARE(qFromBigEndian<quint64>(qcow2->data().constData() + 24), quint64(40) << 30);
        QCOMPARE(qcow2->objectSize(), qint64(1288490188));

        // A fixed VHD has its footer only at the end: the last 512 bytes.
        auto *vhd = GetObjectRangeCall::tail(client(), QStringLiteral("sandbox-images"), QStringLiteral("windows/win2019.vhd"), 512);
        QVERIFY(run(vhd));
        QVERIFY2(vhd->succeeded(), qPrintable(why(vhd)));
        QCOMPARE(vhd->data().left(8), QByteArray("conectix"));
        QCOMPARE(vhd->firstByte(), (qint64(40) << 30));
        QCOMPARE(qFromBigEndian<quint64>(vhd->data().constData() + 48), quint64(40) << 30);
    }

    void putAndReadBack()
    {
        auto *create = new CreateBucketCall(client(), QStringLiteral("new-bucket"), QStringLiteral("sandbox-1"));
        QVERIFY(run(create));
        QVERIFY2(create->succeeded(), qPrintable(why(create)));
        const QByteArray data = "a small body";
        auto *put = new PutObjectCall(client(), QStringLiteral("new-bucket"), QStringLiteral("dir/a b+c.txt"), data, "text/plain");
        QVERIFY(run(put));
        QVERIFY2(put->succeeded(), qPrintable(why(put)));
        auto *get = new GetObjectRangeCall(client(), QStringLiteral("new-bucket"), QStringLiteral("dir/a b+c.txt"), 2, 6);
        QVERIFY(run(get));
        QCOMPARE(get->data(), QByteArray("small"));
    }

    void errorsAreOneSentence()
    {
        auto *wrong = new ListObjectsCall(client({}, QStringLiteral("not-the-secret")), QStringLiteral("sandbox-backups"));
        QVERIFY(run(wrong));
        QCOMPARE(wrong->error()->kind(), ObsError::Kind::WrongSecret);
        QCOMPARE(wrong->attempts(), 1);
        QCOMPARE(why(wrong), QStringLiteral("OBS rejected the signature: the secret key is not the one of access key SANDBOXACCESSKEY0001."));

        auto *unknown = new ListBucketsCall(client(QStringLiteral("NOSUCHKEY"), QStringLiteral("x")));
        QVERIFY(run(unknown));
        QCOMPARE(unknown->error()->kind(), ObsError::Kind::UnknownAccessKey);
        QVERIFY2(why(unknown).startsWith(QStringLiteral("OBS does not know the access key NOSUCHKEY")), qPrintable(why(unknown)));

        auto *denied = new ListObjectsCall(client(), QStringLiteral("someone-elses"));
        QVERIFY(run(denied));
        QCOMPARE(denied->error()->kind(), ObsError::Kind::Forbidden);
        QCOMPARE(why(denied), QStringLiteral("OBS denied access to someone-elses: the account or IAM user lacks the permission obs:bucket:ListBucket."));

        auto *missing = new ListObjectsCall(client(), QStringLiteral("no-such-bucket"));
        QVERIFY(run(missing));
        QCOMPARE(missing->error()->kind(), ObsError::Kind::NoSuchBucket);

        auto *noKey = new HeadObjectCall(client(), QStringLiteral("sandbox-images"), QStringLiteral("nope.qcow2"));
        QVERIFY(run(noKey));
        QCOMPARE(noKey->error()->kind(), ObsError::Kind::NoSuchKey);
        QCOMPARE(why(noKey), QStringLiteral("The object \"nope.qcow2\" does not exist in bucket \"sandbox-images\"."));
    }

    void getsAreRetriedPutsAreNot()
    {
        m_server->throttleNext(2);
        auto *list = new ListBucketsCall(client());
        QVERIFY(run(list));
        QVERIFY2(list->succeeded(), qPrintable(why(list)));
        QCOMPARE(list->attempts(), 3);

        m_server->throttleNext(1);
        auto *put = new PutObjectCall(client(), QStringLiteral("new-bucket"), QStringLiteral("x"), "x");
        QVERIFY(run(put));
        QCOMPARE(put->error()->kind(), ObsError::Kind::Throttled);
        QCOMPARE(put->attempts(), 1);
    }

    void cancelStopsBetweenPages()
    {
        auto *call = new ListObjectsCall(client(), QStringLiteral("sandbox-backups"), {}, {}, 100);
        connect(call, &ListObjectsCall::pageLoaded, call, [call] { call->abort(); });
        const int before = m_server->requestCount();
        QVERIFY(run(call));
        QCOMPARE(call->error()->kind(), ObsError::Kind::Cancelled);
        QCOMPARE(call->pages(), 1);
        QCOMPARE(m_server->requestCount() - before, 1);
    }

    // An S3 peer leaves Location out: asked per bucket; one that may not be read stays empty, even the last.
    void locationsAskedPerBucketWhenTheListHasNone()
    {
        SandboxObsServer peer(m_ak, m_sk, QStringLiteral("sandbox-1"));
        QVERIFY(peer.start());
        peer.setListsLocation(false);
        peer.addBucket(QStringLiteral("first"), QStringLiteral("sandbox-3"));
        peer.addBucket(QStringLiteral("locked"));
        peer.denyBucket(QStringLiteral("locked"));
        auto *c = client();
        c->setEndpoint({peer.url(), QStringLiteral("sandbox-1"), ObsEndpoint::Addressing::Path});
        auto *call = new ListBucketsCall(c);
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(why(call)));
        QCOMPARE(call->buckets().size(), 2);
        QCOMPARE(call->buckets().at(0).location, QStringLiteral("sandbox-3"));
        QCOMPARE(call->buckets().at(1).location, QString());
        QCOMPARE(peer.requestCount(), 3);
    }

    // A server that ignores Range: a small object is cut to the bytes asked, a large one is not buffered whole.
    void serverIgnoringRange()
    {
        SandboxObsServer peer(m_ak, m_sk, QStringLiteral("sandbox-1"));
        QVERIFY(peer.start());
        peer.setIgnoresRange(true);
        peer.addBucket(QStringLiteral("b1"));
        QByteArray small(4096, 'a');
        small.replace(100, 5, "HELLO");
        peer.putObject(QStringLiteral("b1"), QStringLiteral("small"), small);
        SandboxObsServer::Object big;
        big.head = "QFI\xfb";
        big.size = 8 * 1024 * 1024;
        peer.putObject(QStringLiteral("b1"), QStringLiteral("big"), big);
        auto *c = client();
        c->setEndpoint({peer.url(), QStringLiteral("sandbox-1"), ObsEndpoint::Addressing::Path});

        auto *cut = new GetObjectRangeCall(c, QStringLiteral("b1"), QStringLiteral("small"), 100, 104);
        QVERIFY(run(cut));
        QVERIFY2(cut->succeeded(), qPrintable(why(cut)));
        QCOMPARE(cut->httpStatus(), 200);
        QCOMPARE(cut->data(), QByteArray("HELLO"));
        QCOMPARE(cut->objectSize(), qint64(4096));

        auto *stopped = new GetObjectRangeCall(c, QStringLiteral("b1"), QStringLiteral("big"), 0, 511);
        QVERIFY(run(stopped));
        QCOMPARE(stopped->error()->kind(), ObsError::Kind::MalformedAnswer);
        QVERIFY2(why(stopped).contains(QStringLiteral("larger than the 1048576 bytes asked for")), qPrintable(why(stopped)));
    }

    void listCommand()
    {
        qputenv("IMS_WIZARD_OBS_ENDPOINT", m_server->url().toString().toUtf8());
        qputenv("IMS_WIZARD_REGION", "sandbox-1");
        qputenv("IMS_WIZARD_AK", m_ak.toUtf8());
        qputenv("IMS_WIZARD_SK", m_sk.toUtf8());
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("objects"), QStringLiteral("sandbox-backups/db/"),
                                 QStringLiteral("--json")},
                                out, err),
                 0);
        const QJsonArray objects = QJsonDocument::fromJson(outText.toUtf8()).array();
        QCOMPARE(objects.size(), 700);
        QCOMPARE(objects.first().toObject().value(QStringLiteral("Key")).toString(), QStringLiteral("db/dump-0700.sql.gz"));
        QCOMPARE(objects.first().toObject().value(QStringLiteral("StorageClass")).toString(), QStringLiteral("STANDARD"));

        outText.clear();
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("objects"), QStringLiteral("sandbox-images/windows/")}, out, err), 0);
        // Aligned columns: sizes right-aligned under SIZE, the rest left-aligned.
        const QStringList lines = outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("KEY                          SIZE  STORAGE CLASS  LAST MODIFIED"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("windows/win2016.vhdx   9663676416  WARM           20")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("windows/win2019.vhd   42949673472  STANDARD       20")), qPrintable(lines.at(2)));

        outText.clear();
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("buckets")}, out, err), 0);
        QVERIFY2(outText.startsWith(QStringLiteral("NAME             LOCATION   CREATED\n")), qPrintable(outText));
        QVERIFY2(outText.contains(QStringLiteral("\nsandbox-backups  sandbox-1  20")), qPrintable(outText));
        QVERIFY2(outText.contains(QStringLiteral("\nsandbox-empty    sandbox-2  20")), qPrintable(outText));

        qputenv("IMS_WIZARD_SK", "wrong");
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("buckets")}, out, err), 1);
        QVERIFY(errText.contains(QStringLiteral("the secret key is not the one of access key")));
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("servers")}, out, err), 2);
        qunsetenv("IMS_WIZARD_SK");
        QCOMPARE(runListCommand({QStringLiteral("list"), QStringLiteral("buckets")}, out, err), 2);
        QVERIFY(errText.contains(QStringLiteral("IMS_WIZARD_SK")));
    }
};

QTEST_GUILESS_MAIN(TestObsCalls)
#include "tst_obscalls.moc"
