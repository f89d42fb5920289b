// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// OsVersionsCall::parseVersions: the answer of GET /v1/cloudimages/os_version.
// Invariant: the list has no empty entry and no entry twice.
#include "FuzzSupport.h"

#include "cloud/ImsCalls.h"

#include <QSet>

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const auto versions = OsVersionsCall::parseVersions(fuzz::input(data, size));
    if (versions) {
        IMS_FUZZ_CHECK(!versions->contains(QString()));
        IMS_FUZZ_CHECK(QSet<QString>(versions->begin(), versions->end()).size() == versions->size());
    }
    return 0;
}
