// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/SimilarImageRequest.h"

#include <QJsonArray>
#include <QTest>

using namespace ims;

// "Create similar": the method and the fields read back from an ImageInfo record.
class TestSimilarImageRequest : public QObject
{
    Q_OBJECT

private slots:
    void aSystemImageOfUnknownOriginBecomesAFileImportWithoutItsFile()
    {
        const QJsonObject image{{QStringLiteral("name"), QStringLiteral("web")},
                                {QStringLiteral("__os_type"), QStringLiteral("Linux")},
                                {QStringLiteral("__os_version"), QStringLiteral("Ubuntu 22.04 server 64bit")},
                                {QStringLiteral("min_disk"), 40},
                                {QStringLiteral("min_ram"), 0},
                                {QStringLiteral("__description"), QStringLiteral("front end")},
                                {QStringLiteral("tags"), QJsonArray{QStringLiteral("env.prod")}},
                                {QStringLiteral("__system__cmkid"), QStringLiteral("cmk-1")}};
        const SimilarImageRequest r = SimilarImageRequest::from(image);
        QCOMPARE(r.methodId, QStringLiteral("file-system"));
        QCOMPARE(r.fields.value(QStringLiteral("name")).toString(), QStringLiteral("web-copy"));
        QCOMPARE(r.fields.value(QStringLiteral("os_type")).toString(), QStringLiteral("Linux"));
        QCOMPARE(r.fields.value(QStringLiteral("os_version")).toString(), QStringLiteral("Ubuntu 22.04 server 64bit"));
        QCOMPARE(r.fields.value(QStringLiteral("min_disk")).toInt(), 40);
        QCOMPARE(r.fields.value(QStringLiteral("description")).toString(), QStringLiteral("front end"));
        QCOMPARE(r.fields.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("env.prod")});
        QCOMPARE(r.fields.value(QStringLiteral("cmk_id")).toString(), QStringLiteral("cmk-1"));
        QVERIFY(!r.fields.contains(QStringLiteral("image_url"))); // the file is not known: a person picks it
        QVERIFY(!r.fields.contains(QStringLiteral("min_ram")));   // 0 is "no limit": left unset
    }

    void anEcsOriginKeepsTheMethodAndOnlyItsFields()
    {
        const QJsonObject image{{QStringLiteral("name"), QStringLiteral("db")},
                                {QStringLiteral("__data_origin"), QStringLiteral("instance,6a1b0c1e-7f8d-4c3b-9a2e-0d1c2b3a4f5e")},
                                {QStringLiteral("__os_version"), QStringLiteral("CentOS 7.9 64bit")},
                                {QStringLiteral("min_disk"), 40}};
        const SimilarImageRequest r = SimilarImageRequest::from(image);
        QCOMPARE(r.methodId, QStringLiteral("ecs-system"));
        QCOMPARE(r.fields.value(QStringLiteral("instance_id")).toString(), QStringLiteral("6a1b0c1e-7f8d-4c3b-9a2e-0d1c2b3a4f5e"));
        // ecs-system has no OS or disk fields: the server's own are used.
        QVERIFY(!r.fields.contains(QStringLiteral("os_version")));
        QVERIFY(!r.fields.contains(QStringLiteral("min_disk")));
    }

    void aDataDiskImageIsADataFileImport()
    {
        const QJsonObject image{{QStringLiteral("name"), QStringLiteral("logs")},
                                {QStringLiteral("virtual_env_type"), QStringLiteral("DataImage")},
                                {QStringLiteral("__data_origin"), QStringLiteral("file,bucket:disks/logs.qcow2")},
                                {QStringLiteral("__os_version"), QStringLiteral("CentOS 7.9 64bit")},
                                {QStringLiteral("min_disk"), 100}};
        const SimilarImageRequest r = SimilarImageRequest::from(image);
        QCOMPARE(r.methodId, QStringLiteral("file-data"));
        QCOMPARE(r.fields.value(QStringLiteral("image_url")).toString(), QStringLiteral("bucket:disks/logs.qcow2"));
        QCOMPARE(r.fields.value(QStringLiteral("min_disk")).toInt(), 100);
        QVERIFY(!r.fields.contains(QStringLiteral("os_version")));
    }

    void theNameStaysWithin128Characters()
    {
        const QString copy = SimilarImageRequest::similarName(QString(128, QLatin1Char('n')));
        QCOMPARE(copy.size(), 128);
        QVERIFY(copy.endsWith(QStringLiteral("-copy")));
    }
};

QTEST_GUILESS_MAIN(TestSimilarImageRequest)
#include "tst_similarimagerequest.moc"
