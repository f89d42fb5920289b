#include "Regions.h"

namespace ims {

const QList<Region> &Regions::all()
{
    // SDK ImsRegion (33 entries); names with "?" in the digest are our best knowledge.
    static const QList<Region> regions = {
        {QStringLiteral("af-south-1"), QStringLiteral("AF-Johannesburg")},
        {QStringLiteral("af-north-1"), QStringLiteral("AF-Cairo")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("CN-Hong Kong")},
        {QStringLiteral("ap-southeast-2"), QStringLiteral("AP-Bangkok")},
        {QStringLiteral("ap-southeast-3"), QStringLiteral("AP-Singapore")},
        {QStringLiteral("ap-southeast-4"), QStringLiteral("AP-Jakarta")},
        {QStringLiteral("ap-southeast-5"), QStringLiteral("AP-Manila")},
        {QStringLiteral("cn-north-1"), QStringLiteral("CN North-Beijing1")},
        {QStringLiteral("cn-north-2"), QStringLiteral("CN North-Beijing2")},
        {QStringLiteral("cn-north-4"), QStringLiteral("CN North-Beijing4")},
        {QStringLiteral("cn-north-9"), QStringLiteral("CN North-Ulanqab")},
        {QStringLiteral("cn-north-11"), QStringLiteral("cn-north-11")},
        {QStringLiteral("cn-north-12"), QStringLiteral("cn-north-12")},
        {QStringLiteral("cn-east-2"), QStringLiteral("CN East-Shanghai2")},
        {QStringLiteral("cn-east-3"), QStringLiteral("CN East-Shanghai1")},
        {QStringLiteral("cn-east-4"), QStringLiteral("CN East2")},
        {QStringLiteral("cn-east-5"), QStringLiteral("CN East-Qingdao")},
        {QStringLiteral("cn-south-1"), QStringLiteral("CN South-Guangzhou")},
        {QStringLiteral("cn-south-2"), QStringLiteral("CN South-Shenzhen")},
        {QStringLiteral("cn-south-4"), QStringLiteral("cn-south-4")},
        {QStringLiteral("cn-southwest-2"), QStringLiteral("CN Southwest-Guiyang1")},
        {QStringLiteral("cn-southwest-3"), QStringLiteral("cn-southwest-3")},
        {QStringLiteral("eu-west-0"), QStringLiteral("EU-Paris")},
        {QStringLiteral("eu-west-101"), QStringLiteral("EU-Dublin")},
        {QStringLiteral("la-north-2"), QStringLiteral("LA-Mexico City2")},
        {QStringLiteral("la-south-2"), QStringLiteral("LA-Santiago")},
        {QStringLiteral("na-mexico-1"), QStringLiteral("LA-Mexico City1")},
        {QStringLiteral("sa-brazil-1"), QStringLiteral("LA-Sao Paulo1")},
        {QStringLiteral("me-east-1"), QStringLiteral("ME-Riyadh")},
        {QStringLiteral("ae-ad-1"), QStringLiteral("ME-Abu Dhabi")},
        {QStringLiteral("my-kualalumpur-1"), QStringLiteral("MY-Kuala Lumpur")},
        {QStringLiteral("ru-moscow-1"), QStringLiteral("RU-Moscow")},
        {QStringLiteral("tr-west-1"), QStringLiteral("TR-Istanbul")},
    };
    return regions;
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

} // namespace ims
