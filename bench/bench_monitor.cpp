// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The desktop program following many jobs: its main window (wizard, Jobs dock, monitor) connected to a
// sandbox in another process (`ims-wizard-cli sandbox`), so that the figures are the client's alone.
//   bench_monitor URL follow N      N jobs created, then followed to their end with the sandbox's
//                                   schedule: client CPU per poll, polls, peak RSS, and the longest time
//                                   the GUI thread was away from its event loop while the dock showed
//                                   the changes (a frame at 60 Hz is 16 ms); also the GUI thread's own
//                                   CPU per poll (the program's code, without Qt's network thread)
//   bench_monitor URL hour FINISHED RUNNING
//                                   FINISHED finished and RUNNING running jobs in the list, polled as
//                                   much as an hour of the cloud schedule (3 s, x1.5, at most 60 s) asks
//                                   for, compressed in time: peak RSS afterwards
// Prints one line of key=value figures. IMS_WIZARD_DATA_DIR must name an empty folder.

#include "MainWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>

#include <sys/resource.h>
#include <time.h>

using namespace ims;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLong();
    return -1;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Polls per job in an hour of the cloud schedule (JobMonitor's default PollSchedule).
int pollsInAnHour()
{
    const PollSchedule s;
    double t = 0, delay = s.firstMs;
    int polls = 0;
    while (t + delay <= 3600 * 1000.0) {
        t += delay;
        ++polls;
        delay = std::min(delay * s.growth, double(s.maxMs));
    }
    return polls;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_monitor URL follow N | bench_monitor URL hour FINISHED RUNNING\n");
        return 2;
    }
    const QUrl url(QString::fromLocal8Bit(argv[1]));
    const bool hour = qstrcmp(argv[2], "hour") == 0;
    const int finishedJobs = hour ? atoi(argv[3]) : 0;
    const int runningJobs = hour ? (argc > 4 ? atoi(argv[4]) : 100) : atoi(argv[3]);

    const SandboxServer::Account account;
    ConnectionSettings settings;
    settings.name = QStringLiteral("bench");
    settings.region = account.region;
    settings.imsEndpoint = settings.iamEndpoint = url;
    settings.projectId = account.projectId;
    settings.auth = AuthMode::AkSk;
    settings.accessKey = account.accessKey;
    settings.proxy = ConnectionSettings::Proxy::None;
    const Credentials credentials{QString(), account.accessKey, account.secretKey, QString()};

    // The list as the program finds it at start: finished jobs, and running ones made on the sandbox.
    QList<JobRecord> records;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < finishedJobs; ++i) {
        JobRecord r;
        r.id = r.jobId = QStringLiteral("ff8080814dbd65d7014dbe%1").arg(i, 10, 10, QLatin1Char('0'));
        r.methodId = QStringLiteral("file-system");
        r.imageName = QStringLiteral("image-%1").arg(i);
        r.connection = settings.name;
        r.endpoint = url.toString();
        r.region = settings.region;
        r.projectId = settings.projectId;
        r.submittedAt = now.addSecs(-3600 - i);
        r.updatedAt = r.finishedAt = now.addSecs(-i);
        r.state = JobRecord::State::Success;
        r.progress = 1;
        r.imageIds = {QStringLiteral("7f5b7e30-3bb5-4d4f-9a2c-%1").arg(i, 12, 10, QLatin1Char('0'))};
        records << r;
    }
    {
        QString error;
        const auto example = RequestFile::load(QStringLiteral(":/data/examples/ecs-system.json"), &error);
        ImsClient client(settings, credentials);
        int made = 0, failed = 0;
        QEventLoop loop;
        std::function<void()> create = [&] {
            auto *call = new CreateImageCall(&client, *Catalogue::instance().method(QStringLiteral("ecs-system")),
                                             example ? example->fields : QJsonObject());
            QObject::connect(call, &ApiCall::finished, &loop, [&, call] {
                if (call->succeeded()) {
                    JobRecord r;
                    r.id = r.jobId = call->jobId();
                    r.methodId = QStringLiteral("ecs-system");
                    r.imageName = QStringLiteral("running-%1").arg(made);
                    r.connection = settings.name;
                    r.endpoint = url.toString();
                    r.region = settings.region;
                    r.projectId = settings.projectId;
                    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
                    r.state = JobRecord::State::Running;
                    records << r;
                } else {
                    ++failed;
                }
                if (++made == runningJobs)
                    loop.quit();
                else
                    create();
            });
            call->start();
        };
        create();
        loop.exec();
        if (failed) {
            std::fprintf(stderr, "bench_monitor: %d of %d creates failed\n", failed, runningJobs);
            return 1;
        }
        JobStore store;
        if (!store.save(records, &error)) {
            std::fprintf(stderr, "bench_monitor: %s\n", qPrintable(error));
            return 1;
        }
    }

    const long rssBeforeWindow = statusKiB("VmRSS:");
    MainWindow window;
    window.resize(1280, 800);
    if (!window.useConnection(settings, credentials))
        return 1;
    window.show();
    JobMonitor *monitor = window.monitor();
    const int pollsWanted = hour ? runningJobs * pollsInAnHour() : 0;
    if (hour) // an hour of polls, as fast as the loop takes them
        monitor->setSchedule({20, 1.0, 20});
    else // the sandbox's schedule (MainWindow::useSandbox): its jobs last seconds
        monitor->setSchedule({1000, 1.3, 5000});
    monitor->syncWithStore();

    // The longest the GUI thread stayed away from its event loop: a 4 ms timer that notes its lateness,
    // in wall time and in the thread's own CPU time (on a loaded machine the wall time includes waits for
    // a CPU, which are not the program's work).
    QElapsedTimer sinceTick;
    double lastCpuMs = -1;
    double worstFrameMs = 0, worstBusyMs = 0;
    int framesOver16 = 0, busyOver16 = 0;
    QTimer frame;
    frame.setInterval(4);
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        const double cpuMs = threadCpuMs();
        if (sinceTick.isValid()) {
            const double gap = sinceTick.nsecsElapsed() / 1e6;
            worstFrameMs = std::max(worstFrameMs, gap);
            framesOver16 += gap > 16 ? 1 : 0;
            worstBusyMs = std::max(worstBusyMs, cpuMs - lastCpuMs);
            busyOver16 += cpuMs - lastCpuMs > 16 ? 1 : 0;
        }
        lastCpuMs = cpuMs;
        sinceTick.start();
    });
    frame.start();

    const double cpu0 = cpuSeconds();
    const double guiCpu0Ms = threadCpuMs();
    const int polls0 = monitor->pollCount();
    QElapsedTimer clock;
    clock.start();
    double cpu = 0, guiCpuMs = 0, seconds = 0;
    int polls = 0;
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, &app, [&] {
        const bool done = hour ? monitor->pollCount() - polls0 >= pollsWanted : monitor->activeCount() == 0;
        if (!done && clock.elapsed() <= 600000)
            return;
        // The figures end here, before quit(): Qt 6's quit() closes the window at once (MainWindow's
        // closeEvent saves its settings, layouts and the list: 33-38 ms of CPU), which the frame timer
        // counted as the longest frame of the follow although no job was followed any more.
        cpu = cpuSeconds() - cpu0;
        guiCpuMs = threadCpuMs() - guiCpu0Ms;
        polls = monitor->pollCount() - polls0;
        seconds = clock.elapsed() / 1000.0;
        frame.stop();
        check.stop();
        app.quit();
    });
    check.start();
    app.exec();
    int unfinished = 0;
    for (const JobRecord &r : JobStore().records())
        unfinished += r.isFinished() ? 0 : 1;
    std::printf("jobs=%d polls=%d seconds=%.1f cpu_us_per_poll=%.1f gui_cpu_us_per_poll=%.1f rss_start_kib=%ld rss_peak_kib=%ld "
                "worst_frame_ms=%.1f frames_over_16ms=%d worst_busy_ms=%.1f busy_over_16ms=%d unfinished=%d\n",
                finishedJobs + runningJobs, polls, seconds, polls ? cpu * 1e6 / polls : 0.0,
                polls ? guiCpuMs * 1e3 / polls : 0.0,
                rssBeforeWindow, statusKiB("VmHWM:"), worstFrameMs, framesOver16, worstBusyMs, busyOver16,
                hour ? 0 : unfinished);
    return 0;
}
