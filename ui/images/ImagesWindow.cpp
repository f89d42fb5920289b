// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImagesWindow.h"

#include "ImageListModel.h"
#include "cloud/AccountCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/SimilarImageRequest.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ims {

ImagesWindow::ImagesWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new ImageListModel(this))
    , m_byStatus(new QSortFilterProxyModel(this))
    , m_byText(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_state(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("&Stop loading"), this))
    , m_copyId(new QPushButton(tr("&Copy ID"), this))
    , m_createSimilar(new QPushButton(tr("Create &similar…"), this))
{
    setObjectName(QStringLiteral("imagesWindow"));
    setWindowTitle(tr("Images — IMS Wizard"));

    m_byStatus->setSourceModel(m_model);
    m_byStatus->setFilterKeyColumn(ImageListModel::StatusColumn);
    m_byStatus->setFilterRole(ImageListModel::StatusCodeRole);
    m_byText->setSourceModel(m_byStatus);
    m_byText->setFilterKeyColumn(-1); // any column: name, ID, status, OS…
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byText->setSortRole(ImageListModel::SortRole);

    m_search->setObjectName(QStringLiteral("imagesSearch"));
    m_search->setPlaceholderText(tr("Search: name, ID, OS…"));
    m_search->setAccessibleName(tr("Search images"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("imagesStatusFilter"));
    m_status->setAccessibleName(tr("Show images in status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char *status : {"active", "saving", "queued", "killed"})
        m_status->addItem(ImageListModel::statusText(QLatin1String(status)), QLatin1String(status));

    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setAccessibleName(tr("Private images"));
    m_view->setModel(m_byText);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageListModel::CreatedColumn, Qt::DescendingOrder); // newest first
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ImageListModel::NameColumn, 190);
    m_view->header()->resizeSection(ImageListModel::IdColumn, 120);
    m_view->header()->resizeSection(ImageListModel::StatusColumn, 70);
    m_view->header()->resizeSection(ImageListModel::OsColumn, 170);
    m_view->header()->resizeSection(ImageListModel::DiskFormatColumn, 85);
    m_view->header()->resizeSection(ImageListModel::MinDiskColumn, 70);
    m_view->header()->resizeSection(ImageListModel::SizeColumn, 70);

    m_details->setObjectName(QStringLiteral("imageDetails"));
    m_details->setAccessibleName(tr("Image details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Choose an image to see all it records."));

    m_state->setObjectName(QStringLiteral("imagesState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("imagesRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the list again from IMS (F5)."));
    m_cancel->setObjectName(QStringLiteral("imagesStop"));
    m_copyId->setObjectName(QStringLiteral("imagesCopyId"));
    m_copyId->setToolTip(tr("Copy the chosen image's ID (Ctrl+Shift+C)."));
    m_createSimilar->setObjectName(QStringLiteral("imagesCreateSimilar"));
    m_createSimilar->setToolTip(tr("Open the wizard with this image's settings: name, OS, minimum disk, tags, description…"));
    auto *copyShortcut = new QAction(this);
    copyShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    addAction(copyShortcut);
    auto *similarShortcut = new QAction(this);
    similarShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    addAction(similarShortcut);
    auto *closeShortcut = new QAction(this);
    closeShortcut->setShortcut(QKeySequence::Cancel);
    addAction(closeShortcut);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("imagesSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_copyId);
    actions->addWidget(m_createSimilar);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_refresh);
    setTabOrder(m_refresh, m_cancel);
    setTabOrder(m_cancel, m_view);
    setTabOrder(m_view, m_details);
    setTabOrder(m_details, m_copyId);
    setTabOrder(m_copyId, m_createSimilar);

    connect(m_search, &QLineEdit::textChanged, m_byText, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        m_byStatus->setFilterRegularExpression(status.isEmpty() ? QString() : QStringLiteral("^%1$").arg(status));
    });
    connect(m_refresh, &QPushButton::clicked, this, &ImagesWindow::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ImagesWindow::cancel);
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (const QString id = currentImageId(); !id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });
    connect(copyShortcut, &QAction::triggered, m_copyId, &QPushButton::click);
    connect(m_createSimilar, &QPushButton::clicked, this, &ImagesWindow::createSimilar);
    connect(similarShortcut, &QAction::triggered, m_createSimilar, &QPushButton::click);
    connect(closeShortcut, &QAction::triggered, this, &QWidget::close);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesWindow::showCurrent);
    connect(m_byText, &QAbstractItemModel::modelReset, this, &ImagesWindow::showCurrent);

    // Fits a 800×600 screen with its panel; larger screens get room for every column.
    const QSize room = parent && parent->screen() ? parent->screen()->availableGeometry().size() - QSize(16, 48) : QSize(1100, 640);
    resize(QSize(1100, 640).boundedTo(room));
    if (parent) // over the main window, not wherever the window manager finds room
        move(parent->geometry().center() - rect().center());
    m_search->setFocus(); // where the keyboard is when the window opens
    showCurrent();
}

ImagesWindow::~ImagesWindow() = default;

void ImagesWindow::setClient(ImsClient *client, const QString &connectionName)
{
    m_client = client;
    setWindowTitle(connectionName.isEmpty() ? tr("Images — IMS Wizard") : tr("Images — %1").arg(connectionName));
    refresh();
}

bool ImagesWindow::isLoading() const
{
    return m_listing != nullptr;
}

void ImagesWindow::cancel()
{
    if (m_listing)
        m_listing->abort(); // finishes with "Cancelled"
}

void ImagesWindow::refresh()
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->abort();
        m_listing->deleteLater();
        m_listing = nullptr;
    }
    const QString keep = currentImageId();
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = keep;
    m_model->clear();
    if (!m_client) {
        m_state->setText(tr("Not connected: choose a connection to see its images."));
        m_cancel->setEnabled(false);
        return;
    }
    // IMS ListImages, __imagetype=private, page after page (PrivateImagesCall follows `next`).
    m_listing = new ListAll(new PrivateImagesCall(m_client), this);
    connect(m_listing, &ListAll::pageLoaded, this, [this](const QJsonArray &items) {
        m_model->append(items);
        onPage();
    });
    connect(m_listing, &ListAll::finished, this, &ImagesWindow::onFinished);
    m_state->setText(tr("Loading images…"));
    m_cancel->setEnabled(true);
    m_listing->start();
}

void ImagesWindow::onPage()
{
    m_state->setText(tr("Loading… images so far: %1").arg(m_model->rowCount()));
    if (!m_pendingSelection.isEmpty() && trySelect(m_pendingSelection))
        m_pendingSelection.clear();
    if (!m_view->currentIndex().isValid() && m_byText->rowCount() > 0)
        m_view->setCurrentIndex(m_byText->index(0, 0));
}

void ImagesWindow::onFinished()
{
    ListAll *listing = std::exchange(m_listing, nullptr);
    listing->deleteLater();
    m_cancel->setEnabled(false);
    const int count = m_model->rowCount();
    QString text;
    if (listing->error())
        text = listing->error()->kind() == ApiError::Kind::Cancelled
                   ? tr("Stopped: images loaded: %1; there may be more.").arg(count)
                   : listing->error()->userMessage();
    else
        text = tr("Private images: %1").arg(count);
    if (!m_pendingSelection.isEmpty() && !trySelect(m_pendingSelection) && !listing->error())
        text += QLatin1Char(' ') + tr("The image %1 is not among them: it was deleted, or belongs to another project or region.").arg(m_pendingSelection);
    m_pendingSelection.clear();
    m_state->setText(text);
}

bool ImagesWindow::trySelect(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_byText->mapFromSource(m_byStatus->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid()) { // hidden by a filter: show everything rather than nothing
        m_search->clear();
        m_status->setCurrentIndex(0);
        index = m_byText->mapFromSource(m_byStatus->mapFromSource(m_model->index(row, 0)));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ImagesWindow::selectImage(const QString &id)
{
    if (trySelect(id))
        return;
    m_pendingSelection = id;
    if (!m_listing) // newer than the list shown (a job just made it): list again
        refresh();
}

QJsonObject ImagesWindow::currentImage() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {};
    return m_model->imageAt(m_byStatus->mapToSource(m_byText->mapToSource(index)).row());
}

QString ImagesWindow::currentImageId() const
{
    return currentImage().value(QStringLiteral("id")).toString();
}

void ImagesWindow::showCurrent()
{
    const QJsonObject image = currentImage();
    m_copyId->setEnabled(!image.isEmpty());
    m_createSimilar->setEnabled(!image.isEmpty());
    if (image.isEmpty()) {
        m_details->clear();
        return;
    }
    // The record as IMS gave it: the fields a person decides by first, then every other one.
    const QStringList first = {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("__os_version"),
                               QStringLiteral("__os_type"), QStringLiteral("disk_format"), QStringLiteral("min_disk"),
                               QStringLiteral("__image_size"), QStringLiteral("created_at"), QStringLiteral("__description"),
                               QStringLiteral("__data_origin"), QStringLiteral("tags")};
    QStringList keys = first;
    QStringList rest = image.keys();
    rest.sort();
    for (const QString &k : std::as_const(rest))
        if (!keys.contains(k))
            keys.append(k);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QString &key : std::as_const(keys)) {
        if (!image.contains(key))
            continue;
        const QJsonValue v = image.value(key);
        QString value;
        if (v.isArray()) {
            QStringList parts;
            for (const auto &item : v.toArray())
                parts << (item.isString() ? item.toString() : QString::number(item.toDouble()));
            value = parts.join(QStringLiteral(", "));
        } else if (v.isBool()) {
            value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isDouble()) {
            value = QString::number(v.toDouble());
        } else {
            value = v.toString();
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void ImagesWindow::createSimilar()
{
    const QJsonObject image = currentImage();
    if (image.isEmpty())
        return;
    const SimilarImageRequest request = SimilarImageRequest::from(image);
    emit createSimilarRequested(request.methodId, request.fields, image.value(QStringLiteral("name")).toString());
}

} // namespace ims
