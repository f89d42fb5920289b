// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDateTime>
#include <QString>

namespace ims {

// A bucket as ListBuckets names it (S3/OBS element names: Name, CreationDate, Location).
struct ObsBucket
{
    QString name;
    QString creationDate; // as the server wrote it (ISO 8601)
    QString location;     // the region; empty when the server would not say
};

// An object as ListObjects or HEAD describe it (Key, Size, LastModified, ETag, StorageClass).
struct ObsObject
{
    QString key;
    qint64 size = -1;
    QString lastModified; // as the server wrote it: ISO 8601 in listings, RFC 1123 in HEAD
    QString etag;         // with its quotes, as sent
    QString storageClass; // STANDARD, WARM, COLD, ... (S3 omits it on HEAD for STANDARD)
    QString contentType;  // HEAD only

    QDateTime lastModifiedTime() const;
};

} // namespace ims
