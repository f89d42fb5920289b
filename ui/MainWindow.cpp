// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "ElidingLabel.h"
#include "LanguageMenu.h"
#include "ProgramInfo.h"

#include "activity/ActivityWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "connections/ConnectionDialog.h"
#include "help/HelpWindow.h"
#include "jobs/ActivityLog.h"
#include "jobs/JobDetailsDialog.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobNotifier.h"
#include "jobs/JobStore.h"
#include "jobs/JobsView.h"
#include "images/ImagesWindow.h"
#include "profiles/ConnectionStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "session/UploadJobs.h"
#include "uploads/UploadDialog.h"
#include "batch/BatchDialog.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QResizeEvent>
#include <QSaveFile>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ims {

MainWindow::MainWindow(QWidget *parent, Setup setup)
    : QMainWindow(parent)
    , m_wizard(new ImageWizard(this, setup == Setup::Whole ? ImageWizard::LaterPages::Now : ImageWizard::LaterPages::OnDemand))
    , m_jobsDock(new QDockWidget(tr("Jobs"), this))
    , m_profiles(std::make_unique<ProfileStore>())
    , m_storeWatch(new QTimer(this))
    , m_connectionLabel(new ElidingLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IMS Wizard"));
    // The desktop entry Wayland matches the window to (for its icon there). The icon itself comes with
    // the rest of the setup: an SVG icon loads Qt's SVG icon plugin and QtSvg (0.7 ms of the start).
    QGuiApplication::setDesktopFileName(QStringLiteral(IMS_WIZARD_APP_ID));
    m_wizard->setWindowFlags(Qt::Widget); // a page of the window, not a dialog of its own
    setCentralWidget(m_wizard);

    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(new QWidget(m_jobsDock)); // its list comes with the rest of the setup
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);
    connect(m_wizard, &ImageWizard::saveAsProfileRequested, this, [this] { saveAsProfile(); });
    // Jobs the CLI (or another window) adds or removes appear here: the list's change counter is checked
    // every two seconds, and only what changed is read again.
    m_storeWatch->setInterval(2000);
    connect(m_storeWatch, &QTimer::timeout, this, &MainWindow::watchStoreFiles);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setFullText(tr("Not connected — requests can be checked, previewed and saved"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1200×800 where there is room; on a smaller screen what it has, less room for the frame
        // (title bar and borders are not part of the size), so the status bar stays on screen.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1200, 800).boundedTo(available.size() - QSize(16, 48)));
        move(available.topLeft() + QPoint((available.width() - width()) / 2, std::max(0, (available.height() - height() - 40) / 2)));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_jobsDock}, {std::min(380, width() / 3)}, Qt::Horizontal);

    if (setup == Setup::Whole) {
        completeSetup();
        return;
    }
    // The rest once the first page is on screen, or as soon as the person does anything (a key, a
    // click), whichever comes first: nothing they do reaches a window that is not whole.
    qApp->installEventFilter(this);
}

void MainWindow::completeSetup()
{
    if (m_setUp)
        return;
    m_setUp = true;
    qApp->removeEventFilter(this);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ims-wizard.svg"))); // of every window
    m_wizard->addLaterPages();
    QWidget *standIn = m_jobsDock->widget(); // deleted later: the click that completes the setup may be on its way to it
    m_jobsView = makeJobsView(QStringLiteral("jobsPanel"), true, m_jobsDock);
    m_jobsDock->setWidget(m_jobsView);
    standIn->deleteLater();
    // The tray icon too: on a desktop, whether there is a tray is a D-Bus call that need not come first.
    m_notifier = new JobNotifier(this);
    m_notifier->setIcon(windowIcon());
    connect(m_notifier, &JobNotifier::notified, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(QStringLiteral("%1 — %2").arg(title, message), 15000);
    });
    connect(m_notifier, &JobNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    setJobStore(JobStore::defaultPath());
    forgetOldSandboxJobs();
    m_storeWatch->start();
    if (m_connectWhenSetUp)
        std::exchange(m_connectWhenSetUp, {})();
}

QEvent::Type MainWindow::completeSetupEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == completeSetupEvent()) {
        completeSetup();
        return true;
    }
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint:
        // Posted, and after anything else posted: the painted page reaches the screen first.
        if (watched == m_wizard->currentPage() && !m_setupPosted) {
            m_setupPosted = true;
            QCoreApplication::postEvent(this, new QEvent(completeSetupEvent()), Qt::LowEventPriority);
        }
        break;
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
    case QEvent::Drop:
        completeSetup();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

JobsView *MainWindow::makeJobsView(const QString &name, bool compact, QWidget *parent)
{
    auto *view = new JobsView(name, compact, parent);
    connect(view, &JobsView::detailsRequested, this, &MainWindow::showJobDetails);
    connect(view, &JobsView::cloneRequested, this, &MainWindow::cloneIntoWizard);
    connect(view, &JobsView::showImageRequested, this, &MainWindow::showJobImage);
    connect(view, &JobsView::removeRequested, this, &MainWindow::removeJobs);
    connect(view, &JobsView::removeFinishedRequested, this, &MainWindow::removeFinishedJobs);
    connect(view, &JobsView::retentionRequested, this, &MainWindow::askJobRetention);
    connect(view, &JobsView::pauseUploadRequested, this, [this](const QString &id) { m_uploads->pause(id); });
    connect(view, &JobsView::resumeUploadRequested, this, [this](const QString &id) {
        QString error;
        if (!m_uploads->resume(id, &error))
            statusBar()->showMessage(error, 10000);
    });
    connect(view, &JobsView::cancelUploadRequested, this, &MainWindow::askCancelUpload);
    return view;
}

MainWindow::~MainWindow()
{
    // Uploads stop first and are shown paused at the next start, as after a crash. Sessions leave
    // the monitor, and the monitor writes into the store when it goes: end them while the store is
    // still there.
    delete m_uploads;
    qDeleteAll(std::exchange(m_sessions, {}));
    delete m_activityWindow;
    delete m_activity; // uses the store's connection: goes before it
    delete m_jobModel;
    delete m_monitor;
}

Session *MainWindow::session() const
{
    return m_session;
}

ImsClient *MainWindow::client() const
{
    return m_session ? m_session->client() : nullptr;
}

void MainWindow::setJobStore(const QString &path)
{
    delete m_uploads;
    delete m_monitor;
    delete m_activityWindow;
    delete m_activity;
    m_store = std::make_unique<JobStore>(path);
    m_monitor = new JobMonitor(m_store.get(), this);
    // Every call of this program that changes something in the cloud, whichever connection made it.
    m_activity = new ActivityLog(m_store.get(), this);
    m_activity->recordFeed();
    connect(m_activity, &ActivityLog::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message.isEmpty() ? tr("Calls are recorded in the activity log again.") : message, 10000);
    });
    m_uploads = new UploadJobs(m_monitor, this);
    m_wizard->setUploadJobs(m_uploads);
    m_uploads->restore(); // uploads the last run left sending show paused, with Resume
    for (Session *s : std::as_const(m_sessions))
        m_uploads->follow(s);
    connect(m_uploads, &UploadJobs::createSubmitted, this, [this](const QString &uploadId, const QString &createId) {
        const JobRecord r = m_monitor->record(uploadId);
        statusBar()->showMessage(createId.isEmpty() ? tr("“%1” is uploaded, but the create call was refused: %2").arg(r.imageName, r.upload.createError)
                                                    : tr("“%1” is uploaded; the image is being created (job in the list).").arg(r.imageName),
                                 15000);
    });
    auto *oldModel = m_jobModel;
    m_jobModel = new JobListModel(m_store.get(), m_monitor, this);
    m_jobsView->setModel(m_jobModel);
    if (m_monitorView)
        m_monitorView->setModel(m_jobModel);
    delete oldModel;
    connect(m_jobModel, &JobListModel::runningCountChanged, this, &MainWindow::updateTitle);
    m_notifier->watch(m_monitor, m_jobModel);
    // A job list that cannot be written, or was found damaged, is said, never passed over in silence.
    connect(m_monitor, &JobMonitor::storeError, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->showMessage(tr("The job list is saved again."), 5000);
        else
            statusBar()->showMessage(tr("%1 The changes are kept and saved again shortly.").arg(message));
    });
    if (!m_store->openError().isEmpty()) {
        statusBar()->showMessage(m_store->openError());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Job list"), m_store->openError(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("jobStoreErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false); // said, without blocking the window: the new list works
        box->show();
    }
    pruneJobs();
    updateTitle();
}

void MainWindow::forgetOldSandboxJobs()
{
    const QString liveSandbox = m_sandbox ? m_sandbox->url().toString() : QString();
    QStringList gone;
    for (const auto &r : m_store->records())
        if (ConnectionStore::isSandbox(r.connection) && r.endpoint != liveSandbox)
            gone << r.id;
    if (!gone.isEmpty())
        m_monitor->remove(gone);
}

Session *MainWindow::makeSession(const ConnectionSettings &settings, const Credentials &credentials)
{
    // A connection chosen again (new secret, a reconnect) replaces its old session; one to another
    // endpoint under the same name leaves the old one to follow its jobs there.
    const QString endpoint = settings.effectiveImsEndpoint().toString();
    for (Session *old : std::as_const(m_sessions))
        if (old->name() == settings.name && old->settings().effectiveImsEndpoint().toString() == endpoint) {
            m_sessions.removeOne(old);
            delete old;
            break;
        }
    auto *session = new Session(settings, credentials, m_monitor, this);
    m_sessions.append(session);
    m_uploads->follow(session); // its paused uploads can resume, its waiting create calls go
    return session;
}

void MainWindow::activate(Session *session, const QString &displayName, const QString &statusText)
{
    m_session = session;
    m_wizard->setSession(session, displayName);
    m_connectionLabel->setFullText(statusText);
    m_connectionTitle = displayName;
    updateTitle();
    if (m_imagesWindow && m_imagesWindow->isVisible()) // the images of the connection now in use
        m_imagesWindow->setClient(client(), displayName);
    if (auto *button = statusBar()->findChild<QPushButton *>(QStringLiteral("enterSecretButton")))
        button->hide();
    loadOsVersions();
}

SandboxObsServer *MainWindow::sandboxObs() const
{
    return m_sandbox ? &m_sandbox->obs() : nullptr;
}

bool MainWindow::useSandbox(double jobSeconds)
{
    if (!m_setUp) {
        // Started with the rest of the setup, right after the first paint; the title says already
        // where requests will go.
        m_connectWhenSetUp = [this, jobSeconds] { useSandbox(jobSeconds); };
        m_connectionTitle = tr("Sandbox");
        updateTitle();
        m_connectionLabel->setFullText(tr("Starting the local sandbox…"));
        return true;
    }
    if (!m_sandbox) {
        SandboxServer::Options options;
        options.jobSeconds = jobSeconds;
        auto sandbox = std::make_unique<SandboxServer>(options);
        if (!sandbox->start()) {
            QMessageBox::critical(this, tr("Sandbox"), tr("The local sandbox could not listen on 127.0.0.1."));
            return false;
        }
        m_sandbox = std::move(sandbox);
    }
    // Its jobs join the one job list under the sandbox's name; back on the sandbox later in this
    // run, the same session (and its jobs) is used again.
    Session *session = nullptr;
    for (Session *s : std::as_const(m_sessions))
        if (ConnectionStore::isSandbox(s->name()))
            session = s;
    if (!session) {
        ConnectionSettings s = m_sandbox->connectionSettings();
        s.name = ConnectionStore::sandboxName();
        session = makeSession(s, m_sandbox->credentials());
        m_monitor->setSchedule(session->client(), {1000, 1.3, 5000}); // its jobs last seconds
    }
    activate(session, tr("Sandbox"),
             tr("Sandbox on %1 (local look-alike of IMS, no cloud account used)").arg(m_sandbox->url().toString()));
    return true;
}

// Connections (issue 5): a saved connection instead of the sandbox.
bool MainWindow::useConnection(const ConnectionSettings &settings, const Credentials &credentials)
{
    completeSetup();
    Session *session = makeSession(settings, credentials);
    activate(session, settings.name,
             tr("%1 — IMS at %2 (%3)")
                 .arg(settings.name, settings.effectiveImsEndpoint().toString(),
                      settings.auth == AuthMode::AkSk ? tr("AK/SK") : tr("user %1").arg(settings.user)));
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
    completeSetup();
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
    if (!m_setUp) {
        m_connectWhenSetUp = [this] { reconnectLastUsed(); };
        return;
    }
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
    m_connectionLabel->setFullText(tr("Reading the secret of \"%1\" from the keychain…").arg(name));
    secrets()->readCredentials(*settings, [this, s = *settings](const Credentials &credentials, const SecretStore::Result &problem) {
        if (problem.ok) {
            useConnection(s, credentials);
            return;
        }
        // No secret, or no keychain: say so and offer the dialog; the program stays usable offline.
        m_connectionLabel->setFullText(problem.noKeychain ? tr("Not connected: \"%1\" needs its secret (no keychain here).").arg(s.name)
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
    if (!m_session)
        return;
    auto *call = new OsVersionsCall(m_session->client());
    connect(call, &ApiCall::finished, this, [this, call, asked = m_session] {
        call->deleteLater();
        // The list of the connection in use: an answer for one left meanwhile is dropped.
        if (asked == m_session && call->succeeded() && !call->versions().isEmpty())
            m_wizard->setOsVersionChoices(call->versions());
    });
    call->start();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), this, [this] { m_wizard->startOver(); });
    newRequest->setObjectName(QStringLiteral("newRequestAction"));
    newRequest->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open request file…"), this, &MainWindow::openRequestFile);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save request file…"), this, &MainWindow::saveRequestFile);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *saveProfile = file->addAction(tr("Save as &profile…"), this, [this] { saveAsProfile(); });
    saveProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *profiles = file->addAction(tr("Pro&files…"), this, &MainWindow::showProfiles);
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *batch = file->addAction(tr("&Batch…"), this, [this] { showBatchDialog(); });
    batch->setObjectName(QStringLiteral("batchAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    QAction *upload = file->addAction(tr("&Upload to OBS…"), this, [this] { showUploadDialog(); });
    upload->setObjectName(QStringLiteral("uploadToObsAction"));
    upload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    QMenu *examples = file->addMenu(tr("Open an &example"));
    for (const auto &m : Catalogue::instance().methods())
        examples->addAction(m.displayTitle(), this, [this, id = m.id] {
            openRequestFileAt(QStringLiteral(":/data/examples/%1.json").arg(id));
        })->setObjectName(QStringLiteral("openExample_") + m.id);
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
    QAction *activity = view->addAction(tr("&Activity"), this, [this] { showActivityWindow(); });
    activity->setObjectName(QStringLiteral("activityAction"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    activity->setToolTip(tr("Every call that changed something in the cloud: creates, uploads, parts."));
    QAction *images = view->addAction(tr("&Images"), this, [this] { showImagesWindow(); });
    images->setObjectName(QStringLiteral("imagesAction"));
    images->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addMenu(new LanguageMenu(view));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { showUserGuide(); });
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About IMS Wizard"), this, [this] {
        // The version, the Qt it runs on and the licence, with a link to the licence's text (GPL section 5 d
        // asks an interactive program to show its licence and the absence of warranty).
        QMessageBox::about(this, tr("About IMS Wizard"),
                           tr("<h3>IMS Wizard %1</h3><p>Create private images on Huawei Cloud IMS, step by step.</p>"
                              "<p>Every rule shown comes from the IMS API reference.</p>")
                                   .arg(ProgramInfo::version())
                               + tr("<p>Qt %1</p><p>Licence: %2, the <a href=\"%3\">GNU General Public License</a> "
                                    "version 3 or any later version. There is no warranty.</p>")
                                     .arg(ProgramInfo::qtVersion(), ProgramInfo::licenseId(),
                                          ProgramInfo::licenseUrl().toString(QUrl::FullyEncoded).toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

UploadDialog *MainWindow::showUploadDialog()
{
    completeSetup();
    auto *dialog = new UploadDialog(m_session, m_uploads, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UploadDialog::uploadStarted, this, [this](const QString &id) {
        m_jobsDock->show();
        m_jobsView->selectId(id);
        statusBar()->showMessage(tr("Uploading: follow it in the Jobs list (pause, resume or cancel it there)."), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::askCancelUpload(const QString &id)
{
    completeSetup();
    const JobRecord r = m_monitor->record(id);
    if (!r.isUpload())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel upload"),
                                tr("Cancel the upload of “%1”?").arg(r.upload.key), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelUploadBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Pause keeps the parts on OBS so that it can resume later; abort deletes them."));
    QPushButton *pause = box->addButton(tr("&Pause (resume later)"), QMessageBox::AcceptRole);
    pause->setObjectName(QStringLiteral("cancelUploadPause"));
    pause->setEnabled(UploadJobs::canPause(r));
    QPushButton *abort = box->addButton(tr("&Abort (delete the parts on OBS)"), QMessageBox::DestructiveRole);
    abort->setObjectName(QStringLiteral("cancelUploadAbort"));
    QPushButton *keep = box->addButton(tr("&Keep uploading"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelUploadKeep"));
    box->setDefaultButton(UploadJobs::canPause(r) ? pause : keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, pause, abort](QAbstractButton *clicked) {
        if (clicked == pause)
            m_uploads->pause(id);
        else if (clicked == abort)
            m_uploads->abort(id);
    });
    box->open();
}

HelpWindow *MainWindow::showUserGuide()
{
    auto *window = findChild<HelpWindow *>();
    if (!window)
        window = new HelpWindow(this);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

// The jobs in a window of their own, over the same model as the dock (rows change in place in both).
void MainWindow::showJobMonitorWindow()
{
    completeSetup();
    if (!m_monitorWindow) {
        m_monitorWindow = new QWidget(this, Qt::Window);
        m_monitorWindow->setObjectName(QStringLiteral("jobMonitorWindow"));
        m_monitorView = makeJobsView(QStringLiteral("jobMonitor"), false, m_monitorWindow);
        m_monitorView->setModel(m_jobModel);
        auto *layout = new QVBoxLayout(m_monitorWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_monitorView);
        m_monitorWindow->resize(QSize(1100, 480).boundedTo(screen()->availableGeometry().size() - QSize(16, 48)));
        updateTitle();
    }
    m_monitorWindow->show();
    m_monitorWindow->raise();
    m_monitorWindow->activateWindow();
}

ActivityWindow *MainWindow::showActivityWindow()
{
    completeSetup();
    if (!m_activityWindow)
        m_activityWindow = new ActivityWindow(m_activity, this);
    m_activityWindow->show();
    m_activityWindow->raise();
    m_activityWindow->activateWindow();
    return m_activityWindow;
}

QWidget *MainWindow::showJobDetails(const QString &id)
{
    completeSetup();
    // One dialog per job: asking again brings the open one forward.
    for (auto *open : findChildren<JobDetailsDialog *>())
        if (open->jobRecordId() == id && open->isVisible()) { // a closed one is on its way out
            open->raise();
            open->activateWindow();
            return open;
        }
    auto *dialog = new JobDetailsDialog(m_jobModel, id, this);
    connect(dialog, &JobDetailsDialog::cloneRequested, this, &MainWindow::cloneIntoWizard);
    connect(dialog, &JobDetailsDialog::showImageRequested, this, &MainWindow::showJobImage);
    dialog->show();
    return dialog;
}

void MainWindow::cloneIntoWizard(const QString &id)
{
    completeSetup();
    const JobRecord r = m_monitor->record(id);
    if (!Catalogue::instance().method(r.methodId))
        return;
    openInWizard(r.methodId, r.fields,
                 tr("The request of “%1” is in the wizard: change what needs changing and submit it again.").arg(r.imageName));
}

void MainWindow::openInWizard(const QString &methodId, const QJsonObject &fields, const QString &message)
{
    m_wizard->restart();
    m_wizard->loadRequest(methodId, fields);
    showNormal();
    raise();
    activateWindow();
    statusBar()->showMessage(message, 10000);
}

ImagesWindow *MainWindow::showImagesWindow(const QString &selectImageId)
{
    completeSetup();
    if (!m_imagesWindow) {
        m_imagesWindow = new ImagesWindow(this);
        connect(m_imagesWindow, &ImagesWindow::createSimilarRequested, this,
                [this](const QString &methodId, const QJsonObject &fields, const QString &imageName) {
                    openInWizard(methodId, fields,
                                 tr("A request like the image “%1” is in the wizard: check its source and change what differs, then submit it.")
                                     .arg(imageName));
                });
    }
    if (!m_imagesWindow->isVisible()) // (shown again: the list of now, not of when it was closed)
        m_imagesWindow->setClient(client(), m_connectionTitle);
    if (!selectImageId.isEmpty())
        m_imagesWindow->selectImage(selectImageId);
    m_imagesWindow->show();
    m_imagesWindow->raise();
    m_imagesWindow->activateWindow();
    return m_imagesWindow;
}

void MainWindow::showJobImage(const QString &recordId, const QString &imageId)
{
    const JobRecord r = m_monitor->record(recordId);
    if (m_session && !r.connection.isEmpty() && r.connection != m_session->name()) {
        statusBar()->showMessage(tr("The image of “%1” is in connection “%2”: connect to it to see the image.")
                                     .arg(r.imageName, r.connection),
                                 10000);
        return;
    }
    showImagesWindow(imageId);
}

void MainWindow::updateTitle()
{
    const int running = m_jobModel ? m_jobModel->runningCount() : 0;
    QString title = m_connectionTitle.isEmpty() ? tr("IMS Wizard") : tr("IMS Wizard — %1").arg(m_connectionTitle);
    if (running > 0)
        title += QLatin1Char(' ') + tr("(%n job(s) running)", nullptr, running);
    setWindowTitle(title);
    if (m_monitorWindow)
        m_monitorWindow->setWindowTitle(running > 0 ? tr("Job Monitor — %n job(s) running", nullptr, running) : tr("Job Monitor — IMS Wizard"));
}

void MainWindow::removeJobs(const QStringList &ids)
{
    QString error;
    if (!m_monitor->remove(ids, &error))
        QMessageBox::warning(this, tr("Remove jobs"), error);
    else
        statusBar()->showMessage(tr("Removed %n job(s) from the list.", nullptr, int(ids.size())), 5000);
}

void MainWindow::removeFinishedJobs()
{
    QStringList ids;
    for (const auto &r : m_store->records())
        if (m_monitor->record(r.id).isFinished())
            ids.append(r.id);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No finished job to remove."), 5000);
        return;
    }
    if (QMessageBox::question(this, tr("Remove finished jobs"),
                              tr("Remove %n finished job(s) from the list? The images are not touched.", nullptr, int(ids.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes)
        removeJobs(ids);
}

int MainWindow::jobRetentionDays() const
{
    return QSettings().value(QStringLiteral("jobs/keepFinishedDays"), 30).toInt();
}

void MainWindow::setJobRetentionDays(int days)
{
    completeSetup();
    QSettings().setValue(QStringLiteral("jobs/keepFinishedDays"), std::max(0, days));
    pruneJobs();
}

void MainWindow::askJobRetention()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Keep finished jobs"),
                                          tr("Remove finished jobs from the list after this many days (0 keeps them; at most %1 are kept):").arg(maxFinishedJobs),
                                          jobRetentionDays(), 0, 3650, 1, &ok);
    if (ok)
        setJobRetentionDays(days);
}

void MainWindow::pruneJobs()
{
    const int days = jobRetentionDays();
    const QDateTime before = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
    QString error;
    const int removed = m_monitor->prune(before, maxFinishedJobs, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 10000);
    else if (removed > 0)
        statusBar()->showMessage(tr("Removed %n finished job(s) older than the retention period.", nullptr, removed), 8000);
}

void MainWindow::watchStoreFiles()
{
    if (m_store && m_store->changedOnDisk()) // someone else (the CLI) wrote: read the list again
        m_monitor->syncWithStore();
}

ProfilesDialog *MainWindow::showProfiles()
{
    auto *dialog = findChild<ProfilesDialog *>();
    if (!dialog) {
        dialog = new ProfilesDialog(m_profiles.get(), this);
        connect(dialog, &ProfilesDialog::openRequested, this, [this](const QString &methodId, const QJsonObject &fields, const QString &name) {
            m_wizard->restart();
            m_wizard->loadRequest(methodId, fields);
            statusBar()->showMessage(tr("Opened the profile “%1”.").arg(name), 5000);
        });
    }
    dialog->reload();
    dialog->show();
    dialog->raise();
    return dialog;
}

BatchDialog *MainWindow::showBatchDialog()
{
    completeSetup();
    auto *dialog = findChild<BatchDialog *>();
    if (!dialog) {
        dialog = new BatchDialog([this] { return session(); }, m_store.get(), this);
        // Sending: the job monitor shows the batch's parent row as it fills.
        connect(dialog, &BatchDialog::sendingStarted, this, [this] { m_jobsDock->show(); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

bool MainWindow::saveAsProfile(const QString &givenName)
{
    if (!m_wizard->draft()->method()) {
        QMessageBox::information(this, tr("Save as profile"), tr("Choose a creation method first."));
        return false;
    }
    QString name = givenName.trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        const QString suggestion = m_wizard->draft()->fields().value(QStringLiteral("name")).toString();
        name = QInputDialog::getText(this, tr("Save as profile"), tr("Profile name:"), QLineEdit::Normal, suggestion, &ok).trimmed();
        if (!ok || name.isEmpty())
            return false;
        const auto existing = m_profiles->list();
        const bool exists = std::any_of(existing.cbegin(), existing.cend(), [&](const ProfileStore::Profile &p) { return p.name == name; });
        if (exists && QMessageBox::question(this, tr("Save as profile"), tr("A profile named “%1” exists. Replace it?").arg(name),
                                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    RequestFile file;
    file.name = name;
    file.method = m_wizard->draft()->methodId();
    file.fields = m_wizard->draft()->fields();
    QString error;
    if (!m_profiles->save(file, &error)) {
        QMessageBox::warning(this, tr("Save as profile"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved the profile “%1”.").arg(name), 5000);
    return true;
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

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The connection line leaves most of the status bar to messages ("Image ready…"); shortened, it
    // keeps its whole text in its tooltip.
    m_connectionLabel->setMaximumWidth(event->size().width() * 2 / 5);
    // QMainWindow takes all of a shrink from the wizard: the Jobs dock gives up its share first (down
    // to its own minimum), so that on an 800×600 screen the fields keep a usable width.
    if (!m_jobsDock->isVisible() || m_jobsDock->isFloating() || event->size().width() >= event->oldSize().width())
        return;
    QTimer::singleShot(0, this, [this] {
        constexpr int comfortableWizardWidth = 500;
        const int missing = comfortableWizardWidth - m_wizard->width();
        if (missing <= 0)
            return;
        const int dockWidth = std::max(m_jobsDock->minimumSizeHint().width(), m_jobsDock->width() - missing);
        if (dockWidth < m_jobsDock->width())
            resizeDocks({m_jobsDock}, {dockWidth}, Qt::Horizontal);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_jobsView)
        m_jobsView->saveLayout();
    if (m_monitorView)
        m_monitorView->saveLayout();
    if (m_monitor)
        m_monitor->flush();
    event->accept();
}

} // namespace ims
