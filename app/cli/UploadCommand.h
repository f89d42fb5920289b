// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QStringList>
#include <QTextStream>

namespace ims {

// `ims-wizard-cli upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]`: the file to OBS, multipart
// with several parts in flight, progress on stderr; run again after an interruption, it resumes.
int runUploadCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// "64M", "100K", "5G", "1048576" (binary units) → bytes; -1 when not a size.
qint64 parseByteSize(const QString &text);

} // namespace ims
