// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Exporter.h"

namespace ims {

// A Terraform configuration with terraform-provider-huaweicloud's per-method IMS resource
// (ExportNames), a `provider` block with the region and the image tags as a map.
class TerraformExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(TerraformExporter)
public:
    QString formatId() const override { return QStringLiteral("terraform"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("tf"); }
    ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const override;

    // An HCL quoted string: escapes \ " and the template openers ${ and %{ (HCL native syntax spec).
    static QString quote(const QString &text);
};

} // namespace ims
