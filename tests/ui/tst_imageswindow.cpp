// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "images/ImageListModel.h"
#include "images/ImagesWindow.h"
#include "jobs/JobListModel.h"
#include "jobs/JobFilterModel.h"
#include "jobs/JobsView.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ims;
using namespace ims::test;

// View ▸ Images as a person uses it, against the in-process sandbox: keys go to the focus widget.
class TestImagesWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QWidget *focus() { return QApplication::focusWidget(); }

    // Ctrl+Shift+I in the main window, then the listing to its end.
    static ImagesWindow *openImages(MainWindow &window)
    {
        QTest::keyClick(focus(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        ImagesWindow *images = window.imagesWindow();
        if (!images || !QTest::qWaitForWindowActive(images))
            return nullptr;
        if (!QTest::qWaitFor([images] { return !images->isLoading(); }, 10000))
            return nullptr;
        return images;
    }

    static QJsonObject imageWhere(ImageListModel *model, const std::function<bool(const QJsonObject &)> &match)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (match(model->imageAt(row)))
                return model->imageAt(row);
        return {};
    }

    static bool tabTo(QWidget *target)
    {
        for (int guard = 0; guard < 20 && focus() != target; ++guard)
            QTest::keyClick(focus(), Qt::Key_Tab);
        return focus() == target;
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); // English as shipped: its plurals
    }

    void listsTheImagesSearchesAndFits800x600()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        ImagesWindow *images = openImages(window);
        QVERIFY(images);
        QVERIFY(images->windowTitle().contains(QStringLiteral("Sandbox")));
        QCOMPARE(images->model()->rowCount(), 12);
        QCOMPARE(images->statusLabel()->text(), QStringLiteral("Private images: 12"));
        // Newest first, and the first one's record in the details.
        QTreeView *view = images->view();
        QCOMPARE(view->model()->index(0, ImageListModel::NameColumn).data().toString(), QStringLiteral("windows-golden-12"));
        QCOMPARE(view->model()->index(0, ImageListModel::StatusColumn).data().toString(), QStringLiteral("Saving"));
        QVERIFY(images->details()->toPlainText().contains(QStringLiteral("windows-golden-12")));

        // The keyboard starts in the search box: typing narrows the list.
        QCOMPARE(focus(), images->searchEdit());
        QTest::keyClicks(focus(), QStringLiteral("ubuntu"));
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(view->model()->rowCount() < 12);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY2(view->model()->index(row, ImageListModel::OsColumn).data().toString().contains(QStringLiteral("Ubuntu")),
                     qPrintable(view->model()->index(row, ImageListModel::OsColumn).data().toString()));
        const int ubuntu = view->model()->rowCount();
        // Tab to the status filter, pick "Saving": no Ubuntu image is saving.
        QVERIFY(tabTo(images->statusCombo()));
        QTest::keyClick(focus(), Qt::Key_Down);
        QCOMPARE(images->statusCombo()->currentText(), QStringLiteral("Active"));
        QCOMPARE(view->model()->rowCount(), ubuntu);
        QTest::keyClick(focus(), Qt::Key_Down);
        QCOMPARE(images->statusCombo()->currentText(), QStringLiteral("Saving"));
        QCOMPARE(view->model()->rowCount(), 0);

        // Every control has a name, and the window fits 800×600.
        QCOMPARE(unnamedControls(images), QStringList());
        QVERIFY(images->minimumSizeHint().width() <= 800 && images->minimumSizeHint().height() <= 600);
        images->resize(800, 600);
        QTRY_COMPARE(images->size(), QSize(800, 600));
        QVERIFY(images->createSimilarButton()->isVisible());
    }

    void copyIdAndCreateSimilarFromTheKeyboard()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        ImagesWindow *images = openImages(window);
        QVERIFY(images);
        // An image captured from an ECS ("instance,ID" in __data_origin): the same method and server.
        const QJsonObject fromEcs = imageWhere(images->model(), [](const QJsonObject &i) {
            return i.value(QStringLiteral("__data_origin")).toString().startsWith(QStringLiteral("instance,"));
        });
        QVERIFY(!fromEcs.isEmpty());
        images->selectImage(fromEcs.value(QStringLiteral("id")).toString());
        QVERIFY(tabTo(images->view()));
        QCOMPARE(images->currentImageId(), fromEcs.value(QStringLiteral("id")).toString());
        QTest::keyClick(focus(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), fromEcs.value(QStringLiteral("id")).toString());

        QTest::keyClick(focus(), Qt::Key_N, Qt::ControlModifier);
        RequestDraft *draft = window.wizard()->draft();
        QTRY_COMPARE(draft->methodId(), QStringLiteral("ecs-system"));
        QCOMPARE(draft->value(QStringLiteral("name")).toString(), fromEcs.value(QStringLiteral("name")).toString() + QStringLiteral("-copy"));
        QCOMPARE(QStringLiteral("instance,") + draft->value(QStringLiteral("instance_id")).toString(),
                 fromEcs.value(QStringLiteral("__data_origin")).toString());
        QCOMPARE(draft->value(QStringLiteral("description")).toString(), fromEcs.value(QStringLiteral("__description")).toString());
        QCOMPARE(draft->value(QStringLiteral("tags")).toArray(), fromEcs.value(QStringLiteral("tags")).toArray());
        QVERIFY(window.statusBar()->currentMessage().contains(fromEcs.value(QStringLiteral("name")).toString()));
        QTRY_COMPARE(QApplication::activeWindow(), &window);

        // An image imported from OBS: file-system with its file, OS version and minimum disk.
        const QJsonObject fromFile = imageWhere(images->model(), [](const QJsonObject &i) {
            return i.value(QStringLiteral("__data_origin")).toString().startsWith(QStringLiteral("file,"));
        });
        QVERIFY(!fromFile.isEmpty());
        window.showImagesWindow(fromFile.value(QStringLiteral("id")).toString());
        QTRY_COMPARE(QApplication::activeWindow(), images);
        QTRY_COMPARE(images->currentImageId(), fromFile.value(QStringLiteral("id")).toString());
        QTest::keyClick(focus(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(draft->methodId(), QStringLiteral("file-system"));
        QCOMPARE(draft->value(QStringLiteral("image_url")).toString(), QStringLiteral("sandbox-images:linux/centos-7.9.qcow2"));
        QCOMPARE(draft->value(QStringLiteral("os_version")).toString(), fromFile.value(QStringLiteral("__os_version")).toString());
        QCOMPARE(draft->value(QStringLiteral("min_disk")).toInt(), fromFile.value(QStringLiteral("min_disk")).toInt());
    }

    void aJobShowsTheImageItMade()
    {
        MainWindow window;
        QVERIFY(openOnSandbox(window));
        // The Images window is open already, with the list of before the job.
        ImagesWindow *images = openImages(window);
        QVERIFY(images);
        QCOMPARE(images->model()->rowCount(), 12);
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QJsonObject fields = example(QStringLiteral("file-system"));
        fields.insert(QStringLiteral("name"), QStringLiteral("made-by-a-job"));
        const QString jobId = submitThroughWizard(window, QStringLiteral("file-system"), fields);
        QVERIFY(!jobId.isEmpty());
        JobListModel *model = window.jobModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).state, JobRecord::State::Success, 10000);
        const QString imageId = model->recordAt(model->rowOf(jobId)).imageIds.value(0);
        QVERIFY(!imageId.isEmpty());

        // Click the job's row in the dock, Ctrl+I: the Images window opens on that image.
        JobsView *dock = window.jobsView();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QModelIndex row = dock->filter()->mapFromSource(model->index(model->rowOf(jobId), 0));
        dock->tree()->scrollTo(row);
        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, dock->tree()->visualRect(row).center());
        QCOMPARE(focus(), dock->tree());
        QVERIFY(dock->showImageAction()->isEnabled());
        QTest::keyClick(focus(), Qt::Key_I, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(images->currentImageId(), imageId, 10000);
        QVERIFY(images->details()->toPlainText().contains(QStringLiteral("made-by-a-job")));
        QTRY_VERIFY(!images->isLoading());
        // The 12 images of the account and those the job made.
        QCOMPARE(images->model()->rowCount(), 12 + int(model->recordAt(model->rowOf(jobId)).imageIds.size()));
    }
};

QTEST_MAIN(TestImagesWindow)
#include "tst_imageswindow.moc"
