#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ims;

// What is sent: every seed page example gives exactly the seed's method, path and body.
class TestRequestBuilder : public QObject
{
    Q_OBJECT

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static PreparedRequest prepare(const QString &method, const QJsonObject &fields, const RequestBuilder::Options &o = {})
    {
        return RequestBuilder::prepare(*Catalogue::instance().method(method), fields, o);
    }

private slots:
    void seedExamplesPreviewExactly_data()
    {
        QTest::addColumn<QString>("requestPath");
        const QDir dir(QStringLiteral(IMS_TEST_DATA_DIR "/seeds"));
        const auto files = dir.entryList({QStringLiteral("*.request.json")});
        QVERIFY(files.size() >= 16);
        for (const auto &f : files)
            QTest::newRow(qPrintable(f.section(QLatin1Char('.'), 0, 0))) << dir.filePath(f);
    }

    void seedExamplesPreviewExactly()
    {
        QFETCH(QString, requestPath);
        QString error;
        const auto file = RequestFile::load(requestPath, &error);
        QVERIFY2(file, qPrintable(error));
        const MethodSpec *method = Catalogue::instance().method(file->method);
        QVERIFY(method);
        const auto issues = RequestValidator::validate(*method, file->fields);
        QVERIFY2(!hasErrors(issues), qPrintable(issues.isEmpty() ? QString() : issues.first().field + QLatin1Char(' ') + issues.first().message));
        const QJsonObject expected = readJson(QString(requestPath).replace(QStringLiteral(".request."), QStringLiteral(".expected.")));
        const PreparedRequest r = RequestBuilder::prepare(*method, file->fields, {});
        QCOMPARE(QString::fromLatin1(r.verb), expected.value(QStringLiteral("method")).toString());
        QCOMPARE(r.path, expected.value(QStringLiteral("path")).toString());
        QCOMPARE(r.body, expected.value(QStringLiteral("body")).toObject());
        // What goes on the wire is the same object, and the display is that object too.
        QCOMPARE(QJsonDocument::fromJson(r.bodyBytes).object(), r.body);
        QCOMPARE(QJsonDocument::fromJson(r.prettyBody).object(), r.body);
    }

    void keysFollowTheDocumentationsOrder()
    {
        const PreparedRequest r = prepare(QStringLiteral("file-system"),
                                          {{QStringLiteral("min_disk"), 40},
                                           {QStringLiteral("description"), QStringLiteral("d")},
                                           {QStringLiteral("name"), QStringLiteral("n")},
                                           {QStringLiteral("image_url"), QStringLiteral("b:f.qcow2")}});
        const QByteArray body = r.prettyBody;
        QVERIFY(body.indexOf("\"name\"") < body.indexOf("\"description\""));
        QVERIFY(body.indexOf("\"description\"") < body.indexOf("\"image_url\""));
        QVERIFY(body.indexOf("\"image_url\"") < body.indexOf("\"min_disk\""));
        QVERIFY(r.prettyBody.contains('\n'));
        QVERIFY(!r.bodyBytes.contains('\n'));
    }

    void unsetFieldsAreNotSentButFalseAndZeroAre()
    {
        const PreparedRequest r = prepare(QStringLiteral("file-system"),
                                          {{QStringLiteral("name"), QStringLiteral("n")},
                                           {QStringLiteral("image_url"), QStringLiteral("b:f.qcow2")},
                                           {QStringLiteral("min_disk"), 40},
                                           {QStringLiteral("is_config"), false},
                                           {QStringLiteral("min_ram"), 0},
                                           {QStringLiteral("cmk_id"), QJsonValue::Null}});
        QCOMPARE(r.body.value(QStringLiteral("is_config")), QJsonValue(false));
        QCOMPARE(r.body.value(QStringLiteral("min_ram")), QJsonValue(0));
        QVERIFY(!r.body.contains(QStringLiteral("cmk_id")));
        QVERIFY(!r.body.contains(QStringLiteral("is_quick_import")));
        QVERIFY(!r.body.contains(QStringLiteral("os_type")));
    }

    void quickDataAlwaysSendsDataImage()
    {
        const PreparedRequest r = prepare(QStringLiteral("quick-data"), {{QStringLiteral("name"), QStringLiteral("n")},
                                                                         {QStringLiteral("image_url"), QStringLiteral("b:f.raw")},
                                                                         {QStringLiteral("min_disk"), 40}});
        QCOMPARE(r.body.value(QStringLiteral("type")).toString(), QStringLiteral("DataImage"));
        QCOMPARE(r.path, QStringLiteral("/v2/cloudimages/quickimport/action"));
    }

    void theTokenIsMaskedAndTheHostFollowsTheEndpoint()
    {
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("n")},
                                 {QStringLiteral("instance_id"), QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a")}};
        PreparedRequest r = prepare(QStringLiteral("ecs-system"), fields, {QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com/"), false});
        QCOMPARE(r.header("X-Auth-Token"), RequestBuilder::maskedValue);
        QCOMPARE(r.header("Host"), QByteArray("ims.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(r.url(), QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages/action"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        r = prepare(QStringLiteral("ecs-system"), fields, {QStringLiteral("http://127.0.0.1:8443"), false});
        QCOMPARE(r.header("Host"), QByteArray("127.0.0.1:8443"));
        r.setHeader("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc");
        r.setHeader("X-Auth-Token", "MIIreal-token");
        const PreparedRequest shown = RequestBuilder::masked(r);
        QCOMPARE(shown.header("Authorization"), RequestBuilder::maskedValue);
        QCOMPARE(shown.header("X-Auth-Token"), RequestBuilder::maskedValue);
        QCOMPARE(shown.header("Content-Type"), r.header("Content-Type"));
    }

    void theNewerPathsAreUsedWhenAsked_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("ecs-system") << QStringLiteral("ecs-system") << QStringLiteral("/v2.1/cloudimages/action");
        QTest::newRow("file-data") << QStringLiteral("file-data") << QStringLiteral("/v2.1/cloudimages/dataimages/action");
        QTest::newRow("quick-system") << QStringLiteral("quick-system") << QStringLiteral("/v2.1/cloudimages/quickimport/action");
        QTest::newRow("native has none") << QStringLiteral("native-metadata") << QStringLiteral("/v2/images");
    }

    void theNewerPathsAreUsedWhenAsked()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QCOMPARE(prepare(method, {}, {QString(), true}).path, path);
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
