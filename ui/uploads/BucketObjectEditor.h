// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ims {

class Session;

// Where an upload goes (issue 13): a bucket of the connection's region (listed with ListBuckets, or
// made with "New bucket…"), the object name, and how many parts are sent at once. A simple list of
// its own until the shared OBS picker replaces it.
class BucketObjectEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BucketObjectEditor(QWidget *parent = nullptr);

    // Lists the buckets of this session's region (again); null: not connected, said.
    void setSession(Session *session);
    QString bucket() const;
    void setBucket(const QString &bucket);
    QString objectKey() const;
    void setObjectKey(const QString &key);
    int parallel() const;
    bool isComplete() const;
    QComboBox *bucketCombo() const { return m_bucket; }
    QLineEdit *objectEdit() const { return m_object; }

signals:
    void changed();

private:
    void listBuckets();
    void createBucket();
    void say(const QString &text, bool error);

    QPointer<Session> m_session;
    QComboBox *m_bucket;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QLineEdit *m_object;
    QSpinBox *m_parallel;
    QLabel *m_status;
    QString m_wanted; // a bucket to select once the list is in
};

} // namespace ims
