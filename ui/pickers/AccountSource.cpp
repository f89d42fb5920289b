// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "AccountSource.h"

#include "cloud/AccountCalls.h"
#include "cloud/ImsClient.h"

namespace ims {

namespace {
constexpr int pageSize = 25;
}

AccountSource::AccountSource(AccountListing::Kind kind, ImsClient *client, QObject *parent)
    : PickerSource(parent)
    , m_kind(kind)
    , m_client(client)
    , m_columns(AccountListing::columns(kind))
{
    // The id (the first column) is what a pick gives, not what a person decides by: it goes last.
    m_columns.move(0, m_columns.size() - 1);
}

AccountSource::~AccountSource()
{
    cancel();
}

QStringList AccountSource::headers() const
{
    QStringList out;
    for (const auto &c : m_columns)
        out << c.header;
    return out;
}

void AccountSource::load()
{
    cancel();
    if (!m_client) {
        emit finished(tr("Not connected: connect first, or type the value by hand."));
        return;
    }
    // Pages of 25: the first rows show at once, the rest follow while the person reads.
    m_listing = new ListAll(AccountListing::firstPage(m_kind, m_client, pageSize), this);
    ListAll *listing = m_listing;
    connect(listing, &ListAll::pageLoaded, this, [this](const QJsonArray &items) {
        QList<PickerRow> rows;
        rows.reserve(items.size());
        for (const auto &v : items) {
            PickerRow row;
            row.item = v.toObject();
            for (const auto &c : std::as_const(m_columns))
                row.cells << c.cell(row.item);
            rows << row;
        }
        emit rowsArrived(rows);
    });
    connect(listing, &ListAll::finished, this, [this, listing] {
        if (listing != m_listing)
            return;
        m_listing = nullptr;
        listing->deleteLater();
        emit finished(listing->error() ? listing->error()->userMessage() : QString());
    });
    listing->start();
}

void AccountSource::cancel()
{
    if (!m_listing)
        return;
    ListAll *listing = m_listing;
    m_listing = nullptr; // its "Cancelled" end is not reported: whoever cancelled knows
    listing->disconnect(this);
    listing->abort();
    listing->deleteLater();
}

} // namespace ims
