// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ImageInspector against qemu-img: every format qemu-img writes, at odd sizes, compared field by
// field with `qemu-img info --output=json`; the same reader through a RangeBuffer (the OBS path);
// hostile headers; min_disk from the catalogue's floors.
#include "catalogue/Catalogue.h"
#include "imagefile/FileByteSource.h"
#include "imagefile/ImageInspector.h"
#include "imagefile/RangeBuffer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace ims;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

ImageInfo inspectFile(const QString &path)
{
    FileByteSource src(path);
    if (!src.open())
        return {};
    return ImageInspector::inspect(src);
}

// The remote path: start from the head and tail, fetch what the inspector asked for, again.
ImageInfo inspectInRounds(const QString &path, int *rounds)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    RangeBuffer buf(QFileInfo(path).fileName(), f.size());
    auto fetch = [&](const QList<RangeBuffer::Range> &ranges) {
        for (const auto &r : ranges) {
            f.seek(r.first);
            buf.add(r.first, f.read(r.second));
        }
    };
    fetch(RangeBuffer::initialRanges(f.size()));
    ImageInfo info;
    for (*rounds = 1; *rounds <= 8; ++*rounds) {
        buf.clearMissing();
        info = ImageInspector::inspect(buf);
        if (buf.missing().isEmpty())
            break;
        fetch(buf.missing());
    }
    return info;
}

// A file held in memory that counts what the inspector reads from it.
class MemorySource : public ByteSource
{
public:
    MemorySource(const QString &name, const QByteArray &bytes)
        : m_name(name)
        , m_bytes(bytes)
    {
    }
    qint64 size() const override { return m_bytes.size(); }
    QByteArray read(qint64 offset, qint64 length) override
    {
        ++reads;
        if (offset < 0 || length <= 0 || offset >= m_bytes.size())
            return {};
        const QByteArray b = m_bytes.mid(offset, qMin(length, m_bytes.size() - offset));
        bytesRead += b.size();
        return b;
    }
    QString name() const override { return m_name; }
    int reads = 0;
    qint64 bytesRead = 0;

private:
    QString m_name;
    QByteArray m_bytes;
};

bool hasProblemContaining(const ImageInfo &info, const QString &text, bool blocking = true)
{
    for (const auto &p : info.problems)
        if (p.blocks() == blocking && p.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

class tst_ImageInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesQemuImg_data();
    void matchesQemuImg();
    void isoVolumeSize();
    void handMadeIso();
    void hostileHeaders();
    void mutatedHeadersStayBounded();
    void minDiskFromCatalogue();
    void nameClaims();

private:
    // Runs qemu-img with args in the work folder; fails the test on a non-zero exit.
    bool qemuImg(const QStringList &args);
    QJsonObject qemuInfo(const QString &file, const QString &forcedFormat);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writePattern(const QString &name, qint64 size);

    QString m_qemuImg;
    QTemporaryDir m_dir;
};

void tst_ImageInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
}

bool tst_ImageInspector::qemuImg(const QStringList &args)
{
    // Up to four times: qemu-img 7.2's LUKS key setup measures its own CPU time and sometimes reads
    // 0 ms and gives up ("Unable to get accurate CPU usage", a known QEMU bug fixed in 2025).
    QByteArray error;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_qemuImg, args);
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return true;
        error = p.readAllStandardError();
    }
    qWarning() << "qemu-img" << args << error;
    return false;
}

QJsonObject tst_ImageInspector::qemuInfo(const QString &file, const QString &forcedFormat)
{
    QStringList args{QStringLiteral("info"), QStringLiteral("--output=json")};
    if (!forcedFormat.isEmpty())
        args << QStringLiteral("-f") << forcedFormat;
    args << file;
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(m_qemuImg, args);
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// A file with some non-zero data at its start and past 1 GiB, so that convert has clusters to write.
void tst_ImageInspector::writePattern(const QString &name, qint64 size)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(size));
    QByteArray block(256 * 1024, '\0');
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char((i * 7) % 251);
    f.seek(0);
    f.write(block);
    if (size > GiB + block.size()) {
        f.seek(GiB);
        f.write(block);
    }
}

void tst_ImageInspector::matchesQemuImg_data()
{
    QTest::addColumn<QList<QStringList>>("commands"); // qemu-img invocations that make the file
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");      // ours
    QTest::addColumn<QString>("qemuForced");  // -f for qemu-img info where its probe is the trap
    QTest::addColumn<QString>("subformat");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<bool>("blocked");

    const QString odd1 = QString::number(GiB + 512);
    const QString odd2 = QStringLiteral("3000M");
    const QString odd3 = QStringLiteral("123456789");
    auto create = [](const QString &fmt, const QString &file, const QString &size, const QStringList &opts = {}) {
        QStringList a{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), fmt};
        for (const auto &o : opts)
            a << QStringLiteral("-o") << o;
        return a << file << size;
    };
    auto row = [](const char *name, const QList<QStringList> &cmds, const QString &file, const char *format,
                  const char *forced = "", const char *sub = "", bool compressed = false, bool blocked = false) {
        QTest::newRow(name) << cmds << file << QString::fromLatin1(format) << QString::fromLatin1(forced)
                            << QString::fromLatin1(sub) << compressed << blocked;
    };
    const QStringList secret{QStringLiteral("--object"), QStringLiteral("secret,id=s0,data=test")};

    row("qcow2 1.1, 1G+512", {create("qcow2", "a.qcow2", odd1, {"compat=1.1"})}, "a.qcow2", "qcow2");
    row("qcow2 0.10, 3000M", {create("qcow2", "b.qcow2", odd2, {"compat=0.10"})}, "b.qcow2", "qcow2");
    row("qcow2 123456789", {create("qcow2", "c.qcow2", odd3)}, "c.qcow2", "qcow2");
    row("qcow2 compressed", {{"convert", "-q", "-c", "-O", "qcow2", "pattern.raw", "z.qcow2"}}, "z.qcow2", "qcow2", "", "", true);
    row("qcow2 backing", {create("qcow2", "base.qcow2", odd3), {"create", "-q", "-f", "qcow2", "-b", "base.qcow2", "-F", "qcow2", "top.qcow2"}},
        "top.qcow2", "qcow2", "", "", false, true);
    row("qcow2 2 MiB clusters", {create("qcow2", "big.qcow2", odd2, {"cluster_size=2M"})}, "big.qcow2", "qcow2");
    row("qcow2 extended L2, compressed", {{"convert", "-q", "-c", "-O", "qcow2", "-o", "extended_l2=on", "pattern.raw", "zx.qcow2"}},
        "zx.qcow2", "qcow2", "", "", true);
    row("qcow2 external data file", {create("qcow2", "x.qcow2", odd3, {"data_file=x-data.raw"})}, "x.qcow2", "qcow2", "", "", false, true);
    row("qcow2 encrypted", {QStringList{"create", "-q"} + secret + QStringList{"-f", "qcow2", "-o", "encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=10", "e.qcow2", odd3}},
        "e.qcow2", "qcow2", "", "", false, true);
    row("qcow 3000M", {create("qcow", "a.qcow", odd2)}, "a.qcow", "qcow");
    row("qcow 123456789", {create("qcow", "b.qcow", odd3)}, "b.qcow", "qcow");
    row("qcow backing", {create("qcow", "base.qcow", odd3), {"create", "-q", "-f", "qcow", "-b", "base.qcow", "-F", "qcow", "top.qcow"}},
        "top.qcow", "qcow", "", "", false, true);
    row("qed 123456789", {create("qed", "a.qed", odd3)}, "a.qed", "qed");
    row("qed 1G+512", {create("qed", "b.qed", odd1)}, "b.qed", "qed");
    row("qed backing", {create("qed", "base.qed", odd3), {"create", "-q", "-f", "qed", "-b", "base.qed", "-F", "qed", "top.qed"}},
        "top.qed", "qed", "", "", false, true);
    row("vhd dynamic 123456789", {create("vpc", "d.vhd", odd3, {"subformat=dynamic"})}, "d.vhd", "vhd", "", "dynamic");
    row("vhd dynamic 3000M", {create("vpc", "d2.vhd", odd2, {"subformat=dynamic"})}, "d2.vhd", "vhd", "", "dynamic");
    // The trap: a fixed VHD has its footer only at the end; qemu-img's probe calls it raw.
    row("vhd fixed 123456789", {create("vpc", "f.vhd", odd3, {"subformat=fixed"})}, "f.vhd", "vhd", "vpc", "fixed");
    row("vhd fixed 1G+512", {create("vpc", "f2.vhd", odd1, {"subformat=fixed"})}, "f2.vhd", "vhd", "vpc", "fixed");
    row("vhd fixed by convert", {{"convert", "-q", "-O", "vpc", "-o", "subformat=fixed", "pattern.raw", "cf.vhd"}}, "cf.vhd", "vhd", "vpc", "fixed");
    // Beyond the largest CHS geometry (about 127 GB) qemu takes the footer's current_size.
    row("vhd dynamic 500G", {create("vpc", "d500.vhd", QStringLiteral("500G"))}, "d500.vhd", "vhd", "", "dynamic");
    row("vhd fixed 300G", {create("vpc", "f300.vhd", QStringLiteral("300G"), {"subformat=fixed"})}, "f300.vhd", "vhd", "vpc", "fixed");
    row("vhd force_size", {create("vpc", "s.vhd", odd3, {"force_size=on"})}, "s.vhd", "vhd", "", "dynamic");
    row("vhdx 123456789", {create("vhdx", "a.vhdx", odd3)}, "a.vhdx", "vhdx");
    row("vhdx 1G+512", {create("vhdx", "b.vhdx", odd1)}, "b.vhdx", "vhdx");
    row("vhdx fixed 123456789", {create("vhdx", "f.vhdx", odd3, {"subformat=fixed"})}, "f.vhdx", "vhdx");
    row("vhdx by convert", {{"convert", "-q", "-O", "vhdx", "pattern.raw", "c.vhdx"}}, "c.vhdx", "vhdx");
    row("vmdk monolithicSparse", {create("vmdk", "a.vmdk", odd3)}, "a.vmdk", "vmdk", "", "monolithicSparse");
    row("vmdk backing", {create("vmdk", "base.vmdk", odd3), {"create", "-q", "-f", "vmdk", "-b", "base.vmdk", "-F", "vmdk", "top.vmdk"}},
        "top.vmdk", "vmdk", "", "monolithicSparse", false, true);
    row("vmdk streamOptimized", {{"convert", "-q", "-O", "vmdk", "-o", "subformat=streamOptimized", "pattern.raw", "so.vmdk"}},
        "so.vmdk", "vmdk", "", "streamOptimized", true);
    // The other trap: a descriptor whose data is in another file.
    row("vmdk monolithicFlat", {create("vmdk", "flat.vmdk", odd3, {"subformat=monolithicFlat"})}, "flat.vmdk", "vmdk", "",
        "monolithicFlat", false, true);
    row("vmdk twoGbMaxExtentSparse", {create("vmdk", "two.vmdk", QStringLiteral("5G"), {"subformat=twoGbMaxExtentSparse"})}, "two.vmdk",
        "vmdk", "", "twoGbMaxExtentSparse", false, true);
    row("vdi 123456789", {create("vdi", "a.vdi", odd3)}, "a.vdi", "vdi", "", "dynamic");
    row("vdi static 1G+512", {create("vdi", "b.vdi", odd1, {"static=on"})}, "b.vdi", "vdi", "", "fixed");
    row("raw 123456789", {create("raw", "a.raw", odd3)}, "a.raw", "raw");
    row("raw of an odd size, by hand", {}, "hand-odd.raw", "raw");
    row("luks", {QStringList{"create", "-q"} + secret + QStringList{"-f", "luks", "-o", "key-secret=s0,iter-time=10", "a.luks", odd3}},
        "a.luks", "luks", "", "", false, true);
    row("parallels", {create("parallels", "a.hdd", odd3)}, "a.hdd", "parallels", "", "", false, true);
}

void tst_ImageInspector::matchesQemuImg()
{
    if (m_qemuImg.isEmpty())
        QSKIP("qemu-img is not installed (Debian package qemu-utils)");
    QFETCH(QList<QStringList>, commands);
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, qemuForced);
    QFETCH(QString, subformat);
    QFETCH(bool, compressed);
    QFETCH(bool, blocked);
    if (!QFile::exists(path(QStringLiteral("pattern.raw"))))
        writePattern(QStringLiteral("pattern.raw"), GiB + 3 * 1024 * 1024 + 512);
    if (file.startsWith(QLatin1String("hand-"))) {
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(123456789));
    }
    for (const auto &c : commands)
        if (!qemuImg(c))
            QSKIP("this qemu-img cannot make the file (a driver left out of the build)");

    const ImageInfo info = inspectFile(path(file));
    const QJsonObject q = qemuInfo(file, qemuForced);
    QVERIFY2(!q.isEmpty(), "qemu-img info gave no JSON");
    QCOMPARE(formatName(info.format), format);
    QCOMPARE(qemuFormatName(info.format), q.value(QStringLiteral("format")).toString());
    QCOMPARE(info.virtualSize, q.value(QStringLiteral("virtual-size")).toInteger());
    QCOMPARE(info.fileSize, QFileInfo(path(file)).size());
    QCOMPARE(info.backingFile, q.value(QStringLiteral("backing-filename")).toString());
    const QJsonObject specific = q.value(QStringLiteral("format-specific")).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(info.encrypted, specific.contains(QStringLiteral("encrypt")) || format == QLatin1String("luks"));
    if (format == QLatin1String("vmdk")) {
        QCOMPARE(info.subformat, specific.value(QStringLiteral("create-type")).toString());
        const QJsonArray extents = specific.value(QStringLiteral("extents")).toArray();
        QCOMPARE(info.compressed, !extents.isEmpty() && extents.first().toObject().value(QStringLiteral("compressed")).toBool());
        QStringList others;
        for (const auto &e : extents)
            if (e.toObject().value(QStringLiteral("filename")).toString() != file)
                others << e.toObject().value(QStringLiteral("filename")).toString();
        QCOMPARE(info.extentFiles, others);
    } else if (format == QLatin1String("qcow2")) {
        QCOMPARE(info.version, specific.value(QStringLiteral("compat")).toString() == QLatin1String("0.10") ? 2 : 3);
    }
    if (format == QLatin1String("qcow2"))
        QCOMPARE(info.blocksImport(), !info.backingFile.isEmpty() || info.encrypted || specific.contains(QStringLiteral("data-file")));
    if (!qemuForced.isEmpty()) // the trap: qemu-img's own probe takes a fixed VHD for raw
        QCOMPARE(qemuInfo(file, QString()).value(QStringLiteral("format")).toString(), QStringLiteral("raw"));
    QCOMPARE(info.subformat, subformat);
    QCOMPARE(info.compressed, compressed);
    QCOMPARE(info.blocksImport(), blocked);

    // The same answer from the ranges an OBS object would serve, in a few rounds.
    int rounds = 0;
    const ImageInfo remote = inspectInRounds(path(file), &rounds);
    QVERIFY2(rounds <= 4, qPrintable(QStringLiteral("%1 rounds").arg(rounds)));
    QCOMPARE(remote.format, info.format);
    QCOMPARE(remote.virtualSize, info.virtualSize);
    QCOMPARE(remote.backingFile, info.backingFile);
    QCOMPARE(remote.compressed, info.compressed);
    QCOMPARE(remote.blocksImport(), info.blocksImport());
}

void tst_ImageInspector::isoVolumeSize()
{
    const QString mkisofs = QStandardPaths::findExecutable(QStringLiteral("genisoimage"));
    const QString isoinfo = QStandardPaths::findExecutable(QStringLiteral("isoinfo"));
    if (mkisofs.isEmpty() || isoinfo.isEmpty())
        QSKIP("genisoimage is not installed");
    QDir(m_dir.path()).mkpath(QStringLiteral("isotree"));
    QFile readme(path(QStringLiteral("isotree/readme.txt")));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write(QByteArray(300000, 'x'));
    readme.close();
    QProcess p;
    p.start(mkisofs, {QStringLiteral("-quiet"), QStringLiteral("-o"), path(QStringLiteral("a.iso")), path(QStringLiteral("isotree"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    p.start(isoinfo, {QStringLiteral("-d"), QStringLiteral("-i"), path(QStringLiteral("a.iso"))});
    QVERIFY(p.waitForFinished(60000));
    const QString d = QString::fromLocal8Bit(p.readAllStandardOutput());
    const auto blocks = QRegularExpression(QStringLiteral("Volume size is: (\\d+)")).match(d);
    const auto blockSize = QRegularExpression(QStringLiteral("Logical block size is: (\\d+)")).match(d);
    QVERIFY(blocks.hasMatch() && blockSize.hasMatch());
    const ImageInfo info = inspectFile(path(QStringLiteral("a.iso")));
    QCOMPARE(formatName(info.format), QStringLiteral("iso"));
    QCOMPARE(info.virtualSize, blocks.captured(1).toLongLong() * blockSize.captured(1).toLongLong());
    QVERIFY(!info.blocksImport());
}

// A minimal primary volume descriptor, written by hand: 1000 blocks of 2048 bytes, file cut at 600.
void tst_ImageInspector::handMadeIso()
{
    QByteArray iso(600 * 2048, '\0');
    iso[32768] = 1;
    iso.replace(32769, 5, "CD001");
    qToLittleEndian<quint32>(1000, iso.data() + 32768 + 80);
    qToBigEndian<quint32>(1000, iso.data() + 32768 + 84);
    qToLittleEndian<quint16>(2048, iso.data() + 32768 + 128);
    QFile f(path(QStringLiteral("hand.iso")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(iso);
    f.close();
    const ImageInfo info = inspectFile(f.fileName());
    QCOMPARE(info.format, ImageFormat::Iso);
    QCOMPARE(info.virtualSize, 1000 * 2048);
    QVERIFY(hasProblemContaining(info, QStringLiteral("cut short"), false));
}

void tst_ImageInspector::hostileHeaders()
{
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    // A qcow2 cut after its magic: damaged, and no read beyond the file.
    ImageInfo info = inspectFile(write(QStringLiteral("cut.qcow2"), QByteArray("QFI\xfb\0\0\0\x03", 8)));
    QCOMPARE(info.format, ImageFormat::Qcow2);
    QVERIFY(info.blocksImport());

    // A qcow2 whose fields point far beyond the file and claim huge tables.
    QByteArray q(512, '\0');
    q.replace(0, 4, "QFI\xfb");
    qToBigEndian<quint32>(3, q.data() + 4);
    qToBigEndian<quint64>(0x7fffffffffffff00ULL, q.data() + 8); // backing name offset
    qToBigEndian<quint32>(0xffffffffU, q.data() + 16);
    qToBigEndian<quint32>(16, q.data() + 20);
    qToBigEndian<quint64>(0xffffffffffffffffULL, q.data() + 24); // size
    qToBigEndian<quint32>(0xffffffffU, q.data() + 36);           // l1 entries
    qToBigEndian<quint64>(256, q.data() + 40);
    qToBigEndian<quint32>(104, q.data() + 100);
    std::memset(q.data() + 256, 0xff, 256); // L1 entries pointing everywhere
    info = inspectFile(write(QStringLiteral("huge.qcow2"), q));
    QCOMPARE(info.virtualSize, -1);
    QVERIFY(info.blocksImport()); // the backing file it claims

    // A VMDK descriptor with a million extent lines and a size that overflows.
    QByteArray desc("# Disk DescriptorFile\ncreateType=\"monolithicFlat\"\n");
    desc += "RW 9223372036854775807 FLAT \"x.raw\" 0\nRW 9223372036854775807 FLAT \"y.raw\" 0\n";
    info = inspectFile(write(QStringLiteral("over.vmdk"), desc));
    QCOMPARE(info.format, ImageFormat::Vmdk);
    QVERIFY(info.blocksImport());

    // A descriptor without VMware's first comment line is still a descriptor.
    info = inspectFile(write(QStringLiteral("bare.vmdk"), QByteArray("version=1\ncreateType=\"vmfs\"\nRW 2048 VMFS \"bare-flat.vmdk\"\n")));
    QCOMPARE(info.format, ImageFormat::Vmdk);
    QCOMPARE(info.virtualSize, 2048 * 512);
    QCOMPARE(info.extentFiles, QStringList{QStringLiteral("bare-flat.vmdk")});

    // A VHDX whose region table claims 4 billion entries.
    QByteArray x(320 * 1024, '\0');
    x.replace(0, 8, "vhdxfile");
    x.replace(192 * 1024, 4, "regi");
    qToLittleEndian<quint32>(0xffffffffU, x.data() + 192 * 1024 + 8);
    info = inspectFile(write(QStringLiteral("bad.vhdx"), x));
    QCOMPARE(info.format, ImageFormat::Vhdx);
    QVERIFY(info.blocksImport());

    // An empty file is raw and empty.
    info = inspectFile(write(QStringLiteral("empty.raw"), QByteArray()));
    QCOMPARE(info.format, ImageFormat::Raw);
    QCOMPARE(info.virtualSize, 0);
    QVERIFY(info.blocksImport());
}

// Damaged copies of real headers (random bytes overwritten, deterministic seed): the reader answers
// with a format, a size that is -1 or not negative, and never reads more than a few MiB or often.
void tst_ImageInspector::mutatedHeadersStayBounded()
{
    if (m_qemuImg.isEmpty())
        QSKIP("qemu-img is not installed (Debian package qemu-utils)");
    const QList<QPair<QString, QStringList>> seeds = {
        {QStringLiteral("m.qcow2"), {QStringLiteral("-f"), QStringLiteral("qcow2")}},
        {QStringLiteral("m.qcow"), {QStringLiteral("-f"), QStringLiteral("qcow")}},
        {QStringLiteral("m.qed"), {QStringLiteral("-f"), QStringLiteral("qed")}},
        {QStringLiteral("m.vhd"), {QStringLiteral("-f"), QStringLiteral("vpc")}},
        {QStringLiteral("m.vhdx"), {QStringLiteral("-f"), QStringLiteral("vhdx")}},
        {QStringLiteral("m.vmdk"), {QStringLiteral("-f"), QStringLiteral("vmdk")}},
        {QStringLiteral("m.vdi"), {QStringLiteral("-f"), QStringLiteral("vdi")}},
    };
    QRandomGenerator rng(13);
    int cases = 0;
    for (const auto &seed : seeds) {
        QVERIFY(qemuImg(QStringList{QStringLiteral("create"), QStringLiteral("-q")} + seed.second
                        + QStringList{seed.first, QStringLiteral("123456789")}));
        QFile f(path(seed.first));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.read(8 * 1024 * 1024);
        // Where the headers are: the first KiB, a VHDX's region and metadata tables, a VHD's footer.
        QList<qint64> hot{0, 192 * 1024, 256 * 1024, 2 * 1024 * 1024, qMax<qint64>(0, original.size() - 512)};
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = original;
            const int flips = 1 + int(rng.bounded(8));
            for (int k = 0; k < flips; ++k) {
                const qint64 base = hot.at(int(rng.bounded(hot.size())));
                const qint64 at = qMin<qint64>(bytes.size() - 1, base + rng.bounded(1024));
                if (at >= 0)
                    bytes[at] = char(rng.bounded(256));
            }
            if (rng.bounded(10) == 0)
                bytes.truncate(rng.bounded(bytes.size() + 1));
            MemorySource src(seed.first, bytes);
            const ImageInfo info = ImageInspector::inspect(src);
            ++cases;
            QVERIFY(info.virtualSize >= -1);
            QCOMPARE(info.fileSize, qint64(bytes.size()));
            QVERIFY2(src.reads <= 64, qPrintable(QStringLiteral("%1: %2 reads").arg(seed.first).arg(src.reads)));
            QVERIFY2(src.bytesRead <= 16 * 1024 * 1024, qPrintable(QStringLiteral("%1: %2 bytes").arg(seed.first).arg(src.bytesRead)));
        }
    }
    QCOMPARE(cases, 300 * int(seeds.size()));
}

void tst_ImageInspector::minDiskFromCatalogue()
{
    const Catalogue &c = Catalogue::instance();
    ImageInfo info;
    info.format = ImageFormat::Qcow2;
    info.virtualSize = GiB + 512;
    const FieldSpec *fsMin = c.method(QStringLiteral("file-system"))->field(QStringLiteral("min_disk"));
    QList<ImageProblem> problems;
    // A small disk: the method's floor.
    QCOMPARE(ImageInspector::minDiskGb(info, *c.method(QStringLiteral("file-system")), OsFamily::Linux, &problems),
             *fsMin->minimumFor(OsFamily::Linux));
    QVERIFY(problems.isEmpty());
    // 60 GiB and one byte: rounded up to 61.
    info.virtualSize = 60 * GiB + 1;
    QCOMPARE(ImageInspector::minDiskGb(info, *c.method(QStringLiteral("file-system")), OsFamily::Linux), 61);
    // Quick import: the OS decides the floor, and qcow2 is refused.
    info.virtualSize = 5 * GiB;
    const FieldSpec *quickMin = c.method(QStringLiteral("quick-data"))->field(QStringLiteral("min_disk"));
    QCOMPARE(ImageInspector::minDiskGb(info, *c.method(QStringLiteral("quick-data")), OsFamily::Windows, &problems),
             *quickMin->minimumFor(OsFamily::Windows));
    QCOMPARE(ImageInspector::minDiskGb(info, *c.method(QStringLiteral("quick-data")), OsFamily::Linux),
             *quickMin->minimumFor(OsFamily::Linux));
    QVERIFY(*quickMin->minimumFor(OsFamily::Linux) < *quickMin->minimumFor(OsFamily::Windows));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("RAW and ZVHD2")));
    // Too big for the method's maximum.
    problems.clear();
    info.format = ImageFormat::Raw;
    info.virtualSize = (*fsMin->maximumFor(OsFamily::Linux) + 1) * GiB;
    ImageInspector::minDiskGb(info, *c.method(QStringLiteral("file-system")), OsFamily::Linux, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().blocks());
}

void tst_ImageInspector::nameClaims()
{
    QCOMPARE(formatFromFileName(QStringLiteral("disk.QCOW2")), ImageFormat::Qcow2);
    QCOMPARE(formatFromFileName(QStringLiteral("disk.vhd")), ImageFormat::Vhd);
    QCOMPARE(formatFromFileName(QStringLiteral("disk.img")), std::nullopt);
    // A qcow2 named .vhd: found qcow2, the name claims vhd, and the user is told.
    QByteArray q(512, '\0');
    q.replace(0, 4, "QFI\xfb");
    qToBigEndian<quint32>(2, q.data() + 4);
    qToBigEndian<quint32>(16, q.data() + 20);
    qToBigEndian<quint64>(10 * GiB, q.data() + 24);
    QFile f(path(QStringLiteral("really-qcow2.vhd")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(q);
    f.close();
    const ImageInfo info = inspectFile(f.fileName());
    QCOMPARE(info.format, ImageFormat::Qcow2);
    QCOMPARE(info.nameClaims, ImageFormat::Vhd);
    QCOMPARE(info.virtualSize, 10 * GiB);
    QVERIFY(hasProblemContaining(info, QStringLiteral("name says vhd"), false));
    QVERIFY(!info.blocksImport());

    // ZVHD2's header is not published: the name is all there is, the size stays unknown, and the
    // user is told to set min_disk; quick import still takes it.
    QFile z(path(QStringLiteral("disk.zvhd2")));
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(QByteArray(4096, '\x5a'));
    z.close();
    const ImageInfo zinfo = inspectFile(z.fileName());
    QCOMPARE(zinfo.format, ImageFormat::Zvhd2);
    QCOMPARE(zinfo.virtualSize, -1);
    QVERIFY(hasProblemContaining(zinfo, QStringLiteral("min_disk"), false));
    QList<ImageProblem> problems;
    const MethodSpec *quick = Catalogue::instance().method(QStringLiteral("quick-system"));
    QCOMPARE(ImageInspector::minDiskGb(zinfo, *quick, OsFamily::Linux, &problems),
             *quick->field(QStringLiteral("min_disk"))->minimumFor(OsFamily::Linux));
    QVERIFY(problems.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImageInspector)
#include "tst_imageinspector.moc"
