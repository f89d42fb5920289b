// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QEvent>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace ims {

class ActivityLog;
class ActivityWindow;
class ConnectionDialog;
class ElidingLabel;
class HelpWindow;
class ImageWizard;
class ImagesWindow;
class ImsClient;
class JobListModel;
class JobMonitor;
class JobNotifier;
class JobStore;
class JobsView;
class ProfileStore;
class ProfilesDialog;
class SandboxObsServer;
class BatchDialog;
class SandboxServer;
class UploadDialog;
class UploadJobs;
class SecretStore;
class Session;
struct ConnectionSettings;
struct Credentials;

// The desktop program's main window: the wizard in the centre, the jobs dock at the side, the
// connection in the status bar, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What is built before the window is first shown: all of it, or (the program's start) only what the
    // wizard's first page needs, the rest (the job list and the Jobs dock's view of it, the wizard's
    // later pages, the connection) right after that page is painted or at the person's first key or
    // click, whichever comes first. Until then jobModel(), monitor(), uploads(), jobsView(), notifier()
    // and session() are null, and useSandbox()/reconnectLastUsed() only say what to connect to then.
    enum class Setup { Whole, FirstPageFirst };
    explicit MainWindow(QWidget *parent = nullptr, Setup setup = Setup::Whole);
    ~MainWindow() override;
    // Builds what Setup::FirstPageFirst left for after the first paint; nothing the second time. Every
    // public entry point that needs the rest calls it first: a key or click completes the setup on its
    // way (the event filter), but an accessibility action or a program's call arrives with neither.
    void completeSetup();
    bool isSetUp() const { return m_setUp; }

    // Starts an in-process sandbox on loopback and connects everything to it.
    bool useSandbox(double jobSeconds = 8);
    // Makes a fresh Session for a saved (or just typed) connection and uses it from now on: wizard,
    // status bar, title, OS versions. Jobs of other connections stay followed through their own.
    bool useConnection(const ConnectionSettings &settings, const Credentials &credentials);
    // Connection → Manage connections…; `select` picks a connection in its list.
    ConnectionDialog *showConnectionDialog(const QString &select = QString());
    // On start: the connection used last, once its secret is read from the keychain (never blocks).
    void reconnectLastUsed();
    SecretStore *secrets();
    ImageWizard *wizard() const { return m_wizard; }
    JobListModel *jobModel() const { return m_jobModel; }
    JobMonitor *monitor() const { return m_monitor; }
    UploadJobs *uploads() const { return m_uploads; }
    // The in-process sandbox and its OBS look-alike (null until useSandbox()).
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    // The sandbox's OBS (the same demo account; its buckets hold the examples' files), once it runs.
    SandboxObsServer *sandboxObs() const;
    // File ▸ Upload to OBS…: a file to a bucket of the connection's region, as an upload job.
    UploadDialog *showUploadDialog();
    // An upload's Cancel: pause it (resume later) or abort it (delete its parts on OBS).
    void askCancelUpload(const QString &id);
    // The connection in use (null when none): what the wizard shows requests for and sends them through.
    Session *session() const;
    ImsClient *client() const;
    QDockWidget *jobsDock() const { return m_jobsDock; }
    JobsView *jobsView() const { return m_jobsView; }
    QWidget *jobMonitorWindow() const { return m_monitorWindow; }
    JobsView *jobMonitorView() const { return m_monitorView; }
    JobNotifier *notifier() const { return m_notifier; }
    ProfileStore *profiles() const { return m_profiles.get(); }
    void showJobMonitorWindow();
    // View ▸ Activity: the calls that changed something in the cloud (shown, raised).
    ActivityWindow *showActivityWindow();
    ActivityLog *activityLog() const { return m_activity; }
    // View ▸ Images: the private images of the connection in use; `selectImageId` is chosen once listed.
    ImagesWindow *showImagesWindow(const QString &selectImageId = QString());
    ImagesWindow *imagesWindow() const { return m_imagesWindow; }
    // "Show image" on a job: its image in the Images window, when the job is of the connection in use.
    void showJobImage(const QString &recordId, const QString &imageId);
    // Help ▸ User guide (F1): the guide in a window of the program (already shown).
    HelpWindow *showUserGuide();
    // The job in full; returns the dialog (already shown).
    QWidget *showJobDetails(const QString &id);
    // Opens the request that started a job in the wizard, to fix and resubmit it.
    void cloneIntoWizard(const QString &id);
    ProfilesDialog *showProfiles();
    // File ▸ Batch…: many images from a CSV file or a folder of request files (already shown).
    BatchDialog *showBatchDialog();
    // Saves the wizard's request as a profile under `name`; asks for a name when it is empty.
    bool saveAsProfile(const QString &name = QString());
    // Finished jobs older than this many days leave the list (0 keeps them); at most
    // `maxFinishedJobs` finished jobs are kept whatever their age.
    void setJobRetentionDays(int days);
    int jobRetentionDays() const;
    static constexpr int maxFinishedJobs = 5000;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void setJobStore(const QString &path);
    // Uses `session` (one of m_sessions) for the wizard, the title and the status bar.
    void activate(Session *session, const QString &displayName, const QString &statusText);
    Session *makeSession(const ConnectionSettings &settings, const Credentials &credentials);
    // Jobs of a sandbox that is gone (an earlier run's): nothing can ever poll them.
    void forgetOldSandboxJobs();
    void openRequestFile();
    void openRequestFileAt(const QString &path);
    void saveRequestFile();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void loadOsVersions();
    void updateTitle();
    // Starts the wizard over with this request, brings the main window forward and says `message`.
    void openInWizard(const QString &methodId, const QJsonObject &fields, const QString &message);
    void removeJobs(const QStringList &ids);
    void removeFinishedJobs();
    void askJobRetention();
    void pruneJobs();
    void watchStoreFiles();
    JobsView *makeJobsView(const QString &name, bool compact, QWidget *parent);

    ImageWizard *m_wizard;
    std::unique_ptr<SandboxServer> m_sandbox; // started once, kept for the run: its jobs stay followed
    QList<Session *> m_sessions; // every connection used in this run whose jobs may still be followed
    QPointer<Session> m_session;
    std::unique_ptr<JobStore> m_store;
    JobMonitor *m_monitor = nullptr;
    ActivityLog *m_activity = nullptr; // records this program's calls into m_store's database
    QPointer<ActivityWindow> m_activityWindow;
    UploadJobs *m_uploads = nullptr;
    JobListModel *m_jobModel = nullptr;
    static QEvent::Type completeSetupEvent();
    bool m_setUp = false;
    bool m_setupPosted = false;
    std::function<void()> m_connectWhenSetUp; // useSandbox() or reconnectLastUsed() asked for before the setup
    QDockWidget *m_jobsDock;
    JobsView *m_jobsView = nullptr;
    JobsView *m_monitorView = nullptr;
    JobNotifier *m_notifier = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    QTimer *m_storeWatch;
    QString m_connectionTitle;
    ElidingLabel *m_connectionLabel;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_monitorWindow = nullptr;
    ImagesWindow *m_imagesWindow = nullptr;
    SecretStore *m_secrets = nullptr; // one for the session: it holds the "this session only" secrets
};

} // namespace ims
