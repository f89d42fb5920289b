// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "cloud/ConnectionTester.h"
#include "cloud/ImsClient.h"
#include "cloud/TokenProvider.h"
#include "connections/ConnectionDialog.h"
#include "profiles/ConnectionStore.h"
#include "session/Session.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QAbstractItemView>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QCompleter>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <memory>
#include <vector>

using namespace ims;

// The connection dialog driven by object name, as a user would, against a sandbox started here and
// reached over real loopback HTTP as if it were a private cloud. Run under with-keyring.sh (a real
// Secret Service) and once with no D-Bus at all (see CMakeLists.txt).
class TestConnectionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<SandboxServer> m_sandbox;
    const QString m_name = QStringLiteral("Loopback cloud");

    template<typename T = QWidget>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    static void type(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        QVERIFY(edit);
        // As a person: the dialog active, a click into the field, select what is there, type over it.
        parent->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(parent->window()));
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(QApplication::focusWidget() == edit || QApplication::focusWidget() == edit->parentWidget()); // a combo's text
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        if (!edit->text().isEmpty())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

    static void click(QWidget *parent, const char *name)
    {
        auto *button = child<QAbstractButton>(parent, name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Connect on a connection without a passed test asks first; answers with the named button
    // (Cancel when none is named).
    static void answerConnectQuestion(QWidget *dialog, const char *button, const QString &expected)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("connectUntestedQuestion"))) && box->isVisible());
        QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        if (*button)
            click(box, button);
        else
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    }

    static QStringList results(QWidget *dialog)
    {
        QStringList out;
        auto *list = child<QListWidget>(dialog, "testResults");
        for (int i = 0; list && i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

    // Saved beside the sources' screenshots when IMS_WIZARD_SCREENSHOT_DIR is set (docs/screenshots).
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("IMS_WIZARD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout follow the last edit
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    // Every file the program may have written (data folder and settings) holds none of these strings.
    void assertNoSecretOnDisk(const QStringList &secrets)
    {
        int files = 0;
        for (const QString &root : {m_data.path(), m_config.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray data = f.readAll();
                ++files;
                for (const QString &s : secrets)
                    QVERIFY2(!data.contains(s.toUtf8()), qPrintable(QStringLiteral("%1 holds a secret").arg(f.fileName())));
            }
        }
        QVERIFY(QFile::exists(ConnectionStore::defaultPath()));
        QVERIFY(files >= 1);
    }

    static SecretStore::Result readSecret(const QString &connection, SecretStore::Kind kind)
    {
        SecretStore store;
        SecretStore::Result result;
        bool done = false;
        store.read(connection, kind, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 30000))
            result.message = QStringLiteral("no answer");
        return result;
    }

    // New connection to the sandbox as a private cloud: custom endpoints, token sign-in.
    void fillNewConnection(ConnectionDialog *d, const QString &password)
    {
        click(d, "newConnectionButton");
        QVERIFY(!child<QAbstractButton>(d, "connectButton")->isEnabled());
        QVERIFY(child<QLabel>(d, "problemSummary")->isVisible());
        const auto &a = m_sandbox->account();
        type(d, "nameEdit", m_name);
        type(d, "regionEdit", a.region);
        // Plain http to another host is refused at the field, and Connect stays off.
        type(d, "imsEndpointEdit", QStringLiteral("http://ims.example.com"));
        QTRY_VERIFY(child<QLabel>(d, "verdict_imsEndpoint")->isVisible());
        QVERIFY2(child<QLabel>(d, "verdict_imsEndpoint")->text().startsWith(QStringLiteral("Use https://")),
                 qPrintable(child<QLabel>(d, "verdict_imsEndpoint")->text()));
        screenshot(d, QStringLiteral("connection-validation.png"));
        type(d, "imsEndpointEdit", m_sandbox->url().toString());
        QVERIFY(!child<QLabel>(d, "verdict_imsEndpoint")->isVisible());
        type(d, "iamEndpointEdit", m_sandbox->url().toString());
        type(d, "domainEdit", a.domain);
        // A required field nobody has been in yet is named in the summary only; emptied by the user,
        // it says so at the field.
        QVERIFY(!child<QLabel>(d, "verdict_user")->isVisible());
        type(d, "userEdit", QStringLiteral("x"));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "userEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTRY_VERIFY(child<QLabel>(d, "verdict_user")->isVisible());
        QCOMPARE(child<QLabel>(d, "verdict_user")->text(), QStringLiteral("Required: the IAM user name."));
        type(d, "userEdit", a.user);
        QVERIFY(!child<QLabel>(d, "verdict_user")->isVisible());
        type(d, "projectNameEdit", a.projectName);
        QVERIFY(!child<QAbstractButton>(d, "connectButton")->isEnabled()); // the password is missing
        QVERIFY(!child<QLabel>(d, "verdict_password")->isVisible());      // not been there yet: quiet
        QVERIFY(child<QLabel>(d, "problemSummary")->text().contains(QStringLiteral("Password")));
        QVERIFY(child<QLineEdit>(d, "passwordEdit")->placeholderText().isEmpty()); // a new connection reads no keychain
        type(d, "passwordEdit", password);
        QCOMPARE(child<QLineEdit>(d, "passwordEdit")->echoMode(), QLineEdit::Password);
        // Loopback must not go through a proxy the environment may set.
        auto *proxy = child<QComboBox>(d, "proxyCombo");
        proxy->setCurrentIndex(proxy->findData(int(ConnectionSettings::Proxy::None)));
        QVERIFY(child<QCheckBox>(d, "rememberCheck")->isChecked());
        QVERIFY2(d->problems().isEmpty(), qPrintable(QStringList(d->problems().values()).join(QLatin1Char('\n'))));
        QVERIFY(child<QAbstractButton>(d, "connectButton")->isEnabled());
        QVERIFY(!child<QLabel>(d, "problemSummary")->isVisible());
    }

    void testAndExpect(ConnectionDialog *d, int steps, const QString &status)
    {
        click(d, "testButton");
        QVERIFY(child<QProgressBar>(d, "testBusy")->isVisible());
        QVERIFY(child<QAbstractButton>(d, "cancelTestButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!d->tester()->isRunning(), 20000);
        QCOMPARE(results(d).size(), steps);
        QVERIFY(!child<QProgressBar>(d, "testBusy")->isVisible());
        QVERIFY2(child<QLabel>(d, "statusLabel")->text().startsWith(status), qPrintable(child<QLabel>(d, "statusLabel")->text()));
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ims-wizard-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
    }

    // Needs no keychain: the sandbox is selected and no secret is read.
    void everyControlIsNamedAndLabelled()
    {
        MainWindow window;
        window.show();
        QPointer<ConnectionDialog> d = window.showConnectionDialog();
        QVERIFY(d);
        auto *list = child<QListWidget>(d, "connectionList");
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), ConnectionStore::sandboxName());
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(child<QAbstractButton>(d, "connectButton")->isEnabled()); // the sandbox needs nothing
        QVERIFY(!child<QAbstractButton>(d, "deleteConnectionButton")->isEnabled());
        QVERIFY(!child<QAbstractButton>(d, "duplicateConnectionButton")->isEnabled());
        QVERIFY(!child<QAbstractButton>(d, "testButton")->isEnabled());
        click(d, "newConnectionButton");
        QCOMPARE(list->count(), 2);
        for (int mode = 0; mode < 2; ++mode) {
            child<QComboBox>(d, "authCombo")->setCurrentIndex(mode);
            child<QComboBox>(d, "proxyCombo")->setCurrentIndex(2);
            for (QWidget *w : d->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(d) || !(w->focusPolicy() & Qt::TabFocus))
                    continue;
                QVERIFY2(!w->objectName().isEmpty() || w->parentWidget()->inherits("QComboBox"),
                         w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
            for (QLabel *label : d->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^label_"))))
                QVERIFY2(label->buddy() && label->text().contains(QLatin1Char('&')), qPrintable(label->objectName()));
        }
        // Tab from the name reaches the region next: the form is keyboard-reachable in reading order.
        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTest::mouseClick(child<QLineEdit>(d, "nameEdit"), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "nameEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->objectName().startsWith(QStringLiteral("region")),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
        d->reject();
    }

    // A window that closes while the keychain is still answering (its SecretStore goes with it): the
    // answer is dropped. QtKeychain's libsecret backend used to call into the deleted job and crash.
    void aStoreGoneDuringAKeychainCallIsHarmless()
    {
        bool answered = false;
        auto *store = new SecretStore;
        for (int i = 0; i < 20; ++i)
            store->read(QStringLiteral("gone"), SecretStore::Kind::Password, [&answered](const SecretStore::Result &) { answered = true; });
        QCoreApplication::processEvents(); // the jobs start: libsecret now works on them
        delete store;
        // Reuse the freed memory, so that a late call into a deleted job would not go unnoticed.
        std::vector<std::unique_ptr<char[]>> scribble;
        for (int i = 0; i < 4000; ++i) {
            scribble.emplace_back(new char[16 + (i % 32) * 8]);
            std::memset(scribble.back().get(), 0x5a, 16 + (i % 32) * 8);
        }
        QTest::qWait(1500); // the keychain answers meanwhile
        QVERIFY(!answered);
        // And the keychain still works afterwards.
        QVERIFY(!readSecret(QStringLiteral("gone-never-stored"), SecretStore::Kind::Password).message.isEmpty());
    }

    // Needs no keychain (no secret store): with the account filled in, Load asks IAM for its regions
    // and the user's projects, which the region list and the project fields then offer; both stay
    // typeable.
    void regionAndProjectListsFromTheAccount()
    {
        QTemporaryDir storeDir;
        auto d = std::make_unique<ConnectionDialog>(nullptr, nullptr, storeDir.filePath(QStringLiteral("connections.json")));
        d->show();
        fillNewConnection(d.get(), m_sandbox->account().password);
        // What the account has, as IAM answers it.
        const auto answerOf = [this](const QString &path, const char *key) {
            const auto a = m_sandbox->cloudAccount().answer("GET", path, {}, {});
            return a ? QJsonDocument::fromJson(a->body).object().value(QLatin1String(key)).toArray() : QJsonArray();
        };
        QStringList regions, projects;
        for (const auto &v : answerOf(QStringLiteral("/v3/regions"), "regions"))
            regions << v.toObject().value(QStringLiteral("id")).toString();
        for (const auto &v : answerOf(QStringLiteral("/v3/auth/projects"), "projects"))
            projects << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!regions.isEmpty() && !projects.isEmpty());
        auto *combo = child<QComboBox>(d.get(), "regionCombo");
        QStringList newToTheList; // the account's regions the built-in list does not have (a private cloud's)
        for (const QString &r : regions)
            if (combo->findText(r) < 0)
                newToTheList << r;
        QVERIFY(!newToTheList.isEmpty());
        click(d.get(), "loadListsButton");
        QVERIFY(child<QLabel>(d.get(), "listsStatus")->text().startsWith(QStringLiteral("Loading")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(d.get(), "loadListsButton")->isEnabled(), 10000);
        QVERIFY2(child<QLabel>(d.get(), "listsStatus")->text().contains(QStringLiteral("%1 projects loaded").arg(projects.size())),
                 qPrintable(child<QLabel>(d.get(), "listsStatus")->text()));
        QCOMPARE(d->loadedRegions(), regions);
        for (const QString &r : regions)
            QVERIFY2(combo->findText(r) >= 0, qPrintable(r));
        QCOMPARE(d->loadedProjects(), projects);
        // The project name offers them as you type (a completion popup), and is still typeable.
        type(d.get(), "projectNameEdit", projects.last().left(3));
        auto *completer = child<QLineEdit>(d.get(), "projectNameEdit")->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionCount() >= 1);
        QCOMPARE(child<QLineEdit>(d.get(), "projectNameEdit")->text(), projects.last().left(3));
        d->reject();
    }

    // Needs no keychain: the sandbox has no secret.
    void theSandboxIsStartedFromTheDialog()
    {
        MainWindow window;
        window.show();
        QPointer<ConnectionDialog> d = window.showConnectionDialog();
        QCOMPARE(d->currentName(), ConnectionStore::sandboxName());
        QVERIFY(child<QLabel>(d, "sandboxInfo")->isVisible());
        click(d, "connectButton");
        QTRY_VERIFY(!d);
        QVERIFY(window.client()->settings().imsEndpoint.host() == QStringLiteral("127.0.0.1"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        ConnectionStore store;
        QVERIFY(store.load());
        QCOMPARE(store.lastUsed(), ConnectionStore::sandboxName()); // the next start takes it again
    }

    // Under with-keyring.sh.
    void createTestAndConnect()
    {
        const QString password = m_sandbox->account().password;
        MainWindow window;
        window.show();
        QPointer<ConnectionDialog> d = window.showConnectionDialog();
        fillNewConnection(d, QStringLiteral("wrong-password-123"));
        screenshot(d, QStringLiteral("connection-dialog.png"));

        testAndExpect(d, 1, QStringLiteral("The test failed"));
        screenshot(d, QStringLiteral("connection-test-failed.png"));
        QVERIFY2(results(d).at(0).startsWith(QStringLiteral("IAM at %1 gave no token. Authentication failed")
                                                 .arg(ConnectionTester::endpointText(m_sandbox->url()))),
                 qPrintable(results(d).at(0)));
        QVERIFY(results(d).at(0).contains(QStringLiteral("The username or password is wrong.")));
        // Connect right after a failed test asks first; Cancel leaves the program unconnected.
        click(d, "connectButton");
        answerConnectQuestion(d, "", QStringLiteral("did not pass"));
        QVERIFY(!window.session());

        type(d, "passwordEdit", password);
        testAndExpect(d, 2, QStringLiteral("The connection works."));
        QVERIFY2(results(d).at(0).startsWith(QStringLiteral("IAM at %1 answered: token for project sandbox-1 (id %2)")
                                                 .arg(ConnectionTester::endpointText(m_sandbox->url()), m_sandbox->account().projectId)),
                 qPrintable(results(d).at(0)));
        QVERIFY(results(d).at(1).contains(QStringLiteral("the token was accepted")));
        screenshot(d, QStringLiteral("connection-test.png"));

        click(d, "connectButton");
        QCOMPARE(window.client()->settings().name, m_name);
        QCOMPARE(window.client()->settings().imsEndpoint, m_sandbox->url());
        QVERIFY(window.windowTitle().contains(m_name));
        QVERIFY(child<QLabel>(&window, "connectionLabel")->accessibleName().startsWith(m_name)); // the whole line (it may be shortened on screen)
        QCOMPARE(child<QListWidget>(d, "connectionList")->currentItem()->text(), m_name);
        QTRY_VERIFY_WITH_TIMEOUT(!d, 30000); // closes once the keychain has the password
        QTRY_VERIFY_WITH_TIMEOUT(window.client()->tokens()->hasUsableToken(), 20000); // the OS versions were loaded

        const SecretStore::Result stored = readSecret(m_name, SecretStore::Kind::Password);
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QCOMPARE(stored.secret, password);
        ConnectionStore store;
        QVERIFY(store.load());
        QCOMPARE(store.lastUsed(), m_name);
        QSettings().sync();
        assertNoSecretOnDisk({password, QStringLiteral("wrong-password-123")});

        // The next start reconnects by itself, with the password from the keychain.
        MainWindow next;
        next.reconnectLastUsed();
        QTRY_VERIFY_WITH_TIMEOUT(next.session() && next.session()->name() == m_name, 30000);
        QVERIFY(next.windowTitle().contains(m_name));
    }

    // Under with-keyring.sh, after createTestAndConnect: rename, duplicate and delete carry the secrets along.
    void renameMovesSecretsAndDeleteRemovesThem()
    {
        const QString renamed = QStringLiteral("Renamed cloud");
        MainWindow window;
        QPointer<ConnectionDialog> d = window.showConnectionDialog(m_name);
        QCOMPARE(d->currentName(), m_name);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(d, "passwordEdit")->text(), m_sandbox->account().password, 30000);
        type(d, "nameEdit", renamed);
        click(d, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(m_name, SecretStore::Kind::Password).notFound, 30000);
        QCOMPARE(readSecret(renamed, SecretStore::Kind::Password).secret, m_sandbox->account().password);
        ConnectionStore store;
        QVERIFY(store.load());
        QCOMPARE(store.names(), QStringList{renamed});
        QCOMPARE(store.lastUsed(), renamed);

        // Duplicate: the copy starts with the same settings and password, stored under its own name.
        const QString copy = renamed + QStringLiteral(" copy");
        click(d, "duplicateConnectionButton");
        QCOMPARE(d->currentName(), copy);
        QCOMPARE(child<QLineEdit>(d, "passwordEdit")->text(), m_sandbox->account().password);
        QCOMPARE(d->formSettings().imsEndpoint, m_sandbox->url());
        click(d, "saveButton");
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(copy, SecretStore::Kind::Password).secret, m_sandbox->account().password, 30000);
        QVERIFY(store.load());
        QCOMPARE(store.names(), (QStringList{renamed, copy}));
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        click(d, "deleteConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(copy, SecretStore::Kind::Password).notFound, 30000);
        d->selectConnection(renamed);
        QCOMPARE(d->currentName(), renamed);

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        click(d, "deleteConnectionButton");
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(renamed, SecretStore::Kind::Password).notFound, 30000);
        QVERIFY(store.load());
        QVERIFY(store.names().isEmpty());
        QCOMPARE(d->currentName(), ConnectionStore::sandboxName());
        d->reject();
    }

    // Under with-keyring.sh: AK/SK needs no IAM endpoint; the secret key is what the keychain keeps;
    // a slow test can be cancelled.
    void akskConnectionAndCancel()
    {
        const auto &a = m_sandbox->account();
        const QString name = QStringLiteral("Signed cloud");
        MainWindow window;
        window.show();
        QPointer<ConnectionDialog> d = window.showConnectionDialog();
        click(d, "newConnectionButton");
        type(d, "nameEdit", name);
        type(d, "regionEdit", a.region);
        type(d, "imsEndpointEdit", m_sandbox->url().toString());
        auto *auth = child<QComboBox>(d, "authCombo");
        auth->setCurrentIndex(auth->findData(int(AuthMode::AkSk)));
        QVERIFY(!child<QLineEdit>(d, "passwordEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(d, "iamEndpointEdit")->isVisible()); // AK/SK needs no IAM
        QVERIFY(child<QLineEdit>(d, "secretKeyEdit")->isVisible());
        type(d, "accessKeyEdit", a.accessKey);
        type(d, "secretKeyEdit", a.secretKey);
        type(d, "projectIdEdit", QStringLiteral("not-hex"));
        QVERIFY(child<QLabel>(d, "verdict_projectId")->text().startsWith(QStringLiteral("A project ID is 32 hexadecimal characters")));
        QVERIFY(!child<QAbstractButton>(d, "testButton")->isEnabled());
        type(d, "projectIdEdit", a.projectId);
        auto *proxy = child<QComboBox>(d, "proxyCombo");
        proxy->setCurrentIndex(proxy->findData(int(ConnectionSettings::Proxy::None)));
        QVERIFY2(d->problems().isEmpty(), qPrintable(QStringList(d->problems().values()).join(QLatin1Char('\n'))));
        screenshot(d, QStringLiteral("connection-aksk.png"));

        testAndExpect(d, 1, QStringLiteral("The connection works."));
        QVERIFY2(results(d).at(0).contains(QStringLiteral("the AK/SK signature of access key %1 was accepted").arg(a.accessKey)),
                 qPrintable(results(d).at(0)));

        m_sandbox->setSlowMs(3000);
        click(d, "testButton");
        QVERIFY(child<QProgressBar>(d, "testBusy")->isVisible());
        click(d, "cancelTestButton");
        m_sandbox->setSlowMs(0);
        QCOMPARE(results(d), QStringList{QStringLiteral("Test cancelled.")});
        QVERIFY(!child<QProgressBar>(d, "testBusy")->isVisible());
        QVERIFY(child<QAbstractButton>(d, "testButton")->isEnabled());

        click(d, "connectButton");
        QCOMPARE(window.client()->settings().auth, AuthMode::AkSk);
        QCOMPARE(window.client()->settings().accessKey, a.accessKey);
        QTRY_VERIFY_WITH_TIMEOUT(!d, 30000);
        QCOMPARE(readSecret(name, SecretStore::Kind::SecretKey).secret, a.secretKey);
        QVERIFY(readSecret(name, SecretStore::Kind::Password).notFound);
        assertNoSecretOnDisk({a.secretKey});
    }

    // With no D-Bus session: one sentence, the session-only choice, and still nothing on disk.
    void noKeychainOffersThisSessionOnly()
    {
        const QString password = m_sandbox->account().password;
        MainWindow window;
        window.show();
        QPointer<ConnectionDialog> d = window.showConnectionDialog();
        fillNewConnection(d, password);
        click(d, "connectButton");
        answerConnectQuestion(d, "connectAnywayButton", QStringLiteral("has not been tested"));
        QCOMPARE(window.client()->settings().name, m_name); // connected all the same
        auto *notice = child<QLabel>(d, "keychainNotice");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 30000);
        QVERIFY2(notice->text().startsWith(QStringLiteral("No keychain service is available")), qPrintable(notice->text()));
        QVERIFY(notice->text().endsWith(QStringLiteral("nothing is written to disk.")));
        QVERIFY(d->isVisible()); // stays open so that the user can choose
        screenshot(d, QStringLiteral("connection-no-keychain.png"));
        click(d, "sessionOnlyButton");
        QVERIFY(window.secrets()->hasSessionSecret(m_name, SecretStore::Kind::Password));
        QVERIFY(!child<QCheckBox>(d, "rememberCheck")->isChecked());
        d->reject();
        QTRY_VERIFY(!d);

        // Opened again in this session, the password is there (from memory).
        d = window.showConnectionDialog(m_name);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(d, "passwordEdit")->text(), password, 30000);
        d->reject();
        assertNoSecretOnDisk({password});

        // A new start with no keychain: not connected, told why, offered the dialog; nothing blocks.
        MainWindow next;
        next.reconnectLastUsed();
        auto *button = static_cast<QWidget *>(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT((button = next.findChild<QWidget *>(QStringLiteral("enterSecretButton"))) && button->isVisibleTo(&next), 30000);
        QVERIFY(child<QLabel>(&next, "connectionLabel")->accessibleName().contains(QStringLiteral("needs its secret (no keychain here)")));
        QVERIFY(child<QLabel>(&next, "connectionLabel")->toolTip().startsWith(QStringLiteral("No keychain service is available")));
        next.show();
        screenshot(&next, QStringLiteral("main-needs-secret.png"));
        QTest::mouseClick(qobject_cast<QAbstractButton *>(button), Qt::LeftButton); // offers the dialog on that connection
        QTRY_VERIFY(next.findChild<ConnectionDialog *>());
        QCOMPARE(next.findChild<ConnectionDialog *>()->currentName(), m_name);
        next.findChild<ConnectionDialog *>()->reject();
        QVERIFY(!next.session()); // not connected
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
