// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ImageInfo.h"

#include <QCoreApplication>

namespace ims {

// Which creation method suits a local image file (issue 13): the normal import from OBS
// (file-system) for files up to 128 GB, the quick import (quick-system) for RAW and ZVHD2 files and
// anything larger, which must then be RAW or ZVHD2 (../shared/spec/ims-api.md §10, "Quick import
// restrictions": ZVHD2 or RAW only, ≤ 1 TB; other formats under 128 GB use the normal import).
struct ImportAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ImportAdvice)
public:
    static constexpr qint64 normalImportLimit = 128LL * 1024 * 1024 * 1024;
    static constexpr qint64 quickImportLimit = 1024LL * 1024 * 1024 * 1024;

    QString methodId;  // "file-system" or "quick-system"
    QString reason;    // one sentence for the user
    bool possible = true; // false: no method takes the file as it is (reason says what to do)

    static ImportAdvice forImage(const ImageInfo &info);
};

} // namespace ims
