// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "batch/BatchInput.h"
#include "batch/CsvTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// Reading a batch as a person writes one: a spreadsheet's CSV (BOM, CRLF, quotes, line breaks in a
// cell) or a folder of request files; every problem names its row and column.
class TestBatchInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void spreadsheetCsvIsRead()
    {
        // Excel's "CSV UTF-8": a byte order mark, CRLF, a quoted cell with a comma, a doubled quote
        // and a line break.
        const QByteArray csv = "\xEF\xBB\xBFname,min_disk,description\r\n"
                               "web-1,40,\"Web, \"\"blue\"\" pool\"\r\n"
                               "web-2,41,\"two\r\nlines\"\r\n"
                               "\r\n";
        QString error;
        const auto t = CsvTable::parse(csv, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->header, (QStringList{QStringLiteral("name"), QStringLiteral("min_disk"), QStringLiteral("description")}));
        QCOMPARE(t->records.size(), 2); // the blank line is no row
        QCOMPARE(t->records[0][2], QStringLiteral("Web, \"blue\" pool"));
        QCOMPARE(t->records[1][2], QStringLiteral("two\r\nlines"));
        QCOMPARE(t->lines, (QList<int>{2, 3}));
    }

    void brokenQuotesNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("never closed") << QByteArray("name,description\nweb-1,\"open\n") << QStringLiteral("line 2, column 7");
        QTest::newRow("quote inside") << QByteArray("name,description\nweb-1,ab\"c\n") << QStringLiteral("line 2, column 9");
        QTest::newRow("after closing") << QByteArray("name\n\"web\"x\n") << QStringLiteral("line 2, column 6");
    }

    void brokenQuotesNameLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!CsvTable::parse(csv, &error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
    }

    void rowsAreTypedByTheCatalogueWithRowTemplates()
    {
        const QString path = write(QStringLiteral("web.csv"),
                                   "name,image_url,os_version,min_disk,is_config,tags\n"
                                   "web-{row},ims-image:web-{row}.qcow2,CentOS 7.6 64bit,40,true,\"team.web,row.{row}\"\n"
                                   "web-{row},ims-image:web-{row}.qcow2,CentOS 7.6 64bit,{row}0,no,\n");
        QString error;
        const auto input = BatchInput::read(path, QStringLiteral("file-system"), &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->rows.size(), 2);
        const BatchRow &first = input->rows[0];
        QCOMPARE(first.state, BatchRow::State::Checking); // readable: the checks decide
        QCOMPARE(first.name(), QStringLiteral("web-1"));
        QCOMPARE(first.fields.value(QStringLiteral("image_url")).toString(), QStringLiteral("ims-image:web-1.qcow2"));
        QCOMPARE(first.fields.value(QStringLiteral("min_disk")).toInteger(), 40);
        QCOMPARE(first.fields.value(QStringLiteral("is_config")).toBool(), true);
        QCOMPARE(first.fields.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("team.web"), QStringLiteral("row.1")}));
        const BatchRow &second = input->rows[1];
        QCOMPARE(second.fields.value(QStringLiteral("min_disk")).toInteger(), 20);
        QCOMPARE(second.fields.value(QStringLiteral("is_config")).toBool(), false);
        QVERIFY(!second.fields.contains(QStringLiteral("tags"))); // empty cell: not set, not sent
        // The same input is the same batch (a rerun resumes it); a changed one is another.
        QCOMPARE(BatchInput::read(path, QStringLiteral("file-system"), &error)->id, input->id);
        QVERIFY(BatchInput::read(path, QStringLiteral("file-data"), &error)->id != input->id);
    }

    void aBadCellMakesItsRowInvalidSayingRowAndColumn()
    {
        const QString path = write(QStringLiteral("bad.csv"),
                                   "method,name,image_url,min_disk\n"
                                   "file-data,a-1,b:x.qcow2,40\n"
                                   "file-data,a-2,b:x.qcow2,forty\n"
                                   "ecs-system,a-3,b:x.qcow2,40\n"
                                   "no-such,a-4,b:x.qcow2,40\n");
        QString error;
        const auto input = BatchInput::read(path, QString(), &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->rows[0].state, BatchRow::State::Checking);
        QCOMPARE(input->rows[1].state, BatchRow::State::Invalid);
        QCOMPARE(input->rows[1].sentence, QStringLiteral("row 2, column 4 (min_disk): \"forty\" is not a whole number"));
        QCOMPARE(input->rows[1].field, QStringLiteral("min_disk"));
        QCOMPARE(input->rows[2].state, BatchRow::State::Invalid); // image_url is no field of ecs-system
        QCOMPARE(input->rows[2].sentence, QStringLiteral("row 3, column 3 (image_url): not a field of ecs-system"));
        QCOMPARE(input->rows[3].sentence, QStringLiteral("row 4, column 1 (method): \"no-such\" is not a method"));
    }

    void aHeaderThatNamesNoFieldRefusesTheFile()
    {
        QString error;
        QVERIFY(!BatchInput::read(write(QStringLiteral("h.csv"), "name,colour\nweb,blue\n"), QStringLiteral("file-data"), &error));
        QVERIFY2(error.contains(QStringLiteral("row 1 (the header), column 2: \"colour\" is not a field")), qPrintable(error));
        QVERIFY(!BatchInput::read(write(QStringLiteral("m.csv"), "name\nweb\n"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("no method column")), qPrintable(error));
        QVERIFY(!BatchInput::read(write(QStringLiteral("e.csv"), "name\n"), QStringLiteral("file-data"), &error));
        QVERIFY2(error.contains(QStringLiteral("no rows")), qPrintable(error));
    }

    void aFolderOfRequestFilesInNameOrder()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("folder"));
        write(QStringLiteral("folder/b.json"), R"({"method": "file-data", "fields": {"name": "disk-{row}", "image_url": "b:x.qcow2", "min_disk": 40}})");
        write(QStringLiteral("folder/a.json"), R"({"method": "ecs-system", "fields": {"name": "sys-{row}", "instance_id": "877a2cda-ba63-4e1e-b3d3-a15f6c0e6c3e"}})");
        write(QStringLiteral("folder/c.json"), "{not json");
        write(QStringLiteral("folder/notes.txt"), "ignored");
        QString error;
        const auto input = BatchInput::read(m_dir.filePath(QStringLiteral("folder")), QString(), &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->rows.size(), 3);
        QCOMPARE(input->rows[0].source, QStringLiteral("a.json"));
        QCOMPARE(input->rows[0].name(), QStringLiteral("sys-1"));
        QCOMPARE(input->rows[1].name(), QStringLiteral("disk-2"));
        QCOMPARE(input->rows[2].state, BatchRow::State::Invalid);
        QVERIFY(!input->rows[2].sentence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchInput)
#include "tst_batchinput.moc"
