// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UploadCheckpoint.h"

#include "DataDirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ims {

QString UploadCheckpoint::pathFor(const QString &filePath, const QString &bucket, const QString &key)
{
    const QByteArray id =
        QCryptographicHash::hash((filePath + QLatin1Char('\n') + bucket + QLatin1Char('/') + key).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(20);
    return dataDirectory() + QStringLiteral("/uploads/") + QString::fromLatin1(id) + QStringLiteral(".json");
}

std::optional<UploadCheckpoint> UploadCheckpoint::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4 * 1024 * 1024)).object();
    UploadCheckpoint c;
    c.bucket = o.value(QStringLiteral("bucket")).toString();
    c.key = o.value(QStringLiteral("key")).toString();
    c.filePath = o.value(QStringLiteral("file")).toString();
    c.fileSize = qint64(o.value(QStringLiteral("file_size")).toDouble(-1));
    c.fileMtimeMs = qint64(o.value(QStringLiteral("file_mtime_ms")).toDouble(-1));
    c.partSize = qint64(o.value(QStringLiteral("part_size")).toDouble());
    c.uploadId = o.value(QStringLiteral("upload_id")).toString();
    for (const auto &v : o.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = v.toObject();
        const int n = p.value(QStringLiteral("number")).toInt();
        if (n > 0)
            c.parts.insert(n, p.value(QStringLiteral("etag")).toString().toUtf8());
    }
    if (c.uploadId.isEmpty() || c.partSize <= 0 || c.bucket.isEmpty())
        return std::nullopt; // unreadable: as if there were none
    return c;
}

bool UploadCheckpoint::save(const QString &path, QString *error) const
{
    QJsonArray list;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        list.append(QJsonObject{{QStringLiteral("number"), it.key()},
                                {QStringLiteral("etag"), QString::fromUtf8(it.value())}});
    const QJsonObject o{{QStringLiteral("bucket"), bucket},
                        {QStringLiteral("key"), key},
                        {QStringLiteral("file"), filePath},
                        {QStringLiteral("file_size"), double(fileSize)},
                        {QStringLiteral("file_mtime_ms"), double(fileMtimeMs)},
                        {QStringLiteral("part_size"), double(partSize)},
                        {QStringLiteral("upload_id"), uploadId},
                        {QStringLiteral("parts"), list}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 ||
        !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace ims
