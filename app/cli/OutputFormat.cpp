// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "OutputFormat.h"

#include <QCommandLineParser>

namespace ims {

namespace {
bool quietOutput = false;
}

void OutputFormat::setQuiet(bool quiet)
{
    quietOutput = quiet;
}

bool OutputFormat::quiet()
{
    return quietOutput;
}

OutputFormat::OutputFormat()
    : m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("Output format: text, json or table."), QStringLiteral("FORMAT"))
    , m_json(QStringLiteral("json"), tr("The same as -o json."))
{
}

void OutputFormat::addTo(QCommandLineParser &p) const
{
    p.addOptions({m_output, m_json});
}

bool OutputFormat::read(const QCommandLineParser &p, QString *error)
{
    m_format = p.isSet(m_json) ? Json : Text;
    if (!p.isSet(m_output))
        return true;
    const QString v = p.value(m_output);
    if (v == QLatin1String("text"))
        m_format = Text;
    else if (v == QLatin1String("json"))
        m_format = Json;
    else if (v == QLatin1String("table"))
        m_format = Table;
    else {
        *error = tr("-o must be text, json or table, not \"%1\"").arg(v);
        return false;
    }
    if (p.isSet(m_json) && m_format != Json) {
        *error = tr("--json and -o %1 contradict each other").arg(v);
        return false;
    }
    return true;
}

} // namespace ims
