// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "CurlExporter.h"

#include "catalogue/RequestBuilder.h"
#include "cloud/Regions.h"
#include "session/Session.h"

namespace ims {

QString CurlExporter::displayName() const
{
    return tr("curl command");
}

ExportResult CurlExporter::run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const
{
    ExportResult r;
    if (options.session) {
        // Comments stay in English: they are part of a script, like the command itself.
        r.text = QStringLiteral("# Made by IMS Wizard. A token is read from $IMS_WIZARD_TOKEN when this runs; an AK/SK\n"
                                "# signature fits this body only and expires 15 minutes after it was made.\n")
            + options.session->curlCommand(method, fields) + QLatin1Char('\n');
        return r;
    }
    if (!options.region.isEmpty() && !isValidRegion(options.region)) {
        r.error = tr("“%1” is not a region id such as ap-southeast-1.").arg(options.region);
        return r;
    }
    // Without a region the host is a placeholder the reader sees at once, as the review page does.
    const QString base = !options.endpoint.isEmpty() ? options.endpoint
        : options.region.isEmpty()                 ? QStringLiteral("https://ims.REGION.myhuaweicloud.com")
                                                   : Regions::defaultImsEndpoint(options.region).toString(QUrl::StripTrailingSlash);
    r.text = QStringLiteral("# Made by IMS Wizard. The token is read from $IMS_WIZARD_TOKEN (and $IMS_WIZARD_SECURITY_TOKEN)\n"
                            "# when this runs; it is never written here.\n")
        + RequestBuilder::curlCommand(RequestBuilder::prepare(method, fields, {base})) + QLatin1Char('\n');
    return r;
}

} // namespace ims
