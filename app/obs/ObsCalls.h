// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ObsCall.h"
#include "ObsEntries.h"

#include <QList>
#include <QStringList>

namespace ims {

// GET / (ListBuckets) with "x-amz-location: true", which makes OBS name each bucket's region (what
// the OBS SDKs send for listBuckets(queryLocation)); a peer that leaves Location out is asked per
// bucket with GET /BUCKET?location (GetBucketLocation), and a bucket whose location may not be read
// keeps an empty one.
class ListBucketsCall : public ObsCall
{
    Q_OBJECT
public:
    explicit ListBucketsCall(ObsClient *client);
    const QList<ObsBucket> &buckets() const { return m_buckets; }

protected:
    void parseAnswer() override;
    bool followUp(ObsRequest &next) override;
    Recovery recover(const ObsError &error, ObsRequest &next) override;

private:
    bool nextLocation(ObsRequest &next);

    QList<ObsBucket> m_buckets;
    int m_locating = -1; // the bucket whose location is being asked, -1 while listing
};

// GET /BUCKET?prefix=&delimiter=&marker=&max-keys= (ListObjects), following IsTruncated and
// NextMarker (or the last key, where S3 gives no NextMarker without a delimiter) to the end.
class ListObjectsCall : public ObsCall
{
    Q_OBJECT
public:
    ListObjectsCall(ObsClient *client, const QString &bucket, const QString &prefix = {}, const QString &delimiter = {},
                    int pageSize = 1000);
    const QList<ObsObject> &objects() const { return m_objects; }
    const QStringList &commonPrefixes() const { return m_prefixes; } // the "folders" under a delimiter
    int pages() const { return m_pages; }

signals:
    // Each page as it arrives, so that a picker shows rows before the last page.
    void pageLoaded(int objectsSoFar, int prefixesSoFar);

protected:
    void parseAnswer() override;
    bool followUp(ObsRequest &next) override;

private:
    QString m_prefix;
    QString m_delimiter;
    int m_pageSize;
    QList<ObsObject> m_objects;
    QStringList m_prefixes;
    int m_pages = 0;
    bool m_truncated = false;
    QString m_nextMarker;
};

// HEAD /BUCKET/KEY: size, storage class, last modified, ETag, content type.
class HeadObjectCall : public ObsCall
{
    Q_OBJECT
public:
    HeadObjectCall(ObsClient *client, const QString &bucket, const QString &key);
    const ObsObject &object() const { return m_object; }

protected:
    void parseAnswer() override;

private:
    ObsObject m_object;
};

// A ranged GET: "bytes=FIRST-LAST" or the last N bytes ("bytes=-N"), e.g. an image file's header or a
// VHD's footer. A server that ignores Range (200 with the whole object) is cut to the bytes asked.
class GetObjectRangeCall : public ObsCall
{
    Q_OBJECT
public:
    GetObjectRangeCall(ObsClient *client, const QString &bucket, const QString &key, qint64 first, qint64 last);
    static GetObjectRangeCall *tail(ObsClient *client, const QString &bucket, const QString &key, qint64 bytes);
    QByteArray data() const { return m_data; }
    qint64 objectSize() const { return m_objectSize; } // from Content-Range, -1 when not said
    qint64 firstByte() const { return m_firstByte; }

protected:
    void parseAnswer() override;

private:
    GetObjectRangeCall(ObsClient *client, const ObsRequest &request, qint64 first, qint64 length);

    qint64 m_wantFirst;
    qint64 m_wantLength;
    QByteArray m_data;
    qint64 m_objectSize = -1;
    qint64 m_firstByte = -1;
};

// PUT /BUCKET/KEY of a small body held in memory (signed payload). Sent once: never retried by itself.
class PutObjectCall : public ObsCall
{
    Q_OBJECT
public:
    PutObjectCall(ObsClient *client, const QString &bucket, const QString &key, const QByteArray &data,
                  const QByteArray &contentType = "application/octet-stream");
    QString etag() const { return QString::fromLatin1(responseHeader("ETag")); }
};

// PUT /BUCKET with the region as LocationConstraint. Sent once: never retried by itself.
class CreateBucketCall : public ObsCall
{
    Q_OBJECT
public:
    CreateBucketCall(ObsClient *client, const QString &bucket, const QString &region);
};

} // namespace ims
