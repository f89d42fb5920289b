// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TemporaryKeyProvider.h"

#include "ImsClient.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTemporaryKeys, "ims.auth.temporarykeys", QtInfoMsg)

namespace ims {

TemporaryKeyProvider::TemporaryKeyProvider(ImsClient *client)
    : QObject(client)
    , m_client(client)
{
}

qint64 TemporaryKeyProvider::marginSecs() const
{
    // The life asked for, not the one measured on this computer's clock, which may be off.
    return std::min<qint64>(m_renewMarginSecs, m_durationSecs / 4);
}

bool TemporaryKeyProvider::hasUsableKey() const
{
    return !m_key.access.isEmpty() && m_key.expiresAt.isValid() && now().secsTo(m_key.expiresAt) > marginSecs();
}

void TemporaryKeyProvider::invalidate()
{
    m_key = {};
}

void TemporaryKeyProvider::withKey(QObject *context, Callback done)
{
    if (hasUsableKey()) {
        // In the stretch before the margin: still good, but fetch the next one now, so that no
        // request has to wait for it later.
        if (!m_inFlight && now().secsTo(m_key.expiresAt) <= 2 * marginSecs())
            fetch();
        done(std::nullopt);
        return;
    }
    m_waiters.add(context, std::move(done));
    if (!m_inFlight)
        fetch();
}

void TemporaryKeyProvider::fetch()
{
    m_inFlight = true;
    ++m_fetches;
    auto *call = new TemporaryKeyCall(m_client, m_durationSecs);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            qCInfo(lcTemporaryKeys) << "no temporary access key:" << call->error()->code() << call->error()->httpStatus();
            finish(call->error());
            return;
        }
        m_key = call->key();
        qCInfo(lcTemporaryKeys) << "temporary access key received, expires" << m_key.expiresAt.toString(Qt::ISODate);
        emit keyRenewed();
        finish(std::nullopt);
    });
    call->start();
}

void TemporaryKeyProvider::finish(const std::optional<ApiError> &error)
{
    m_inFlight = false;
    m_waiters.callAll(error);
}

} // namespace ims
