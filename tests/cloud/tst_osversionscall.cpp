// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/OsVersions.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ims;

// The OS version picker's list: what the sandbox serves is exactly the bundled list, and that list
// has today's systems.
class TestOsVersionsCall : public QObject
{
    Q_OBJECT

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private slots:
    void theSandboxServesExactlyTheBundledList()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        auto *call = new OsVersionsCall(&client);
        QSignalSpy spy(call, &ApiCall::finished);
        call->start();
        QVERIFY(spy.wait(20000));
        QVERIFY2(call->succeeded(), qPrintable(call->error() ? call->error()->userMessage() : QString()));
        // The API groups by platform, so the order differs; the values are the same, each once.
        QCOMPARE(call->versions().size(), OsVersions::bundled().size());
        QCOMPARE(sorted(call->versions()), sorted(OsVersions::bundled()));

        // Platform, bits and type as the API spells them.
        QHash<QString, QJsonObject> byVersion;
        for (const auto &group : QJsonDocument::fromJson(call->answer()).array())
            for (const auto &v : group.toObject().value(QStringLiteral("version_list")).toArray()) {
                const QJsonObject o = v.toObject();
                QCOMPARE(o.value(QStringLiteral("platform")), group.toObject().value(QStringLiteral("platform")));
                byVersion.insert(o.value(QStringLiteral("os_version")).toString(), o);
            }
        const QJsonObject hce = byVersion.value(QStringLiteral("Huawei Cloud EulerOS 2.0 64bit"));
        QCOMPARE(hce.value(QStringLiteral("platform")).toString(), QStringLiteral("Huawei Cloud EulerOS"));
        QCOMPARE(hce.value(QStringLiteral("os_type")).toString(), QStringLiteral("Linux"));
        QCOMPARE(byVersion.value(QStringLiteral("Fedora 32 64bit")).value(QStringLiteral("os_bit")).toInt(), 64);
        QCOMPARE(byVersion.value(QStringLiteral("CentOS 7.0 32bit")).value(QStringLiteral("os_bit")).toInt(), 32);
        QCOMPARE(byVersion.value(QStringLiteral("Red Hat Enterprise Linux 9.1 64bit")).value(QStringLiteral("platform")).toString(), QStringLiteral("Red Hat"));
        const QJsonObject win = byVersion.value(QStringLiteral("Windows Server 2022 Datacenter 64bit"));
        QCOMPARE(win.value(QStringLiteral("os_type")).toString(), QStringLiteral("Windows"));
        delete call;
    }

    void todaysSystemsAreInTheBundledList_data()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"Huawei Cloud EulerOS 2.0 64bit", "Ubuntu 24.04 server 64bit", "Ubuntu 22.04 server 64bit",
                              "Debian GNU/Linux 12.0.0 64bit", "CentOS Stream 9 64bit", "Rocky Linux 9.0 64bit",
                              "Rocky Linux 8.10 64bit", "AlmaLinux 9.0 64bit", "openEuler 22.03 SP1 64bit",
                              "Windows Server 2019 Standard 64bit", "Windows Server 2019 Datacenter 64bit",
                              "Windows Server 2022 Standard 64bit", "Windows Server 2022 Datacenter 64bit"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void todaysSystemsAreInTheBundledList()
    {
        QFETCH(QString, version);
        QVERIFY(OsVersions::isKnown(version));
        const bool windows = version.startsWith(QLatin1String("Windows"));
        QCOMPARE(OsVersions::familyOf(version), windows ? OsFamily::Windows : OsFamily::Linux);
        QCOMPARE(OsVersions::bitsOf(version), 64);
    }

    void eachVersionIsListedOnce()
    {
        const QStringList &list = OsVersions::bundled();
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
        for (const auto &v : list)
            QVERIFY2(v == v.trimmed() && !v.isEmpty(), qPrintable(v));
    }
};

QTEST_GUILESS_MAIN(TestOsVersionsCall)
#include "tst_osversionscall.moc"
