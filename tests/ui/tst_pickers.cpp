// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The pickers (issue 12) as a person uses them: the main window in its default layout against the
// in-process sandbox (and its OBS look-alike), Ctrl+Space and every key sent to the focus widget.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "cloud/AccountCalls.h"
#include "cloud/AccountListing.h"
#include "obs/ObsCalls.h"
#include "cloud/ImsClient.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "pickers/AccountSource.h"
#include "pickers/PickerDialog.h"
#include "pickers/PickerSource.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QApplication>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

class TestPickers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static QWidget *focus() { return QApplication::focusWidget(); }
    static QString focusName() { return focus() ? focus()->objectName() : QString(); }

    static bool openWindow(MainWindow &window)
    {
        if (!window.useSandbox(0.5))
            return false;
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Loads the method and goes to its source page, the focus in its first field.
    static bool toSourcePage(MainWindow &window, const QString &method)
    {
        ImageWizard *w = window.wizard();
        w->restart();
        w->loadRequest(method, {});
        QTest::mouseClick(test::nextButton(w), Qt::LeftButton);
        return w->currentId() == ImageWizard::SourcePageId;
    }

    static PickerDialog *openPicker()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<PickerDialog *>(w); d && d->isVisible())
                return d;
        return nullptr;
    }

    // Ctrl+Space where the keyboard is: the picker opens with the keyboard in its search box.
    static PickerDialog *ctrlSpace()
    {
        QTest::keyClick(focus(), Qt::Key_Space, Qt::ControlModifier);
        PickerDialog *d = nullptr;
        if (!QTest::qWaitFor([&d] { return (d = openPicker()) != nullptr; }, 3000))
            return nullptr;
        if (!QTest::qWaitFor([d] { return focus() && focus()->objectName() == QLatin1String("pickerSearch"); }, 3000))
            return nullptr;
        return d;
    }

    static QJsonArray listAll(ListPageCall *first)
    {
        std::optional<ApiError> error;
        const QJsonArray items = ListAll::run(first, &error);
        return error ? QJsonArray() : items;
    }

    // The process's resident memory in KiB (Linux), for the figures the tests print.
    static qint64 residentKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    static QTableView *table(PickerDialog *d) { return d->findChild<QTableView *>(QStringLiteral("pickerTable")); }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    // The ECS picker: every server of the account, page by page (rows shown before the last page),
    // the status counting as they come; the search box filters as you type; Enter picks.
    void serversArrivePageByPageAndSearchFilters()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        const QJsonArray servers = listAll(new ServersCall(window.client()));
        QVERIFY(servers.size() >= 26); // more than one picker page (25)
        QVERIFY(toSourcePage(window, QStringLiteral("ecs-system")));
        QCOMPARE(focusName(), QStringLiteral("edit_instance_id"));
        // Tab reaches Browse… right after the field; Shift+Tab goes back to the field.
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("browse_instance_id"));
        QTest::keyClick(focus(), Qt::Key_Backtab);
        QCOMPARE(focusName(), QStringLiteral("edit_instance_id"));
        PickerDialog *d = ctrlSpace();
        QVERIFY(d);
        QAbstractItemModelTester tester(table(d)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<int> counts;
        QStringList statuses;
        connect(d->source(), &PickerSource::rowsArrived, d, [&] {
            counts << d->loadedRows();
            statuses << d->statusText();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        QCOMPARE(d->loadedRows(), int(servers.size()));
        QVERIFY2(counts.size() >= 2, "one page only");
        QCOMPARE(counts.first(), 25);
        QVERIFY2(statuses.first().startsWith(QStringLiteral("Loading… 25 ECSs so far")), qPrintable(statuses.first()));
        QCOMPARE(d->statusText(), QStringLiteral("%1 ECSs.").arg(servers.size()));
        QVERIFY(d->msToFirstRow() >= 0 && d->msToFirstRow() <= d->msToLastRow());
        qInfo("ECS picker: first row after %lld ms, all %d after %lld ms", d->msToFirstRow(), d->loadedRows(), d->msToLastRow());
        // The columns a person decides by.
        QStringList headers;
        for (int c = 0; c < table(d)->model()->columnCount(); ++c)
            headers << table(d)->model()->headerData(c, Qt::Horizontal).toString();
        for (const char *h : {"Name", "Status", "OS", "Flavor", "Zone", "Data disks"})
            QVERIFY2(headers.contains(QLatin1String(h)), h);
        QVERIFY(d->frameGeometry().width() <= 800 && d->frameGeometry().height() <= 600);
        QVERIFY2(test::unnamedControls(d).isEmpty(), qPrintable(test::unnamedControls(d).join(QLatin1Char(' '))));

        // Search: the servers whose name, status, OS… contain "win", as the API lists them.
        const auto columns = AccountListing::columns(AccountListing::Kind::Servers);
        int expected = 0;
        QString firstMatch;
        for (const auto &v : servers) {
            bool hit = false;
            for (const auto &c : columns)
                hit = hit || c.cell(v.toObject()).contains(QStringLiteral("win"), Qt::CaseInsensitive);
            if (hit && firstMatch.isEmpty())
                firstMatch = v.toObject().value(QStringLiteral("id")).toString();
            expected += hit;
        }
        QVERIFY(expected > 0 && expected < servers.size());
        QTest::keyClicks(focus(), QStringLiteral("win"));
        QCOMPARE(table(d)->model()->rowCount(), expected);
        QVERIFY(d->statusText().endsWith(QStringLiteral("%1 shown.").arg(expected)));
        QTest::keyClick(focus(), Qt::Key_Return); // the first row shown is picked
        QTRY_VERIFY(!openPicker());
        QCOMPARE(window.wizard()->draft()->value(QStringLiteral("instance_id")).toString(), firstMatch);
        QTRY_COMPARE(focusName(), QStringLiteral("edit_instance_id")); // back where the person was
        QVERIFY(window.wizard()->currentPage()->isComplete());
    }

    // ecs-data: Ctrl+Space on the data disks opens the ECS picker; the ECS picked fills one row per
    // data disk attached to it, with that disk's id.
    void pickingAnEcsFillsItsDataDisks()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        QJsonObject server;
        for (const auto &v : listAll(new ServersCall(window.client())))
            if (AccountListing::dataDiskIds(v.toObject()).size() >= 2 && server.isEmpty())
                server = v.toObject();
        QVERIFY(!server.isEmpty());
        QVERIFY(toSourcePage(window, QStringLiteral("ecs-data")));
        QCOMPARE(focusName(), QStringLiteral("edit_data_images"));
        PickerDialog *d = ctrlSpace();
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), QStringLiteral("Pick the ECS whose data disks to capture"));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        QTest::keyClicks(focus(), server.value(QStringLiteral("id")).toString());
        QCOMPARE(table(d)->model()->rowCount(), 1);
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY(!openPicker());
        const QJsonArray rows = window.wizard()->draft()->value(QStringLiteral("data_images")).toArray();
        const QStringList disks = AccountListing::dataDiskIds(server);
        QCOMPARE(rows.size(), disks.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].toObject().value(QStringLiteral("volume_id")).toString(), disks[i]);
            QVERIFY(rows[i].toObject().value(QStringLiteral("name")).toString().startsWith(server.value(QStringLiteral("name")).toString()));
        }
        QVERIFY2(window.wizard()->currentPage()->isComplete(), "the rows filled from the ECS are valid");
    }

    // file-system: the OBS picker goes from the buckets into a bucket and a folder (sizes, storage
    // classes); the object picked is the field's bucket:object. Typing still works afterwards.
    void pickingAnObsObjectFillsBucketColonObject()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        QVERIFY(toSourcePage(window, QStringLiteral("file-system")));
        QCOMPARE(focusName(), QStringLiteral("edit_image_url"));
        PickerDialog *d = ctrlSpace();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        auto *buckets = new ListBucketsCall(window.session()->obsClient());
        QSignalSpy listed(buckets, &ObsCall::finished);
        buckets->start();
        QVERIFY(listed.wait(10000) && buckets->succeeded());
        QCOMPARE(d->statusText(), QStringLiteral("%1 buckets.").arg(buckets->buckets().size()));
        // Into the bucket of image files, then a folder: typed to filter, Enter to open.
        QTest::keyClicks(focus(), QStringLiteral("sandbox-images"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->loadedRows() > 0, 10000);
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("pickerLocation"))->text(), QStringLiteral("sandbox-images/"));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(table(d)));
        int folder = -1;
        for (int r = 0; r < table(d)->model()->rowCount(); ++r)
            if (table(d)->model()->index(r, 0).data().toString() == QLatin1String("linux/"))
                folder = r;
        QVERIFY(folder >= 0);
        for (int r = 0; r < folder; ++r)
            QTest::keyClick(focus(), Qt::Key_Down);
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->loadedRows() > 0, 10000);
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("pickerLocation"))->text(), QStringLiteral("sandbox-images/linux/"));
        const QString name = table(d)->model()->index(0, 0).data().toString();
        QVERIFY(!table(d)->model()->index(0, 1).data().toString().isEmpty()); // its size
        QVERIFY(!table(d)->model()->index(0, 2).data().toString().isEmpty()); // its storage class
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY(!openPicker());
        QCOMPARE(window.wizard()->draft()->value(QStringLiteral("image_url")).toString(),
                 QStringLiteral("sandbox-images:linux/") + name);
        // Still typeable and validated as before.
        QTRY_COMPARE(focusName(), QStringLiteral("edit_image_url"));
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), QStringLiteral("no-colon-here"));
        QVERIFY(!window.wizard()->draft()->issuesFor(QStringLiteral("image_url")).isEmpty());
    }

    // A big folder (1,500 objects, the issue's figure) arrives page by page, every object of it
    // listed; Backspace goes up again.
    void aBigFolderArrivesPageByPage()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        for (int i = 0; i < 1500; ++i)
            window.sandboxObs()->putObject(QStringLiteral("sandbox-backups"), QStringLiteral("big/disk-%1.qcow2").arg(i, 4, 10, QLatin1Char('0')),
                                           QByteArray("QFI\xfb"));
        auto *all = new ListObjectsCall(window.session()->obsClient(), QStringLiteral("sandbox-backups"), QStringLiteral("big/"));
        QSignalSpy done(all, &ObsCall::finished);
        all->start();
        QVERIFY(done.wait(10000) && all->succeeded());
        const int inFolder = int(all->objects().size());
        QCOMPARE(inFolder, 1500);
        QVERIFY(toSourcePage(window, QStringLiteral("file-data")));
        PickerDialog *d = ctrlSpace();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        QTest::keyClicks(focus(), QStringLiteral("sandbox-backups"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->loadedRows() > 0, 10000);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(table(d)));
        const int folders = d->loadedRows();
        QTest::keyClicks(focus(), QStringLiteral("big")); // keyboard search in the table
        QCOMPARE(table(d)->currentIndex().data().toString(), QStringLiteral("big/"));
        int pages = 0;
        connect(d->source(), &PickerSource::rowsArrived, d, [&pages] { ++pages; });
        const qint64 before = residentKiB();
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        QCOMPARE(d->loadedRows(), inFolder);
        QVERIFY2(pages >= 2, "one page only");
        qInfo("OBS picker: %d objects of big/ in %d pages, first row after %lld ms, all after %lld ms, memory %+lld KiB", inFolder,
              pages, d->msToFirstRow(), d->msToLastRow(), residentKiB() - before);
        QTest::keyClick(focus(), Qt::Key_Backspace); // up again
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->loadedRows() == folders, 10000);
        QTest::keyClick(focus(), Qt::Key_Escape);
        QTRY_VERIFY(!openPicker());
    }

    // KMS keys: a 403 names the missing permission in one sentence; granted, Refresh lists the
    // enabled keys only, and every key the picker shows is enabled.
    void aRefusedListingNamesThePermissionAndRefreshRetries()
    {
        SandboxServer server;
        QVERIFY(server.start());
        ImsClient client(server.connectionSettings(), server.credentials());
        server.cloudAccount().deny(QStringLiteral("kms:cmk:list"));
        PickerDialog d(new AccountSource(AccountListing::Kind::KmsKeys, &client), QStringLiteral("Keys"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY_WITH_TIMEOUT(!d.isLoading(), 10000);
        QVERIFY2(d.statusText().contains(QStringLiteral("kms:cmk:list")), qPrintable(d.statusText()));
        QCOMPARE(d.loadedRows(), 0);
        server.cloudAccount().allowAll();
        QTest::mouseClick(d.findChild<QAbstractButton *>(QStringLiteral("pickerRefresh")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isLoading(), 10000);
        const auto everyKey = server.cloudAccount().answer("POST", QStringLiteral("/v1.0/%1/kms/list-keys").arg(server.account().projectId), {}, "{}");
        QVERIFY(everyKey);
        int enabled = 0, all = 0;
        for (const auto &k : QJsonDocument::fromJson(everyKey->body).object().value(QStringLiteral("key_details")).toArray()) {
            ++all;
            enabled += k.toObject().value(QStringLiteral("key_state")).toString() == QLatin1String("2"); // KMS: 2 = enabled
        }
        QVERIFY(enabled > 0 && enabled < all);
        QCOMPARE(d.loadedRows(), enabled);
        QCOMPARE(d.statusText(), QStringLiteral("%1 KMS keys.").arg(enabled));
    }

    // Enterprise projects: only the enabled ones are offered, as for KMS keys: a disabled project
    // takes no new image, so a row for it would be one a person can pick and then be refused.
    void theEnterpriseProjectPickerOffersEnabledProjectsOnly()
    {
        SandboxServer server;
        QVERIFY(server.start());
        ImsClient client(server.connectionSettings(), server.credentials());
        PickerDialog d(new AccountSource(AccountListing::Kind::EnterpriseProjects, &client), QStringLiteral("Enterprise projects"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY_WITH_TIMEOUT(!d.isLoading(), 10000);
        QStringList enabled, disabled;
        for (const auto &p : server.cloudAccount().enterpriseProjects())
            (p.toObject().value(QStringLiteral("status")).toInt() == 1 ? enabled : disabled) // EpDetail: 1 enabled, 2 disabled
                << p.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!enabled.isEmpty() && !disabled.isEmpty());
        QCOMPARE(d.loadedRows(), enabled.size());
        QCOMPARE(d.statusText(), QStringLiteral("%1 enterprise projects.").arg(enabled.size()));
        const QAbstractItemModel *shown = table(&d)->model();
        QStringList names;
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, 0).data().toString();
        names.sort();
        enabled.sort();
        QCOMPARE(names, enabled);
        for (const QString &name : std::as_const(disabled))
            QVERIFY2(!names.contains(name), qPrintable(name));
    }

    // A connection that signs in with a password only: it has no AK/SK, so the OBS picker signs with
    // the temporary keys its IAM issues (one key, fetched once) and lists the buckets all the same;
    // Esc leaves the field as it was, still typeable.
    void aPasswordConnectionBrowsesObsWithTemporaryKeys()
    {
        SandboxServer server;
        QVERIFY(server.start());
        MainWindow window;
        Credentials passwordOnly;
        passwordOnly.password = server.account().password;
        QVERIFY(window.useConnection(server.connectionSettings(AuthMode::Token), passwordOnly));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(toSourcePage(window, QStringLiteral("file-data")));
        QCOMPARE(focusName(), QStringLiteral("edit_image_url"));
        PickerDialog *d = ctrlSpace();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading(), 10000);
        QVERIFY2(d->loadedRows() > 0, qPrintable(d->statusText()));
        QCOMPARE(server.temporaryKeysIssued(), 1);
        QTest::keyClick(focus(), Qt::Key_Escape);
        QTRY_VERIFY(!openPicker());
        QTRY_COMPARE(focusName(), QStringLiteral("edit_image_url"));
        QTest::keyClicks(focus(), QStringLiteral("my-bucket:images/disk.qcow2"));
        QCOMPARE(window.wizard()->draft()->value(QStringLiteral("image_url")).toString(), QStringLiteral("my-bucket:images/disk.qcow2"));
        QVERIFY(window.wizard()->draft()->issuesFor(QStringLiteral("image_url")).isEmpty());
    }

    // Not connected: Browse… says why in one sentence at the field, which stays typeable.
    void withoutAConnectionTheFieldSaysWhy()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (window.session())
            QSKIP("a connection was restored from an earlier run");
        QVERIFY(toSourcePage(window, QStringLiteral("volume-system")));
        QCOMPARE(focusName(), QStringLiteral("edit_volume_id"));
        QTest::keyClick(focus(), Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(!openPicker());
        auto *note = window.wizard()->currentPage()->findChild<QLabel *>(QStringLiteral("pickNote_volume_id"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("Not connected")), qPrintable(note->text()));
        QCOMPARE(focusName(), QStringLiteral("edit_volume_id"));
    }
};

QTEST_MAIN(TestPickers)
#include "tst_pickers.moc"
