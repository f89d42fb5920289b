// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ObsCall.h"

#include <QList>

namespace ims {

// The multipart upload calls of OBS's S3-compatible API (the same on every S3 peer), and the single
// streamed PUT for small files. Bodies are streamed from the file (FileWindow) with UNSIGNED-PAYLOAD.

struct UploadedPart
{
    int number = 0;
    QByteArray etag; // as the server gives it, quotes included
    qint64 size = 0;
};

// POST /BUCKET/KEY?uploads → UploadId.
class InitiateMultipartCall : public ObsCall
{
    Q_OBJECT
public:
    InitiateMultipartCall(ObsClient *client, const QString &bucket, const QString &key);
    QString uploadId() const { return m_uploadId; }

protected:
    void parseAnswer() override;

private:
    QString m_uploadId;
};

// PUT /BUCKET/KEY?partNumber=N&uploadId=ID of [offset, offset + length) of a file, with Content-MD5.
// The same bytes under the same number replace a part: safe to send again after a passing fault. Also
// the single PUT of a small file (partNumber 0 = no multipart: PUT /BUCKET/KEY).
class UploadPartCall : public ObsCall
{
    Q_OBJECT
public:
    UploadPartCall(ObsClient *client, const QString &bucket, const QString &key, const QString &uploadId,
                   int partNumber, const QString &path, qint64 offset, qint64 length, const QByteArray &md5);
    int partNumber() const { return m_partNumber; }
    qint64 length() const { return m_length; }
    QByteArray etag() const { return responseHeader("ETag"); }

protected:
    void parseAnswer() override;

private:
    int m_partNumber;
    qint64 m_length;
};

// POST /BUCKET/KEY?uploadId=ID with the part list; the answer's ETag is the object's.
class CompleteMultipartCall : public ObsCall
{
    Q_OBJECT
public:
    CompleteMultipartCall(ObsClient *client, const QString &bucket, const QString &key,
                          const QString &uploadId, const QList<UploadedPart> &parts);
    QByteArray etag() const { return m_etag; }

protected:
    void parseAnswer() override;

private:
    QByteArray m_etag;
};

// DELETE /BUCKET/KEY?uploadId=ID: the parts are deleted on the server.
class AbortMultipartCall : public ObsCall
{
    Q_OBJECT
public:
    AbortMultipartCall(ObsClient *client, const QString &bucket, const QString &key, const QString &uploadId);
};

// GET /BUCKET/KEY?uploadId=ID&max-parts=&part-number-marker=, every page: the parts the server holds.
class ListPartsCall : public ObsCall
{
    Q_OBJECT
public:
    ListPartsCall(ObsClient *client, const QString &bucket, const QString &key, const QString &uploadId,
                  int pageSize = 1000);
    const QList<UploadedPart> &parts() const { return m_parts; }
    int pages() const { return m_pages; }

protected:
    void parseAnswer() override;
    bool followUp(ObsRequest &next) override;

private:
    int m_pageSize;
    QList<UploadedPart> m_parts;
    int m_pages = 0;
    bool m_truncated = false;
    QString m_nextMarker;
};

} // namespace ims
