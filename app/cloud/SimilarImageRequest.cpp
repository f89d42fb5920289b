// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SimilarImageRequest.h"

#include "catalogue/Catalogue.h"

#include <QJsonArray>

namespace ims {

QString SimilarImageRequest::similarName(const QString &name)
{
    static const QString suffix = QStringLiteral("-copy");
    return name.left(128 - suffix.size()) + suffix;
}

SimilarImageRequest SimilarImageRequest::from(const QJsonObject &image)
{
    auto text = [&image](const char *key) { return image.value(QLatin1String(key)).toString(); };
    auto number = [&image](const char *key) {
        const QJsonValue v = image.value(QLatin1String(key));
        return v.isString() ? v.toString().toInt() : v.toInt();
    };
    // ImageInfo: a data disk image has virtual_env_type "DataImage" (and no OS of its own).
    const bool dataImage = text("virtual_env_type") == QLatin1String("DataImage");
    const QString origin = text("__data_origin");
    const qsizetype comma = origin.indexOf(QLatin1Char(','));
    const QString originKind = comma < 0 ? QString() : origin.left(comma);
    const QString originId = comma < 0 ? QString() : origin.mid(comma + 1);

    SimilarImageRequest r;
    QJsonObject source; // the origin's own field, when it is known
    if (!dataImage && originKind == QLatin1String("instance")) {
        r.methodId = QStringLiteral("ecs-system");
        source.insert(QStringLiteral("instance_id"), originId);
    } else if (!dataImage && originKind == QLatin1String("volume")) {
        r.methodId = QStringLiteral("volume-system");
        source.insert(QStringLiteral("volume_id"), originId);
    } else {
        r.methodId = dataImage ? QStringLiteral("file-data") : QStringLiteral("file-system");
        if (originKind == QLatin1String("file"))
            source.insert(QStringLiteral("image_url"), originId);
    }

    QJsonObject candidates = source;
    candidates.insert(QStringLiteral("name"), similarName(text("name")));
    if (const QString d = text("__description"); !d.isEmpty())
        candidates.insert(QStringLiteral("description"), d);
    if (const QString os = text("__os_type"); !os.isEmpty() && !dataImage)
        candidates.insert(QStringLiteral("os_type"), os);
    if (const QString v = text("__os_version"); !v.isEmpty() && !dataImage)
        candidates.insert(QStringLiteral("os_version"), v);
    if (const int minDisk = number("min_disk"); minDisk > 0)
        candidates.insert(QStringLiteral("min_disk"), minDisk);
    // 0 is "no limit" in the record; unset is the same in a request, and unset is not sent.
    if (const int minRam = number("min_ram"); minRam > 0)
        candidates.insert(QStringLiteral("min_ram"), minRam);
    if (const int maxRam = number("max_ram"); maxRam > 0)
        candidates.insert(QStringLiteral("max_ram"), maxRam);
    // ImageInfo `tags`: "key.value" strings, the form of the request's `tags`.
    if (const QJsonArray tags = image.value(QStringLiteral("tags")).toArray(); !tags.isEmpty())
        candidates.insert(QStringLiteral("tags"), tags);
    if (const QString cmk = text("__system__cmkid"); !cmk.isEmpty())
        candidates.insert(QStringLiteral("cmk_id"), cmk);

    // Only the fields the method has: the catalogue says which.
    if (const MethodSpec *method = Catalogue::instance().method(r.methodId))
        for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it)
            if (method->field(it.key()))
                r.fields.insert(it.key(), it.value());
    return r;
}

} // namespace ims
