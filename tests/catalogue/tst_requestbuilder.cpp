// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ims;

// What is sent: every example request of the seed pages (tests/data/seeds, one .request.json and one
// .expected.json per example, the body copied from the page) gives exactly the page's method, path and
// body; the body is written in the documentation's order; secrets never appear.
class TestRequestBuilder : public QObject
{
    Q_OBJECT

    static QString seedDir() { return QStringLiteral(IMS_TEST_DATA_DIR "/seeds"); }

    static QString expectedPathFor(const QString &requestPath)
    {
        return QString(requestPath).replace(QStringLiteral(".request.json"), QStringLiteral(".expected.json"));
    }

    static QJsonObject readObject(const QString &path, QString *error)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": ") + f.errorString();
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = path + QStringLiteral(": ") + parseError.errorString();
            return {};
        }
        return doc.object();
    }

    static const MethodSpec &spec(const QString &id)
    {
        const MethodSpec *m = Catalogue::instance().method(id);
        if (!m)
            qFatal("no method %s in the catalogue", qPrintable(id));
        return *m;
    }

    static PreparedRequest prepare(const QString &method, const QJsonObject &fields, const RequestBuilder::Options &o = {})
    {
        return RequestBuilder::prepare(spec(method), fields, o);
    }

    // The keys of the outermost JSON object, in the order they are written (compact or indented).
    static QStringList topLevelKeys(const QByteArray &json)
    {
        QStringList keys;
        int depth = 0;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (c == '"') {
                qsizetype end = i + 1;
                while (end < json.size() && json.at(end) != '"')
                    end += json.at(end) == '\\' ? 2 : 1;
                qsizetype next = end + 1;
                while (next < json.size() && json.at(next) == ' ')
                    ++next;
                if (depth == 1 && next < json.size() && json.at(next) == ':')
                    keys << QString::fromUtf8(json.mid(i + 1, end - i - 1));
                i = end;
            }
        }
        return keys;
    }

    // The order the documentation's table gives: the method's fields that are present, in catalogue order.
    static QStringList catalogueOrder(const MethodSpec &method, const QJsonObject &body)
    {
        QStringList keys;
        for (const auto &f : method.fields)
            if (body.contains(f.key))
                keys << f.key;
        return keys;
    }

    static QString errorsOf(const QList<ValidationIssue> &issues)
    {
        QStringList out;
        for (const auto &i : issues)
            if (i.isError())
                out << i.field + QStringLiteral(": ") + i.message;
        return out.join(QLatin1String("; "));
    }

private slots:
    void everySeedExampleHasBothFiles()
    {
        const QDir dir(seedDir());
        const QStringList requests = dir.entryList({QStringLiteral("*.request.json")}, QDir::Files, QDir::Name);
        const QStringList expected = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        // 000: 2, 001: 8, 002: 4, 003: 1, 004: 1 example requests.
        QCOMPARE(requests.size(), 16);
        QCOMPARE(expected.size(), requests.size());
        for (const auto &r : requests)
            QVERIFY2(dir.exists(expectedPathFor(r)), qPrintable(r + QStringLiteral(" has no .expected.json")));
        // Every method of the catalogue is exercised by at least one seed example.
        QStringList methods;
        for (const auto &r : requests) {
            QString error;
            const auto file = RequestFile::load(dir.filePath(r), &error);
            QVERIFY2(file, qPrintable(error));
            methods << file->method;
        }
        for (const auto &id : Catalogue::instance().methodIds())
            QVERIFY2(methods.contains(id), qPrintable(id + QStringLiteral(" has no seed example")));
    }

    void seedExamplesPreviewExactly_data()
    {
        QTest::addColumn<QString>("requestPath");
        const QDir dir(seedDir());
        const auto files = dir.entryList({QStringLiteral("*.request.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
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
        QVERIFY2(method, qPrintable(file->method));
        const auto issues = RequestValidator::validate(*method, file->fields);
        QVERIFY2(!hasErrors(issues), qPrintable(errorsOf(issues)));

        const QJsonObject expected = readObject(expectedPathFor(requestPath), &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        QVERIFY(expected.value(QStringLiteral("body")).isObject());
        const QJsonObject expectedBody = expected.value(QStringLiteral("body")).toObject();

        const PreparedRequest r = RequestBuilder::prepare(*method, file->fields, {});
        QCOMPARE(QString::fromLatin1(r.verb), expected.value(QStringLiteral("method")).toString());
        QCOMPARE(r.path, expected.value(QStringLiteral("path")).toString());
        QCOMPARE(r.body, expectedBody);

        // What goes on the wire is that same object, and so is what the review page shows.
        QJsonParseError parseError;
        const QJsonDocument wire = QJsonDocument::fromJson(r.bodyBytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(wire.object(), expectedBody);
        QCOMPARE(QJsonDocument::fromJson(r.prettyBody).object(), expectedBody);
        QVERIFY(!r.bodyBytes.contains('\n'));

        // Both are written in the documentation's order, not the seed's or QJsonDocument's alphabetical one.
        const QStringList order = catalogueOrder(*method, expectedBody);
        QCOMPARE(order.size(), expectedBody.size()); // every key of the seed is a catalogue field
        QCOMPARE(topLevelKeys(r.bodyBytes), order);
        QCOMPARE(topLevelKeys(r.prettyBody), order);

        // The headers a user sees in the preview: JSON, the token masked, no Host without an endpoint.
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
        QCOMPARE(r.header("X-Auth-Token"), RequestBuilder::maskedValue);
        QVERIFY(r.header("Host").isEmpty());
        QCOMPARE(r.url(), r.path);
    }

    void keysFollowTheDocumentationsOrder()
    {
        // QJsonObject keeps its keys alphabetically (description, image_url, min_disk, name): the body
        // must not, it follows the API reference table (name, description, …, image_url, min_disk).
        const QJsonObject fields{{QStringLiteral("min_disk"), 40},
                                 {QStringLiteral("description"), QStringLiteral("d")},
                                 {QStringLiteral("name"), QStringLiteral("n")},
                                 {QStringLiteral("image_url"), QStringLiteral("bucket:f.qcow2")},
                                 {QStringLiteral("data_images"),
                                  QJsonArray{QJsonObject{{QStringLiteral("min_disk"), 10},
                                                         {QStringLiteral("image_url"), QStringLiteral("bucket:d.qcow2")},
                                                         {QStringLiteral("name"), QStringLiteral("disk1")},
                                                         {QStringLiteral("image_tags"),
                                                          QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("v")},
                                                                                 {QStringLiteral("key"), QStringLiteral("k")}}}}}}}};
        const PreparedRequest r = prepare(QStringLiteral("file-system"), fields);
        QCOMPARE(topLevelKeys(r.prettyBody),
                 (QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("image_url"),
                              QStringLiteral("min_disk"), QStringLiteral("data_images")}));
        QCOMPARE(topLevelKeys(r.bodyBytes), topLevelKeys(r.prettyBody));
        const QByteArray body = r.prettyBody;
        QVERIFY(body.indexOf("\"name\"") < body.indexOf("\"description\""));
        // Inside a data disk entry too: name, image_url, min_disk, image_tags; and key before value.
        const qsizetype item = body.indexOf("\"data_images\"");
        QVERIFY(item > 0);
        QVERIFY(body.indexOf("\"name\"", item) < body.indexOf("\"image_url\"", item));
        QVERIFY(body.indexOf("\"image_url\"", item) < body.indexOf("\"min_disk\"", item));
        QVERIFY(body.indexOf("\"min_disk\"", item) < body.indexOf("\"image_tags\"", item));
        QVERIFY(body.indexOf("\"key\"", item) < body.indexOf("\"value\"", item));
        // Indented for display, one line on the wire.
        QVERIFY(r.prettyBody.contains("\n    \"name\": \"n\""));
        QVERIFY(r.bodyBytes.startsWith("{\"name\":\"n\",\"description\":\"d\","));
        QVERIFY(!r.bodyBytes.contains('\n'));
    }

    void unsetFieldsAreNotSentButFalseAndZeroAre()
    {
        const PreparedRequest r = prepare(QStringLiteral("file-system"),
                                          {{QStringLiteral("name"), QStringLiteral("n")},
                                           {QStringLiteral("image_url"), QStringLiteral("bucket:f.qcow2")},
                                           {QStringLiteral("min_disk"), 40},
                                           {QStringLiteral("is_config"), false},
                                           {QStringLiteral("min_ram"), 0},
                                           {QStringLiteral("cmk_id"), QJsonValue::Null}});
        QCOMPARE(r.body.value(QStringLiteral("is_config")), QJsonValue(false));
        QCOMPARE(r.body.value(QStringLiteral("min_ram")), QJsonValue(0));
        QVERIFY(r.bodyBytes.contains("\"is_config\":false"));
        QVERIFY(r.bodyBytes.contains("\"min_ram\":0"));
        // A field left empty (null in a draft) and fields never touched are not sent, not even as null,
        // and a documented default (os_type, is_quick_import false, max_ram) is not filled in.
        QVERIFY(!r.body.contains(QStringLiteral("cmk_id")));
        QVERIFY(!r.bodyBytes.contains("cmk_id"));
        QVERIFY(!r.bodyBytes.contains("null"));
        for (const char *unset : {"is_quick_import", "os_type", "os_version", "max_ram", "tags", "data_images", "is_config_init"})
            QVERIFY2(!r.body.contains(QLatin1String(unset)), unset);
        QCOMPARE(r.body.size(), 5);

        // The native call: protected false and min_ram 0 are sent as given.
        const PreparedRequest native = prepare(QStringLiteral("native-metadata"),
                                               {{QStringLiteral("name"), QStringLiteral("n")},
                                                {QStringLiteral("protected"), false},
                                                {QStringLiteral("min_ram"), 0}});
        QCOMPARE(native.bodyBytes, QByteArray("{\"name\":\"n\",\"protected\":false,\"min_ram\":0}"));
    }

    void quickDataAlwaysSendsDataImage()
    {
        // The seed's data disk example without "type": the fixed "DataImage" is still sent, so the body
        // is exactly the page's.
        QString error;
        const QString request = seedDir() + QStringLiteral("/002-quick-data-tags.request.json");
        auto file = RequestFile::load(request, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->fields.contains(QStringLiteral("type")));
        file->fields.remove(QStringLiteral("type"));
        const MethodSpec &quickData = spec(QStringLiteral("quick-data"));
        const auto issues = RequestValidator::validate(quickData, file->fields);
        QVERIFY2(!hasErrors(issues), qPrintable(errorsOf(issues)));
        const PreparedRequest r = RequestBuilder::prepare(quickData, file->fields, {});
        const QJsonObject expected = readObject(expectedPathFor(request), &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        QCOMPARE(r.body, expected.value(QStringLiteral("body")).toObject());
        QCOMPARE(r.body.value(QStringLiteral("type")).toString(), QStringLiteral("DataImage"));
        QVERIFY(r.bodyBytes.contains("\"type\":\"DataImage\""));
        QCOMPARE(r.path, QStringLiteral("/v2/cloudimages/quickimport/action"));

        // The system disk variant has no fixed type: its documented default ECS is not filled in.
        const PreparedRequest system = prepare(QStringLiteral("quick-system"),
                                               {{QStringLiteral("name"), QStringLiteral("n")},
                                                {QStringLiteral("os_version"), QStringLiteral("CentOS 7.0 64bit")},
                                                {QStringLiteral("image_url"), QStringLiteral("bucket:f.zvhd2")},
                                                {QStringLiteral("min_disk"), 40}});
        QVERIFY(!system.body.contains(QStringLiteral("type")));
    }

    void theTokenIsMasked()
    {
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("n")},
                                 {QStringLiteral("instance_id"), QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a")}};
        PreparedRequest r = prepare(QStringLiteral("ecs-system"), fields, {QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com"), false});
        QCOMPARE(r.header("X-Auth-Token"), QByteArray("********"));
        QCOMPARE(r.header("x-auth-token"), RequestBuilder::maskedValue); // header names are case-insensitive
        // A request that carries real secrets is shown with every secret masked and nothing else changed.
        r.setHeader("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc");
        r.setHeader("X-Auth-Token", "MIIreal-token");
        r.setHeader("X-Security-Token", "temporary-security-token");
        const PreparedRequest shown = RequestBuilder::masked(r);
        // An AK/SK signature: whose key and which headers stay readable, the signature itself does not.
        QCOMPARE(shown.header("Authorization"), QByteArray("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=********"));
        r.setHeader("Authorization", "Basic dXNlcjpwYXNz");
        QCOMPARE(RequestBuilder::masked(r).header("Authorization"), RequestBuilder::maskedValue); // any other kind: all of it
        QCOMPARE(shown.header("X-Auth-Token"), RequestBuilder::maskedValue);
        QCOMPARE(shown.header("X-Security-Token"), RequestBuilder::maskedValue);
        QCOMPARE(shown.header("Host"), r.header("Host"));
        QCOMPARE(shown.header("Content-Type"), r.header("Content-Type"));
        QCOMPARE(shown.bodyBytes, r.bodyBytes);
        for (const auto &h : shown.headers) {
            QVERIFY2(!h.second.contains("MIIreal-token"), h.first.constData());
            QVERIFY2(!h.second.contains("Signature=abc"), h.first.constData());
        }
        QVERIFY(RequestBuilder::isSecretHeader("x-auth-token"));
        QVERIFY(!RequestBuilder::isSecretHeader("Content-Type"));
    }

    void theHostFollowsTheEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QString>("url");
        const QString path = QStringLiteral("/v2/cloudimages/action");
        QTest::newRow("https, no port") << QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com")
                                        << QByteArray("ims.ap-southeast-1.myhuaweicloud.com")
                                        << QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com") + path;
        QTest::newRow("trailing slash") << QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com/")
                                        << QByteArray("ims.ap-southeast-1.myhuaweicloud.com")
                                        << QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com") + path;
        QTest::newRow("https, default port 443") << QStringLiteral("https://ims.example.com:443") << QByteArray("ims.example.com")
                                                 << QStringLiteral("https://ims.example.com:443") + path;
        QTest::newRow("http, default port 80") << QStringLiteral("http://ims.example.com:80") << QByteArray("ims.example.com")
                                               << QStringLiteral("http://ims.example.com:80") + path;
        QTest::newRow("https, port 8443") << QStringLiteral("https://ims.example.com:8443") << QByteArray("ims.example.com:8443")
                                          << QStringLiteral("https://ims.example.com:8443") + path;
        QTest::newRow("http, port 443 is not its default") << QStringLiteral("http://127.0.0.1:443") << QByteArray("127.0.0.1:443")
                                                           << QStringLiteral("http://127.0.0.1:443") + path;
        QTest::newRow("local sandbox") << QStringLiteral("http://127.0.0.1:8443") << QByteArray("127.0.0.1:8443")
                                       << QStringLiteral("http://127.0.0.1:8443") + path;
    }

    void theHostFollowsTheEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, host);
        QFETCH(QString, url);
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("n")},
                                 {QStringLiteral("instance_id"), QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a")}};
        const PreparedRequest r = prepare(QStringLiteral("ecs-system"), fields, {endpoint, false});
        QCOMPARE(r.header("Host"), host);
        QCOMPARE(r.url(), url);
        QCOMPARE(r.header("X-Auth-Token"), RequestBuilder::maskedValue);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    }

    void theNewerPathsAreUsedWhenAsked_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("newerPath");
        const QString action = QStringLiteral("/v2/cloudimages/action"), newAction = QStringLiteral("/v2.1/cloudimages/action");
        const QString quick = QStringLiteral("/v2/cloudimages/quickimport/action"),
                      newQuick = QStringLiteral("/v2.1/cloudimages/quickimport/action");
        QTest::newRow("ecs-system") << QStringLiteral("ecs-system") << action << newAction;
        QTest::newRow("ecs-data") << QStringLiteral("ecs-data") << action << newAction;
        QTest::newRow("file-system") << QStringLiteral("file-system") << action << newAction;
        QTest::newRow("volume-system") << QStringLiteral("volume-system") << action << newAction;
        QTest::newRow("file-data") << QStringLiteral("file-data") << QStringLiteral("/v1/cloudimages/dataimages/action")
                                   << QStringLiteral("/v2.1/cloudimages/dataimages/action");
        QTest::newRow("quick-system") << QStringLiteral("quick-system") << quick << newQuick;
        QTest::newRow("quick-data") << QStringLiteral("quick-data") << quick << newQuick;
        QTest::newRow("native has none") << QStringLiteral("native-metadata") << QStringLiteral("/v2/images")
                                         << QStringLiteral("/v2/images");
    }

    void theNewerPathsAreUsedWhenAsked()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, newerPath);
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("n")}};
        const PreparedRequest older = prepare(method, fields, {QString(), false});
        const PreparedRequest newer = prepare(method, fields, {QStringLiteral("https://ims.example.com"), true});
        QCOMPARE(older.path, path);
        QCOMPARE(newer.path, newerPath);
        QCOMPARE(newer.url(), QStringLiteral("https://ims.example.com") + newerPath);
        // The (New) endpoints take the same body.
        QCOMPARE(newer.bodyBytes, older.bodyBytes);
        QCOMPARE(newer.verb, QByteArray("POST"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
