// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ims {

// A CSV file read as RFC 4180 says: fields separated by commas, quoted with "…" where they hold a
// comma, a quote ("" inside) or a line break; lines end in LF or CRLF; a UTF-8 byte order mark (as
// spreadsheet programs write) is skipped. The first record is the header.
struct CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    QStringList header;
    QList<QStringList> records; // after the header; a blank line is no record
    QList<int> lines;           // the line each record starts on (1 = the header's)

    // On failure: nothing, and `error` names the line and column ("line 4, column 17: …").
    static std::optional<CsvTable> parse(const QByteArray &data, QString *error);
};

} // namespace ims
