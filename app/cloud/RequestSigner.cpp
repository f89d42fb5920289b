// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RequestSigner.h"

#include "UtcTimeText.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace ims {

namespace {

const QByteArray algorithm = QByteArrayLiteral("SDK-HMAC-SHA256");

QByteArray sha256Hex(const QByteArray &data)
{
    // Every GET signs an empty body: its hash is worked out once (a tenth of a job query's signing).
    static const QByteArray emptyHash = QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex();
    if (data.isEmpty())
        return emptyHash;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// RFC 3986 unreserved characters and '/': a path made only of these is its own canonical URI.
bool isUnreservedPath(QStringView path)
{
    return std::all_of(path.begin(), path.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.' ||
               u == '_' || u == '~' || u == '/';
    });
}

// RFC 3986 unreserved characters stay; everything else is %XY (the SDK's quote(s, safe='~')).
QString encode(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Lower-cased names, trimmed values, sorted; names with '_' are never signed (SDK rule).
HeaderList canonicalHeaders(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &h : headers) {
        const QByteArray name = h.first.trimmed().toLower();
        if (name.contains('_') || name.isEmpty())
            continue;
        out.append({name, h.second.trimmed()});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace

QByteArray RequestSigner::sdkDate(const QDateTime &utc)
{
    return compactUtcTimeText(utc.toUTC());
}

bool RequestSigner::isValidSdkDate(const QByteArray &date)
{
    static const QRegularExpression format(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    if (!format.match(QString::fromLatin1(date)).hasMatch())
        return false;
    return QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).isValid();
}

QByteArray RequestSigner::canonicalUri(const QString &encodedPath)
{
    // Decode, split on '/', encode each segment, re-join, and always end with '/'. A path with nothing
    // to decode or encode (every job query's) comes out as it went in.
    if (isUnreservedPath(encodedPath)) {
        QByteArray uri = encodedPath.isEmpty() ? QByteArray("/") : encodedPath.toLatin1();
        if (!uri.endsWith('/'))
            uri += '/';
        return uri;
    }
    const QString decoded = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    QStringList segments = decoded.split(QLatin1Char('/'));
    for (auto &s : segments)
        s = encode(s);
    QString uri = segments.join(QLatin1Char('/'));
    if (uri.isEmpty())
        uri = QStringLiteral("/");
    if (!uri.endsWith(QLatin1Char('/')))
        uri += QLatin1Char('/');
    return uri.toLatin1();
}

QString RequestSigner::canonicalQueryString(const QList<QPair<QString, QString>> &decodedPairs)
{
    // Sorted by name, then value (a repeated name contributes one pair per value).
    QList<QPair<QString, QString>> pairs = decodedPairs;
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    QStringList parts;
    for (const auto &[name, value] : pairs)
        parts << encode(name) + QLatin1Char('=') + encode(value);
    return parts.join(QLatin1Char('&'));
}

QByteArray RequestSigner::canonicalRequest(const QByteArray &verb, const QString &encodedPath, const QString &canonicalQuery,
                                           const HeaderList &signedHeaders, const QByteArray &payloadHash)
{
    QByteArray headers, names;
    for (const auto &h : signedHeaders) {
        headers += h.first + ':' + h.second + '\n';
        names += (names.isEmpty() ? "" : ";") + h.first;
    }
    return verb.toUpper() + '\n' + canonicalUri(encodedPath) + '\n' + canonicalQuery.toLatin1() + '\n' + headers + '\n' +
           names + '\n' + payloadHash;
}

QByteArray RequestSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443) ||
                             (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

RequestSigner::Signed RequestSigner::sign(const Key &key, const QByteArray &verb, const QUrl &url, const QUrlQuery &query,
                                          const HeaderList &headers, const QByteArray &body, const QByteArray &sdkDate)
{
    Signed out;
    out.headers = headers;
    auto set = [&out](const QByteArray &name, const QByteArray &value) {
        for (auto &h : out.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        out.headers.append({name, value});
    };
    set("X-Sdk-Date", sdkDate);
    if (!key.projectId.isEmpty())
        set("X-Project-Id", key.projectId.toLatin1());
    if (!key.securityToken.isEmpty())
        set("X-Security-Token", key.securityToken.toUtf8());
    // The official SDK's rule (huaweicloud-sdk-python-v3, BasicCredentials.sign_request): a request whose
    // Content-Type is not JSON is signed with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, whatever its body,
    // an empty one included; with no Content-Type at all the body is hashed.
    const QByteArray contentType = headerValue(out.headers, "Content-Type").trimmed(); // as the wire carries it
    if (!contentType.isEmpty() && !contentType.startsWith("application/json") &&
        headerValue(out.headers, "X-Sdk-Content-Sha256").isEmpty())
        set("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");

    // Host is signed; the network layer sends the same value itself.
    // Never a stale Authorization (a request signed again, e.g. a retry): it is replaced below, so
    // signing its old value would make every such request fail verification. Found by fuzz_requestsigner.
    HeaderList toSign;
    for (const auto &h : out.headers)
        if (h.first.trimmed().compare("Authorization", Qt::CaseInsensitive) != 0)
            toSign.append(h);
    if (headerValue(toSign, "Host").isEmpty())
        toSign.append({"host", hostHeader(url)});
    const HeaderList canonical = canonicalHeaders(toSign);

    QList<QPair<QString, QString>> pairs;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        pairs.append(item);
    out.canonicalQuery = canonicalQueryString(pairs);

    const QByteArray declaredHash = headerValue(out.headers, "X-Sdk-Content-Sha256");
    const QByteArray payloadHash = declaredHash.isEmpty() ? sha256Hex(body) : declaredHash;
    out.canonicalRequest = canonicalRequest(verb, url.path(QUrl::FullyEncoded), out.canonicalQuery, canonical, payloadHash);
    out.stringToSign = algorithm + '\n' + sdkDate + '\n' + sha256Hex(out.canonicalRequest);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(out.stringToSign, key.secretKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    for (const auto &h : canonical)
        out.signedHeaders += (out.signedHeaders.isEmpty() ? "" : ";") + h.first;
    out.authorization = algorithm + " Access=" + key.accessKey.toUtf8() + ", SignedHeaders=" + out.signedHeaders +
                        ", Signature=" + signature;
    set("Authorization", out.authorization);
    return out;
}

bool RequestSigner::verifyRequest(const QByteArray &verb, const QString &encodedPath, const QByteArray &rawQuery,
                                  const HeaderList &headers, const QByteArray &body, const SecretLookup &lookup,
                                  const QDateTime &now, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    static const QRegularExpression auth(
        QStringLiteral("^SDK-HMAC-SHA256\\s+Access=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-f]{64})$"));
    const auto m = auth.match(QString::fromLatin1(headerValue(headers, "Authorization")));
    if (!m.hasMatch())
        return fail(QStringLiteral("the Authorization header is not \"SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...\""));
    const auto secret = lookup(m.captured(1));
    if (!secret)
        return fail(QStringLiteral("unknown access key %1").arg(m.captured(1)));
    const QByteArray date = headerValue(headers, "X-Sdk-Date");
    if (!isValidSdkDate(date))
        return fail(QStringLiteral("X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ"));
    const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QDateTime signedUtc = signedAt;
    signedUtc.setTimeZone(QTimeZone::utc());
    if (std::abs(signedUtc.secsTo(now)) > 15 * 60)
        return fail(QStringLiteral("X-Sdk-Date %1 is more than 15 minutes from the server's time").arg(QString::fromLatin1(date)));

    HeaderList signedHeaders;
    const QStringList names = m.captured(2).split(QLatin1Char(';'));
    if (!names.contains(QStringLiteral("x-sdk-date")))
        return fail(QStringLiteral("x-sdk-date must be among the signed headers"));
    for (const auto &name : names) {
        bool found = false;
        for (const auto &h : headers)
            if (h.first.compare(name.toLatin1(), Qt::CaseInsensitive) == 0) {
                signedHeaders.append({name.toLatin1(), h.second.trimmed()});
                found = true;
                break;
            }
        if (!found)
            return fail(QStringLiteral("the signed header %1 is not in the request").arg(name));
    }
    QList<QPair<QString, QString>> pairs;
    for (const auto &item : QUrlQuery(QString::fromLatin1(rawQuery)).queryItems(QUrl::FullyDecoded))
        pairs.append(item);
    const QByteArray declaredHash = headerValue(headers, "X-Sdk-Content-Sha256");
    const QByteArray payloadHash = declaredHash.isEmpty() ? sha256Hex(body) : declaredHash;
    const QByteArray canonical = canonicalRequest(verb, encodedPath, canonicalQueryString(pairs), canonicalHeaders(signedHeaders), payloadHash);
    const QByteArray stringToSign = algorithm + '\n' + date + '\n' + sha256Hex(canonical);
    const QByteArray expected = QMessageAuthenticationCode::hash(stringToSign, secret->toUtf8(), QCryptographicHash::Sha256).toHex();
    if (expected != m.captured(3).toLatin1())
        return fail(QStringLiteral("signature mismatch; the server's canonical request is: %1")
                        .arg(QString::fromUtf8(canonical).replace(QLatin1Char('\n'), QLatin1Char('|'))));
    return true;
}

} // namespace ims
