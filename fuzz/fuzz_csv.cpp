// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// CsvTable::parse: batch CSV files come from spreadsheets, scripts and other people.
// Invariant: a table that parses, written back with every field quoted and CRLF line ends, parses to
// the same header and records; a refusal always says why.
#include "FuzzSupport.h"

#include "batch/CsvTable.h"

using namespace ims;

namespace {
QByteArray quoted(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += '"' + QString(fields[i]).replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8() + '"';
    }
    return line + "\r\n";
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QString error;
    const auto parsed = CsvTable::parse(fuzz::input(data, size), &error);
    IMS_FUZZ_CHECK(parsed || !error.isEmpty());
    if (parsed) {
        IMS_FUZZ_CHECK(parsed->records.size() == parsed->lines.size());
        QByteArray again = quoted(parsed->header);
        for (const auto &r : parsed->records)
            again += quoted(r);
        QString error2;
        const auto reparsed = CsvTable::parse(again, &error2);
        IMS_FUZZ_CHECK(reparsed);
        IMS_FUZZ_CHECK(reparsed->header == parsed->header);
        IMS_FUZZ_CHECK(reparsed->records == parsed->records);
    }
    return 0;
}
