// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FileUpload.h"

#include "FileWindow.h"
#include "ObsClient.h"
#include "RunInBackground.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcUpload, "ims.obs.upload", QtInfoMsg)

namespace ims {

FileUpload::FileUpload(ObsClient *client, const QString &filePath, const QString &bucket, const QString &key,
                       QObject *parent)
    : QObject(parent), m_client(client), m_filePath(QFileInfo(filePath).absoluteFilePath()), m_bucket(bucket),
      m_key(key)
{
}

qint64 FileUpload::choosePartSize(qint64 fileSize, qint64 requested, QString *error)
{
    if (requested > 0) {
        if (requested < minPartSize || requested > maxPartSize) {
            *error = tr("The part size must be between 100 KB and 5 GB (OBS's limits), not %1 bytes.")
                         .arg(requested);
            return 0;
        }
        if ((fileSize + requested - 1) / requested > maxParts) {
            *error = tr("Parts of %1 bytes would make more than 10,000 parts for this file; choose at least "
                        "%2 bytes.")
                         .arg(requested)
                         .arg((fileSize + maxParts - 1) / maxParts);
            return 0;
        }
        return requested;
    }
    constexpr qint64 mib = 1024 * 1024;
    const qint64 needed = (fileSize + maxParts - 1) / maxParts;
    return std::max<qint64>(16 * mib, (needed + mib - 1) / mib * mib);
}

qint64 FileUpload::partLength(int number) const
{
    const qint64 offset = qint64(number - 1) * m_checkpoint.partSize;
    return std::min(m_checkpoint.partSize, m_fileSize - offset);
}

qint64 FileUpload::bytesDone() const
{
    qint64 done = 0;
    for (auto it = m_checkpoint.parts.begin(); it != m_checkpoint.parts.end(); ++it)
        done += partLength(it.key());
    for (qint64 sent : m_sentByPart)
        done += sent;
    return std::min(done, m_fileSize);
}

QString FileUpload::describe(const ObsError &error) const
{
    // Codes of the S3 error list that have a plain answer for this use.
    if (error.code() == QLatin1String("EntityTooSmall"))
        return tr("OBS refused the parts as too small: every part but the last must be at least 100 KB (the "
                  "server may ask "
                  "for more); choose a larger part size.");
    if (error.code() == QLatin1String("BadDigest") || error.code() == QLatin1String("InvalidDigest"))
        return tr("OBS received part bytes that differ from the file's (Content-MD5 mismatch); the file may "
                  "be changing "
                  "while it is read.");
    return error.userMessage();
}

void FileUpload::fail(const QString &message)
{
    m_error = message;
    stopParts();
    finish(State::Failed);
}

void FileUpload::failWith(const ObsError &error)
{
    // S3's and OBS's codes for a temporary key (security token) past its time.
    static const QStringList expiry{QStringLiteral("ExpiredToken"), QStringLiteral("TokenRefreshRequired"),
                                    QStringLiteral("InvalidToken")};
    m_credentialExpired = expiry.contains(error.code());
    fail(describe(error));
}

void FileUpload::finish(State state)
{
    if (m_state != State::Running)
        return;
    m_state = state;
    emit finished();
}

void FileUpload::stopParts()
{
    ++m_run; // parts still being hashed are dropped when their hash comes
    m_hashing = 0;
    m_hashed.clear(); // not sent: a later run sends them (ListParts does not have them)
    const auto calls = m_inFlight;
    m_inFlight.clear();
    m_sentByPart.clear();
    for (const auto &call : calls)
        if (call) {
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
    if (m_control) {
        m_control->disconnect(this);
        m_control->abort();
        m_control->deleteLater();
    }
}

void FileUpload::start()
{
    m_state = State::Running;
    m_error.clear();
    m_credentialExpired = false;
    m_partsSent = 0;
    const QFileInfo info(m_filePath);
    if (!info.isFile() || !info.isReadable()) {
        // Queued: the caller connects to finished() after start() returns.
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("The file %1 cannot be read.").arg(m_filePath)); }, Qt::QueuedConnection);
        return;
    }
    m_fileSize = info.size();
    m_fileMtimeMs = info.lastModified().toMSecsSinceEpoch();
    m_checkpointPath = UploadCheckpoint::pathFor(m_filePath, m_bucket, m_key);

    QString error;
    const qint64 partSize = choosePartSize(m_fileSize, m_requestedPartSize, &error);
    if (partSize == 0) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }

    if (auto saved = UploadCheckpoint::load(m_checkpointPath)) {
        if (saved->fileSize != m_fileSize || saved->fileMtimeMs != m_fileMtimeMs) {
            emit notice(tr("The file changed since the interrupted upload (size or modification time "
                           "differ); starting over."));
            // The old parts are of no use: delete them on the server (best effort; OBS also expires them).
            auto *old = new AbortMultipartCall(m_client, saved->bucket, saved->key, saved->uploadId);
            connect(old, &ObsCall::finished, old, &QObject::deleteLater);
            old->start();
            QFile::remove(m_checkpointPath);
        } else {
            m_checkpoint = *saved;
            m_partCount = int((m_fileSize + m_checkpoint.partSize - 1) / m_checkpoint.partSize);
            m_resumed = true;
            auto *list = new ListPartsCall(m_client, m_bucket, m_key, m_checkpoint.uploadId);
            m_control = list;
            connect(list, &ObsCall::finished, this, [this, list] { onListed(list); });
            list->start();
            return;
        }
    }
    m_checkpoint = {};
    m_checkpoint.partSize = partSize;
    beginFresh();
}

void FileUpload::beginFresh()
{
    m_checkpoint.bucket = m_bucket;
    m_checkpoint.key = m_key;
    m_checkpoint.filePath = m_filePath;
    m_checkpoint.fileSize = m_fileSize;
    m_checkpoint.fileMtimeMs = m_fileMtimeMs;
    m_checkpoint.parts.clear();
    m_checkpoint.uploadId.clear();
    m_partCount = std::max(1, int((m_fileSize + m_checkpoint.partSize - 1) / m_checkpoint.partSize));

    if (m_fileSize <= m_checkpoint.partSize) {
        // One part's worth: a single streamed PUT, nothing to resume.
        ++m_hashing;
        hashWindow(0, m_fileSize, [this](const QByteArray &md5) { putWhole(md5); });
        return;
    }
    auto *init = new InitiateMultipartCall(m_client, m_bucket, m_key);
    m_control = init;
    connect(init, &ObsCall::finished, this, [this, init] { onInitiated(init); });
    init->start();
}

void FileUpload::hashWindow(qint64 offset, qint64 length, std::function<void(const QByteArray &)> then)
{
    // Content-MD5 must be known before a body goes, and a part is up to gigabytes: it is read on a
    // worker thread, so that the caller's thread (the desktop program's GUI) never waits for the disk.
    struct Digest
    {
        QByteArray md5;
        bool ok = false;
    };
    runInBackground(
        this,
        [path = m_filePath, offset, length] {
            Digest d;
            d.md5 = FileWindow::md5(path, offset, length, &d.ok);
            return d;
        },
        [this, run = m_run, offset, then = std::move(then)](const Digest &digest) {
            if (run != m_run || m_state != State::Running)
                return; // paused, aborted or failed meanwhile: the part is sent in a later run, if any
            --m_hashing;
            if (!digest.ok)
                return fail(tr("The file %1 cannot be read (at byte %2).").arg(m_filePath).arg(offset));
            then(digest.md5);
        });
}

void FileUpload::putWhole(const QByteArray &md5)
{
    auto *put = new UploadPartCall(m_client, m_bucket, m_key, {}, 0, m_filePath, 0, m_fileSize, md5);
    m_control = put;
    connect(put, &ObsCall::bodyProgress, this, [this](qint64 sent) { emit progress(sent, m_fileSize); });
    connect(put, &ObsCall::finished, this, [this, put] {
        put->deleteLater();
        if (!put->succeeded())
            return failWith(*put->error());
        m_partsSent = 1;
        m_objectEtag = put->etag();
        emit progress(m_fileSize, m_fileSize);
        finish(State::Completed);
    });
    put->start();
}

void FileUpload::onInitiated(InitiateMultipartCall *call)
{
    call->deleteLater();
    if (!call->succeeded())
        return failWith(*call->error());
    m_checkpoint.uploadId = call->uploadId();
    QString error;
    if (!m_checkpoint.save(m_checkpointPath, &error))
        return fail(tr("The upload's checkpoint cannot be written to %1: %2").arg(m_checkpointPath, error));
    m_queue.clear();
    for (int n = 1; n <= m_partCount; ++n)
        m_queue << n;
    emit progress(0, m_fileSize);
    pump();
}

void FileUpload::onListed(ListPartsCall *call)
{
    call->deleteLater();
    if (!call->succeeded()) {
        const ObsError &e = *call->error();
        if (e.code() == QLatin1String("NoSuchUpload")) {
            emit notice(tr("OBS no longer knows the interrupted upload (it was completed, aborted or "
                           "expired); starting over."));
            QFile::remove(m_checkpointPath);
            m_resumed = false;
            return beginFresh();
        }
        return failWith(e);
    }
    // The server's word counts: a part is kept only when the server holds it whole with the ETag the
    // checkpoint has, or, when the checkpoint missed it (killed between the answer and the save), with
    // the MD5 of the file's bytes (OBS's ETag of an unencrypted part).
    QMap<int, QByteArray> kept;
    for (const UploadedPart &p : call->parts()) {
        if (p.number < 1 || p.number > m_partCount || p.size != partLength(p.number))
            continue;
        const QByteArray known = m_checkpoint.parts.value(p.number);
        if (!known.isEmpty()) {
            if (known == p.etag)
                kept.insert(p.number, p.etag);
            continue;
        }
        bool ok = false;
        const QByteArray md5 =
            FileWindow::md5(m_filePath, qint64(p.number - 1) * m_checkpoint.partSize, p.size, &ok);
        if (ok && p.etag == '"' + md5.toHex() + '"')
            kept.insert(p.number, p.etag);
    }
    m_checkpoint.parts = kept;
    m_queue.clear();
    for (int n = 1; n <= m_partCount; ++n)
        if (!kept.contains(n))
            m_queue << n;
    emit notice(tr("Resuming upload %1: %2 of %3 parts are on OBS, %4 to send.")
                    .arg(m_checkpoint.uploadId)
                    .arg(kept.size())
                    .arg(m_partCount)
                    .arg(m_queue.size()));
    emit progress(bytesDone(), m_fileSize);
    pump();
}

void FileUpload::pump()
{
    if (m_state != State::Running)
        return;
    while (m_inFlight.size() < m_parallel && !m_hashed.isEmpty()) {
        const auto [n, md5] = m_hashed.takeFirst();
        sendPart(n, md5);
    }
    // One part more than fit in flight is hashed ahead, so that a finished part's place is taken at once
    // rather than after the next part's MD5 has been read (a 16 MiB part: tens of ms on a busy machine,
    // in every part's time). A hashed part waiting holds only its MD5.
    while (m_inFlight.size() + m_hashed.size() + m_hashing < m_parallel + 1 && !m_queue.isEmpty()) {
        const int n = m_queue.takeFirst();
        ++m_hashing;
        hashWindow(qint64(n - 1) * m_checkpoint.partSize, partLength(n), [this, n](const QByteArray &md5) {
            m_hashed.append({n, md5});
            pump();
        });
    }
    if (m_inFlight.isEmpty() && m_hashed.isEmpty() && m_hashing == 0 && m_queue.isEmpty())
        complete();
}

void FileUpload::sendPart(int n, const QByteArray &md5)
{
    const qint64 offset = qint64(n - 1) * m_checkpoint.partSize;
    auto *call = new UploadPartCall(m_client, m_bucket, m_key, m_checkpoint.uploadId, n, m_filePath, offset, partLength(n), md5);
    m_inFlight << call;
    m_sentByPart.insert(n, 0);
    connect(call, &ObsCall::bodyProgress, this, [this, n](qint64 sent) {
        m_sentByPart[n] = sent;
        emit progress(bytesDone(), m_fileSize);
    });
    connect(call, &ObsCall::finished, this, [this, call] { onPartFinished(call); });
    call->start();
}

void FileUpload::onPartFinished(UploadPartCall *call)
{
    m_inFlight.removeAll(call);
    m_sentByPart.remove(call->partNumber());
    call->deleteLater();
    if (!call->succeeded())
        return failWith(*call->error());
    ++m_partsSent;
    m_checkpoint.parts.insert(call->partNumber(), call->etag());
    QString error;
    if (!m_checkpoint.save(m_checkpointPath, &error))
        return fail(tr("The upload's checkpoint cannot be written to %1: %2").arg(m_checkpointPath, error));
    emit progress(bytesDone(), m_fileSize);
    pump();
}

void FileUpload::complete()
{
    QList<UploadedPart> parts;
    for (auto it = m_checkpoint.parts.begin(); it != m_checkpoint.parts.end(); ++it)
        parts.append({it.key(), it.value(), partLength(it.key())});
    auto *call = new CompleteMultipartCall(m_client, m_bucket, m_key, m_checkpoint.uploadId, parts);
    m_control = call;
    connect(call, &ObsCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded())
            return failWith(*call->error());
        m_objectEtag = call->etag();
        QFile::remove(m_checkpointPath);
        finish(State::Completed);
    });
    call->start();
}

void FileUpload::pause()
{
    if (m_state != State::Running)
        return;
    stopParts();
    finish(State::Paused);
}

void FileUpload::abortFromCheckpoint()
{
    m_checkpointPath = UploadCheckpoint::pathFor(m_filePath, m_bucket, m_key);
    if (auto saved = UploadCheckpoint::load(m_checkpointPath))
        m_checkpoint = *saved;
    m_state = State::Running;
    // Queued, as start() reports: the caller connects to finished() after this returns.
    QMetaObject::invokeMethod(this, &FileUpload::abort, Qt::QueuedConnection);
}

void FileUpload::abort()
{
    // A paused upload may be aborted too (cancel → pause, then decide to drop it).
    if (m_state == State::Paused && !m_checkpoint.uploadId.isEmpty())
        m_state = State::Running;
    if (m_state != State::Running)
        return;
    stopParts();
    const QString uploadId = m_checkpoint.uploadId;
    QFile::remove(m_checkpointPath);
    if (uploadId.isEmpty())
        return finish(State::Aborted);
    auto *call = new AbortMultipartCall(m_client, m_bucket, m_key, uploadId);
    m_control = call;
    connect(call, &ObsCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded())
            m_error = describe(*call->error());
        finish(State::Aborted);
    });
    call->start();
}

} // namespace ims
