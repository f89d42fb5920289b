// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BucketObjectEditor.h"

#include "obs/FileUpload.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"
#include "session/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace ims {

BucketObjectEditor::BucketObjectEditor(QWidget *parent)
    : QWidget(parent)
    , m_bucket(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_create(new QPushButton(tr("Ne&w bucket…"), this))
    , m_object(new QLineEdit(this))
    , m_parallel(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    m_bucket->setObjectName(QStringLiteral("uploadBucket"));
    m_bucket->setAccessibleName(tr("OBS bucket"));
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bucket->setMinimumContentsLength(16);
    m_refresh->setObjectName(QStringLiteral("uploadRefreshBuckets"));
    m_refresh->setAccessibleName(tr("List the buckets again"));
    m_create->setObjectName(QStringLiteral("uploadNewBucket"));
    m_create->setAccessibleName(tr("Create a bucket"));
    m_object->setObjectName(QStringLiteral("uploadObjectName"));
    m_object->setAccessibleName(tr("Object name"));
    m_parallel->setObjectName(QStringLiteral("uploadParallel"));
    m_parallel->setAccessibleName(tr("Parts sent at once"));
    m_parallel->setRange(1, FileUpload::maxParallel);
    m_parallel->setValue(3);
    m_parallel->setMaximumWidth(m_parallel->fontMetrics().horizontalAdvance(QStringLiteral("0000")) * 3);
    m_parallel->setToolTip(tr("More parts at once can be faster on a fast line; 3 suits most."));
    m_status->setObjectName(QStringLiteral("uploadBucketStatus"));
    m_status->setWordWrap(true);

    auto *bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucket, 1);
    bucketRow->addWidget(m_refresh);
    bucketRow->addWidget(m_create);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *bucketLabel = new QLabel(tr("B&ucket:"), this);
    bucketLabel->setBuddy(m_bucket);
    form->addRow(bucketLabel, bucketRow);
    form->addRow(tr("&Object name:"), m_object);
    form->addRow(tr("&Parts at once:"), m_parallel);
    form->addRow(m_status);

    connect(m_bucket, &QComboBox::currentIndexChanged, this, &BucketObjectEditor::changed);
    connect(m_object, &QLineEdit::textChanged, this, &BucketObjectEditor::changed);
    connect(m_refresh, &QPushButton::clicked, this, &BucketObjectEditor::listBuckets);
    connect(m_create, &QPushButton::clicked, this, &BucketObjectEditor::createBucket);
}

void BucketObjectEditor::say(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void BucketObjectEditor::setSession(Session *session)
{
    m_session = session;
    listBuckets();
}

void BucketObjectEditor::listBuckets()
{
    QString why;
    ObsClient *obs = m_session ? m_session->obsClient(&why) : nullptr;
    m_refresh->setEnabled(obs);
    m_create->setEnabled(obs);
    if (!obs) {
        say(m_session ? why : tr("Not connected: choose a connection to list its buckets."), true);
        return;
    }
    if (m_wanted.isEmpty())
        m_wanted = bucket();
    say(tr("Listing the buckets…"), false);
    auto *call = new ListBucketsCall(obs);
    const QString region = m_session->settings().region;
    connect(call, &ObsCall::finished, this, [this, call, region] {
        call->deleteLater();
        if (!call->succeeded()) {
            say(call->error()->userMessage(), true);
            return;
        }
        // IMS reads the file from a bucket of its own region only ("Registering an Image File").
        QStringList names;
        for (const auto &b : call->buckets())
            if (b.location.isEmpty() || b.location == region)
                names << b.name;
        const QSignalBlocker block(m_bucket);
        m_bucket->clear();
        m_bucket->addItems(names);
        if (const int i = m_bucket->findText(m_wanted); i >= 0)
            m_bucket->setCurrentIndex(i);
        m_wanted.clear();
        say(names.isEmpty() ? tr("No bucket in %1 yet: make one with “New bucket…”.").arg(region)
                            : tr("%n bucket(s) in %1.", nullptr, int(names.size())).arg(region),
            false);
        emit changed();
    });
    call->start();
}

void BucketObjectEditor::createBucket()
{
    ObsClient *obs = m_session ? m_session->obsClient() : nullptr;
    if (!obs)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New bucket"),
                                               tr("Bucket name (3–63 characters: lower-case letters, digits, hyphens and dots):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // OBS bucket naming rules ("Creating a Bucket", OBS API reference).
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (!rule.match(name).hasMatch()) {
        say(tr("“%1” is not a valid bucket name: 3–63 lower-case letters, digits, hyphens and dots, starting and ending with a letter or digit.").arg(name), true);
        return;
    }
    say(tr("Creating the bucket %1…").arg(name), false);
    auto *call = new CreateBucketCall(obs, name, m_session->settings().region);
    connect(call, &ObsCall::finished, this, [this, call, name] {
        call->deleteLater();
        if (!call->succeeded()) {
            say(call->error()->userMessage(), true);
            return;
        }
        m_wanted = name;
        listBuckets();
    });
    call->start();
}

QString BucketObjectEditor::bucket() const
{
    return m_bucket->currentText();
}

void BucketObjectEditor::setBucket(const QString &bucket)
{
    if (const int i = m_bucket->findText(bucket); i >= 0)
        m_bucket->setCurrentIndex(i);
    else
        m_wanted = bucket;
}

QString BucketObjectEditor::objectKey() const
{
    return m_object->text().trimmed();
}

void BucketObjectEditor::setObjectKey(const QString &key)
{
    m_object->setText(key);
}

int BucketObjectEditor::parallel() const
{
    return m_parallel->value();
}

bool BucketObjectEditor::isComplete() const
{
    return !bucket().isEmpty() && !objectKey().isEmpty();
}

} // namespace ims
