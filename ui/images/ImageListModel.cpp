// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImageListModel.h"

#include <QDateTime>
#include <QLocale>

namespace ims {

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImageListModel::clear()
{
    beginResetModel();
    m_images.clear();
    endResetModel();
}

void ImageListModel::append(const QJsonArray &images)
{
    if (images.isEmpty())
        return;
    beginInsertRows({}, int(m_images.size()), int(m_images.size() + images.size() - 1));
    for (const auto &i : images)
        m_images.append(i.toObject());
    endInsertRows();
}

QJsonObject ImageListModel::imageAt(int row) const
{
    return row >= 0 && row < m_images.size() ? m_images.at(row) : QJsonObject();
}

int ImageListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_images.size(); ++i)
        if (m_images.at(i).value(QStringLiteral("id")).toString() == id)
            return int(i);
    return -1;
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageListModel::statusText(const QString &status)
{
    // ImageInfo `status`: queued, saving, deleted, killed, active.
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("saving"))
        return tr("Saving");
    if (status == QLatin1String("deleted"))
        return tr("Deleted");
    if (status == QLatin1String("killed"))
        return tr("Failed");
    return status;
}

QString ImageListModel::osText(const QJsonObject &image)
{
    if (image.value(QStringLiteral("virtual_env_type")).toString() == QLatin1String("DataImage"))
        return tr("Data disk");
    return image.value(QStringLiteral("__os_version")).toString();
}

qint64 ImageListModel::sizeBytes(const QJsonObject &image)
{
    // ImageInfo `__image_size`: bytes, as a string.
    const QJsonValue v = image.value(QStringLiteral("__image_size"));
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const QJsonObject &image = m_images.at(index.row());
    auto text = [&image](const char *key) { return image.value(QLatin1String(key)).toString(); };
    if (role == IdRole)
        return text("id");
    if (role == StatusCodeRole)
        return text("status");
    const QDateTime created = QDateTime::fromString(text("created_at"), Qt::ISODate);
    if (role == SortRole) {
        switch (index.column()) {
        case MinDiskColumn:
            return image.value(QStringLiteral("min_disk")).toInt();
        case SizeColumn:
            return sizeBytes(image);
        case CreatedColumn:
            return created.toMSecsSinceEpoch();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == MinDiskColumn || index.column() == SizeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return text("name");
    case IdColumn:
        return text("id");
    case StatusColumn:
        return statusText(text("status"));
    case OsColumn:
        return osText(image);
    case DiskFormatColumn:
        return text("disk_format");
    case MinDiskColumn:
        return tr("%1 GB").arg(image.value(QStringLiteral("min_disk")).toInt());
    case SizeColumn: {
        const qint64 bytes = sizeBytes(image);
        return bytes > 0 ? QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat) : QString();
    }
    case CreatedColumn:
        return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : text("created_at");
    default:
        return {};
    }
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case StatusColumn:
        return tr("Status");
    case OsColumn:
        return tr("OS");
    case DiskFormatColumn:
        return tr("Disk format");
    case MinDiskColumn:
        return tr("Min disk");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace ims
