// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// Prints how fast the job list (JobStore on SQLite) is: 10,000 jobs inserted, updated and listed,
// the time to open a list of 5,000, and the cost of each single statement the desktop program runs
// on its GUI thread (a new job, one job's update, the 2-second "did someone else write?" check,
// reading back another process's change). Figures, not pass/fail:
// `bench_jobstore [N] [FOLDER]` (default 10000 jobs, a temporary folder on the same disk as /tmp).

#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

namespace {
double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// A job as the monitor keeps it, with its request and a job answer: about the size of a real one.
JobRecord makeJob(int i)
{
    JobRecord r;
    r.id = r.jobId = QStringLiteral("ff8080814dbd65d7014dbe%1").arg(i, 10, 10, QLatin1Char('0'));
    r.methodId = QStringLiteral("file-system");
    r.imageName = QStringLiteral("image-%1").arg(i);
    r.endpoint = QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com");
    r.region = QStringLiteral("ap-southeast-1");
    r.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    r.fields = QJsonObject{{QStringLiteral("name"), r.imageName},
                           {QStringLiteral("image_url"), QStringLiteral("bucket:images/golden-%1.qcow2").arg(i)},
                           {QStringLiteral("os_version"), QStringLiteral("Ubuntu 22.04 server 64bit")},
                           {QStringLiteral("min_disk"), 40},
                           {QStringLiteral("tags"), QJsonArray{QStringLiteral("team.web"), QStringLiteral("env.prod")}}};
    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
    r.state = JobRecord::State::Running;
    r.progress = 0.1;
    r.lastAnswer = QJsonObject{{QStringLiteral("status"), QStringLiteral("RUNNING")},
                               {QStringLiteral("job_id"), r.jobId},
                               {QStringLiteral("job_type"), QStringLiteral("createImageByFile")},
                               {QStringLiteral("begin_time"), r.submittedAt.toString(Qt::ISODate)},
                               {QStringLiteral("entities"), QJsonObject{{QStringLiteral("process"), 0.1}}}};
    return r;
}

struct Figures
{
    double p50 = 0, p99 = 0, max = 0, total = 0;
};

Figures figures(std::vector<double> v)
{
    Figures f;
    if (v.empty())
        return f;
    std::sort(v.begin(), v.end());
    for (double x : v)
        f.total += x;
    f.p50 = v[v.size() / 2];
    f.p99 = v[std::min(v.size() - 1, v.size() * 99 / 100)];
    f.max = v.back();
    return f;
}

void line(const char *what, const Figures &f)
{
    std::printf("%-44s p50 %7.3f ms  p99 %7.3f ms  max %7.2f ms  (all: %.0f ms)\n", what, f.p50, f.p99, f.max, f.total);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    QTemporaryDir temp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench_jobstore-XXXXXX") : QString());
    const QString path = temp.filePath(QStringLiteral("jobs.sqlite"));
    QElapsedTimer t;
    std::vector<double> each;

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().split(' ').value(0) : QByteArray("?");
    std::printf("job store: %s (SQLite, WAL), %d jobs; load average %s on %d CPUs (p99 and max include waits for a CPU)\n",
                qPrintable(path), n, load.constData(), QThread::idealThreadCount());
    JobStore store(path);
    // Inserted one by one, as the monitor records each new job at once (one transaction each).
    for (int i = 0; i < n; ++i) {
        const JobRecord r = makeJob(i);
        t.start();
        store.save({r});
        each.push_back(ms(t));
    }
    line("insert, one job per transaction:", figures(each));

    // Updated one by one (one job's poll answer), then as the monitor's batch of a poll round.
    each.clear();
    QList<JobRecord> jobs = store.records();
    for (auto &r : jobs) {
        r.progress = 0.5;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        t.start();
        store.save({r});
        each.push_back(ms(t));
    }
    line("update, one job per transaction:", figures(each));
    for (auto &r : jobs) {
        r.state = JobRecord::State::Success;
        r.progress = 1;
        r.finishedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    }
    t.start();
    store.save(jobs);
    std::printf("%-44s %.1f ms\n", qPrintable(QStringLiteral("update all %1 in one transaction:").arg(n)), ms(t));

    // Listed: a program opening the list reads and parses every job.
    each.clear();
    int listed = 0;
    for (int i = 0; i < 5; ++i) {
        t.start();
        JobStore reader(path);
        listed = int(reader.records().size());
        each.push_back(ms(t));
    }
    std::printf("%-44s %.1f ms (median of 5; %d jobs)\n", qPrintable(QStringLiteral("open and list all %1:").arg(n)), figures(each).p50, listed);

    // Open time of a list of 5,000 jobs (the most the desktop program keeps finished, plus a few).
    {
        QTemporaryDir half(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench_jobstore-XXXXXX") : QString());
        const QString halfPath = half.filePath(QStringLiteral("jobs.sqlite"));
        {
            JobStore writer(halfPath);
            QList<JobRecord> five;
            for (int i = 0; i < 5000; ++i)
                five.append(makeJob(i));
            writer.save(five);
        }
        each.clear();
        for (int i = 0; i < 5; ++i) {
            t.start();
            JobStore reader(halfPath);
            listed = int(reader.records().size());
            each.push_back(ms(t));
        }
        std::printf("%-44s %.1f ms (median of 5; %d jobs)\n", "open the list of 5,000 jobs:", figures(each).p50, listed);
    }

    // The window's 2-second check, and reading back one job another process changed.
    JobStore other(path);
    each.clear();
    for (int i = 0; i < 1000; ++i) {
        t.start();
        store.changedOnDisk();
        each.push_back(ms(t));
    }
    line("changedOnDisk(), nothing changed:", figures(each));
    each.clear();
    std::vector<double> checks;
    for (int i = 0; i < 1000; ++i) {
        JobRecord r = jobs[i % jobs.size()];
        r.progress = i / 1000.0;
        other.save({r});
        t.start();
        const bool changed = store.changedOnDisk();
        checks.push_back(ms(t));
        t.start();
        store.reload();
        each.push_back(ms(t));
        if (!changed)
            std::printf("changedOnDisk() missed another store's write\n");
    }
    line("changedOnDisk(), another process wrote:", figures(checks));
    line("reload() of one job another process wrote:", figures(each));

    // Removing (what pruning and the user's Remove do) makes the other store read all ids once.
    t.start();
    other.remove({jobs.first().id});
    const double removeMs = ms(t);
    t.start();
    store.reload();
    std::printf("%-44s %.2f ms; the other store's re-read after it: %.1f ms\n", "remove one job:", removeMs, ms(t));
    std::printf("%-44s %.1f MiB (+ WAL %.1f MiB)\n", "file size:", QFileInfo(path).size() / 1048576.0,
                QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);
    return 0;
}
