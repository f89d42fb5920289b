// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace ims {

// The private images of a connection as IMS lists them (ImageInfo records), a row each, filled page
// by page as the listing arrives.
class ImageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, StatusColumn, OsColumn, DiskFormatColumn, MinDiskColumn, SizeColumn, CreatedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times as numbers, for sorting
        StatusCodeRole,              // the API's status word ("active"), for the status filter
        IdRole
    };

    explicit ImageListModel(QObject *parent = nullptr);

    void clear();
    void append(const QJsonArray &images);
    QJsonObject imageAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The status as a person reads it ("Active", "Saving"…).
    static QString statusText(const QString &status);
    // The OS column: __os_version, or "Data disk" for a data disk image.
    static QString osText(const QJsonObject &image);
    static qint64 sizeBytes(const QJsonObject &image);

private:
    QList<QJsonObject> m_images;
};

} // namespace ims
