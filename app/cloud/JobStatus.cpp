// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace ims {

std::optional<JobStatus::State> JobStatus::stateFromString(const QString &s)
{
    if (s == QLatin1String("INIT"))
        return State::Init;
    if (s == QLatin1String("RUNNING"))
        return State::Running;
    if (s == QLatin1String("SUCCESS"))
        return State::Success;
    if (s == QLatin1String("FAIL"))
        return State::Fail;
    return std::nullopt;
}

QDateTime JobStatus::parseTime(const QJsonValue &v)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Legacy pages: "04-Jun-2015 18:11:06:586" (UTC, English month names).
        t = QLocale::c().toDateTime(s, QStringLiteral("dd-MMM-yyyy HH:mm:ss:zzz"));
        if (!t.isValid())
            t = QLocale::c().toDateTime(s, QStringLiteral("dd-MMM-yyyy HH:mm:ss"));
        if (t.isValid())
            t.setTimeZone(QTimeZone::utc());
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

namespace {
QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}
} // namespace

std::optional<JobStatus> JobStatus::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue statusValue = o.value(QStringLiteral("status"));
    if (!statusValue.isString())
        return fail(tr("the answer has no job status"));
    const auto state = stateFromString(statusValue.toString());
    if (!state)
        return fail(tr("unknown job status \"%1\"").arg(statusValue.toString().left(40)));
    JobStatus s;
    s.raw = o;
    s.state = *state;
    s.jobId = text(o.value(QStringLiteral("job_id")));
    s.jobType = text(o.value(QStringLiteral("job_type")));
    s.beginTime = parseTime(o.value(QStringLiteral("begin_time")));
    s.endTime = parseTime(o.value(QStringLiteral("end_time")));
    s.failReason = text(o.value(QStringLiteral("fail_reason")));
    s.errorCode = text(o.value(QStringLiteral("error_code")));
    const QJsonObject e = o.value(QStringLiteral("entities")).toObject();
    if (s.failReason.isEmpty())
        s.failReason = text(e.value(QStringLiteral("error")));
    if (s.failReason.isEmpty())
        s.failReason = text(e.value(QStringLiteral("addition_error_msg")));
    s.imageName = text(e.value(QStringLiteral("image_name")));
    s.currentTask = text(e.value(QStringLiteral("current_task")));
    const QJsonValue percent = e.value(QStringLiteral("process_percent"));
    if (percent.isDouble()) {
        // Every SUCCESS example shows 1: a fraction. Values above 1 can only be percents.
        const double p = percent.toDouble();
        s.progress = p > 1.0 ? std::min(p, 100.0) / 100.0 : std::max(p, 0.0);
    }
    if (const QString id = text(e.value(QStringLiteral("image_id"))); !id.isEmpty())
        s.imageIds << id;
    for (const auto &v : e.value(QStringLiteral("sub_jobs_result")).toArray()) {
        const QJsonObject sub = v.toObject();
        SubJob j;
        j.jobId = text(sub.value(QStringLiteral("job_id")));
        j.jobType = text(sub.value(QStringLiteral("job_type")));
        j.state = stateFromString(text(sub.value(QStringLiteral("status")))).value_or(State::Init);
        j.failReason = text(sub.value(QStringLiteral("fail_reason")));
        j.errorCode = text(sub.value(QStringLiteral("error_code")));
        const QJsonObject se = sub.value(QStringLiteral("entities")).toObject();
        j.imageId = text(se.value(QStringLiteral("image_id")));
        j.imageName = text(se.value(QStringLiteral("image_name")));
        s.subJobs.append(j);
        // Multi-disk jobs carry their image ids only in the sub-jobs (§1.3).
        if (!j.imageId.isEmpty() && !s.imageIds.contains(j.imageId))
            s.imageIds << j.imageId;
        if (s.failReason.isEmpty() && j.state == State::Fail)
            s.failReason = j.failReason;
        if (s.errorCode.isEmpty() && j.state == State::Fail)
            s.errorCode = j.errorCode;
    }
    if (s.state == State::Success)
        s.progress = 1;
    return s;
}

std::optional<JobStatus> JobStatus::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("not a JSON object (%1)").arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                                 : tr("another JSON value"));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace ims
