// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SandboxAccount.h"

#include "cloud/Regions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <numeric>

namespace ims {

namespace {

// The ids of resources/data/examples/*.json: they must exist so that the examples still succeed.
const QString exampleServerId = QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a");
const QString exampleDataDisks[] = {QStringLiteral("c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"),
                                    QStringLiteral("0b7f1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b")};
// volume-system.json names this id as a volume: a detached system disk of the same id.
const QString exampleVolumeId = exampleServerId;

QString uuid(QRandomGenerator &rng)
{
    static const char digits[] = "0123456789abcdef";
    QString h;
    for (int i = 0; i < 32; ++i)
        h += QLatin1Char(digits[rng.bounded(16)]);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') + h.mid(16, 4) +
           QLatin1Char('-') + h.mid(20);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

SandboxAccount::Answer jsonAnswer(const QJsonObject &o, int status = 200)
{
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

int intOr(const QUrlQuery &q, const QString &key, int fallback)
{
    bool ok = false;
    const int v = q.queryItemValue(key).toInt(&ok);
    return ok ? v : fallback;
}

struct OsChoice
{
    const char *type;
    const char *image;
    const char *platform;
    int systemGb;
};

const OsChoice oses[] = {
    {"Linux", "Ubuntu 22.04 server 64bit", "Ubuntu", 40},  {"Linux", "CentOS 7.9 64bit", "CentOS", 40},
    {"Linux", "EulerOS 2.9 64bit", "EulerOS", 40},         {"Linux", "Debian 12.0.0 64bit", "Debian", 40},
    {"Windows", "Windows Server 2019 Datacenter 64bit English", "Windows", 50},
    {"Windows", "Windows Server 2022 Standard 64bit English", "Windows", 60},
};

const char *const roles[] = {"web", "db", "cache", "build", "app", "win-app", "jump", "etl", "mq", "monitor"};
const char *const flavors[] = {"s6.medium.2", "s6.large.2", "c7.xlarge.2", "m7.2xlarge.8", "s6.small.1"};

} // namespace

SandboxAccount::SandboxAccount(quint32 seed, const QString &projectId, const QString &projectName, const QString &domain)
    : m_projectId(projectId)
{
    QRandomGenerator rng(seed ? seed : 20261201u);
    const QDateTime base = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    const QString domainId = QStringLiteral("0970dd7a1300f5672ff2c003c60ae115");
    const int serverCount = 30;
    const int freeVolumes = 8;
    const int totalVolumes = 60;

    // Data disks per server: 0 to 3, the first server (the examples') has the two of ecs-data.json;
    // the others' counts are shuffled so that each seed gives another account.
    QList<int> dataDisks(serverCount, 0);
    dataDisks[0] = 2;
    QList<int> counts = {3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1}; // 20 disks
    Q_ASSERT(std::accumulate(counts.begin(), counts.end(), 0) == totalVolumes - serverCount - freeVolumes - dataDisks[0]);
    counts.resize(serverCount - 1, 0);
    for (qsizetype i = counts.size() - 1; i > 0; --i)
        counts.swapItemsAt(i, qsizetype(rng.bounded(int(i + 1))));
    for (int i = 1; i < serverCount; ++i)
        dataDisks[i] = counts.at(i - 1);

    QStringList zones = {projectName + QStringLiteral("a"), projectName + QStringLiteral("b")};
    for (int i = 0; i < serverCount; ++i) {
        const OsChoice &os = i == 0 ? oses[0] : oses[rng.bounded(int(std::size(oses)))];
        const bool windows = QLatin1String(os.type) == QLatin1String("Windows");
        const QString id = i == 0 ? exampleServerId : uuid(rng);
        const QString role = windows ? QStringLiteral("win-app") : QLatin1String(roles[rng.bounded(int(std::size(roles)))]);
        const QString name = i == 0 ? QStringLiteral("web-golden") : QStringLiteral("%1-%2").arg(role).arg(i, 2, 10, QLatin1Char('0'));
        const int dice = int(rng.bounded(10));
        const QString status = i == 0 ? QStringLiteral("SHUTOFF") : dice < 6 ? QStringLiteral("ACTIVE")
                                                                 : dice < 9 ? QStringLiteral("SHUTOFF")
                                                                            : QStringLiteral("ERROR");
        const QString zone = zones.at(i % 2);
        const QString flavor = QLatin1String(flavors[rng.bounded(int(std::size(flavors)))]);
        const QDateTime created = base.addSecs(qint64(i) * 86400 + rng.bounded(3600));
        const QString imageId = uuid(rng);

        // The system disk, then the data disks: EVS VolumeDetail.
        QJsonArray attached;
        for (int d = 0; d <= dataDisks[i]; ++d) {
            const bool system = d == 0;
            const QString volumeId = (i == 0 && d > 0) ? exampleDataDisks[d - 1] : uuid(rng);
            const QString device = QStringLiteral("/dev/vd%1").arg(QLatin1Char(char('a' + d)));
            const int size = system ? os.systemGb : 10 * (1 + int(rng.bounded(20)));
            QJsonObject volume{
                {QStringLiteral("id"), volumeId},
                {QStringLiteral("name"), system ? name + QStringLiteral("-sys") : QStringLiteral("%1-data-%2").arg(name).arg(d)},
                {QStringLiteral("status"), QStringLiteral("in-use")},
                {QStringLiteral("size"), size},
                {QStringLiteral("bootable"), system ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("availability_zone"), zone},
                {QStringLiteral("volume_type"), d % 2 ? QStringLiteral("SAS") : QStringLiteral("SSD")},
                {QStringLiteral("multiattach"), false},
                {QStringLiteral("shareable"), QStringLiteral("false")},
                {QStringLiteral("encrypted"), false},
                {QStringLiteral("service_type"), QStringLiteral("EVS")},
                {QStringLiteral("created_at"), isoTime(created)},
                {QStringLiteral("updated_at"), isoTime(created)},
                {QStringLiteral("os-vol-tenant-attr:tenant_id"), projectId},
                {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                {QStringLiteral("metadata"), QJsonObject{}},
                {QStringLiteral("attachments"),
                 QJsonArray{QJsonObject{{QStringLiteral("server_id"), id},
                                        {QStringLiteral("attachment_id"), uuid(rng)},
                                        {QStringLiteral("attached_at"), isoTime(created)},
                                        {QStringLiteral("host_name"), QJsonValue()},
                                        {QStringLiteral("volume_id"), volumeId},
                                        {QStringLiteral("device"), device},
                                        {QStringLiteral("id"), volumeId}}}},
            };
            if (system)
                volume.insert(QStringLiteral("volume_image_metadata"),
                              QJsonObject{{QStringLiteral("image_id"), imageId}, {QStringLiteral("image_name"), QLatin1String(os.image)}});
            m_volumes.append(volume);
            // ECS ServerExtendVolumeAttachment: bootIndex "0" is the system disk; strings, as the model has them.
            attached.append(QJsonObject{{QStringLiteral("id"), volumeId},
                                        {QStringLiteral("delete_on_termination"), system ? QStringLiteral("true") : QStringLiteral("false")},
                                        {QStringLiteral("bootIndex"), system ? QStringLiteral("0") : QString::number(d)},
                                        {QStringLiteral("device"), device}});
        }
        const bool active = status == QLatin1String("ACTIVE");
        m_servers.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("OS-EXT-AZ:availability_zone"), zone},
            {QStringLiteral("OS-EXT-STS:vm_state"), active ? QStringLiteral("active") : status == QLatin1String("ERROR") ? QStringLiteral("error") : QStringLiteral("stopped")},
            {QStringLiteral("OS-EXT-STS:power_state"), active ? 1 : 4},
            {QStringLiteral("flavor"), QJsonObject{{QStringLiteral("id"), flavor},
                                                   {QStringLiteral("name"), flavor},
                                                   {QStringLiteral("disk"), QStringLiteral("0")},
                                                   {QStringLiteral("vcpus"), QString::number(flavor.startsWith(QLatin1String("m7")) ? 8 : 2)},
                                                   {QStringLiteral("ram"), QString::number(flavor.startsWith(QLatin1String("m7")) ? 65536 : 4096)}}},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), imageId}}},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("os_type"), QLatin1String(os.type)},
                                                     {QStringLiteral("image_name"), QLatin1String(os.image)},
                                                     {QStringLiteral("metering.image_id"), imageId},
                                                     {QStringLiteral("os_bit"), QStringLiteral("64")}}},
            {QStringLiteral("os-extended-volumes:volumes_attached"), attached},
            {QStringLiteral("created"), isoTime(created)},
            {QStringLiteral("updated"), isoTime(created.addDays(1))},
            {QStringLiteral("tenant_id"), projectId},
            {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
            {QStringLiteral("key_name"), windows ? QJsonValue() : QJsonValue(QStringLiteral("ops-key"))},
            {QStringLiteral("tags"), QJsonArray{}},
            {QStringLiteral("locked"), false},
        });
    }
    // Disks attached to nothing, the first being the detached system disk volume-system.json names.
    for (int i = 0; i < freeVolumes; ++i) {
        const bool system = i == 0;
        const QDateTime created = base.addSecs(qint64(40 + i) * 86400);
        const QString id = system ? exampleVolumeId : uuid(rng);
        QJsonObject volume{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), system ? QStringLiteral("ubuntu-sys-detached") : QStringLiteral("spare-%1").arg(i)},
                           {QStringLiteral("status"), QStringLiteral("available")},
                           {QStringLiteral("size"), system ? 40 : 100 * (1 + int(rng.bounded(5)))},
                           {QStringLiteral("bootable"), system ? QStringLiteral("true") : QStringLiteral("false")},
                           {QStringLiteral("availability_zone"), zones.at(i % 2)},
                           {QStringLiteral("volume_type"), QStringLiteral("SSD")},
                           {QStringLiteral("multiattach"), false},
                           {QStringLiteral("shareable"), QStringLiteral("false")},
                           {QStringLiteral("encrypted"), false},
                           {QStringLiteral("service_type"), QStringLiteral("EVS")},
                           {QStringLiteral("created_at"), isoTime(created)},
                           {QStringLiteral("updated_at"), isoTime(created)},
                           {QStringLiteral("os-vol-tenant-attr:tenant_id"), projectId},
                           {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                           {QStringLiteral("metadata"), QJsonObject{}},
                           {QStringLiteral("attachments"), QJsonArray{}}};
        m_volumes.append(volume);
    }

    // Private images (IMS ImageInfo).
    for (int i = 0; i < 12; ++i) {
        const OsChoice &os = oses[i % int(std::size(oses))];
        const QDateTime created = base.addSecs(qint64(i) * 5 * 86400);
        const QString id = uuid(rng);
        const qint64 bytes = qint64(1 + rng.bounded(8)) * 1024 * 1024 * 1024;
        m_images.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("name"), QStringLiteral("%1-golden-%2").arg(QString::fromLatin1(os.platform).toLower()).arg(i + 1)},
                                    {QStringLiteral("status"), i == 11 ? QStringLiteral("saving") : QStringLiteral("active")},
                                    {QStringLiteral("visibility"), QStringLiteral("private")},
                                    {QStringLiteral("__imagetype"), QStringLiteral("private")},
                                    {QStringLiteral("__os_type"), QLatin1String(os.type)},
                                    {QStringLiteral("__os_version"), QLatin1String(os.image)},
                                    {QStringLiteral("__platform"), QLatin1String(os.platform)},
                                    {QStringLiteral("__os_bit"), QStringLiteral("64")},
                                    {QStringLiteral("__isregistered"), QStringLiteral("true")},
                                    {QStringLiteral("__image_source_type"), QStringLiteral("uds")},
                                    {QStringLiteral("__image_size"), QString::number(bytes)},
                                    {QStringLiteral("min_disk"), os.systemGb},
                                    {QStringLiteral("min_ram"), 0},
                                    {QStringLiteral("disk_format"), QStringLiteral("zvhd2")},
                                    {QStringLiteral("container_format"), QStringLiteral("bare")},
                                    {QStringLiteral("virtual_env_type"), QStringLiteral("FusionCompute")},
                                    {QStringLiteral("protected"), false},
                                    {QStringLiteral("owner"), projectId},
                                    {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                                    {QStringLiteral("tags"), QJsonArray{}},
                                    {QStringLiteral("created_at"), isoTime(created)},
                                    {QStringLiteral("updated_at"), isoTime(created)},
                                    {QStringLiteral("self"), QStringLiteral("/v2/images/%1").arg(id)},
                                    {QStringLiteral("file"), QStringLiteral("/v2/images/%1/file").arg(id)},
                                    {QStringLiteral("schema"), QStringLiteral("/v2/schemas/image")}});
    }
    // Where each came from (ImageInfo `__data_origin`: "instance,ID" or "file,BUCKET:OBJECT"; absent on
    // some, as on images of unknown origin), a description, and tags ("key.value") on some.
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        QJsonObject image = m_images.at(i).toObject();
        if (i % 3 == 0)
            image.insert(QStringLiteral("__data_origin"),
                         QStringLiteral("instance,%1").arg(m_servers.at(i).toObject().value(QStringLiteral("id")).toString()));
        else if (i % 3 == 1) // a file of the sandbox's OBS with that OS
            image.insert(QStringLiteral("__data_origin"),
                         QStringLiteral("file,sandbox-images:%1")
                             .arg(image.value(QStringLiteral("__platform")).toString() == QLatin1String("Windows")  ? QStringLiteral("windows/win2019.vhd")
                                  : image.value(QStringLiteral("__platform")).toString() == QLatin1String("Ubuntu") ? QStringLiteral("linux/ubuntu-22.04.vmdk")
                                  : image.value(QStringLiteral("__platform")).toString() == QLatin1String("Debian") ? QStringLiteral("linux/debian-12.raw")
                                                                                                                      : QStringLiteral("linux/centos-7.9.qcow2")));
        image.insert(QStringLiteral("__description"), QStringLiteral("Golden image %1 of the sandbox account").arg(i + 1));
        if (i % 2 == 0)
            image.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("env.prod"), QStringLiteral("team.platform")});
        m_images[i] = image;
    }

    // IAM AuthProjectResult: the region project, a subproject of it, and another region's.
    const QStringList projectNames = {projectName, projectName + QStringLiteral("_dev"), QStringLiteral("ap-southeast-1")};
    for (int i = 0; i < projectNames.size(); ++i) {
        const QString id = i == 0 ? projectId : uuid(rng).remove(QLatin1Char('-'));
        m_projects.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), projectNames.at(i)},
                                      {QStringLiteral("domain_id"), domainId},
                                      {QStringLiteral("description"), i == 1 ? QStringLiteral("Development (%1)").arg(domain) : QString()},
                                      {QStringLiteral("enabled"), true},
                                      {QStringLiteral("is_domain"), false},
                                      {QStringLiteral("parent_id"), i == 1 ? projectId : domainId},
                                      {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("/v3/projects/%1").arg(id)}}}});
    }

    // EPS EpDetail: "default" has the id 0, as on every account; status 1 enabled, 2 disabled ("retired",
    // which the listing's status=1 leaves out and the pre-submit checks refuse).
    const QStringList epNames = {QStringLiteral("default"), QStringLiteral("production"), QStringLiteral("testing"), QStringLiteral("retired")};
    for (int i = 0; i < epNames.size(); ++i)
        m_enterpriseProjects.append(QJsonObject{{QStringLiteral("id"), i == 0 ? QStringLiteral("0") : uuid(rng)},
                                                {QStringLiteral("name"), epNames.at(i)},
                                                {QStringLiteral("description"), i == 0 ? QStringLiteral("The default enterprise project") : QString()},
                                                {QStringLiteral("status"), i == 3 ? 2 : 1},
                                                {QStringLiteral("type"), i == 2 ? QStringLiteral("poc") : QStringLiteral("prod")},
                                                {QStringLiteral("created_at"), isoTime(base.addDays(-30 + i))},
                                                {QStringLiteral("updated_at"), isoTime(base.addDays(-30 + i))}});

    // KMS KeyDetails: key_state "2" enabled, "3" disabled; strings, as the model has them.
    const QStringList aliases = {QStringLiteral("evs/default"), QStringLiteral("ims-encrypt"), QStringLiteral("backup-key"), QStringLiteral("old-key")};
    for (int i = 0; i < aliases.size(); ++i)
        m_keys.append(QJsonObject{{QStringLiteral("key_id"), uuid(rng)},
                                  {QStringLiteral("domain_id"), domainId},
                                  {QStringLiteral("key_alias"), aliases.at(i)},
                                  {QStringLiteral("realm"), projectName},
                                  {QStringLiteral("key_description"), i == 0 ? QStringLiteral("Default master key that protects my EVS disks when no other key is defined") : QString()},
                                  {QStringLiteral("creation_date"), QString::number(base.addDays(-60 + i).toMSecsSinceEpoch())},
                                  {QStringLiteral("scheduled_deletion_date"), QString()},
                                  {QStringLiteral("key_state"), i == 3 ? QStringLiteral("3") : QStringLiteral("2")},
                                  {QStringLiteral("default_key_flag"), i == 0 ? QStringLiteral("1") : QStringLiteral("0")},
                                  {QStringLiteral("key_type"), QStringLiteral("1")},
                                  {QStringLiteral("expiration_time"), QString()},
                                  {QStringLiteral("origin"), QStringLiteral("kms")},
                                  {QStringLiteral("key_rotation_enabled"), QStringLiteral("false")},
                                  {QStringLiteral("sys_enterprise_project_id"), QStringLiteral("0")},
                                  {QStringLiteral("key_spec"), QStringLiteral("AES_256")},
                                  {QStringLiteral("key_usage"), QStringLiteral("ENCRYPT_DECRYPT")},
                                  {QStringLiteral("partition_type"), QStringLiteral("1")}});
}

bool SandboxAccount::hasServer(const QString &id) const
{
    for (const auto &s : m_servers)
        if (s.toObject().value(QStringLiteral("id")).toString() == id)
            return true;
    return false;
}

bool SandboxAccount::hasVolume(const QString &id) const
{
    for (const auto &v : m_volumes)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return true;
    return false;
}

std::optional<SandboxAccount::Answer> SandboxAccount::denied(const QString &action) const
{
    if (!m_denied.contains(action))
        return std::nullopt;
    // What a service answers when an IAM policy does not grant the action (Keystone-style error body).
    return jsonAnswer({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 403},
                                                             {QStringLiteral("title"), QStringLiteral("Forbidden")},
                                                             {QStringLiteral("message"), QStringLiteral("Policy doesn't allow %1 to be performed.").arg(action)}}}},
                      403);
}

std::optional<SandboxAccount::Answer> SandboxAccount::answer(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                                             const QByteArray &body) const
{
    struct Route
    {
        const char *verb;
        QString path;
        const char *action;
    };
    const Route routes[] = {
        {"GET", QStringLiteral("/v1/%1/cloudservers/detail").arg(m_projectId), "ecs:cloudServers:list"},
        {"GET", QStringLiteral("/v2/%1/cloudvolumes/detail").arg(m_projectId), "evs:volumes:list"},
        {"GET", QStringLiteral("/v3/auth/projects"), ""}, // KeystoneListAuthProjects needs no permission
        {"GET", QStringLiteral("/v3/regions"), ""},
        {"GET", QStringLiteral("/v1.0/enterprise-projects"), "eps:enterpriseProjects:list"},
        {"POST", QStringLiteral("/v1.0/%1/kms/list-keys").arg(m_projectId), "kms:cmk:list"},
    };
    for (int i = 0; i < int(std::size(routes)); ++i) {
        if (verb != routes[i].verb || path != routes[i].path)
            continue;
        if (auto refusal = denied(QLatin1String(routes[i].action)))
            return refusal;
        switch (i) {
        case 0:
            return servers(query);
        case 1:
            return volumes(query);
        case 2:
            return projects();
        case 3:
            return regions();
        case 4:
            return enterpriseProjects(query);
        default:
            return kmsKeys(body);
        }
    }
    if (auto one = oneResource(verb, path, body))
        return one;
    // One image by id (ImageCall) when it is one of the account's; else the server's own images answer.
    if (verb == "GET" && path == QLatin1String("/v2/cloudimages") && query.hasQueryItem(QStringLiteral("id"))) {
        const QString id = query.queryItemValue(QStringLiteral("id"));
        for (const QJsonArray *list : {&m_images, &m_madeImages})
            for (const auto &i : *list)
                if (i.toObject().value(QStringLiteral("id")).toString() == id)
                    return jsonAnswer({{QStringLiteral("images"), QJsonArray{i}}});
        return std::nullopt;
    }
    // The private image listing.
    if (verb == "GET" && path == QLatin1String("/v2/cloudimages") && query.queryItemValue(QStringLiteral("__imagetype")) == QLatin1String("private")) {
        if (auto refusal = denied(QStringLiteral("ims:images:list")))
            return refusal;
        return images(query);
    }
    return std::nullopt;
}

std::optional<SandboxAccount::Answer> SandboxAccount::oneResource(const QByteArray &verb, const QString &path, const QByteArray &body) const
{
    static const QRegularExpression server(QStringLiteral("^/v1/([^/]+)/cloudservers/([^/]+)$"));
    static const QRegularExpression volume(QStringLiteral("^/v2/([^/]+)/cloudvolumes/([^/]+)$"));
    static const QRegularExpression enterpriseProject(QStringLiteral("^/v1\\.0/enterprise-projects/([^/]+)$"));
    const auto find = [](const QJsonArray &list, const char *idKey, const QString &id) -> std::optional<QJsonObject> {
        for (const auto &item : list)
            if (item.toObject().value(QLatin1String(idKey)).toString() == id)
                return item.toObject();
        return std::nullopt;
    };
    // What ECS and EVS (OpenStack-derived) answer for an id they do not have: 404 itemNotFound.
    const auto notFound = [](const QString &message) {
        return jsonAnswer({{QStringLiteral("itemNotFound"), QJsonObject{{QStringLiteral("code"), 404}, {QStringLiteral("message"), message}}}}, 404);
    };
    if (verb == "GET") {
        if (const auto m = server.match(path); m.hasMatch() && m.captured(1) == m_projectId && m.captured(2) != QLatin1String("detail")) {
            if (auto refusal = denied(QStringLiteral("ecs:cloudServers:get")))
                return refusal;
            if (const auto s = find(m_servers, "id", m.captured(2)))
                return jsonAnswer({{QStringLiteral("server"), *s}});
            return notFound(QStringLiteral("Instance %1 could not be found.").arg(m.captured(2)));
        }
        if (const auto m = volume.match(path); m.hasMatch() && m.captured(1) == m_projectId && m.captured(2) != QLatin1String("detail")) {
            if (auto refusal = denied(QStringLiteral("evs:volumes:get")))
                return refusal;
            if (const auto v = find(m_volumes, "id", m.captured(2)))
                return jsonAnswer({{QStringLiteral("volume"), *v}});
            return notFound(QStringLiteral("Volume %1 could not be found.").arg(m.captured(2)));
        }
        if (const auto m = enterpriseProject.match(path); m.hasMatch()) {
            if (auto refusal = denied(QStringLiteral("eps:enterpriseProjects:get")))
                return refusal;
            if (const auto e = find(m_enterpriseProjects, "id", m.captured(1)))
                return jsonAnswer({{QStringLiteral("enterprise_project"), *e}});
            // The service's own error code for it is not documented in our sources: the message alone.
            return jsonAnswer({{QStringLiteral("error"), QJsonObject{{QStringLiteral("error_msg"), QStringLiteral("Enterprise project not found.")}}}},
                              404);
        }
    }
    if (verb == "POST" && path == QStringLiteral("/v1.0/%1/kms/describe-key").arg(m_projectId)) {
        if (auto refusal = denied(QStringLiteral("kms:cmk:get")))
            return refusal;
        const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("key_id")).toString();
        if (const auto k = find(m_keys, "key_id", id))
            return jsonAnswer({{QStringLiteral("key_info"), *k}});
        return jsonAnswer({{QStringLiteral("error"), QJsonObject{{QStringLiteral("error_msg"), QStringLiteral("The key does not exist.")}}}},
                          404);
    }
    return std::nullopt;
}

SandboxAccount::Answer SandboxAccount::servers(const QUrlQuery &q) const
{
    // ListServersDetails: limit 25 by default, at most 1000; offset is the page number from 1 (0 = 1).
    const int limit = std::clamp(intOr(q, QStringLiteral("limit"), 25), 1, 1000);
    const int page = std::max(1, intOr(q, QStringLiteral("offset"), 1));
    const QString name = q.queryItemValue(QStringLiteral("name"));
    const QString status = q.queryItemValue(QStringLiteral("status"));
    QJsonArray matching;
    for (const auto &s : m_servers) {
        const QJsonObject o = s.toObject();
        if (!name.isEmpty() && !o.value(QStringLiteral("name")).toString().contains(name)) // fuzzy match
            continue;
        if (!status.isEmpty() && o.value(QStringLiteral("status")).toString() != status)
            continue;
        matching.append(o);
    }
    QJsonArray pageItems;
    for (qsizetype i = qsizetype(page - 1) * limit; i < matching.size() && pageItems.size() < limit; ++i)
        pageItems.append(matching.at(i));
    return jsonAnswer({{QStringLiteral("count"), int(matching.size())}, {QStringLiteral("servers"), pageItems}});
}

SandboxAccount::Answer SandboxAccount::volumes(const QUrlQuery &q) const
{
    // ListVolumes: limit up to 1000 (the default), marker = the last id of the page before, or offset.
    const int limit = std::clamp(intOr(q, QStringLiteral("limit"), 1000), 1, 1000);
    const QString marker = q.queryItemValue(QStringLiteral("marker"));
    const int offset = std::max(0, intOr(q, QStringLiteral("offset"), 0));
    const QString serverId = q.queryItemValue(QStringLiteral("server_id"));
    const QString name = q.queryItemValue(QStringLiteral("name"));
    const QString status = q.queryItemValue(QStringLiteral("status"));
    QJsonArray matching;
    for (const auto &v : m_volumes) {
        const QJsonObject o = v.toObject();
        if (!name.isEmpty() && !o.value(QStringLiteral("name")).toString().contains(name))
            continue;
        if (!status.isEmpty() && o.value(QStringLiteral("status")).toString() != status)
            continue;
        if (!serverId.isEmpty()) {
            bool attached = false;
            for (const auto &a : o.value(QStringLiteral("attachments")).toArray())
                attached = attached || a.toObject().value(QStringLiteral("server_id")).toString() == serverId;
            if (!attached)
                continue;
        }
        matching.append(o);
    }
    qsizetype start = offset;
    if (!marker.isEmpty()) {
        start = matching.size();
        for (qsizetype i = 0; i < matching.size(); ++i)
            if (matching.at(i).toObject().value(QStringLiteral("id")).toString() == marker)
                start = i + 1;
    }
    QJsonArray pageItems;
    for (qsizetype i = start; i < matching.size() && pageItems.size() < limit; ++i)
        pageItems.append(matching.at(i));
    QJsonObject answer{{QStringLiteral("count"), int(matching.size())}, {QStringLiteral("volumes"), pageItems}};
    if (start + pageItems.size() < matching.size())
        answer.insert(QStringLiteral("volumes_links"),
                      QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                             {QStringLiteral("href"), QStringLiteral("/v2/%1/cloudvolumes/detail?limit=%2&marker=%3")
                                                                          .arg(m_projectId).arg(limit)
                                                                          .arg(pageItems.last().toObject().value(QStringLiteral("id")).toString())}}});
    return jsonAnswer(answer);
}

SandboxAccount::Answer SandboxAccount::images(const QUrlQuery &q) const
{
    // ListImages: limit 500 by default (at most 1000), marker = the last id of the page before;
    // `next` links the next page while there is one.
    const int limit = std::clamp(intOr(q, QStringLiteral("limit"), 500), 1, 1000);
    const QString marker = q.queryItemValue(QStringLiteral("marker"));
    const QString name = q.queryItemValue(QStringLiteral("name"));
    const QString status = q.queryItemValue(QStringLiteral("status"));
    QJsonArray all = m_images;
    for (const auto &i : m_madeImages)
        all.append(i);
    QJsonArray matching;
    for (const auto &i : all) {
        const QJsonObject o = i.toObject();
        if (!name.isEmpty() && o.value(QStringLiteral("name")).toString() != name)
            continue;
        if (!status.isEmpty() && o.value(QStringLiteral("status")).toString() != status)
            continue;
        matching.append(o);
    }
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        start = matching.size();
        for (qsizetype i = 0; i < matching.size(); ++i)
            if (matching.at(i).toObject().value(QStringLiteral("id")).toString() == marker)
                start = i + 1;
    }
    QJsonArray pageItems;
    for (qsizetype i = start; i < matching.size() && pageItems.size() < limit; ++i)
        pageItems.append(matching.at(i));
    QJsonObject answer{{QStringLiteral("images"), pageItems},
                       {QStringLiteral("first"), QStringLiteral("/v2/cloudimages?__imagetype=private&limit=%1").arg(limit)},
                       {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")}};
    if (start + pageItems.size() < matching.size())
        answer.insert(QStringLiteral("next"), QStringLiteral("/v2/cloudimages?__imagetype=private&limit=%1&marker=%2")
                                                  .arg(limit).arg(pageItems.last().toObject().value(QStringLiteral("id")).toString()));
    return jsonAnswer(answer);
}

SandboxAccount::Answer SandboxAccount::projects() const
{
    // KeystoneListAuthProjects: links has only `self`; the list is not paged.
    return jsonAnswer({{QStringLiteral("projects"), m_projects},
                       {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("/v3/auth/projects")}}}});
}

SandboxAccount::Answer SandboxAccount::regions() const
{
    // KeystoneListRegions: each region with its names in `locales`.
    QJsonArray list;
    auto add = [&list](const QString &id, const QString &english) {
        list.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("type"), QStringLiteral("public")},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("parent_region_id"), QJsonValue()},
                                {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("/v3/regions/%1").arg(id)}}},
                                {QStringLiteral("locales"), QJsonObject{{QStringLiteral("en-us"), english}}}});
    };
    add(QStringLiteral("sandbox-1"), QStringLiteral("Sandbox (this computer)"));
    for (const auto &r : Regions::all())
        add(r.id, r.name);
    return jsonAnswer({{QStringLiteral("regions"), list},
                       {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("/v3/regions")},
                                                             {QStringLiteral("previous"), QJsonValue()},
                                                             {QStringLiteral("next"), QJsonValue()}}}});
}

SandboxAccount::Answer SandboxAccount::enterpriseProjects(const QUrlQuery &q) const
{
    // ListEnterpriseProject: limit 1000 by default, offset counts records; `status` (1 enabled,
    // 2 disabled) and `name` (fuzzy) filter, and total_count counts what matches.
    const int limit = std::clamp(intOr(q, QStringLiteral("limit"), 1000), 1, 1000);
    const int offset = std::max(0, intOr(q, QStringLiteral("offset"), 0));
    const QString name = q.queryItemValue(QStringLiteral("name"));
    const int status = intOr(q, QStringLiteral("status"), 0);
    QJsonArray matching;
    for (const auto &e : m_enterpriseProjects)
        if ((name.isEmpty() || e.toObject().value(QStringLiteral("name")).toString().contains(name))
            && (status == 0 || e.toObject().value(QStringLiteral("status")).toInt() == status))
            matching.append(e);
    QJsonArray pageItems;
    for (qsizetype i = offset; i < matching.size() && pageItems.size() < limit; ++i)
        pageItems.append(matching.at(i));
    return jsonAnswer({{QStringLiteral("enterprise_projects"), pageItems}, {QStringLiteral("total_count"), int(matching.size())}});
}

SandboxAccount::Answer SandboxAccount::kmsKeys(const QByteArray &body) const
{
    // ListKeys: limit and marker are strings; marker is where the page starts; key_state filters.
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const int limit = std::clamp(request.value(QStringLiteral("limit")).toString(QStringLiteral("1000")).toInt(), 1, 1000);
    const int start = std::max(0, request.value(QStringLiteral("marker")).toString().toInt());
    const QString state = request.value(QStringLiteral("key_state")).toString();
    QJsonArray matching;
    for (const auto &k : m_keys)
        if (state.isEmpty() || k.toObject().value(QStringLiteral("key_state")).toString() == state)
            matching.append(k);
    QJsonArray details;
    QJsonArray ids;
    for (qsizetype i = start; i < matching.size() && details.size() < limit; ++i) {
        details.append(matching.at(i));
        ids.append(matching.at(i).toObject().value(QStringLiteral("key_id")));
    }
    const bool truncated = start + details.size() < matching.size();
    return jsonAnswer({{QStringLiteral("keys"), ids},
                       {QStringLiteral("key_details"), details},
                       {QStringLiteral("next_marker"), truncated ? QString::number(start + details.size()) : QString()},
                       {QStringLiteral("truncated"), truncated ? QStringLiteral("true") : QStringLiteral("false")},
                       {QStringLiteral("total"), int(matching.size())}});
}

} // namespace ims
