#include "MainWindow.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "connections/ConnectionDialog.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "profiles/ConnectionStore.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QSaveFile>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ims {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_wizard(new ImageWizard(this))
    , m_client(new ImsClient(this))
    , m_jobsDock(new QDockWidget(tr("Jobs"), this))
    , m_jobsView(new QTableView(m_jobsDock))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IMS Wizard"));
    m_wizard->setWindowFlags(Qt::Widget); // a page of the window, not a dialog of its own
    setCentralWidget(m_wizard);

    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsView->setObjectName(QStringLiteral("jobsView"));
    m_jobsView->setAccessibleName(tr("Submitted jobs"));
    m_jobsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobsView->setSortingEnabled(false);
    m_jobsView->verticalHeader()->setVisible(false);
    m_jobsView->horizontalHeader()->setStretchLastSection(true);
    m_jobsDock->setWidget(m_jobsView);
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Not connected — requests can be checked, previewed and saved"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    setJobStore(JobStore::defaultPath());
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_jobsDock}, {340}, Qt::Horizontal);
}

MainWindow::~MainWindow()
{
    // The monitor writes into the store when it goes: end it while the store is still there.
    delete m_jobModel;
    delete m_monitor;
}

void MainWindow::setJobStore(const QString &path)
{
    delete m_monitor;
    m_store = std::make_unique<JobStore>(path);
    m_monitor = new JobMonitor(m_client, m_store.get(), this);
    auto *oldModel = m_jobModel;
    m_jobModel = new JobListModel(m_store.get(), m_monitor, this);
    m_jobsView->setModel(m_jobModel);
    if (m_monitorWindow)
        m_monitorWindow->findChild<QTableView *>()->setModel(m_jobModel);
    delete oldModel;
    m_wizard->setConnection(m_client->settings().imsEndpoint.isEmpty() && m_client->settings().region.isEmpty() ? nullptr : m_client,
                            m_monitor, QString());
}

bool MainWindow::useSandbox(double jobSeconds)
{
    SandboxServer::Options options;
    options.jobSeconds = jobSeconds;
    m_sandbox = std::make_unique<SandboxServer>(options);
    if (!m_sandbox->start()) {
        QMessageBox::critical(this, tr("Sandbox"), tr("The local sandbox could not listen on 127.0.0.1."));
        return false;
    }
    const auto &a = m_sandbox->account();
    ConnectionSettings s;
    s.name = tr("Sandbox");
    s.region = a.region;
    s.imsEndpoint = m_sandbox->url();
    s.iamEndpoint = m_sandbox->url();
    s.projectName = a.projectName;
    s.domain = a.domain;
    s.user = a.user;
    s.proxy = ConnectionSettings::Proxy::None;
    m_client->setConnection(s, {a.password, a.accessKey, a.secretKey, QString()});
    // Sandbox jobs live as long as the sandbox: their own list, started empty.
    const QString path = QFileInfo(JobStore::defaultPath()).absolutePath() + QStringLiteral("/sandbox-jobs.json");
    QFile::remove(path);
    setJobStore(path);
    m_monitor->setSchedule({1000, 1.3, 5000});
    m_wizard->setConnection(m_client, m_monitor, tr("Sandbox"));
    m_connectionLabel->setText(tr("Sandbox on %1 (local look-alike of IMS, no cloud account used)").arg(m_sandbox->url().toString()));
    setWindowTitle(tr("IMS Wizard — Sandbox"));
    loadOsVersions();
    return true;
}

// Connections (issue 5): a saved connection instead of the sandbox.
bool MainWindow::useConnection(const ConnectionSettings &settings, const Credentials &credentials)
{
    if (m_sandbox) { // leaving the sandbox: back to the real job list, then stop it
        setJobStore(JobStore::defaultPath());
        m_sandbox.reset();
    }
    m_client->setConnection(settings, credentials);
    m_wizard->setConnection(m_client, m_monitor, settings.name);
    m_connectionLabel->setText(tr("%1 — IMS at %2 (%3)")
                                   .arg(settings.name, settings.effectiveImsEndpoint().toString(),
                                        settings.auth == AuthMode::AkSk ? tr("AK/SK") : tr("user %1").arg(settings.user)));
    setWindowTitle(tr("IMS Wizard — %1").arg(settings.name));
    m_connectionLabel->setToolTip(QString());
    if (auto *button = statusBar()->findChild<QPushButton *>(QStringLiteral("enterSecretButton")))
        button->hide();
    loadOsVersions();
    return true;
}

SecretStore *MainWindow::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return m_secrets;
}

ConnectionDialog *MainWindow::showConnectionDialog(const QString &select)
{
    auto *dialog = new ConnectionDialog(secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this, &MainWindow::useConnection);
    connect(dialog, &ConnectionDialog::sandboxRequested, this, [this] {
        if (!m_sandbox)
            useSandbox();
    });
    if (!select.isEmpty())
        dialog->selectConnection(select);
    dialog->open();
    return dialog;
}

void MainWindow::reconnectLastUsed()
{
    ConnectionStore store;
    QString error;
    if (!store.load(&error)) {
        statusBar()->showMessage(error);
        return;
    }
    const QString name = store.lastUsed();
    if (ConnectionStore::isSandbox(name)) {
        useSandbox();
        return;
    }
    const auto settings = store.find(name);
    if (!settings)
        return;
    m_connectionLabel->setText(tr("Reading the secret of \"%1\" from the keychain…").arg(name));
    secrets()->readCredentials(*settings, [this, s = *settings](const Credentials &credentials, const SecretStore::Result &problem) {
        if (problem.ok) {
            useConnection(s, credentials);
            return;
        }
        // No secret, or no keychain: say so and offer the dialog; the program stays usable offline.
        m_connectionLabel->setText(problem.noKeychain ? tr("Not connected: \"%1\" needs its secret (no keychain here).").arg(s.name)
                                                      : tr("Not connected: \"%1\" needs its secret.").arg(s.name));
        m_connectionLabel->setToolTip(problem.message); // the full sentence; too long for the status bar
        auto *button = statusBar()->findChild<QPushButton *>(QStringLiteral("enterSecretButton"));
        if (!button) {
            button = new QPushButton(tr("Enter the secret…"), statusBar());
            button->setObjectName(QStringLiteral("enterSecretButton"));
            button->setAccessibleName(tr("Enter the secret of the last connection"));
            statusBar()->addPermanentWidget(button);
        }
        button->disconnect();
        connect(button, &QPushButton::clicked, this, [this, name = s.name] { showConnectionDialog(name); });
        button->show();
    });
}

void MainWindow::loadOsVersions()
{
    auto *call = new OsVersionsCall(m_client);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->succeeded() && !call->versions().isEmpty())
            m_wizard->setOsVersionChoices(call->versions());
    });
    call->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), this, [this] {
        m_wizard->draft()->setFields({});
        m_wizard->restart();
    });
    newRequest->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open request file…"), this, &MainWindow::openRequestFile);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save request file…"), this, &MainWindow::saveRequestFile);
    save->setShortcut(QKeySequence::Save);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    QMenu *examples = file->addMenu(tr("Open an &example"));
    for (const auto &m : Catalogue::instance().methods())
        examples->addAction(m.displayTitle(), this, [this, id = m.id] {
            openRequestFileAt(QStringLiteral(":/data/examples/%1.json").arg(id));
        });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    QAction *manageConnections = connection->addAction(tr("&Manage connections…"), this, [this] { showConnectionDialog(); });
    manageConnections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    manageConnections->setObjectName(QStringLiteral("manageConnectionsAction"));
    QAction *sandbox = connection->addAction(tr("Use the local &sandbox"), this, [this] {
        if (!m_sandbox)
            useSandbox();
    });
    sandbox->setToolTip(tr("A look-alike of IMS on this computer: try every method without a cloud account."));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setText(tr("&Jobs"));
    toggleJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(toggleJobs);
    QAction *monitorWindow = view->addAction(tr("Job &Monitor window"), this, &MainWindow::showJobMonitorWindow);
    monitorWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        // Installed with the package; from a build tree, the copy in docs/.
        const QStringList candidates = {QStringLiteral("/usr/share/doc/ims-wizard/user-guide.md"),
                                        QCoreApplication::applicationDirPath() + QStringLiteral("/../../docs/user-guide.md"),
                                        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/ims-wizard/user-guide.md")};
        for (const auto &c : candidates)
            if (QFileInfo::exists(c) && QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(c).absoluteFilePath())))
                return;
        QMessageBox::information(this, tr("User guide"), tr("The user guide is not installed on this computer. It is docs/user-guide.md in the source."));
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About IMS Wizard"), this, [this] {
        QMessageBox::about(this, tr("About IMS Wizard"),
                           tr("<h3>IMS Wizard %1</h3><p>Create private images on Huawei Cloud IMS, step by step.</p>"
                              "<p>Every rule shown comes from the IMS API reference.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

// The jobs in a window of their own, over the same model as the dock (rows change in place in both).
void MainWindow::showJobMonitorWindow()
{
    if (!m_monitorWindow) {
        m_monitorWindow = new QWidget(this, Qt::Window);
        m_monitorWindow->setObjectName(QStringLiteral("jobMonitorWindow"));
        m_monitorWindow->setWindowTitle(tr("Job Monitor — IMS Wizard"));
        auto *view = new QTableView(m_monitorWindow);
        view->setObjectName(QStringLiteral("jobMonitorView"));
        view->setAccessibleName(tr("Submitted jobs"));
        view->setModel(m_jobModel);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setStretchLastSection(true);
        auto *layout = new QVBoxLayout(m_monitorWindow);
        layout->addWidget(view);
        m_monitorWindow->resize(900, 420);
    }
    m_monitorWindow->show();
    m_monitorWindow->raise();
    m_monitorWindow->activateWindow();
}

void MainWindow::openRequestFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open request file"), QString(), tr("Request files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openRequestFileAt(path);
}

void MainWindow::openRequestFileAt(const QString &path)
{
    QString error;
    const auto file = RequestFile::load(path, &error);
    if (!file) {
        QMessageBox::warning(this, tr("Open request file"), error);
        return;
    }
    if (!Catalogue::instance().method(file->method)) {
        QMessageBox::warning(this, tr("Open request file"), tr("%1 names the method \"%2\", which this version does not know.").arg(path, file->method));
        return;
    }
    m_wizard->restart();
    m_wizard->loadRequest(file->method, file->fields);
    if (!path.startsWith(QLatin1Char(':')))
        rememberRecent(path);
}

void MainWindow::saveRequestFile()
{
    if (!m_wizard->draft()->method()) {
        QMessageBox::information(this, tr("Save request file"), tr("Choose a creation method first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save request file"), QString(), tr("Request files (*.json)"));
    if (path.isEmpty())
        return;
    RequestFile file;
    file.method = m_wizard->draft()->methodId();
    file.fields = m_wizard->draft()->fields();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toJson()) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save request file"), tr("Cannot save %1: %2").arg(path, out.errorString()));
        return;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const auto &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openRequestFileAt(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_monitor)
        m_monitor->flush();
    event->accept();
}

} // namespace ims
