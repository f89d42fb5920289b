// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace ims {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// AK/SK request signing, "SDK-HMAC-SHA256", byte for byte as the API Request Signing Guide and the
// official SDK do it (API digest §7). Signs outgoing requests, and verifies incoming ones for the sandbox.
class RequestSigner
{
public:
    struct Key
    {
        QString accessKey;
        QString secretKey;
        QString securityToken; // temporary AK/SK only
        QString projectId;     // sent as X-Project-Id when known
    };

    struct Signed
    {
        HeaderList headers;        // what to send: the given headers plus X-Sdk-Date, X-Project-Id, X-Security-Token,
                                   // X-Sdk-Content-Sha256 (a Content-Type other than JSON), Authorization
        QString canonicalQuery;    // send exactly this as the query, so wire and signature agree
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;  // "content-type;host;x-sdk-date"
        QByteArray authorization;
    };

    static Signed sign(const Key &key, const QByteArray &verb, const QUrl &url, const QUrlQuery &query,
                       const HeaderList &headers, const QByteArray &body, const QByteArray &sdkDate);

    // YYYYMMDDTHHMMSSZ, the X-Sdk-Date format.
    static QByteArray sdkDate(const QDateTime &utc);
    static bool isValidSdkDate(const QByteArray &date);

    // The building blocks, exposed for tests and for `ims-wizard-cli sign --verbose`.
    static QByteArray canonicalUri(const QString &encodedPath);
    static QString canonicalQueryString(const QList<QPair<QString, QString>> &decodedPairs);
    static QByteArray canonicalRequest(const QByteArray &verb, const QString &encodedPath, const QString &canonicalQuery,
                                       const HeaderList &signedHeaders, const QByteArray &payloadHash);
    static QByteArray hostHeader(const QUrl &url);

    using SecretLookup = std::function<std::optional<QString>(const QString &accessKey)>;
    // For the sandbox: checks an incoming request's Authorization header against its own signature
    // of what arrived, and that X-Sdk-Date is within 15 minutes of `now`. On failure `reason` says why,
    // with the server-side canonical request so a user can compare it with theirs.
    static bool verifyRequest(const QByteArray &verb, const QString &encodedPath, const QByteArray &rawQuery,
                              const HeaderList &headers, const QByteArray &body, const SecretLookup &lookup,
                              const QDateTime &now, QString *reason);
};

} // namespace ims
