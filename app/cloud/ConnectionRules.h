// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace ims {

// What a connection must be before anything is sent through it: https endpoints (plain http only to
// this computer), the region and project id shapes, and what each auth mode needs. One set of rules
// for the connection dialog and the CLI.
class ConnectionRules
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRules)
public:
    // Problems by field key (region, imsEndpoint, iamEndpoint, domain, user, password, projectName,
    // projectId, accessKey, secretKey, proxyUrl, caFile). `missing` gets the keys whose value is
    // simply not there yet, as opposed to wrong.
    static QHash<QString, QString> problems(const ConnectionSettings &settings, const Credentials &credentials,
                                            QSet<QString> *missing = nullptr);
    // An endpoint: https://host[:port][/path]; plain http only on this computer (sandbox, test services).
    static QString endpointProblem(const QString &text);
    static bool isLoopback(const QString &host);
};

} // namespace ims
