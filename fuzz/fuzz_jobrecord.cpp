// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// JobRecord::fromJson: one job of the job list on disk, shared with the CLI.
// Invariant: a record written and read back is written the same way again.
#include "FuzzSupport.h"

#include "jobs/JobRecord.h"

#include <QJsonDocument>

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::input(data, size));
    const JobRecord r = JobRecord::fromJson(doc.object());
    const QJsonObject written = r.toJson();
    IMS_FUZZ_CHECK(JobRecord::fromJson(written).toJson() == written);
    (void)r.isFinished();
    return 0;
}
