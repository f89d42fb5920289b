// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Exporter.h"

namespace ims {

// The request as a curl command, written by RequestBuilder::curlCommand (token read from
// $IMS_WIZARD_TOKEN when it runs) or, with a connection, by Session::curlCommand (AK/SK signed).
class CurlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CurlExporter)
public:
    QString formatId() const override { return QStringLiteral("curl"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("sh"); }
    ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const override;
};

} // namespace ims
