// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The HTTP client as the job poller uses it (ImsClient, JobStatusCall, one QNetworkAccessManager,
// AK/SK signing) against a server nobody here wrote: `bench_http URL_BASE COUNT PARALLEL` sends COUNT
// job queries, PARALLEL at once (the poller's cap on requests in flight), to URL_BASE (nginx on
// loopback answering every path with one job answer) and prints one line:
//   requests=N seconds=S per_second=R cpu_us_per_request=C failed=F protocol=http1.1|http2|mixed
// bench/run runs `curl --parallel` over the same URLs next to it.

#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/JobStatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <cstdio>
#include <functional>

#include <sys/resource.h>

using namespace ims;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The id of job i, as bench/run writes it into curl's URL list.
QString jobId(int i)
{
    return QStringLiteral("ff8080814dbd65d7014dbe%1").arg(i, 10, 10, QLatin1Char('0'));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_http URL_BASE COUNT PARALLEL [CA_FILE]\n");
        return 2;
    }
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const int count = std::max(1, atoi(argv[2]));
    const int parallel = std::max(1, atoi(argv[3]));

    ConnectionSettings settings;
    settings.name = QStringLiteral("bench");
    settings.region = QStringLiteral("bench-1");
    settings.imsEndpoint = settings.iamEndpoint = base;
    settings.projectId = QStringLiteral("5a3314075bfa49b9ae360f4ecd333695");
    settings.auth = AuthMode::AkSk;
    settings.accessKey = QStringLiteral("BENCHACCESSKEY000001");
    settings.proxy = ConnectionSettings::Proxy::None;
    if (argc > 4) // an https URL_BASE whose certificate a CA made for the bench signed: trusted as a user's CA file
        settings.caFile = QString::fromLocal8Bit(argv[4]);
    ImsClient client(settings, {QString(), settings.accessKey, QStringLiteral("bench-secret"), QString()});

    // Which protocol the answers came over, as Qt reports it (HTTP/2 is Qt 6's default for https
    // where the server offers it by ALPN).
    int overHttp2 = 0;
    QObject::connect(client.network(), &QNetworkAccessManager::finished, &app, [&](QNetworkReply *reply) {
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            ++overHttp2;
    });

    int next = 0, done = 0, failed = 0;
    QElapsedTimer clock;
    std::function<void()> launch = [&] {
        auto *call = new JobStatusCall(&client, jobId(next++));
        QObject::connect(call, &ApiCall::finished, &app, [&, call] {
            ++done;
            if (!call->succeeded() || call->status().state != JobStatus::State::Success)
                ++failed;
            call->deleteLater(); // as JobMonitor does: 20,000 calls kept until the end are not the poller's cost
            if (next < count)
                launch();
            else if (done == count)
                app.quit();
        });
        call->start();
    };
    const double cpu0 = cpuSeconds();
    clock.start();
    for (int i = 0; i < std::min(parallel, count); ++i)
        launch();
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    std::printf("requests=%d seconds=%.3f per_second=%.0f cpu_us_per_request=%.1f failed=%d protocol=%s\n", done,
                seconds, done / seconds, cpu * 1e6 / done, failed,
                overHttp2 == done ? "http2" : overHttp2 == 0 ? "http1.1" : "mixed");
    return failed ? 1 : 0;
}
