// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// How long `inspect` takes on big files: a 100 GB sparse raw disk and a 100 GB qcow2 (made with
// qemu-img when it is installed), plus a few formats whose size lies beyond the first read. Figures,
// not pass/fail (target: under 50 ms each). `bench_inspect [GB]` (default 100). The page cache is
// warm: the figure is the reader's own cost, not the disk's.

#include "imagefile/FileByteSource.h"
#include "imagefile/ImageInspector.h"
#include "imagefile/RangeBuffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

namespace {

// Counts the reads and bytes a source serves: what a remote (OBS) inspection would fetch.
class CountingSource : public ByteSource
{
public:
    explicit CountingSource(ByteSource &inner)
        : m_inner(inner)
    {
    }
    qint64 size() const override { return m_inner.size(); }
    QByteArray read(qint64 offset, qint64 length) override
    {
        const QByteArray b = m_inner.read(offset, length);
        ++reads;
        bytes += b.size();
        return b;
    }
    QString name() const override { return m_inner.name(); }
    int reads = 0;
    qint64 bytes = 0;

private:
    ByteSource &m_inner;
};

void measure(const QString &label, const QString &path)
{
    std::vector<double> ms;
    ImageInfo info;
    int reads = 0;
    qint64 bytes = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        FileByteSource file(path);
        if (!file.open()) {
            std::printf("%-28s cannot open %s\n", qPrintable(label), qPrintable(path));
            return;
        }
        CountingSource src(file);
        info = ImageInspector::inspect(src);
        ms.push_back(t.nsecsElapsed() / 1e6);
        reads = src.reads;
        bytes = src.bytes;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s %-7s %15lld %12lld %8.3f %8.3f %6d %10lld\n", qPrintable(label), qPrintable(formatName(info.format)),
                static_cast<long long>(info.virtualSize), static_cast<long long>(QFileInfo(path).size()), ms[ms.size() / 2],
                ms.back(), reads, static_cast<long long>(bytes));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 gb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    const qint64 size = gb * 1000 * 1000 * 1000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::printf("inspect on %lld GB files (median and worst of 21 runs, warm cache; target < 50 ms)\n", static_cast<long long>(gb));
    std::printf("%-28s %-7s %15s %12s %8s %8s %6s %10s\n", "file", "format", "virtual bytes", "file bytes", "med ms", "max ms",
                "reads", "bytes read");

    const QString raw = dir.filePath(QStringLiteral("disk.raw"));
    {
        QFile f(raw);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size)) {
            std::printf("cannot make a %lld GB sparse file here\n", static_cast<long long>(gb));
            return 1;
        }
    }
    measure(QStringLiteral("sparse raw"), raw);

    const QString qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
    if (qemuImg.isEmpty()) {
        std::printf("qemu-img is not installed (qemu-utils): the other formats are not measured\n");
        return 0;
    }
    const QString sizeArg = QString::number(size);
    const QList<QPair<QString, QStringList>> made = {
        {QStringLiteral("qcow2"), {QStringLiteral("-f"), QStringLiteral("qcow2"), dir.filePath(QStringLiteral("disk.qcow2")), sizeArg}},
        {QStringLiteral("vhdx"), {QStringLiteral("-f"), QStringLiteral("vhdx"), dir.filePath(QStringLiteral("disk.vhdx")), sizeArg}},
        {QStringLiteral("vmdk monolithicSparse"), {QStringLiteral("-f"), QStringLiteral("vmdk"), dir.filePath(QStringLiteral("disk.vmdk")), sizeArg}},
        {QStringLiteral("vhd dynamic"), {QStringLiteral("-f"), QStringLiteral("vpc"), dir.filePath(QStringLiteral("disk.vhd")), sizeArg}},
    };
    for (const auto &m : made) {
        QProcess p;
        p.start(qemuImg, QStringList{QStringLiteral("create"), QStringLiteral("-q")} + m.second);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::printf("%-28s qemu-img create failed: %s\n", qPrintable(m.first), p.readAllStandardError().constData());
            continue;
        }
        measure(m.first, m.second.at(2));
    }
    // qcow2 with data in it, compressed: the reader scans (a bounded number of) L2 tables.
    const QString small = dir.filePath(QStringLiteral("data.raw"));
    {
        QFile f(small);
        if (f.open(QIODevice::WriteOnly)) {
            QByteArray block(1024 * 1024, '\0');
            for (qsizetype i = 0; i < block.size(); ++i)
                block[i] = char(i % 251);
            for (int i = 0; i < 64; ++i)
                f.write(block);
        }
    }
    QProcess p;
    p.start(qemuImg, {QStringLiteral("convert"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("-O"), QStringLiteral("qcow2"),
                      small, dir.filePath(QStringLiteral("data-c.qcow2"))});
    if (p.waitForFinished(120000) && p.exitCode() == 0)
        measure(QStringLiteral("qcow2 compressed (64 MiB)"), dir.filePath(QStringLiteral("data-c.qcow2")));
    return 0;
}
