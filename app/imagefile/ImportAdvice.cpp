// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImportAdvice.h"

namespace ims {

ImportAdvice ImportAdvice::forImage(const ImageInfo &info)
{
    const bool quickFormat = info.format == ImageFormat::Raw || info.format == ImageFormat::Zvhd2;
    const qint64 size = std::max(info.virtualSize, info.fileSize);
    ImportAdvice a;
    if (size > normalImportLimit) {
        a.methodId = QStringLiteral("quick-system");
        if (!quickFormat) {
            a.possible = false;
            a.reason = tr("The disk is larger than 128 GB: only the quick import takes it, and the quick import takes RAW and "
                          "ZVHD2 files only. Convert the file to RAW (qemu-img convert -O raw) first.");
        } else if (size > quickImportLimit) {
            a.possible = false;
            a.reason = tr("The disk is larger than 1 TB, the most the quick import takes.");
        } else {
            a.reason = tr("Quick import: the disk is larger than 128 GB, and a %1 file can be imported quickly.").arg(formatName(info.format));
        }
        return a;
    }
    a.methodId = QStringLiteral("file-system");
    a.reason = quickFormat ? tr("Normal import (up to 128 GB). A %1 file could also use the quick import.").arg(formatName(info.format))
                           : tr("Normal import: a %1 file of up to 128 GB.").arg(formatName(info.format));
    return a;
}

} // namespace ims
