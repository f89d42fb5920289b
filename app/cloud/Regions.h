// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ims {

// The Huawei Cloud regions that offer IMS, and their default endpoints (API digest §6.4, §6.5).
struct Region
{
    QString id;   // "ap-southeast-1"
    QString name; // "CN-Hong Kong", as the English console names it
    // The console's name in the user's language ("中国-香港" for zh_CN).
    QString displayName() const;
};

class Regions
{
public:
    static const QList<Region> &all();
    static bool isKnown(const QString &id);
    // https://ims.{region}.myhuaweicloud.com
    static QUrl defaultImsEndpoint(const QString &regionId);
    // https://iam.{region}.myhuaweicloud.com (eu-west-101 is on .eu)
    static QUrl defaultIamEndpoint(const QString &regionId);
    // https://{ecs|evs|obs|kms}.{region}.myhuaweicloud.com; EPS is global (https://eps.myhuaweicloud.com).
    static QUrl defaultEndpoint(ApiRequest::Service service, const QString &regionId);
};

} // namespace ims
