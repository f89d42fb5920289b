// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchSubmit.h"

#include "ExitStatus.h"
#include "OutputFormat.h"
#include "batch/BatchRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ims {

namespace {

QString stateKey(BatchRow::State s)
{
    switch (s) {
    case BatchRow::State::Invalid:
        return QStringLiteral("invalid");
    case BatchRow::State::Checking:
        return QStringLiteral("checking");
    case BatchRow::State::Ready:
        return QStringLiteral("ready");
    case BatchRow::State::Sending:
        return QStringLiteral("sending");
    case BatchRow::State::Sent:
        return QStringLiteral("sent");
    case BatchRow::State::Running:
        return QStringLiteral("running");
    case BatchRow::State::Succeeded:
        return QStringLiteral("succeeded");
    case BatchRow::State::Failed:
        return QStringLiteral("failed");
    case BatchRow::State::Refused:
        return QStringLiteral("refused");
    case BatchRow::State::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case BatchRow::State::NotSentQuota:
        return QStringLiteral("not_sent_quota");
    case BatchRow::State::NotSent:
        return QStringLiteral("not_sent");
    }
    return {};
}

QString rowLine(const BatchRow &r)
{
    QString what = r.jobId.isEmpty() ? r.imageId : BatchSubmit::tr("job %1").arg(r.jobId);
    if (r.sentBefore)
        what = what.isEmpty() ? BatchSubmit::tr("(sent before)") : BatchSubmit::tr("%1 (sent before)").arg(what);
    QString line = QStringLiteral("%1\t%2\t%3\t%4").arg(r.source, r.name().isEmpty() ? QStringLiteral("-") : r.name(),
                                                          r.methodId.isEmpty() ? QStringLiteral("-") : r.methodId, BatchRow::stateText(r.state));
    if (!what.isEmpty())
        line += QLatin1Char('\t') + what;
    if (!r.sentence.isEmpty())
        line += QLatin1Char('\t') + r.sentence;
    return line;
}

} // namespace

int BatchSubmit::run(BatchRunner &runner, bool waitForJobs, const OutputFormat &format, QTextStream &out, QTextStream &err)
{
    const bool text = format.format() != OutputFormat::Json;
    QElapsedTimer clock;
    clock.start();
    QSet<int> printed;
    auto printDecided = [&](int index) {
        const BatchRow &r = runner.rows().at(index);
        const bool decided = waitForJobs ? r.isOver() : (r.isOver() || r.state == BatchRow::State::Sent || r.state == BatchRow::State::Running);
        if (!text || !decided || printed.contains(index))
            return;
        printed.insert(index);
        out << rowLine(r) << '\n';
        out.flush();
    };
    QEventLoop loop;
    bool sending = false;
    QObject::connect(&runner, &BatchRunner::rowChanged, &loop, [&](int index) {
        if (sending || runner.rows().at(index).state == BatchRow::State::Invalid || runner.rows().at(index).sentBefore)
            printDecided(index);
    });
    QObject::connect(&runner, &BatchRunner::checked, &loop, [&] {
        sending = true;
        runner.send();
    });
    QObject::connect(&runner, &BatchRunner::sendingFinished, &loop, [&] {
        if (!waitForJobs)
            loop.quit();
    });
    QObject::connect(&runner, &BatchRunner::jobsFinished, &loop, [&] {
        if (waitForJobs)
            loop.quit();
    });
    runner.check();
    if (runner.resumedRows() > 0 && !OutputFormat::quiet()) {
        err << tr("Resuming batch %1 (%2): rows sent by an earlier run, not sent again: %3.")
                   .arg(runner.input().name, runner.input().id)
                   .arg(runner.resumedRows())
            << '\n';
        err.flush();
    }
    loop.exec();
    const double seconds = clock.elapsed() / 1000.0;

    const BatchRunner::Counts c = runner.counts();
    if (text) {
        out << tr("Batch %1: %2 rows, %3 sent (%4 running, %5 succeeded, %6 failed), %7 not valid, %8 refused, %9 outcome unknown, "
                  "%10 not sent")
                   .arg(runner.input().name)
                   .arg(c.rows)
                   .arg(c.sent)
                   .arg(c.running)
                   .arg(c.succeeded)
                   .arg(c.failed)
                   .arg(c.invalid)
                   .arg(c.refused)
                   .arg(c.unknown)
                   .arg(c.notSent)
            << '\n';
        if (!OutputFormat::quiet())
            out << tr("%1 create calls in %2 s, at most %3 at once").arg(runner.createsSent()).arg(seconds, 0, 'f', 1).arg(runner.peakInFlight())
                << '\n';
    } else {
        QJsonArray rows;
        for (const auto &r : runner.rows()) {
            QJsonObject o{{QStringLiteral("row"), r.number},
                          {QStringLiteral("source"), r.source},
                          {QStringLiteral("name"), r.name()},
                          {QStringLiteral("method"), r.methodId},
                          {QStringLiteral("state"), stateKey(r.state)},
                          {QStringLiteral("sent_before"), r.sentBefore}};
            if (!r.field.isEmpty())
                o.insert(QStringLiteral("field"), r.field);
            if (!r.sentence.isEmpty())
                o.insert(QStringLiteral("sentence"), r.sentence);
            if (!r.jobId.isEmpty())
                o.insert(QStringLiteral("job_id"), r.jobId);
            if (!r.imageId.isEmpty())
                o.insert(QStringLiteral("image_id"), r.imageId);
            if (!r.recordId.isEmpty())
                o.insert(QStringLiteral("record_id"), r.recordId);
            rows.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("batch"), runner.input().id},
                                         {QStringLiteral("name"), runner.input().name},
                                         {QStringLiteral("resumed_rows"), runner.resumedRows()},
                                         {QStringLiteral("rows"), rows},
                                         {QStringLiteral("summary"), QJsonObject{{QStringLiteral("rows"), c.rows},
                                                                                 {QStringLiteral("sent"), c.sent},
                                                                                 {QStringLiteral("running"), c.running},
                                                                                 {QStringLiteral("succeeded"), c.succeeded},
                                                                                 {QStringLiteral("failed"), c.failed},
                                                                                 {QStringLiteral("invalid"), c.invalid},
                                                                                 {QStringLiteral("refused"), c.refused},
                                                                                 {QStringLiteral("outcome_unknown"), c.unknown},
                                                                                 {QStringLiteral("not_sent"), c.notSent},
                                                                                 {QStringLiteral("create_calls"), runner.createsSent()},
                                                                                 {QStringLiteral("peak_in_flight"), runner.peakInFlight()},
                                                                                 {QStringLiteral("seconds"), seconds}}}})
                   .toJson(QJsonDocument::Indented);
    }
    out.flush();
    if (!runner.stopReason().isEmpty()) {
        err << tr("stopped early: %1").arg(runner.stopReason()) << '\n';
        err.flush();
    }
    if (c.unknown > 0)
        return ExitOutcomeUnknown;
    // Stopped by the sign-in or the network: the status says which (4, 6), as for one request.
    if (const auto &e = runner.stopError(); e && e->code() != QLatin1String("IMG.0015"))
        return exitStatusFor(*e);
    if (c.invalid + c.refused + c.notSent + c.failed > 0)
        return ExitFailed;
    return ExitOk;
}

} // namespace ims
