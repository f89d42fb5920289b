// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UploadJobs.h"

#include "Session.h"
#include "Submission.h"
#include "catalogue/Catalogue.h"
#include "cloud/ImsClient.h"
#include "jobs/JobMonitor.h"
#include "obs/FileUpload.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcUploadJobs, "ims.session.uploads", QtInfoMsg)

namespace ims {

UploadJobs::UploadJobs(JobMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
}

UploadJobs::~UploadJobs()
{
    // The program ends: what is sending stops and is shown paused at the next start (restore()).
    for (auto it = m_running.begin(); it != m_running.end(); ++it)
        if (it->upload)
            it->upload->disconnect(this);
}

void UploadJobs::follow(Session *session)
{
    m_sessions.removeIf([session](const QPointer<Session> &s) { return s.isNull() || s == session; });
    m_sessions.append(session);
    sendWaitingCreates(session);
}

Session *UploadJobs::sessionFor(const QString &connection) const
{
    // The newest session of that name: a reconnect replaces the older one.
    for (auto it = m_sessions.crbegin(); it != m_sessions.crend(); ++it)
        if (*it && (*it)->name() == connection)
            return *it;
    return nullptr;
}

JobRecord UploadJobs::current(const QString &id) const
{
    return m_monitor->record(id);
}

int UploadJobs::restore()
{
    int n = 0;
    m_monitor->syncWithStore();
    for (const JobRecord &stored : m_monitor->store()->records()) {
        if (!stored.isUpload() || m_running.contains(stored.id) || !canPause(stored))
            continue;
        JobRecord r = current(stored.id);
        r.state = JobRecord::State::Paused;
        r.upload.bytesPerSecond = 0;
        r.lastPollError = tr("Interrupted when the program ended: Resume continues with the parts OBS already has.");
        m_monitor->update(r, true);
        ++n;
    }
    return n;
}

QString UploadJobs::start(Session *session, const Request &request, QString *error)
{
    QString why;
    if (!session || !session->obsClient(&why)) {
        if (error)
            *error = session ? why : tr("Not connected: choose a connection to upload.");
        return {};
    }
    const QFileInfo info(request.file);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = tr("The file %1 cannot be read.").arg(request.file);
        return {};
    }
    JobRecord r;
    r.kind = JobRecord::Kind::Upload;
    r.id = QStringLiteral("upload-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.methodId = request.methodId;
    r.fields = request.fields;
    r.imageName = request.fields.value(QStringLiteral("name")).toString();
    if (r.imageName.isEmpty())
        r.imageName = request.key;
    r.connection = session->name();
    r.endpoint = session->settings().effectiveImsEndpoint().toString();
    r.region = session->settings().region;
    r.projectId = session->client()->projectId();
    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.state = JobRecord::State::Running;
    r.progress = 0;
    r.upload.file = info.absoluteFilePath();
    r.upload.bucket = request.bucket;
    r.upload.key = request.key;
    r.upload.parallel = std::clamp(request.parallel, 1, FileUpload::maxParallel);
    r.upload.partSize = request.partSize;
    r.upload.bytesTotal = info.size();
    m_monitor->add(r);
    run(r, session, false);
    return r.id;
}

bool UploadJobs::resume(const QString &id, QString *error)
{
    const JobRecord r = current(id);
    if (!canResume(r) || m_running.contains(id)) {
        if (error)
            *error = tr("This upload is not paused.");
        return false;
    }
    Session *session = sessionFor(r.connection);
    QString why;
    if (!session || !session->obsClient(&why)) {
        if (error)
            *error = session ? why : tr("Connect to “%1” first: the upload goes on through its connection.").arg(r.connection);
        return false;
    }
    run(r, session, false);
    return true;
}

void UploadJobs::run(const JobRecord &record, Session *session, bool renewed)
{
    auto *upload = new FileUpload(session->obsClient(), record.upload.file, record.upload.bucket, record.upload.key, this);
    upload->setParallel(record.upload.parallel);
    upload->setPartSize(record.upload.partSize);
    Running running;
    running.upload = upload;
    running.session = session;
    running.clock.start();
    running.renewedOnce = renewed;
    m_running.insert(record.id, running);

    JobRecord r = record;
    r.state = JobRecord::State::Running;
    r.failReason.clear();
    r.lastPollError.clear();
    r.finishedAt = {};
    r.updatedAt = QDateTime::currentDateTimeUtc();
    m_monitor->update(r, true);

    const QString id = record.id;
    connect(upload, &FileUpload::notice, this, [this, id](const QString &text) {
        JobRecord r = current(id);
        r.lastPollError = text; // shown in the row's tooltip and the details
        m_monitor->update(r);
        emit notice(id, text);
    });
    connect(upload, &FileUpload::progress, this, [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(upload, &FileUpload::finished, this, [this, id] { onFinished(id); });
    // A session replaced or closed under a running upload: it stops (paused), its checkpoint stays.
    connect(session, &QObject::destroyed, upload, [upload] { upload->pause(); });
    upload->start();
}

void UploadJobs::onProgress(const QString &id, qint64 done, qint64 total)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    if (it->startBytes < 0)
        it->startBytes = done;
    // Written and shown a few times a second at most: a fast upload reports every few kilobytes.
    if (it->lastShown.isValid() && it->lastShown.elapsed() < m_progressIntervalMs && done < total)
        return;
    it->lastShown.start();
    JobRecord r = current(id);
    r.upload.bytesDone = done;
    r.upload.bytesTotal = total;
    const double seconds = std::max<qint64>(it->clock.elapsed(), 1) / 1000.0;
    r.upload.bytesPerSecond = double(done - it->startBytes) / seconds;
    r.progress = total > 0 ? double(done) / double(total) : 0;
    r.updatedAt = QDateTime::currentDateTimeUtc();
    m_monitor->update(r);
}

void UploadJobs::onFinished(const QString &id)
{
    const Running running = m_running.take(id);
    FileUpload *upload = running.upload;
    if (!upload)
        return;
    upload->deleteLater();
    JobRecord r = current(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.updatedAt = now;
    r.upload.bytesPerSecond = 0;
    switch (upload->state()) {
    case FileUpload::State::Completed:
        r.state = JobRecord::State::Success;
        r.upload.bytesDone = r.upload.bytesTotal = upload->totalBytes();
        r.progress = 1;
        r.finishedAt = now;
        r.lastPollError.clear();
        break;
    case FileUpload::State::Paused:
        r.state = JobRecord::State::Paused;
        r.upload.bytesDone = upload->bytesDone();
        r.lastPollError = tr("Paused: Resume continues with the parts OBS already has.");
        break;
    case FileUpload::State::Aborted:
        r.state = JobRecord::State::Fail;
        r.finishedAt = now;
        r.failReason = upload->errorMessage().isEmpty()
                           ? tr("Aborted: the parts sent to OBS were deleted.")
                           : tr("Aborted; deleting the parts on OBS failed: %1").arg(upload->errorMessage());
        r.lastPollError.clear();
        break;
    case FileUpload::State::Failed:
        if (upload->credentialExpired() && !running.renewedOnce && m_renewKey && running.session) {
            // The temporary key ran out mid-upload: a fresh one, then on from the checkpoint.
            QPointer<Session> session = running.session;
            r.lastPollError = tr("The temporary access key expired; renewing it…");
            m_monitor->update(r);
            m_renewKey(session, [this, id, session](bool renewed) {
                JobRecord again = current(id);
                if (renewed && session) {
                    run(again, session, true);
                    return;
                }
                again.state = JobRecord::State::Fail;
                again.failReason = tr("The temporary access key for OBS expired and could not be renewed.");
                m_monitor->update(again, true);
            });
            return;
        }
        r.state = JobRecord::State::Fail;
        r.failReason = upload->errorMessage();
        r.upload.bytesDone = upload->bytesDone();
        r.finishedAt = now;
        break;
    case FileUpload::State::Idle:
    case FileUpload::State::Running:
        return;
    }
    qCInfo(lcUploadJobs) << "upload" << id << JobRecord::stateName(r.state);
    m_monitor->update(r, true);
    if (r.state == JobRecord::State::Success)
        sendWaitingCreate(id);
}

void UploadJobs::sendWaitingCreates(Session *session)
{
    for (const JobRecord &stored : m_monitor->store()->records())
        if (stored.isUpload() && stored.connection == session->name())
            sendWaitingCreate(stored.id);
}

void UploadJobs::sendWaitingCreate(const QString &id)
{
    JobRecord r = current(id);
    if (r.state != JobRecord::State::Success || !r.upload.waitsToCreate(r.methodId))
        return;
    Session *session = sessionFor(r.connection);
    if (!session) {
        r.lastPollError = tr("Uploaded. The create call waits for the connection “%1”.").arg(r.connection);
        m_monitor->update(r);
        return;
    }
    const MethodSpec *method = Catalogue::instance().method(r.methodId);
    r.upload.createSent = true;
    if (!method)
        r.upload.createError = tr("This version does not know the method “%1”.").arg(r.methodId);
    // Written before the call goes: a crash from here on never sends it a second time.
    m_monitor->update(r, true);
    if (!method)
        return;
    qCInfo(lcUploadJobs) << "upload" << id << "done: sending its create call" << r.methodId;
    Submission *submission = session->submit(*method, r.fields);
    connect(submission, &Submission::finished, this, [this, id, submission] {
        submission->deleteLater();
        JobRecord r = current(id);
        r.upload.createRecordId = submission->recordId();
        if (submission->outcome() == Submission::Outcome::Failed && submission->error())
            r.upload.createError = submission->error()->userMessage();
        r.lastPollError.clear();
        m_monitor->update(r, true);
        emit createSubmitted(id, submission->recordId());
    });
}

void UploadJobs::pause(const QString &id)
{
    if (auto it = m_running.find(id); it != m_running.end() && it->upload)
        it->upload->pause();
}

void UploadJobs::abort(const QString &id)
{
    if (auto it = m_running.find(id); it != m_running.end() && it->upload) {
        it->upload->abort();
        return;
    }
    // Paused (maybe since an earlier run): its parts are deleted through its connection.
    const JobRecord r = current(id);
    if (!canResume(r))
        return;
    Session *session = sessionFor(r.connection);
    if (!session || !session->obsClient()) {
        JobRecord failed = r;
        failed.state = JobRecord::State::Fail;
        failed.finishedAt = QDateTime::currentDateTimeUtc();
        failed.failReason = tr("Aborted. Its parts stay on OBS until they expire: no connection to “%1” was open to delete them.").arg(r.connection);
        m_monitor->update(failed, true);
        return;
    }
    auto *upload = new FileUpload(session->obsClient(), r.upload.file, r.upload.bucket, r.upload.key, this);
    Running running;
    running.upload = upload;
    running.session = session;
    m_running.insert(id, running);
    connect(upload, &FileUpload::finished, this, [this, id] { onFinished(id); });
    // FileUpload aborts a paused upload: it reads the upload id from the checkpoint first.
    upload->abortFromCheckpoint();
}

} // namespace ims
