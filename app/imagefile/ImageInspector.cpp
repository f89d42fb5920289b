// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImageInspector.h"

#include "catalogue/MethodSpec.h"

#include <QRegularExpression>
#include <QtEndian>

#include <cstring>

namespace ims {

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr qint64 maxDescriptor = 1024 * 1024; // a VMDK text descriptor; real ones are < 4 KiB
constexpr qint64 maxTableBytes = 4 * 1024 * 1024; // qcow2 L1/L2 bytes scanned for compressed clusters
constexpr int maxL2Tables = 16;
constexpr int maxHeaderExtensions = 64;
constexpr int maxExtents = 4096;

// Bounds-checked field reads: a field beyond the bytes read is 0, never a read past the buffer.
struct Bytes
{
    const QByteArray &b;
    bool has(qint64 off, qint64 n) const { return off >= 0 && n >= 0 && off <= b.size() && n <= b.size() - off; }
    const uchar *at(qint64 off) const { return reinterpret_cast<const uchar *>(b.constData()) + off; }
    quint64 be64(qint64 o) const { return has(o, 8) ? qFromBigEndian<quint64>(at(o)) : 0; }
    quint32 be32(qint64 o) const { return has(o, 4) ? qFromBigEndian<quint32>(at(o)) : 0; }
    quint16 be16(qint64 o) const { return has(o, 2) ? qFromBigEndian<quint16>(at(o)) : 0; }
    quint64 le64(qint64 o) const { return has(o, 8) ? qFromLittleEndian<quint64>(at(o)) : 0; }
    quint32 le32(qint64 o) const { return has(o, 4) ? qFromLittleEndian<quint32>(at(o)) : 0; }
    quint16 le16(qint64 o) const { return has(o, 2) ? qFromLittleEndian<quint16>(at(o)) : 0; }
    quint8 u8(qint64 o) const { return has(o, 1) ? quint8(b.at(o)) : 0; }
    bool startsAt(qint64 o, const char *magic, qint64 n) const { return has(o, n) && std::memcmp(at(o), magic, size_t(n)) == 0; }
};

// A size field as a qint64 byte count; -1 when it does not fit (a hostile header).
qint64 sizeFrom(quint64 v, quint64 unit = 1)
{
    if (unit == 0 || v > quint64(std::numeric_limits<qint64>::max()) / unit)
        return -1;
    return qint64(v * unit);
}

QString latin1Name(const QByteArray &raw)
{
    QByteArray s = raw;
    const qsizetype nul = s.indexOf('\0');
    if (nul >= 0)
        s.truncate(nul);
    return QString::fromUtf8(s);
}

// A GUID as stored by Microsoft on disk: Data1-3 little-endian, Data4 as bytes.
QByteArray guid(quint32 d1, quint16 d2, quint16 d3, quint64 d4)
{
    QByteArray g(16, '\0');
    qToLittleEndian(d1, g.data());
    qToLittleEndian(d2, g.data() + 4);
    qToLittleEndian(d3, g.data() + 6);
    qToBigEndian(d4, g.data() + 8);
    return g;
}

// A VMDK text descriptor: VMware writes "# Disk DescriptorFile" first; hand-edited ones may lose
// the comment but keep the "createType=" line near the top. Text only, and small.
bool isVmdkDescriptor(const QByteArray &head)
{
    const QByteArray top = head.left(1024);
    if (top.contains('\0'))
        return false;
    return top.trimmed().startsWith("# Disk DescriptorFile") || top.startsWith("createType=") || top.contains("\ncreateType=");
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ImageInspector)
public:
    Reader(ByteSource &src, ImageInfo &info)
        : m_src(src)
        , m_info(info)
    {
    }

    void run();

private:
    void block(const QString &m) { m_info.problems.append({ImageProblem::Severity::Blocking, m}); }
    void warn(const QString &m) { m_info.problems.append({ImageProblem::Severity::Warning, m}); }
    void damaged(const QString &what) { block(tr("The %1 header is damaged or cut short (%2); the file cannot be imported as it is.").arg(formatName(m_info.format).toUpper(), what)); }

    void qcow2(const Bytes &h);
    void qcow1(const Bytes &h);
    void qcow2Compressed(const Bytes &h, qint64 clusterSize, bool extendedL2);
    void qed(const Bytes &h);
    void vhd(const Bytes &footer, bool atStart);
    void vhdx();
    void vmdkSparse(const Bytes &h);
    void vmdkDescriptor(const QByteArray &text, bool embedded);
    void vdi(const Bytes &h);
    void luks(const Bytes &h);
    void parallels(const Bytes &h);
    bool iso(const Bytes &h);
    QString readName(quint64 offset, quint64 length, qint64 cap);

    ByteSource &m_src;
    ImageInfo &m_info;
};

QString Reader::readName(quint64 offset, quint64 length, qint64 cap)
{
    const qint64 off = sizeFrom(offset);
    if (off < 0 || length == 0)
        return {};
    return latin1Name(m_src.read(off, qMin<qint64>(qint64(qMin<quint64>(length, quint64(cap))), cap)));
}

void Reader::run()
{
    const QByteArray head = m_src.read(0, ImageInspector::maxHeaderRead);
    const Bytes h{head};
    const qint64 size = m_info.fileSize;
    if (size > 0 && head.isEmpty()) {
        block(tr("The file could not be read."));
        return;
    }
    if (h.startsAt(0, "QFI\xfb", 4)) {
        const quint32 version = h.be32(4);
        m_info.format = version == 1 ? ImageFormat::Qcow : ImageFormat::Qcow2;
        m_info.version = int(qMin<quint32>(version, 1000));
        if (version == 1)
            qcow1(h);
        else
            qcow2(h);
    } else if (h.startsAt(0, "QED\0", 4)) {
        qed(h);
    } else if (h.startsAt(0, "vhdxfile", 8)) {
        m_info.format = ImageFormat::Vhdx;
        vhdx();
    } else if (h.startsAt(0, "KDMV", 4)) {
        vmdkSparse(h);
    } else if (h.le32(64) == 0xbeda107fU) {
        vdi(h);
    } else if (h.startsAt(0, "conectix", 8)) {
        vhd(h, true);
    } else if (h.startsAt(0, "LUKS\xba\xbe", 6)) {
        luks(h);
    } else if (h.startsAt(0, "WithoutFreeSpace", 16) || h.startsAt(0, "WithouFreSpacExt", 16)) {
        parallels(h);
    } else if (isVmdkDescriptor(head)) {
        m_info.format = ImageFormat::Vmdk;
        vmdkDescriptor(size <= ImageInspector::maxHeaderRead ? head : m_src.read(0, maxDescriptor), false);
    } else {
        // A fixed VHD is the disk's bytes with a 512-byte footer at the end and no copy at offset 0.
        const QByteArray tail = size >= 512 ? m_src.read(size - 512, 512) : QByteArray();
        const Bytes t{tail};
        if (t.startsAt(0, "conectix", 8)) {
            vhd(t, false);
        } else if (!iso(h)) {
            m_info.format = ImageFormat::Raw;
            // The file's bytes, in whole sectors as the guest (and qemu-img) sees them.
            m_info.virtualSize = size > std::numeric_limits<qint64>::max() - 511 ? size : (size + 511) / 512 * 512;
            if (m_info.nameClaims == ImageFormat::Zvhd || m_info.nameClaims == ImageFormat::Zvhd2) {
                // ZVHD and ZVHD2 are Huawei's own formats and their headers are not published: the name
                // is all there is to go by, and the disk size is unknown.
                m_info.format = *m_info.nameClaims;
                m_info.virtualSize = -1;
                warn(tr("%1 headers are not published, so the virtual disk size could not be read; "
                        "set min_disk to at least the disk's size yourself.")
                         .arg(formatName(m_info.format).toUpper()));
            }
        }
    }
}

// QCOW2 (docs/interop/qcow2.txt in QEMU): big-endian header, size at 24, crypt_method at 32.
void Reader::qcow2(const Bytes &h)
{
    if (!h.has(0, 72)) {
        damaged(tr("shorter than its 72-byte header"));
        return;
    }
    const quint32 version = h.be32(4);
    if (version != 2 && version != 3) {
        block(tr("QCOW2 version %1 is not one qemu-img or IMS knows (2 or 3).").arg(version));
        return;
    }
    const quint32 clusterBits = h.be32(20);
    if (clusterBits < 9 || clusterBits > 21) {
        damaged(tr("cluster size 2^%1").arg(clusterBits));
        return;
    }
    const qint64 clusterSize = qint64(1) << clusterBits;
    const qint64 vsize = sizeFrom(h.be64(24));
    m_info.virtualSize = vsize < 0 ? -1 : vsize / 512 * 512;
    const quint32 crypt = h.be32(32);
    if (crypt != 0) {
        m_info.encrypted = true;
        block(tr("The file is encrypted (%1); IMS cannot read it. Convert it to an unencrypted file first "
                 "(qemu-img convert with the key, -O qcow2).")
                  .arg(crypt == 2 ? QStringLiteral("LUKS") : QStringLiteral("AES")));
    }
    quint64 incompatible = 0;
    qint64 extensionsAt = 72;
    if (version >= 3) {
        incompatible = h.be64(72);
        const quint32 headerLength = h.be32(100);
        if (headerLength < 104 || headerLength > quint32(clusterSize)) {
            damaged(tr("header length %1").arg(headerLength));
            return;
        }
        extensionsAt = headerLength;
        if (incompatible & 0x1)
            warn(tr("The image was not closed cleanly (dirty); run \"qemu-img check -r all\" on it before uploading."));
        if (incompatible & 0x2)
            block(tr("The image is marked corrupt; repair it with \"qemu-img check -r all\" or convert what can be read."));
    }
    // Header extensions: backing format, external data file, … (each 8-byte aligned, type 0 ends).
    // They may fill the first cluster (up to 2 MiB); real ones take a few hundred bytes, so the
    // first read (64 KiB) is where they are looked for.
    const QByteArray firstCluster = h.b.left(clusterSize);
    const Bytes c{firstCluster};
    qint64 at = extensionsAt;
    QString dataFile;
    for (int i = 0; i < maxHeaderExtensions && c.has(at, 8); ++i) {
        const quint32 type = c.be32(at);
        const quint32 len = c.be32(at + 4);
        if (type == 0 || !c.has(at + 8, len))
            break;
        if (type == 0x44415441U) // "DATA": external data file name
            dataFile = latin1Name(firstCluster.mid(at + 8, len));
        at += 8 + ((qint64(len) + 7) & ~qint64(7));
    }
    if ((incompatible & 0x4) || !dataFile.isEmpty())
        block(tr("The disk's data is in an external data file (%1), which IMS cannot follow; convert it to one file "
                 "(qemu-img convert -O qcow2).")
                  .arg(dataFile.isEmpty() ? tr("unnamed") : dataFile));
    const quint64 backingOffset = h.be64(8);
    const quint32 backingSize = h.be32(16);
    if (backingOffset != 0 && backingSize != 0) {
        m_info.backingFile = readName(backingOffset, backingSize, 1023);
        if (m_info.backingFile.isEmpty())
            m_info.backingFile = tr("unreadable name");
    }
    if (!m_info.encrypted)
        qcow2Compressed(h, clusterSize, incompatible & 0x10);
}

// Whether any of the first L2 tables maps a compressed cluster (L2 entry bit 62). Bounded: at most
// maxL2Tables tables and maxTableBytes bytes, so a 100 GB image costs a few reads.
void Reader::qcow2Compressed(const Bytes &h, qint64 clusterSize, bool extendedL2)
{
    const quint32 l1Size = h.be32(36);
    const qint64 l1Offset = sizeFrom(h.be64(40));
    if (l1Size == 0 || l1Offset <= 0)
        return;
    const QByteArray l1 = m_src.read(l1Offset, qMin<qint64>(qint64(l1Size) * 8, maxTableBytes));
    const Bytes l{l1};
    const qint64 entrySize = extendedL2 ? 16 : 8;
    qint64 budget = maxTableBytes;
    int tables = 0;
    for (qint64 i = 0; l.has(i * 8, 8) && tables < maxL2Tables && budget >= clusterSize; ++i) {
        const qint64 l2Offset = qint64(l.be64(i * 8) & 0x00fffffffffffe00ULL);
        if (l2Offset == 0)
            continue;
        ++tables;
        budget -= clusterSize;
        const QByteArray l2 = m_src.read(l2Offset, clusterSize);
        const Bytes t{l2};
        for (qint64 j = 0; t.has(j, 8); j += entrySize) {
            if (t.be64(j) & (1ULL << 62)) {
                m_info.compressed = true;
                return;
            }
        }
    }
}

// QCOW version 1 (block/qcow.c): size at 24, crypt_method at 36.
void Reader::qcow1(const Bytes &h)
{
    if (!h.has(0, 48)) {
        damaged(tr("shorter than its 48-byte header"));
        return;
    }
    const qint64 vsize = sizeFrom(h.be64(24));
    m_info.virtualSize = vsize < 0 ? -1 : vsize / 512 * 512;
    if (h.be32(36) != 0) {
        m_info.encrypted = true;
        block(tr("The file is encrypted (AES); IMS cannot read it. Convert it to an unencrypted file first."));
    }
    const quint64 backingOffset = h.be64(8);
    const quint32 backingSize = h.be32(16);
    if (backingOffset != 0 && backingSize != 0) {
        m_info.backingFile = readName(backingOffset, backingSize, 1023);
        if (m_info.backingFile.isEmpty())
            m_info.backingFile = tr("unreadable name");
    }
}

// QED (docs/interop/qed_spec.txt): little-endian, image_size at 48, backing file feature bit 0.
void Reader::qed(const Bytes &h)
{
    m_info.format = ImageFormat::Qed;
    if (!h.has(0, 64)) {
        damaged(tr("shorter than its 64-byte header"));
        return;
    }
    const qint64 vsize = sizeFrom(h.le64(48));
    m_info.virtualSize = vsize < 0 ? -1 : vsize / 512 * 512;
    const quint64 features = h.le64(16);
    if (features & 0x1) {
        m_info.backingFile = readName(h.le32(56), h.le32(60), 1023);
        if (m_info.backingFile.isEmpty())
            m_info.backingFile = tr("unreadable name");
    }
    if (features & 0x2)
        warn(tr("The image was not closed cleanly (needs check); run \"qemu-img check -r all\" on it before uploading."));
}

// VHD (Microsoft "Virtual Hard Disk Image Format Specification"): a 512-byte big-endian footer at
// the end, copied at offset 0 only for dynamic and differencing disks.
void Reader::vhd(const Bytes &f, bool atStart)
{
    m_info.format = ImageFormat::Vhd;
    if (!f.has(0, 512)) {
        damaged(tr("footer shorter than 512 bytes"));
        return;
    }
    const quint32 type = f.be32(60);
    switch (type) {
    case 2: m_info.subformat = QStringLiteral("fixed"); break;
    case 3: m_info.subformat = QStringLiteral("dynamic"); break;
    case 4: m_info.subformat = QStringLiteral("differencing"); break;
    default: m_info.subformat = QStringLiteral("unknown"); break;
    }
    // QEMU's rule (block/vpc.c): the size the guest sees is the CHS geometry's, except for creators
    // that use the footer's current_size, or when the geometry is the maximum (65535×16×255).
    const qint64 chs = qint64(f.be16(56)) * f.u8(58) * f.u8(59);
    const QByteArray creator = f.b.mid(28, 4);
    const bool useChs = creator != "win " && creator != "qem2" && creator != "d2v " && creator != "CTXS"
        && creator != QByteArray("tap\0", 4);
    const qint64 current = sizeFrom(f.be64(48));
    qint64 sectors = chs;
    if (!useChs || chs == 65535LL * 16 * 255)
        sectors = current < 0 ? -1 : current / 512;
    m_info.virtualSize = sectors < 0 ? -1 : sectors * 512;
    if (type == 2 && atStart && m_info.fileSize > 512) {
        // A footer at offset 0 of a fixed disk is not where the spec puts it; qemu reads it anyway.
        warn(tr("This fixed VHD has its footer at the start of the file, where the specification has none."));
    }
    if (type == 4) {
        // The dynamic header (at data_offset) names the parent in UTF-16BE at 64.
        const qint64 dynOffset = sizeFrom(f.be64(16));
        const QByteArray dyn = dynOffset > 0 ? m_src.read(dynOffset, 1024) : QByteArray();
        QString parent;
        if (dyn.startsWith("cxsparse") && dyn.size() >= 64 + 512) {
            const QByteArray raw = dyn.mid(64, 512);
            QString s;
            for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
                const char16_t ch = char16_t((uchar(raw[i]) << 8) | uchar(raw[i + 1]));
                if (ch == 0)
                    break;
                s.append(QChar(ch));
            }
            parent = s;
        }
        m_info.backingFile = parent.isEmpty() ? tr("unreadable name") : parent;
    }
    if (type < 2 || type > 4)
        damaged(tr("disk type %1").arg(type));
}

// VHDX (MS-VHDX): region table at 192 KiB → metadata region → Virtual Disk Size item.
void Reader::vhdx()
{
    static const QByteArray metadataRegion = guid(0x8B7CA206, 0x4790, 0x4B9A, 0xB8FE575F050F886EULL);
    static const QByteArray virtualDiskSize = guid(0x2FA54224, 0xCD1B, 0x4876, 0xB2115DBED83BF4B8ULL);
    static const QByteArray fileParameters = guid(0xCAA16737, 0xFA36, 0x4D43, 0xB3B633F0AA44E76BULL);
    qint64 metaOffset = -1;
    qint64 metaLength = 0;
    for (const qint64 tableAt : {qint64(192 * 1024), qint64(256 * 1024)}) {
        const QByteArray table = m_src.read(tableAt, 64 * 1024);
        const Bytes t{table};
        if (!t.startsAt(0, "regi", 4))
            continue;
        const quint32 count = qMin<quint32>(t.le32(8), 2047);
        for (quint32 i = 0; i < count && t.has(16 + qint64(i) * 32, 32); ++i) {
            const qint64 e = 16 + qint64(i) * 32;
            if (table.mid(e, 16) == metadataRegion) {
                metaOffset = sizeFrom(t.le64(e + 16));
                metaLength = t.le32(e + 24);
                break;
            }
        }
        if (metaOffset > 0)
            break;
    }
    if (metaOffset <= 0 || metaLength < 64 * 1024) {
        damaged(tr("no metadata region in the region table"));
        return;
    }
    const QByteArray meta = m_src.read(metaOffset, 64 * 1024); // the table is the region's first 64 KiB
    const Bytes m{meta};
    if (!m.startsAt(0, "metadata", 8)) {
        damaged(tr("metadata table signature"));
        return;
    }
    const quint16 count = qMin<quint16>(m.le16(10), 2047);
    qint64 vsize = -1;
    for (quint16 i = 0; i < count && m.has(32 + qint64(i) * 32, 32); ++i) {
        const qint64 e = 32 + qint64(i) * 32;
        const QByteArray id = meta.mid(e, 16);
        const quint32 itemOffset = m.le32(e + 16);
        if (itemOffset >= quint64(metaLength))
            continue;
        const QByteArray item = m_src.read(metaOffset + itemOffset, 8);
        const Bytes it{item};
        if (id == virtualDiskSize)
            vsize = sizeFrom(it.le64(0));
        else if (id == fileParameters && (it.le32(4) & 0x2))
            m_info.backingFile = tr("a parent VHDX (differencing disk)");
    }
    if (vsize < 0) {
        damaged(tr("no virtual disk size"));
        return;
    }
    m_info.virtualSize = vsize;
}

// VMDK sparse extent (VMware "Virtual Disk Format 1.1"): little-endian, capacity in sectors at 12,
// an embedded descriptor at descriptorOffset (sectors).
void Reader::vmdkSparse(const Bytes &h)
{
    m_info.format = ImageFormat::Vmdk;
    if (!h.has(0, 79)) {
        damaged(tr("shorter than its 79-byte header"));
        return;
    }
    m_info.version = int(qMin<quint32>(h.le32(4), 1000));
    const qint64 capacity = sizeFrom(h.le64(12), 512);
    m_info.virtualSize = capacity;
    const quint32 flags = h.le32(8);
    if ((flags & (1U << 16)) || h.le16(77) != 0)
        m_info.compressed = true;
    const qint64 descOffset = sizeFrom(h.le64(28), 512);
    const qint64 descSize = sizeFrom(h.le64(36), 512);
    if (descOffset > 0 && descSize > 0)
        vmdkDescriptor(m_src.read(descOffset, qMin(descSize, maxDescriptor)), true);
    // No descriptor, or an empty one: qemu-img refuses such a file ("Invalid argument").
    if (m_info.subformat.isEmpty()) {
        m_info.subformat = QStringLiteral("extent");
        block(tr("This VMDK has no descriptor: it is one piece of a split disk. Convert the whole disk "
                 "(its descriptor .vmdk) to one file: qemu-img convert -O vmdk -o subformat=streamOptimized."));
    }
}

// A VMDK descriptor: createType, parent, and the extent lines `RW <sectors> <TYPE> "file" [offset]`.
void Reader::vmdkDescriptor(const QByteArray &text, bool embedded)
{
    static const QRegularExpression extentLine(
        QStringLiteral("^(RW|RDONLY|NOACCESS)\\s+(\\d+)\\s+(\\w+)(?:\\s+\"([^\"]*)\")?"));
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z0-9_.]+)\\s*=\\s*\"?([^\"]*)\"?\\s*$"));
    QString parentCid;
    QString parentHint;
    qint64 total = 0;
    int extents = 0;
    bool overflow = false;
    const QByteArray bounded = text.left(maxDescriptor);
    const qsizetype nul = bounded.indexOf('\0');
    const QString body = QString::fromUtf8(nul >= 0 ? bounded.left(nul) : bounded);
    const auto lines = QStringView(body).split(QLatin1Char('\n'));
    for (const auto &raw : lines) {
        const QString line = raw.trimmed().toString();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto e = extentLine.match(line);
        if (e.hasMatch()) {
            if (++extents > maxExtents)
                break;
            bool ok = false;
            const qint64 sectors = e.captured(2).toLongLong(&ok);
            const qint64 bytes = ok ? sizeFrom(quint64(sectors), 512) : -1;
            if (bytes < 0 || total > std::numeric_limits<qint64>::max() - bytes)
                overflow = true;
            else
                total += bytes;
            const QString file = e.captured(4);
            if (!embedded && !file.isEmpty() && !m_info.extentFiles.contains(file))
                m_info.extentFiles.append(file);
            continue;
        }
        const auto kv = keyValue.match(line);
        if (!kv.hasMatch())
            continue;
        const QString key = kv.captured(1);
        if (key == QLatin1String("createType"))
            m_info.subformat = kv.captured(2);
        else if (key == QLatin1String("parentCID"))
            parentCid = kv.captured(2).toLower();
        else if (key == QLatin1String("parentFileNameHint"))
            parentHint = kv.captured(2);
    }
    if (m_info.subformat == QLatin1String("streamOptimized"))
        m_info.compressed = true;
    if (extents > 0 && !overflow)
        m_info.virtualSize = total;
    else if (!embedded)
        damaged(tr("no extent lines in the descriptor"));
    if (!parentCid.isEmpty() && parentCid != QLatin1String("ffffffff"))
        m_info.backingFile = parentHint.isEmpty() ? tr("a parent disk (CID %1)").arg(parentCid) : parentHint;
    if (!m_info.extentFiles.isEmpty())
        block(tr("This .vmdk is only a descriptor: the disk's data is in %1. IMS imports one file; convert the "
                 "disk to one: qemu-img convert -O vmdk -o subformat=streamOptimized DESCRIPTOR.vmdk disk.vmdk.")
                  .arg(m_info.extentFiles.join(QLatin1String(", "))));
}

// VDI (VirtualBox): signature 0xbeda107f at 64, image type at 76, disk size at 368, parent UUID at 440.
void Reader::vdi(const Bytes &h)
{
    m_info.format = ImageFormat::Vdi;
    if (!h.has(0, 456)) {
        damaged(tr("shorter than its 456-byte header"));
        return;
    }
    const quint32 type = h.le32(76);
    m_info.subformat = type == 2 ? QStringLiteral("fixed") : type == 4 ? QStringLiteral("differencing") : QStringLiteral("dynamic");
    const qint64 vsize = sizeFrom(h.le64(368));
    // qemu rounds an odd size up to a sector (VBoxManage makes such files; block/vdi.c).
    m_info.virtualSize = vsize < 0 || vsize > std::numeric_limits<qint64>::max() - 511 ? -1 : (vsize + 511) / 512 * 512;
    if (type == 4 || h.b.mid(440, 16) != QByteArray(16, '\0'))
        m_info.backingFile = tr("a parent VDI (differencing image)");
}

// LUKS1 (cryptsetup's on-disk format): the payload starts at payload_offset sectors (BE at 104).
void Reader::luks(const Bytes &h)
{
    m_info.format = ImageFormat::Luks;
    m_info.encrypted = true;
    m_info.version = h.be16(6);
    const qint64 payload = sizeFrom(h.be32(104), 512);
    if (m_info.version == 1 && payload >= 0 && payload <= m_info.fileSize)
        m_info.virtualSize = (m_info.fileSize - payload + 511) / 512 * 512; // qemu counts whole sectors
    block(tr("The file is a LUKS-encrypted disk; IMS cannot read it. Decrypt it and convert it (qemu-img convert -O qcow2)."));
}

// Parallels (docs/interop/parallels.txt): nb_sectors at 36.
void Reader::parallels(const Bytes &h)
{
    m_info.format = ImageFormat::Parallels;
    m_info.virtualSize = sizeFrom(h.le64(36), 512);
}

// ISO 9660: the primary volume descriptor at 32 KiB ("\1CD001"), volume space size (LE at 80) ×
// logical block size (LE at 128).
bool Reader::iso(const Bytes &h)
{
    if (!h.startsAt(32768, "\x01" "CD001", 6))
        return false;
    m_info.format = ImageFormat::Iso;
    const qint64 blocks = h.le32(32768 + 80);
    const qint64 blockSize = h.le16(32768 + 128);
    m_info.virtualSize = blocks * blockSize;
    if (m_info.virtualSize > m_info.fileSize)
        warn(tr("The file is shorter than its ISO volume (%1 of %2 bytes): it may be cut short, e.g. an unfinished download.")
                 .arg(m_info.fileSize)
                 .arg(m_info.virtualSize));
    return true;
}

} // namespace

ImageInfo ImageInspector::inspect(ByteSource &source)
{
    ImageInfo info;
    info.fileSize = source.size();
    info.nameClaims = formatFromFileName(source.name());
    Reader(source, info).run();
    QList<ImageProblem> late;
    if (!info.backingFile.isEmpty())
        late.append({ImageProblem::Severity::Blocking,
                     tr("The image depends on a backing file (%1) that IMS cannot follow; merge them into one file first: "
                        "qemu-img convert -O %2 FILE merged.%3.")
                         .arg(info.backingFile, qemuFormatName(info.format), formatName(info.format))});
    if (!imsAccepts(info.format))
        late.append({ImageProblem::Severity::Blocking,
                     tr("IMS does not import %1 files; convert it to a format it takes, e.g. qemu-img convert -O qcow2.")
                         .arg(formatName(info.format))});
    if (info.virtualSize == 0)
        late.append({ImageProblem::Severity::Blocking, tr("The disk is empty (virtual size 0).")});
    if (info.nameClaims && *info.nameClaims != info.format)
        late.append({ImageProblem::Severity::Warning,
                     tr("The name says %1 but the file is %2; give it the extension .%2 so that it is read as what it is.")
                         .arg(formatName(*info.nameClaims), formatName(info.format))});
    info.problems.append(late);
    return info;
}

qint64 ImageInspector::minDiskGb(const ImageInfo &info, const MethodSpec &method, OsFamily os, QList<ImageProblem> *problems)
{
    const qint64 sizeGb = info.virtualSize > 0 ? info.virtualSize / GiB + (info.virtualSize % GiB != 0 ? 1 : 0) : 0;
    const FieldSpec *field = method.field(QStringLiteral("min_disk"));
    const qint64 floor = field ? field->minimumFor(os).value_or(0) : 0;
    const qint64 result = qMax(sizeGb, floor);
    if (problems && field) {
        if (const auto max = field->maximumFor(os); max && result > *max)
            problems->append({ImageProblem::Severity::Blocking,
                              tr("The disk's virtual size (%1 GB) is larger than %2 takes (at most %3 GB).")
                                  .arg(sizeGb)
                                  .arg(method.id)
                                  .arg(*max)});
    }
    // Quick import takes RAW and ZVHD2 only ("Importing an Image File Quickly").
    if (problems && method.id.startsWith(QLatin1String("quick-")) && info.format != ImageFormat::Raw
        && info.format != ImageFormat::Zvhd2)
        problems->append({ImageProblem::Severity::Blocking,
                          tr("Quick import takes RAW and ZVHD2 files only, not %1; use the normal import or convert the file.")
                              .arg(formatName(info.format))});
    return result;
}

} // namespace ims
