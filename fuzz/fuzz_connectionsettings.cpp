// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ConnectionSettings::fromJson: one entry of connections.json, a file people edit and copy.
// Invariant: saving what was loaded and loading it again gives the same settings.
#include "FuzzSupport.h"

#include "cloud/Connection.h"

#include <QJsonDocument>

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::input(data, size));
    const ConnectionSettings s = ConnectionSettings::fromJson(doc.object());
    const ConnectionSettings again = ConnectionSettings::fromJson(s.toJson());
    IMS_FUZZ_CHECK(again == s);
    (void)s.effectiveImsEndpoint();
    (void)s.effectiveIamEndpoint();
    return 0;
}
