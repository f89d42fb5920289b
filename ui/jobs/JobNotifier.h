// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QObject>
#include <QPointer>

class QIcon;
class QSystemTrayIcon;
class QWidget;

namespace ims {

class JobListModel;
class JobMonitor;

// Tells the user when a job ends: a desktop notification through the system tray where the desktop
// has one (its tooltip counts the running jobs), and always the `notified` signal, which the main
// window shows in its status bar, so that nothing depends on a tray being there.
class JobNotifier : public QObject
{
    Q_OBJECT
public:
    explicit JobNotifier(QWidget *window);

    void watch(JobMonitor *monitor, JobListModel *model);
    void setIcon(const QIcon &icon);
    QSystemTrayIcon *tray() const { return m_tray; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void notified(const QString &title, const QString &message, bool failed);
    void activated(); // the user clicked the tray icon or its message

private:
    void jobFinished(const QString &id);
    void runningChanged(int running);

    QWidget *m_window;
    QPointer<JobListModel> m_model;
    QMetaObject::Connection m_finishedConnection;
    QMetaObject::Connection m_runningConnection;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace ims
