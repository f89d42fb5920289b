// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ByteSource.h"
#include "ImageInfo.h"

#include "catalogue/FieldSpec.h"

#include <QCoreApplication>

namespace ims {

struct MethodSpec;

// Reads an image file's format and virtual disk size from its own headers, the way qemu-img does,
// without reading the whole file: a few small reads wherever the headers point, each bounded, so a
// hostile or damaged file costs at most a few MiB and never a loop without end.
class ImageInspector
{
    Q_DECLARE_TR_FUNCTIONS(ImageInspector)
public:
    static ImageInfo inspect(ByteSource &source);

    // The smallest min_disk (GB) a method takes for this image: the virtual size rounded up to GiB,
    // and at least the method's (and OS family's) floor from the catalogue. Problems found on the
    // way (too big for the method, a format quick import does not take) are added to *problems.
    static qint64 minDiskGb(const ImageInfo &info, const MethodSpec &method, OsFamily os, QList<ImageProblem> *problems = nullptr);

    static constexpr qint64 maxHeaderRead = 64 * 1024; // the first read: every format's header
};

} // namespace ims
