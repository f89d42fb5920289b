// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Exporter.h"

namespace ims {

// A KooCLI call: `hcloud IMS <Operation> --cli-region=… --cli-jsonInput=FILE` and its JSON input
// file ({"header", "path", "query", "body"}). The body goes in the file, never on the command line,
// so no value needs shell quoting; the script writes the file with a quoted here-document.
class KooCliExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(KooCliExporter)
public:
    static inline const QString inputFileName = QStringLiteral("ims-request.json");

    QString formatId() const override { return QStringLiteral("koocli"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("sh"); }
    ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const override;

    // The command alone, reading its input from `jsonInputPath`.
    static QString command(const QString &operation, const QString &region, const QString &jsonInputPath);
};

} // namespace ims
