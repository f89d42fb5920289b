// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "AccountCalls.h"

#include "ImsClient.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace ims {

namespace {

void addIfSet(QUrlQuery &q, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        q.addQueryItem(key, value);
}

ApiRequest serversRequest(const ServersCall::Filter &filter, int page, int limit)
{
    ApiRequest r = ApiRequest::get(ApiRequest::Service::Ecs, QStringLiteral("/v1/{project_id}/cloudservers/detail"),
                                   QStringLiteral("servers"), QStringLiteral("ecs:cloudServers:list"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    r.query.addQueryItem(QStringLiteral("offset"), QString::number(page));
    addIfSet(r.query, QStringLiteral("name"), filter.name);
    addIfSet(r.query, QStringLiteral("status"), filter.status);
    return r;
}

ApiRequest volumesRequest(const VolumesCall::Filter &filter, const QString &marker, int limit)
{
    ApiRequest r = ApiRequest::get(ApiRequest::Service::Evs, QStringLiteral("/v2/{project_id}/cloudvolumes/detail"),
                                   QStringLiteral("volumes"), QStringLiteral("evs:volumes:list"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addIfSet(r.query, QStringLiteral("marker"), marker);
    addIfSet(r.query, QStringLiteral("server_id"), filter.serverId);
    addIfSet(r.query, QStringLiteral("name"), filter.name);
    addIfSet(r.query, QStringLiteral("status"), filter.status);
    return r;
}

ApiRequest imagesRequest(const PrivateImagesCall::Filter &filter, const QString &marker, int limit)
{
    ApiRequest r = ApiRequest::get(ApiRequest::Service::Ims, QStringLiteral("/v2/cloudimages"), QStringLiteral("private images"),
                                   QStringLiteral("ims:images:list"));
    r.query.addQueryItem(QStringLiteral("__imagetype"), QStringLiteral("private"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addIfSet(r.query, QStringLiteral("marker"), marker);
    addIfSet(r.query, QStringLiteral("name"), filter.name);
    addIfSet(r.query, QStringLiteral("status"), filter.status);
    return r;
}

ApiRequest epsRequest(int offset, int limit)
{
    ApiRequest r = ApiRequest::get(ApiRequest::Service::Eps, QStringLiteral("/v1.0/enterprise-projects"),
                                   QStringLiteral("enterprise projects"), QStringLiteral("eps:enterpriseProjects:list"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    r.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    // Enabled projects only (ListEnterpriseProject `status`: 1 enabled, 2 disabled): a disabled one
    // takes no new resources, so no list offers it, as the KMS keys are listed enabled only.
    r.query.addQueryItem(QStringLiteral("status"), QStringLiteral("1"));
    return r;
}

ApiRequest kmsRequest(const QString &marker, int limit)
{
    // ListKeysRequestBody: limit and marker are strings; key_state "2" = enabled (KMS "Key States").
    QJsonObject body{{QStringLiteral("limit"), QString::number(limit)}, {QStringLiteral("key_state"), QStringLiteral("2")}};
    if (!marker.isEmpty())
        body.insert(QStringLiteral("marker"), marker);
    return ApiRequest::readOnlyPost(ApiRequest::Service::Kms, QStringLiteral("/v1.0/{project_id}/kms/list-keys"), QStringLiteral("KMS keys"),
                                    QStringLiteral("kms:cmk:list"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

void ListPageCall::parseAnswer()
{
    readPage(answer());
}

void ListPageCall::readPage(const QByteArray &answer)
{
    m_items = {};
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    const QJsonValue list = doc.object().value(itemsKey());
    if (!doc.isObject() || !list.isArray())
        return fail(ApiError::malformed(tr("The %1 answer has no \"%2\" list.").arg(request().what, itemsKey())));
    m_items = list.toArray();
    readPaging(doc.object());
}

QString ListPageCall::lastItemId() const
{
    // Without it the next page would be asked from the start again, and again.
    return m_items.isEmpty() ? QString() : m_items.last().toObject().value(QStringLiteral("id")).toString();
}

ListAll::ListAll(ListPageCall *first, QObject *parent)
    : QObject(parent)
    , m_current(first)
{
}

ListAll::~ListAll()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current->deleteLater();
    }
}

void ListAll::start()
{
    follow(m_current);
}

void ListAll::follow(ListPageCall *call)
{
    m_current = call;
    connect(call, &ApiCall::finished, this, &ListAll::onPage);
    call->start();
}

void ListAll::abort()
{
    if (m_finished)
        return;
    m_aborted = true; // between pages (from pageLoaded): no next page is asked for
    if (m_current)
        m_current->abort(); // finishes the page with "Cancelled", which ends the listing
}

void ListAll::onPage()
{
    ListPageCall *page = m_current;
    m_current = nullptr;
    page->deleteLater();
    if (!page->succeeded()) {
        m_error = page->error();
        m_finished = true;
        emit finished();
        return;
    }
    ++m_pages;
    const QJsonArray items = page->items();
    for (const auto &item : items)
        m_items.append(item);
    emit pageLoaded(items);
    if (m_aborted) {
        m_error = ApiError::cancelled();
        m_finished = true;
        emit finished();
        return;
    }
    ListPageCall *next = page->nextPage();
    if (next) {
        follow(next);
        return;
    }
    m_finished = true;
    emit finished();
}

QJsonArray ListAll::run(ListPageCall *first, std::optional<ApiError> *error, int *pages)
{
    ListAll all(first);
    QEventLoop loop;
    connect(&all, &ListAll::finished, &loop, &QEventLoop::quit);
    all.start();
    loop.exec();
    if (error)
        *error = all.error();
    if (pages)
        *pages = all.pages();
    return all.items();
}

ServersCall::ServersCall(ImsClient *client, const Filter &filter, int page, int limit)
    : ListPageCall(client, serversRequest(filter, page, limit))
    , m_filter(filter)
    , m_page(page)
    , m_limit(limit)
{
}

void ServersCall::readPaging(const QJsonObject &answer)
{
    m_total = answer.value(QStringLiteral("count")).toInt(-1); // all servers that match, not this page's
}

ListPageCall *ServersCall::followingPage() const
{
    const qint64 seen = qint64(m_page - 1) * m_limit + m_items.size();
    const bool more = m_total >= 0 ? seen < m_total : m_items.size() >= m_limit;
    return more ? new ServersCall(client(), m_filter, m_page + 1, m_limit) : nullptr;
}

VolumesCall::VolumesCall(ImsClient *client, const Filter &filter, const QString &marker, int limit)
    : ListPageCall(client, volumesRequest(filter, marker, limit))
    , m_filter(filter)
    , m_marker(marker)
    , m_limit(limit)
{
}

void VolumesCall::readPaging(const QJsonObject &answer)
{
    m_total = answer.value(QStringLiteral("count")).toInt(-1);
}

ListPageCall *VolumesCall::followingPage() const
{
    // A short page is the last one (ListVolumes: "marker: the ID of the last record on the previous page").
    if (m_items.size() < m_limit)
        return nullptr;
    const QString marker = lastItemId();
    return marker.isEmpty() ? nullptr : new VolumesCall(client(), m_filter, marker, m_limit);
}

PrivateImagesCall::PrivateImagesCall(ImsClient *client, const Filter &filter, const QString &marker, int limit)
    : ListPageCall(client, imagesRequest(filter, marker, limit))
    , m_filter(filter)
    , m_marker(marker)
    , m_limit(limit)
{
}

void PrivateImagesCall::readPaging(const QJsonObject &answer)
{
    // ListImagesResponse: `next` is the link to the next page, absent or empty on the last one.
    m_hasNext = !answer.value(QStringLiteral("next")).toString().isEmpty();
}

ListPageCall *PrivateImagesCall::followingPage() const
{
    if (!m_hasNext)
        return nullptr;
    const QString marker = lastItemId();
    return marker.isEmpty() ? nullptr : new PrivateImagesCall(client(), m_filter, marker, m_limit);
}

ProjectsCall::ProjectsCall(ImsClient *client)
    : ListPageCall(client, ApiRequest::get(ApiRequest::Service::Iam, QStringLiteral("/v3/auth/projects"), QStringLiteral("projects"),
                                           QString())) // "You do not need to obtain permissions to call this API."
{
}

RegionsCall::RegionsCall(ImsClient *client)
    : ListPageCall(client, ApiRequest::get(ApiRequest::Service::Iam, QStringLiteral("/v3/regions"), QStringLiteral("regions"),
                                           QString())) // any IAM user may read the regions
{
}

EnterpriseProjectsCall::EnterpriseProjectsCall(ImsClient *client, int offset, int limit)
    : ListPageCall(client, epsRequest(offset, limit))
    , m_offset(offset)
    , m_limit(limit)
{
}

void EnterpriseProjectsCall::readPaging(const QJsonObject &answer)
{
    m_total = answer.value(QStringLiteral("total_count")).toInt(-1);
}

ListPageCall *EnterpriseProjectsCall::followingPage() const
{
    const int seen = m_offset + int(m_items.size());
    const bool more = m_total >= 0 ? seen < m_total : m_items.size() >= m_limit;
    return more ? new EnterpriseProjectsCall(client(), seen, m_limit) : nullptr;
}

KmsKeysCall::KmsKeysCall(ImsClient *client, const QString &marker, int limit)
    : ListPageCall(client, kmsRequest(marker, limit))
    , m_marker(marker)
    , m_limit(limit)
{
}

void KmsKeysCall::readPaging(const QJsonObject &answer)
{
    // ListKeysResponse: truncated is the string "true" or "false".
    const QJsonValue truncated = answer.value(QStringLiteral("truncated"));
    m_truncated = truncated.isBool() ? truncated.toBool() : truncated.toString() == QLatin1String("true");
    m_nextMarker = answer.value(QStringLiteral("next_marker")).toString();
}

ListPageCall *KmsKeysCall::followingPage() const
{
    return m_truncated && !m_nextMarker.isEmpty() ? new KmsKeysCall(client(), m_nextMarker, m_limit) : nullptr;
}

} // namespace ims
