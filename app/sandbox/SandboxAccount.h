// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace ims {

// The sandbox's believable account, seeded: ~30 ECSs (Linux and Windows, mixed states, 0–3 data
// disks), 60 EVS disks, private images, 3 enterprise projects, 4 KMS keys (one disabled), 3 projects.
// Answers the listing calls with the SDK models' field names and each API's own paging and filters.
// The ids the example request files use exist (the first server and its disks).
class SandboxAccount
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    SandboxAccount(quint32 seed, const QString &projectId, const QString &projectName, const QString &domain);

    // The answer to an (authenticated) request, or nothing when it is not one of the account's calls.
    std::optional<Answer> answer(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body) const;

    bool hasServer(const QString &id) const;
    bool hasVolume(const QString &id) const;
    int privateImageCount() const { return int(m_images.size()); }
    // Test hook: the calls needing this IAM action ("ecs:cloudServers:list") answer 403 as the cloud does.
    void deny(const QString &action) { m_denied.insert(action); }
    void allowAll() { m_denied.clear(); }

    const QJsonArray &servers() const { return m_servers; }
    const QJsonArray &volumes() const { return m_volumes; }
    const QJsonArray &images() const { return m_images; }
    const QJsonArray &keys() const { return m_keys; }
    const QJsonArray &enterpriseProjects() const { return m_enterpriseProjects; }

private:
    Answer servers(const QUrlQuery &q) const;
    Answer volumes(const QUrlQuery &q) const;
    Answer images(const QUrlQuery &q) const;
    Answer projects() const;
    Answer regions() const;
    Answer enterpriseProjects(const QUrlQuery &q) const;
    Answer kmsKeys(const QByteArray &body) const;
    // One resource by id (ShowServer, ShowVolume, ShowKey, ShowEnterpriseProject), or its 404.
    std::optional<Answer> oneResource(const QByteArray &verb, const QString &path, const QByteArray &body) const;
    std::optional<Answer> denied(const QString &action) const;

    QString m_projectId;
    QJsonArray m_servers;
    QJsonArray m_volumes;
    QJsonArray m_images;
    QJsonArray m_projects;
    QJsonArray m_enterpriseProjects;
    QJsonArray m_keys;
    QSet<QString> m_denied;
};

} // namespace ims
