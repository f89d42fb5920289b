// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"
#include "wizard/RequestDraft.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ims;
using namespace ims::test;

// Saved request profiles through the desktop program: save from the review page, list, export,
// import into a fresh program, open into the wizard — the same request comes out.
class TestProfilesDialog : public QObject
{
    Q_OBJECT

    static QStringList listedNames(ProfilesDialog *d)
    {
        QStringList names;
        for (int i = 0; i < d->list()->topLevelItemCount(); ++i)
            names << d->list()->topLevelItem(i)->text(0);
        return names;
    }

private slots:
    void savedExportedImportedAndOpenedGivesTheSameRequest()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QTemporaryDir exchange;
        const QString methodId = QStringLiteral("file-system");
        QJsonObject fields = example(methodId);
        fields.insert(QStringLiteral("is_config"), false); // "false" is a value, not "unset": it must survive
        QJsonObject body;
        {
            qputenv("IMS_WIZARD_DATA_DIR", first.path().toUtf8());
            MainWindow window;
            window.show();
            window.wizard()->loadRequest(methodId, fields);
            QVERIFY(window.saveAsProfile(QStringLiteral("Golden CentOS")));
            ProfilesDialog *dialog = window.showProfiles();
            QCOMPARE(listedNames(dialog), QStringList{QStringLiteral("Golden CentOS")});
            QCOMPARE(dialog->list()->topLevelItem(0)->text(1), Catalogue::instance().method(methodId)->displayTitle());
            dialog->exportAll(exchange.path());
            QVERIFY2(dialog->lastMessage().contains(QStringLiteral("Exported 1 profile")), qPrintable(dialog->lastMessage()));
            body = RequestBuilder::body(*Catalogue::instance().method(methodId), window.wizard()->draft()->fields());
        }
        qputenv("IMS_WIZARD_DATA_DIR", second.path().toUtf8());
        MainWindow window;
        window.show();
        ProfilesDialog *dialog = window.showProfiles();
        QVERIFY(listedNames(dialog).isEmpty());
        dialog->importFolder(exchange.path());
        QCOMPARE(listedNames(dialog), QStringList{QStringLiteral("Golden CentOS")});
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QStringLiteral(", "))));
        // Open (the default button): the wizard holds the very request that was saved.
        dialog->selectName(QStringLiteral("Golden CentOS"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("profileOpen")), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(window.wizard()->draft()->methodId(), methodId);
        QCOMPARE(window.wizard()->draft()->fields().value(QStringLiteral("is_config")), QJsonValue(false));
        QCOMPARE(RequestBuilder::body(*Catalogue::instance().method(methodId), window.wizard()->draft()->fields()), body);
    }

    void aBadFileIsNamedWithItsProblemAndImportsNothing()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        qputenv("IMS_WIZARD_DATA_DIR", data.path().toUtf8());
        const QString truncated = files.filePath(QStringLiteral("truncated.json"));
        const QString unknown = files.filePath(QStringLiteral("unknown-method.json"));
        QFile a(truncated);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(R"({"method": "ecs-system", "fields": {"name": )");
        a.close();
        QFile b(unknown);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"method": "teleport", "fields": {}})");
        b.close();

        MainWindow window;
        ProfilesDialog *dialog = window.showProfiles();
        dialog->importFiles({truncated, unknown});
        QVERIFY(listedNames(dialog).isEmpty());
        const QString said = dialog->lastMessage();
        QVERIFY2(said.contains(QStringLiteral("truncated.json")) && said.contains(QStringLiteral("unknown-method.json")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("teleport")), qPrintable(said));
        QCOMPARE(QDir(ProfileStore::defaultDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 0);
    }

    void deletingAsksFirstAndRemovesOnlyThatProfile()
    {
        QTemporaryDir data;
        qputenv("IMS_WIZARD_DATA_DIR", data.path().toUtf8());
        MainWindow window;
        window.wizard()->loadRequest(QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
        QVERIFY(window.saveAsProfile(QStringLiteral("keep me")));
        QVERIFY(window.saveAsProfile(QStringLiteral("drop me")));
        ProfilesDialog *dialog = window.showProfiles();
        dialog->selectName(QStringLiteral("drop me"));
        // The confirmation comes up; the user says yes.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box->text().contains(QStringLiteral("drop me")));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("profileDelete")), Qt::LeftButton);
        QCOMPARE(listedNames(dialog), QStringList{QStringLiteral("keep me")});
        QVERIFY(dialog->lastMessage().contains(QStringLiteral("drop me")));
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
