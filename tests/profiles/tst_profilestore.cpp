// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/RequestBuilder.h"
#include "catalogue/Catalogue.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// Saved request profiles: named, reusable, in the CLI's request-file format, never a secret.
class TestProfileStore : public QObject
{
    Q_OBJECT

    static RequestFile request(const QString &name)
    {
        RequestFile r;
        r.name = name;
        r.method = QStringLiteral("file-system");
        r.fields = {{QStringLiteral("name"), QStringLiteral("centos-base")},
                    {QStringLiteral("image_url"), QStringLiteral("ims-image:centos.qcow2")},
                    {QStringLiteral("min_disk"), 40},
                    {QStringLiteral("is_config"), false}};
        return r;
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private slots:
    void saveExportImportGivesTheSameRequest()
    {
        QTemporaryDir home, elsewhere, exported;
        ProfileStore store(home.filePath(QStringLiteral("profiles")));
        QVERIFY(store.save(request(QStringLiteral("CentOS base"))));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().name, QStringLiteral("CentOS base"));
        QCOMPARE(store.list().first().methodId, QStringLiteral("file-system"));
        QVERIFY(store.exportAll(exported.path()));

        ProfileStore other(elsewhere.filePath(QStringLiteral("profiles")));
        int imported = 0;
        QVERIFY(other.importFolder(exported.path(), &imported).isEmpty());
        QCOMPARE(imported, 1);
        const auto back = other.load(QStringLiteral("CentOS base"));
        QVERIFY(back);
        const MethodSpec &m = *Catalogue::instance().method(QStringLiteral("file-system"));
        QCOMPARE(RequestBuilder::prepare(m, back->fields, {}).bodyBytes, RequestBuilder::prepare(m, request(QString()).fields, {}).bodyBytes);
        QCOMPARE(back->fields.value(QStringLiteral("is_config")), QJsonValue(false)); // false survives the trip
    }

    void renameDuplicateRemove()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save(request(QStringLiteral("a"))));
        QVERIFY(store.duplicate(QStringLiteral("a"), QStringLiteral("b")));
        QString error;
        QVERIFY(!store.duplicate(QStringLiteral("a"), QStringLiteral("b"), &error));
        QVERIFY(error.contains(QStringLiteral("exists already")));
        QVERIFY(store.rename(QStringLiteral("b"), QStringLiteral("c")));
        QStringList names;
        for (const auto &p : store.list())
            names << p.name;
        QCOMPARE(names, QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("a"), &error));
        QCOMPARE(store.list().size(), 1);
    }

    void aBadFileIsNamedAndNothingOfItIsImported()
    {
        QTemporaryDir dir, source;
        ProfileStore store(dir.path());
        write(source.filePath(QStringLiteral("good.json")), request(QStringLiteral("good")).toJson());
        write(source.filePath(QStringLiteral("truncated.json")), "{\"method\": \"file-system\", \"fields\": {");
        write(source.filePath(QStringLiteral("unknown-method.json")), "{\"method\": \"teleport\", \"fields\": {}}");
        write(source.filePath(QStringLiteral("extra-key.json")), "{\"method\": \"ecs-system\", \"fields\": {}, \"password\": \"x\"}");
        int imported = 0;
        const QStringList errors = store.importFolder(source.path(), &imported);
        QCOMPARE(imported, 1);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QStringLiteral("truncated.json")));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QStringLiteral("\"teleport\" is not a creation method")));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QStringLiteral("unknown top-level key \"password\"")));
        QCOMPARE(store.list().size(), 1);
    }

    void namesBecomeSafeFileNames()
    {
        QCOMPARE(ProfileStore::fileNameFor(QStringLiteral("prod/web: v2")), QStringLiteral("prod_web_ v2.json"));
        QString error;
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        RequestFile unnamed = request(QString());
        QVERIFY(!store.save(unnamed, &error));
        QVERIFY(error.contains(QStringLiteral("needs a name")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
