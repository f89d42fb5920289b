// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ListAccountCommand.h"

#include "CommandHelp.h"
#include "KeychainToken.h"

#include "CloudCommands.h"
#include "ExitStatus.h"
#include "cloud/AccountCalls.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListAccountCommand)
};

int fail(QTextStream &err, const QString &message, int code)
{
    err << "ims-wizard-cli: " << message << '\n';
    err.flush();
    return code;
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
}

// One column of the table: its header and how a row's cell is read from the API's object.
struct Column
{
    QString header;
    std::function<QString(const QJsonObject &)> cell;
};

QList<Column> columnsFor(const QString &kind)
{
    auto field = [](const char *key) { return [key](const QJsonObject &o) { return str(o, key); }; };
    if (kind == QLatin1String("servers"))
        return {{Text::tr("ID"), field("id")},
                {Text::tr("NAME"), field("name")},
                {Text::tr("STATUS"), field("status")},
                {Text::tr("OS"), [](const QJsonObject &o) { return str(o.value(QStringLiteral("metadata")).toObject(), "os_type"); }},
                {Text::tr("IMAGE"), [](const QJsonObject &o) { return str(o.value(QStringLiteral("metadata")).toObject(), "image_name"); }},
                {Text::tr("FLAVOR"), [](const QJsonObject &o) { return str(o.value(QStringLiteral("flavor")).toObject(), "name"); }},
                {Text::tr("ZONE"), field("OS-EXT-AZ:availability_zone")},
                {Text::tr("DATA DISKS"), [](const QJsonObject &o) {
                     int data = 0; // bootIndex "0" is the system disk
                     for (const auto &d : o.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray())
                         data += str(d.toObject(), "bootIndex") != QLatin1String("0");
                     return QString::number(data);
                 }}};
    if (kind == QLatin1String("volumes"))
        return {{Text::tr("ID"), field("id")},
                {Text::tr("NAME"), field("name")},
                {Text::tr("STATUS"), field("status")},
                {Text::tr("SIZE (GB)"), field("size")},
                {Text::tr("BOOTABLE"), field("bootable")},
                {Text::tr("SERVER"), [](const QJsonObject &o) { return str(o.value(QStringLiteral("attachments")).toArray().first().toObject(), "server_id"); }},
                {Text::tr("DEVICE"), [](const QJsonObject &o) { return str(o.value(QStringLiteral("attachments")).toArray().first().toObject(), "device"); }}};
    if (kind == QLatin1String("images"))
        return {{Text::tr("ID"), field("id")},
                {Text::tr("NAME"), field("name")},
                {Text::tr("STATUS"), field("status")},
                {Text::tr("OS"), field("__os_version")},
                {Text::tr("MIN DISK (GB)"), field("min_disk")},
                {Text::tr("CREATED"), field("created_at")}};
    if (kind == QLatin1String("projects"))
        return {{Text::tr("ID"), field("id")}, {Text::tr("NAME"), field("name")}, {Text::tr("ENABLED"), field("enabled")},
                {Text::tr("DESCRIPTION"), field("description")}};
    if (kind == QLatin1String("enterprise-projects"))
        return {{Text::tr("ID"), field("id")}, {Text::tr("NAME"), field("name")}, {Text::tr("STATUS"), [](const QJsonObject &o) {
                     // EpDetail.status: 1 enabled, 2 disabled
                     return o.value(QStringLiteral("status")).toInt() == 1 ? Text::tr("enabled") : Text::tr("disabled");
                 }},
                {Text::tr("TYPE"), field("type")}, {Text::tr("DESCRIPTION"), field("description")}};
    // keys
    return {{Text::tr("ID"), field("key_id")}, {Text::tr("ALIAS"), field("key_alias")}, {Text::tr("SPEC"), field("key_spec")},
            {Text::tr("DEFAULT"), [](const QJsonObject &o) { return str(o, "default_key_flag") == QLatin1String("1") ? Text::tr("yes") : QString(); }},
            {Text::tr("DESCRIPTION"), field("key_description")}};
}

void printTable(const QList<Column> &columns, const QJsonArray &items, QTextStream &out)
{
    QList<QStringList> rows;
    QStringList header;
    for (const auto &c : columns)
        header << c.header;
    rows << header;
    for (const auto &item : items) {
        QStringList row;
        for (const auto &c : columns)
            row << c.cell(item.toObject());
        rows << row;
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const auto &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const auto &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

} // namespace

QStringList accountListKinds()
{
    return {QStringLiteral("servers"), QStringLiteral("volumes"), QStringLiteral("images"), QStringLiteral("projects"),
            QStringLiteral("enterprise-projects"), QStringLiteral("keys")};
}

bool isAccountListKind(const QString &kind)
{
    return accountListKinds().contains(kind);
}

int runListAccountCommand(const QString &kind, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("List the %1 of the account, every page followed.").arg(kind));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    addConnectionOptions(p);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON array of the API's own objects."));
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("Only those with this name (servers, volumes: containing it)."), QStringLiteral("NAME"));
    const QCommandLineOption status(QStringLiteral("status"), Text::tr("Only those in this status (servers, volumes, images)."), QStringLiteral("STATUS"));
    const QCommandLineOption server(QStringLiteral("server"), Text::tr("Volumes: only those attached to this ECS."), QStringLiteral("ID"));
    p.addOptions({json, name, status, server});
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(err, Text::tr("list %1 takes no argument, only options").arg(kind), ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    QString error;
    if (!connectionFromParser(p, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);

    ListPageCall *first = nullptr;
    if (kind == QLatin1String("servers"))
        first = new ServersCall(&client, {p.value(name), p.value(status)});
    else if (kind == QLatin1String("volumes"))
        first = new VolumesCall(&client, {p.value(server), p.value(name), p.value(status)});
    else if (kind == QLatin1String("images"))
        first = new PrivateImagesCall(&client, {p.value(name), p.value(status)});
    else if (kind == QLatin1String("projects"))
        first = new ProjectsCall(&client);
    else if (kind == QLatin1String("enterprise-projects"))
        first = new EnterpriseProjectsCall(&client);
    else if (kind == QLatin1String("keys"))
        first = new KmsKeysCall(&client);
    else
        return fail(err, Text::tr("cannot list \"%1\": give one of %2").arg(kind, accountListKinds().join(QLatin1String(", "))), ExitUsage);

    std::optional<ApiError> listError;
    const QJsonArray items = ListAll::run(first, &listError);
    if (listError)
        return fail(err, listError->userMessage(), exitStatusFor(*listError));
    if (p.isSet(json))
        out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    else
        printTable(columnsFor(kind), items, out);
    out.flush();
    return 0;
}

int runQuotaCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Show how many private images the project has and may have."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    addConnectionOptions(p);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the API's quota answer as JSON."));
    p.addOption(json);
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(err, Text::tr("quota takes no argument, only options"), ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    QString error;
    if (!connectionFromParser(p, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);
    auto *call = new QuotaCall(&client);
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    loop.exec();
    if (!call->succeeded())
        return fail(err, call->error()->userMessage(), exitStatusFor(call->error()));
    if (p.isSet(json))
        out << QJsonDocument::fromJson(call->answer()).toJson(QJsonDocument::Indented);
    else
        out << Text::tr("%1 of %2 private images used").arg(call->used()).arg(call->quota()) << '\n';
    out.flush();
    return 0;
}

} // namespace ims
