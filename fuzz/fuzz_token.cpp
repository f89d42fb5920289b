// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// TokenProvider::parseAnswer: IAM's answer to POST /v3/auth/tokens.
// Input: the X-Subject-Token header's value on the first line, then the body.
#include "FuzzSupport.h"

#include "cloud/TokenProvider.h"

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray in = fuzz::input(data, size);
    const qsizetype eol = in.indexOf('\n');
    const QByteArray token = eol < 0 ? in : in.left(eol);
    const QByteArray body = eol < 0 ? QByteArray() : in.mid(eol + 1);
    const auto answer = TokenProvider::parseAnswer(token, body);
    if (answer) {
        IMS_FUZZ_CHECK(answer->token == token && !token.isEmpty());
        IMS_FUZZ_CHECK(answer->expiresAt.isValid() && answer->expiresAt.timeSpec() == Qt::UTC);
        IMS_FUZZ_CHECK(!answer->issuedAt.isValid() || answer->issuedAt.timeSpec() == Qt::UTC);
        // The token's life (issued to expiry) is never negative: TokenProvider renews by it.
        IMS_FUZZ_CHECK(!answer->issuedAt.isValid() || answer->issuedAt <= answer->expiresAt);
        (void)answer->issuedAt.secsTo(answer->expiresAt);
    }
    return 0;
}
