// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ims {

// "Create similar" for a private image: the creation method and the wizard fields that can be read
// back from the image's record (IMS ImageInfo, as GET /v2/cloudimages answers it). What made the image
// is in `__data_origin` ("instance,ID", "volume,ID", "file,URL"; absent on many images): when it names
// an ECS, a disk or an OBS file, that method and source are chosen again; otherwise a file import
// (file-system, or file-data for a data disk image), whose file a person then picks. Carried: the name
// with a suffix, the description, OS type and version, minimum disk, memory limits, tags and the KMS
// key, each only when the chosen method has that field. Not carried, because the image does not
// record them: the data disks captured with it, the enterprise project, automatic configuration,
// quick import, image_tags and the file of an image whose origin is unknown.
struct SimilarImageRequest
{
    QString methodId;
    QJsonObject fields;

    static SimilarImageRequest from(const QJsonObject &image);
    // The name of the copy: the image's name and "-copy", cut to IMS's 128 characters.
    static QString similarName(const QString &name);
};

} // namespace ims
