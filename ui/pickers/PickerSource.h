// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ims {

// One row of a picker: what the columns show, the API's object behind it, and whether it is a
// place to go into (a bucket, a folder) rather than something to pick.
struct PickerRow
{
    QStringList cells;
    QJsonObject item;
    bool isFolder = false;
};

// What a picker lists and how: the columns, loading page by page (rows reported as each page
// arrives), cancelling, and for OBS the way into a bucket and its folders. The dialog knows no API.
class PickerSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QStringList headers() const = 0;
    // What the rows are called in a sentence: "ECSs", "objects".
    virtual QString noun() const = 0;
    // Starts loading the current place from its first page (cancelling a load under way).
    virtual void load() = 0;
    virtual void cancel() = 0;

    // Places (OBS): where the list is now ("sandbox-images/linux/"), going into a folder row and up
    // (load() then lists the new place).
    virtual QString location() const { return {}; }
    virtual bool canGoUp() const { return false; }
    virtual void enter(const PickerRow &row) { Q_UNUSED(row) }
    virtual void goUp() {}

    // The value a picked row puts into its field (an id, "bucket:object").
    virtual QString valueOf(const QJsonObject &item) const = 0;

signals:
    void rowsArrived(const QList<ims::PickerRow> &rows);
    // The load ended: `error` is one sentence, empty when every page came.
    void finished(const QString &error);
};

} // namespace ims
