// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace ims {

class ImageListModel;
class ImsClient;
class ListAll;

// View ▸ Images: the private images of the connection in use, loaded page by page (the window stays
// usable meanwhile, and Cancel stops it), searchable by name, ID or OS and filtered by status, with
// the chosen image's record in full, "Copy ID" and "Create similar" (the wizard filled from it).
class ImagesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesWindow(QWidget *parent = nullptr);
    ~ImagesWindow() override;

    // The connection whose images are shown; loads them at once. Null: none (nothing to list).
    void setClient(ImsClient *client, const QString &connectionName);
    void refresh();
    void cancel();
    bool isLoading() const;
    // Selects the image with this id, now or once its page has arrived.
    void selectImage(const QString &id);
    QString currentImageId() const;

    ImageListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QTextBrowser *details() const { return m_details; }
    QLabel *statusLabel() const { return m_state; }
    QPushButton *createSimilarButton() const { return m_createSimilar; }

signals:
    // The wizard's request for an image like `imageName` (see SimilarImageRequest).
    void createSimilarRequested(const QString &methodId, const QJsonObject &fields, const QString &imageName);

private:
    void onPage();
    void onFinished();
    void showCurrent();
    void createSimilar();
    bool trySelect(const QString &id);
    QJsonObject currentImage() const;

    QPointer<ImsClient> m_client;
    ListAll *m_listing = nullptr;
    QString m_pendingSelection;
    ImageListModel *m_model;
    QSortFilterProxyModel *m_byStatus;
    QSortFilterProxyModel *m_byText;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QLabel *m_state;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_copyId;
    QPushButton *m_createSimilar;
};

} // namespace ims
