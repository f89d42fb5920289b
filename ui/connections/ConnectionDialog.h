// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/Connection.h"
#include "profiles/ConnectionStore.h"
#include "secrets/SecretStore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;

namespace ims {

class ConnectionTester;
class ImsClient;
class ListAll;

// Connection → Manage connections…: the saved connections (the built-in sandbox first), New /
// Duplicate / Delete, the form of the selected one with a verdict beside each field, secrets kept in
// the keychain (or for this session only), "Test connection" and "Connect". Changes are stored as
// the user leaves a connection, saves or connects: nothing typed is lost, no secret goes to a file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(SecretStore *secrets, QWidget *parent = nullptr,
                              const QString &storePath = ConnectionStore::defaultPath());
    ~ConnectionDialog() override;

    void selectConnection(const QString &name);
    QString currentName() const;
    const ConnectionStore &store() const { return m_store; }
    ConnectionTester *tester() const { return m_tester; }
    // Region and project from the account's own lists (IAM's regions and the projects the user may
    // use), asked with the form's credentials; the fields stay typeable. Also run after a test passes.
    void loadAccountLists();
    QStringList loadedRegions() const;
    QStringList loadedProjects() const; // project names
    // The form as settings and credentials (what Connect would use).
    ConnectionSettings formSettings() const;
    Credentials formCredentials() const;
    // Field key -> problem; empty when Connect may go ahead.
    // Field key → what is wrong with it; `missing` gets the keys whose value is simply not given yet.
    QHash<QString, QString> problems(QSet<QString> *missing = nullptr) const;

signals:
    void connectRequested(const ims::ConnectionSettings &settings, const ims::Credentials &credentials);
    void sandboxRequested();

protected:
    void done(int result) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *verdict = nullptr;
    };

    void buildUi();
    Row &addRow(QGridLayout *grid, const QString &key, const QString &label, QWidget *editor);
    void reloadList(const QString &select);
    void onSelectionChanged();
    void loadForm(const ConnectionSettings &settings, bool isNew);
    void loadSecrets(const ConnectionSettings &settings);
    void updateModeWidgets();
    void revalidate();
    void touch(const QString &key);
    // Stores the form (file + keychain) when it changed; false (with the reason shown) when it could not.
    bool storeForm(const std::function<void(const SecretStore::Result &)> &secretsDone = {});
    void storeSecrets(const QString &oldName, const ConnectionSettings &settings, const Credentials &credentials,
                      const std::function<void(const SecretStore::Result &)> &done);
    void newConnection();
    void duplicateConnection();
    void deleteConnection();
    void startTest();
    void showTestStep(bool ok, const QString &text);
    void testFinished(bool ok);
    void connectNow();
    // Connects with the form as it is, tested or not.
    void connectConfirmed();
    // What the form would connect with, secrets included (as a hash): a passed test counts only
    // for exactly what it tested.
    QByteArray formFingerprint() const;
    void showKeychainProblem(const SecretStore::Result &result);
    void keepForSession();
    void showStatus(const QString &text, bool error);
    void onListsLoaded();
    void cancelAccountLists();

    SecretStore *m_secrets;
    ConnectionStore m_store;
    ConnectionTester *m_tester;
    QString m_original;      // the selected connection's stored name; empty while it is the sandbox
    QString m_newName;       // a connection just made by New/Duplicate: nothing to read from the keychain
    bool m_dirty = false;
    bool m_secretsDirty = false;
    bool m_loading = false;
    quint64 m_secretReads = 0; // answers for an earlier selection are dropped
    QSet<QString> m_touched;
    QHash<QString, Row> m_rows;

    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QStackedWidget *m_pages;
    QLabel *m_sandboxInfo;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLabel *m_regionInfo;
    QLineEdit *m_imsEndpoint;
    QLineEdit *m_iamEndpoint;
    QCheckBox *m_newerPaths;
    QLineEdit *m_domain;
    QLineEdit *m_user;
    QLineEdit *m_projectName;
    QLineEdit *m_projectId;
    QComboBox *m_auth;
    QLineEdit *m_password;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_securityToken;
    QCheckBox *m_remember;
    QLabel *m_keychainNotice;
    QPushButton *m_sessionOnly;
    QComboBox *m_proxy;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_summary;
    QPushButton *m_testButton;
    QProgressBar *m_testBusy;
    QPushButton *m_cancelTest;
    QListWidget *m_results;
    QLabel *m_status;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    QPushButton *m_closeButton;
    QPushButton *m_loadLists;
    QLabel *m_listsStatus;
    QStandardItemModel *m_projectModel;
    QPointer<ImsClient> m_listsClient; // its own client: the form's, not the main window's connection
    QPointer<ListAll> m_regionsListing;
    QPointer<ListAll> m_projectsListing;
    QStringList m_loadedRegions;
    QByteArray m_testingFingerprint;
    QByteArray m_passedFingerprint; // the form of the last test that passed
};

} // namespace ims
