// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityCommand.h"

#include "CommandHelp.h"
#include "ExitStatus.h"
#include "OutputFormat.h"

#include "cloud/ActivityFeed.h"
#include "jobs/ActivityLog.h"
#include "jobs/JobStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace ims {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommand)
};

int fail(QTextStream &err, const QString &message, int code)
{
    return reportFailure(err, QStringLiteral("activity"), message, code);
}

} // namespace

int runActivityCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Show the activity log: every call that changed something in the cloud (creates, "
                                         "uploads, parts), oldest first, with its request id, status, outcome and job. "
                                         "Kept beside the job list: the newest %1 calls of the last %2 days.")
                                    .arg(ActivityLog::maxRows)
                                    .arg(ActivityLog::maxAgeDays));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    OutputFormat format;
    format.addTo(p);
    const QCommandLineOption connection(QStringLiteral("connection"), Text::tr("Only the calls of this connection (its name, or the endpoint's host when it had none)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("Only the newest N calls."), QStringLiteral("N"));
    p.addOptions({connection, limit});
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
        return fail(err, Text::tr("activity takes no arguments"), ExitUsage);
    ActivityFilter filter;
    filter.connection = p.value(connection);
    if (p.isSet(limit)) {
        bool ok = false;
        filter.limit = p.value(limit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return fail(err, Text::tr("--limit must be a number above 0"), ExitUsage);
    }
    JobStore store;
    if (!store.openError().isEmpty())
        return fail(err, store.openError(), ExitUsage);
    ActivityLog log(&store);
    const QList<ActivityEntry> entries = log.entries(filter, &error);
    if (!error.isEmpty())
        return fail(err, error, ExitFailed);

    if (format.format() == OutputFormat::Json) {
        QJsonArray list;
        for (const auto &e : entries)
            list.append(e.toJson());
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (format.format() == OutputFormat::Table) {
        QList<QStringList> rows{ActivityEntry::columnNames()};
        for (auto &name : rows.first())
            name = name.toUpper();
        for (const auto &e : entries)
            rows.append(e.columns());
        QList<qsizetype> widths(rows.first().size(), 0);
        for (const auto &row : rows)
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        for (const auto &row : rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
            out << line << '\n';
        }
    } else {
        // One line a call: time, connection, operation, METHOD path, status, outcome [code], request, job.
        for (const auto &e : entries) {
            QString line = QStringLiteral("%1  %2  %3  %4 %5  %6  %7")
                               .arg(e.at.toUTC().toString(Qt::ISODate), e.connection, e.operation, e.httpMethod, e.path,
                                    e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("-"), e.outcomeText());
            if (!e.requestId.isEmpty())
                line += QStringLiteral("  request %1").arg(e.requestId);
            if (!e.jobId.isEmpty())
                line += QStringLiteral("  job %1").arg(e.jobId);
            out << line << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

ActivityRecording::ActivityRecording(QTextStream &err)
    : m_err(err)
{
    connect(ActivityFeed::instance(), &ActivityFeed::reported, this, [this](const ActivityEntry &e) {
        if (!m_log) {
            m_store = std::make_unique<JobStore>();
            m_log = std::make_unique<ActivityLog>(m_store.get());
        }
        m_log->append(e);
    });
}

ActivityRecording::~ActivityRecording()
{
    if (m_log && !m_log->flush())
        m_err << "ims-wizard-cli: "
              << Text::tr("%n call(s) could not be written to the activity log in %1.", nullptr, m_log->pendingCount()).arg(m_store->path())
              << '\n';
    m_err.flush();
    m_log.reset(); // before the store whose connection it uses
}

} // namespace ims
