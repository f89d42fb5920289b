// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "MethodSpec.h"
#include "PreparedRequest.h"

#include <QJsonObject>

namespace ims {

// Turns a method and its fields into the HTTP request the API expects. Fields the user did not set
// are not sent; false and 0 are sent when set; a method's fixed values are always sent.
class RequestBuilder
{
public:
    // Shown instead of a secret header's value wherever a request is displayed.
    static inline const QByteArray maskedValue = QByteArrayLiteral("********");

    struct Options
    {
        QString baseUrl;           // the IMS endpoint, empty to leave the host out
        bool useNewerPath = false; // the "(New)" /v2.1 endpoints where a method has one
    };

    static QJsonObject body(const MethodSpec &method, const QJsonObject &fields);
    // The request with the auth header as a masked placeholder: for preview and review.
    static PreparedRequest prepare(const MethodSpec &method, const QJsonObject &fields, const Options &options);
    // Headers whose value is a secret and must never be shown or logged.
    static bool isSecretHeader(const QByteArray &name);
    static PreparedRequest masked(PreparedRequest request);
    // The request as a curl command. X-Auth-Token and X-Security-Token are read from
    // $IMS_WIZARD_TOKEN and $IMS_WIZARD_SECURITY_TOKEN when it runs; every other header is written as
    // given (an AK/SK signature is, as it only fits this one request for a short while).
    static QString curlCommand(const PreparedRequest &request);
};

} // namespace ims
