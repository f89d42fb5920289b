// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/TokenProvider.h"

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
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
