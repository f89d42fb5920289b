// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QString>

namespace ims {

class ImsClient;

// A saved connection's IAM token kept in the keychain between runs of the CLI, never in a file: a
// script of many short runs signs in once, not every run (each sign-in is a request to IAM and, with
// a mistyped password, a step towards a locked account). Reused while in the first half of its life.
// Made right after the client; on destruction, stores the token the run obtained.
class KeychainToken
{
public:
    explicit KeychainToken(ImsClient *client);
    ~KeychainToken();
    KeychainToken(const KeychainToken &) = delete;
    KeychainToken &operator=(const KeychainToken &) = delete;

    bool reused() const { return m_reused; }

private:
    ImsClient *m_client;
    QString m_connection; // empty: a connection from options and environment only, nothing kept
    QByteArray m_atStart;
    bool m_reused = false;
};

} // namespace ims
