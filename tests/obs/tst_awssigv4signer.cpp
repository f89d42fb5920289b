// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "obs/AwsSigV4Signer.h"
#include "obs/ObsEndpoint.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace ims;

// AWS Signature V4 byte for byte: cases of AWS's published "Signature Version 4 test suite" (request,
// canonical request, string to sign, Authorization; key AKIDEXAMPLE, region us-east-1, service
// "service", 20150830T123600Z), the S3 API reference's GET-object example, and the check a server makes.
class TestAwsSigV4Signer : public QObject
{
    Q_OBJECT

    static AwsSigV4Signer::Key suiteKey()
    {
        return {QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}};
    }
    static QByteArray emptyHash() { return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; }
    static AwsSigV4Signer::QueryList queryOf(const QUrl &url)
    {
        AwsSigV4Signer::QueryList q;
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            q.append(item);
        return q;
    }
    static QDateTime at(const char *amzDate)
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        t.setTimeZone(QTimeZone::utc());
        return t;
    }

private slots:
    void suite_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("url");
        QTest::addColumn<AwsSigV4Signer::HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("canonicalRequest");
        QTest::addColumn<QByteArray>("stringToSignHash");
        QTest::addColumn<QByteArray>("authorization");

        const QByteArray date = "20150830T123600Z";
        const AwsSigV4Signer::HeaderList plain{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", date}};
        const QByteArray head = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";
        const QByteArray tail = "\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + emptyHash();

        QTest::newRow("get-vanilla") << QByteArray("GET") << "https://example.amazonaws.com/" << plain << QByteArray()
                                     << "GET\n/\n" + tail
                                     << QByteArray("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
                                     << head + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        QTest::newRow("get-vanilla-query-order-key-case")
            << QByteArray("GET") << "https://example.amazonaws.com/?Param2=value2&Param1=value1" << plain << QByteArray()
            << "GET\n/\nParam1=value1&Param2=value2" + tail
            << QByteArray("816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0")
            << head + "SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
        QTest::newRow("get-vanilla-query-order-key")
            << QByteArray("GET") << "https://example.amazonaws.com/?Param1=value2&Param1=Value1" << plain << QByteArray()
            << "GET\n/\nParam1=Value1&Param1=value2" + tail
            << QByteArray("704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89")
            << head + "SignedHeaders=host;x-amz-date, Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1";
        QTest::newRow("get-vanilla-utf8-query")
            << QByteArray("GET") << QString::fromUtf8("https://example.amazonaws.com/?\xe1\x88\xb4=bar") << plain << QByteArray()
            << "GET\n/\n%E1%88%B4=bar" + tail
            << QByteArray("eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073")
            << head + "SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04";
        QTest::newRow("get-utf8") << QByteArray("GET") << QString::fromUtf8("https://example.amazonaws.com/\xe1\x88\xb4") << plain
                                  << QByteArray() << "GET\n/%E1%88%B4\n" + tail
                                  << QByteArray("2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102")
                                  << head + "SignedHeaders=host;x-amz-date, Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85";
        QTest::newRow("get-unreserved")
            << QByteArray("GET") << "https://example.amazonaws.com/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            << plain << QByteArray() << "GET\n/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n" + tail
            << QByteArray("6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9")
            << head + "SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f";
        QTest::newRow("get-header-value-trim")
            << QByteArray("GET") << "https://example.amazonaws.com/"
            << AwsSigV4Signer::HeaderList{{"Host", "example.amazonaws.com"}, {"My-Header1", " value1"},
                                          {"My-Header2", " \"a   b   c\""}, {"X-Amz-Date", date}}
            << QByteArray()
            << "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n\n"
               "host;my-header1;my-header2;x-amz-date\n" + emptyHash()
            << QByteArray("a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7")
            << head + "SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736";
        QTest::newRow("get-header-key-duplicate")
            << QByteArray("GET") << "https://example.amazonaws.com/"
            << AwsSigV4Signer::HeaderList{{"Host", "example.amazonaws.com"}, {"My-Header1", "value2"}, {"My-Header1", "value2"},
                                          {"My-Header1", "value1"}, {"X-Amz-Date", date}}
            << QByteArray()
            << "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\n"
               "host;my-header1;x-amz-date\n" + emptyHash()
            << QByteArray("dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c")
            << head + "SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea";
        QTest::newRow("post-vanilla") << QByteArray("POST") << "https://example.amazonaws.com/" << plain << QByteArray()
                                      << "POST\n/\n" + tail
                                      << QByteArray("553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87")
                                      << head + "SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
        QTest::newRow("post-x-www-form-urlencoded")
            << QByteArray("POST") << "https://example.amazonaws.com/"
            << AwsSigV4Signer::HeaderList{{"Content-Type", "application/x-www-form-urlencoded"},
                                          {"Host", "example.amazonaws.com"}, {"X-Amz-Date", date}}
            << QByteArray("Param1=value1")
            << QByteArray("POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
                          "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
                          "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
            << QByteArray()
            << head + "SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
    }

    void suite()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, url);
        QFETCH(AwsSigV4Signer::HeaderList, headers);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, canonicalRequest);
        QFETCH(QByteArray, stringToSignHash);
        QFETCH(QByteArray, authorization);
        const QUrl u(url);
        const auto s = AwsSigV4Signer::sign(suiteKey(), QStringLiteral("us-east-1"), QStringLiteral("service"), verb, u,
                                            queryOf(u), headers, body, "20150830T123600Z");
        QCOMPARE(s.canonicalRequest, canonicalRequest);
        if (!stringToSignHash.isEmpty())
            QCOMPARE(s.stringToSign, "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" + stringToSignHash);
        QCOMPARE(s.authorization, authorization);
        // What goes on the wire: the Authorization header and X-Amz-Date, not a second date.
        int dates = 0;
        for (const auto &h : s.headers)
            dates += h.first.compare("x-amz-date", Qt::CaseInsensitive) == 0;
        QCOMPARE(dates, 1);
    }

    // S3 API reference, "Signature Calculations for the Authorization Header", example "GET Object":
    // a Range read of examplebucket/test.txt, virtual-host style, with x-amz-content-sha256.
    void s3GetObjectExample()
    {
        ObsEndpoint endpoint{QUrl(QStringLiteral("https://s3.amazonaws.com")), QStringLiteral("us-east-1"),
                             ObsEndpoint::Addressing::VirtualHost};
        const QUrl url = endpoint.urlFor(QStringLiteral("examplebucket"), QStringLiteral("test.txt"));
        QCOMPARE(url.toString(), QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"));
        const auto s = AwsSigV4Signer::sign({QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), {}},
                                            QStringLiteral("us-east-1"), QStringLiteral("s3"), "GET", url, {},
                                            {{"Range", "bytes=0-9"}, {"x-amz-content-sha256", emptyHash()}}, {}, "20130524T000000Z");
        QCOMPARE(s.authorization, QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                                             "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                                             "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void unsignedPayloadAndSecurityToken()
    {
        const QUrl url(QStringLiteral("https://bucket.obs.cn-north-4.myhuaweicloud.com/disk.qcow2"));
        const auto s = AwsSigV4Signer::sign({QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("TOKEN")}, QStringLiteral("cn-north-4"),
                                            QStringLiteral("s3"), "GET", url, {}, {{"x-amz-content-sha256", "UNSIGNED-PAYLOAD"}},
                                            "not hashed", "20260101T000000Z");
        QVERIFY(s.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        QVERIFY(s.canonicalRequest.contains("\nx-amz-security-token:TOKEN\n"));
        QVERIFY(s.signedHeaders == "host;x-amz-content-sha256;x-amz-date;x-amz-security-token");
        QCOMPARE(s.credentialScope, QByteArray("20260101/cn-north-4/s3/aws4_request"));
        bool token = false;
        for (const auto &h : s.headers)
            token = token || (h.first == "X-Amz-Security-Token" && h.second == "TOKEN");
        QVERIFY(token);
    }

    void addressing()
    {
        ObsEndpoint obs{ObsEndpoint::defaultUrl(QStringLiteral("ap-southeast-1")), QStringLiteral("ap-southeast-1"), {}};
        QCOMPARE(obs.url.toString(), QStringLiteral("https://obs.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(ObsEndpoint::regionOf(obs.url), QStringLiteral("ap-southeast-1"));
        QVERIFY(!obs.pathStyle());
        QCOMPARE(obs.urlFor(QStringLiteral("images"), QStringLiteral("os/a b+c.qcow2")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://images.obs.ap-southeast-1.myhuaweicloud.com/os/a%20b%2Bc.qcow2"));
        ObsEndpoint swift{QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("cn-north-4"), {}};
        QVERIFY(swift.pathStyle());
        QCOMPARE(swift.urlFor(QStringLiteral("images"), QStringLiteral("os/x.vhd")).toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:8080/images/os/x.vhd"));
        QCOMPARE(swift.urlFor(QString(), QString()).toString(QUrl::FullyEncoded), QStringLiteral("http://127.0.0.1:8080/"));
        swift.addressing = ObsEndpoint::Addressing::VirtualHost;
        QCOMPARE(swift.urlFor(QStringLiteral("b"), QStringLiteral("k")).host(), QStringLiteral("b.127.0.0.1"));
        ObsEndpoint::Addressing a{};
        QVERIFY(ObsEndpoint::parseAddressing(QStringLiteral("path"), &a) && a == ObsEndpoint::Addressing::Path);
        QVERIFY(!ObsEndpoint::parseAddressing(QStringLiteral("dns"), &a));
    }

    // A key's odd characters: the URL sent and the canonical URI are the same bytes.
    void keyEncodingMatchesWire()
    {
        ObsEndpoint e{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("r"), ObsEndpoint::Addressing::Path};
        const QString key = QString::fromUtf8("dir/\xe4\xb8\x80 (1)!*'=&?#%.img");
        const QUrl url = e.urlFor(QStringLiteral("b"), key);
        const QByteArray wire = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QCOMPARE(AwsSigV4Signer::canonicalUri(url.path(QUrl::FullyEncoded)), wire);
        QCOMPARE(QUrl::fromPercentEncoding(wire), QStringLiteral("/b/") + key);
    }

    void verifyAcceptsOwnSignatureAndNamesTheFault()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:9/b?prefix=a%2F&max-keys=1000"));
        const auto s = AwsSigV4Signer::sign({QStringLiteral("AK1"), QStringLiteral("SK1"), {}}, QStringLiteral("r1"), QStringLiteral("s3"),
                                            "GET", url, queryOf(url), {{"x-amz-content-sha256", "UNSIGNED-PAYLOAD"}}, {},
                                            "20260101T000000Z");
        AwsSigV4Signer::HeaderList arrived = s.headers;
        arrived.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:9")));
        const auto lookup = [](const QString &ak) {
            return ak == QLatin1String("AK1") ? std::optional<QString>(QStringLiteral("SK1")) : std::nullopt;
        };
        QByteArray code;
        QString reason;
        QVERIFY2(AwsSigV4Signer::verify("GET", QStringLiteral("/b"), "prefix=a%2F&max-keys=1000", arrived, {}, lookup,
                                        QStringLiteral("r1"), at("20260101T000500Z"), &code, &reason),
                 qPrintable(reason));
        QVERIFY(!AwsSigV4Signer::verify("GET", QStringLiteral("/b"), "prefix=b%2F&max-keys=1000", arrived, {}, lookup,
                                        QStringLiteral("r1"), at("20260101T000500Z"), &code, &reason));
        QCOMPARE(code, QByteArray("SignatureDoesNotMatch"));
        QVERIFY(!AwsSigV4Signer::verify("GET", QStringLiteral("/b"), "prefix=a%2F&max-keys=1000", arrived, {}, lookup,
                                        QStringLiteral("r1"), at("20260101T003000Z"), &code, &reason));
        QCOMPARE(code, QByteArray("RequestTimeTooSkewed"));
        const auto none = [](const QString &) { return std::optional<QString>(); };
        QVERIFY(!AwsSigV4Signer::verify("GET", QStringLiteral("/b"), "prefix=a%2F&max-keys=1000", arrived, {}, none,
                                        QStringLiteral("r1"), at("20260101T000500Z"), &code, &reason));
        QCOMPARE(code, QByteArray("InvalidAccessKeyId"));
    }

    // fuzz_awssigv4's finding: sign() writes the access key and region into Authorization as UTF-8,
    // and verify() read them back as Latin-1, so a key or region outside ASCII never verified.
    void verifyReadsNonAsciiKeyAndRegionAsSigned()
    {
        const QString accessKey = QString::fromUtf8("AKIDE\xc3\x97" "AMPLE");
        const QString region = QString::fromUtf8("r\xc3\xa9gion-1");
        const QUrl url(QStringLiteral("https://example.amazonaws.com/"));
        const auto s = AwsSigV4Signer::sign({accessKey, QStringLiteral("SK1"), {}}, region, QStringLiteral("s3"), "GET", url, {}, {}, {},
                                            "20260101T000000Z");
        AwsSigV4Signer::HeaderList arrived = s.headers;
        arrived.append(qMakePair(QByteArray("Host"), QByteArray("example.amazonaws.com")));
        const auto lookup = [&accessKey](const QString &ak) { return ak == accessKey ? std::optional<QString>(QStringLiteral("SK1")) : std::nullopt; };
        QByteArray code;
        QString reason;
        QVERIFY2(AwsSigV4Signer::verify("GET", QStringLiteral("/"), {}, arrived, {}, lookup, region, at("20260101T000000Z"), &code, &reason),
                 qPrintable(code + ": " + reason));
    }
};

QTEST_GUILESS_MAIN(TestAwsSigV4Signer)
#include "tst_awssigv4signer.moc"
