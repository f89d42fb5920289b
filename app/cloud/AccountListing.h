// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ims {

class ImsClient;
class ListPageCall;

// What the account listings show a person, written once for `ims-wizard-cli list` and the wizard's
// pickers: which call lists a kind, its columns (read from the API's own objects) and the id a pick
// gives. The CLI prints the headers in capitals; the pickers as they are.
class AccountListing
{
    Q_DECLARE_TR_FUNCTIONS(AccountListing)
public:
    enum class Kind { Servers, Volumes, PrivateImages, Projects, EnterpriseProjects, KmsKeys };

    struct Column
    {
        QString header;
        std::function<QString(const QJsonObject &)> cell;
    };

    // The CLI's names: servers, volumes, images, projects, enterprise-projects, keys.
    static QStringList names();
    static bool fromName(const QString &name, Kind *kind);
    static QList<Column> columns(Kind kind);
    // The value a pick gives: "id", or a KMS key's "key_id".
    static QString idOf(Kind kind, const QJsonObject &item);
    // What a pick is called in a sentence ("servers", "KMS keys"), for "Loading… 12 servers so far".
    static QString noun(Kind kind);
    // The first page of the listing (not started); the whole account, no filter. `pageSize` 0 is the
    // call's own default; a picker asks for smaller pages so that its first rows come sooner.
    static ListPageCall *firstPage(Kind kind, ImsClient *client, int pageSize = 0);

    // ECS: the data disks (bootIndex other than "0") attached to a server, in their order.
    static QStringList dataDiskIds(const QJsonObject &server);
};

} // namespace ims
