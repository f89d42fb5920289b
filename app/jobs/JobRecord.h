// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ims {

struct JobStatus;

// What an upload job (a file sent to OBS, issue 13) knows beyond a create job's fields: where from and
// to, how far it got, and whether the create call that waits for it (methodId and fields of its
// record) has been sent. FileUpload's checkpoint holds the parts; this is what the Jobs list shows.
struct UploadProgress
{
    QString file;   // absolute path on this computer
    QString bucket;
    QString key;
    int parallel = 3;
    qint64 partSize = 0; // 0: chosen from the file size
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0; // over the current run; 0 when not sending
    // The create call that waits for this upload: sent once, never again, whatever happens after.
    bool createSent = false;
    QString createRecordId; // the job list's id of the create job it started
    QString createError;    // why the create call failed (nothing was created)

    bool waitsToCreate(const QString &methodId) const { return !methodId.isEmpty() && !createSent; }
    qint64 secondsLeft() const { return bytesPerSecond > 0 ? qint64(double(bytesTotal - bytesDone) / bytesPerSecond) : -1; }
    QJsonObject toJson() const;
    static UploadProgress fromJson(const QJsonObject &o);
};

// Which batch (File ▸ Batch…, `submit --batch`) a job was sent by, and as which row of it: the job
// monitor shows the jobs of one batch under one parent row. Empty id: not part of a batch.
struct BatchMembership
{
    QString id;   // the batch's id (BatchInput::id)
    QString name; // what the parent row is called: the CSV file's or folder's name
    int row = 0;  // 1-based row of the CSV, or position of the request file in the folder
    bool isEmpty() const { return id.isEmpty(); }
};

// One submitted creation request and what is known of its job, or one upload to OBS (kind Upload):
// what the job store keeps and the job monitor shows. Holds no secret.
struct JobRecord
{
    // Paused: an upload stopped by the person or by the end of the program; it resumes from its
    // checkpoint. A create job is never paused.
    enum class State { Init, Running, Success, Fail, OutcomeUnknown, Paused };
    enum class Kind { Create, Upload };

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
    // An OutcomeUnknown record written just before its create call is sent (Session::submit): until
    // this time the call may still be on its way, and the list says "Sending…" instead.
    QDateTime sendingUntil;
    bool isSending(const QDateTime &now) const { return state == State::OutcomeUnknown && sendingUntil.isValid() && now < sendingUntil; }
    QString lastPollRequestId; // the X-Request-Id of the latest job query
    QJsonObject lastAnswer; // the job-query answer as received (for the details view)
    Kind kind = Kind::Create;
    // Kind Upload only. methodId and fields then are the create call to send once the upload is
    // done (empty: an upload alone, File ▸ Upload to OBS…).
    UploadProgress upload;

    bool isUpload() const { return kind == Kind::Upload; }
    BatchMembership batch;  // empty unless a batch sent it

    bool isFinished() const { return state == State::Success || state == State::Fail || state == State::OutcomeUnknown; }
    // Takes what a job-query answer says: state, progress, image ids, the reason of a failure; the
    // time it ended, once. The one reading of an answer into the list (the monitor and the CLI's waits).
    void takeStatus(const JobStatus &status, const QDateTime &now);

    QJsonObject toJson() const;
    static JobRecord fromJson(const QJsonObject &o);
    static QString stateName(State s); // "INIT", "RUNNING", "SUCCESS", "FAIL", "OUTCOME_UNKNOWN", "PAUSED"
    static State stateFromName(const QString &name);
};

} // namespace ims
