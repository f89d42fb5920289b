// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "KeychainToken.h"

#include "cloud/ImsClient.h"
#include "cloud/TokenProvider.h"
#include "secrets/SecretStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychainToken, "ims.cli.token", QtInfoMsg)

namespace ims {

KeychainToken::KeychainToken(ImsClient *client)
    : m_client(client)
{
    const ConnectionSettings &s = client->settings();
    if (s.auth != AuthMode::Token || s.name.isEmpty())
        return;
    m_connection = s.name;
    const SecretStore::Result r = SecretStore().readAndWait(m_connection, SecretStore::Kind::IamToken, 10000);
    if (r.ok)
        m_reused = client->tokens()->reuse(r.secret.toUtf8());
    m_atStart = client->tokens()->saved();
    qCDebug(lcKeychainToken) << "token of" << m_connection << (m_reused ? "reused" : "not reused");
}

KeychainToken::~KeychainToken()
{
    if (m_connection.isEmpty())
        return;
    const QByteArray now = m_client->tokens()->saved();
    if (now.isEmpty() || now == m_atStart)
        return;
    const SecretStore::Result r = SecretStore().writeAndWait(m_connection, SecretStore::Kind::IamToken, QString::fromUtf8(now), 10000);
    if (!r.ok) // not kept: the next run signs in again, which is all that is lost
        qCDebug(lcKeychainToken) << "token not kept:" << r.message;
}

} // namespace ims
