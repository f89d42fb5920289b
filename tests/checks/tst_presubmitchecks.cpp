// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "checks/PreSubmitChecks.h"
#include "cloud/ImsClient.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ims;
using Verdict = CheckResult::Verdict;

// The pre-submit checks against the sandbox over loopback HTTP: each verdict a person would see on
// the review page for what the account really holds (servers, disks, OBS files, keys, images).
class TestPreSubmitChecks : public QObject
{
    Q_OBJECT

    SandboxServer *m_server = nullptr;
    ImsClient *m_client = nullptr;

    QList<CheckResult> check(const QString &methodId, const QJsonObject &fields, ImsClient *client = nullptr)
    {
        const MethodSpec *method = Catalogue::instance().method(methodId);
        if (!method)
            return {};
        PreSubmitChecks checks(client ? client : m_client, *method, fields);
        QSignalSpy finished(&checks, &PreSubmitChecks::finished);
        QSignalSpy changed(&checks, &PreSubmitChecks::resultChanged);
        checks.start();
        if (!finished.wait(20000))
            return {};
        QTest::qWait(50); // nothing may follow finished()
        // Each row settled once, then finished() once: a row never changes its verdict twice.
        if (finished.size() != 1 || changed.size() != checks.results().size() || !checks.isFinished()) {
            qWarning() << "finished" << finished.size() << "changes" << changed.size() << "rows" << checks.results().size();
            return {};
        }
        return checks.results();
    }

    static QList<CheckResult> rowsFor(const QList<CheckResult> &results, const QString &field)
    {
        QList<CheckResult> out;
        for (const auto &r : results)
            if (r.field == field)
                out << r;
        return out;
    }

    static bool has(const QList<CheckResult> &results, Verdict verdict, const QString &field, const QString &says = {})
    {
        for (const auto &r : results)
            if (r.verdict == verdict && (field.isEmpty() || r.field == field) && r.sentence.contains(says))
                return true;
        return false;
    }

    static QString dump(const QList<CheckResult> &results)
    {
        QStringList lines;
        for (const auto &r : results)
            lines << QStringLiteral("%1 %2: %3").arg(PreSubmitChecks::verdictName(r.verdict), r.field, r.sentence);
        return lines.join(QLatin1Char('\n'));
    }

    QJsonObject serverWith(const QString &status) const
    {
        for (const auto &s : m_server->cloudAccount().servers())
            if (s.toObject().value(QStringLiteral("status")).toString() == status)
                return s.toObject();
        return {};
    }

    // A data disk (not bootIndex 0) of any ECS but `notOf`.
    QString dataDiskOfAnotherServer(const QString &notOf) const
    {
        for (const auto &s : m_server->cloudAccount().servers()) {
            const QJsonObject server = s.toObject();
            if (server.value(QStringLiteral("id")).toString() == notOf)
                continue;
            for (const auto &d : server.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray())
                if (d.toObject().value(QStringLiteral("bootIndex")).toString() != QLatin1String("0"))
                    return d.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

    QString keyWithAlias(const QString &alias) const
    {
        for (const auto &k : m_server->cloudAccount().keys())
            if (k.toObject().value(QStringLiteral("key_alias")).toString() == alias)
                return k.toObject().value(QStringLiteral("key_id")).toString();
        return {};
    }

    static QJsonObject example(const QString &methodId)
    {
        QString error;
        const auto file = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(methodId), &error);
        return file ? file->fields : QJsonObject();
    }

    static QJsonObject fileData(const QString &url, int minDisk)
    {
        return {{QStringLiteral("name"), QStringLiteral("checks-file-data")},
                {QStringLiteral("image_url"), url},
                {QStringLiteral("min_disk"), minDisk},
                {QStringLiteral("os_type"), QStringLiteral("Linux")}};
    }

private slots:
    void initTestCase()
    {
        qputenv("QT_LOGGING_RULES", "ims.*.debug=false");
        SandboxServer::Options options;
        options.seed = 12; // the same account every run
        m_server = new SandboxServer(options, this);
        QVERIFY(m_server->start());
        m_client = new ImsClient(m_server->connectionSettings(), m_server->credentials(), this);
    }

    void everyExampleRequestPassesItsChecks_data()
    {
        QTest::addColumn<QString>("methodId");
        for (const auto &m : Catalogue::instance().methods())
            QTest::newRow(qPrintable(m.id)) << m.id;
    }

    // The bundled examples name what the sandbox holds: nothing to block or warn about.
    void everyExampleRequestPassesItsChecks()
    {
        QFETCH(QString, methodId);
        const auto results = check(methodId, example(methodId));
        QVERIFY(!results.isEmpty());
        QVERIFY2(!has(results, Verdict::Blocking, {}) && !has(results, Verdict::Warning, {}), qPrintable(dump(results)));
        QVERIFY2(has(results, Verdict::Pass, {}, QStringLiteral("private images used")), qPrintable(dump(results)));
    }

    void aStoppedEcsPasses()
    {
        const QJsonObject server = serverWith(QStringLiteral("SHUTOFF"));
        QVERIFY(!server.isEmpty());
        QJsonObject fields = example(QStringLiteral("ecs-system"));
        fields.insert(QStringLiteral("instance_id"), server.value(QStringLiteral("id")));
        const auto results = check(QStringLiteral("ecs-system"), fields);
        const auto rows = rowsFor(results, QStringLiteral("instance_id"));
        QCOMPARE(rows.size(), 2); // the ECS, its system disk
        QVERIFY2(has(rows, Verdict::Pass, {}, QStringLiteral("is stopped")), qPrintable(dump(results)));
        QVERIFY2(has(rows, Verdict::Pass, {}, QStringLiteral("system disk is")), qPrintable(dump(results)));
    }

    void anEcsInErrorIsBlocking()
    {
        const QJsonObject server = serverWith(QStringLiteral("ERROR"));
        QVERIFY2(!server.isEmpty(), "seed 12 has an ECS in ERROR");
        QJsonObject fields = example(QStringLiteral("ecs-system"));
        fields.insert(QStringLiteral("instance_id"), server.value(QStringLiteral("id")));
        const auto results = check(QStringLiteral("ecs-system"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("instance_id"), QStringLiteral("is ERROR")), qPrintable(dump(results)));
    }

    void aMissingEcsIsBlocking()
    {
        QJsonObject fields = example(QStringLiteral("ecs-system"));
        const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fields.insert(QStringLiteral("instance_id"), missing);
        const auto results = check(QStringLiteral("ecs-system"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("instance_id"), QStringLiteral("There is no ECS %1").arg(missing)),
                 qPrintable(dump(results)));
        QVERIFY(has(results, Verdict::Blocking, QStringLiteral("instance_id"), QStringLiteral("IMG.0005")));
    }

    void aDataDiskOfAnotherServerIsBlocking()
    {
        QJsonObject fields = example(QStringLiteral("ecs-data"));
        QJsonArray disks = fields.value(QStringLiteral("data_images")).toArray();
        const QString firstServer = m_server->cloudAccount().servers().first().toObject().value(QStringLiteral("id")).toString();
        const QString foreign = dataDiskOfAnotherServer(firstServer);
        QVERIFY(!foreign.isEmpty());
        QJsonObject second = disks.at(1).toObject();
        second.insert(QStringLiteral("volume_id"), foreign);
        disks.replace(1, second);
        fields.insert(QStringLiteral("data_images"), disks);
        const auto results = check(QStringLiteral("ecs-data"), fields);
        QVERIFY2(has(results, Verdict::Pass, QStringLiteral("data_images[0].volume_id"), QStringLiteral("is a data disk of ECS web-golden")),
                 qPrintable(dump(results)));
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("data_images[1].volume_id"), QStringLiteral("IMG.0140")), qPrintable(dump(results)));
    }

    void aSystemDiskNamedAsDataDiskIsBlocking()
    {
        const QJsonObject server = m_server->cloudAccount().servers().first().toObject();
        QString systemDisk;
        for (const auto &d : server.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray())
            if (d.toObject().value(QStringLiteral("bootIndex")).toString() == QLatin1String("0"))
                systemDisk = d.toObject().value(QStringLiteral("id")).toString();
        QJsonObject fields{{QStringLiteral("data_images"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sys-as-data")}, {QStringLiteral("volume_id"), systemDisk}}}}};
        const auto results = check(QStringLiteral("ecs-data"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("data_images[0].volume_id"), QStringLiteral("IMG.0006")), qPrintable(dump(results)));
    }

    void aMissingDiskIsBlocking()
    {
        QJsonObject fields = example(QStringLiteral("volume-system"));
        fields.insert(QStringLiteral("volume_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto results = check(QStringLiteral("volume-system"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("volume_id"), QStringLiteral("IMG.0120")), qPrintable(dump(results)));
    }

    void aFileInTheWrongFormatIsBlocking()
    {
        // A qcow2 renamed .zvhd2: the name passes validation, its own header says qcow2.
        QJsonObject fields = example(QStringLiteral("quick-system"));
        fields.insert(QStringLiteral("image_url"), QStringLiteral("ims-image:renamed.zvhd2"));
        const auto results = check(QStringLiteral("quick-system"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("image_url"), QStringLiteral("RAW and ZVHD2 files only, not qcow2")),
                 qPrintable(dump(results)));
    }

    void aMissingFileIsBlocking()
    {
        const auto results = check(QStringLiteral("file-data"), fileData(QStringLiteral("ims-image:nope.qcow2"), 40));
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("image_url"), QStringLiteral("does not exist")), qPrintable(dump(results)));
        QVERIFY(has(results, Verdict::Skipped, QStringLiteral("min_disk")));
    }

    void tooSmallMinDiskIsBlocking()
    {
        // centos76-data.qcow2 holds a 100 GB disk.
        const auto small = check(QStringLiteral("file-data"), fileData(QStringLiteral("ims-image:centos76-data.qcow2"), 40));
        QVERIFY2(has(small, Verdict::Blocking, QStringLiteral("min_disk"), QStringLiteral("at least 100")), qPrintable(dump(small)));
        const auto enough = check(QStringLiteral("file-data"), fileData(QStringLiteral("ims-image:centos76-data.qcow2"), 100));
        QVERIFY2(has(enough, Verdict::Pass, QStringLiteral("min_disk")), qPrintable(dump(enough)));
    }

    void coldStorageAndOversizeFilesAreBlocking()
    {
        const auto cold = check(QStringLiteral("file-data"), fileData(QStringLiteral("sandbox-images:archive/old-centos-6.vdi"), 40));
        QVERIFY2(has(cold, Verdict::Blocking, QStringLiteral("image_url"), QStringLiteral("COLD storage class")), qPrintable(dump(cold)));
        const auto big = check(QStringLiteral("file-data"), fileData(QStringLiteral("sandbox-images:archive/big-data-disk.raw"), 300));
        QVERIFY2(has(big, Verdict::Blocking, QStringLiteral("image_url"), QStringLiteral("quick import")), qPrintable(dump(big)));
    }

    void aBucketInAnotherRegionIsBlocking()
    {
        m_server->obs().addBucket(QStringLiteral("far-away"), QStringLiteral("sandbox-2"));
        m_server->obs().putObject(QStringLiteral("far-away"), QStringLiteral("disk.qcow2"), QByteArray("QFI\xfb", 4).leftJustified(104, '\0'));
        const auto results = check(QStringLiteral("file-data"), fileData(QStringLiteral("far-away:disk.qcow2"), 40));
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("image_url"), QStringLiteral("IMG.0058")), qPrintable(dump(results)));
    }

    void aTakenNameWarns()
    {
        const QString taken = m_server->cloudAccount().images().first().toObject().value(QStringLiteral("name")).toString();
        QJsonObject fields = example(QStringLiteral("ecs-system"));
        fields.insert(QStringLiteral("name"), taken);
        const auto results = check(QStringLiteral("ecs-system"), fields);
        QVERIFY2(has(results, Verdict::Warning, QStringLiteral("name"), QStringLiteral("already exists")), qPrintable(dump(results)));
        QVERIFY(!has(results, Verdict::Blocking, {}));
    }

    void aFullQuotaIsBlocking()
    {
        // ecs-data makes one image per disk: two do not fit where one is left.
        const int used = m_server->cloudAccount().privateImageCount();
        m_server->setImageQuota(used + 1);
        const auto twoImages = check(QStringLiteral("ecs-data"), example(QStringLiteral("ecs-data")));
        const auto oneImage = check(QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        m_server->setImageQuota(1000);
        QVERIFY2(has(twoImages, Verdict::Blocking, {}, QStringLiteral("%1 of %2 private images used: no room for 2 more").arg(used).arg(used + 1)),
                 qPrintable(dump(twoImages)));
        // The last image fits, but nothing is left after it: a warning, not a pass.
        QVERIFY2(has(oneImage, Verdict::Warning, {},
                     QStringLiteral("Only 0 of %1 private images left in this region's quota after this one.").arg(used + 1)),
                 qPrintable(dump(oneImage)));
        QVERIFY(!has(oneImage, Verdict::Blocking, {}));
    }

    void aNearlyFullQuotaWarns()
    {
        const int used = m_server->cloudAccount().privateImageCount();
        // Fewer than 5 left after the request warns (a tenth of these small quotas is under 5).
        m_server->setImageQuota(used + 1 + 4);
        const auto fourLeft = check(QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        const auto twoDisks = check(QStringLiteral("ecs-data"), example(QStringLiteral("ecs-data")));
        m_server->setImageQuota(used + 1 + 5);
        const auto fiveLeft = check(QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        m_server->setImageQuota(1000);
        const auto plenty = check(QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        QVERIFY2(has(fourLeft, Verdict::Warning, {},
                     QStringLiteral("Only 4 of %1 private images left in this region's quota after this one.").arg(used + 5)),
                 qPrintable(dump(fourLeft)));
        QVERIFY2(has(twoDisks, Verdict::Warning, {},
                     QStringLiteral("Only 3 of %1 private images left in this region's quota after these 2.").arg(used + 5)),
                 qPrintable(dump(twoDisks)));
        QVERIFY2(has(fiveLeft, Verdict::Pass, {}, QStringLiteral("%1 of %2 private images used.").arg(used).arg(used + 6)),
                 qPrintable(dump(fiveLeft)));
        QVERIFY2(has(plenty, Verdict::Pass, {}, QStringLiteral("%1 of 1000 private images used.").arg(used)), qPrintable(dump(plenty)));
        // A nearly full quota is worth a question, never a reason to refuse.
        QVERIFY(!has(fourLeft, Verdict::Blocking, {}) && !has(twoDisks, Verdict::Blocking, {}));
    }

    void aDisabledKmsKeyIsBlocking()
    {
        QJsonObject fields = fileData(QStringLiteral("ims-image:centos76.qcow2"), 40);
        fields.insert(QStringLiteral("cmk_id"), keyWithAlias(QStringLiteral("old-key")));
        const auto disabled = check(QStringLiteral("file-data"), fields);
        QVERIFY2(has(disabled, Verdict::Blocking, QStringLiteral("cmk_id"), QStringLiteral("old-key is disabled")), qPrintable(dump(disabled)));
        fields.insert(QStringLiteral("cmk_id"), keyWithAlias(QStringLiteral("ims-encrypt")));
        const auto enabled = check(QStringLiteral("file-data"), fields);
        QVERIFY2(has(enabled, Verdict::Pass, QStringLiteral("cmk_id"), QStringLiteral("ims-encrypt is enabled")), qPrintable(dump(enabled)));
        fields.insert(QStringLiteral("cmk_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(has(check(QStringLiteral("file-data"), fields), Verdict::Blocking, QStringLiteral("cmk_id"), QStringLiteral("There is no KMS key")));
    }

    void theEnterpriseProjectMustExist()
    {
        QJsonObject fields = example(QStringLiteral("quick-data"));
        const QString production = m_server->cloudAccount().enterpriseProjects().at(1).toObject().value(QStringLiteral("id")).toString();
        fields.insert(QStringLiteral("enterprise_project_id"), production);
        QVERIFY(has(check(QStringLiteral("quick-data"), fields), Verdict::Pass, QStringLiteral("enterprise_project_id"), QStringLiteral("production")));
        fields.insert(QStringLiteral("enterprise_project_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(has(check(QStringLiteral("quick-data"), fields), Verdict::Blocking, QStringLiteral("enterprise_project_id")));
    }

    void aDisabledEnterpriseProjectIsBlocking()
    {
        QString retired;
        for (const auto &p : m_server->cloudAccount().enterpriseProjects())
            if (p.toObject().value(QStringLiteral("status")).toInt() == 2) // EpDetail: 2 disabled
                retired = p.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!retired.isEmpty());
        QJsonObject fields = example(QStringLiteral("quick-data"));
        fields.insert(QStringLiteral("enterprise_project_id"), retired);
        const auto results = check(QStringLiteral("quick-data"), fields);
        QVERIFY2(has(results, Verdict::Blocking, QStringLiteral("enterprise_project_id"),
                     QStringLiteral("Enterprise project retired is disabled and takes no new images")),
                 qPrintable(dump(results)));
    }

    void aPasswordConnectionChecksTheFileWithTemporaryKeys()
    {
        Credentials passwordOnly = m_server->credentials();
        passwordOnly.accessKey.clear();
        passwordOnly.secretKey.clear();
        ImsClient client(m_server->connectionSettings(AuthMode::Token), passwordOnly);
        const int issuedBefore = m_server->temporaryKeysIssued();
        const auto results = check(QStringLiteral("file-data"), fileData(QStringLiteral("ims-image:centos76.qcow2"), 40), &client);
        // No AK/SK of its own: OBS is read with the temporary keys its IAM issues.
        QVERIFY2(has(results, Verdict::Pass, QStringLiteral("image_url"), QStringLiteral("exists")), qPrintable(dump(results)));
        QVERIFY2(has(results, Verdict::Pass, QStringLiteral("image_url"), QStringLiteral("qcow2")), qPrintable(dump(results)));
        QCOMPARE(m_server->temporaryKeysIssued(), issuedBefore + 1);
        QVERIFY(has(results, Verdict::Pass, {}, QStringLiteral("private images used")));
    }

    void anUnreachableServiceWarnsAndNeverBlocks()
    {
        ConnectionSettings settings = m_server->connectionSettings();
        settings.obsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
        settings.kmsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
        ImsClient client(settings, m_server->credentials());
        client.setRetryPolicy({1, 10, 10});
        QJsonObject fields = fileData(QStringLiteral("ims-image:centos76.qcow2"), 40);
        fields.insert(QStringLiteral("cmk_id"), keyWithAlias(QStringLiteral("old-key")));
        const auto results = check(QStringLiteral("file-data"), fields, &client);
        QVERIFY2(has(results, Verdict::Warning, QStringLiteral("image_url"), QStringLiteral("Could not check")), qPrintable(dump(results)));
        QVERIFY2(has(results, Verdict::Warning, QStringLiteral("cmk_id"), QStringLiteral("Could not check")), qPrintable(dump(results)));
        QVERIFY2(!has(results, Verdict::Blocking, {}), qPrintable(dump(results)));
    }

    void cancelStopsEveryCallAndSaysNothingMore()
    {
        const MethodSpec *method = Catalogue::instance().method(QStringLiteral("file-system"));
        m_server->setSlowMs(300);
        PreSubmitChecks checks(m_client, *method, example(QStringLiteral("file-system")));
        QSignalSpy finished(&checks, &PreSubmitChecks::finished);
        QSignalSpy changed(&checks, &PreSubmitChecks::resultChanged);
        checks.start();
        QVERIFY(checks.isPending(0));
        checks.cancel();
        QTest::qWait(800);
        m_server->setSlowMs(0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!checks.isFinished());
    }
};

QTEST_GUILESS_MAIN(TestPreSubmitChecks)
#include "tst_presubmitchecks.moc"
