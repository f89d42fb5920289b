// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ims {

struct JobStatus;

// Which batch (File ▸ Batch…, `submit --batch`) a job was sent by, and as which row of it: the job
// monitor shows the jobs of one batch under one parent row. Empty id: not part of a batch.
struct BatchMembership
{
    QString id;   // the batch's id (BatchInput::id)
    QString name; // what the parent row is called: the CSV file's or folder's name
    int row = 0;  // 1-based row of the CSV, or position of the request file in the folder
    bool isEmpty() const { return id.isEmpty(); }
};

// One submitted creation request and what is known of its job: what the job store keeps and the
// job monitor shows. Holds no secret.
struct JobRecord
{
    enum class State { Init, Running, Success, Fail, OutcomeUnknown };

    QString id;        // local key: the job id, or a generated id for an outcome-unknown submission
    QString jobId;     // the server's job_id; empty when the outcome of the create call is unknown
    QString methodId;
    QString imageName;
    QString connection; // the name of the connection that submitted it; empty from a CLI run without one
    QString endpoint;  // the IMS endpoint the job lives on: it is polled there only
    QString region;
    QString projectId;
    QJsonObject fields; // the request that started it (for "clone into wizard")
    QDateTime submittedAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    State state = State::Init;
    double progress = -1; // 0..1, -1 unknown
    QStringList imageIds;
    QString failReason;
    QString errorCode;
    QString lastPollError; // the latest failed poll, cleared by the next good one
    QString requestId;         // the server's X-Request-Id of the create call (support asks for it)
    QString lastPollRequestId; // the X-Request-Id of the latest job query
    QJsonObject lastAnswer; // the job-query answer as received (for the details view)
    BatchMembership batch;  // empty unless a batch sent it

    bool isFinished() const { return state == State::Success || state == State::Fail || state == State::OutcomeUnknown; }
    // Takes what a job-query answer says: state, progress, image ids, the reason of a failure; the
    // time it ended, once. The one reading of an answer into the list (the monitor and the CLI's waits).
    void takeStatus(const JobStatus &status, const QDateTime &now);

    QJsonObject toJson() const;
    static JobRecord fromJson(const QJsonObject &o);
    static QString stateName(State s); // "INIT", "RUNNING", "SUCCESS", "FAIL", "OUTCOME_UNKNOWN"
    static State stateFromName(const QString &name);
};

} // namespace ims
