// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "profiles/ConnectionStore.h"
#include "cloud/Regions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// The saved connections: what goes into connections.json (never a secret), how it is replaced, and
// what a damaged file does.
class TestConnectionStore : public QObject
{
    Q_OBJECT

    static ConnectionSettings full()
    {
        ConnectionSettings s;
        s.name = QStringLiteral("prod \u751f\u4ea7");
        s.region = QStringLiteral("ap-southeast-3");
        s.imsEndpoint = QUrl(QStringLiteral("https://ims.example.test:8443/base"));
        s.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test"));
        s.projectName = QStringLiteral("ap-southeast-3_dev");
        s.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        s.domain = QStringLiteral("acme");
        s.user = QStringLiteral("builder");
        s.auth = AuthMode::AkSk;
        s.accessKey = QStringLiteral("AKEXAMPLE123");
        s.proxy = ConnectionSettings::Proxy::Custom;
        s.proxyUrl = QUrl(QStringLiteral("http://proxy.example.test:3128"));
        s.caFile = QStringLiteral("/etc/ssl/private-cloud.pem");
        s.useNewerCreatePaths = true;
        return s;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void defaultPathFollowsTheDataDir()
    {
        qputenv("IMS_WIZARD_DATA_DIR", "/tmp/some-data-dir");
        QCOMPARE(ConnectionStore::defaultPath(), QStringLiteral("/tmp/some-data-dir/connections.json"));
        qunsetenv("IMS_WIZARD_DATA_DIR");
    }

    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/connections.json"));
        ConnectionStore store(path);
        QVERIFY(store.load()); // no file yet: an empty list
        ConnectionSettings token;
        token.name = QStringLiteral("home");
        token.region = QStringLiteral("eu-west-101");
        token.domain = QStringLiteral("acme");
        token.user = QStringLiteral("me");
        QVERIFY(store.put(full()));
        QVERIFY(store.put(token));
        store.setLastUsed(full().name);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));

        ConnectionStore again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.names(), (QStringList{QStringLiteral("home"), full().name}));
        QVERIFY(again.find(full().name) == full());
        QVERIFY(again.find(QStringLiteral("home")) == token);
        QCOMPARE(again.lastUsed(), full().name);
    }

    void noSecretIsEverInTheFile()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        QVERIFY(store.put(full()));
        QVERIFY(store.save());
        const QByteArray data = read(store.path());
        const QJsonObject saved = QJsonDocument::fromJson(data).object().value(QStringLiteral("connections")).toArray().at(0).toObject();
        const QStringList allowed = {"name", "region", "imsEndpoint", "iamEndpoint", "projectName", "projectId", "domain",
                                     "user", "auth", "accessKey", "proxy", "proxyUrl", "caFile", "v21CreatePaths"};
        for (const QString &key : saved.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        for (const char *word : {"password", "secret", "securityToken", "token\""})
            QVERIFY2(!data.contains(word), word);
    }

    void namesAreCheckedAndRenamesKeepTheLastUsed()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        QString error;
        ConnectionSettings s = full();
        s.name = ConnectionStore::sandboxName();
        QVERIFY(!store.put(s, &error));
        QVERIFY(error.contains(QStringLiteral("sandbox")));
        s.name = QStringLiteral(" padded");
        QVERIFY(!store.put(s, &error));
        s.name = QStringLiteral("a");
        QVERIFY(store.put(s));
        s.name = QStringLiteral("b");
        QVERIFY(store.put(s));
        store.setLastUsed(QStringLiteral("a"));
        s.name = QStringLiteral("b");
        QVERIFY(!store.replace(QStringLiteral("a"), s, &error));
        QCOMPARE(error, QStringLiteral("A connection named \"b\" exists already."));
        s.name = QStringLiteral("c");
        QVERIFY(store.replace(QStringLiteral("a"), s));
        QCOMPARE(store.names(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(store.lastUsed(), QStringLiteral("c"));
        QCOMPARE(store.unusedName(QStringLiteral("b")), QStringLiteral("b 2"));
        QVERIFY(store.remove(QStringLiteral("c")));
        QVERIFY(store.lastUsed().isEmpty());
    }

    // QSaveFile writes a new file and renames it over the old one: a reader never sees half a file.
    void saveReplacesTheFileWhole()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        QVERIFY(store.put(full()));
        QVERIFY(store.save());
        const QByteArray before = read(store.path());
        QFile reader(store.path());
        QVERIFY(reader.open(QIODevice::ReadOnly)); // someone reading while we save
        ConnectionSettings more = full();
        for (int i = 0; i < 200; ++i) {
            more.name = QStringLiteral("extra %1").arg(i);
            QVERIFY(store.put(more));
        }
        QVERIFY(store.save());
        QCOMPARE(reader.readAll(), before); // the old file, whole
        QVERIFY(read(store.path()).size() > before.size() * 100);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("connections.json")}); // no leftovers
    }

    void aBadFileIsNamedAndNothingIsLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        const QByteArray broken = "{\"connections\": [{\"name\": \"prod\", \"region\": ";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        ConnectionStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.startsWith(QStringLiteral("The saved connections in %1 cannot be read (not JSON: ").arg(path)), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("The file is left as it is")));
        QVERIFY(store.connections().isEmpty());
        QCOMPARE(read(path), broken); // loading changed nothing

        ConnectionSettings s = full();
        s.name = QStringLiteral("new");
        QVERIFY(store.put(s));
        QVERIFY2(store.save(&error), qPrintable(error));
        QVERIFY(!store.keptUnreadableFile().isEmpty());
        QCOMPARE(read(store.keptUnreadableFile()), broken); // the user's bytes are still there
        ConnectionStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.names(), QStringList{QStringLiteral("new")});
    }

    // An endpoint typed by hand into the file that is not a URL must not vanish at the next save (the
    // connection would then quietly use its region's public endpoint). The first URL is the input
    // fuzz_connectionsettings found; the second a port typo.
    void anEndpointThatIsNotAUrlSurvivesASave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"connections\": [{\"name\": \"private\", \"region\": \"cn-north-4\", \"imsEndpoint\": \"ht[tp://127.0.0.1:8443\","
                " \"iamEndpoint\": \"https://iam.my-cloud.test:84433\", \"proxy\": \"custom\", \"proxyUrl\": \"http://[proxy:3128\"}]}");
        f.close();
        ConnectionStore store(path);
        QVERIFY(store.load());
        QVERIFY(store.find(QStringLiteral("private")));
        const ConnectionSettings loaded = *store.find(QStringLiteral("private"));
        for (const QUrl &url : {loaded.imsEndpoint, loaded.iamEndpoint, loaded.proxyUrl}) {
            QVERIFY2(!url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(url.host().isEmpty(), qPrintable(url.toString())); // no call can go anywhere with it
        }
        QVERIFY(loaded.effectiveImsEndpoint() != Regions::defaultImsEndpoint(QStringLiteral("cn-north-4")));
        QVERIFY(loaded.effectiveIamEndpoint() != Regions::defaultIamEndpoint(QStringLiteral("cn-north-4")));
        // What the connection dialog shows: the user's text, recognisably.
        QVERIFY2(QUrl::fromPercentEncoding(loaded.imsEndpoint.toString().toUtf8()) == QStringLiteral("ht[tp://127.0.0.1:8443"),
                 qPrintable(loaded.imsEndpoint.toString()));

        QVERIFY(store.save());
        ConnectionStore again(path);
        QVERIFY(again.load());
        QVERIFY(again.find(QStringLiteral("private")) == loaded);
        QVERIFY(read(path).contains("84433"));
    }

    void notAConnectionListIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[1, 2, 3]");
        f.close();
        ConnectionStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("no \"connections\" list")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
