// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobRecord.h"

#include "cloud/JobStatus.h"
#include "cloud/UtcTimeText.h"

#include <QJsonArray>

namespace ims {

QString JobRecord::stateName(State s)
{
    switch (s) {
    case State::Init:
        return QStringLiteral("INIT");
    case State::Running:
        return QStringLiteral("RUNNING");
    case State::Success:
        return QStringLiteral("SUCCESS");
    case State::Fail:
        return QStringLiteral("FAIL");
    case State::OutcomeUnknown:
        return QStringLiteral("OUTCOME_UNKNOWN");
    case State::Paused:
        return QStringLiteral("PAUSED");
    }
    return {};
}

JobRecord::State JobRecord::stateFromName(const QString &name)
{
    for (State s : {State::Init, State::Running, State::Success, State::Fail, State::OutcomeUnknown, State::Paused})
        if (stateName(s) == name)
            return s;
    return State::Init;
}

QJsonObject UploadProgress::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("bucket"), bucket},
                  {QStringLiteral("key"), key},
                  {QStringLiteral("parallel"), parallel},
                  {QStringLiteral("part_size"), double(partSize)},
                  {QStringLiteral("bytes_done"), double(bytesDone)},
                  {QStringLiteral("bytes_total"), double(bytesTotal)},
                  {QStringLiteral("bytes_per_second"), bytesPerSecond},
                  {QStringLiteral("create_sent"), createSent}};
    if (!createRecordId.isEmpty())
        o.insert(QStringLiteral("create_record_id"), createRecordId);
    if (!createError.isEmpty())
        o.insert(QStringLiteral("create_error"), createError);
    return o;
}

UploadProgress UploadProgress::fromJson(const QJsonObject &o)
{
    UploadProgress u;
    u.file = o.value(QStringLiteral("file")).toString();
    u.bucket = o.value(QStringLiteral("bucket")).toString();
    u.key = o.value(QStringLiteral("key")).toString();
    u.parallel = o.value(QStringLiteral("parallel")).toInt(3);
    u.partSize = qint64(o.value(QStringLiteral("part_size")).toDouble());
    u.bytesDone = qint64(o.value(QStringLiteral("bytes_done")).toDouble());
    u.bytesTotal = qint64(o.value(QStringLiteral("bytes_total")).toDouble());
    u.bytesPerSecond = o.value(QStringLiteral("bytes_per_second")).toDouble();
    u.createSent = o.value(QStringLiteral("create_sent")).toBool();
    u.createRecordId = o.value(QStringLiteral("create_record_id")).toString();
    u.createError = o.value(QStringLiteral("create_error")).toString();
    return u;
}

QJsonObject JobRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("job_id"), jobId},
                  {QStringLiteral("method"), methodId},
                  {QStringLiteral("image_name"), imageName},
                  {QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("region"), region},
                  {QStringLiteral("project_id"), projectId},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("submitted_at"), isoTimeText(submittedAt)},
                  {QStringLiteral("updated_at"), isoTimeText(updatedAt)},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("progress"), progress},
                  {QStringLiteral("image_ids"), QJsonArray::fromStringList(imageIds)}};
    if (!connection.isEmpty())
        o.insert(QStringLiteral("connection"), connection);
    if (finishedAt.isValid())
        o.insert(QStringLiteral("finished_at"), isoTimeText(finishedAt));
    if (!failReason.isEmpty())
        o.insert(QStringLiteral("fail_reason"), failReason);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    if (!lastPollError.isEmpty())
        o.insert(QStringLiteral("last_poll_error"), lastPollError);
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    if (sendingUntil.isValid())
        o.insert(QStringLiteral("sending_until"), isoTimeText(sendingUntil));
    if (!lastPollRequestId.isEmpty())
        o.insert(QStringLiteral("last_poll_request_id"), lastPollRequestId);
    if (!lastAnswer.isEmpty())
        o.insert(QStringLiteral("last_answer"), lastAnswer);
    if (kind == Kind::Upload) {
        o.insert(QStringLiteral("kind"), QStringLiteral("upload"));
        o.insert(QStringLiteral("upload"), upload.toJson());
    }
    if (!batch.isEmpty())
        o.insert(QStringLiteral("batch"), QJsonObject{{QStringLiteral("id"), batch.id},
                                                      {QStringLiteral("name"), batch.name},
                                                      {QStringLiteral("row"), batch.row}});
    return o;
}

JobRecord JobRecord::fromJson(const QJsonObject &o)
{
    JobRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.jobId = o.value(QStringLiteral("job_id")).toString();
    r.methodId = o.value(QStringLiteral("method")).toString();
    r.imageName = o.value(QStringLiteral("image_name")).toString();
    r.connection = o.value(QStringLiteral("connection")).toString();
    r.endpoint = o.value(QStringLiteral("endpoint")).toString();
    r.region = o.value(QStringLiteral("region")).toString();
    r.projectId = o.value(QStringLiteral("project_id")).toString();
    r.fields = o.value(QStringLiteral("fields")).toObject();
    r.submittedAt = QDateTime::fromString(o.value(QStringLiteral("submitted_at")).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    r.state = stateFromName(o.value(QStringLiteral("state")).toString());
    r.progress = o.value(QStringLiteral("progress")).toDouble(-1);
    for (const auto &v : o.value(QStringLiteral("image_ids")).toArray())
        r.imageIds << v.toString();
    r.failReason = o.value(QStringLiteral("fail_reason")).toString();
    r.errorCode = o.value(QStringLiteral("error_code")).toString();
    r.lastPollError = o.value(QStringLiteral("last_poll_error")).toString();
    r.requestId = o.value(QStringLiteral("request_id")).toString();
    r.sendingUntil = QDateTime::fromString(o.value(QStringLiteral("sending_until")).toString(), Qt::ISODateWithMs);
    r.lastPollRequestId = o.value(QStringLiteral("last_poll_request_id")).toString();
    r.lastAnswer = o.value(QStringLiteral("last_answer")).toObject();
    if (o.value(QStringLiteral("kind")).toString() == QLatin1String("upload")) {
        r.kind = Kind::Upload;
        r.upload = UploadProgress::fromJson(o.value(QStringLiteral("upload")).toObject());
    }
    const QJsonObject batch = o.value(QStringLiteral("batch")).toObject();
    r.batch.id = batch.value(QStringLiteral("id")).toString();
    r.batch.name = batch.value(QStringLiteral("name")).toString();
    r.batch.row = batch.value(QStringLiteral("row")).toInt();
    return r;
}

void JobRecord::takeStatus(const JobStatus &status, const QDateTime &now)
{
    switch (status.state) {
    case JobStatus::State::Init:
        state = State::Init;
        break;
    case JobStatus::State::Running:
        state = State::Running;
        break;
    case JobStatus::State::Success:
        state = State::Success;
        break;
    case JobStatus::State::Fail:
        state = State::Fail;
        break;
    }
    if (status.progress >= 0)
        progress = status.progress;
    if (!status.imageIds.isEmpty())
        imageIds = status.imageIds;
    failReason = status.failReason;
    errorCode = status.errorCode;
    lastPollError.clear();
    lastAnswer = status.toJson();
    updatedAt = now;
    if (isFinished() && !finishedAt.isValid()) {
        finishedAt = now;
        if (state == State::Success)
            progress = 1;
    }
}

} // namespace ims
