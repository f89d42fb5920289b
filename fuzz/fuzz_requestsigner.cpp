// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// RequestSigner::sign: any verb, URL, query, headers and body must sign without a crash, and the
// same request must always give the same canonical request and signature. And what the signer
// signs, the sandbox's verifier accepts, for every request a client could send: HTTP token header
// names, each once, and an access key without commas or spaces (the Authorization header's syntax).
// Input: verb, URL, query string, then "AK<TAB>SK<TAB>project id<TAB>security token" on the first
// four lines, "Name: value" headers, an empty line, the body.
#include "FuzzSupport.h"

#include "cloud/RequestSigner.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cctype>

using namespace ims;

namespace {
bool isToken(const QByteArray &s)
{
    // RFC 9110 token: the characters a header name (or here an access key) may have.
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || extra.contains(c)))
            return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const fuzz::Message m = fuzz::message(fuzz::input(data, size), 4);
    const QUrl url(QString::fromUtf8(m.lines.at(1)));
    const QUrlQuery query(QString::fromUtf8(m.lines.at(2)));
    const QList<QByteArray> keyParts = m.lines.at(3).split('\t');
    RequestSigner::Key key;
    key.accessKey = QString::fromUtf8(keyParts.value(0));
    key.secretKey = QString::fromUtf8(keyParts.value(1));
    key.projectId = QString::fromUtf8(keyParts.value(2));
    key.securityToken = QString::fromUtf8(keyParts.value(3));
    const QByteArray date = "20240101T000000Z";

    const auto first = RequestSigner::sign(key, m.lines.at(0), url, query, m.headers, m.body, date);
    const auto second = RequestSigner::sign(key, m.lines.at(0), url, query, m.headers, m.body, date);
    IMS_FUZZ_CHECK(first.canonicalRequest == second.canonicalRequest);
    IMS_FUZZ_CHECK(first.authorization == second.authorization);
    IMS_FUZZ_CHECK(first.headers == second.headers);
    IMS_FUZZ_CHECK(first.authorization.startsWith("SDK-HMAC-SHA256 Access="));
    HeaderList sent = first.headers;
    const bool hasHost = std::any_of(sent.begin(), sent.end(), [](const auto &h) { return h.first.compare("host", Qt::CaseInsensitive) == 0; });
    if (!hasHost)
        sent.append({"Host", RequestSigner::hostHeader(url)}); // what the network layer adds
    QSet<QByteArray> names;
    bool plausible = isToken(key.accessKey.toUtf8()) && !m.lines.at(0).trimmed().isEmpty();
    for (const auto &h : sent) {
        const QByteArray name = h.first.toLower();
        plausible = plausible && isToken(h.first) && !h.second.trimmed().isEmpty() && !names.contains(name);
        names.insert(name);
    }
    if (plausible) {
        QString reason;
        const auto lookup = [&key](const QString &ak) { return ak == key.accessKey ? std::optional<QString>(key.secretKey) : std::nullopt; };
        const bool verified = RequestSigner::verifyRequest(m.lines.at(0), url.path(QUrl::FullyEncoded), first.canonicalQuery.toLatin1(), sent,
                                                           m.body, lookup, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()), &reason);
        if (!verified)
            std::fprintf(stderr, "verifyRequest: %s\ncanonical request signed:\n%s\n", qPrintable(reason), first.canonicalRequest.constData());
        IMS_FUZZ_CHECK(verified);
    }
    // The building blocks on their own, as `ims-wizard-cli sign --verbose` uses them.
    (void)RequestSigner::canonicalUri(QString::fromUtf8(m.lines.at(1)));
    (void)RequestSigner::hostHeader(url);
    (void)RequestSigner::isValidSdkDate(m.lines.at(0));
    return 0;
}
