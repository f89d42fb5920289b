// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <algorithm>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>
#include <QTreeView>

namespace ims {

namespace {
void settle(int ms = 50)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString pageName(int id)
{
    switch (id) {
    case ImageWizard::StartPageId:
        return QStringLiteral("1-start");
    case ImageWizard::SourcePageId:
        return QStringLiteral("2-source");
    case ImageWizard::ImagePageId:
        return QStringLiteral("3-image");
    case ImageWizard::TagsPageId:
        return QStringLiteral("4-tags");
    case ImageWizard::ReviewPageId:
        return QStringLiteral("5-review");
    case ImageWizard::UploadPageId:
        return QStringLiteral("6-upload");
    }
    return QStringLiteral("page");
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QSize size)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
    , m_size(size.isValid() ? size : defaultSize())
{
}

QSize ScreenshotTour::parseSize(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    // Below 640×480 nothing is meant to fit; above 8K is a typo.
    if (!okW || !okH || w < 640 || h < 480 || w > 7680 || h > 4320)
        return {};
    return {w, h};
}

bool ScreenshotTour::save(const QString &name, QWidget *what)
{
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!(what ? what : m_window)->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
        ++m_failures;
        return false;
    }
    ++m_saved;
    return true;
}

QString ScreenshotTour::submitExample(const QString &methodId, const QString &imageName)
{
    ImageWizard *wizard = m_window->wizard();
    auto example = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(methodId), nullptr);
    if (!example)
        return {};
    if (!imageName.isEmpty())
        example->fields.insert(QStringLiteral("name"), imageName);
    wizard->restart();
    wizard->loadRequest(example->method, example->fields);
    for (int guard = 0; guard < 8 && wizard->currentId() != ImageWizard::ReviewPageId; ++guard)
        wizard->next();
    wizard->findChild<QAbstractButton *>(QStringLiteral("submitButton"))->click();
    for (int i = 0; i < 100 && wizard->reviewPage()->submittedJobId().isEmpty(); ++i)
        settle(50);
    return wizard->reviewPage()->submittedJobId();
}

// The job monitor with a multi-disk job and a failed one, the failed job's details, and the
// profiles dialog (its two example profiles are removed again afterwards).
void ScreenshotTour::tourJobsAndProfiles()
{
    m_window->resize(m_size);
    submitExample(QStringLiteral("ecs-data"), QString());
    const QString failed = submitExample(QStringLiteral("file-system"), QStringLiteral("centos7-golden-sandbox-fail"));
    submitExample(QStringLiteral("quick-system"), QStringLiteral("ubuntu-22-web"));
    settle(2500);
    m_window->showJobMonitorWindow();
    QWidget *monitor = m_window->jobMonitorWindow();
    monitor->resize(std::min(1180, m_size.width() - 40), std::min(420, m_size.height() - 60));
    if (auto *tree = monitor->findChild<QTreeView *>())
        tree->expandAll();
    save(QStringLiteral("job-monitor-window"), monitor);
    save(QStringLiteral("jobs-dock-after-three-jobs"));
    if (!failed.isEmpty())
        if (QWidget *details = m_window->showJobDetails(failed)) {
            save(QStringLiteral("job-details-failed"), details);
            details->close();
        }
    monitor->close();

    ProfileStore *profiles = m_window->profiles();
    QStringList made;
    for (const auto &[name, method] : {std::pair{QStringLiteral("Golden CentOS 7 from OBS"), QStringLiteral("file-system")},
                                       std::pair{QStringLiteral("Database disks, weekly"), QStringLiteral("ecs-data")}}) {
        if (profiles->load(name))
            continue; // the user's own: leave it alone
        auto example = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(method), nullptr);
        if (!example)
            continue;
        example->name = name;
        if (profiles->save(*example))
            made << name;
    }
    QWidget *dialog = m_window->showProfiles();
    save(QStringLiteral("profiles-dialog"), dialog);
    dialog->close();
    for (const auto &name : made)
        profiles->remove(name);
}

void ScreenshotTour::run()
{
    QDir().mkpath(m_directory);
    m_window->resize(m_size);
    ImageWizard *wizard = m_window->wizard();
    for (const auto &method : Catalogue::instance().methods()) {
        QString error;
        const auto example = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(method.id), &error);
        if (!example) {
            qWarning("%s", qPrintable(error));
            ++m_failures;
            continue;
        }
        wizard->restart();
        wizard->loadRequest(example->method, example->fields);
        for (int guard = 0; guard < 8; ++guard) {
            save(method.id + QLatin1Char('-') + pageName(wizard->currentId()));
            if (wizard->currentId() == ImageWizard::ReviewPageId)
                break;
            wizard->next();
        }
        if (method.id == QLatin1String("ecs-system")) {
            // Submit one to the sandbox and show the job running, then done, in the dock.
            wizard->findChild<QAbstractButton *>(QStringLiteral("submitButton"))->click();
            settle(400);
            save(QStringLiteral("ecs-system-5-review-submitted"));
            settle(1200);
            save(QStringLiteral("jobs-dock"));
        }
    }
    // One page showing what validation says about wrong values.
    wizard->restart();
    wizard->loadRequest(QStringLiteral("file-system"), QJsonObject{{QStringLiteral("name"), QStringLiteral(" bad name!")},
                                                                  {QStringLiteral("image_url"), QStringLiteral("My Bucket:centos 7.qcow2")},
                                                                  {QStringLiteral("min_disk"), 512},
                                                                  {QStringLiteral("is_quick_import"), true}});
    wizard->next();
    save(QStringLiteral("validation-errors-source"));
    wizard->next(); // stays: Next is disabled while the page is wrong
    save(QStringLiteral("validation-errors-source-next-blocked"));
    // A small screen (in the pass at the default size; a smaller pass shows every page small anyway).
    if (m_size == defaultSize()) {
        m_window->resize(1024, 768);
        wizard->restart();
        wizard->loadRequest(QStringLiteral("file-system"), RequestFile::load(QStringLiteral(":/data/examples/file-system.json"), nullptr)->fields);
        wizard->next();
        wizard->next();
        save(QStringLiteral("small-screen-1024x768-image"));
    }
    tourJobsAndProfiles();
    qInfo("saved %d screenshots to %s", m_saved, qPrintable(m_directory));
    emit finished(m_failures);
}

} // namespace ims
