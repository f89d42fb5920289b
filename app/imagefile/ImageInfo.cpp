// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImageInfo.h"

#include <QFileInfo>

namespace ims {

QString formatName(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Raw: return QStringLiteral("raw");
    case ImageFormat::Qcow2: return QStringLiteral("qcow2");
    case ImageFormat::Qcow: return QStringLiteral("qcow");
    case ImageFormat::Qed: return QStringLiteral("qed");
    case ImageFormat::Vhd: return QStringLiteral("vhd");
    case ImageFormat::Vhdx: return QStringLiteral("vhdx");
    case ImageFormat::Vmdk: return QStringLiteral("vmdk");
    case ImageFormat::Vdi: return QStringLiteral("vdi");
    case ImageFormat::Iso: return QStringLiteral("iso");
    case ImageFormat::Zvhd: return QStringLiteral("zvhd");
    case ImageFormat::Zvhd2: return QStringLiteral("zvhd2");
    case ImageFormat::Luks: return QStringLiteral("luks");
    case ImageFormat::Parallels: return QStringLiteral("parallels");
    }
    return {};
}

QString qemuFormatName(ImageFormat f)
{
    if (f == ImageFormat::Vhd)
        return QStringLiteral("vpc");
    if (f == ImageFormat::Iso)
        return QStringLiteral("raw"); // qemu-img has no ISO driver: an ISO is raw to it
    return formatName(f);
}

bool imsAccepts(ImageFormat f)
{
    return f != ImageFormat::Luks && f != ImageFormat::Parallels;
}

std::optional<ImageFormat> formatFromFileName(const QString &name)
{
    const QString ext = QFileInfo(name).suffix().toLower();
    static const QList<QPair<QString, ImageFormat>> table = {
        {QStringLiteral("qcow2"), ImageFormat::Qcow2}, {QStringLiteral("qcow"), ImageFormat::Qcow},
        {QStringLiteral("qed"), ImageFormat::Qed},     {QStringLiteral("vhd"), ImageFormat::Vhd},
        {QStringLiteral("vpc"), ImageFormat::Vhd},     {QStringLiteral("vhdx"), ImageFormat::Vhdx},
        {QStringLiteral("vmdk"), ImageFormat::Vmdk},   {QStringLiteral("vdi"), ImageFormat::Vdi},
        {QStringLiteral("iso"), ImageFormat::Iso},     {QStringLiteral("raw"), ImageFormat::Raw},
        {QStringLiteral("zvhd"), ImageFormat::Zvhd},   {QStringLiteral("zvhd2"), ImageFormat::Zvhd2},
        {QStringLiteral("luks"), ImageFormat::Luks},   {QStringLiteral("hdd"), ImageFormat::Parallels},
    };
    for (const auto &e : table)
        if (e.first == ext)
            return e.second;
    return std::nullopt;
}

bool ImageInfo::blocksImport() const
{
    for (const auto &p : problems)
        if (p.blocks())
            return true;
    return false;
}

} // namespace ims
