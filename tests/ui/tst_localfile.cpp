// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// "A disk file on this computer" (issue 13) as a person uses it: the main window in its default
// layout against the in-process sandbox (IMS and OBS look-alikes), keys sent to where the keyboard
// focus is. A small qcow2 made here goes through inspection, bucket and object, the image pages and
// the review, is uploaded as a job of the Jobs list, and the image is created from it exactly once.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "UploadTestFiles.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "jobs/JobsView.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"
#include "session/UploadJobs.h"
#include "uploads/BucketObjectEditor.h"
#include "uploads/UploadDialog.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"
#include "wizard/ReviewPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ims;
using namespace ims::test;

class TestLocalFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    static constexpr qint64 GiB = qint64(1) << 30;

    static QWidget *focus() { return QApplication::focusWidget(); }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), k, m); }
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }

    // A valid qcow2 (version 3, 64 KiB clusters) of `virtualSize` bytes, as qemu-img creates one:
    // header, refcount table and block, and an empty L1 table; then `padding` bytes of data.
    QString makeQcow2(const QString &name, qint64 virtualSize, qint64 padding = 0)
    {
        constexpr qint64 cluster = 64 * 1024;
        QByteArray q(4 * cluster + padding, '\0');
        q.replace(0, 4, "QFI\xfb");
        qToBigEndian<quint32>(3, q.data() + 4);                   // version
        qToBigEndian<quint32>(16, q.data() + 20);                 // cluster bits
        qToBigEndian<quint64>(quint64(virtualSize), q.data() + 24);
        const quint32 l1Entries = quint32((virtualSize + cluster * (cluster / 8) - 1) / (cluster * (cluster / 8)));
        qToBigEndian<quint32>(l1Entries, q.data() + 36);
        qToBigEndian<quint64>(3 * cluster, q.data() + 40);        // L1 table
        qToBigEndian<quint64>(cluster, q.data() + 48);            // refcount table
        qToBigEndian<quint32>(1, q.data() + 56);                  // its clusters
        qToBigEndian<quint32>(4, q.data() + 96);                  // refcount order
        qToBigEndian<quint32>(104, q.data() + 100);               // header length
        qToBigEndian<quint64>(2 * cluster, q.data() + cluster);   // refcount table → block
        const QString path = m_data.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(q) != q.size())
            return {};
        return path;
    }
    static JobRecord uploadRecord(MainWindow &window)
    {
        for (const auto &r : window.monitor()->store()->records())
            if (r.isUpload())
                return window.monitor()->record(r.id);
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.filePath(QStringLiteral("data")).toUtf8());
        QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
    }
    void init() { JobStore::erase(JobStore::defaultPath()); }

    // The whole flow by keyboard: start page → the file and its inspection → bucket and object →
    // the image pages (image_url and min_disk filled in) → review of both steps → Submit: the upload
    // is a row of the Jobs list, the object equals the file, and the create call goes once.
    void localFileToSubmittedJobByKeyboard()
    {
        const QString file = makeQcow2(QStringLiteral("web-server.qcow2"), 50 * GiB);
        QVERIFY(!file.isEmpty());
        MainWindow window;
        QVERIFY(openSandboxWindow(window));
        ImageWizard *w = window.wizard();

        auto *answer = w->findChild<QRadioButton *>(QStringLiteral("answer_local-file"));
        QVERIFY(answer);
        for (int guard = 0; guard < 9 && focus() != answer; ++guard)
            key(Qt::Key_Down);
        QCOMPARE(focus(), answer);
        if (!answer->isChecked())
            key(Qt::Key_Space);
        key(Qt::Key_Return);

        // The file, typed; its headers read on a worker thread.
        QCOMPARE(w->currentId(), int(ImageWizard::LocalFilePageId));
        QCOMPARE(focus()->objectName(), QStringLiteral("localFilePath"));
        type(file);
        QTRY_VERIFY(nextButton(w)->isEnabled());
        const QString summary = w->currentPage()->findChild<QLabel *>(QStringLiteral("inspectionSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("qcow2")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("53,687,091,200")) || summary.contains(QStringLiteral("53687091200")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Normal import")), qPrintable(summary));
        key(Qt::Key_Return);

        // Bucket and object: the buckets of the region, the object named after the file.
        QCOMPARE(w->currentId(), int(ImageWizard::ObsTargetPageId));
        auto *target = w->currentPage()->findChild<BucketObjectEditor *>();
        QTRY_VERIFY(target->bucketCombo()->count() > 0);
        QCOMPARE(target->bucketCombo()->findText(QStringLiteral("sandbox-empty")), -1); // another region's
        QCOMPARE(focus(), target->bucketCombo());
        for (int guard = 0; guard < 5 && target->bucket() != QLatin1String("sandbox-images"); ++guard)
            key(Qt::Key_Down);
        QCOMPARE(target->bucket(), QStringLiteral("sandbox-images"));
        QCOMPARE(target->objectKey(), QStringLiteral("web-server.qcow2"));
        key(Qt::Key_Return);

        // The image pages, with what the file said already there.
        QCOMPARE(w->draft()->methodId(), QStringLiteral("file-system"));
        QCOMPARE(w->draft()->value(QStringLiteral("image_url")).toString(), QStringLiteral("sandbox-images:web-server.qcow2"));
        QCOMPARE(w->draft()->value(QStringLiteral("min_disk")).toInt(), 50); // the virtual size, in GB
        for (int guard = 0; guard < 4 && w->currentId() != ImageWizard::ReviewPageId; ++guard) {
            if (w->currentId() == ImageWizard::ImagePageId && w->draft()->value(QStringLiteral("name")).toString().isEmpty()) {
                QCOMPARE(focus()->objectName(), QStringLiteral("edit_name"));
                type(QStringLiteral("web-server"));
            }
            QVERIFY(nextButton(w)->isEnabled());
            key(Qt::Key_Return);
        }
        QCOMPARE(w->currentId(), int(ImageWizard::ReviewPageId));
        const QString review = w->reviewPage()->requestText();
        QVERIFY2(review.contains(QStringLiteral("Step 1 of 2")) && review.contains(QStringLiteral("Step 2 of 2")), qPrintable(review));
        QVERIFY(review.contains(QStringLiteral("\"image_url\": \"sandbox-images:web-server.qcow2\"")));
        QCOMPARE(window.sandbox()->createCount(), 0); // nothing sent before Submit

        QCOMPARE(focus()->objectName(), QStringLiteral("submitButton"));
        key(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(uploadRecord(window).upload.createSent && !uploadRecord(window).upload.createRecordId.isEmpty(), 20000);
        const JobRecord upload = uploadRecord(window);
        QCOMPARE(upload.state, JobRecord::State::Success);
        QCOMPARE(window.sandboxObs()->objectMd5(QStringLiteral("sandbox-images"), QStringLiteral("web-server.qcow2")), md5Of(file));
        QCOMPARE(window.sandbox()->createCount(), 1);
        // Both are rows of the Jobs list: the upload, and the create job that followed it.
        JobListModel *model = window.jobModel();
        const int uploadRow = model->rowOf(upload.id);
        QVERIFY(uploadRow >= 0);
        QCOMPARE(model->index(uploadRow, JobListModel::StateColumn).data().toString(), QStringLiteral("Uploaded"));
        QCOMPARE(model->index(uploadRow, JobListModel::ProgressColumn).data(JobListModel::ProgressRole).toDouble(), 1.0);
        QVERIFY(model->rowOf(upload.upload.createRecordId) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(upload.upload.createRecordId)).state, JobRecord::State::Success, 20000);
        QCOMPARE(window.sandbox()->createCount(), 1); // never a second time
    }

    // File ▸ Upload to OBS… (Ctrl+U) by keyboard: an upload alone, a row of the Jobs list, no create.
    void uploadDialogByKeyboard()
    {
        const QString file = makeQcow2(QStringLiteral("data.qcow2"), 10 * GiB, 300 * 1024);
        MainWindow window;
        QVERIFY(openSandboxWindow(window));
        key(Qt::Key_U, Qt::ControlModifier);
        UploadDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<UploadDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(dialog->isAncestorOf(focus()));
        QCOMPARE(focus()->objectName(), QStringLiteral("localFilePath"));
        QVERIFY(dialog->width() <= 800 && dialog->height() <= 600);
        type(file);
        QTRY_VERIFY(dialog->targetEditor()->bucketCombo()->count() > 0);
        QTRY_VERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("uploadStart"))->isEnabled());
        QCOMPARE(dialog->targetEditor()->objectKey(), QStringLiteral("data.qcow2"));
        key(Qt::Key_Return); // Upload is the default button
        QTRY_VERIFY_WITH_TIMEOUT(uploadRecord(window).state == JobRecord::State::Success, 20000);
        const JobRecord r = uploadRecord(window);
        QVERIFY(r.methodId.isEmpty());
        QCOMPARE(r.upload.bytesDone, QFileInfo(file).size());
        QCOMPARE(window.sandboxObs()->objectMd5(r.upload.bucket, QStringLiteral("data.qcow2")), md5Of(file));
        QCOMPARE(window.sandbox()->createCount(), 0);
        QCOMPARE(window.jobModel()->index(window.jobModel()->rowOf(r.id), JobListModel::MethodColumn).data().toString(), QStringLiteral("upload"));
    }

    // An upload the last run left sending is shown paused with Resume, which needs its connection.
    void anInterruptedUploadComesBackPaused()
    {
        {
            JobStore store(JobStore::defaultPath());
            JobRecord r;
            r.kind = JobRecord::Kind::Upload;
            r.id = QStringLiteral("upload-interrupted");
            r.imageName = QStringLiteral("big-disk");
            r.connection = QStringLiteral("Production");
            r.endpoint = QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com");
            r.state = JobRecord::State::Running;
            r.progress = 0.4;
            r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
            r.upload.file = m_data.filePath(QStringLiteral("big.qcow2"));
            r.upload.bucket = QStringLiteral("images");
            r.upload.key = QStringLiteral("big.qcow2");
            r.upload.bytesDone = 400;
            r.upload.bytesTotal = 1000;
            QVERIFY(store.save({r}));
        }
        MainWindow window;
        QVERIFY(openSandboxWindow(window));
        JobListModel *model = window.jobModel();
        const int row = model->rowOf(QStringLiteral("upload-interrupted"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, JobListModel::StateColumn).data().toString(), QStringLiteral("Paused"));
        QVERIFY(model->index(row, JobListModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Resume")));
        window.jobsView()->selectId(QStringLiteral("upload-interrupted"));
        QVERIFY(window.jobsView()->resumeUploadAction()->isEnabled());
        QVERIFY(!window.jobsView()->pauseUploadAction()->isEnabled());
        window.jobsView()->resumeUploadAction()->trigger();
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Production")), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.monitor()->record(QStringLiteral("upload-interrupted")).state, JobRecord::State::Paused);
    }
};

QTEST_MAIN(TestLocalFile)
#include "tst_localfile.moc"
