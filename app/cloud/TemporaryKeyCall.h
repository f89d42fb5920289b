// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiCall.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ims {

// A temporary access key: AK, SK and the security token that must go with them, until expiresAt (UTC).
struct TemporaryKey
{
    QString access;
    QString secret;
    QString securityToken;
    QDateTime expiresAt;
};

// IAM "Obtaining Temporary Access Keys and Security Tokens of an IAM User" (CreateTemporaryAccessKeyByToken):
// POST /v3.0/OS-CREDENTIAL/securitytokens with the connection's token and
// {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": N}}}}; the answer's
// `credential` holds `access`, `secret`, `securitytoken` and `expires_at`. Sent to the IAM endpoint the
// token comes from (the API may be called on the global or a regional endpoint).
class TemporaryKeyCall : public ApiCall
{
    Q_OBJECT
public:
    // The API's range: 15 minutes to 24 hours (900 when not given).
    static constexpr int minDurationSecs = 900;
    static constexpr int maxDurationSecs = 86400;

    explicit TemporaryKeyCall(ImsClient *client, int durationSecs = 3600);
    const TemporaryKey &key() const { return m_key; }

    // Reads a 201 answer; nothing when a part of the credential or its expiry is missing. Pure, for
    // tests and the fuzzer.
    static std::optional<TemporaryKey> parse(const QByteArray &body);

protected:
    void parseAnswer() override;

private:
    TemporaryKey m_key;
};

} // namespace ims
