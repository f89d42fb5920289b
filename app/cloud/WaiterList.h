// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <utility>

namespace ims {

// The callers waiting for one answer that a provider fetches once for all of them (a token, a
// temporary key): each is called once, in the order they came, unless its context object is gone.
template<typename Callback>
class WaiterList
{
public:
    void add(QObject *context, Callback done) { m_waiters.append({QPointer<QObject>(context), std::move(done)}); }

    template<typename... Args>
    void callAll(const Args &...args)
    {
        const auto waiters = std::exchange(m_waiters, {}); // a callback may ask again: that is a new wait
        for (const auto &w : waiters)
            if (w.first)
                w.second(args...);
    }

private:
    QList<QPair<QPointer<QObject>, Callback>> m_waiters;
};

} // namespace ims
