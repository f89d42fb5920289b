// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// Prints how the job list behaves with many jobs: what a user feels as smooth or not. Figures, not
// pass/fail: `bench_joblist [N]` (default 1000), under QT_QPA_PLATFORM=offscreen or a display.

#include "jobs/JobFilterModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobStore.h"
#include "jobs/JobsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace ims;

namespace {
double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QList<JobRecord> makeJobs(int n)
{
    QList<JobRecord> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        JobRecord r;
        r.id = r.jobId = QStringLiteral("ff8080814dbd65d7014dbe%1").arg(i, 10, 10, QLatin1Char('0'));
        r.methodId = i % 3 == 0 ? QStringLiteral("ecs-data") : QStringLiteral("file-system");
        r.imageName = QStringLiteral("image-%1").arg(i);
        r.region = QStringLiteral("ap-southeast-1");
        r.submittedAt = r.updatedAt = now.addSecs(-i);
        r.state = JobRecord::State::Running;
        r.progress = 0.1;
        out.append(r);
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const long rssBefore = rssKiB();

    QElapsedTimer t;
    t.start();
    JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
    QList<JobRecord> jobs = makeJobs(n);
    store.save(jobs);
    const double saveMs = ms(t);

    t.restart();
    JobListModel model(&store, nullptr);
    JobsView view(QStringLiteral("bench"), false);
    view.setModel(&model);
    view.resize(1100, 700);
    view.show();
    app.processEvents();
    const double openMs = ms(t);

    // One round of polls: every job moves on, rows change in place, the view repaints.
    for (auto &r : jobs) {
        r.progress = 0.6;
        r.updatedAt = QDateTime::currentDateTimeUtc();
    }
    store.save(jobs);
    t.restart();
    store.reload();
    model.syncWithStore();
    app.processEvents();
    view.tree()->viewport()->repaint();
    const double roundMs = ms(t);

    // One job's answer, as the monitor delivers them one by one.
    jobs[n / 2].progress = 0.9;
    jobs[n / 2].updatedAt = QDateTime::currentDateTimeUtc();
    store.save({jobs[n / 2]});
    t.restart();
    const int rounds = 200;
    for (int i = 0; i < rounds; ++i) {
        model.syncWithStore();
        app.processEvents();
    }
    const double syncIdleMs = ms(t) / rounds;

    t.restart();
    view.filterEdit()->setText(QStringLiteral("image-99"));
    app.processEvents();
    const double filterMs = ms(t);
    const int shown = view.filter()->rowCount();
    view.filterEdit()->clear();

    t.restart();
    view.tree()->sortByColumn(JobListModel::ElapsedColumn, Qt::AscendingOrder);
    app.processEvents();
    const double sortMs = ms(t);

    std::printf("jobs in the list:              %d\n", n);
    std::printf("write them to the store:       %.1f ms\n", saveMs);
    std::printf("open the view over them:       %.1f ms\n", openMs);
    std::printf("a round of %d updates, shown:  %.1f ms (%.3f ms per job, no reset)\n", n, roundMs, roundMs / n);
    std::printf("re-check with nothing changed: %.2f ms\n", syncIdleMs);
    std::printf("filter by text (%d shown):     %.1f ms\n", shown, filterMs);
    std::printf("sort by elapsed time:          %.1f ms\n", sortMs);
    std::printf("memory for list and view:      %ld KiB\n", rssKiB() - rssBefore);
    return 0;
}
