// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// AwsSigV4Signer::sign, the signature of every OBS/S3 request: any verb, URL, query, headers and
// body must sign without a crash, the same request must always give the same bytes, and what the
// signer signs, its own verifier (the S3 look-alike's) accepts for every request a client could
// send: HTTP token header names, each once, an access key, region and service without '/', ',' or
// spaces (the Authorization header's syntax), and a payload hash that is the body's or UNSIGNED-PAYLOAD.
// Input: verb, URL, query string, then "AK<TAB>SK<TAB>security token<TAB>region<TAB>service" on the
// first four lines, "Name: value" headers, an empty line, the body.
#include "FuzzSupport.h"

#include "obs/AwsSigV4Signer.h"

#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>

using namespace ims;

namespace {
bool isToken(const QByteArray &s)
{
    // RFC 9110 token: the characters a header name may have.
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || extra.contains(c)))
            return false;
    return true;
}

// A part of the credential scope: "AK/DATE/REGION/SERVICE/aws4_request" splits on '/', ',' and spaces.
bool isScopePart(const QString &s)
{
    return !s.isEmpty() && std::none_of(s.begin(), s.end(), [](QChar c) { return c == u'/' || c == u',' || c.isSpace(); });
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const fuzz::Message m = fuzz::message(fuzz::input(data, size), 4);
    const QByteArray verb = m.lines.at(0);
    const QUrl url(QString::fromUtf8(m.lines.at(1)));
    AwsSigV4Signer::QueryList query;
    for (const auto &item : QUrlQuery(QString::fromUtf8(m.lines.at(2))).queryItems(QUrl::FullyDecoded))
        query.append(item);
    const QList<QByteArray> keyParts = m.lines.at(3).split('\t');
    AwsSigV4Signer::Key key;
    key.accessKey = QString::fromUtf8(keyParts.value(0));
    key.secretKey = QString::fromUtf8(keyParts.value(1));
    key.securityToken = QString::fromUtf8(keyParts.value(2));
    const QString region = QString::fromUtf8(keyParts.value(3));
    const QString service = QString::fromUtf8(keyParts.value(4));
    const QByteArray date = "20150830T123600Z";

    const auto first = AwsSigV4Signer::sign(key, region, service, verb, url, query, m.headers, m.body, date);
    const auto second = AwsSigV4Signer::sign(key, region, service, verb, url, query, m.headers, m.body, date);
    IMS_FUZZ_CHECK(first.canonicalRequest == second.canonicalRequest);
    IMS_FUZZ_CHECK(first.authorization == second.authorization);
    IMS_FUZZ_CHECK(first.headers == second.headers);
    IMS_FUZZ_CHECK(first.signature.size() == 64);
    IMS_FUZZ_CHECK(first.authorization.startsWith("AWS4-HMAC-SHA256 Credential="));
    IMS_FUZZ_CHECK(first.authorization.endsWith(first.signature));
    IMS_FUZZ_CHECK(first.signedHeaders.split(';').contains("host"));
    IMS_FUZZ_CHECK(first.signedHeaders.split(';').contains("x-amz-date"));
    // The query as sent is ASCII: what goes on the wire is exactly what was signed.
    IMS_FUZZ_CHECK(std::all_of(first.canonicalQuery.begin(), first.canonicalQuery.end(), [](QChar c) { return c.unicode() < 0x80; }));

    AwsSigV4Signer::HeaderList sent = first.headers;
    const bool hasHost = std::any_of(sent.begin(), sent.end(), [](const auto &h) { return h.first.compare("host", Qt::CaseInsensitive) == 0; });
    if (!hasHost)
        sent.append({"Host", AwsSigV4Signer::hostHeader(url)}); // what the network layer adds
    QSet<QByteArray> names;
    bool plausible = isScopePart(key.accessKey) && isScopePart(region) && isScopePart(service) && isToken(verb);
    QByteArray declaredHash;
    for (const auto &h : sent) {
        const QByteArray name = h.first.toLower();
        plausible = plausible && isToken(h.first) && !h.second.trimmed().isEmpty() && !names.contains(name);
        names.insert(name);
        if (name == "x-amz-content-sha256")
            declaredHash = h.second;
    }
    plausible = plausible && (declaredHash.isEmpty() || declaredHash == AwsSigV4Signer::unsignedPayload ||
                              declaredHash == AwsSigV4Signer::sha256Hex(m.body));
    if (plausible) {
        QByteArray code;
        QString reason;
        const auto lookup = [&key](const QString &ak) { return ak == key.accessKey ? std::optional<QString>(key.secretKey) : std::nullopt; };
        const QDateTime now(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());
        const bool verified = AwsSigV4Signer::verify(verb, url.path(QUrl::FullyEncoded), first.canonicalQuery.toLatin1(), sent,
                                                     m.body, lookup, region, now, &code, &reason);
        if (!verified)
            std::fprintf(stderr, "verify: %s %s\ncanonical request signed:\n%s\n", code.constData(), qPrintable(reason),
                         first.canonicalRequest.constData());
        IMS_FUZZ_CHECK(verified);
    }
    // The building blocks on their own.
    (void)AwsSigV4Signer::canonicalUri(QString::fromUtf8(m.lines.at(1)));
    (void)AwsSigV4Signer::canonicalHeaders(m.headers);
    (void)AwsSigV4Signer::isValidAmzDate(verb);
    return 0;
}
