// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "PickerSource.h"

#include <QPointer>

namespace ims {

class ObsCall;
class ObsClient;

// A picker over OBS: first the buckets (with their region), then a bucket's folders by prefix (the
// "/" delimiter) and its objects with size, storage class and last modified, page by page. A pick is
// the field's "bucket:object".
class ObsSource : public PickerSource
{
    Q_OBJECT
public:
    explicit ObsSource(ObsClient *client, QObject *parent = nullptr);
    ~ObsSource() override;

    QStringList headers() const override;
    QString noun() const override;
    void load() override;
    void cancel() override;
    QString location() const override;
    bool canGoUp() const override { return !m_bucket.isEmpty(); }
    void enter(const PickerRow &row) override;
    void goUp() override;
    QString valueOf(const QJsonObject &item) const override;

    // Opens at this bucket and folder ("bucket:dir/file.qcow2" opens "bucket", "dir/").
    void openAt(const QString &bucketColonObject);

private:
    void loadBuckets();
    void loadObjects();

    QPointer<ObsClient> m_client;
    QString m_bucket; // empty: the bucket list
    QString m_prefix; // the folder inside the bucket, ending in "/" (empty: its top)
    ObsCall *m_call = nullptr;
    int m_objectsSent = 0;
    int m_prefixesSent = 0;
};

} // namespace ims
