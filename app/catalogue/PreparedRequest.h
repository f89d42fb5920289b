// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ims {

// An HTTP request ready to send or to show: what the review page, `preview` and the client share.
struct PreparedRequest
{
    QByteArray verb;     // "POST"
    QString path;        // "/v2/cloudimages/action"
    QString baseUrl;     // "https://ims.ap-southeast-1.myhuaweicloud.com", empty when unknown
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject body;    // for comparisons
    QByteArray bodyBytes; // exactly what is sent (compact, catalogue order)
    QByteArray prettyBody; // for display (indented, catalogue order)

    QString url() const { return baseUrl + path; }
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace ims
