// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// A second program writing the shared job list the way the desktop program does (a new job at once,
// then its updates, reading back what others wrote every few changes), for tst_jobstore_processes.
// `jobstore_writer PATH PREFIX STOPFILE`: jobs PREFIX-0, PREFIX-1, … until STOPFILE exists; every third
// ends in SUCCESS, the others stay RUNNING at progress 0.5. Prints "done ID" once a job's writes are
// committed, "wrote N" (the number of jobs) at the end, and exits 0 when every write succeeded.

#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

using namespace ims;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: jobstore_writer PATH PREFIX STOPFILE\n");
        return 2;
    }
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    const QString stop = QString::fromLocal8Bit(argv[3]);
    JobStore store(QString::fromLocal8Bit(argv[1]));
    int failures = 0;
    auto save = [&](const JobRecord &r) {
        QString error;
        if (!store.save({r}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            ++failures;
        }
    };
    int i = 0;
    for (; !QFileInfo::exists(stop); ++i) {
        JobRecord r;
        r.id = r.jobId = QStringLiteral("%1-%2").arg(prefix).arg(i);
        r.methodId = QStringLiteral("ecs-system");
        r.imageName = r.id;
        r.endpoint = QStringLiteral("http://127.0.0.1:1");
        r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
        save(r);
        r.state = JobRecord::State::Running;
        r.progress = 0.5;
        save(r);
        if (i % 3 == 0) {
            r.state = JobRecord::State::Success;
            r.progress = 1;
            r.finishedAt = QDateTime::currentDateTimeUtc();
            save(r);
        }
        if (failures == 0) { // all of this job's writes are committed: a kill from now on must not undo them
            std::printf("done %s\n", qPrintable(r.id));
            std::fflush(stdout);
        }
        if (i % 10 == 0 && store.changedOnDisk() && !store.reload())
            ++failures;
        QThread::msleep(1); // a pace near a busy desktop's, so that the programs overlap throughout
    }
    std::printf("wrote %d\n", i);
    return failures == 0 ? 0 : 1;
}
