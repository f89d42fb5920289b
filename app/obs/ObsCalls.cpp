// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsCalls.h"

#include "ObsClient.h"

#include <QXmlStreamReader>

namespace ims {

namespace {

ObsRequest getRequest(const QString &bucket, const QString &key, const QString &what, const QString &permission)
{
    ObsRequest r;
    r.verb = "GET";
    r.bucket = bucket;
    r.key = key;
    r.what = what;
    r.permission = permission;
    return r;
}

ObsRequest locationRequest(const QString &bucket)
{
    // "Obtaining Bucket Location" (GET /?location): a sub-resource with no value.
    ObsRequest r = getRequest(bucket, {}, QStringLiteral("get bucket location"), QStringLiteral("obs:bucket:GetBucketLocation"));
    r.query = {{QStringLiteral("location"), QString()}};
    return r;
}

QString malformedText(const QString &what, const QXmlStreamReader &xml)
{
    return ObsCall::tr("The answer to %1 is not the XML OBS sends (%2 at line %3).")
        .arg(what, xml.errorString())
        .arg(xml.lineNumber());
}

} // namespace

// --- ListBucketsCall -------------------------------------------------------------------------------

ListBucketsCall::ListBucketsCall(ObsClient *client)
    : ObsCall(client, [] {
        ObsRequest r = getRequest({}, {}, QStringLiteral("list buckets"), QStringLiteral("obs:bucket:ListAllMyBuckets"));
        r.headers = {{"x-amz-location", "true"}};
        return r;
    }())
{
}

void ListBucketsCall::parseAnswer()
{
    QXmlStreamReader xml(answer());
    if (m_locating >= 0) {
        // <LocationConstraint>region</LocationConstraint> (S3) or <Location>region</Location> (OBS).
        // One root element: reading past it is "premature end of document".
        if (xml.readNextStartElement() &&
            (xml.name() == QLatin1String("LocationConstraint") || xml.name() == QLatin1String("Location")))
            m_buckets[m_locating].location = xml.readElementText().trimmed();
        return;
    }
    ObsBucket *current = nullptr;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("ListAllMyBucketsResult"))
                sawRoot = true;
            else if (name == QLatin1String("Bucket")) {
                m_buckets.append(ObsBucket());
                current = &m_buckets.last();
            } else if (current && name == QLatin1String("Name"))
                current->name = xml.readElementText();
            else if (current && name == QLatin1String("CreationDate"))
                current->creationDate = xml.readElementText();
            else if (current && name == QLatin1String("Location"))
                current->location = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Bucket")) {
            current = nullptr;
        }
    }
    if (xml.hasError() || !sawRoot)
        fail(ObsError::malformed(malformedText(request().what, xml)));
}

bool ListBucketsCall::nextLocation(ObsRequest &next)
{
    while (++m_locating < m_buckets.size())
        if (m_buckets[m_locating].location.isEmpty()) {
            next = locationRequest(m_buckets[m_locating].name);
            return true;
        }
    return false;
}

bool ListBucketsCall::followUp(ObsRequest &next)
{
    return nextLocation(next);
}

ObsCall::Recovery ListBucketsCall::recover(const ObsError &error, ObsRequest &next)
{
    // The list itself failed: nothing to go on with. A location that may not be read stays empty.
    if (m_locating < 0 || error.kind() == ObsError::Kind::Cancelled)
        return Recovery::Fail;
    return nextLocation(next) ? Recovery::Continue : Recovery::Finish;
}

// --- ListObjectsCall -------------------------------------------------------------------------------

ListObjectsCall::ListObjectsCall(ObsClient *client, const QString &bucket, const QString &prefix, const QString &delimiter,
                                 int pageSize)
    : ObsCall(client, [&] {
        ObsRequest r = getRequest(bucket, {}, QStringLiteral("list objects"), QStringLiteral("obs:bucket:ListBucket"));
        r.query = {{QStringLiteral("max-keys"), QString::number(pageSize)}};
        if (!prefix.isEmpty())
            r.query.append({QStringLiteral("prefix"), prefix});
        if (!delimiter.isEmpty())
            r.query.append({QStringLiteral("delimiter"), delimiter});
        return r;
    }())
    , m_prefix(prefix)
    , m_delimiter(delimiter)
    , m_pageSize(pageSize)
{
}

void ListObjectsCall::parseAnswer()
{
    QXmlStreamReader xml(answer());
    m_truncated = false;
    m_nextMarker.clear();
    QString lastSeen;
    bool sawRoot = false;
    if (xml.readNextStartElement() && xml.name() == QLatin1String("ListBucketResult")) {
        sawRoot = true;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("IsTruncated")) {
                m_truncated = xml.readElementText().trimmed() == QLatin1String("true");
            } else if (name == QLatin1String("NextMarker")) {
                m_nextMarker = xml.readElementText();
            } else if (name == QLatin1String("Contents")) {
                ObsObject o;
                while (xml.readNextStartElement()) {
                    const auto field = xml.name();
                    if (field == QLatin1String("Key"))
                        o.key = xml.readElementText();
                    else if (field == QLatin1String("Size"))
                        o.size = xml.readElementText().trimmed().toLongLong();
                    else if (field == QLatin1String("LastModified"))
                        o.lastModified = xml.readElementText().trimmed();
                    else if (field == QLatin1String("ETag"))
                        o.etag = xml.readElementText().trimmed();
                    else if (field == QLatin1String("StorageClass"))
                        o.storageClass = xml.readElementText().trimmed();
                    else
                        xml.skipCurrentElement();
                }
                lastSeen = std::max(lastSeen, o.key);
                m_objects.append(o);
            } else if (name == QLatin1String("CommonPrefixes")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("Prefix")) {
                        const QString p = xml.readElementText();
                        lastSeen = std::max(lastSeen, p);
                        m_prefixes.append(p);
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError() || !sawRoot)
        return fail(ObsError::malformed(malformedText(request().what, xml)));
    ++m_pages;
    // S3 "ListObjects": NextMarker is returned only with a delimiter; otherwise the last key is the marker.
    if (m_truncated && m_nextMarker.isEmpty())
        m_nextMarker = lastSeen;
    if (m_truncated && m_nextMarker.isEmpty())
        return fail(ObsError::malformed(tr("OBS said the listing of %1 goes on but named no marker to go on from.")
                                            .arg(request().bucket)));
    emit pageLoaded(int(m_objects.size()), int(m_prefixes.size()));
}

bool ListObjectsCall::followUp(ObsRequest &next)
{
    if (!m_truncated)
        return false;
    next = request();
    for (auto it = next.query.begin(); it != next.query.end();)
        it = it->first == QLatin1String("marker") ? next.query.erase(it) : it + 1;
    next.query.append({QStringLiteral("marker"), m_nextMarker});
    return true;
}

// --- HeadObjectCall --------------------------------------------------------------------------------

HeadObjectCall::HeadObjectCall(ObsClient *client, const QString &bucket, const QString &key)
    : ObsCall(client, [&] {
        ObsRequest r = getRequest(bucket, key, QStringLiteral("read object metadata"), QStringLiteral("obs:object:GetObject"));
        r.verb = "HEAD";
        return r;
    }())
{
}

void HeadObjectCall::parseAnswer()
{
    m_object.key = request().key;
    bool ok = false;
    m_object.size = responseHeader("Content-Length").toLongLong(&ok);
    if (!ok)
        m_object.size = -1;
    m_object.lastModified = QString::fromLatin1(responseHeader("Last-Modified"));
    m_object.etag = QString::fromLatin1(responseHeader("ETag"));
    m_object.contentType = QString::fromLatin1(responseHeader("Content-Type"));
    // S3 sends x-amz-storage-class only for classes other than STANDARD; OBS sends x-obs-storage-class.
    QByteArray storage = responseHeader("x-obs-storage-class");
    if (storage.isEmpty())
        storage = responseHeader("x-amz-storage-class");
    m_object.storageClass = storage.isEmpty() ? QStringLiteral("STANDARD") : QString::fromLatin1(storage);
}

// --- GetObjectRangeCall ----------------------------------------------------------------------------

GetObjectRangeCall::GetObjectRangeCall(ObsClient *client, const ObsRequest &request, qint64 first, qint64 length)
    : ObsCall(client, request)
    , m_wantFirst(first)
    , m_wantLength(length)
{
}

GetObjectRangeCall::GetObjectRangeCall(ObsClient *client, const QString &bucket, const QString &key, qint64 first,
                                       qint64 last)
    : GetObjectRangeCall(client, [&] {
        ObsRequest r = getRequest(bucket, key, QStringLiteral("read object"), QStringLiteral("obs:object:GetObject"));
        r.headers = {{"Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last)}};
        r.maxAnswerBytes = std::max<qint64>(last - first + 1, 1024 * 1024);
        return r;
    }(), first, last - first + 1)
{
}

GetObjectRangeCall *GetObjectRangeCall::tail(ObsClient *client, const QString &bucket, const QString &key, qint64 bytes)
{
    ObsRequest r = getRequest(bucket, key, QStringLiteral("read object"), QStringLiteral("obs:object:GetObject"));
    r.headers = {{"Range", "bytes=-" + QByteArray::number(bytes)}};
    r.maxAnswerBytes = std::max<qint64>(bytes, 1024 * 1024);
    return new GetObjectRangeCall(client, r, -1, bytes);
}

void GetObjectRangeCall::parseAnswer()
{
    const QByteArray body = answer();
    if (httpStatus() == 206) {
        // Content-Range: bytes 0-511/1234567 ("*" when the size is unknown).
        const QByteArray range = responseHeader("Content-Range");
        const qsizetype space = range.indexOf(' '), dash = range.indexOf('-'), slash = range.indexOf('/');
        if (space > 0 && dash > space && slash > dash) {
            m_firstByte = range.mid(space + 1, dash - space - 1).toLongLong();
            bool ok = false;
            m_objectSize = range.mid(slash + 1).toLongLong(&ok);
            if (!ok)
                m_objectSize = -1;
        }
        m_data = body.left(m_wantLength);
        return;
    }
    // 200: the whole object (the server ignored Range): keep what was asked.
    m_objectSize = body.size();
    if (m_wantFirst < 0) {
        m_data = body.right(m_wantLength);
        m_firstByte = body.size() - m_data.size();
    } else {
        m_data = body.mid(m_wantFirst, m_wantLength);
        m_firstByte = m_wantFirst;
    }
}

// --- PutObjectCall, CreateBucketCall ---------------------------------------------------------------

PutObjectCall::PutObjectCall(ObsClient *client, const QString &bucket, const QString &key, const QByteArray &data,
                             const QByteArray &contentType)
    : ObsCall(client, [&] {
        ObsRequest r = getRequest(bucket, key, QStringLiteral("upload object"), QStringLiteral("obs:object:PutObject"));
        r.verb = "PUT";
        r.operation = QStringLiteral("PutObject");
        r.body = data;
        r.contentType = contentType;
        r.signPayload = true;
        return r;
    }())
{
}

CreateBucketCall::CreateBucketCall(ObsClient *client, const QString &bucket, const QString &region)
    : ObsCall(client, [&] {
        ObsRequest r = getRequest(bucket, {}, QStringLiteral("create bucket"), QStringLiteral("obs:bucket:CreateBucket"));
        r.verb = "PUT";
        r.operation = QStringLiteral("CreateBucket");
        // S3 "CreateBucket": <CreateBucketConfiguration><LocationConstraint>; OBS takes it in S3 mode too.
        r.body = "<CreateBucketConfiguration><LocationConstraint>" + region.toHtmlEscaped().toUtf8() +
                 "</LocationConstraint></CreateBucketConfiguration>";
        r.contentType = "application/xml";
        r.signPayload = true;
        return r;
    }())
{
}

} // namespace ims
