// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace ims;

// IAM's token answer (POST /v3/auth/tokens): the X-Subject-Token header and the body's token object.
class TestTokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTokenItsExpiryAndProject()
    {
        const auto a = TokenProvider::parseAnswer("MIIEhQYJ-token",
                                                  "{\"token\": {\"expires_at\": \"2026-12-02T16:00:00.000000Z\", \"issued_at\": \"2026-12-01T16:00:00.000000Z\","
                                                  " \"project\": {\"id\": \"0605767b5a00d5762fb2c0147f0a2fa6\", \"name\": \"cn-north-4\"}}}");
        QVERIFY(a);
        QCOMPARE(a->token, QByteArray("MIIEhQYJ-token"));
        QCOMPARE(a->expiresAt, QDateTime(QDate(2026, 12, 2), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(a->issuedAt.secsTo(a->expiresAt), 24 * 3600);
        QCOMPARE(a->projectId, QStringLiteral("0605767b5a00d5762fb2c0147f0a2fa6"));
    }

    void anOffsetIsReadAsUtc()
    {
        const auto a = TokenProvider::parseAnswer("t", "{\"token\": {\"expires_at\": \"2026-12-01T17:00:00+08:00\"}}");
        QVERIFY(a);
        QCOMPARE(a->expiresAt, QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(!a->issuedAt.isValid());
        QVERIFY(a->projectId.isEmpty());
    }

    void withoutTokenOrExpiryThereIsNone_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no header") << QByteArray() << QByteArray("{\"token\": {\"expires_at\": \"2026-12-02T16:00:00Z\"}}");
        QTest::newRow("no expiry") << QByteArray("t") << QByteArray("{\"token\": {\"issued_at\": \"2026-12-02T16:00:00Z\"}}");
        QTest::newRow("bad expiry") << QByteArray("t") << QByteArray("{\"token\": {\"expires_at\": \"tomorrow\"}}");
        QTest::newRow("not JSON") << QByteArray("t") << QByteArray("<html>502</html>");
    }

    void withoutTokenOrExpiryThereIsNone()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QVERIFY(!TokenProvider::parseAnswer(header, body));
    }

    // An issued_at after expires_at gave the token a negative life, and the renewal margin (half the
    // life) then kept an expired token "usable". fuzz_token's invariant: issued never after expiry.
    void anIssuedAtAfterTheExpiryIsNotBelieved()
    {
        const auto a = TokenProvider::parseAnswer("t", "{\"token\": {\"expires_at\": \"2026-12-01T17:00:00Z\", \"issued_at\": \"9999-12-31T00:00:00Z\"}}");
        QVERIFY(a);
        QVERIFY(a->expiresAt.isValid());
        QVERIFY(!a->issuedAt.isValid());
    }

    // A token kept between runs (the CLI keeps it in the keychain) is taken while in the first half of
    // its life only, and what saved() writes, reuse() reads back.
    void aSavedTokenIsReusedInTheFirstHalfOfItsLife()
    {
        QNetworkAccessManager network;
        const QDateTime issued(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
        const QByteArray saved = QJsonDocument(QJsonObject{{QStringLiteral("token"), QStringLiteral("MIItoken")},
                                                           {QStringLiteral("project_id"), QStringLiteral("p1")},
                                                           {QStringLiteral("issued_at"), issued.toString(Qt::ISODateWithMs)},
                                                           {QStringLiteral("expires_at"), issued.addSecs(24 * 3600).toString(Qt::ISODateWithMs)}})
                                     .toJson(QJsonDocument::Compact);
        TokenProvider early(&network, {}, {});
        QVERIFY(early.reuse(saved, issued.addSecs(11 * 3600)));
        QCOMPARE(early.token(), QByteArray("MIItoken"));
        QCOMPARE(early.projectId(), QStringLiteral("p1"));
        TokenProvider late(&network, {}, {});
        QVERIFY(!late.reuse(saved, issued.addSecs(13 * 3600))); // past halfway: signs in again
        QVERIFY(late.token().isEmpty());
        TokenProvider broken(&network, {}, {});
        QVERIFY(!broken.reuse("not json", issued));
        QVERIFY(!broken.reuse(QByteArray(saved).replace("MIItoken", ""), issued.addSecs(60)));
        // saved() of a provider holding a token gives back what reuse() takes.
        TokenProvider now(&network, {}, {});
        const QDateTime t = QDateTime::currentDateTimeUtc();
        QVERIFY(now.reuse(QByteArray(saved).replace(issued.toString(Qt::ISODateWithMs).toLatin1(), t.addSecs(-60).toString(Qt::ISODateWithMs).toLatin1())
                              .replace(issued.addSecs(24 * 3600).toString(Qt::ISODateWithMs).toLatin1(), t.addSecs(24 * 3600 - 60).toString(Qt::ISODateWithMs).toLatin1())));
        TokenProvider again(&network, {}, {});
        QVERIFY(again.reuse(now.saved()));
        QCOMPARE(again.token(), now.token());
        QCOMPARE(again.expiresAt(), now.expiresAt());
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
