// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QTcpSocket;
class QUrlQuery;

namespace ims {

// A local look-alike of OBS on 127.0.0.1 (path-style addressing, like an S3 peer on an IP address):
// ListBuckets (with each bucket's Location, as OBS answers "x-amz-location: true"), GetBucketLocation,
// ListObjects with prefix, delimiter, marker and max-keys, HEAD and ranged GET of objects, and PUT of
// buckets and small objects; every request checked for an AWS Signature V4 of the demo key, errors as
// OBS's S3-mode error documents. Objects are kept in memory as their first and last bytes around a
// stretch of zeros, so that a "40 GB" image costs a few kilobytes and still answers HEAD and Range
// like the real file would.
class SandboxObsServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Object
    {
        QByteArray head;      // the object's first bytes
        QByteArray tail;      // its last bytes (after the zeros)
        qint64 size = 0;      // >= head + tail
        QString storageClass = QStringLiteral("STANDARD");
        QByteArray contentType = "application/octet-stream";
        QDateTime lastModified;
        QByteArray etag;      // with quotes
        QString file;         // a completed multipart upload: the bytes are this file's, not head/tail
        QByteArray read(qint64 first, qint64 length) const;
    };

    SandboxObsServer(const QString &accessKey, const QString &secretKey, const QString &region, QObject *parent = nullptr);

    // Listens on 127.0.0.1 (0 = any free port); false when the port is taken.
    bool start(quint16 port = 0);
    QUrl url() const;
    QString region() const { return m_region; }

    void addBucket(const QString &name, const QString &location = {});
    void putObject(const QString &bucket, const QString &key, const Object &object);
    void putObject(const QString &bucket, const QString &key, const QByteArray &data, const QString &storageClass = QStringLiteral("STANDARD"));
    // Requests for this bucket are refused with AccessDenied (a bucket of another account).
    void denyBucket(const QString &name) { m_denied.append(name); }
    // A believable account: "sandbox-images" (image files of several formats whose first bytes are real
    // headers, storage classes mixed), "sandbox-backups" (1,500 objects under prefixes), "sandbox-empty".
    void seedDemo();
    // The buckets and files the example request files name (ims-image, image-test), so that the
    // examples pass the pre-submit checks as they pass validation.
    void seedExamples();

    // Test hooks.
    int requestCount() const { return m_requestCount; }
    // ListBuckets without Location, as an S3 peer answers (clients then ask GET /BUCKET?location).
    void setListsLocation(bool on) { m_listsLocation = on; }
    // Answers a ranged GET with 200 and the whole object, as a server without Range support does.
    void setIgnoresRange(bool on) { m_ignoresRange = on; }
    // The next `count` requests get 503 SlowDown (a passing fault a GET may retry).
    void throttleNext(int count) { m_throttleNext = count; }
    // The next `count` requests get 400 ExpiredToken, as a temporary key past its time does.
    void expireKeyNext(int count) { m_expireNext = count; }
    // Multipart uploads: part PUTs stored, uploads started, parts held by an open upload (-1: no such
    // upload), the MD5 (hex) of an object's bytes, and the smallest part but the last it accepts
    // (OBS: 100 KB; S3 and Swift: 5 MB).
    int partPutCount() const { return m_partPuts; }
    int initiateCount() const { return m_initiations; }
    int uploadPartCount(const QString &uploadId) const;
    int openUploadCount() const { return int(m_uploads.size()); }
    QByteArray objectMd5(const QString &bucket, const QString &key) const;
    void setMinPartSize(qint64 bytes) { m_minPartSize = bytes; }

signals:
    // A part was stored; `count` is partPutCount().
    void partStored(int count);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 contentLength = -1; // HEAD: the object's length, with no body
    };
    struct Bucket
    {
        QDateTime created;
        QString location;
        QMap<QString, Object> objects; // sorted by key, as listings are
    };

    struct Part
    {
        QByteArray etag;
        qint64 size = 0;
    };
    struct Upload
    {
        QString bucket;
        QString key;
        QMap<int, Part> parts;
    };

    Reply route(const QHttpServerRequest &request);
    Reply multipart(const QHttpServerRequest &request, const QString &bucket, const QString &key, const QUrlQuery &query);
    QString storeDir();
    Reply listBuckets() const;
    Reply listObjects(const QString &bucket, const QUrlQuery &query) const;
    Reply objectReply(const QHttpServerRequest &request, const QString &bucket, const QString &key) const;
    Reply error(int status, const QByteArray &code, const QString &message, const QString &resource) const;

    QString m_accessKey;
    QString m_secretKey;
    QString m_region;
    QMap<QString, Bucket> m_buckets;
    QStringList m_denied;
    QString m_requestAccessKey; // the AK the request being answered was signed with
    int m_requestCount = 0;
    int m_throttleNext = 0;
    int m_expireNext = 0;
    bool m_listsLocation = true;
    bool m_ignoresRange = false;
    quint16 m_port = 0;
    QMap<QString, Upload> m_uploads; // by upload id
    std::unique_ptr<QTemporaryDir> m_store; // parts and completed objects, on disk
    qint64 m_minPartSize = 100 * 1024;
    int m_partPuts = 0;
    int m_initiations = 0;
};

} // namespace ims
