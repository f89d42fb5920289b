#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// ims-wizard-cli as scripts call it: exit codes, JSON output, and hostile input.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        bool crashed = false;
    };

    static Result run(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        p.waitForStarted();
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(), p.exitStatus() != QProcess::NormalExit};
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

    static QStringList seedRequests()
    {
        const QDir dir(QStringLiteral(IMS_TEST_DATA_DIR "/seeds"));
        QStringList out;
        for (const auto &f : dir.entryList({QStringLiteral("*.request.json")}))
            out << dir.filePath(f);
        return out;
    }

private slots:
    void versionAndHelp()
    {
        Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("ims-wizard-cli "));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *command : {"methods", "validate", "preview", "submit", "sandbox", "sign"})
            QVERIFY2(r.out.contains(command), command);
        r = run({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--json"));
    }

    void wrongUsageExitsTwo()
    {
        QCOMPARE(run({}).code, 2);
        Result r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command"));
        QCOMPARE(run({QStringLiteral("validate")}).code, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--nope"), QStringLiteral("x")}).code, 2);
    }

    void methodsListsTheCatalogue()
    {
        Result r = run({QStringLiteral("methods")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 8);
        QVERIFY(r.out.contains("quick-data"));
        r = run({QStringLiteral("methods"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray methods = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(methods.size(), 8);
        const QJsonObject fileSystem = methods.at(2).toObject();
        QCOMPARE(fileSystem.value(QStringLiteral("id")).toString(), QStringLiteral("file-system"));
        bool sawMinDisk = false;
        for (const auto &f : fileSystem.value(QStringLiteral("fields")).toArray())
            if (f.toObject().value(QStringLiteral("name")).toString() == QLatin1String("min_disk")) {
                sawMinDisk = true;
                QCOMPARE(f.toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("40 to 255 GB"));
                QCOMPARE(f.toObject().value(QStringLiteral("required")).toBool(), true);
            }
        QVERIFY(sawMinDisk);
    }

    void everySeedExampleValidatesAndPreviews()
    {
        const QStringList files = seedRequests();
        QVERIFY(files.size() >= 16);
        for (const auto &file : files) {
            Result r = run({QStringLiteral("validate"), file});
            QVERIFY2(r.code == 0, qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(r.out)));
            r = run({QStringLiteral("preview"), QStringLiteral("--json"), file});
            QCOMPARE(r.code, 0);
            QFile expectedFile(QString(file).replace(QStringLiteral(".request."), QStringLiteral(".expected.")));
            QVERIFY(expectedFile.open(QIODevice::ReadOnly));
            const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
            const QJsonObject preview = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(preview.value(QStringLiteral("method")), expected.value(QStringLiteral("method")));
            QCOMPARE(preview.value(QStringLiteral("path")), expected.value(QStringLiteral("path")));
            QCOMPARE(preview.value(QStringLiteral("body")), expected.value(QStringLiteral("body")));
            QCOMPARE(preview.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Auth-Token")).toString(), QStringLiteral("********"));
        }
    }

    void validateJsonNamesTheFieldPath()
    {
        const QString file = write(QStringLiteral("bad.json"),
                                   "{\"method\": \"file-system\", \"fields\": {\"name\": \"n\", \"image_url\": \"b1b:a.qcow2\", \"min_disk\": 40,"
                                   " \"data_images\": [{\"image_url\": \"b1b:d.qcow2\", \"min_disk\": 40}, {\"image_url\": \"b1b:e.qcow2\", \"min_disk\": 4096}]}}");
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QCOMPARE(r.code, 1);
        const QJsonObject verdict = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray issues = verdict.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("data_images[1].min_disk"));
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("must be 1 to 2048 GB (Creating an Image, min_disk)"));
    }

    void anUnknownMethodIsInvalid()
    {
        const QString file = write(QStringLiteral("method.json"), "{\"method\": \"ecs\", \"fields\": {}}");
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QCOMPARE(r.code, 1);
        const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("method"));
        QVERIFY(issues.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("ecs-system")));
    }

    void previewOfAnInvalidFilePrintsNothing()
    {
        const QString file = write(QStringLiteral("invalid.json"), "{\"method\": \"ecs-system\", \"fields\": {\"name\": \"x\"}}");
        const Result r = run({QStringLiteral("preview"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("instance_id"));
    }

    void standardInput()
    {
        QFile seed(seedRequests().first());
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const Result r = run({QStringLiteral("validate"), QStringLiteral("-")}, seed.readAll());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("valid"));
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("word");
        QTest::newRow("truncated") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\"") << QByteArray("not valid JSON");
        QTest::newRow("empty") << QByteArray("") << QByteArray("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10) << QByteArray("not valid JSON");
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << QByteArray("not valid JSON");
        QTest::newRow("10 MB") << (QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\": \"") + QByteArray(10 * 1024 * 1024, 'a') + "\"}}")
                               << QByteArray("at most");
        QTest::newRow("wrong top-level key") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"extra\": 1}") << QByteArray("unknown top-level key");
    }

    void hostileInputNeverCrashes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, word);
        const QString file = write(QStringLiteral("hostile.json"), content);
        for (const char *command : {"validate", "preview"}) {
            const Result r = run({QString::fromLatin1(command), file});
            QVERIFY(!r.crashed);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(word), r.err.constData());
        }
        QCOMPARE(run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
