// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ConnectionRules.h"

#include "Regions.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

namespace ims {

bool ConnectionRules::isLoopback(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

QString ConnectionRules::endpointProblem(const QString &text)
{
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return tr("Not an endpoint URL: write it as https://host[:port][/path].");
    // A password or a token must never cross a network in the clear.
    if (u.scheme() == QLatin1String("http") && !isLoopback(u.host()))
        return tr("Use https:// (plain http:// is accepted only for 127.0.0.1 and localhost).");
    if (!u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment())
        return tr("Only https://host[:port][/path]: no user, query or fragment.");
    return {};
}

QHash<QString, QString> ConnectionRules::problems(const ConnectionSettings &s, const Credentials &c, QSet<QString> *missing)
{
    QHash<QString, QString> p;
    auto require = [&](const QString &key, const QString &text) {
        p[key] = text;
        if (missing)
            missing->insert(key);
    };
    const QString ims = s.imsEndpoint.toString().trimmed();
    const QString iam = s.iamEndpoint.toString().trimmed();
    const bool known = Regions::isKnown(s.region);
    static const QRegularExpression regionShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (s.region.isEmpty() && ims.isEmpty())
        require(QStringLiteral("region"), tr("Required: pick a region, or give the endpoints of a private cloud."));
    else if (!s.region.isEmpty() && !regionShape.match(s.region).hasMatch())
        p[QStringLiteral("region")] = tr("A region id is lowercase letters, digits and \"-\", e.g. ap-southeast-1.");

    const bool token = s.auth == AuthMode::Token;
    auto endpoint = [&](const QString &key, const QString &text, bool required, const QString &service) {
        if (text.isEmpty()) {
            if (required)
                require(key, s.region.isEmpty() ? tr("Required: the %1 endpoint (or pick a region instead).").arg(service)
                                                : tr("Required: \"%1\" is not a public region, so give its %2 endpoint.").arg(s.region, service));
            return;
        }
        if (const QString problem = endpointProblem(text); !problem.isEmpty())
            p[key] = problem;
    };
    endpoint(QStringLiteral("imsEndpoint"), ims, !known, QStringLiteral("IMS"));
    endpoint(QStringLiteral("iamEndpoint"), iam, !known && token, QStringLiteral("IAM"));

    // My Credentials → API Credentials lists project ids as 32 lowercase hexadecimal characters.
    static const QRegularExpression projectIdShape(QStringLiteral("^[0-9a-f]{32}$"));
    if (token) {
        if (s.domain.isEmpty())
            require(QStringLiteral("domain"), tr("Required: the account (domain) your IAM user belongs to."));
        if (s.user.isEmpty())
            require(QStringLiteral("user"), tr("Required: the IAM user name."));
        if (c.password.isEmpty())
            require(QStringLiteral("password"), tr("Required to get a token from IAM."));
        if (s.projectName.isEmpty() && s.projectId.isEmpty() && s.region.isEmpty())
            require(QStringLiteral("projectName"), tr("Required: a project name or ID (without a region there is no default)."));
    } else {
        if (s.accessKey.isEmpty() && c.accessKey.isEmpty())
            require(QStringLiteral("accessKey"), tr("Required: the access key ID (AK)."));
        if (c.secretKey.isEmpty())
            require(QStringLiteral("secretKey"), tr("Required: the secret key (SK) that signs each request."));
        if (s.projectId.isEmpty())
            require(QStringLiteral("projectId"), tr("Required with AK/SK: requests are signed for a project ID."));
    }
    if (!s.projectId.isEmpty() && !projectIdShape.match(s.projectId).hasMatch())
        p[QStringLiteral("projectId")] = tr("A project ID is 32 hexadecimal characters (My Credentials → API Credentials).");

    if (s.proxy == ConnectionSettings::Proxy::Custom) {
        const QString text = s.proxyUrl.toString().trimmed();
        const QUrl u(text, QUrl::StrictMode);
        if (text.isEmpty())
            require(QStringLiteral("proxyUrl"), tr("Required: the proxy, e.g. http://proxy.example.com:3128."));
        else if (!u.isValid() || u.host().isEmpty() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("socks5")))
            p[QStringLiteral("proxyUrl")] = tr("Write it as http://host:port or socks5://host:port.");
    }
    if (!s.caFile.isEmpty()) {
        const QFileInfo info(s.caFile);
        if (!info.isFile())
            p[QStringLiteral("caFile")] = tr("No such file.");
        else if (!info.isReadable())
            p[QStringLiteral("caFile")] = tr("The file cannot be read.");
        else if (QSslCertificate::fromPath(s.caFile).isEmpty())
            p[QStringLiteral("caFile")] = tr("The file holds no PEM certificate.");
    }
    return p;
}

} // namespace ims
