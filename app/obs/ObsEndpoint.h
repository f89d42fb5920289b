// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>
#include <QUrl>

namespace ims {

// Where OBS is and how buckets are addressed: OBS on Huawei Cloud takes virtual-host style
// (https://BUCKET.obs.REGION.myhuaweicloud.com/KEY), an S3 peer on an IP address such as Swift's
// s3api takes path style (http://127.0.0.1:PORT/BUCKET/KEY). The region is the one signed for.
struct ObsEndpoint
{
    enum class Addressing { Auto, VirtualHost, Path };

    QUrl url;
    QString region;
    Addressing addressing = Addressing::Auto;

    // https://obs.{region}.myhuaweicloud.com ("Regions and Endpoints", OBS).
    static QUrl defaultUrl(const QString &region);
    // The region named by an obs.{region}.myhuaweicloud.com host, empty for any other.
    static QString regionOf(const QUrl &url);
    // Auto: path style for an IP address or localhost (no DNS name per bucket there), else virtual host.
    bool pathStyle() const;
    // The URL of a bucket or object (path percent-encoded, the bucket in host or path), without query.
    QUrl urlFor(const QString &bucket, const QString &key) const;
    static bool parseAddressing(const QString &text, Addressing *addressing);
};

} // namespace ims
