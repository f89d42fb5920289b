// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/AccountCalls.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ims;

// The account listings a picker fills from: every page followed, filters sent as each API names
// them, the API's own field names kept, the right endpoint per service, and a 403 that says which
// permission is missing. Against the sandbox over loopback HTTP, with AK/SK and with a token.
class TestAccountCalls : public QObject
{
    Q_OBJECT

    static QString message(const std::optional<ApiError> &e) { return e ? e->userMessage() : QString(); }

    static QSet<QString> ids(const QJsonArray &items, const QString &key = QStringLiteral("id"))
    {
        QSet<QString> out;
        for (const auto &i : items)
            out.insert(i.toObject().value(key).toString());
        return out;
    }

    static int requestsTo(const SandboxServer &sandbox, const QString &path)
    {
        int n = 0;
        for (const auto &r : sandbox.received())
            n += r.path == path;
        return n;
    }

private slots:
    void initTestCase()
    {
        qputenv("QT_LOGGING_RULES", "ims.api.debug=false");
    }

    void auth_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("AK/SK") << int(AuthMode::AkSk);
        QTest::newRow("token") << int(AuthMode::Token);
    }

    void serversArePagedByPageNumberToTheEnd_data() { auth_data(); }
    void serversArePagedByPageNumberToTheEnd()
    {
        QFETCH(int, mode);
        SandboxServer::Options options;
        options.seed = 7;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode(mode)), sandbox.credentials());
        std::optional<ApiError> error;
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        const QJsonArray servers = ListAll::run(new ServersCall(&client, {}, 1, 7), &error, &pages);
        qInfo("listed %lld servers in %d pages of 7 in %lld ms", qlonglong(servers.size()), pages, qlonglong(timer.elapsed()));
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(servers.size(), 30);
        QCOMPARE(pages, 5); // 7+7+7+7+2: offset is a page number, so no server twice and none missed
        QCOMPARE(ids(servers).size(), 30);
        // The offsets sent were 1..5 (ECS: "offset: page number, from 1").
        QStringList offsets;
        for (const auto &r : sandbox.received())
            if (r.path.endsWith(QLatin1String("/cloudservers/detail")))
                offsets << QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("offset"));
        QCOMPARE(offsets, (QStringList{"1", "2", "3", "4", "5"}));

        // The examples' ECS is there, with the fields a picker shows, as the ServerDetail model names them.
        QJsonObject golden;
        for (const auto &s : servers)
            if (s.toObject().value(QStringLiteral("id")).toString() == QLatin1String("877a2cda-ba63-4e1e-b95f-e67e48b6129a"))
                golden = s.toObject();
        QCOMPARE(golden.value(QStringLiteral("name")).toString(), QStringLiteral("web-golden"));
        QVERIFY(!golden.value(QStringLiteral("OS-EXT-AZ:availability_zone")).toString().isEmpty());
        QVERIFY(!golden.value(QStringLiteral("flavor")).toObject().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(golden.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("os_type")).toString(), QStringLiteral("Linux"));
        const QJsonArray disks = golden.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray();
        QCOMPARE(disks.size(), 3);
        int systemDisks = 0;
        for (const auto &d : disks)
            systemDisks += d.toObject().value(QStringLiteral("bootIndex")).toString() == QLatin1String("0");
        QCOMPARE(systemDisks, 1);

        // Mixed states, Linux and Windows, 0 to 3 data disks.
        QSet<QString> states, osTypes;
        QSet<int> dataDiskCounts;
        for (const auto &s : servers) {
            const QJsonObject o = s.toObject();
            states.insert(o.value(QStringLiteral("status")).toString());
            osTypes.insert(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("os_type")).toString());
            dataDiskCounts.insert(int(o.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray().size()) - 1);
        }
        QVERIFY(states.contains(QStringLiteral("ACTIVE")) && states.contains(QStringLiteral("SHUTOFF")));
        QCOMPARE(osTypes, (QSet<QString>{QStringLiteral("Linux"), QStringLiteral("Windows")}));
        QVERIFY(dataDiskCounts.contains(0) && dataDiskCounts.contains(3));
        for (int c : dataDiskCounts)
            QVERIFY(c >= 0 && c <= 3);
    }

    void serverFiltersAreSentAndHonoured()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        std::optional<ApiError> error;
        const QJsonArray stopped = ListAll::run(new ServersCall(&client, {QString(), QStringLiteral("SHUTOFF")}), &error);
        QVERIFY2(!error, qPrintable(message(error)));
        QVERIFY(!stopped.isEmpty());
        for (const auto &s : stopped)
            QCOMPARE(s.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SHUTOFF"));
        const QJsonArray golden = ListAll::run(new ServersCall(&client, {QStringLiteral("golden"), QString()}), &error);
        QCOMPARE(golden.size(), 1);
        QCOMPARE(QUrlQuery(QString::fromLatin1(sandbox.received().last().query)).queryItemValue(QStringLiteral("name")), QStringLiteral("golden"));
    }

    void volumesArePagedByMarkerAndFilteredByServer_data() { auth_data(); }
    void volumesArePagedByMarkerAndFilteredByServer()
    {
        QFETCH(int, mode);
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode(mode)), sandbox.credentials());
        std::optional<ApiError> error;
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        const QJsonArray volumes = ListAll::run(new VolumesCall(&client, {}, QString(), 25), &error, &pages);
        qInfo("listed %lld volumes in %d pages of 25 in %lld ms", qlonglong(volumes.size()), pages, qlonglong(timer.elapsed()));
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(volumes.size(), 60);
        QCOMPARE(ids(volumes).size(), 60);
        QCOMPARE(pages, 3);
        const QJsonObject first = volumes.first().toObject();
        for (const char *field : {"id", "name", "status", "size", "bootable", "attachments"})
            QVERIFY2(first.contains(QLatin1String(field)), field);

        const QJsonArray attached = ListAll::run(
            new VolumesCall(&client, {QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a"), QString(), QString()}), &error);
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(ids(attached).size(), 3);
        QVERIFY(ids(attached).contains(QStringLiteral("c5dfbd0c-bf0a-4798-a453-61dc6b54aa30")));
        for (const auto &v : attached) {
            const QJsonObject a = v.toObject().value(QStringLiteral("attachments")).toArray().first().toObject();
            QCOMPARE(a.value(QStringLiteral("server_id")).toString(), QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a"));
            QVERIFY(a.value(QStringLiteral("device")).toString().startsWith(QLatin1String("/dev/vd")));
        }
    }

    void privateImagesProjectsEnterpriseProjectsAndKeys_data() { auth_data(); }
    void privateImagesProjectsEnterpriseProjectsAndKeys()
    {
        QFETCH(int, mode);
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode(mode)), sandbox.credentials());
        std::optional<ApiError> error;
        int pages = 0;

        const QJsonArray images = ListAll::run(new PrivateImagesCall(&client, {}, QString(), 5), &error, &pages);
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(images.size(), 12);
        QCOMPARE(pages, 3);
        QCOMPARE(ids(images).size(), 12);
        QCOMPARE(images.first().toObject().value(QStringLiteral("__imagetype")).toString(), QStringLiteral("private"));
        QVERIFY(images.first().toObject().contains(QStringLiteral("min_disk")));

        // One image, by id (ImageCall), as the listing has it.
        auto *one = new ImageCall(&client, images.at(3).toObject().value(QStringLiteral("id")).toString());
        QSignalSpy oneDone(one, &ApiCall::finished);
        one->start();
        QVERIFY(oneDone.wait(10000));
        QVERIFY2(one->succeeded(), qPrintable(message(one->error())));
        QCOMPARE(one->image(), images.at(3).toObject());

        const QJsonArray projects = ListAll::run(new ProjectsCall(&client), &error);
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(projects.size(), 3);
        QVERIFY(ids(projects).contains(sandbox.account().projectId));

        const QJsonArray regions = ListAll::run(new RegionsCall(&client), &error);
        QVERIFY2(!error, qPrintable(message(error)));
        QVERIFY(ids(regions).contains(QStringLiteral("ap-southeast-1")));
        QVERIFY(!regions.first().toObject().value(QStringLiteral("locales")).toObject().value(QStringLiteral("en-us")).toString().isEmpty());

        const QJsonArray eps = ListAll::run(new EnterpriseProjectsCall(&client, 0, 2), &error, &pages);
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(eps.size(), 3);
        QCOMPARE(pages, 2);
        QVERIFY(ids(eps).contains(QStringLiteral("0"))); // "default"

        // Enabled keys only: 3 of the 4, the disabled one left out; a page of 2 then one of 1.
        const int before = sandbox.requestCount();
        const QJsonArray keys = ListAll::run(new KmsKeysCall(&client, QString(), 2), &error, &pages);
        QVERIFY2(!error, qPrintable(message(error)));
        QCOMPARE(keys.size(), 3);
        QCOMPARE(pages, 2);
        QVERIFY(sandbox.requestCount() >= before + 2);
        for (const auto &k : keys) {
            QCOMPARE(k.toObject().value(QStringLiteral("key_state")).toString(), QStringLiteral("2"));
            QVERIFY(!k.toObject().value(QStringLiteral("key_alias")).toString().isEmpty());
        }
        QCOMPARE(QJsonDocument::fromJson(sandbox.received().last().body).object().value(QStringLiteral("key_state")).toString(), QStringLiteral("2"));
        QVERIFY(!ids(keys, QStringLiteral("key_alias")).contains(QStringLiteral("old-key")));
    }

    void theKeyListingIsRetriedAfterAPassingFault()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        client.setRetryPolicy({5, 20, 100});
        sandbox.answerNextWith(503, R"({"error_code":"KMS.0001","error_msg":"busy"})");
        std::optional<ApiError> error;
        const QJsonArray keys = ListAll::run(new KmsKeysCall(&client), &error);
        QVERIFY2(!error, qPrintable(message(error))); // a POST, sent again because it only reads
        QCOMPARE(keys.size(), 3);
    }

    void aForbiddenListingNamesThePermission()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        sandbox.cloudAccount().deny(QStringLiteral("ecs:cloudServers:list"));
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        std::optional<ApiError> error;
        const QJsonArray servers = ListAll::run(new ServersCall(&client), &error);
        QVERIFY(servers.isEmpty());
        QVERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::Forbidden);
        QCOMPARE(error->missingPermission(), QStringLiteral("ecs:cloudServers:list"));
        QVERIFY2(error->userMessage().contains(QLatin1String("lacks the permission ecs:cloudServers:list")), qPrintable(error->userMessage()));
        // Not retried: a 403 does not pass by itself.
        QCOMPARE(requestsTo(sandbox, QStringLiteral("/v1/%1/cloudservers/detail").arg(sandbox.account().projectId)), 1);
        // The other listings still work.
        QCOMPARE(ListAll::run(new VolumesCall(&client), &error).size(), 60);
    }

    void eachServiceGoesToItsOwnEndpoint()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        // A port nobody listens on for IMS: ECS and EVS must not go there.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        ConnectionSettings s = sandbox.connectionSettings(AuthMode::AkSk);
        s.imsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
        ImsClient client(s, sandbox.credentials());
        client.setRetryPolicy({1, 10, 10});
        std::optional<ApiError> error;
        QCOMPARE(ListAll::run(new ServersCall(&client), &error).size(), 30);
        QCOMPARE(ListAll::run(new VolumesCall(&client), &error).size(), 60);
        QVERIFY(ListAll::run(new PrivateImagesCall(&client), &error).isEmpty());
        QVERIFY(error); // IMS went to the dead port
        QCOMPARE(error->kind(), ApiError::Kind::Network);

        // Without overrides: the region's hosts, EPS global; the saved form keeps the overrides.
        ConnectionSettings defaults;
        defaults.region = QStringLiteral("ap-southeast-1");
        defaults.auth = AuthMode::AkSk;
        defaults.projectId = QStringLiteral("p1");
        ImsClient plain(defaults, {QString(), QStringLiteral("AK"), QStringLiteral("SK"), QString()});
        auto host = [&plain](ApiRequest::Service service) {
            ApiRequest r;
            r.service = service;
            r.path = QStringLiteral("/v1/{project_id}/x");
            return plain.authorize(r, QByteArray(), QDateTime::currentDateTimeUtc()).url;
        };
        QCOMPARE(host(ApiRequest::Service::Ecs).host(), QStringLiteral("ecs.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Evs).host(), QStringLiteral("evs.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Kms).host(), QStringLiteral("kms.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Obs).host(), QStringLiteral("obs.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Eps).host(), QStringLiteral("eps.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Ims).host(), QStringLiteral("ims.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(host(ApiRequest::Service::Ecs).path(), QStringLiteral("/v1/p1/x"));
        QCOMPARE(ConnectionSettings::fromJson(s.toJson()), s);
        QCOMPARE(ConnectionSettings::fromJson(s.toJson()).ecsEndpoint, sandbox.url());
    }

    void cancellingStopsTheListing()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        sandbox.setSlowMs(300);
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        ListAll all(new ServersCall(&client, {}, 1, 5));
        QSignalSpy pages(&all, &ListAll::pageLoaded);
        QSignalSpy done(&all, &ListAll::finished);
        connect(&all, &ListAll::pageLoaded, &all, &ListAll::abort); // cancel after the first page
        all.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(pages.size(), 1);
        QVERIFY(all.error());
        QCOMPARE(all.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(all.items().size(), 5);
    }

    void creatingFromAnEcsOrDiskThatDoesNotExistFailsAsTheCloudDoes()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ImsClient client(sandbox.connectionSettings(AuthMode::AkSk), sandbox.credentials());
        client.setRetryPolicy({1, 10, 10});
        auto post = [&](const QJsonObject &body) {
            ApiRequest r;
            r.verb = "POST";
            r.path = QStringLiteral("/v2/cloudimages/action");
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            ApiCall *call = client.send(r);
            QSignalSpy spy(call, &ApiCall::finished);
            spy.wait(10000);
            return call;
        };
        ApiCall *missing = post({{QStringLiteral("name"), QStringLiteral("from-nowhere")},
                                 {QStringLiteral("instance_id"), QStringLiteral("00000000-1111-2222-3333-444444444444")}});
        QVERIFY(missing->error());
        QCOMPARE(missing->error()->code(), QStringLiteral("IMG.0005"));
        QCOMPARE(sandbox.createCount(), 0);
        ApiCall *noVolume = post({{QStringLiteral("name"), QStringLiteral("from-no-disk")},
                                  {QStringLiteral("volume_id"), QStringLiteral("00000000-1111-2222-3333-444444444444")},
                                  {QStringLiteral("os_version"), QStringLiteral("Ubuntu 18.04 server 64bit")},
                                  {QStringLiteral("type"), QStringLiteral("ECS")}});
        QVERIFY(noVolume->error());
        QCOMPARE(noVolume->error()->code(), QStringLiteral("IMG.0120"));
        ApiCall *real = post({{QStringLiteral("name"), QStringLiteral("from-golden")},
                              {QStringLiteral("instance_id"), QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a")}});
        QVERIFY2(real->succeeded(), qPrintable(real->error() ? real->error()->userMessage() : QString()));
        QCOMPARE(sandbox.createCount(), 1);

        // The quota counts the account's private images.
        auto *quota = new QuotaCall(&client);
        QSignalSpy spy(quota, &ApiCall::finished);
        quota->start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(quota->used(), sandbox.cloudAccount().privateImageCount() + 1);
    }

    void theAccountIsTheSameForTheSameSeed()
    {
        SandboxAccount a(42, QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("d"));
        SandboxAccount b(42, QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("d"));
        SandboxAccount c(43, QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("d"));
        QCOMPARE(a.servers(), b.servers());
        QCOMPARE(a.volumes(), b.volumes());
        QVERIFY(a.servers() != c.servers());
        QVERIFY(c.hasServer(QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a"))); // the examples' ids, whatever the seed
    }

    // fuzz_accountlists' finding: a page of private images that said "next" but held no image made
    // its next page from the last item of none (undefined behaviour); any listing whose empty page
    // says "more", or whose last item has no id to go on from, must end instead of asking again.
    void anEmptyPageOrOneWithoutAMarkerEndsTheListing()
    {
        ImsClient client(ConnectionSettings(), {QString(), QStringLiteral("AK"), QStringLiteral("SK"), QString()});
        auto ends = [](ListPageCall &&page, const QByteArray &answer) {
            page.readPage(answer);
            if (page.error())
                return false;
            std::unique_ptr<ListPageCall> next(page.nextPage());
            return !next;
        };
        QVERIFY(ends(PrivateImagesCall(&client, {}, {}, 2), R"({"images": [], "next": "/v2/cloudimages?marker=x"})"));
        QVERIFY(ends(PrivateImagesCall(&client, {}, {}, 1), R"({"images": [{"name": "no id"}], "next": "/v2/cloudimages?marker=x"})"));
        QVERIFY(ends(VolumesCall(&client, {}, {}, 1), R"({"volumes": [{"name": "no id"}], "count": 9})"));
        QVERIFY(ends(ServersCall(&client, {}, 1, 2), R"({"servers": [], "count": 9})"));
        QVERIFY(ends(EnterpriseProjectsCall(&client, 0, 2), R"({"enterprise_projects": [], "total_count": 9})"));
        QVERIFY(ends(KmsKeysCall(&client, {}, 2), R"({"key_details": [], "truncated": "true", "next_marker": "k"})"));
        // A page with an id to go on from still goes on, from that id.
        PrivateImagesCall images(&client, {}, {}, 1);
        images.readPage(R"({"images": [{"id": "img-1"}], "next": "/v2/cloudimages?marker=img-1"})");
        std::unique_ptr<ListPageCall> next(images.nextPage());
        QVERIFY(next);
        QCOMPARE(next->request().query.queryItemValue(QStringLiteral("marker")), QStringLiteral("img-1"));
    }
};

QTEST_GUILESS_MAIN(TestAccountCalls)
#include "tst_accountcalls.moc"
