// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Exporter.h"

namespace ims {

// A KooCLI call: `hcloud IMS <Operation> --cli-region=… --cli-jsonInput=FILE` and its JSON input
// file ({"header", "path", "query", "body"}). The body goes in the file, never on the command line,
// so no value needs shell quoting; the script writes the file with a quoted here-document.
// KooCLI user guide, "Passing API Parameters with JSON File" (usermanual-hcli/hcli_05_12.html): the
// options, the file's keys, and its name ${Service name}_${API name}.json.
class KooCliExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(KooCliExporter)
public:
    QString formatId() const override { return QStringLiteral("koocli"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("sh"); }
    ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const override;

    // "IMS_CreateImage.json": the input file's name as the KooCLI guide suggests.
    static QString inputFileName(const QString &operation) { return QStringLiteral("IMS_%1.json").arg(operation); }
    // The command alone, reading its input from `jsonInputPath`.
    static QString command(const QString &operation, const QString &region, const QString &jsonInputPath);
};

} // namespace ims
