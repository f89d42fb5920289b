// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SandboxObsServer.h"

#include "obs/AwsSigV4Signer.h"

#include <QCryptographicHash>
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
