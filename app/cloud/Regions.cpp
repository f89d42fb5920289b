// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Regions.h"

#include <QCoreApplication>

namespace ims {

const QList<Region> &Regions::all()
{
    // SDK ImsRegion (33 entries); names with "?" in the digest are our best knowledge. The names are
    // the English console's; translations use the Chinese console's ("Regions and Endpoints" pages).
    static const QList<Region> regions = {
        {QStringLiteral("af-south-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AF-Johannesburg"))},
        {QStringLiteral("af-north-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AF-Cairo"))},
        {QStringLiteral("ap-southeast-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN-Hong Kong"))},
        {QStringLiteral("ap-southeast-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AP-Bangkok"))},
        {QStringLiteral("ap-southeast-3"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AP-Singapore"))},
        {QStringLiteral("ap-southeast-4"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AP-Jakarta"))},
        {QStringLiteral("ap-southeast-5"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "AP-Manila"))},
        {QStringLiteral("cn-north-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN North-Beijing1"))},
        {QStringLiteral("cn-north-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN North-Beijing2"))},
        {QStringLiteral("cn-north-4"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN North-Beijing4"))},
        {QStringLiteral("cn-north-9"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN North-Ulanqab"))},
        {QStringLiteral("cn-north-11"), QStringLiteral("cn-north-11")},
        {QStringLiteral("cn-north-12"), QStringLiteral("cn-north-12")},
        {QStringLiteral("cn-east-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN East-Shanghai2"))},
        {QStringLiteral("cn-east-3"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN East-Shanghai1"))},
        {QStringLiteral("cn-east-4"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN East2"))},
        {QStringLiteral("cn-east-5"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN East-Qingdao"))},
        {QStringLiteral("cn-south-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN South-Guangzhou"))},
        {QStringLiteral("cn-south-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN South-Shenzhen"))},
        {QStringLiteral("cn-south-4"), QStringLiteral("cn-south-4")},
        {QStringLiteral("cn-southwest-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "CN Southwest-Guiyang1"))},
        {QStringLiteral("cn-southwest-3"), QStringLiteral("cn-southwest-3")},
        {QStringLiteral("eu-west-0"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "EU-Paris"))},
        {QStringLiteral("eu-west-101"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "EU-Dublin"))},
        {QStringLiteral("la-north-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "LA-Mexico City2"))},
        {QStringLiteral("la-south-2"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "LA-Santiago"))},
        {QStringLiteral("na-mexico-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "LA-Mexico City1"))},
        {QStringLiteral("sa-brazil-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "LA-Sao Paulo1"))},
        {QStringLiteral("me-east-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "ME-Riyadh"))},
        {QStringLiteral("ae-ad-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "ME-Abu Dhabi"))},
        {QStringLiteral("my-kualalumpur-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "MY-Kuala Lumpur"))},
        {QStringLiteral("ru-moscow-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "RU-Moscow"))},
        {QStringLiteral("tr-west-1"), QString::fromUtf8(QT_TRANSLATE_NOOP("Regions", "TR-Istanbul"))},
    };
    return regions;
}

QString Region::displayName() const
{
    // Filed under "Regions" by QT_TRANSLATE_NOOP above; a region without a console name shows its id.
    return QCoreApplication::translate("Regions", name.toUtf8().constData());
}

bool Regions::isKnown(const QString &id)
{
    for (const auto &r : all())
        if (r.id == id)
            return true;
    return false;
}

QUrl Regions::defaultImsEndpoint(const QString &regionId)
{
    return QUrl(QStringLiteral("https://ims.%1.myhuaweicloud.com").arg(regionId));
}

QUrl Regions::defaultIamEndpoint(const QString &regionId)
{
    if (regionId == QLatin1String("eu-west-101"))
        return QUrl(QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu"));
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(regionId));
}

QUrl Regions::defaultEndpoint(ApiRequest::Service service, const QString &regionId)
{
    // "Regions and Endpoints" pages: one host per service and region, EPS one for all regions.
    using S = ApiRequest::Service;
    switch (service) {
    case S::Ims:
        return defaultImsEndpoint(regionId);
    case S::Iam:
        return defaultIamEndpoint(regionId);
    case S::Eps:
        return QUrl(QStringLiteral("https://eps.myhuaweicloud.com"));
    case S::Ecs:
        return QUrl(QStringLiteral("https://ecs.%1.myhuaweicloud.com").arg(regionId));
    case S::Evs:
        return QUrl(QStringLiteral("https://evs.%1.myhuaweicloud.com").arg(regionId));
    case S::Obs:
        return QUrl(QStringLiteral("https://obs.%1.myhuaweicloud.com").arg(regionId));
    case S::Kms:
        return QUrl(QStringLiteral("https://kms.%1.myhuaweicloud.com").arg(regionId));
    }
    return defaultImsEndpoint(regionId);
}

} // namespace ims
