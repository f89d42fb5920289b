// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// WrappingLabel answers its heights and size hints without laying its text out each time (the start
// page's answers, issue 14's start-up figure). What a person would see if it answered wrongly: an
// answer cut off at the bottom, a blank line under it, or a window that lets a word be clipped. So
// every answer must be the one a QLabel with the same text gives, in each language the program has.

#include "WrappingLabel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace ims;

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void answersAsAQLabelDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("A data disk image file in OBS");
        QTest::newRow("long") << QStringLiteral("A disk file on this computer (qcow2, vmdk, vhd, raw…): upload it to OBS, then import it");
        QTest::newRow("pt_BR") << QStringLiteral("Um disco de dados com um SO instalado: torná-lo inicializável como imagem de disco de sistema");
        QTest::newRow("zh_CN") << QStringLiteral("本机上的磁盘文件（qcow2、vmdk、vhd、raw…）：先上传到 OBS，再导入");
        QTest::newRow("one long word") << QStringLiteral("https://obs.example.com/a-very-long-bucket-name/and/an/object/path.qcow2 then more");
    }
    void answersAsAQLabelDoes()
    {
        QFETCH(QString, text);
        WrappingLabel ours(text);
        QLabel theirs(text);
        theirs.setWordWrap(true);
        theirs.setTextFormat(Qt::PlainText);
        // Widths in the order a window's layouts ask them: narrow, wide, then every width in between.
        for (int width : {14, 66, 244, 429, 2000}) {
            QCOMPARE(ours.heightForWidth(width), theirs.heightForWidth(width));
        }
        for (int width = 20; width <= 900; width += 3) {
            QCOMPARE(ours.heightForWidth(width), theirs.heightForWidth(width));
        }
        QCOMPARE(ours.minimumSizeHint(), theirs.minimumSizeHint());
        QCOMPARE(ours.sizeHint().height(), ours.heightForWidth(ours.sizeHint().width()));
        QVERIFY(ours.sizeHint().width() >= ours.minimumSizeHint().width());
    }

    // A new text, or a new font, is measured again.
    void aNewTextOrFontIsMeasuredAgain()
    {
        WrappingLabel ours(QStringLiteral("short"));
        const int oneLine = ours.heightForWidth(400);
        ours.setText(QStringLiteral("A much longer answer that cannot stay on one line at this width, whatever the font"));
        QVERIFY(ours.heightForWidth(200) > oneLine);
        QLabel theirs(ours.text());
        theirs.setWordWrap(true);
        QCOMPARE(ours.heightForWidth(200), theirs.heightForWidth(200));

        QFont bigger = ours.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        ours.setFont(bigger);
        theirs.setFont(bigger);
        QCOMPARE(ours.heightForWidth(200), theirs.heightForWidth(200));
        QCOMPARE(ours.minimumSizeHint(), theirs.minimumSizeHint());
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
