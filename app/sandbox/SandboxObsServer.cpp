// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SandboxObsServer.h"

#include "obs/AwsSigV4Signer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <QXmlStreamReader>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcSandboxObs, "ims.sandbox.obs", QtInfoMsg)

namespace ims {

namespace {

const QByteArray xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const QByteArray xmlns = "http://s3.amazonaws.com/doc/2006-03-01/";

QByteArray esc(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray isoTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1();
}

QByteArray httpTime(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QByteArray verbOf(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    switch (request.method()) {
    case Method::Get:
        return "GET";
    case Method::Head:
        return "HEAD";
    case Method::Put:
        return "PUT";
    case Method::Post:
        return "POST";
    case Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

// Image files as their first (and for VHD last) bytes: real headers of each format.
QByteArray qcow2Header(quint64 virtualSize)
{
    QByteArray h(104, '\0'); // qcow2 spec: version 3 header, 104 bytes
    h.replace(0, 4, "QFI\xfb");
    qToBigEndian<quint32>(3, h.data() + 4);
    qToBigEndian<quint32>(16, h.data() + 20); // cluster_bits: 64 KiB clusters
    qToBigEndian<quint64>(virtualSize, h.data() + 24);
    qToBigEndian<quint32>(104, h.data() + 100); // header_length
    return h;
}

QByteArray vhdFooter(quint64 size)
{
    // Virtual Hard Disk Image Format Specification: the 512-byte footer of a fixed disk.
    QByteArray f(512, '\0');
    f.replace(0, 8, "conectix");
    qToBigEndian<quint32>(2, f.data() + 8);           // features
    qToBigEndian<quint32>(0x00010000, f.data() + 12); // version
    qToBigEndian<quint64>(~quint64(0), f.data() + 16); // data offset: none for a fixed disk
    f.replace(28, 4, "win ");
    qToBigEndian<quint64>(size, f.data() + 40); // original size
    qToBigEndian<quint64>(size, f.data() + 48); // current size
    qToBigEndian<quint32>(2, f.data() + 60);    // disk type: fixed
    quint32 sum = 0;
    for (const char c : f)
        sum += quint8(c);
    qToBigEndian<quint32>(~sum, f.data() + 64);
    return f;
}

QByteArray vmdkHeader(quint64 size)
{
    QByteArray h(512, '\0'); // VMDK sparse extent header, little-endian
    h.replace(0, 4, "KDMV");
    qToLittleEndian<quint32>(1, h.data() + 4);
    qToLittleEndian<quint32>(3, h.data() + 8);
    qToLittleEndian<quint64>(size / 512, h.data() + 12); // capacity in sectors
    qToLittleEndian<quint64>(128, h.data() + 20);        // grain size
    return h;
}

QByteArray isoHead()
{
    QByteArray h(0x8800, '\0');
    h[0x8000] = 1; // primary volume descriptor
    h.replace(0x8001, 5, "CD001");
    h[0x8006] = 1;
    return h;
}

QByteArray vdiHeader()
{
    QByteArray h(512, '\0');
    const QByteArray text = "<<< Oracle VM VirtualBox Disk Image >>>\n";
    h.replace(0, text.size(), text);
    qToLittleEndian<quint32>(0xbeda107f, h.data() + 0x40);
    return h;
}

} // namespace

QByteArray SandboxObsServer::Object::read(qint64 first, qint64 length) const
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(first))
            return {};
        return f.read(std::min<qint64>(length, 64 * 1024 * 1024));
    }
    QByteArray out;
    out.reserve(int(std::min<qint64>(length, 64 * 1024 * 1024)));
    const qint64 tailStart = size - tail.size();
    for (qint64 at = first; at < first + length && at < size;) {
        if (at < head.size()) {
            const qint64 n = std::min<qint64>(head.size() - at, first + length - at);
            out += head.mid(at, n);
            at += n;
        } else if (at >= tailStart) {
            const qint64 n = std::min<qint64>(size - at, first + length - at);
            out += tail.mid(at - tailStart, n);
            at += n;
        } else {
            const qint64 n = std::min<qint64>(tailStart - at, first + length - at);
            out += QByteArray(n, '\0');
            at += n;
        }
    }
    return out;
}

SandboxObsServer::SandboxObsServer(const QString &accessKey, const QString &secretKey, const QString &region, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_accessKey(accessKey)
    , m_secretKey(secretKey)
    , m_region(region)
{
}

bool SandboxObsServer::start(quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    bind(tcp);
    return true;
}

QUrl SandboxObsServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SandboxObsServer::addBucket(const QString &name, const QString &location)
{
    Bucket &b = m_buckets[name];
    b.created = QDateTime::currentDateTimeUtc();
    b.location = location.isEmpty() ? m_region : location;
}

void SandboxObsServer::putObject(const QString &bucket, const QString &key, const Object &object)
{
    Object o = object;
    if (!o.lastModified.isValid())
        o.lastModified = QDateTime::currentDateTimeUtc();
    if (o.etag.isEmpty())
        o.etag = '"' + QCryptographicHash::hash(o.head + o.tail + QByteArray::number(o.size), QCryptographicHash::Md5).toHex() + '"';
    m_buckets[bucket].objects.insert(key, o);
}

void SandboxObsServer::putObject(const QString &bucket, const QString &key, const QByteArray &data, const QString &storageClass)
{
    Object o;
    o.head = data;
    o.size = data.size();
    o.storageClass = storageClass;
    o.etag = '"' + QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex() + '"';
    putObject(bucket, key, o);
}

void SandboxObsServer::seedDemo()
{
    const qint64 GiB = qint64(1) << 30;
    addBucket(QStringLiteral("sandbox-images"));
    auto image = [this](const QString &key, const QByteArray &head, const QByteArray &tail, qint64 size, const QString &storage) {
        Object o;
        o.head = head;
        o.tail = tail;
        o.size = size;
        o.storageClass = storage;
        putObject(QStringLiteral("sandbox-images"), key, o);
    };
    image(QStringLiteral("linux/centos-7.9.qcow2"), qcow2Header(40 * GiB), {}, 1288490188, QStringLiteral("STANDARD"));
    image(QStringLiteral("linux/ubuntu-22.04.vmdk"), vmdkHeader(20 * GiB), {}, 2147483648, QStringLiteral("STANDARD"));
    image(QStringLiteral("linux/debian-12.raw"), {}, {}, 8 * GiB, QStringLiteral("STANDARD"));
    image(QStringLiteral("windows/win2019.vhd"), {}, vhdFooter(40 * GiB), 40 * GiB + 512, QStringLiteral("STANDARD"));
    image(QStringLiteral("windows/win2016.vhdx"), QByteArray("vhdxfile").leftJustified(512, '\0'), {}, 9 * GiB, QStringLiteral("WARM"));
    image(QStringLiteral("isos/tools.iso"), isoHead(), {}, 734003200, QStringLiteral("STANDARD"));
    image(QStringLiteral("archive/old-centos-6.vdi"), vdiHeader(), {}, 3 * GiB, QStringLiteral("COLD"));
    image(QStringLiteral("archive/big-data-disk.raw"), {}, {}, 200 * GiB, QStringLiteral("STANDARD"));

    addBucket(QStringLiteral("sandbox-backups"));
    for (int i = 0; i < 1500; ++i) {
        const QString key = i < 700    ? QStringLiteral("2025/%1/backup-%2.tar").arg(i % 12 + 1, 2, 10, QLatin1Char('0')).arg(i, 4, 10, QLatin1Char('0'))
                            : i < 1400 ? QStringLiteral("db/dump-%1.sql.gz").arg(i, 4, 10, QLatin1Char('0'))
                                       : QStringLiteral("logs/app-%1.log").arg(i);
        putObject(QStringLiteral("sandbox-backups"), key, "backup " + QByteArray::number(i) + '\n');
    }
    addBucket(QStringLiteral("sandbox-empty"), QStringLiteral("sandbox-2"));
}

void SandboxObsServer::seedExamples()
{
    const qint64 GiB = qint64(1) << 30;
    auto image = [this](const QString &bucket, const QString &key, const QByteArray &head, qint64 size) {
        Object o;
        o.head = head;
        o.size = size;
        putObject(bucket, key, o);
    };
    // The files resources/data/examples/*.json name, each fitting its example's min_disk.
    addBucket(QStringLiteral("ims-image"));
    image(QStringLiteral("ims-image"), QStringLiteral("centos76.qcow2"), qcow2Header(40 * GiB), 1181116006);
    image(QStringLiteral("ims-image"), QStringLiteral("centos76-data.qcow2"), qcow2Header(100 * GiB), 4 * GiB);
    image(QStringLiteral("ims-image"), QStringLiteral("archive.raw"), {}, 400 * GiB);
    image(QStringLiteral("ims-image"), QStringLiteral("euler29.zvhd2"), {}, 12 * GiB);
    // A qcow2 file renamed to .zvhd2 without converting it: what quick import refuses.
    image(QStringLiteral("ims-image"), QStringLiteral("renamed.zvhd2"), qcow2Header(40 * GiB), 3 * GiB);
    addBucket(QStringLiteral("image-test"));
    image(QStringLiteral("image-test"), QStringLiteral("fedora_data1.qcow2"), qcow2Header(30 * GiB), 2 * GiB);
}

void SandboxObsServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    socket->abort();
}

bool SandboxObsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    Reply reply = route(request);
    const QByteArray verb = verbOf(request);
    qCDebug(lcSandboxObs) << verb << request.url().path() << reply.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    reply.headers.append({"x-amz-request-id", QByteArray::number(m_requestCount, 16).rightJustified(16, '0')});
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    if (verb == "HEAD") {
        responder.writeHeader("Content-Length", QByteArray::number(reply.contentLength >= 0 ? reply.contentLength : 0));
        responder.writeBody(QByteArray());
    } else {
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    }
    return true;
}

SandboxObsServer::Reply SandboxObsServer::error(int status, const QByteArray &code, const QString &message,
                                                const QString &resource) const
{
    // OBS/S3 error document ("Error Responses").
    Reply r;
    r.status = status;
    r.headers = {{"Content-Type", "application/xml"}};
    r.body = xmlHead + "<Error><Code>" + code + "</Code><Message>" + esc(message) + "</Message><Resource>" + esc(resource) +
             "</Resource><RequestId>" + QByteArray::number(m_requestCount, 16).rightJustified(16, '0') +
             "</RequestId>" + (code == "SignatureDoesNotMatch" || code == "InvalidAccessKeyId"
                                   ? "<AWSAccessKeyId>" + esc(m_requestAccessKey) + "</AWSAccessKeyId>"
                                   : QByteArray()) +
             "</Error>";
    return r;
}

SandboxObsServer::Reply SandboxObsServer::route(const QHttpServerRequest &request)
{
    const QByteArray verb = verbOf(request);
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    const QString path = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    if (m_throttleNext > 0) {
        --m_throttleNext;
        return error(503, "SlowDown", QStringLiteral("Please reduce your request rate."), path);
    }
    if (m_expireNext > 0) {
        --m_expireNext;
        return error(400, "ExpiredToken", QStringLiteral("The provided token has expired."), path);
    }
    // Every request signed by the demo key, as OBS checks it in S3 mode.
    static const QRegularExpression credential(QStringLiteral("Credential=([^/,\\s]+)/"));
    m_requestAccessKey = credential.match(QString::fromLatin1(request.value("Authorization"))).captured(1);
    QByteArray code;
    QString reason;
    const auto lookup = [this](const QString &ak) {
        return ak == m_accessKey ? std::optional<QString>(m_secretKey) : std::nullopt;
    };
    if (!AwsSigV4Signer::verify(verb, encodedPath, request.url().query(QUrl::FullyEncoded).toUtf8(), request.headers(),
                                request.body(), lookup, m_region, QDateTime::currentDateTimeUtc(), &code, &reason)) {
        qCDebug(lcSandboxObs) << "refused:" << reason;
        return error(code == "AuthorizationHeaderMalformed" ? 400 : 403, code, reason, path);
    }

    const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
    const QString bucket = path.mid(1, slash < 0 ? -1 : slash - 1);
    const QString key = slash < 0 ? QString() : path.mid(slash + 1);
    const QUrlQuery query(request.url());
    if (bucket.isEmpty())
        return verb == "GET" ? listBuckets() : error(405, "MethodNotAllowed", QStringLiteral("The method is not allowed."), path);
    if (m_denied.contains(bucket))
        return error(403, "AccessDenied", QStringLiteral("Access Denied"), path);
    if (verb == "PUT" && key.isEmpty()) {
        if (m_buckets.contains(bucket))
            return error(409, "BucketAlreadyOwnedByYou", QStringLiteral("Your previous request to create the named bucket succeeded and you already own it."), path);
        addBucket(bucket);
        return {};
    }
    if (!m_buckets.contains(bucket))
        return error(404, "NoSuchBucket", QStringLiteral("The specified bucket does not exist"), path);
    if (key.isEmpty()) {
        if (verb != "GET")
            return error(405, "MethodNotAllowed", QStringLiteral("The method is not allowed."), path);
        if (query.hasQueryItem(QStringLiteral("location"))) {
            Reply r;
            r.headers = {{"Content-Type", "application/xml"}};
            r.body = xmlHead + "<LocationConstraint xmlns=\"" + xmlns + "\">" + esc(m_buckets[bucket].location) + "</LocationConstraint>";
            return r;
        }
        return listObjects(bucket, query);
    }
    if (query.hasQueryItem(QStringLiteral("uploads")) || query.hasQueryItem(QStringLiteral("uploadId")))
        return multipart(request, bucket, key, query);
    if (verb == "PUT") {
        Object o;
        o.head = request.body();
        o.size = o.head.size();
        o.contentType = request.value("Content-Type").isEmpty() ? QByteArray("application/octet-stream") : request.value("Content-Type");
        o.etag = '"' + QCryptographicHash::hash(o.head, QCryptographicHash::Md5).toHex() + '"';
        putObject(bucket, key, o);
        Reply r;
        r.headers = {{"ETag", o.etag}};
        return r;
    }
    return objectReply(request, bucket, key);
}

SandboxObsServer::Reply SandboxObsServer::listBuckets() const
{
    QByteArray list;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it)
        list += "<Bucket><Name>" + esc(it.key()) + "</Name><CreationDate>" + isoTime(it->created) + "</CreationDate>" +
                (m_listsLocation ? "<Location>" + esc(it->location) + "</Location>" : QByteArray()) + "</Bucket>";
    Reply r;
    r.headers = {{"Content-Type", "application/xml"}};
    r.body = xmlHead + "<ListAllMyBucketsResult xmlns=\"" + xmlns + "\"><Owner><ID>" + esc(m_accessKey) +
             "</ID></Owner><Buckets>" + list + "</Buckets></ListAllMyBucketsResult>";
    return r;
}

SandboxObsServer::Reply SandboxObsServer::listObjects(const QString &bucket, const QUrlQuery &query) const
{
    // "Listing Objects in a Bucket" (S3 ListObjects v1): keys after the marker, grouped at the delimiter,
    // at most max-keys entries (keys and folders together), NextMarker only with a delimiter.
    const QString prefix = query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
    const QString delimiter = query.queryItemValue(QStringLiteral("delimiter"), QUrl::FullyDecoded);
    const QString marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    bool ok = false;
    int maxKeys = query.queryItemValue(QStringLiteral("max-keys")).toInt(&ok);
    if (!ok || maxKeys < 0 || maxKeys > 1000)
        maxKeys = 1000;
    QByteArray contents, prefixes;
    int count = 0;
    bool truncated = false;
    QString last, lastPrefix;
    const auto &objects = m_buckets[bucket].objects;
    for (auto it = objects.upperBound(marker); it != objects.end(); ++it) {
        const QString &key = it.key();
        if (!key.startsWith(prefix))
            continue;
        QString folder;
        if (!delimiter.isEmpty()) {
            const qsizetype at = key.indexOf(delimiter, prefix.size());
            if (at >= 0)
                folder = key.left(at + delimiter.size());
        }
        if (!folder.isEmpty() && (folder == lastPrefix || folder <= marker))
            continue;
        if (count == maxKeys) {
            truncated = true;
            break;
        }
        ++count;
        if (!folder.isEmpty()) {
            lastPrefix = last = folder;
            prefixes += "<CommonPrefixes><Prefix>" + esc(folder) + "</Prefix></CommonPrefixes>";
            continue;
        }
        last = key;
        contents += "<Contents><Key>" + esc(key) + "</Key><LastModified>" + isoTime(it->lastModified) + "</LastModified><ETag>" +
                    esc(QString::fromLatin1(it->etag)) + "</ETag><Size>" + QByteArray::number(it->size) +
                    "</Size><Owner><ID>" + esc(m_accessKey) + "</ID></Owner><StorageClass>" + esc(it->storageClass) +
                    "</StorageClass></Contents>";
    }
    Reply r;
    r.headers = {{"Content-Type", "application/xml"}};
    r.body = xmlHead + "<ListBucketResult xmlns=\"" + xmlns + "\"><Name>" + esc(bucket) + "</Name><Prefix>" + esc(prefix) +
             "</Prefix><Marker>" + esc(marker) + "</Marker>" +
             (truncated && !delimiter.isEmpty() ? "<NextMarker>" + esc(last) + "</NextMarker>" : QByteArray()) + "<MaxKeys>" +
             QByteArray::number(maxKeys) + "</MaxKeys>" +
             (delimiter.isEmpty() ? QByteArray() : "<Delimiter>" + esc(delimiter) + "</Delimiter>") + "<IsTruncated>" +
             (truncated ? "true" : "false") + "</IsTruncated>" + contents + prefixes + "</ListBucketResult>";
    return r;
}

SandboxObsServer::Reply SandboxObsServer::objectReply(const QHttpServerRequest &request, const QString &bucket,
                                                      const QString &key) const
{
    const auto &objects = m_buckets[bucket].objects;
    const auto it = objects.find(key);
    if (it == objects.end())
        return error(404, "NoSuchKey", QStringLiteral("The specified key does not exist."), bucket + QLatin1Char('/') + key);
    const Object &o = *it;
    Reply r;
    r.headers = {{"Content-Type", o.contentType}, {"ETag", o.etag}, {"Last-Modified", httpTime(o.lastModified)},
                 {"Accept-Ranges", "bytes"}};
    // S3 names the storage class only when it is not STANDARD.
    if (o.storageClass != QLatin1String("STANDARD"))
        r.headers.append({"x-amz-storage-class", o.storageClass.toLatin1()});
    if (verbOf(request) == "HEAD") {
        r.contentLength = o.size;
        return r;
    }
    qint64 first = 0, last = o.size - 1;
    const QByteArray range = m_ignoresRange ? QByteArray() : request.value("Range");
    if (!range.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const auto m = form.match(QString::fromLatin1(range));
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
            return error(416, "InvalidRange", QStringLiteral("The requested range is not satisfiable"), key);
        if (m.captured(1).isEmpty()) { // the last N bytes
            first = std::max<qint64>(0, o.size - m.captured(2).toLongLong());
        } else {
            first = m.captured(1).toLongLong();
            if (!m.captured(2).isEmpty())
                last = std::min(last, m.captured(2).toLongLong());
        }
        if (first >= o.size || first > last)
            return error(416, "InvalidRange", QStringLiteral("The requested range is not satisfiable"), key);
        r.status = 206;
        r.headers.append({"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
                                               QByteArray::number(o.size)});
    } else if (o.size > 64 * 1024 * 1024) {
        // A whole multi-gigabyte object is never wanted from the sandbox: say so rather than fill memory.
        return error(400, "InvalidRequest", QStringLiteral("The sandbox serves large objects by range only."), key);
    }
    r.body = o.read(first, last - first + 1);
    return r;
}

} // namespace ims

namespace ims {

QString SandboxObsServer::storeDir()
{
    if (!m_store)
        m_store = std::make_unique<QTemporaryDir>();
    return m_store->path();
}

int SandboxObsServer::uploadPartCount(const QString &uploadId) const
{
    const auto it = m_uploads.find(uploadId);
    return it == m_uploads.end() ? -1 : int(it->parts.size());
}

QByteArray SandboxObsServer::objectMd5(const QString &bucket, const QString &key) const
{
    const auto b = m_buckets.find(bucket);
    if (b == m_buckets.end() || !b->objects.contains(key))
        return {};
    const Object &o = b->objects[key];
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!o.file.isEmpty()) {
        QFile f(o.file);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
            return {};
    } else {
        hash.addData(o.read(0, o.size));
    }
    return hash.result().toHex();
}

// The multipart calls as OBS's S3 mode answers them ("Multipart Upload" in the OBS API reference):
// parts are written to disk as they arrive, their ETag is their MD5, Content-MD5 is checked, and the
// completed object's ETag is the MD5 of the parts' MD5s followed by "-N".
SandboxObsServer::Reply SandboxObsServer::multipart(const QHttpServerRequest &request, const QString &bucket,
                                                    const QString &key, const QUrlQuery &query)
{
    const QByteArray verb = verbOf(request);
    const QString resource = bucket + QLatin1Char('/') + key;
    Reply r;
    r.headers = {{"Content-Type", "application/xml"}};
    if (verb == "POST" && query.hasQueryItem(QStringLiteral("uploads"))) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        m_uploads.insert(id, {bucket, key, {}});
        QDir().mkpath(storeDir() + QLatin1Char('/') + id);
        ++m_initiations;
        r.body = xmlHead + "<InitiateMultipartUploadResult xmlns=\"" + xmlns + "\"><Bucket>" + esc(bucket) + "</Bucket><Key>" +
                 esc(key) + "</Key><UploadId>" + id.toLatin1() + "</UploadId></InitiateMultipartUploadResult>";
        return r;
    }
    const QString id = query.queryItemValue(QStringLiteral("uploadId"));
    auto it = m_uploads.find(id);
    if (it == m_uploads.end() || it->bucket != bucket || it->key != key)
        return error(404, "NoSuchUpload", QStringLiteral("The specified upload does not exist."), resource);
    const QString dir = storeDir() + QLatin1Char('/') + id;

    if (verb == "PUT") {
        bool ok = false;
        const int n = query.queryItemValue(QStringLiteral("partNumber")).toInt(&ok);
        if (!ok || n < 1 || n > 10000)
            return error(400, "InvalidArgument", QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"), resource);
        const QByteArray body = request.body();
        const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5);
        const QByteArray given = request.value("Content-MD5");
        if (!given.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(given);
            if (decoded.size() != 16)
                return error(400, "InvalidDigest", QStringLiteral("The Content-MD5 you specified was invalid."), resource);
            if (decoded != md5)
                return error(400, "BadDigest", QStringLiteral("The Content-MD5 you specified did not match what we received."), resource);
        }
        QFile f(dir + QLatin1Char('/') + QString::number(n));
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
            return error(500, "InternalError", QStringLiteral("The part could not be stored."), resource);
        const QByteArray etag = '"' + md5.toHex() + '"';
        it->parts.insert(n, {etag, body.size()});
        ++m_partPuts;
        emit partStored(m_partPuts);
        r.headers = {{"ETag", etag}};
        return r;
    }
    if (verb == "GET") {
        const int max = std::clamp(query.hasQueryItem(QStringLiteral("max-parts"))
                                       ? query.queryItemValue(QStringLiteral("max-parts")).toInt()
                                       : 1000,
                                   1, 1000);
        const int marker = query.queryItemValue(QStringLiteral("part-number-marker")).toInt();
        QByteArray list;
        int count = 0, last = 0;
        bool truncated = false;
        for (auto p = it->parts.upperBound(marker); p != it->parts.end(); ++p) {
            if (count == max) {
                truncated = true;
                break;
            }
            list += "<Part><PartNumber>" + QByteArray::number(p.key()) + "</PartNumber><ETag>" + p->etag + "</ETag><Size>" +
                    QByteArray::number(p->size) + "</Size></Part>";
            last = p.key();
            ++count;
        }
        r.body = xmlHead + "<ListPartsResult xmlns=\"" + xmlns + "\"><Bucket>" + esc(bucket) + "</Bucket><Key>" + esc(key) +
                 "</Key><UploadId>" + id.toLatin1() + "</UploadId><PartNumberMarker>" + QByteArray::number(marker) +
                 "</PartNumberMarker><NextPartNumberMarker>" + QByteArray::number(last) + "</NextPartNumberMarker><MaxParts>" +
                 QByteArray::number(max) + "</MaxParts><IsTruncated>" + (truncated ? "true" : "false") + "</IsTruncated>" + list +
                 "</ListPartsResult>";
        return r;
    }
    if (verb == "DELETE") {
        QDir(dir).removeRecursively();
        m_uploads.erase(it);
        r.status = 204;
        r.headers.clear();
        return r;
    }
    if (verb != "POST")
        return error(405, "MethodNotAllowed", QStringLiteral("The method is not allowed."), resource);

    // CompleteMultipartUpload: the list must name stored parts, ascending, with their ETags.
    QList<QPair<int, QByteArray>> wanted;
    QXmlStreamReader xml(request.body());
    int number = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("PartNumber"))
            number = xml.readElementText().toInt();
        else if (xml.isStartElement() && xml.name() == QLatin1String("ETag"))
            wanted.append({number, xml.readElementText().toUtf8()});
    }
    if (xml.hasError() || wanted.isEmpty())
        return error(400, "MalformedXML", QStringLiteral("The XML you provided was not well-formed or did not validate against our published schema."), resource);
    QByteArray md5s;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const auto &[n, etag] = wanted[i];
        if (i > 0 && n <= wanted[i - 1].first)
            return error(400, "InvalidPartOrder", QStringLiteral("The list of parts was not in ascending order."), resource);
        const auto p = it->parts.find(n);
        if (p == it->parts.end() || p->etag != (etag.startsWith('"') ? etag : '"' + etag + '"'))
            return error(400, "InvalidPart", QStringLiteral("One or more of the specified parts could not be found."), resource);
        if (i + 1 < wanted.size() && p->size < m_minPartSize)
            return error(400, "EntityTooSmall", QStringLiteral("Your proposed upload is smaller than the minimum allowed object size."), resource);
        md5s += QByteArray::fromHex(p->etag.mid(1, 32));
    }
    QDir().mkpath(storeDir() + QStringLiteral("/objects"));
    const QString objectFile = storeDir() + QStringLiteral("/objects/") + QUuid::createUuid().toString(QUuid::Id128);
    QFile out(objectFile);
    if (!out.open(QIODevice::WriteOnly))
        return error(500, "InternalError", QStringLiteral("The object could not be stored."), resource);
    qint64 size = 0;
    for (const auto &w : wanted) {
        QFile part(dir + QLatin1Char('/') + QString::number(w.first));
        if (!part.open(QIODevice::ReadOnly))
            return error(500, "InternalError", QStringLiteral("A part could not be read."), resource);
        while (!part.atEnd()) // a buffer at a time: the object may be far larger than memory
            size += out.write(part.read(1024 * 1024));
    }
    out.close();
    Object o;
    o.file = objectFile;
    o.size = size;
    o.etag = '"' + QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex() + '-' + QByteArray::number(wanted.size()) + '"';
    putObject(bucket, key, o);
    QDir(dir).removeRecursively();
    m_uploads.erase(it);
    r.body = xmlHead + "<CompleteMultipartUploadResult xmlns=\"" + xmlns + "\"><Location>" + esc(url().toString() + QLatin1Char('/') + resource) +
             "</Location><Bucket>" + esc(bucket) + "</Bucket><Key>" + esc(key) + "</Key><ETag>" + esc(QString::fromLatin1(o.etag)) +
             "</ETag></CompleteMultipartUploadResult>";
    return r;
}

} // namespace ims
