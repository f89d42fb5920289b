// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/ImsClient.h"
#include "cloud/TemporaryKeyCall.h"
#include "cloud/TemporaryKeyProvider.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ims;

// Temporary AK/SK from IAM for OBS on a password connection: the call (CreateTemporaryAccessKeyByToken),
// the provider that keeps and renews the key, and OBS listings signed with it, against the sandbox's
// IAM and OBS look-alikes on loopback.
class TestTemporaryKeys : public QObject
{
    Q_OBJECT

    SandboxServer *m_iam = nullptr;
    SandboxObsServer *m_obs = nullptr;

    ImsClient *tokenClient(const Credentials &credentials)
    {
        return new ImsClient(m_iam->connectionSettings(AuthMode::Token), credentials, this);
    }
    ObsClient *obsClient()
    {
        auto *c = new ObsClient(this);
        c->setEndpoint({m_obs->url(), m_obs->region(), ObsEndpoint::Addressing::Auto});
        c->setRetryPolicy({2, 20, 100});
        return c;
    }
    static bool run(ObsCall *call)
    {
        QSignalSpy done(call, &ObsCall::finished);
        call->start();
        return done.wait(20000);
    }
    // Waits for withKey() to answer; the error, if any.
    static std::optional<ApiError> keyOf(TemporaryKeyProvider *keys, bool *answeredAtOnce = nullptr)
    {
        bool answered = false;
        std::optional<ApiError> result;
        keys->withKey(keys, [&](const std::optional<ApiError> &error) {
            answered = true;
            result = error;
        });
        if (answeredAtOnce)
            *answeredAtOnce = answered;
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            return ApiError::timeout(20);
        return result;
    }

private slots:
    void initTestCase()
    {
        m_iam = new SandboxServer(this);
        QVERIFY(m_iam->start());
        const auto &a = m_iam->account();
        m_obs = new SandboxObsServer(a.accessKey, a.secretKey, a.region, this);
        QVERIFY(m_obs->start());
        m_obs->seedDemo();
        m_obs->acceptTemporaryKeys([this](const QString &access) { return m_iam->temporaryKey(access); });
    }

    void readsTheCredential()
    {
        const auto key = TemporaryKeyCall::parse(
            R"({"credential": {"access": "NZFAT5VNWEJDGZ4PZU3V", "expires_at": "2026-12-01T20:56:19.587000Z",
                "secret": "2DDaT9oRbF8DMvlJk0hQqYfgIGDxyXv5BaSzCV0i", "securitytoken": "gQpjbi1ub3J0aC00..."}})");
        QVERIFY(key);
        QCOMPARE(key->access, QStringLiteral("NZFAT5VNWEJDGZ4PZU3V"));
        QCOMPARE(key->secret, QStringLiteral("2DDaT9oRbF8DMvlJk0hQqYfgIGDxyXv5BaSzCV0i"));
        QCOMPARE(key->securityToken, QStringLiteral("gQpjbi1ub3J0aC00..."));
        QCOMPARE(key->expiresAt, QDateTime(QDate(2026, 12, 1), QTime(20, 56, 19, 587), QTimeZone::utc()));
        QVERIFY(!TemporaryKeyCall::parse(R"({"credential": {"access": "A", "secret": "S", "expires_at": "2026-12-01T20:56:19Z"}})"));
        QVERIFY(!TemporaryKeyCall::parse(R"({"credential": {"access": "A", "secret": "S", "securitytoken": "T"}})"));
        QVERIFY(!TemporaryKeyCall::parse("<html>502 Bad Gateway</html>"));
    }

    void theCallSendsTheTokenMethodAndDuration()
    {
        ImsClient *ims = tokenClient(m_iam->credentials());
        auto *call = new TemporaryKeyCall(ims, 1800);
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        QVERIFY(done.wait(20000));
        QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userMessage() : QString()));
        const SandboxServer::Received &sent = m_iam->received().last();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/v3.0/OS-CREDENTIAL/securitytokens"));
        QVERIFY(!sent.header("X-Auth-Token").isEmpty());
        const QJsonObject identity = QJsonDocument::fromJson(sent.body).object()[QStringLiteral("auth")][QStringLiteral("identity")].toObject();
        QCOMPARE(identity[QStringLiteral("methods")].toArray(), QJsonArray{QStringLiteral("token")});
        QCOMPARE(identity[QStringLiteral("token")][QStringLiteral("duration_seconds")].toInt(), 1800);
        const TemporaryKey key = call->key();
        QVERIFY(m_iam->temporaryKey(key.access));
        QCOMPARE(m_iam->temporaryKey(key.access)->securityToken, key.securityToken);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(key.expiresAt) - 1800) < 60);
    }

    void requestsAtOnceShareOneFetchAndTheKeyIsKept()
    {
        ImsClient *ims = tokenClient(m_iam->credentials());
        TemporaryKeyProvider *keys = ims->temporaryKeys();
        const int issuedBefore = m_iam->temporaryKeysIssued();
        int answers = 0;
        for (int i = 0; i < 3; ++i)
            keys->withKey(this, [&answers](const std::optional<ApiError> &error) { answers += error ? 100 : 1; });
        QCOMPARE(answers, 0); // nothing blocks: the answers come from the event loop
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 20000);
        QCOMPARE(keys->fetchCount(), 1);
        QCOMPARE(m_iam->temporaryKeysIssued(), issuedBefore + 1);
        const QString first = keys->key().access;
        bool atOnce = false;
        QVERIFY(!keyOf(keys, &atOnce));
        QVERIFY(atOnce);
        QCOMPARE(keys->key().access, first);
        QCOMPARE(keys->fetchCount(), 1);
    }

    void renewedBeforeItExpires()
    {
        ImsClient *ims = tokenClient(m_iam->credentials());
        TemporaryKeyProvider *keys = ims->temporaryKeys();
        QDateTime now = QDateTime::currentDateTimeUtc();
        keys->setClock([&now] { return now; });
        QVERIFY(!keyOf(keys));
        const TemporaryKey first = keys->key();

        // 8 minutes before expiry (margin 5 min): still handed out at once, and the next key is
        // fetched in the background.
        now = first.expiresAt.addSecs(-8 * 60);
        QSignalSpy renewed(keys, &TemporaryKeyProvider::keyRenewed);
        bool atOnce = false;
        QVERIFY(!keyOf(keys, &atOnce));
        QVERIFY(atOnce);
        QCOMPARE(keys->fetchCount(), 2);
        QVERIFY(renewed.wait(20000));
        QVERIFY(keys->key().access != first.access);

        // 4 minutes before the (new) key's expiry: not used any more; a request waits for a new one.
        const TemporaryKey second = keys->key();
        now = second.expiresAt.addSecs(-4 * 60);
        QVERIFY(!keys->hasUsableKey());
        QVERIFY(!keyOf(keys, &atOnce));
        QVERIFY(!atOnce);
        QCOMPARE(keys->fetchCount(), 3);
        QVERIFY(keys->key().access != second.access);
    }

    void listsObjectsOnATokenConnection()
    {
        ImsClient *ims = tokenClient(m_iam->credentials());
        ObsClient *obs = obsClient();
        obs->setTemporaryKeys(ims->temporaryKeys());
        auto *call = new ListObjectsCall(obs, QStringLiteral("sandbox-backups"), QStringLiteral("db/"));
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userMessage() : QString()));
        QCOMPARE(call->objects().size(), 700);
        QCOMPARE(obs->accessKey(), ims->temporaryKeys()->key().access);
        QVERIFY(obs->accessKey() != m_iam->account().accessKey);

        // The same key without its security token is refused.
        ObsClient *tokenless = obsClient();
        tokenless->setKey({ims->temporaryKeys()->key().access, ims->temporaryKeys()->key().secret, {}});
        auto *refused = new ListBucketsCall(tokenless);
        QVERIFY(run(refused));
        QVERIFY(refused->error());
        QCOMPARE(refused->error()->code(), QStringLiteral("InvalidToken"));
    }

    void anExpiredKeyIsRefusedAndReplaced()
    {
        ImsClient *ims = tokenClient(m_iam->credentials());
        ObsClient *obs = obsClient();
        obs->setTemporaryKeys(ims->temporaryKeys());
        QVERIFY(!keyOf(ims->temporaryKeys()));
        const TemporaryKey old = ims->temporaryKeys()->key();
        m_iam->expireTemporaryKeys();

        ObsClient *fixed = obsClient();
        fixed->setKey({old.access, old.secret, old.securityToken});
        auto *refused = new ListBucketsCall(fixed);
        QVERIFY(run(refused));
        QVERIFY(refused->error());
        QCOMPARE(refused->error()->kind(), ObsError::Kind::ExpiredKey);
        QVERIFY2(refused->error()->userMessage().contains(QStringLiteral("has expired")), qPrintable(refused->error()->userMessage()));

        // The provider still believed in it: OBS's refusal makes it fetch another, once.
        auto *call = new ListBucketsCall(obs);
        QVERIFY(run(call));
        QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userMessage() : QString()));
        QCOMPARE(call->buckets().size(), 3);
        QCOMPARE(ims->temporaryKeys()->fetchCount(), 2);
        QVERIFY(ims->temporaryKeys()->key().access != old.access);
    }

    void aWrongPasswordIsOneSentenceAboutObs()
    {
        Credentials wrong = m_iam->credentials();
        wrong.password = QStringLiteral("not-the-password");
        ImsClient *ims = tokenClient(wrong);
        ObsClient *obs = obsClient();
        obs->setTemporaryKeys(ims->temporaryKeys());
        auto *call = new ListBucketsCall(obs);
        QVERIFY(run(call));
        QVERIFY(call->error());
        QCOMPARE(call->error()->kind(), ObsError::Kind::NoTemporaryKey);
        QVERIFY2(call->error()->userMessage().startsWith(QStringLiteral("OBS takes access keys, not tokens")),
                 qPrintable(call->error()->userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTemporaryKeys)
#include "tst_temporarykeys.moc"
