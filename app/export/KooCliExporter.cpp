// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "KooCliExporter.h"

#include "ExportNames.h"

#include "catalogue/MethodSpec.h"
#include "catalogue/RequestBuilder.h"

namespace ims {

namespace {

// The here-document's end marker. Compact JSON is one line starting with "{", so it can never be a
// line of its own inside the document.
const QString endMarker = QStringLiteral("IMS_WIZARD_JSON");

QString shellWord(const QString &path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString KooCliExporter::displayName() const
{
    return tr("KooCLI (hcloud)");
}

QString KooCliExporter::command(const QString &operation, const QString &region, const QString &jsonInputPath)
{
    // KooCLI options --cli-region and --cli-jsonInput (hcli_05_12.html).
    const QString regionArg = region.isEmpty() ? QStringLiteral("\"$IMS_WIZARD_REGION\"") : region;
    return QStringLiteral("hcloud IMS %1 --cli-region=%2 --cli-jsonInput=%3").arg(operation, regionArg, shellWord(jsonInputPath));
}

ExportResult KooCliExporter::run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const
{
    ExportResult r;
    const ExportNames *names = ExportNames::forMethod(method.id);
    if (!names || names->kooCliOperation.isEmpty()) {
        r.error = tr("The method %1 has no export.").arg(method.id);
        return r;
    }
    if (!options.region.isEmpty() && !isValidRegion(options.region)) {
        r.error = tr("“%1” is not a region id such as ap-southeast-1.").arg(options.region);
        return r;
    }
    // The body bytes exactly as the program sends them (catalogue order), inside the four sections of a
    // KooCLI JSON input. IMS creation calls take no path or query parameters; Content-Type is KooCLI's.
    const PreparedRequest request = RequestBuilder::prepare(method, fields, {});
    r.jsonInput = QByteArrayLiteral("{\"header\":{},\"path\":{},\"query\":{},\"body\":") + request.bodyBytes + '}';

    r.text = QStringLiteral("# Made by IMS Wizard from the method %1 (%2 %3).\n"
                            "# Credentials are not written here: KooCLI takes them from its profile\n"
                            "# (hcloud configure init). The region comes from %4.\n")
                 .arg(method.id, QString::fromLatin1(method.httpMethod), method.path,
                      options.region.isEmpty() ? QStringLiteral("$IMS_WIZARD_REGION") : QStringLiteral("the export"));
    r.text += QStringLiteral("cat > %1 <<'%2'\n").arg(inputFileName(names->kooCliOperation), endMarker) + QString::fromUtf8(r.jsonInput)
        + QLatin1Char('\n') + endMarker + QLatin1Char('\n');
    r.text += command(names->kooCliOperation, options.region, inputFileName(names->kooCliOperation)) + QLatin1Char('\n');
    return r;
}

} // namespace ims
