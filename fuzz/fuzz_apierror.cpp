// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ApiError::fromReply: any status, headers and body a server (or a proxy in between) answers.
// Input: the status on the first line, "Name: value" headers, an empty line, the body.
#include "FuzzSupport.h"

#include "cloud/ApiError.h"

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const fuzz::Message m = fuzz::message(fuzz::input(data, size), 1);
    const int status = m.lines.at(0).trimmed().toInt();
    const ApiError e = ApiError::fromReply(status, m.body, m.headers);
    IMS_FUZZ_CHECK(e.httpStatus() == status);
    IMS_FUZZ_CHECK(!e.code().isEmpty());
    IMS_FUZZ_CHECK(!e.retryAfterSeconds() || *e.retryAfterSeconds() >= 0);
    // What the user reads: never empty, never the whole of a huge body (the message is cut at 300
    // characters; the code is shown beside it, so it is bounded as well).
    const QString text = e.userMessage();
    IMS_FUZZ_CHECK(!text.isEmpty());
    IMS_FUZZ_CHECK(e.serverMessage().size() <= 301);
    IMS_FUZZ_CHECK(e.code().size() <= 301);
    IMS_FUZZ_CHECK(text.size() <= 2000);
    (void)e.fieldHint();
    (void)e.retryable();
    (void)ApiError::hintForCode(e.code());
    return 0;
}
