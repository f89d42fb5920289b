// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// JobStatus::parse: answers of both job-query APIs (GET /v1/cloudimages/job/{id} and the classic
// GET /v1/{project_id}/jobs/{id}). Invariants: a finished job's progress is 1 on success, progress
// stays within 0..1, image ids are unique and never empty.
#include "FuzzSupport.h"

#include "cloud/JobStatus.h"

#include <QSet>

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QString error;
    const auto status = JobStatus::parse(fuzz::input(data, size), &error);
    if (!status) {
        IMS_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    IMS_FUZZ_CHECK(status->progress == -1 || (status->progress >= 0 && status->progress <= 1));
    IMS_FUZZ_CHECK(status->state != JobStatus::State::Success || status->progress == 1);
    IMS_FUZZ_CHECK(QSet<QString>(status->imageIds.begin(), status->imageIds.end()).size() == status->imageIds.size());
    IMS_FUZZ_CHECK(!status->imageIds.contains(QString()));
    IMS_FUZZ_CHECK(!status->beginTime.isValid() || status->beginTime.timeSpec() == Qt::UTC);
    IMS_FUZZ_CHECK(!status->endTime.isValid() || status->endTime.timeSpec() == Qt::UTC);
    return 0;
}
