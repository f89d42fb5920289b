// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "AwsSigV4Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cstdlib>

namespace ims {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray headerValue(const AwsSigV4Signer::HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// "a   b   c" -> "a b c" after trimming (the test suite's get-header-value-trim).
QByteArray collapseSpaces(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (const char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

QByteArray canonicalRequestOf(const QByteArray &verb, const QString &encodedPath, const QString &canonicalQuery,
                              const AwsSigV4Signer::HeaderList &canonical, const QByteArray &payloadHash,
                              QByteArray *signedHeaders)
{
    QByteArray lines, names;
    for (const auto &h : canonical) {
        lines += h.first + ':' + h.second + '\n';
        names += (names.isEmpty() ? "" : ";") + h.first;
    }
    if (signedHeaders)
        *signedHeaders = names;
    return verb.toUpper() + '\n' + AwsSigV4Signer::canonicalUri(encodedPath) + '\n' + canonicalQuery.toLatin1() + '\n' +
           lines + '\n' + names + '\n' + payloadHash;
}

QByteArray stringToSignOf(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest)
{
    return QByteArray(AwsSigV4Signer::algorithm) + '\n' + amzDate + '\n' + scope + '\n' +
           AwsSigV4Signer::sha256Hex(canonicalRequest);
}

} // namespace

QByteArray AwsSigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray AwsSigV4Signer::amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

bool AwsSigV4Signer::isValidAmzDate(const QByteArray &date)
{
    static const QRegularExpression format(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    return format.match(QString::fromLatin1(date)).hasMatch() &&
           QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).isValid();
}

QByteArray AwsSigV4Signer::signingKey(const QString &secretKey, const QByteArray &date, const QString &region,
                                      const QString &service)
{
    const QByteArray kDate = hmac("AWS4" + secretKey.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

QString AwsSigV4Signer::uriEncode(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray AwsSigV4Signer::canonicalUri(const QString &encodedPath)
{
    if (encodedPath.isEmpty())
        return "/";
    QStringList segments = QUrl::fromPercentEncoding(encodedPath.toUtf8()).split(QLatin1Char('/'));
    for (auto &s : segments)
        s = uriEncode(s);
    return segments.join(QLatin1Char('/')).toLatin1();
}

QString AwsSigV4Signer::canonicalQueryString(const QueryList &query)
{
    QList<QPair<QString, QString>> encoded;
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name), uriEncode(value)});
    // Encoded strings are ASCII: QString's order is then byte order, as the suite asks.
    std::sort(encoded.begin(), encoded.end());
    QStringList parts;
    for (const auto &[name, value] : encoded)
        parts << name + QLatin1Char('=') + value;
    return parts.join(QLatin1Char('&'));
}

AwsSigV4Signer::HeaderList AwsSigV4Signer::canonicalHeaders(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &h : headers) {
        const QByteArray name = h.first.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const QByteArray value = collapseSpaces(h.second);
        auto same = std::find_if(out.begin(), out.end(), [&name](const auto &o) { return o.first == name; });
        if (same != out.end())
            same->second += ',' + value;
        else
            out.append({name, value});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QByteArray AwsSigV4Signer::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.host().contains(QLatin1Char(':'))) // IPv6 literal
        host = '[' + host + ']';
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443) ||
                             (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

AwsSigV4Signer::Signed AwsSigV4Signer::sign(const Key &key, const QString &region, const QString &service,
                                            const QByteArray &verb, const QUrl &url, const QueryList &query,
                                            const HeaderList &headers, const QByteArray &body, const QByteArray &amzDate)
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
    set("X-Amz-Date", amzDate);
    if (!key.securityToken.isEmpty())
        set("X-Amz-Security-Token", key.securityToken.toUtf8());

    // Host is signed; the network layer sends the same value itself.
    HeaderList toSign = out.headers;
    if (headerValue(toSign, "Host").isEmpty())
        toSign.append({"host", hostHeader(url)});
    const HeaderList canonical = canonicalHeaders(toSign);

    out.canonicalQuery = canonicalQueryString(query);
    const QByteArray declared = headerValue(out.headers, "x-amz-content-sha256");
    const QByteArray payloadHash = declared.isEmpty() ? sha256Hex(body) : declared;
    out.canonicalRequest = canonicalRequestOf(verb, url.path(QUrl::FullyEncoded), out.canonicalQuery, canonical,
                                              payloadHash, &out.signedHeaders);
    const QByteArray date = amzDate.left(8);
    out.credentialScope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    out.stringToSign = stringToSignOf(amzDate, out.credentialScope, out.canonicalRequest);
    out.signature = hmac(signingKey(key.secretKey, date, region, service), out.stringToSign).toHex();
    out.authorization = QByteArray(algorithm) + " Credential=" + key.accessKey.toUtf8() + '/' + out.credentialScope +
                        ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;
    set("Authorization", out.authorization);
    return out;
}

bool AwsSigV4Signer::verify(const QByteArray &verb, const QString &encodedPath, const QByteArray &rawQuery,
                            const HeaderList &headers, const QByteArray &body, const SecretLookup &lookup,
                            const QString &region, const QDateTime &now, QByteArray *code, QString *reason)
{
    auto fail = [code, reason](const QByteArray &c, const QString &why) {
        if (code)
            *code = c;
        if (reason)
            *reason = why;
        return false;
    };
    static const QRegularExpression auth(QStringLiteral(
        "^AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request,\\s*"
        "SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-f]{64})$"));
    // UTF-8, as sign() writes the access key and the scope: a key or region outside ASCII must verify too.
    const auto m = auth.match(QString::fromUtf8(headerValue(headers, "Authorization")));
    if (!m.hasMatch())
        return fail("AccessDenied", QStringLiteral("the Authorization header is not AWS4-HMAC-SHA256 Credential=AK/"
                                                   "DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=..."));
    const auto secret = lookup(m.captured(1));
    if (!secret)
        return fail("InvalidAccessKeyId", QStringLiteral("unknown access key %1").arg(m.captured(1)));
    const QByteArray date = headerValue(headers, "X-Amz-Date");
    if (!isValidAmzDate(date))
        return fail("AccessDenied", QStringLiteral("X-Amz-Date is missing or not YYYYMMDDTHHMMSSZ"));
    QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    signedAt.setTimeZone(QTimeZone::utc());
    if (std::abs(signedAt.secsTo(now)) > 15 * 60)
        return fail("RequestTimeTooSkewed",
                    QStringLiteral("X-Amz-Date %1 is more than 15 minutes from the server's time").arg(QString::fromLatin1(date)));
    if (m.captured(2).toLatin1() != date.left(8))
        return fail("SignatureDoesNotMatch", QStringLiteral("the credential scope's date is not X-Amz-Date's"));
    if (m.captured(3) != region)
        return fail("AuthorizationHeaderMalformed",
                    QStringLiteral("the region '%1' is wrong; expecting '%2'").arg(m.captured(3), region));
    const QStringList names = m.captured(5).split(QLatin1Char(';'));
    if (!names.contains(QStringLiteral("host")))
        return fail("AccessDenied", QStringLiteral("host must be among the signed headers"));
    HeaderList signedHeaders;
    for (const auto &name : names) {
        bool found = false;
        for (const auto &h : headers)
            if (h.first.compare(name.toLatin1(), Qt::CaseInsensitive) == 0) {
                signedHeaders.append(h);
                found = true;
            }
        if (!found)
            return fail("AccessDenied", QStringLiteral("the signed header %1 is not in the request").arg(name));
    }
    QueryList pairs;
    for (const auto &item : QUrlQuery(QString::fromLatin1(rawQuery)).queryItems(QUrl::FullyDecoded))
        pairs.append(item);
    const QByteArray declared = headerValue(headers, "x-amz-content-sha256");
    const QByteArray payloadHash = declared.isEmpty() ? sha256Hex(body) : declared;
    if (!declared.isEmpty() && declared != unsignedPayload && declared != sha256Hex(body))
        return fail("XAmzContentSHA256Mismatch", QStringLiteral("x-amz-content-sha256 is not the body's SHA-256"));
    const QByteArray canonical =
        canonicalRequestOf(verb, encodedPath, canonicalQueryString(pairs), canonicalHeaders(signedHeaders), payloadHash, nullptr);
    const QByteArray scope = date.left(8) + '/' + region.toUtf8() + '/' + m.captured(4).toUtf8() + "/aws4_request";
    const QByteArray expected =
        hmac(signingKey(*secret, date.left(8), region, m.captured(4)), stringToSignOf(date, scope, canonical)).toHex();
    if (expected != m.captured(6).toLatin1())
        return fail("SignatureDoesNotMatch",
                    QStringLiteral("the signature does not match; the server's canonical request is: %1")
                        .arg(QString::fromUtf8(canonical).replace(QLatin1Char('\n'), QLatin1Char('|'))));
    return true;
}

} // namespace ims
