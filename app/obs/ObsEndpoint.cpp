// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsEndpoint.h"

#include "AwsSigV4Signer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace ims {

QUrl ObsEndpoint::defaultUrl(const QString &region)
{
    return QUrl(QStringLiteral("https://obs.%1.myhuaweicloud.com").arg(region));
}

QString ObsEndpoint::regionOf(const QUrl &url)
{
    static const QRegularExpression host(QStringLiteral("^obs\\.([a-z0-9-]+)\\.myhuaweicloud\\.com$"));
    const auto m = host.match(url.host().toLower());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool ObsEndpoint::pathStyle() const
{
    switch (addressing) {
    case Addressing::Path:
        return true;
    case Addressing::VirtualHost:
        return false;
    case Addressing::Auto:
        break;
    }
    const QString host = url.host();
    return host == QLatin1String("localhost") || !QHostAddress(host).isNull();
}

QUrl ObsEndpoint::urlFor(const QString &bucket, const QString &key) const
{
    QUrl u = url;
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Each segment encoded once, exactly as the signer's canonical URI has it, so wire and signature agree.
    QStringList segments;
    for (const QString &s : key.split(QLatin1Char('/')))
        segments << AwsSigV4Signer::uriEncode(s);
    const QString encodedKey = key.isEmpty() ? QString() : segments.join(QLatin1Char('/'));
    if (bucket.isEmpty()) {
        u.setPath(base + QLatin1Char('/'), QUrl::TolerantMode);
    } else if (pathStyle()) {
        u.setPath(base + QLatin1Char('/') + AwsSigV4Signer::uriEncode(bucket) +
                      (key.isEmpty() ? QString() : QLatin1Char('/') + encodedKey),
                  QUrl::TolerantMode);
    } else {
        u.setHost(bucket + QLatin1Char('.') + u.host());
        u.setPath(base + QLatin1Char('/') + encodedKey, QUrl::TolerantMode);
    }
    return u;
}

bool ObsEndpoint::parseAddressing(const QString &text, Addressing *addressing)
{
    if (text.isEmpty() || text == QLatin1String("auto"))
        *addressing = Addressing::Auto;
    else if (text == QLatin1String("virtual"))
        *addressing = Addressing::VirtualHost;
    else if (text == QLatin1String("path"))
        *addressing = Addressing::Path;
    else
        return false;
    return true;
}

} // namespace ims
