// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "jobs/JobRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ims {

class FileUpload;
class JobMonitor;
class Session;

// Uploads to OBS as jobs of the one job list (issue 13): each FileUpload runs as a record of kind
// Upload whose bytes, speed and state the Jobs list shows. The list keeps them across a restart: an
// upload that was sending when the program ended comes back paused, and resume() continues it from its
// checkpoint (FileUpload asks OBS which parts it holds). An upload may carry a create call (the
// wizard's "a disk file on this computer"): it is sent once through the connection's Session when the
// upload has finished, also after a restart, and never a second time (the record says it was sent
// before it goes).
class UploadJobs : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString file;
        QString bucket;
        QString key;
        int parallel = 3;
        qint64 partSize = 0;  // 0: chosen from the file size
        QString methodId;     // the create call to send after the upload; empty: upload only
        QJsonObject fields;
    };

    explicit UploadJobs(JobMonitor *monitor, QObject *parent = nullptr);
    ~UploadJobs() override;

    // Uploads of this connection can run (and resume) through it, and their waiting create calls are
    // sent through it. A session that goes away pauses its uploads.
    void follow(Session *session);
    // On start: uploads the list holds as sending (the program ended under them) are paused; returns how many.
    int restore();

    // Records an upload job at once and starts it; null record id and `error` when it cannot start.
    QString start(Session *session, const Request &request, QString *error = nullptr);
    // Continues a paused or failed upload from its checkpoint; false and `error` when it cannot (no
    // connection of its name, no access key).
    bool resume(const QString &id, QString *error = nullptr);
    // Stops sending; the parts on OBS and the checkpoint stay for resume().
    void pause(const QString &id);
    // Stops and deletes the parts on OBS and the checkpoint; the job ends as failed ("aborted").
    void abort(const QString &id);

    bool isRunning(const QString &id) const { return m_running.contains(id); }
    static bool canResume(const JobRecord &r) { return r.isUpload() && (r.state == JobRecord::State::Paused || r.state == JobRecord::State::Fail); }
    static bool canPause(const JobRecord &r) { return r.isUpload() && (r.state == JobRecord::State::Running || r.state == JobRecord::State::Init); }
    // Fetches a fresh key for a session whose temporary OBS key expired (Session::setObsKey) and
    // says whether it did; the upload then continues from its checkpoint, once per run.
    using KeyRenewer = std::function<void(Session *session, std::function<void(bool renewed)> done)>;
    void setKeyRenewer(KeyRenewer renewer) { m_renewKey = std::move(renewer); }
    // How often the progress of a running upload is written into its record (and shown).
    void setProgressIntervalMs(int ms) { m_progressIntervalMs = ms; }

signals:
    // A sentence about an upload worth showing (resumed, started over and why, renewed key).
    void notice(const QString &id, const QString &text);
    // The waiting create call was answered: `createRecordId` is the job it started (empty when refused).
    void createSubmitted(const QString &uploadId, const QString &createRecordId);

private:
    struct Running
    {
        QPointer<FileUpload> upload;
        QPointer<Session> session;
        QElapsedTimer clock;
        QElapsedTimer lastShown;
        qint64 startBytes = -1;
        bool renewedOnce = false;
    };

    Session *sessionFor(const QString &connection) const;
    void run(const JobRecord &record, Session *session, bool renewed);
    void onProgress(const QString &id, qint64 done, qint64 total);
    void onFinished(const QString &id);
    void sendWaitingCreate(const QString &id);
    void sendWaitingCreates(Session *session);
    JobRecord current(const QString &id) const;

    JobMonitor *m_monitor;
    QList<QPointer<Session>> m_sessions;
    QHash<QString, Running> m_running;
    int m_progressIntervalMs = 250;
    KeyRenewer m_renewKey;
};

} // namespace ims
