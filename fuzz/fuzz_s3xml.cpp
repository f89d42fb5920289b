// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The XML answers of OBS and every S3 peer, read by the calls themselves (ObsCall::readAnswer):
// ListBuckets and GetBucketLocation, ListObjects pages, ListParts pages, initiate and complete
// multipart upload, and the <Error> document of a failed request (ObsError::fromReply).
// Invariants: an answer is either read or refused with a sentence; a page that says "more" names a
// marker to go on from; an upload that started has an id; an error is one non-empty sentence.
// Input: the answer's kind on the first line (buckets, objects, parts, initiate, complete, or
// "error STATUS"), "Name: value" response headers up to an empty line, then the body.
#include "FuzzSupport.h"

#include "obs/MultipartCalls.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"

#include <QUrlQuery>

using namespace ims;

namespace {

ObsClient *client()
{
    static ObsClient *c = [] {
        auto *made = new ObsClient;
        made->setEndpoint({QUrl(QStringLiteral("https://obs.example.com")), QStringLiteral("region-1"), ObsEndpoint::Addressing::Auto});
        made->setKey({QStringLiteral("AKEXAMPLE"), QStringLiteral("secret"), {}});
        return made;
    }();
    return c;
}

QString queryValue(const ObsRequest &request, const QString &name)
{
    for (const auto &[n, v] : request.query)
        if (n == name)
            return v;
    return {};
}

// A refused answer says so in a sentence a user reads.
void checkRefusal(const ObsCall &call)
{
    if (call.error())
        IMS_FUZZ_CHECK(!call.error()->userMessage().trimmed().isEmpty());
}

void buckets(const QByteArray &body)
{
    ListBucketsCall call(client());
    ObsRequest next;
    bool more = call.readAnswer(body, &next);
    checkRefusal(call);
    // Each bucket without a location is asked for it once, with the same input as the answer.
    int asked = 0;
    while (more) {
        IMS_FUZZ_CHECK(++asked <= call.buckets().size());
        IMS_FUZZ_CHECK(next.query.size() == 1 && next.query.at(0).first == QLatin1String("location"));
        more = call.readAnswer(body, &next);
    }
}

void objects(const QByteArray &body)
{
    ListObjectsCall call(client(), QStringLiteral("bucket"), QStringLiteral("prefix/"), QStringLiteral("/"), 2);
    int pages = 0;
    ObsRequest next;
    // Two pages of the same answer: the second adds to the first.
    for (int page = 0; page < 2; ++page) {
        const qsizetype before = call.objects().size() + call.commonPrefixes().size();
        const bool more = call.readAnswer(body, &next);
        checkRefusal(call);
        if (call.error())
            return;
        ++pages;
        IMS_FUZZ_CHECK(call.pages() == pages);
        IMS_FUZZ_CHECK(call.objects().size() + call.commonPrefixes().size() >= before);
        if (more)
            IMS_FUZZ_CHECK(!queryValue(next, QStringLiteral("marker")).isEmpty());
    }
}

void parts(const QByteArray &body)
{
    ListPartsCall call(client(), QStringLiteral("bucket"), QStringLiteral("key"), QStringLiteral("upload-1"), 2);
    ObsRequest next;
    const bool more = call.readAnswer(body, &next);
    checkRefusal(call);
    if (more) {
        IMS_FUZZ_CHECK(!queryValue(next, QStringLiteral("part-number-marker")).isEmpty());
        IMS_FUZZ_CHECK(queryValue(next, QStringLiteral("uploadId")) == QLatin1String("upload-1"));
    }
}

void initiate(const QByteArray &body)
{
    InitiateMultipartCall call(client(), QStringLiteral("bucket"), QStringLiteral("key"));
    IMS_FUZZ_CHECK(!call.readAnswer(body));
    checkRefusal(call);
    IMS_FUZZ_CHECK(call.error().has_value() == call.uploadId().isEmpty());
}

void complete(const QByteArray &body)
{
    CompleteMultipartCall call(client(), QStringLiteral("bucket"), QStringLiteral("key"), QStringLiteral("upload-1"),
                               {{1, "\"etag-1\"", 5 * 1024 * 1024}});
    IMS_FUZZ_CHECK(!call.readAnswer(body));
    checkRefusal(call);
    // A 200 carrying an <Error> document is a failed join, never an object.
    if (body.contains("<Error>"))
        IMS_FUZZ_CHECK(call.error().has_value());
}

void error(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    ObsRequest request;
    request.verb = "GET";
    request.bucket = QStringLiteral("bucket");
    request.key = QStringLiteral("key");
    request.what = QStringLiteral("read the object");
    request.permission = QStringLiteral("obs:object:GetObject");
    const ObsError e = ObsError::fromReply(status, body, headers, request, QStringLiteral("AKEXAMPLE"));
    IMS_FUZZ_CHECK(!e.userMessage().trimmed().isEmpty());
    IMS_FUZZ_CHECK(e.httpStatus() == status);
    (void)e.retryable();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const fuzz::Message m = fuzz::message(fuzz::input(data, size), 1);
    const QList<QByteArray> kind = m.lines.at(0).trimmed().split(' ');
    const QByteArray what = kind.value(0);
    if (what == "buckets")
        buckets(m.body);
    else if (what == "objects")
        objects(m.body);
    else if (what == "parts")
        parts(m.body);
    else if (what == "initiate")
        initiate(m.body);
    else if (what == "complete")
        complete(m.body);
    else if (what == "error")
        error(kind.value(1).toInt(), m.headers, m.body);
    return 0;
}
