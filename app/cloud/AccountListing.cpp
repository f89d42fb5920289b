// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "AccountListing.h"

#include "AccountCalls.h"

#include <QJsonArray>

namespace ims {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble())
           : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : v.toString();
}

std::function<QString(const QJsonObject &)> field(const char *key)
{
    return [key](const QJsonObject &o) { return str(o, key); };
}

std::function<QString(const QJsonObject &)> inner(const char *object, const char *key)
{
    return [object, key](const QJsonObject &o) { return str(o.value(QLatin1String(object)).toObject(), key); };
}

std::function<QString(const QJsonObject &)> firstAttachment(const char *key)
{
    return [key](const QJsonObject &o) { return str(o.value(QStringLiteral("attachments")).toArray().first().toObject(), key); };
}

const QList<QPair<AccountListing::Kind, QString>> &kindNames()
{
    static const QList<QPair<AccountListing::Kind, QString>> names = {
        {AccountListing::Kind::Servers, QStringLiteral("servers")},
        {AccountListing::Kind::Volumes, QStringLiteral("volumes")},
        {AccountListing::Kind::PrivateImages, QStringLiteral("images")},
        {AccountListing::Kind::Projects, QStringLiteral("projects")},
        {AccountListing::Kind::EnterpriseProjects, QStringLiteral("enterprise-projects")},
        {AccountListing::Kind::KmsKeys, QStringLiteral("keys")}};
    return names;
}

} // namespace

QStringList AccountListing::names()
{
    QStringList out;
    for (const auto &[kind, name] : kindNames())
        out << name;
    return out;
}

bool AccountListing::fromName(const QString &name, Kind *kind)
{
    for (const auto &[k, n] : kindNames())
        if (n == name) {
            *kind = k;
            return true;
        }
    return false;
}

QStringList AccountListing::dataDiskIds(const QJsonObject &server)
{
    QStringList ids;
    // ECS ServerExtendVolumeAttachment: bootIndex "0" is the system disk.
    for (const auto &d : server.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray())
        if (str(d.toObject(), "bootIndex") != QLatin1String("0"))
            ids << d.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QList<AccountListing::Column> AccountListing::columns(Kind kind)
{
    switch (kind) {
    case Kind::Servers:
        return {{tr("ID"), field("id")},
                {tr("Name"), field("name")},
                {tr("Status"), field("status")},
                {tr("OS"), inner("metadata", "os_type")},
                {tr("Image"), inner("metadata", "image_name")},
                {tr("Flavor"), inner("flavor", "name")},
                {tr("Zone"), field("OS-EXT-AZ:availability_zone")},
                {tr("Data disks"), [](const QJsonObject &o) { return QString::number(dataDiskIds(o).size()); }}};
    case Kind::Volumes:
        return {{tr("ID"), field("id")},
                {tr("Name"), field("name")},
                {tr("Status"), field("status")},
                {tr("Size (GB)"), field("size")},
                {tr("Bootable"), field("bootable")},
                {tr("Server"), firstAttachment("server_id")},
                {tr("Device"), firstAttachment("device")}};
    case Kind::PrivateImages:
        return {{tr("ID"), field("id")},
                {tr("Name"), field("name")},
                {tr("Status"), field("status")},
                {tr("OS"), field("__os_version")},
                {tr("Min disk (GB)"), field("min_disk")},
                {tr("Created"), field("created_at")}};
    case Kind::Projects:
        return {{tr("ID"), field("id")}, {tr("Name"), field("name")}, {tr("Enabled"), field("enabled")},
                {tr("Description"), field("description")}};
    case Kind::EnterpriseProjects:
        return {{tr("ID"), field("id")},
                {tr("Name"), field("name")},
                {tr("Status"), [](const QJsonObject &o) {
                     // EpDetail.status: 1 enabled, 2 disabled
                     return o.value(QStringLiteral("status")).toInt() == 1 ? tr("enabled") : tr("disabled");
                 }},
                {tr("Type"), field("type")},
                {tr("Description"), field("description")}};
    case Kind::KmsKeys:
        break;
    }
    return {{tr("ID"), field("key_id")},
            {tr("Alias"), field("key_alias")},
            {tr("Spec"), field("key_spec")},
            {tr("Default"), [](const QJsonObject &o) { return str(o, "default_key_flag") == QLatin1String("1") ? tr("yes") : QString(); }},
            {tr("Description"), field("key_description")}};
}

QString AccountListing::idOf(Kind kind, const QJsonObject &item)
{
    return item.value(kind == Kind::KmsKeys ? QStringLiteral("key_id") : QStringLiteral("id")).toString();
}

QString AccountListing::noun(Kind kind)
{
    switch (kind) {
    case Kind::Servers:
        return tr("ECSs");
    case Kind::Volumes:
        return tr("EVS disks");
    case Kind::PrivateImages:
        return tr("private images");
    case Kind::Projects:
        return tr("projects");
    case Kind::EnterpriseProjects:
        return tr("enterprise projects");
    case Kind::KmsKeys:
        break;
    }
    return tr("KMS keys");
}

ListPageCall *AccountListing::firstPage(Kind kind, ImsClient *client, int pageSize)
{
    switch (kind) {
    case Kind::Servers:
        return pageSize > 0 ? new ServersCall(client, {}, 1, pageSize) : new ServersCall(client);
    case Kind::Volumes:
        return pageSize > 0 ? new VolumesCall(client, {}, {}, pageSize) : new VolumesCall(client);
    case Kind::PrivateImages:
        return pageSize > 0 ? new PrivateImagesCall(client, {}, {}, pageSize) : new PrivateImagesCall(client);
    case Kind::Projects:
        return new ProjectsCall(client); // one page
    case Kind::EnterpriseProjects:
        return pageSize > 0 ? new EnterpriseProjectsCall(client, 0, pageSize) : new EnterpriseProjectsCall(client);
    case Kind::KmsKeys:
        break;
    }
    // Enabled keys only (key_state 2).
    return pageSize > 0 ? new KmsKeysCall(client, {}, pageSize) : new KmsKeysCall(client);
}

} // namespace ims
