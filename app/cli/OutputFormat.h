// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace ims {

// `-o text|json|table` (and `--json`, kept as a short form of `-o json`) for every command that
// prints data. text: one line per item; json: one JSON document; table: aligned columns with a header.
class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)
public:
    enum Format { Text, Json, Table };

    OutputFormat();
    void addTo(QCommandLineParser &p) const;
    // False with an error for an unknown -o value.
    bool read(const QCommandLineParser &p, QString *error);
    Format format() const { return m_format; }
    bool json() const { return m_format == Json; }

    // -q/--quiet (every command): only data and errors are printed, no warnings or notes.
    static void setQuiet(bool quiet);
    static bool quiet();

private:
    QCommandLineOption m_output;
    QCommandLineOption m_json;
    Format m_format = Text;
};

} // namespace ims
