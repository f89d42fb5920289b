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
#include <QUrl>

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

    // Test hooks.
    int requestCount() const { return m_requestCount; }
    // ListBuckets without Location, as an S3 peer answers (clients then ask GET /BUCKET?location).
    void setListsLocation(bool on) { m_listsLocation = on; }
    // Answers a ranged GET with 200 and the whole object, as a server without Range support does.
    void setIgnoresRange(bool on) { m_ignoresRange = on; }
    // The next `count` requests get 503 SlowDown (a passing fault a GET may retry).
    void throttleNext(int count) { m_throttleNext = count; }

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

    Reply route(const QHttpServerRequest &request);
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
    bool m_listsLocation = true;
    bool m_ignoresRange = false;
    quint16 m_port = 0;
};

} // namespace ims
