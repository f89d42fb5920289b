// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "secrets/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

using namespace ims;

// Secrets in a real Secret Service (gnome-keyring under a private D-Bus, see with-keyring.sh), and
// what happens when there is none.
class TestSecretStore : public QObject
{
    Q_OBJECT

    static SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
    {
        SecretStore::Result result;
        bool done = false;
        call([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            result.message = QStringLiteral("the keychain did not answer within 30 s");
        return result;
    }

private slots:
    void keysAreOnePerConnectionAndKind()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("prod"), SecretStore::Kind::Password), QStringLiteral("prod/password"));
        QCOMPARE(SecretStore::keyFor(QStringLiteral("prod"), SecretStore::Kind::SecretKey), QStringLiteral("prod/secret-key"));
        QVERIFY(SecretStore::keyFor(QStringLiteral("a"), SecretStore::Kind::Password) != SecretStore::keyFor(QStringLiteral("b"), SecretStore::Kind::Password));
    }

    // Run under with-keyring.sh.
    // Cancelling the keychain's own "create a keyring" prompt is not "no keychain here": the user is told
    // what happened and offered this session only (libsecret's answers, as QtKeychain 0.13 passes them on).
    void aCancelledKeyringPromptIsSaidAsSuch_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addRow("no collection") << int(QKeychain::EntryNotFound) << QStringLiteral("No such secret collection at path: /");
        QTest::addRow("prompt cancelled") << int(QKeychain::OtherError) << QStringLiteral("The operation was cancelled");
        QTest::addRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("Access denied by user");
        // What gnome-keyring 42 answered here when its "Choose password for new keyring" prompt was cancelled.
        QTest::addRow("no login keyring") << int(QKeychain::OtherError)
                                          << QStringLiteral("Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
    }
    void aCancelledKeyringPromptIsSaidAsSuch()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        const auto r = SecretStore::resultFor(error, text, SecretStore::Operation::Write);
        QVERIFY(!r.ok);
        QVERIFY(r.promptCancelled);
        QVERIFY(!r.noKeychain);
        QVERIFY2(r.message.startsWith(QStringLiteral("The keychain has no keyring to keep the secret in")), qPrintable(r.message));
        // Reading is not writing: a missing entry there is simply "nothing stored yet".
        QVERIFY(SecretStore::resultFor(int(QKeychain::EntryNotFound), text, SecretStore::Operation::Read).notFound);
        // And a Secret Service that is not there at all is still said as such.
        QVERIFY(SecretStore::resultFor(int(QKeychain::OtherError),
                                       QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"),
                                       SecretStore::Operation::Write).noKeychain);
    }

    void writeReadDeleteInTheKeychain()
    {
        SecretStore store;
        const QString secret = QStringLiteral("s3cr3t-\u5bc6\u7801-%1").arg(QDateTime::currentMSecsSinceEpoch());
        SecretStore::Result r = wait([&](auto done) { store.write(QStringLiteral("test-connection"), SecretStore::Kind::SecretKey, secret, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        r = wait([&](auto done) { store.read(QStringLiteral("test-connection"), SecretStore::Kind::SecretKey, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.secret, secret);
        r = wait([&](auto done) { store.read(QStringLiteral("test-connection"), SecretStore::Kind::Password, done); });
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        r = wait([&](auto done) { store.remove(QStringLiteral("test-connection"), SecretStore::Kind::SecretKey, done); });
        QVERIFY2(r.ok, qPrintable(r.message));
        r = wait([&](auto done) { store.read(QStringLiteral("test-connection"), SecretStore::Kind::SecretKey, done); });
        QVERIFY(r.notFound);
    }

    // Run with no D-Bus session: one clear sentence, and the session-only choice works.
    void noKeychainIsSaidClearly()
    {
        SecretStore store;
        SecretStore::Result r = wait([&](auto done) { store.write(QStringLiteral("c"), SecretStore::Kind::Password, QStringLiteral("pw-123"), done); });
        QVERIFY(!r.ok);
        QVERIFY(r.noKeychain);
        QVERIFY2(r.message.startsWith(QStringLiteral("No keychain service is available")), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("this session only")));
        store.keepForSession(QStringLiteral("c"), SecretStore::Kind::Password, QStringLiteral("pw-123"));
        r = wait([&](auto done) { store.read(QStringLiteral("c"), SecretStore::Kind::Password, done); });
        QVERIFY(r.ok);
        QCOMPARE(r.secret, QStringLiteral("pw-123"));
        QVERIFY(store.hasSessionSecret(QStringLiteral("c"), SecretStore::Kind::Password));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
