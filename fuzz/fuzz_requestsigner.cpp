// RequestSigner::sign: any verb, URL, query, headers and body must sign without a crash, and the
// same request must always give the same canonical request and signature.
// Input: verb, URL, query string, then "AK<TAB>SK<TAB>project id<TAB>security token" on the first
// four lines, "Name: value" headers, an empty line, the body.
#include "FuzzSupport.h"

#include "cloud/RequestSigner.h"

using namespace ims;

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
    // The building blocks on their own, as `ims-wizard-cli sign --verbose` uses them.
    (void)RequestSigner::canonicalUri(QString::fromUtf8(m.lines.at(1)));
    (void)RequestSigner::hostHeader(url);
    (void)RequestSigner::isValidSdkDate(m.lines.at(0));
    return 0;
}
