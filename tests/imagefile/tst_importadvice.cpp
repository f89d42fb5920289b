// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "imagefile/ImportAdvice.h"

#include <QTest>

using namespace ims;

// The method the wizard proposes for a local file (issue 13): the normal import up to 128 GB, the
// quick import beyond it for RAW and ZVHD2 only, nothing past 1 TB.
class TestImportAdvice : public QObject
{
    Q_OBJECT

    static constexpr qint64 GiB = qint64(1) << 30;
    static ImageInfo image(ImageFormat format, qint64 virtualSize)
    {
        ImageInfo info;
        info.format = format;
        info.virtualSize = virtualSize;
        info.fileSize = std::min<qint64>(virtualSize, GiB);
        return info;
    }

private slots:
    void methodForSizeAndFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("possible");
        QTest::addRow("qcow2 40 GB") << int(ImageFormat::Qcow2) << 40 * GiB << "file-system" << true;
        QTest::addRow("qcow2 128 GB") << int(ImageFormat::Qcow2) << 128 * GiB << "file-system" << true;
        QTest::addRow("raw 20 GB") << int(ImageFormat::Raw) << 20 * GiB << "file-system" << true;
        QTest::addRow("raw 500 GB") << int(ImageFormat::Raw) << 500 * GiB << "quick-system" << true;
        QTest::addRow("zvhd2 200 GB") << int(ImageFormat::Zvhd2) << 200 * GiB << "quick-system" << true;
        QTest::addRow("vmdk 200 GB") << int(ImageFormat::Vmdk) << 200 * GiB << "quick-system" << false;
        QTest::addRow("raw 2 TB") << int(ImageFormat::Raw) << 2048 * GiB << "quick-system" << false;
    }
    void methodForSizeAndFormat()
    {
        QFETCH(int, format);
        QFETCH(qint64, size);
        QFETCH(QString, method);
        QFETCH(bool, possible);
        const ImportAdvice a = ImportAdvice::forImage(image(ImageFormat(format), size));
        QCOMPARE(a.methodId, method);
        QCOMPARE(a.possible, possible);
        QVERIFY(!a.reason.isEmpty()); // always a sentence for the inspection page
        if (!possible)
            QVERIFY2(a.reason.contains(QStringLiteral("RAW")) || a.reason.contains(QStringLiteral("1 TB")), qPrintable(a.reason));
    }
};

QTEST_GUILESS_MAIN(TestImportAdvice)
#include "tst_importadvice.moc"
