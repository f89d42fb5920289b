// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ListCommand.h"

#include "CommandHelp.h"

#include "ListAccountCommand.h"

#include "ObsOptions.h"

#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {

// Text::tr() rather than a helper calling translate(): lupdate then files the texts under
// "ListCommand", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

int usage(QTextStream &err, const QString &problem)
{
    err << "ims-wizard-cli list: " << problem << '\n' << Text::tr("Run 'ims-wizard-cli list --help' for usage.") << '\n';
    err.flush();
    return 2;
}

// Runs a call to its end (all pages) and says whether it succeeded; its error goes to `err`.
bool runToEnd(ObsCall *call, QTextStream &err)
{
    QEventLoop loop;
    QObject::connect(call, &ObsCall::finished, &loop, &QEventLoop::quit);
    call->start();
    loop.exec();
    if (call->succeeded())
        return true;
    err << "ims-wizard-cli: " << call->error()->userMessage() << '\n';
    err.flush();
    return false;
}

// Columns as wide as their widest cell, two spaces apart; numbers right-aligned.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const auto &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            const int w = int(widths[i]);
            text += rightAligned.value(i) ? cells[i].rightJustified(w) : (last ? cells[i] : cells[i].leftJustified(w));
            if (!last)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line(header);
    for (const auto &row : rows)
        line(row);
    out.flush();
}

int listBuckets(ObsClient &client, bool json, QTextStream &out, QTextStream &err)
{
    auto *call = new ListBucketsCall(&client);
    if (!runToEnd(call, err))
        return 1;
    if (json) {
        QJsonArray list;
        for (const auto &b : call->buckets())
            list.append(QJsonObject{{QStringLiteral("Name"), b.name},
                                    {QStringLiteral("CreationDate"), b.creationDate},
                                    {QStringLiteral("Location"), b.location}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    QList<QStringList> rows;
    for (const auto &b : call->buckets())
        rows.append({b.name, b.location, b.creationDate});
    printTable(out, {Text::tr("NAME"), Text::tr("LOCATION"), Text::tr("CREATED")}, rows, {});
    return 0;
}

int listObjects(ObsClient &client, const QString &target, const QString &delimiter, bool json, QTextStream &out,
                QTextStream &err)
{
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    const QString bucket = slash < 0 ? target : target.left(slash);
    const QString prefix = slash < 0 ? QString() : target.mid(slash + 1);
    if (bucket.isEmpty())
        return usage(err, Text::tr("list objects needs BUCKET or BUCKET/PREFIX"));
    auto *call = new ListObjectsCall(&client, bucket, prefix, delimiter);
    if (!runToEnd(call, err))
        return 1;
    if (json) {
        QJsonArray list;
        for (const auto &o : call->objects())
            list.append(QJsonObject{{QStringLiteral("Key"), o.key},
                                    {QStringLiteral("Size"), o.size},
                                    {QStringLiteral("LastModified"), o.lastModified},
                                    {QStringLiteral("ETag"), o.etag},
                                    {QStringLiteral("StorageClass"), o.storageClass}});
        // With a delimiter, the "folders" as S3's CommonPrefixes name them.
        for (const auto &p : call->commonPrefixes())
            list.append(QJsonObject{{QStringLiteral("Prefix"), p}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    QList<QStringList> rows;
    for (const auto &p : call->commonPrefixes())
        rows.append({p, Text::tr("(folder)"), QString(), QString()});
    for (const auto &o : call->objects())
        rows.append({o.key, QString::number(o.size), o.storageClass, o.lastModified});
    printTable(out, {Text::tr("KEY"), Text::tr("SIZE"), Text::tr("STORAGE CLASS"), Text::tr("LAST MODIFIED")}, rows,
               {false, true, false, false});
    return 0;
}

} // namespace

int runListCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "List what the account holds. Kinds: servers, volumes, images, projects, enterprise-projects, keys "
        "(see 'list KIND --help' for their options); buckets (OBS buckets and their regions); objects BUCKET[/PREFIX] "
        "(the objects of a bucket, every page). --json prints the API's own field names."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON array with the API's field names."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       Text::tr("objects: group keys into folders at this character, e.g. /."),
                                       QStringLiteral("D"));
    p.addOptions({json, delimiter});
    ObsOptions obs;
    obs.addTo(p);
    p.addPositionalArgument(QStringLiteral("KIND"), Text::tr("buckets or objects"));
    p.addPositionalArgument(QStringLiteral("BUCKET[/PREFIX]"), Text::tr("objects: the bucket, and a key prefix"), QStringLiteral("[BUCKET[/PREFIX]]"));
    if (!p.parse(args))
        return usage(err, p.errorText());
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usage(err, Text::tr("say what to list: %1, buckets or objects").arg(accountListKinds().join(QLatin1String(", "))));
    const QString kind = positional.first();
    if (kind != QLatin1String("buckets") && kind != QLatin1String("objects"))
        return usage(err, Text::tr("cannot list \"%1\": the kinds are %2, buckets and objects").arg(kind, accountListKinds().join(QLatin1String(", "))));
    if (kind == QLatin1String("buckets") && positional.size() != 1)
        return usage(err, Text::tr("list buckets takes no further argument"));
    if (kind == QLatin1String("objects") && positional.size() != 2)
        return usage(err, Text::tr("list objects takes exactly one BUCKET or BUCKET/PREFIX"));

    ObsClient client;
    QString error;
    if (!obs.configure(p, client, &error))
        return usage(err, error);
    if (kind == QLatin1String("buckets"))
        return listBuckets(client, p.isSet(json), out, err);
    return listObjects(client, positional.at(1), p.value(delimiter), p.isSet(json), out, err);
}

} // namespace ims
