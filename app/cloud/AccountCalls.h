// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiCall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ims {

class ImsClient;

// One page of a listing of the account (servers, volumes, images, projects, keys…): the API's own
// objects as they came, and the call for the page after it. Every listing is a read, so retried.
class ListPageCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;
    QJsonArray items() const { return m_items; }
    // The call for the next page (not started), or nullptr when this page was the last. An empty page
    // is the last whatever it says about paging: a server that keeps saying "more" must not keep us
    // asking (nor make a page from the last item of none).
    ListPageCall *nextPage() const { return m_items.isEmpty() ? nullptr : followingPage(); }
    // One page's answer read as parseAnswer reads what arrived: items() and error() say what it made
    // of it. Sends nothing: for the fuzz targets and answers kept in a file.
    void readPage(const QByteArray &answer);

protected:
    void parseAnswer() override;
    // The array of the answer holding the items ("servers", "volumes"…).
    virtual QString itemsKey() const = 0;
    // Whatever else a page says about paging (a total, a next marker); called after items are read.
    virtual void readPaging(const QJsonObject &answer) { Q_UNUSED(answer) }
    // nextPage() of a page with items.
    virtual ListPageCall *followingPage() const = 0;
    // The marker-paged lists go on from the last item's id; empty when it has none.
    QString lastItemId() const;
    QJsonArray m_items;
};

// Follows a listing from its first page to its last, one page at a time; abort() cancels the page
// in flight and ends it with a "Cancelled" error. Deletes the pages as it goes; not the lister itself.
class ListAll : public QObject
{
    Q_OBJECT
public:
    // Takes the first page (not started).
    explicit ListAll(ListPageCall *first, QObject *parent = nullptr);
    ~ListAll() override;
    void start();
    void abort();
    QJsonArray items() const { return m_items; }
    int pages() const { return m_pages; }
    const std::optional<ApiError> &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error; }
    // Runs a listing to its end in a local event loop (for the CLI and tests).
    static QJsonArray run(ListPageCall *first, std::optional<ApiError> *error, int *pages = nullptr);

signals:
    void pageLoaded(const QJsonArray &items); // the items of the page just read, in order
    void finished();

private:
    void follow(ListPageCall *call);
    void onPage();

    QPointer<ListPageCall> m_current;
    QJsonArray m_items;
    int m_pages = 0;
    bool m_aborted = false;
    bool m_finished = false;
    std::optional<ApiError> m_error;
};

// ECS "Querying Details About ECSs" (ListServersDetails): GET /v1/{project_id}/cloudservers/detail.
// `offset` is a page number there, from 1 (ListServersDetailsRequest: "页码, 默认为1"), not a count.
class ServersCall : public ListPageCall
{
    Q_OBJECT
public:
    struct Filter
    {
        QString name;   // fuzzy match
        QString status; // ACTIVE, SHUTOFF…
    };
    explicit ServersCall(ImsClient *client, const Filter &filter = {}, int page = 1, int limit = 100);
    int total() const { return m_total; }
    ListPageCall *followingPage() const override;

protected:
    QString itemsKey() const override { return QStringLiteral("servers"); }
    void readPaging(const QJsonObject &answer) override;

private:
    Filter m_filter;
    int m_page;
    int m_limit;
    int m_total = -1;
};

// EVS "Querying Details About All EVS Disks" (ListVolumes): GET /v2/{project_id}/cloudvolumes/detail,
// paged by `marker` (the last volume id of the page before) and `limit`.
class VolumesCall : public ListPageCall
{
    Q_OBJECT
public:
    struct Filter
    {
        QString serverId; // the disks attached to this ECS
        QString name;
        QString status;   // available, in-use…
    };
    explicit VolumesCall(ImsClient *client, const Filter &filter = {}, const QString &marker = {}, int limit = 50);
    int total() const { return m_total; }
    ListPageCall *followingPage() const override;

protected:
    QString itemsKey() const override { return QStringLiteral("volumes"); }
    void readPaging(const QJsonObject &answer) override;

private:
    Filter m_filter;
    QString m_marker;
    int m_limit;
    int m_total = -1;
};

// IMS "Querying Images" (ListImages) for the private images: GET /v2/cloudimages?__imagetype=private,
// paged by `marker` (the last image id) while the answer has a `next` link.
class PrivateImagesCall : public ListPageCall
{
    Q_OBJECT
public:
    struct Filter
    {
        QString name;
        QString status; // active, queued, saving, deleted, killed
    };
    explicit PrivateImagesCall(ImsClient *client, const Filter &filter = {}, const QString &marker = {}, int limit = 100);
    ListPageCall *followingPage() const override;

protected:
    QString itemsKey() const override { return QStringLiteral("images"); }
    void readPaging(const QJsonObject &answer) override;

private:
    Filter m_filter;
    QString m_marker;
    int m_limit;
    bool m_hasNext = false;
};

// IAM "Querying the List of Projects Accessible to Users" (KeystoneListAuthProjects): GET /v3/auth/projects.
// One page: IAM does not page it.
class ProjectsCall : public ListPageCall
{
    Q_OBJECT
public:
    explicit ProjectsCall(ImsClient *client);
    ListPageCall *followingPage() const override { return nullptr; }

protected:
    QString itemsKey() const override { return QStringLiteral("projects"); }
};

// IAM "Querying a Region List" (KeystoneListRegions): GET /v3/regions, with each region's locales names.
class RegionsCall : public ListPageCall
{
    Q_OBJECT
public:
    explicit RegionsCall(ImsClient *client);
    ListPageCall *followingPage() const override { return nullptr; }

protected:
    QString itemsKey() const override { return QStringLiteral("regions"); }
};

// EPS "Querying the Enterprise Project List" (ListEnterpriseProject): GET /v1.0/enterprise-projects on
// the global endpoint; `offset` counts records there, `total_count` says how many there are. Enabled
// projects only (`status=1`).
class EnterpriseProjectsCall : public ListPageCall
{
    Q_OBJECT
public:
    explicit EnterpriseProjectsCall(ImsClient *client, int offset = 0, int limit = 1000);
    int total() const { return m_total; }
    ListPageCall *followingPage() const override;

protected:
    QString itemsKey() const override { return QStringLiteral("enterprise_projects"); }
    void readPaging(const QJsonObject &answer) override;

private:
    int m_offset;
    int m_limit;
    int m_total = -1;
};

// KMS "Querying the List of CMKs" (ListKeys): POST /v1.0/{project_id}/kms/list-keys with
// {"limit", "marker", "key_state": "2"} (2 = enabled); the items are the answer's `key_details`,
// and `truncated` / `next_marker` page it.
class KmsKeysCall : public ListPageCall
{
    Q_OBJECT
public:
    explicit KmsKeysCall(ImsClient *client, const QString &marker = {}, int limit = 100);
    ListPageCall *followingPage() const override;

protected:
    QString itemsKey() const override { return QStringLiteral("key_details"); }
    void readPaging(const QJsonObject &answer) override;

private:
    QString m_marker;
    int m_limit;
    QString m_nextMarker;
    bool m_truncated = false;
};

} // namespace ims
