// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ListingCommands.h"

#include "CommandHelp.h"
#include "ExitStatus.h"
#include "OutputFormat.h"

#include "catalogue/OsVersions.h"
#include "profiles/ConnectionStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListingCommands)
};

int fail(QTextStream &err, const QString &message, int code)
{
    return reportFailure(err, QString(), message, code);
}

// Parses a listing command (no arguments, -o); an exit status when it stops there.
std::optional<int> parse(QCommandLineParser &p, OutputFormat &format, const QStringList &args, const QString &description,
                         QTextStream &out, QTextStream &err)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    format.addTo(p);
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return ExitOk;
    }
    QString error;
    if (!format.read(p, &error))
        return fail(err, error, ExitUsage);
    if (!p.positionalArguments().isEmpty())
        return fail(err, Text::tr("this command takes no arguments"), ExitUsage);
    return std::nullopt;
}

// Rows as aligned columns under a header.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths(rows.first().size(), 0);
    for (const auto &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    for (const auto &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

} // namespace

int runOsVersionsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    OutputFormat format;
    if (const auto stop = parse(p, format, args, Text::tr("List the OS versions IMS knows (__os_version values)."), out, err))
        return *stop;
    const QStringList &versions = OsVersions::bundled();
    if (format.json()) {
        QJsonArray list;
        for (const auto &v : versions)
            list.append(QJsonObject{{QStringLiteral("os_version"), v},
                                    {QStringLiteral("platform"), OsVersions::platformOf(v)},
                                    {QStringLiteral("bits"), OsVersions::bitsOf(v)}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (format.format() == OutputFormat::Table) {
        QList<QStringList> rows{{Text::tr("OS VERSION"), Text::tr("PLATFORM"), Text::tr("BITS")}};
        for (const auto &v : versions)
            rows.append({v, OsVersions::platformOf(v), QString::number(OsVersions::bitsOf(v))});
        printTable(out, rows);
    } else {
        for (const auto &v : versions)
            out << v << '\n';
    }
    out.flush();
    return ExitOk;
}

int runConnectionsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    OutputFormat format;
    if (const auto stop = parse(p, format, args, Text::tr("List the connections the desktop program saved (for --connection)."), out, err))
        return *stop;
    ConnectionStore store;
    QString error;
    if (!store.load(&error))
        return fail(err, Text::tr("cannot read the saved connections (%1): %2").arg(store.path(), error), ExitUsage);
    const auto connections = store.connections();
    auto authName = [](const ConnectionSettings &c) { return c.auth == AuthMode::AkSk ? QStringLiteral("aksk") : QStringLiteral("token"); };
    if (format.json()) {
        QJsonArray list;
        for (const auto &c : connections)
            list.append(c.toJson()); // holds no secret
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (format.format() == OutputFormat::Table) {
        QList<QStringList> rows{{Text::tr("NAME"), Text::tr("REGION"), Text::tr("AUTH"), Text::tr("ENDPOINT")}};
        for (const auto &c : connections)
            rows.append({c.name, c.region.isEmpty() ? QStringLiteral("-") : c.region, authName(c), c.effectiveImsEndpoint().toString()});
        printTable(out, rows);
    } else {
        for (const auto &c : connections)
            out << c.name << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace ims
