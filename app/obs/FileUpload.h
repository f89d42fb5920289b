// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "MultipartCalls.h"
#include "UploadCheckpoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ims {

class ObsClient;

// One file to one OBS object: a single streamed PUT when it fits in one part, else a multipart upload
// with several parts in flight, each read from the file as it is sent, resumable from its checkpoint.
// On start it finds an earlier checkpoint of the same file, bucket and key; when the file is unchanged
// it asks the server which parts it really holds (ListParts) and sends only the missing or differing
// ones, else it starts over and says why.
class FileUpload : public QObject
{
    Q_OBJECT
public:
    // OBS's limits ("Uploading a Part", OBS API reference): parts of 100 KB to 5 GB, at most 10,000.
    static constexpr qint64 minPartSize = 100 * 1024;
    static constexpr qint64 maxPartSize = 5LL * 1024 * 1024 * 1024;
    static constexpr int maxParts = 10000;
    static constexpr int maxParallel = 16;

    enum class State
    {
        Idle,
        Running,
        Completed,
        Paused,
        Aborted,
        Failed
    };

    FileUpload(ObsClient *client, const QString &filePath, const QString &bucket, const QString &key,
               QObject *parent = nullptr);

    void setParallel(int parts) { m_parallel = std::clamp(parts, 1, maxParallel); }
    // 0: chosen from the file size. Checked against OBS's limits when the upload starts.
    void setPartSize(qint64 bytes) { m_requestedPartSize = bytes; }

    // The part size for a file: the requested one when valid (else 0 and a sentence in `error`), or
    // at least 16 MiB and large enough for 10,000 parts, in whole MiB.
    static qint64 choosePartSize(qint64 fileSize, qint64 requested, QString *error);

    void start();
    // Stops sending; the checkpoint stays, so that start() later continues.
    void pause();
    // Stops (or, once paused, takes up again) and deletes the parts on OBS (AbortMultipartUpload) and
    // the checkpoint.
    void abort();
    // Aborts an upload paused in an earlier run (or by another FileUpload): the upload id comes from
    // its checkpoint; without one there is nothing on OBS to delete and it ends Aborted at once.
    void abortFromCheckpoint();

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    QString uploadId() const { return m_checkpoint.uploadId; }
    QString checkpointPath() const { return m_checkpointPath; }
    qint64 totalBytes() const { return m_fileSize; }
    qint64 partSize() const { return m_checkpoint.partSize; }
    int partCount() const { return m_partCount; }
    bool resumed() const { return m_resumed; }
    int partsSent() const { return m_partsSent; } // part PUTs that succeeded in this run
    qint64 bytesDone() const;
    QByteArray objectEtag() const { return m_objectEtag; }
    // Failed because OBS said the temporary credential expired: renew the key and start() again,
    // which continues from the checkpoint.
    bool credentialExpired() const { return m_credentialExpired; }

signals:
    // A sentence worth telling the user on the way (resumed, started over and why).
    void notice(const QString &text);
    void progress(qint64 bytesDone, qint64 totalBytes);
    void finished(); // state() says how

private:
    void fail(const QString &message);
    void failWith(const ObsError &error);
    void finish(State state);
    void beginFresh();
    void onInitiated(InitiateMultipartCall *call);
    void onListed(ListPartsCall *call);
    void pump();
    // The MD5 of [offset, offset + length) of the file, read on a worker thread; `then` runs here
    // unless the upload stopped meanwhile.
    void hashWindow(qint64 offset, qint64 length, std::function<void(const QByteArray &)> then);
    void putWhole(const QByteArray &md5);
    void sendPart(int number, const QByteArray &md5);
    void onPartFinished(UploadPartCall *call);
    void complete();
    void stopParts();
    qint64 partLength(int number) const;
    QString describe(const ObsError &error) const;

    ObsClient *m_client;
    QString m_filePath;
    QString m_bucket;
    QString m_key;
    int m_parallel = 3;
    qint64 m_requestedPartSize = 0;
    qint64 m_fileSize = 0;
    qint64 m_fileMtimeMs = 0;
    int m_partCount = 0;
    UploadCheckpoint m_checkpoint;
    QString m_checkpointPath;
    QList<int> m_queue; // part numbers still to send
    QList<QPointer<UploadPartCall>> m_inFlight;
    QPointer<ObsCall> m_control; // the initiate/list/complete/single PUT call under way
    State m_state = State::Idle;
    QString m_error;
    bool m_resumed = false;
    int m_partsSent = 0;
    QHash<int, qint64> m_sentByPart; // bytes of the parts in flight sent so far
    QByteArray m_objectEtag;
    bool m_credentialExpired = false;
    QList<QPair<int, QByteArray>> m_hashed; // parts (number, MD5) hashed ahead, waiting for a place in flight
    int m_hashing = 0; // parts whose MD5 is being read
    int m_run = 0;     // bumped when sending stops: a hash of an earlier run is dropped
};

} // namespace ims
