// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiRequest.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkRequest;

namespace ims {

enum class AuthMode { Token, AkSk };

// Where and as whom to connect. Holds no secret: it is saved in settings and profiles as it is.
struct ConnectionSettings
{
    enum class Proxy { System, None, Custom };

    QString name;
    QString region;
    QUrl imsEndpoint; // empty = the region's default
    QUrl iamEndpoint; // empty = the region's default
    // The other services' endpoints (private clouds, the sandbox); empty = the region's default.
    QUrl ecsEndpoint;
    QUrl evsEndpoint;
    QUrl obsEndpoint;
    QUrl kmsEndpoint;
    QUrl epsEndpoint; // EPS is global: eps.myhuaweicloud.com
    QString projectName;
    QString projectId;
    QString domain;
    QString user;
    AuthMode auth = AuthMode::Token;
    QString accessKey; // the AK names the key (like a user name); the SK that signs is a secret and not here
    Proxy proxy = Proxy::System;
    QUrl proxyUrl;     // for Proxy::Custom, e.g. http://proxy:3128 (no password here)
    QString caFile;    // extra CA certificates (PEM) trusted besides the system's
    bool useNewerCreatePaths = false; // the "(New)" /v2.1 create endpoints

    // Trusts `caFile` for this request besides the system's CAs: for IMS and IAM alike.
    void applyCaFile(QNetworkRequest &request) const;
    // The TLS configuration applyCaFile sets: the system's CAs plus `caFile` (read now), or none
    // without a caFile. ImsClient makes it once: read per request, the file was opened and parsed for
    // every job query.
    std::optional<QSslConfiguration> caFileConfiguration() const;
    QUrl effectiveImsEndpoint() const;
    QUrl effectiveIamEndpoint() const;
    // Where requests of `service` go: its override, else the region's default.
    QUrl effectiveEndpoint(ApiRequest::Service service) const;

    // The saved form (connections.json): every field above, never a secret. fromJson ignores keys
    // it does not know, so a newer file still loads.
    QJsonObject toJson() const;
    static ConnectionSettings fromJson(const QJsonObject &o);
    bool operator==(const ConnectionSettings &other) const = default;
};

// The secrets for one connection: only ever in memory, in the keychain, or typed by the user.
struct Credentials
{
    QString password;
    QString accessKey;
    QString secretKey;
    QString securityToken; // temporary AK/SK
};

} // namespace ims
