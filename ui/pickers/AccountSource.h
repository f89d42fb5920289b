// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "PickerSource.h"
#include "cloud/AccountListing.h"
#include "cloud/ImsClient.h"

#include <QPointer>

namespace ims {

class ListAll;

// A picker's rows from one listing of the account (servers, volumes, images, keys, enterprise
// projects, projects), every page followed through ListAll; columns as AccountListing has them.
class AccountSource : public PickerSource
{
    Q_OBJECT
public:
    AccountSource(AccountListing::Kind kind, ImsClient *client, QObject *parent = nullptr);
    ~AccountSource() override;

    QStringList headers() const override;
    QString noun() const override { return AccountListing::noun(m_kind); }
    void load() override;
    void cancel() override;
    QString valueOf(const QJsonObject &item) const override { return AccountListing::idOf(m_kind, item); }

private:
    AccountListing::Kind m_kind;
    QPointer<ImsClient> m_client;
    QList<AccountListing::Column> m_columns;
    ListAll *m_listing = nullptr;
};

} // namespace ims
