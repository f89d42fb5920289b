// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ims {

// The container formats ImageInspector tells apart.
enum class ImageFormat { Raw, Qcow2, Qcow, Qed, Vhd, Vhdx, Vmdk, Vdi, Iso, Zvhd, Zvhd2, Luks, Parallels };

// Our name of a format, as IMS and its users spell it ("vhd").
QString formatName(ImageFormat f);
// qemu-img's name ("vpc" for VHD), to compare with `qemu-img info`.
QString qemuFormatName(ImageFormat f);
// The formats IMS imports from OBS ("Registering an Image File", ../shared/spec/ims-api.md §8.2) and ISO.
bool imsAccepts(ImageFormat f);
// The format a file name's extension claims; none for no or an ambiguous extension (".img" is raw
// or qcow2 in the wild).
std::optional<ImageFormat> formatFromFileName(const QString &name);

// One finding about an image file, in a sentence for the user.
struct ImageProblem
{
    enum class Severity { Blocking, Warning };
    Severity severity = Severity::Blocking;
    QString message;
    bool blocks() const { return severity == Severity::Blocking; }
};

// What ImageInspector read from an image file's own headers.
struct ImageInfo
{
    ImageFormat format = ImageFormat::Raw;
    QString subformat;       // VMDK createType, VHD/VDI "fixed"/"dynamic"/"differencing"
    int version = 0;         // qcow/qcow2 version, VMDK sparse version
    qint64 virtualSize = -1; // bytes the guest sees; -1 when it could not be read
    qint64 fileSize = 0;
    bool compressed = false;
    bool encrypted = false;
    QString backingFile;     // a backing file, parent or differencing base: IMS cannot follow it
    QStringList extentFiles; // a VMDK descriptor's data files other than itself
    std::optional<ImageFormat> nameClaims;
    QList<ImageProblem> problems;

    bool blocksImport() const;
};

} // namespace ims
