// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ims {

// AWS Signature Version 4 ("AWS4-HMAC-SHA256"), the signature OBS accepts in its S3-compatible mode and
// every S3 peer checks. Pure: the same inputs give the same bytes, so the published test suite
// (docs.aws.amazon.com "Signature Version 4 test suite") pins it. Signs outgoing requests and checks
// incoming ones (for a loopback look-alike).
class AwsSigV4Signer
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;
    using QueryList = QList<QPair<QString, QString>>; // decoded names and values, in any order

    struct Key
    {
        QString accessKey;
        QString secretKey;
        QString securityToken; // temporary AK/SK: sent and signed as x-amz-security-token
    };

    struct Signed
    {
        HeaderList headers;        // the given ones plus X-Amz-Date, X-Amz-Security-Token and Authorization
        QString canonicalQuery;    // send exactly this as the query, so that wire and signature agree
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray credentialScope; // 20150830/us-east-1/s3/aws4_request
        QByteArray signedHeaders;   // host;x-amz-content-sha256;x-amz-date
        QByteArray signature;
        QByteArray authorization;
    };

    static constexpr const char *algorithm = "AWS4-HMAC-SHA256";
    // The payload hash that says "the body is not part of the signature" (streamed uploads, S3 and OBS).
    static constexpr const char *unsignedPayload = "UNSIGNED-PAYLOAD";

    // Signs every header given (callers pass only what should be signed) plus Host, X-Amz-Date and the
    // security token. The payload hash is the value of an x-amz-content-sha256 header when there is one
    // (S3 requires that header: UNSIGNED-PAYLOAD or the body's hash), else the SHA-256 of `body`.
    static Signed sign(const Key &key, const QString &region, const QString &service, const QByteArray &verb,
                       const QUrl &url, const QueryList &query, const HeaderList &headers, const QByteArray &body,
                       const QByteArray &amzDate);

    // YYYYMMDDTHHMMSSZ, the X-Amz-Date format.
    static QByteArray amzDate(const QDateTime &utc);
    static bool isValidAmzDate(const QByteArray &date);
    static QByteArray sha256Hex(const QByteArray &data);

    // The building blocks, for tests and for a user comparing them with a server's answer.
    static QByteArray signingKey(const QString &secretKey, const QByteArray &date, const QString &region,
                                 const QString &service);
    // RFC 3986: unreserved characters stay, every other byte of the UTF-8 is %XY (upper case).
    static QString uriEncode(const QString &s);
    // Each segment of the decoded path encoded once (S3's rule: no double encoding, no "." or ".."
    // removal, since an object key may hold them); "/" when empty.
    static QByteArray canonicalUri(const QString &encodedPath);
    // Names and values encoded, then sorted by name and by value (byte order of the encoded form).
    static QString canonicalQueryString(const QueryList &query);
    // Lower-case names, values trimmed with inner runs of spaces made one, repeated names joined by ','.
    static HeaderList canonicalHeaders(const HeaderList &headers);
    static QByteArray hostHeader(const QUrl &url);

    using SecretLookup = std::function<std::optional<QString>(const QString &accessKey)>;
    // Checks an arriving request the way an S3 server does: the Authorization header's form, the access
    // key, X-Amz-Date within 15 minutes of `now`, the scope's date, then the signature over what arrived.
    // `code` gets the S3 error code (SignatureDoesNotMatch, InvalidAccessKeyId, RequestTimeTooSkewed,
    // AccessDenied) and `reason` a sentence with the server's canonical request.
    static bool verify(const QByteArray &verb, const QString &encodedPath, const QByteArray &rawQuery,
                       const HeaderList &headers, const QByteArray &body, const SecretLookup &lookup,
                       const QString &region, const QDateTime &now, QByteArray *code, QString *reason);
};

} // namespace ims
