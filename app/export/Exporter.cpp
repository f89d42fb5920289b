// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Exporter.h"

#include "CurlExporter.h"
#include "KooCliExporter.h"
#include "PythonSdkExporter.h"
#include "TerraformExporter.h"

#include <QRegularExpression>

namespace ims {

QStringList Exporter::formatIds()
{
    return {QStringLiteral("terraform"), QStringLiteral("koocli"), QStringLiteral("curl"), QStringLiteral("python-sdk")};
}

std::unique_ptr<Exporter> Exporter::create(const QString &formatId)
{
    if (formatId == QLatin1String("terraform"))
        return std::make_unique<TerraformExporter>();
    if (formatId == QLatin1String("koocli"))
        return std::make_unique<KooCliExporter>();
    if (formatId == QLatin1String("curl"))
        return std::make_unique<CurlExporter>();
    if (formatId == QLatin1String("python-sdk"))
        return std::make_unique<PythonSdkExporter>();
    return nullptr;
}

bool Exporter::isValidRegion(const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(region).hasMatch();
}

QString Exporter::noPlaceFor(const QString &target, const QString &fieldPath)
{
    return tr("%1 has no place for the field %2, so this request cannot be exported that way without "
              "creating a different image. Remove the field or choose another format.")
        .arg(target, fieldPath);
}

} // namespace ims
