// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ImageInspector::inspect (`ims-wizard-cli inspect`, the wizard's file check): an image file's own
// headers, from anyone. The input is the file; its length picks the file name (the name's claim is
// part of the verdict). Invariants, as tst_imageinspector's mutated headers hold them: a size of
// -1 or more, the file's size as given, at most 64 reads and 16 MiB read; and the smallest
// min_disk for it is computed without overflow (UBSan watches the arithmetic).
#include "FuzzSupport.h"

#include "catalogue/Catalogue.h"
#include "imagefile/ImageInspector.h"

using namespace ims;

namespace {
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
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static const QStringList names = {QStringLiteral("disk.qcow2"), QStringLiteral("disk.vhd"),  QStringLiteral("disk.vmdk"),
                                      QStringLiteral("disk.vhdx"),  QStringLiteral("disk.raw"),  QStringLiteral("disk.zvhd2"),
                                      QStringLiteral("disk.iso"),   QStringLiteral("disk")};
    MemorySource source(names.at(int(size % names.size())), fuzz::input(data, size));
    ImageInfo info = ImageInspector::inspect(source);
    IMS_FUZZ_CHECK(info.virtualSize >= -1);
    IMS_FUZZ_CHECK(info.fileSize == qint64(size));
    IMS_FUZZ_CHECK(source.reads <= 64);
    IMS_FUZZ_CHECK(source.bytesRead <= 16 * 1024 * 1024);
    for (const char *method : {"quick-system", "file-data"})
        if (const MethodSpec *spec = Catalogue::instance().method(QLatin1String(method)))
            (void)ImageInspector::minDiskGb(info, *spec, OsFamily::Linux, &info.problems);
    (void)info.blocksImport();
    for (const auto &p : info.problems)
        IMS_FUZZ_CHECK(!p.message.isEmpty());
    return 0;
}
