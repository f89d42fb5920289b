// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsSource.h"

#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"

#include <QLocale>

namespace ims {

ObsSource::ObsSource(ObsClient *client, QObject *parent)
    : PickerSource(parent)
    , m_client(client)
{
}

ObsSource::~ObsSource()
{
    cancel();
}

QStringList ObsSource::headers() const
{
    if (m_bucket.isEmpty())
        return {tr("Bucket"), tr("Region"), tr("Created")};
    return {tr("Name"), tr("Size"), tr("Storage class"), tr("Modified")};
}

QString ObsSource::noun() const
{
    return m_bucket.isEmpty() ? tr("buckets") : tr("folders and objects");
}

QString ObsSource::location() const
{
    return m_bucket.isEmpty() ? tr("All buckets") : m_bucket + QLatin1Char('/') + m_prefix;
}

void ObsSource::openAt(const QString &bucketColonObject)
{
    const qsizetype colon = bucketColonObject.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    m_bucket = bucketColonObject.left(colon);
    const QString key = bucketColonObject.mid(colon + 1);
    m_prefix = key.left(key.lastIndexOf(QLatin1Char('/')) + 1);
}

void ObsSource::enter(const PickerRow &row)
{
    if (!row.isFolder)
        return;
    if (m_bucket.isEmpty())
        m_bucket = row.item.value(QStringLiteral("Name")).toString();
    else
        m_prefix = row.item.value(QStringLiteral("Prefix")).toString();
}

void ObsSource::goUp()
{
    if (m_bucket.isEmpty())
        return;
    if (m_prefix.isEmpty()) {
        m_bucket.clear();
    } else {
        // "a/b/" -> "a/"; "a/" -> ""
        const qsizetype cut = m_prefix.lastIndexOf(QLatin1Char('/'), m_prefix.size() - 2);
        m_prefix = cut < 0 ? QString() : m_prefix.left(cut + 1);
    }
}

QString ObsSource::valueOf(const QJsonObject &item) const
{
    // image_url: "OBS bucket name:image file name" (Creating an Image, Table 2).
    return item.value(QStringLiteral("Bucket")).toString() + QLatin1Char(':') + item.value(QStringLiteral("Key")).toString();
}

void ObsSource::load()
{
    cancel();
    if (!m_client) {
        emit finished(tr("Not connected: connect first, or type the bucket:object by hand."));
        return;
    }
    if (m_bucket.isEmpty())
        loadBuckets();
    else
        loadObjects();
}

void ObsSource::loadBuckets()
{
    auto *call = new ListBucketsCall(m_client);
    m_call = call;
    connect(call, &ObsCall::finished, this, [this, call] {
        m_call = nullptr;
        call->deleteLater();
        if (!call->succeeded()) {
            emit finished(call->error()->userMessage());
            return;
        }
        QList<PickerRow> rows;
        for (const auto &b : call->buckets()) {
            PickerRow row;
            row.isFolder = true;
            row.item = {{QStringLiteral("Name"), b.name}, {QStringLiteral("Location"), b.location},
                        {QStringLiteral("CreationDate"), b.creationDate}};
            row.cells = {b.name, b.location, b.creationDate};
            rows << row;
        }
        emit rowsArrived(rows);
        emit finished({});
    });
    call->start();
}

void ObsSource::loadObjects()
{
    // Pages of 500 (OBS allows 1,000): a big folder shows its first rows sooner.
    auto *call = new ListObjectsCall(m_client, m_bucket, m_prefix, QStringLiteral("/"), 500);
    m_call = call;
    m_objectsSent = m_prefixesSent = 0;
    // Each page as it comes: the rows it added to the call's lists.
    connect(call, &ListObjectsCall::pageLoaded, this, [this, call](int objects, int prefixes) {
        QList<PickerRow> rows;
        const QLocale locale;
        for (int i = m_prefixesSent; i < prefixes; ++i) {
            const QString prefix = call->commonPrefixes().at(i);
            PickerRow row;
            row.isFolder = true;
            row.item = {{QStringLiteral("Bucket"), m_bucket}, {QStringLiteral("Prefix"), prefix}};
            row.cells = {prefix.mid(m_prefix.size()), QString(), QString(), QString()};
            rows << row;
        }
        for (int i = m_objectsSent; i < objects; ++i) {
            const ObsObject &o = call->objects().at(i);
            if (o.key == m_prefix)
                continue; // the folder's own marker object
            PickerRow row;
            row.item = {{QStringLiteral("Bucket"), m_bucket}, {QStringLiteral("Key"), o.key},
                        {QStringLiteral("Size"), o.size}, {QStringLiteral("StorageClass"), o.storageClass},
                        {QStringLiteral("LastModified"), o.lastModified}};
            const QDateTime modified = o.lastModifiedTime();
            row.cells = {o.key.mid(m_prefix.size()), locale.formattedDataSize(o.size), o.storageClass,
                         modified.isValid() ? locale.toString(modified.toLocalTime(), QLocale::ShortFormat) : o.lastModified};
            rows << row;
        }
        m_objectsSent = objects;
        m_prefixesSent = prefixes;
        emit rowsArrived(rows);
    });
    connect(call, &ObsCall::finished, this, [this, call] {
        m_call = nullptr;
        call->deleteLater();
        emit finished(call->succeeded() ? QString() : call->error()->userMessage());
    });
    call->start();
}

void ObsSource::cancel()
{
    if (!m_call)
        return;
    ObsCall *call = m_call;
    m_call = nullptr;
    call->disconnect(this);
    call->abort();
    call->deleteLater();
}

} // namespace ims
