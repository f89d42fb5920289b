// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/OsVersions.h"

#include <QTest>

using namespace ims;

// The catalogue as data: the method ids are a contract, and every field explains itself.
class TestCatalogue : public QObject
{
    Q_OBJECT

    static void checkFields(const QString &method, const QList<FieldSpec> &fields)
    {
        for (const auto &f : fields) {
            const QString where = method + QLatin1Char(' ') + f.key;
            QVERIFY2(!f.key.isEmpty(), qPrintable(where));
            QVERIFY2(f.label, qPrintable(where + QStringLiteral(": no label")));
            QVERIFY2(!f.source.isEmpty(), qPrintable(where + QStringLiteral(": no source page")));
            if (f.type != FieldType::ObjectList)
                QVERIFY2(!f.ruleText().isEmpty(), qPrintable(where + QStringLiteral(": no rule text")));
            checkFields(method, f.itemFields);
        }
    }

private slots:
    void methodsAreTheContract_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("answersWithJob");
        QTest::newRow("ecs-system") << QStringLiteral("ecs-system") << QStringLiteral("/v2/cloudimages/action") << true;
        QTest::newRow("ecs-data") << QStringLiteral("ecs-data") << QStringLiteral("/v2/cloudimages/action") << true;
        QTest::newRow("file-system") << QStringLiteral("file-system") << QStringLiteral("/v2/cloudimages/action") << true;
        QTest::newRow("volume-system") << QStringLiteral("volume-system") << QStringLiteral("/v2/cloudimages/action") << true;
        QTest::newRow("file-data") << QStringLiteral("file-data") << QStringLiteral("/v1/cloudimages/dataimages/action") << true;
        QTest::newRow("quick-system") << QStringLiteral("quick-system") << QStringLiteral("/v2/cloudimages/quickimport/action") << true;
        QTest::newRow("quick-data") << QStringLiteral("quick-data") << QStringLiteral("/v2/cloudimages/quickimport/action") << true;
        QTest::newRow("native-metadata") << QStringLiteral("native-metadata") << QStringLiteral("/v2/images") << false;
    }

    void methodsAreTheContract()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        QFETCH(bool, answersWithJob);
        const MethodSpec *m = Catalogue::instance().method(id);
        QVERIFY(m);
        QCOMPARE(m->httpMethod, QByteArray("POST"));
        QCOMPARE(m->path, path);
        QCOMPARE(m->answer == Answer::Job, answersWithJob);
        QVERIFY(m->title && m->summary);
        checkFields(id, m->fields);
    }

    void thereAreExactlyEightMethods()
    {
        QCOMPARE(Catalogue::instance().methodIds(),
                 QStringList({QStringLiteral("ecs-system"), QStringLiteral("ecs-data"), QStringLiteral("file-system"),
                              QStringLiteral("volume-system"), QStringLiteral("file-data"), QStringLiteral("quick-system"),
                              QStringLiteral("quick-data"), QStringLiteral("native-metadata")}));
        QVERIFY(!Catalogue::instance().method(QStringLiteral("ecs")));
    }

    void quickImportRangesDependOnTheOs()
    {
        const FieldSpec *minDisk = Catalogue::instance().method(QStringLiteral("quick-system"))->field(QStringLiteral("min_disk"));
        QVERIFY(minDisk);
        const QString rule = minDisk->ruleText();
        QVERIFY2(rule.contains(QStringLiteral("10 to 1024 GB for Linux")) && rule.contains(QStringLiteral("20 to 1024 GB for Windows")), qPrintable(rule));
        QCOMPARE(minDisk->ruleText(OsFamily::Windows), QStringLiteral("20 to 1024 GB"));
        QCOMPARE(*minDisk->minimumFor(OsFamily::Linux), 10);
        QCOMPARE(*minDisk->minimumFor(OsFamily::Windows), 20);
        QCOMPARE(*minDisk->maximumFor(OsFamily::Windows), 1024);
        QCOMPARE(*minDisk->minimumFor(OsFamily::Unknown), 10); // the loosest until the OS is known
        const FieldSpec *license = Catalogue::instance().method(QStringLiteral("quick-system"))->field(QStringLiteral("license_type"));
        QVERIFY(license->ruleText().contains(QStringLiteral("only for Windows")));
    }

    void osFamilies()
    {
        QCOMPARE(OsVersions::familyOf(QStringLiteral("Windows Server 2016 Standard 64bit")), OsFamily::Windows);
        QCOMPARE(OsVersions::familyOf(QStringLiteral("CentOS 7.6 64bit")), OsFamily::Linux);
        QCOMPARE(OsVersions::familyOf(QStringLiteral("Other(32 bit)")), OsFamily::Linux);
        QCOMPARE(OsVersions::familyOf(QString()), OsFamily::Unknown);
        QCOMPARE(OsVersions::familyOfOsType(QStringLiteral("Windows")), OsFamily::Windows);
        QCOMPARE(OsVersions::familyOfOsType(QStringLiteral("Other")), OsFamily::Unknown);
    }

    void theBundledOsListIsThere()
    {
        const QStringList &list = OsVersions::bundled();
        QVERIFY(list.size() > 100);
        QVERIFY(list.contains(QStringLiteral("CentOS 7.0 64bit")));
        QVERIFY(list.contains(QStringLiteral("Other Linux(64 bit)")));
        QVERIFY(OsVersions::isKnown(QStringLiteral("Ubuntu 14.04 server 64bit")));
        QVERIFY(!OsVersions::isKnown(QStringLiteral("centos 7.0 64bit"))); // spelling matters
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
