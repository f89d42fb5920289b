// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobNotifier.h"

#include "JobListModel.h"
#include "jobs/JobMonitor.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ims {

JobNotifier::JobNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("jobsTray"));
        const QIcon icon = QApplication::windowIcon();
        m_tray->setIcon(icon.isNull() ? JobListModel::stateIcon(JobRecord::State::Running) : icon);
        m_tray->setToolTip(tr("IMS Wizard"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &JobNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &JobNotifier::activated);
        m_tray->show();
    }
}

void JobNotifier::setIcon(const QIcon &icon)
{
    if (m_tray && !icon.isNull())
        m_tray->setIcon(icon);
}

void JobNotifier::watch(JobMonitor *monitor, JobListModel *model)
{
    disconnect(m_finishedConnection);
    disconnect(m_runningConnection);
    m_model = model;
    m_finishedConnection = connect(monitor, &JobMonitor::jobFinished, this, &JobNotifier::jobFinished);
    m_runningConnection = connect(model, &JobListModel::runningCountChanged, this, &JobNotifier::runningChanged);
    runningChanged(model->runningCount());
}

void JobNotifier::jobFinished(const QString &id)
{
    if (!m_model)
        return;
    const JobRecord r = m_model->recordAt(m_model->rowOf(id));
    const QString name = r.imageName.isEmpty() ? r.jobId : r.imageName;
    const bool failed = r.state != JobRecord::State::Success;
    if (r.isUpload()) {
        m_lastTitle = failed ? tr("Upload failed") : tr("Upload finished");
        m_lastMessage = failed ? tr("%1: %2").arg(r.upload.key, r.failReason) : tr("%1 is in the bucket %2.").arg(r.upload.key, r.upload.bucket);
    } else if (failed) {
        m_lastTitle = tr("Image creation failed");
        m_lastMessage = r.failReason.isEmpty() ? tr("%1: the job failed.").arg(name) : tr("%1: %2").arg(name, r.failReason);
    } else {
        m_lastTitle = tr("Image ready");
        m_lastMessage = r.imageIds.isEmpty() ? tr("%1 was created.").arg(name)
                                             : tr("%1 was created (%2).").arg(name, r.imageIds.join(QLatin1String(", ")));
    }
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(m_lastTitle, m_lastMessage, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    if (m_window && !m_window->isActiveWindow())
        QApplication::alert(m_window); // the taskbar entry asks for attention until the window is used
    emit notified(m_lastTitle, m_lastMessage, failed);
}

void JobNotifier::runningChanged(int running)
{
    if (m_tray)
        m_tray->setToolTip(running > 0 ? tr("IMS Wizard — %n job(s) running", nullptr, running) : tr("IMS Wizard — no job running"));
}

} // namespace ims
