// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ims {

class ActivityLog;
class JobStore;

// `ims-wizard-cli activity [--connection NAME] [--limit N] [-o text|json|table | --json]`: the calls that
// changed something in the cloud, oldest first, from the activity log beside the job list.
int runActivityCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// Records every call of this CLI run that changes something in the cloud (ActivityFeed), whichever
// command makes it. The job list is opened at the first such call: most commands make none.
class ActivityRecording : public QObject
{
    Q_OBJECT
public:
    explicit ActivityRecording(QTextStream &err);
    ~ActivityRecording() override; // writes what a busy list kept back, or says it is lost

private:
    QTextStream &m_err;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<ActivityLog> m_log;
};

} // namespace ims
