// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace ims {

// What an interrupted multipart upload needs to continue: where it goes, the upload id, which file
// (identified by size and modification time) and the parts finished with their ETags. A small JSON file
// under dataDirectory()/uploads, next to the job list, replaced atomically (QSaveFile) after each part,
// so that a kill or a power cut leaves the previous or the next state, never half of one.
struct UploadCheckpoint
{
    QString bucket;
    QString key;
    QString filePath; // absolute
    qint64 fileSize = 0;
    qint64 fileMtimeMs = 0;
    qint64 partSize = 0;
    QString uploadId;
    QMap<int, QByteArray> parts; // part number → ETag (quotes included)

    // One file per (file, bucket, key): running the same upload again finds it.
    static QString pathFor(const QString &filePath, const QString &bucket, const QString &key);
    static std::optional<UploadCheckpoint> load(const QString &path);
    bool save(const QString &path, QString *error) const;
};

} // namespace ims
