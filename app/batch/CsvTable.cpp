// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "CsvTable.h"

#include <QStringDecoder>

namespace ims {

std::optional<CsvTable> CsvTable::parse(const QByteArray &data, QString *error)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = tr("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
        return std::nullopt;
    }

    QList<QStringList> all;
    QList<int> starts;
    QStringList record;
    QString field;
    bool quoted = false;     // inside "…"
    bool wasQuoted = false;  // the current field began with a quote
    bool recordHasText = false;
    int line = 1, column = 1;
    int quoteLine = 0, quoteColumn = 0;
    int recordLine = 1;
    auto endField = [&] {
        record.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasText || record.size() > 1) {
            all.append(record);
            starts.append(recordLine);
        }
        record.clear();
        recordHasText = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = tr("line %1, column %2: a quote inside a field that does not start with one (quote the whole field and "
                            "double the quote: \"a \"\"b\"\"\")")
                             .arg(line)
                             .arg(column);
                return std::nullopt;
            }
            quoted = wasQuoted = recordHasText = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasText = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            column = 0;
            recordLine = line;
        } else {
            if (wasQuoted) {
                *error = tr("line %1, column %2: text after a closing quote (a field is either all quoted or not at all)")
                             .arg(line)
                             .arg(column);
                return std::nullopt;
            }
            field += c;
            recordHasText = true;
        }
        ++column;
    }
    if (quoted) {
        *error = tr("line %1, column %2: this quote is never closed").arg(quoteLine).arg(quoteColumn);
        return std::nullopt;
    }
    endRecord();
    if (all.isEmpty()) {
        *error = tr("the file is empty: it needs a header row of field names");
        return std::nullopt;
    }
    CsvTable t;
    t.header = all.takeFirst();
    starts.removeFirst();
    for (QString &h : t.header)
        h = h.trimmed();
    t.records = all;
    t.lines = starts;
    return t;
}

} // namespace ims
