// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiError.h"
#include "WaiterList.h"
#include "TemporaryKeyCall.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <optional>

namespace ims {

class ImsClient;

// The temporary access key of one token connection, for the services that take only AK/SK signatures
// (OBS): fetched from IAM when first needed, kept in memory only, shared by every request of the
// connection, and fetched anew before it expires. Nothing waits on it: callers are called back, and
// requests that arrive while a fetch is under way join that fetch. One provider per ImsClient, so a
// key of one connection never signs a request of another.
class TemporaryKeyProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const std::optional<ApiError> &error)>;

    explicit TemporaryKeyProvider(ImsClient *client);

    // Asked for this long (the API allows 900 s to 24 h).
    void setDurationSecs(int seconds) { m_durationSecs = seconds; }
    // Not handed out in the last `seconds` of its life (a request signed then may arrive after it
    // ended), and renewed in the background during the stretch before that; at most a quarter of its
    // life, so a short key is still used for most of it.
    void setRenewMarginSecs(qint64 seconds) { m_renewMarginSecs = seconds; }
    // The time keys are judged by (tests move it forward instead of waiting).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool hasUsableKey() const;
    const TemporaryKey &key() const { return m_key; }
    // Drops the key (OBS said it expired early): the next withKey() fetches another.
    void invalidate();
    int fetchCount() const { return m_fetches; } // keys asked of IAM so far

    // Calls `done` (unless `context` is gone) once a usable key is there, or getting one failed.
    void withKey(QObject *context, Callback done);

signals:
    void keyRenewed();

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    qint64 marginSecs() const;
    void fetch();
    void finish(const std::optional<ApiError> &error);

    ImsClient *m_client;
    TemporaryKey m_key;
    int m_durationSecs = 3600;
    qint64 m_renewMarginSecs = 300;
    std::function<QDateTime()> m_clock;
    bool m_inFlight = false;
    int m_fetches = 0;
    WaiterList<Callback> m_waiters;
};

} // namespace ims
