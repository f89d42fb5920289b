// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/RequestFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// The request-file format users and scripts write by hand: {"method", "fields"} plus optional "name",
// "description" and "schema". Anything else is refused with a sentence that names the problem.
class TestRequestFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The error parse() gives, or an empty string when it (wrongly) accepted the input.
    static QString parseError(const QByteArray &json)
    {
        QString error;
        const auto file = RequestFile::parse(json, &error);
        return file ? QString() : error;
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        RequestFile file;
        file.method = QStringLiteral("file-system");
        file.name = QStringLiteral("CentOS base");
        file.description = QStringLiteral("The golden image of team A");
        file.fields = {{QStringLiteral("min_disk"), 40},
                       {QStringLiteral("name"), QStringLiteral("c")},
                       {QStringLiteral("is_config"), false},
                       {QStringLiteral("min_ram"), 0},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("aaa.111")}},
                       {QStringLiteral("data_images"),
                        QJsonArray{QJsonObject{{QStringLiteral("min_disk"), 10}, {QStringLiteral("image_url"), QStringLiteral("b1b:d.raw")}}}}};
        const QByteArray json = file.toJson();

        // A file a person can read: indented, the version first, the fields in the documentation's order.
        QVERIFY(json.endsWith('\n'));
        QVERIFY(json.contains("\n    \"fields\": {"));
        QVERIFY(json.indexOf("\"schema\": 1") < json.indexOf("\"method\": \"file-system\""));
        QVERIFY(json.indexOf("\"method\"") < json.indexOf("\"fields\""));
        QVERIFY(json.indexOf("\"name\": \"c\"") < json.indexOf("\"min_disk\": 40"));
        QVERIFY(json.indexOf("\"image_url\": \"b1b:d.raw\"") < json.indexOf("\"min_disk\": 10"));
        QVERIFY(json.contains("\"is_config\": false")); // false and 0 survive the round trip
        QVERIFY(json.contains("\"min_ram\": 0"));

        QString error;
        const auto back = RequestFile::parse(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->method, file.method);
        QCOMPARE(back->name, file.name);
        QCOMPARE(back->description, file.description);
        QCOMPARE(back->fields, file.fields);
        // Writing what was read gives the same bytes: saving a loaded file changes nothing.
        QCOMPARE(back->toJson(), json);
    }

    void seedFilesRoundTrip()
    {
        const QDir dir(QStringLiteral(IMS_TEST_DATA_DIR "/seeds"));
        const QStringList files = dir.entryList({QStringLiteral("*.request.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 16);
        for (const auto &name : files) {
            QString error;
            const auto file = RequestFile::load(dir.filePath(name), &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY2(!file->fields.isEmpty(), qPrintable(name));
            QVERIFY2(!file->description.isEmpty(), qPrintable(name));
            const auto back = RequestFile::parse(file->toJson(), &error);
            QVERIFY2(back, qPrintable(name + QStringLiteral(": ") + error));
            QCOMPARE(back->method, file->method);
            QCOMPARE(back->fields, file->fields);
            QCOMPARE(back->name, file->name);
            QCOMPARE(back->description, file->description);
        }
    }

    void theOptionalKeysAreOptional()
    {
        QString error;
        auto file = RequestFile::parse("{\"method\": \"ecs-system\", \"fields\": {}}", &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->method, QStringLiteral("ecs-system"));
        QVERIFY(file->fields.isEmpty());
        QVERIFY(file->name.isEmpty());
        file = RequestFile::parse("{\"schema\": 1, \"name\": \"n\", \"description\": \"d\", \"method\": \"quick-data\","
                                  " \"fields\": {\"min_disk\": 0, \"tags\": []}}",
                                  &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->name, QStringLiteral("n"));
        QCOMPARE(file->description, QStringLiteral("d"));
        QCOMPARE(file->fields.value(QStringLiteral("min_disk")), QJsonValue(0));
        // Only the structure is read here: a method the catalogue lacks is for the validator to judge
        // (the CLI answers "invalid", exit 1, not "unusable", exit 2).
        file = RequestFile::parse("{\"method\": \"ecs\", \"fields\": {\"anything\": 1}}", &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->method, QStringLiteral("ecs"));
    }

    void badStructureIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("word");
        QTest::newRow("truncated") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\": \"x\"") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated after a comma") << QByteArray("{\"method\": \"ecs-system\",") << QStringLiteral("not valid JSON");
        QTest::newRow("trailing comma") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {},}") << QStringLiteral("not valid JSON");
        QTest::newRow("comments") << QByteArray("{\"method\": \"ecs-system\", // the method\n \"fields\": {}}") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage", 13) << QStringLiteral("not valid JSON");
        QTest::newRow("array root") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("object in a list") << QByteArray("[{\"method\": \"ecs-system\", \"fields\": {}}]") << QStringLiteral("must be a JSON object");
        QTest::newRow("no method") << QByteArray("{\"fields\": {}}") << QStringLiteral("\"method\" is missing");
        QTest::newRow("empty method") << QByteArray("{\"method\": \"\", \"fields\": {}}") << QStringLiteral("\"method\" is missing");
        QTest::newRow("method a number") << QByteArray("{\"method\": 3, \"fields\": {}}") << QStringLiteral("not a string");
        QTest::newRow("method a list") << QByteArray("{\"method\": [\"ecs-system\"], \"fields\": {}}") << QStringLiteral("not a string");
        QTest::newRow("no fields") << QByteArray("{\"method\": \"ecs-system\"}") << QStringLiteral("\"fields\" is missing or not a JSON object");
        QTest::newRow("fields a list") << QByteArray("{\"method\": \"ecs-system\", \"fields\": []}") << QStringLiteral("\"fields\" is missing or not a JSON object");
        QTest::newRow("fields a string") << QByteArray("{\"method\": \"ecs-system\", \"fields\": \"name=x\"}") << QStringLiteral("\"fields\" is missing or not a JSON object");
        QTest::newRow("unknown top-level key") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"region\": \"x\"}")
                                               << QStringLiteral("unknown top-level key \"region\"");
        QTest::newRow("a field at the top level") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"instance_id\": \"x\"}")
                                                  << QStringLiteral("unknown top-level key \"instance_id\"");
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 2, \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("newer IMS Wizard");
        QTest::newRow("schema text") << QByteArray("{\"schema\": \"1\", \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("\"schema\" must be a whole number");
        QTest::newRow("schema 0") << QByteArray("{\"schema\": 0, \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("\"schema\" must be a whole number");
        QTest::newRow("schema 1.5") << QByteArray("{\"schema\": 1.5, \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("\"schema\" must be a whole number");
        QTest::newRow("name a number") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"name\": 5}") << QStringLiteral("\"name\" must be a string");
        QTest::newRow("description an object") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"description\": {}}")
                                               << QStringLiteral("\"description\" must be a string");
    }

    void badStructureIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, word);
        const QString error = parseError(json);
        QVERIFY2(!error.isEmpty(), "the input was accepted");
        QVERIFY2(error.contains(word), qPrintable(error));
        // Asking for no message is allowed and still refuses the input.
        QVERIFY(!RequestFile::parse(json, nullptr));
    }

    void errorsTellWhatIsAllowed()
    {
        // The sentence lists what would have been right, so the user can fix the file without the docs.
        QString error = parseError("{\"fields\": {}}");
        for (const char *id : {"ecs-system", "ecs-data", "file-system", "volume-system", "file-data", "quick-system", "quick-data", "native-metadata"})
            QVERIFY2(error.contains(QLatin1String(id)), qPrintable(error));
        error = parseError("{\"method\": \"ecs-system\", \"fields\": {}, \"region\": \"x\"}");
        for (const char *key : {"method", "fields", "name", "description", "schema"})
            QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
        error = parseError("{\"schema\": 7, \"method\": \"ecs-system\", \"fields\": {}}");
        QVERIFY2(error.contains(QStringLiteral("schema 7")) && error.contains(QStringLiteral("schema 1")), qPrintable(error));
        error = parseError("{\"method\": \"ecs-system\", \"fields\": {\"name\": ");
        QVERIFY2(error.contains(QStringLiteral("at byte")), qPrintable(error));
    }

    void deepNestingIsRefusedNotACrash()
    {
        QByteArray deep = "{\"method\": \"ecs-system\", \"fields\": {\"name\": ";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}}";
        QString error = parseError(deep);
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nested")), qPrintable(error));
        // Deeply nested objects, at the root, and read from a file.
        QByteArray objects;
        for (int i = 0; i < 5000; ++i)
            objects += "{\"a\":";
        objects += "1" + QByteArray(5000, '}');
        error = parseError(objects);
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        const QString path = write(QStringLiteral("deep.json"), QByteArray(5000, '[') + QByteArray(5000, ']'));
        QVERIFY(!RequestFile::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")) && error.contains(QStringLiteral("nested")), qPrintable(error));
    }

    void aHugeFileIsRefusedBeforeItIsRead()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"method\": \"ecs-system\", \"fields\": {\"name\": \"");
        f.write(QByteArray(10 * 1024 * 1024, 'a'));
        f.write("\"}}");
        f.close();
        QVERIFY(QFileInfo(big).size() > 10 * 1024 * 1024);
        QString error;
        QVERIFY(!RequestFile::load(big, &error));
        // "…/big.json is 10485808 bytes; a request file may be at most 1048576 bytes"
        QVERIFY2(error.contains(QStringLiteral("at most 1048576 bytes")), qPrintable(error));
        QVERIFY2(error.contains(big), qPrintable(error));
    }

    void theSizeLimitIsOneMebibyte()
    {
        // A valid file padded to exactly 1 MiB is read; one byte more is refused.
        const QByteArray json = "{\"method\": \"ecs-system\", \"fields\": {}}";
        QByteArray atLimit = json + QByteArray(RequestFile::maxFileSize - json.size(), ' ');
        QCOMPARE(atLimit.size(), qsizetype(1024 * 1024));
        QString error;
        const auto file = RequestFile::load(write(QStringLiteral("limit.json"), atLimit), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->method, QStringLiteral("ecs-system"));
        QVERIFY(!RequestFile::load(write(QStringLiteral("over.json"), atLimit + ' '), &error));
        QVERIFY2(error.contains(QStringLiteral("1048577 bytes")), qPrintable(error));
    }

    void unreadableFilesAreNamed()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("nope.json"));
        QVERIFY(!RequestFile::load(missing, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")) && error.contains(missing), qPrintable(error));
        QVERIFY(!RequestFile::load(m_dir.path(), &error)); // a folder given by mistake
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
        // A broken file is named with the problem, so one bad file among many is found.
        const QString broken = write(QStringLiteral("broken.json"), "{\"method\": \"ecs-system\", \"fields\": {");
        QVERIFY(!RequestFile::load(broken, &error));
        QVERIFY2(error.startsWith(broken) && error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        const QString empty = write(QStringLiteral("empty.json"), QByteArray());
        QVERIFY(!RequestFile::load(empty, &error));
        QVERIFY2(error.startsWith(empty) && error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRequestFile)
#include "tst_requestfile.moc"
