#include "catalogue/RequestFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// The request-file format users and scripts write by hand: clear errors for anything else.
class TestRequestFile : public QObject
{
    Q_OBJECT

    static QString parseError(const QByteArray &json)
    {
        QString error;
        const auto file = RequestFile::parse(json, &error);
        return file ? QString() : error;
    }

private slots:
    void roundTrip()
    {
        RequestFile file;
        file.method = QStringLiteral("file-system");
        file.name = QStringLiteral("CentOS base");
        file.fields = {{QStringLiteral("min_disk"), 40}, {QStringLiteral("name"), QStringLiteral("c")},
                       {QStringLiteral("is_config"), false}};
        const QByteArray json = file.toJson();
        QVERIFY(json.indexOf("\"name\": \"c\"") < json.indexOf("\"min_disk\"")); // fields in the documentation's order
        QString error;
        const auto back = RequestFile::parse(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->method, file.method);
        QCOMPARE(back->name, file.name);
        QCOMPARE(back->fields, file.fields);
    }

    void badStructureIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("word");
        QTest::newRow("truncated") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("array root") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("no method") << QByteArray("{\"fields\": {}}") << QStringLiteral("\"method\" is missing");
        QTest::newRow("method a number") << QByteArray("{\"method\": 3, \"fields\": {}}") << QStringLiteral("\"method\" is missing or not a string");
        QTest::newRow("no fields") << QByteArray("{\"method\": \"ecs-system\"}") << QStringLiteral("\"fields\"");
        QTest::newRow("fields a list") << QByteArray("{\"method\": \"ecs-system\", \"fields\": []}") << QStringLiteral("\"fields\"");
        QTest::newRow("unknown top-level key") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"region\": \"x\"}") << QStringLiteral("unknown top-level key \"region\"");
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 2, \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("newer IMS Wizard");
        QTest::newRow("schema text") << QByteArray("{\"schema\": \"1\", \"method\": \"ecs-system\", \"fields\": {}}") << QStringLiteral("\"schema\" must be a whole number");
        QTest::newRow("name a number") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"name\": 5}") << QStringLiteral("\"name\" must be a string");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage", 13) << QStringLiteral("not valid JSON");
    }

    void badStructureIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, word);
        const QString error = parseError(json);
        QVERIFY2(error.contains(word), qPrintable(error));
    }

    void deepNestingIsRefusedNotACrash()
    {
        QByteArray deep = "{\"method\": \"ecs-system\", \"fields\": {\"name\": ";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}}";
        const QString error = parseError(deep);
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    }

    void hugeAndMissingFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"method\": \"ecs-system\", \"fields\": {\"name\": \"");
        f.write(QByteArray(10 * 1024 * 1024, 'a'));
        f.write("\"}}");
        f.close();
        QString error;
        QVERIFY(!RequestFile::load(big, &error));
        QVERIFY2(error.contains(QStringLiteral("at most")) && error.contains(QStringLiteral("bytes")), qPrintable(error));
        QVERIFY(!RequestFile::load(dir.filePath(QStringLiteral("nope.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRequestFile)
#include "tst_requestfile.moc"
