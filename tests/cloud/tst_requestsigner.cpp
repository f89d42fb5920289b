// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cli/SignCommand.h"
#include "cloud/RequestSigner.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace ims;

// AK/SK signing byte for byte: the published vectors (API Request Signing Guide, SDK tests) and the
// sandbox's check of what arrives.
class TestRequestSigner : public QObject
{
    Q_OBJECT

    static const QByteArray emptyHash() { return QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"); }

    static RequestSigner::SecretLookup secrets()
    {
        return [](const QString &ak) { return ak == QLatin1String("AK1") ? std::optional<QString>(QStringLiteral("SK1")) : std::nullopt; };
    }

    static QDateTime at(const char *sdkDate)
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        t.setTimeZone(QTimeZone::utc());
        return t;
    }

private slots:
    // A request signed again (a retry) still carries the Authorization of the first signing: it must
    // not be signed itself, or the server, seeing the new value, rejects the signature. The shape of
    // what fuzz_requestsigner found (an Authorization header given to sign()).
    void aStaleAuthorizationIsNotSigned()
    {
        const RequestSigner::Key key{QStringLiteral("AK"), QStringLiteral("SK"), QString(), QString()};
        const QUrl url(QStringLiteral("https://ims.example.com/v2/cloudimages"));
        const auto fresh = RequestSigner::sign(key, "GET", url, {}, {}, {}, "20240101T000000Z");
        const auto again = RequestSigner::sign(key, "GET", url, {}, {{"Authorization", fresh.authorization}}, {}, "20240101T000000Z");
        QCOMPARE(again.signedHeaders, fresh.signedHeaders);
        QCOMPARE(again.authorization, fresh.authorization);
        QVERIFY(!again.signedHeaders.contains("authorization"));
    }

    void vectorA_sdkGet()
    {
        const auto s = RequestSigner::sign({QStringLiteral("AccessKey"), QStringLiteral("SecretKey"), {}, {}}, "GET",
                                           QUrl(QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")),
                                           QUrlQuery(QStringLiteral("size=1")),
                                           {{"X-Sdk-Date", "20200608T023900Z"}, {"TEST_UNDERSCORE", "TEST_VALUE"}}, {}, "20200608T023900Z");
        QCOMPARE(s.canonicalRequest, QByteArray("GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n") + emptyHash());
        QCOMPARE(s.stringToSign, QByteArray("SDK-HMAC-SHA256\n20200608T023900Z\nde94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f"));
        QCOMPARE(s.authorization, QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"));
    }

    void vectorB_sdkPostWithBody()
    {
        const auto s = RequestSigner::sign({QStringLiteral("AccessKey"), QStringLiteral("SecretKey"), {}, {}}, "POST",
                                           QUrl(QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")),
                                           QUrlQuery(QStringLiteral("size=1")),
                                           {{"X-Sdk-Date", "20200608T023900Z"}, {"TEST_UNDERSCORE", "TEST_VALUE"}},
                                           "{\"name\":\"test\",\"id\":1}", "20200608T023900Z");
        QVERIFY(s.canonicalRequest.endsWith("8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c"));
        QVERIFY(s.stringToSign.endsWith("2b1b2515e48cb55e043ff2ec5b93d3f13ec287e1da1d7a2e4e14b0611a341969"));
        QVERIFY(s.authorization.endsWith("Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"));
    }

    void vectorC_signingGuide()
    {
        const auto s = RequestSigner::sign({QStringLiteral("QTWAOYTTINDUT2QVKYUC"), QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"), {}, {}}, "GET",
                                           QUrl(QStringLiteral("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")),
                                           QUrlQuery(QStringLiteral("limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")),
                                           {{"Content-Type", "application/json"}, {"Host", "service.region.example.com"}, {"X-Sdk-Date", "20191115T033655Z"}},
                                           {}, "20191115T033655Z");
        QCOMPARE(s.canonicalRequest, QByteArray("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\nlimit=2&marker=13551d6b-755d-4757-b956-536f674975c0\ncontent-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\ncontent-type;host;x-sdk-date\n") + emptyHash());
        QVERIFY(s.stringToSign.endsWith("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        QCOMPARE(s.authorization, QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    void vectorD_queryCanonicalisation()
    {
        const QString q = RequestSigner::canonicalQueryString({{QStringLiteral("limit"), QStringLiteral("1")},
                                                               {QStringLiteral("enable"), QStringLiteral("true")},
                                                               {QStringLiteral("test"), QString::fromUtf8("\xe4\xb8\x80 (&=?!#%.*)")},
                                                               {QStringLiteral("path"), QStringLiteral("/a/123")},
                                                               {QStringLiteral("multi"), QStringLiteral("3")},
                                                               {QStringLiteral("multi"), QStringLiteral("1")},
                                                               {QStringLiteral("multi"), QStringLiteral("2")}});
        QCOMPARE(q, QStringLiteral("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Fa%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
        QCOMPARE(RequestSigner::canonicalQueryString({{QStringLiteral("flag"), QString()}}), QStringLiteral("flag="));
    }

    void canonicalUris_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("trailing slash added") << QStringLiteral("/v2/cloudimages/action") << QByteArray("/v2/cloudimages/action/");
        QTest::newRow("already there") << QStringLiteral("/v2/images/") << QByteArray("/v2/images/");
        QTest::newRow("root") << QStringLiteral("/") << QByteArray("/");
        QTest::newRow("empty") << QString() << QByteArray("/");
        QTest::newRow("space") << QStringLiteral("/a%20b/c") << QByteArray("/a%20b/c/");
        QTest::newRow("utf-8") << QStringLiteral("/%E9%95%9C%E5%83%8F") << QByteArray("/%E9%95%9C%E5%83%8F/");
        QTest::newRow("unreserved kept as they are") << QStringLiteral("/v1/a-b_c.d~e/F9") << QByteArray("/v1/a-b_c.d~e/F9/");
        QTest::newRow("reserved decoded then encoded") << QStringLiteral("/a:b/c+d") << QByteArray("/a%3Ab/c%2Bd/");
    }

    void canonicalUris()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(RequestSigner::canonicalUri(path), expected);
    }

    void headersAreTrimmedSortedAndTokensSigned()
    {
        const auto s = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), QStringLiteral("temporary-token"), QStringLiteral("p123")}, "GET",
                                           QUrl(QStringLiteral("http://127.0.0.1:8080/v1/cloudimages/quota")), {},
                                           {{"Content-Type", "  application/json  "}, {"my_header", "x"}}, {}, "20261122T100000Z");
        QCOMPARE(s.signedHeaders, QByteArray("content-type;host;x-project-id;x-sdk-date;x-security-token"));
        QVERIFY(s.canonicalRequest.contains("content-type:application/json\nhost:127.0.0.1:8080\n"));
        QVERIFY(s.canonicalRequest.contains("x-security-token:temporary-token\n"));
        bool sendsToken = false, sendsProject = false;
        for (const auto &h : s.headers) {
            sendsToken = sendsToken || (h.first == "X-Security-Token" && h.second == "temporary-token");
            sendsProject = sendsProject || (h.first == "X-Project-Id" && h.second == "p123");
        }
        QVERIFY(sendsToken && sendsProject);
    }

    void unsignedPayloadSkipsTheBody()
    {
        const auto a = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), {}, {}}, "PUT", QUrl(QStringLiteral("https://h/v2/images/1/file")), {},
                                           {{"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"}}, "first body", "20261122T100000Z");
        const auto b = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), {}, {}}, "PUT", QUrl(QStringLiteral("https://h/v2/images/1/file")), {},
                                           {{"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"}}, "another body", "20261122T100000Z");
        QVERIFY(a.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        QCOMPARE(a.authorization, b.authorization);
    }

    void verifyAcceptsWhatSignProduces()
    {
        const QByteArray body = "{\"name\":\"x\"}";
        const auto s = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), {}, QStringLiteral("p")}, "POST",
                                           QUrl(QStringLiteral("http://127.0.0.1:9000/v2/cloudimages/action")), QUrlQuery(QStringLiteral("b=2&a=1")),
                                           {{"Content-Type", "application/json"}}, body, "20261122T100000Z");
        HeaderList received = s.headers;
        received.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:9000")));
        received.append(qMakePair(QByteArray("Accept-Encoding"), QByteArray("gzip"))); // added by the network layer, not signed: fine
        QString reason;
        const auto verify = [&](const QByteArray &verb, const QString &path, const QByteArray &query, const HeaderList &headers,
                                const QByteArray &payload, const QDateTime &now) {
            reason.clear();
            return RequestSigner::verifyRequest(verb, path, query, headers, payload, secrets(), now, &reason);
        };
        const QDateTime now = at("20261122T100500Z");
        QVERIFY2(verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", received, body, now), qPrintable(reason));
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", received, "{\"name\":\"y\"}", now));
        QVERIFY2(reason.contains(QStringLiteral("signature mismatch")) && reason.contains(QStringLiteral("/v2/cloudimages/action/")), qPrintable(reason));
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/other"), "a=1&b=2", received, body, now));
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=3", received, body, now));
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", received, body, at("20261122T101601Z")));
        QVERIFY(reason.contains(QStringLiteral("15 minutes")));

        HeaderList wrongKey = received;
        for (auto &h : wrongKey)
            if (h.first == "Authorization")
                h.second.replace("Access=AK1", "Access=AK2");
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", wrongKey, body, now));
        QVERIFY(reason.contains(QStringLiteral("unknown access key")));

        HeaderList malformed = received;
        for (auto &h : malformed)
            if (h.first == "Authorization")
                h.second = "Basic dXNlcjpwYXNz";
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", malformed, body, now));
        QVERIFY(reason.contains(QStringLiteral("SDK-HMAC-SHA256")));

        // A wrong SK signs differently.
        const auto other = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("not-SK1"), {}, QStringLiteral("p")}, "POST",
                                               QUrl(QStringLiteral("http://127.0.0.1:9000/v2/cloudimages/action")), QUrlQuery(QStringLiteral("b=2&a=1")),
                                               {{"Content-Type", "application/json"}}, body, "20261122T100000Z");
        HeaderList forged = other.headers;
        forged.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:9000")));
        QVERIFY(!verify("POST", QStringLiteral("/v2/cloudimages/action"), "a=1&b=2", forged, body, now));
    }

    void dates()
    {
        QCOMPARE(RequestSigner::sdkDate(at("20200608T023900Z")), QByteArray("20200608T023900Z"));
        // A clock in another zone is signed in UTC, every field two digits (the day before, here).
        const QDateTime beijing(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(8 * 3600));
        QCOMPARE(RequestSigner::sdkDate(beijing), QByteArray("20260101T190405Z"));
        QVERIFY(RequestSigner::isValidSdkDate("20200608T023900Z"));
        QVERIFY(!RequestSigner::isValidSdkDate("2020-06-08T02:39:00Z"));
        QVERIFY(!RequestSigner::isValidSdkDate("20201308T023900Z"));
    }

    void theSignCommandPrintsTheVectorsAuthorization()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runSignCommand({QStringLiteral("ims-wizard-cli sign"), QStringLiteral("--ak"), QStringLiteral("AccessKey"),
                                         QStringLiteral("--sk"), QStringLiteral("SecretKey"), QStringLiteral("--method"), QStringLiteral("post"),
                                         QStringLiteral("--url"), QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
                                         QStringLiteral("--body"), QStringLiteral("{\"name\":\"test\",\"id\":1}"),
                                         QStringLiteral("--date"), QStringLiteral("20200608T023900Z"), QStringLiteral("--verbose")},
                                        out, err);
        QCOMPARE(code, 0);
        QVERIFY(outText.contains(QStringLiteral("Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f")));
        QVERIFY(outText.contains(QStringLiteral("--- canonical request ---\nPOST\n/resources/\nsize=1\n")));
        QVERIFY(outText.contains(QStringLiteral("2b1b2515e48cb55e043ff2ec5b93d3f13ec287e1da1d7a2e4e14b0611a341969")));

        qunsetenv("IMS_WIZARD_SK"); // the default of --sk
        QCOMPARE(runSignCommand({QStringLiteral("sign"), QStringLiteral("--ak"), QStringLiteral("A")}, out, err), 2);
        QVERIFY2(errText.contains(QStringLiteral("--sk (or IMS_WIZARD_SK) is required")), qPrintable(errText));
        QCOMPARE(runSignCommand({QStringLiteral("sign"), QStringLiteral("--ak"), QStringLiteral("A"), QStringLiteral("--sk"), QStringLiteral("S"),
                                 QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"), QStringLiteral("https://h/x"),
                                 QStringLiteral("--date"), QStringLiteral("yesterday")},
                                out, err),
                 2);
        QVERIFY(errText.contains(QStringLiteral("--date must look like")));
    }

    // The official SDK (huaweicloud-sdk-python-v3, BasicCredentials.sign_request) signs a request whose
    // Content-Type is not JSON with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, an empty body included.
    void nonJsonContentTypeIsSignedUnsigned_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("unsignedPayload");
        QTest::newRow("octet-stream, body") << QByteArray("application/octet-stream") << QByteArray("abc") << true;
        QTest::newRow("octet-stream, empty body") << QByteArray("application/octet-stream") << QByteArray() << true;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=1") << true;
        QTest::newRow("json") << QByteArray("application/json") << QByteArray("{}") << false;
        QTest::newRow("json;charset") << QByteArray("application/json;charset=UTF-8") << QByteArray("{}") << false;
        QTest::newRow("no content type") << QByteArray() << QByteArray("abc") << false;
    }

    void nonJsonContentTypeIsSignedUnsigned()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, unsignedPayload);
        HeaderList headers;
        if (!contentType.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        const auto s = RequestSigner::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), {}, {}}, "PUT",
                                           QUrl(QStringLiteral("https://ims.example.com/v2/images/x/file")), {}, headers,
                                           body, "20200608T023900Z");
        const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        QCOMPARE(s.canonicalRequest.endsWith(unsignedPayload ? QByteArray("\nUNSIGNED-PAYLOAD") : "\n" + hash), true);
        bool sent = false;
        for (const auto &h : s.headers)
            sent = sent || (h.first == "X-Sdk-Content-Sha256" && h.second == "UNSIGNED-PAYLOAD");
        QCOMPARE(sent, unsignedPayload);
        QCOMPARE(s.signedHeaders.contains("x-sdk-content-sha256"), unsignedPayload);
        // And what the sandbox receives checks out.
        HeaderList arrived = s.headers;
        arrived.append(qMakePair(QByteArray("Host"), QByteArray("ims.example.com")));
        QString reason;
        QVERIFY2(RequestSigner::verifyRequest("PUT", QStringLiteral("/v2/images/x/file"), {}, arrived, body, secrets(),
                                              at("20200608T024000Z"), &reason),
                 qPrintable(reason));
    }

    void signCommandFollowsTheSdkRule()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const QStringList common{QStringLiteral("sign"), QStringLiteral("--ak"), QStringLiteral("AK1"), QStringLiteral("--sk"),
                                 QStringLiteral("SK1"), QStringLiteral("--method"), QStringLiteral("PUT"), QStringLiteral("--url"),
                                 QStringLiteral("https://ims.example.com/v2/images/x/file"), QStringLiteral("--date"),
                                 QStringLiteral("20200608T023900Z"), QStringLiteral("--verbose")};
        QCOMPARE(runSignCommand(common + QStringList{QStringLiteral("--header"), QStringLiteral("Content-Type: application/octet-stream")},
                                out, err),
                 0);
        QVERIFY2(outText.contains(QStringLiteral("\nUNSIGNED-PAYLOAD\n--- string to sign ---")), qPrintable(outText));
        QVERIFY(outText.contains(QStringLiteral("X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD\n")));
        QVERIFY(outText.contains(QStringLiteral("SignedHeaders=content-type;host;x-sdk-content-sha256;x-sdk-date")));
        QVERIFY2(errText.contains(QStringLiteral("send that header too")), qPrintable(errText));
        outText.clear();
        errText.clear();
        QCOMPARE(runSignCommand(common + QStringList{QStringLiteral("--header"), QStringLiteral("Content-Type: application/json")},
                                out, err),
                 0);
        QVERIFY(!outText.contains(QStringLiteral("UNSIGNED-PAYLOAD")));
        QVERIFY(outText.contains(QStringLiteral("SignedHeaders=content-type;host;x-sdk-date")));
        QVERIFY(errText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
