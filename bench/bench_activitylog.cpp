// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// Prints how fast the activity log is: each write (its own transaction, with the prune of the bound)
// as the desktop program does it on its GUI thread, in an empty log and in a full one (maxRows rows, so
// that every write also drops one), the "did another process write?" check the window runs every
// second, reading the whole log as the window opens, and making the CSV of it (the window's Export).
// Figures, not pass/fail: `bench_activitylog [N] [FOLDER]` (default: N = ActivityLog::maxRows + 2000).

#include "jobs/ActivityLog.h"
#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

namespace {
double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

void print(const char *what, std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    double total = 0;
    for (double s : samples)
        total += s;
    const auto at = [&](double q) { return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))]; };
    std::printf("%-44s n=%-6zu p50 %.3f ms  p99 %.3f ms  max %.3f ms  total %.0f ms\n", what, samples.size(), at(0.5), at(0.99),
                samples.back(), total);
}

ActivityEntry makeEntry(int i)
{
    ActivityEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.connection = QStringLiteral("production-ap-southeast-1");
    e.operation = QStringLiteral("UploadPart");
    e.httpMethod = QStringLiteral("PUT");
    e.path = QStringLiteral("/images-bucket/golden/ubuntu-22.04.qcow2?partNumber=%1&uploadId=0000018C2F9A6B3F4E1D").arg(i % 10000 + 1);
    e.requestId = QStringLiteral("0000018C2F9A6B3F%1").arg(i, 16, 16, QLatin1Char('0'));
    e.httpStatus = 200;
    return e;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : ActivityLog::maxRows + 2000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX") : QString());
    JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
    ActivityLog log(&store);

    std::vector<double> empty, full;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        if (!log.append(makeEntry(i))) {
            std::printf("write %d failed\n", i);
            return 1;
        }
        (i < ActivityLog::maxRows ? empty : full).push_back(ms(t));
    }
    print("write one call (log filling up)", empty);
    if (!full.empty())
        print("write one call (log full: one row pruned)", full);

    std::vector<double> checks;
    for (int i = 0; i < 1000; ++i) {
        QElapsedTimer t;
        t.start();
        log.lastSeq();
        checks.push_back(ms(t));
    }
    print("did another process write? (lastSeq)", checks);

    QElapsedTimer t;
    t.start();
    const QList<ActivityEntry> all = log.entries();
    const double readMs = ms(t);
    t.restart();
    const QByteArray csv = ActivityLog::toCsv(all);
    const double csvMs = ms(t);
    std::printf("read the whole log: %lld rows in %.1f ms; CSV of them: %.1f KB in %.1f ms\n", qlonglong(all.size()), readMs,
                csv.size() / 1024.0, csvMs);
    return 0;
}
