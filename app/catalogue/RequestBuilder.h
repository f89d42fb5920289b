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
};

} // namespace ims
