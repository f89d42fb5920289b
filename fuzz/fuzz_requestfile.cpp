// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// RequestFile::parse: request files come from the user, other people and scripts.
// Invariant: what parses writes back (toJson) into a file that parses to the same request.
// RequestFile::load (the file reading and its size limits) is fuzzed by fuzz_profileimport, which
// goes through it: it reads into a 1 MiB buffer, too slow to do for every input here.
#include "FuzzSupport.h"

#include "catalogue/RequestFile.h"

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray in = fuzz::input(data, size);
    QString error;
    const auto parsed = RequestFile::parse(in, &error);
    IMS_FUZZ_CHECK(parsed || !error.isEmpty());
    if (parsed) {
        QString again;
        const auto reparsed = RequestFile::parse(parsed->toJson(), &again);
        IMS_FUZZ_CHECK(reparsed);
        IMS_FUZZ_CHECK(reparsed->method == parsed->method);
        IMS_FUZZ_CHECK(reparsed->fields == parsed->fields);
        IMS_FUZZ_CHECK(reparsed->name == parsed->name);
        IMS_FUZZ_CHECK(reparsed->description == parsed->description);
    }
    return 0;
}
