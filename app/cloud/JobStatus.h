// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ims {

// One answer of the job-query APIs (GET /v1/cloudimages/job/{id} and the classic
// GET /v1/{project_id}/jobs/{id}), read leniently: both timestamp styles, progress as a fraction,
// image ids from the job or from its sub-jobs (API digest §1).
struct JobStatus
{
    Q_DECLARE_TR_FUNCTIONS(JobStatus)
public:
    enum class State { Init, Running, Success, Fail };

    struct SubJob
    {
        QString jobId;
        QString jobType;
        State state = State::Init;
        QString imageId;
        QString imageName;
        QString failReason;
        QString errorCode;
    };

    QString jobId;
    QString jobType;
    State state = State::Init;
    QDateTime beginTime;
    QDateTime endTime;
    double progress = -1; // 0..1, -1 when the answer has none
    QString currentTask;
    QString imageName;
    QStringList imageIds;
    QList<SubJob> subJobs;
    QString failReason;
    QString errorCode;
    QJsonObject raw; // the answer as received

    bool isFinished() const { return state == State::Success || state == State::Fail; }

    static std::optional<JobStatus> parse(const QByteArray &json, QString *error);
    static std::optional<JobStatus> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const { return raw; }

    static std::optional<State> stateFromString(const QString &s);
    // "2024-11-06T06:38:16.765Z" and the legacy "04-Jun-2015 18:11:06:586".
    static QDateTime parseTime(const QJsonValue &v);
};

} // namespace ims
