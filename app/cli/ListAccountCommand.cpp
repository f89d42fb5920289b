// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ListAccountCommand.h"

#include "CommandHelp.h"
#include "KeychainToken.h"

#include "CloudCommands.h"
#include "ExitStatus.h"
#include "cloud/AccountCalls.h"
#include "cloud/AccountListing.h"
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

void printTable(const QList<AccountListing::Column> &columns, const QJsonArray &items, QTextStream &out)
{
    QList<QStringList> rows;
    QStringList header;
    for (const auto &c : columns)
        header << c.header.toUpper(); // a table for scripts and terminals: headings in capitals
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
    return AccountListing::names();
}

bool isAccountListKind(const QString &kind)
{
    AccountListing::Kind k;
    return AccountListing::fromName(kind, &k);
}

int runListAccountCommand(const QString &kind, const QStringList &args, QTextStream &out, QTextStream &err)
{
    // Every failure through CommandHelp's reportFailure: usage errors end with the "--help" hint.
    const auto fail = [&err](const QString &message, int code) { return reportFailure(err, QStringLiteral("list"), message, code); };
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
        return fail(p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(Text::tr("list %1 takes no argument, only options").arg(kind), ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    QString error;
    if (!connectionFromParser(p, &settings, &credentials, &error))
        return fail(error, ExitUsage);
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);

    AccountListing::Kind listing;
    if (!AccountListing::fromName(kind, &listing))
        return fail(Text::tr("cannot list \"%1\": give one of %2").arg(kind, accountListKinds().join(QLatin1String(", "))), ExitUsage);
    ListPageCall *first = nullptr;
    if (listing == AccountListing::Kind::Servers)
        first = new ServersCall(&client, {p.value(name), p.value(status)});
    else if (listing == AccountListing::Kind::Volumes)
        first = new VolumesCall(&client, {p.value(server), p.value(name), p.value(status)});
    else if (listing == AccountListing::Kind::PrivateImages)
        first = new PrivateImagesCall(&client, {p.value(name), p.value(status)});
    else
        first = AccountListing::firstPage(listing, &client);

    std::optional<ApiError> listError;
    const QJsonArray items = ListAll::run(first, &listError);
    if (listError)
        return fail(listError->userMessage(), exitStatusFor(*listError));
    if (p.isSet(json))
        out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    else
        printTable(AccountListing::columns(listing), items, out);
    out.flush();
    return 0;
}

int runQuotaCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message, int code) { return reportFailure(err, QStringLiteral("quota"), message, code); };
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Show how many private images the project has and may have."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    addConnectionOptions(p);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the API's quota answer as JSON."));
    p.addOption(json);
    if (!p.parse(args))
        return fail(p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(Text::tr("quota takes no argument, only options"), ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    QString error;
    if (!connectionFromParser(p, &settings, &credentials, &error))
        return fail(error, ExitUsage);
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);
    auto *call = new QuotaCall(&client);
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    loop.exec();
    if (!call->succeeded())
        return fail(call->error()->userMessage(), exitStatusFor(call->error()));
    if (p.isSet(json))
        out << QJsonDocument::fromJson(call->answer()).toJson(QJsonDocument::Indented);
    else
        out << Text::tr("%1 of %2 private images used").arg(call->used()).arg(call->quota()) << '\n';
    out.flush();
    return 0;
}

} // namespace ims
