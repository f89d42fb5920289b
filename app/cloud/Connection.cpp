// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Connection.h"

#include "Regions.h"

#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ims {

std::optional<QSslConfiguration> ConnectionSettings::caFileConfiguration() const
{
    if (caFile.isEmpty())
        return std::nullopt;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(caFile));
    return ssl;
}

void ConnectionSettings::applyCaFile(QNetworkRequest &request) const
{
    if (const auto ssl = caFileConfiguration())
        request.setSslConfiguration(*ssl);
}

QUrl ConnectionSettings::effectiveImsEndpoint() const
{
    return imsEndpoint.isEmpty() ? Regions::defaultImsEndpoint(region) : imsEndpoint;
}

QUrl ConnectionSettings::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? Regions::defaultIamEndpoint(region) : iamEndpoint;
}

QUrl ConnectionSettings::effectiveEndpoint(ApiRequest::Service service) const
{
    using S = ApiRequest::Service;
    auto orDefault = [this, service](const QUrl &url) { return url.isEmpty() ? Regions::defaultEndpoint(service, region) : url; };
    switch (service) {
    case S::Ims:
        return effectiveImsEndpoint();
    case S::Iam:
        return effectiveIamEndpoint();
    case S::Ecs:
        return orDefault(ecsEndpoint);
    case S::Evs:
        return orDefault(evsEndpoint);
    case S::Obs:
        return orDefault(obsEndpoint);
    case S::Kms:
        return orDefault(kmsEndpoint);
    case S::Eps:
        return orDefault(epsEndpoint);
    }
    return effectiveImsEndpoint();
}

namespace {
QString proxyName(ConnectionSettings::Proxy p)
{
    switch (p) {
    case ConnectionSettings::Proxy::None:
        return QStringLiteral("none");
    case ConnectionSettings::Proxy::Custom:
        return QStringLiteral("custom");
    case ConnectionSettings::Proxy::System:
        break;
    }
    return QStringLiteral("system");
}

// A hand-edited URL that QUrl cannot read (a port above 65535, a stray bracket) is kept as its text,
// percent-encoded into a path: QUrl forgets the text of an invalid URL, so it would vanish at the next
// save and the connection would silently move to its region's public endpoint. Kept, it stays visibly
// wrong in the connection dialog and no call can reach a host with it. (Found by fuzz_connectionsettings.)
QUrl urlFromText(const QString &text)
{
    const QUrl url(text);
    return url.isValid() ? url : QUrl(QString::fromLatin1(QUrl::toPercentEncoding(text)));
}

// Only non-empty values are written: the file stays short and readable.
void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject ConnectionSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}};
    putString(o, QStringLiteral("region"), region);
    putString(o, QStringLiteral("imsEndpoint"), imsEndpoint.toString());
    putString(o, QStringLiteral("iamEndpoint"), iamEndpoint.toString());
    putString(o, QStringLiteral("ecsEndpoint"), ecsEndpoint.toString());
    putString(o, QStringLiteral("evsEndpoint"), evsEndpoint.toString());
    putString(o, QStringLiteral("obsEndpoint"), obsEndpoint.toString());
    putString(o, QStringLiteral("kmsEndpoint"), kmsEndpoint.toString());
    putString(o, QStringLiteral("epsEndpoint"), epsEndpoint.toString());
    putString(o, QStringLiteral("projectName"), projectName);
    putString(o, QStringLiteral("projectId"), projectId);
    putString(o, QStringLiteral("domain"), domain);
    putString(o, QStringLiteral("user"), user);
    o.insert(QStringLiteral("auth"), auth == AuthMode::AkSk ? QStringLiteral("aksk") : QStringLiteral("password"));
    putString(o, QStringLiteral("accessKey"), accessKey);
    o.insert(QStringLiteral("proxy"), proxyName(proxy));
    putString(o, QStringLiteral("proxyUrl"), proxyUrl.toString());
    putString(o, QStringLiteral("caFile"), caFile);
    o.insert(QStringLiteral("v21CreatePaths"), useNewerCreatePaths);
    return o;
}

ConnectionSettings ConnectionSettings::fromJson(const QJsonObject &o)
{
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    ConnectionSettings s;
    s.name = str("name");
    s.region = str("region");
    s.imsEndpoint = urlFromText(str("imsEndpoint"));
    s.iamEndpoint = urlFromText(str("iamEndpoint"));
    s.ecsEndpoint = urlFromText(str("ecsEndpoint"));
    s.evsEndpoint = urlFromText(str("evsEndpoint"));
    s.obsEndpoint = urlFromText(str("obsEndpoint"));
    s.kmsEndpoint = urlFromText(str("kmsEndpoint"));
    s.epsEndpoint = urlFromText(str("epsEndpoint"));
    s.projectName = str("projectName");
    s.projectId = str("projectId");
    s.domain = str("domain");
    s.user = str("user");
    s.auth = str("auth") == QLatin1String("aksk") ? AuthMode::AkSk : AuthMode::Token;
    s.accessKey = str("accessKey");
    const QString proxy = str("proxy");
    s.proxy = proxy == QLatin1String("none")     ? Proxy::None
              : proxy == QLatin1String("custom") ? Proxy::Custom
                                                 : Proxy::System;
    s.proxyUrl = urlFromText(str("proxyUrl"));
    s.caFile = str("caFile");
    s.useNewerCreatePaths = o.value(QStringLiteral("v21CreatePaths")).toBool();
    return s;
}

} // namespace ims
