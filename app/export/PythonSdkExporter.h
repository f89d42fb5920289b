// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Exporter.h"

namespace ims {

// A Python script for huaweicloud-sdk-python-v3 (huaweicloudsdkims.v2): the IMS client, the
// operation's request and body models (ExportNames), the AK/SK from $IMS_WIZARD_AK / $IMS_WIZARD_SK.
class PythonSdkExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PythonSdkExporter)
public:
    QString formatId() const override { return QStringLiteral("python-sdk"); }
    QString displayName() const override;
    QString fileSuffix() const override { return QStringLiteral("py"); }
    ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const override;

    // A Python 3 string literal ("…" with \ " and control characters escaped).
    static QString quote(const QString &text);
};

} // namespace ims
