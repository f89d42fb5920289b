// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsOptions.h"

#include "CloudCommands.h"

#include "cloud/ImsClient.h"
#include "cloud/TemporaryKeyProvider.h"
#include "obs/ObsClient.h"

#include <QCommandLineParser>

namespace ims {

ObsOptions::ObsOptions()
    : m_endpoint(QStringLiteral("obs-endpoint"),
                 tr("OBS endpoint URL [IMS_WIZARD_OBS_ENDPOINT]; default https://obs.REGION.myhuaweicloud.com."), QStringLiteral("URL"))
    , m_region(QStringLiteral("region"), tr("Region id the requests are signed for, e.g. cn-north-4 [IMS_WIZARD_REGION]."),
               QStringLiteral("ID"))
    , m_addressing(QStringLiteral("addressing"),
                   tr("Bucket addressing: virtual (BUCKET.host, Huawei Cloud OBS), path (host/BUCKET, an S3 peer on an IP "
                      "address) or auto [IMS_WIZARD_OBS_ADDRESSING]."),
                   QStringLiteral("STYLE"))
{
}

void ObsOptions::addTo(QCommandLineParser &p) const
{
    // The connection options bring --region (the same option: the region requests are signed for).
    addConnectionOptions(p);
    p.addOptions({m_endpoint, m_addressing});
}

bool ObsOptions::configure(const QCommandLineParser &p, ObsClient &client, QString *error) const
{
    auto value = [&p](const QCommandLineOption &o, const char *env) {
        return p.isSet(o) ? p.value(o) : qEnvironmentVariable(env);
    };
    AwsSigV4Signer::Key key{qEnvironmentVariable("IMS_WIZARD_AK"), qEnvironmentVariable("IMS_WIZARD_SK"),
                            qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN")};
    ImsClient *connection = nullptr; // the client of a password connection, whose IAM gives temporary keys
    ConnectionSettings settings;
    if (key.accessKey.isEmpty() || key.secretKey.isEmpty()) {
        Credentials credentials;
        QString problem;
        if (!connectionFromParser(p, &settings, &credentials, &problem)) {
            *error = tr("OBS needs an access key: set IMS_WIZARD_AK and IMS_WIZARD_SK (and IMS_WIZARD_SECURITY_TOKEN for "
                        "temporary keys), or give a password connection to get temporary keys from IAM (%1)")
                         .arg(problem);
            return false;
        }
        if (settings.auth == AuthMode::Token)
            connection = new ImsClient(settings, credentials, &client);
        else
            key = {credentials.accessKey, credentials.secretKey, credentials.securityToken};
    }

    ObsEndpoint endpoint;
    endpoint.region = value(m_region, "IMS_WIZARD_REGION");
    if (endpoint.region.isEmpty())
        endpoint.region = settings.region;
    QString url = value(m_endpoint, "IMS_WIZARD_OBS_ENDPOINT");
    if (url.isEmpty() && !settings.obsEndpoint.isEmpty()) // a saved connection's own OBS endpoint
        url = settings.obsEndpoint.toString();
    if (!url.isEmpty()) {
        endpoint.url = QUrl(url, QUrl::StrictMode);
        if (!endpoint.url.isValid() || endpoint.url.host().isEmpty() ||
            (endpoint.url.scheme() != QLatin1String("https") && endpoint.url.scheme() != QLatin1String("http"))) {
            *error = tr("the OBS endpoint must be a URL such as https://obs.cn-north-4.myhuaweicloud.com, not \"%1\"").arg(url);
            return false;
        }
        if (endpoint.region.isEmpty())
            endpoint.region = ObsEndpoint::regionOf(endpoint.url);
    } else if (!endpoint.region.isEmpty()) {
        endpoint.url = ObsEndpoint::defaultUrl(endpoint.region);
    }
    if (endpoint.region.isEmpty()) {
        *error = tr("no region to sign for: give --region (or IMS_WIZARD_REGION), or an OBS endpoint that names it");
        return false;
    }
    if (!ObsEndpoint::parseAddressing(value(m_addressing, "IMS_WIZARD_OBS_ADDRESSING"), &endpoint.addressing)) {
        *error = tr("--addressing must be auto, virtual or path");
        return false;
    }
    client.setEndpoint(endpoint);
    if (connection)
        client.setTemporaryKeys(connection->temporaryKeys());
    else
        client.setKey(key);
    return true;
}

} // namespace ims
