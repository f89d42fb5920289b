// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// TemporaryKeyCall::parse: IAM's answer to POST /v3.0/OS-CREDENTIAL/securitytokens.
#include "FuzzSupport.h"

#include "cloud/TemporaryKeyCall.h"

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const auto key = TemporaryKeyCall::parse(fuzz::input(data, size));
    if (key) {
        // What OBS needs to sign is all there, and the expiry the provider renews by is a UTC time.
        IMS_FUZZ_CHECK(!key->access.isEmpty() && !key->secret.isEmpty() && !key->securityToken.isEmpty());
        IMS_FUZZ_CHECK(key->expiresAt.isValid() && key->expiresAt.timeSpec() == Qt::UTC);
    }
    return 0;
}
