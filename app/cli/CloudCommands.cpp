#include "CloudCommands.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"
#include "cloud/ConnectionRules.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "session/Submission.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <utility>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ims {

namespace {

// Text::tr() rather than a helper calling translate(): lupdate then files the texts under
// "CloudCommands", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CloudCommands)
};

// Connection options, each with an environment variable as its default (like OpenStack's OS_*).
struct ConnectionOptions
{
    QCommandLineOption endpoint{QStringLiteral("endpoint"), Text::tr("IMS endpoint URL [IMS_WIZARD_ENDPOINT]."), QStringLiteral("URL")};
    QCommandLineOption iamEndpoint{QStringLiteral("iam-endpoint"), Text::tr("IAM endpoint URL [IMS_WIZARD_IAM_ENDPOINT]."), QStringLiteral("URL")};
    QCommandLineOption region{QStringLiteral("region"), Text::tr("Region id, e.g. ap-southeast-1 [IMS_WIZARD_REGION]."), QStringLiteral("ID")};
    QCommandLineOption project{QStringLiteral("project"), Text::tr("Project name [IMS_WIZARD_PROJECT]."), QStringLiteral("NAME")};
    QCommandLineOption projectId{QStringLiteral("project-id"), Text::tr("Project id [IMS_WIZARD_PROJECT_ID]."), QStringLiteral("ID")};
    QCommandLineOption domain{QStringLiteral("domain"), Text::tr("Account (domain) name [IMS_WIZARD_DOMAIN]."), QStringLiteral("NAME")};
    QCommandLineOption user{QStringLiteral("user"), Text::tr("IAM user name [IMS_WIZARD_USER]."), QStringLiteral("NAME")};
    QCommandLineOption auth{QStringLiteral("auth"), Text::tr("token (password) or aksk [IMS_WIZARD_AUTH]."), QStringLiteral("MODE")};

    void addTo(QCommandLineParser &p) const { p.addOptions({endpoint, iamEndpoint, region, project, projectId, domain, user, auth}); }

    static QString value(const QCommandLineParser &p, const QCommandLineOption &o, const char *env)
    {
        return p.isSet(o) ? p.value(o) : qEnvironmentVariable(env);
    }
};

// Reads a secret from the terminal without echo; empty when there is no terminal.
QString promptSecret(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios noEcho = old;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &noEcho);
    }
    char buffer[1024] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    QString s = ok ? QString::fromLocal8Bit(buffer) : QString();
    while (s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

// Builds the connection from options and environment; secrets only from the environment or a prompt.
bool connectionFrom(const QCommandLineParser &p, const ConnectionOptions &o, ConnectionSettings *settings,
                    Credentials *credentials, QString *error)
{
    settings->imsEndpoint = QUrl(ConnectionOptions::value(p, o.endpoint, "IMS_WIZARD_ENDPOINT"));
    settings->iamEndpoint = QUrl(ConnectionOptions::value(p, o.iamEndpoint, "IMS_WIZARD_IAM_ENDPOINT"));
    settings->region = ConnectionOptions::value(p, o.region, "IMS_WIZARD_REGION");
    settings->projectName = ConnectionOptions::value(p, o.project, "IMS_WIZARD_PROJECT");
    settings->projectId = ConnectionOptions::value(p, o.projectId, "IMS_WIZARD_PROJECT_ID");
    settings->domain = ConnectionOptions::value(p, o.domain, "IMS_WIZARD_DOMAIN");
    settings->user = ConnectionOptions::value(p, o.user, "IMS_WIZARD_USER");
    const QString auth = ConnectionOptions::value(p, o.auth, "IMS_WIZARD_AUTH");
    if (auth.isEmpty() || auth == QLatin1String("token"))
        settings->auth = AuthMode::Token;
    else if (auth == QLatin1String("aksk"))
        settings->auth = AuthMode::AkSk;
    else {
        *error = Text::tr("--auth must be token or aksk, not \"%1\"").arg(auth);
        return false;
    }
    if (settings->region.isEmpty() && settings->imsEndpoint.isEmpty()) {
        *error = Text::tr("no region and no endpoint: give --region (or IMS_WIZARD_REGION) or --endpoint");
        return false;
    }
    // The desktop's rules: a URL, and https unless it is this computer (a password never goes out in clear).
    for (const auto &[option, url] : {std::pair{QStringLiteral("--endpoint"), settings->imsEndpoint},
                                      std::pair{QStringLiteral("--iam-endpoint"), settings->iamEndpoint}})
        if (!url.isEmpty())
            if (const QString problem = ConnectionRules::endpointProblem(url.toString()); !problem.isEmpty()) {
                *error = QStringLiteral("%1 %2: %3").arg(option, url.toString(), problem);
                return false;
            }
    if (settings->auth == AuthMode::Token) {
        if (settings->user.isEmpty() || settings->domain.isEmpty()) {
            *error = Text::tr("token auth needs --user and --domain (or IMS_WIZARD_USER and IMS_WIZARD_DOMAIN)");
            return false;
        }
        credentials->password = qEnvironmentVariable("IMS_WIZARD_PASSWORD");
        if (credentials->password.isEmpty())
            credentials->password = promptSecret(Text::tr("Password for %1: ").arg(settings->user));
        if (credentials->password.isEmpty()) {
            *error = Text::tr("no password: set IMS_WIZARD_PASSWORD or run in a terminal to be asked");
            return false;
        }
    } else {
        credentials->accessKey = qEnvironmentVariable("IMS_WIZARD_AK");
        credentials->secretKey = qEnvironmentVariable("IMS_WIZARD_SK");
        credentials->securityToken = qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN");
        if (credentials->accessKey.isEmpty()) {
            *error = Text::tr("AK/SK auth needs IMS_WIZARD_AK and IMS_WIZARD_SK");
            return false;
        }
        if (credentials->secretKey.isEmpty())
            credentials->secretKey = promptSecret(Text::tr("Secret key for %1: ").arg(credentials->accessKey));
        if (credentials->secretKey.isEmpty()) {
            *error = Text::tr("no secret key: set IMS_WIZARD_SK or run in a terminal to be asked");
            return false;
        }
        if (settings->projectId.isEmpty()) {
            *error = Text::tr("AK/SK auth needs the project id: --project-id or IMS_WIZARD_PROJECT_ID");
            return false;
        }
    }
    return true;
}

int fail(QTextStream &err, const QString &message, int code)
{
    err << "ims-wizard-cli: " << message << '\n';
    err.flush();
    return code;
}

void setUp(QCommandLineParser &p, const QString &description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
}

QString describe(const JobRecord &r)
{
    QString line = QStringLiteral("%1  %2  %3").arg(r.id, JobRecord::stateName(r.state), r.methodId);
    if (r.progress >= 0 && !r.isFinished())
        line += QStringLiteral("  %1%").arg(int(r.progress * 100));
    if (!r.imageIds.isEmpty())
        line += QStringLiteral("  images: %1").arg(r.imageIds.join(QLatin1String(", ")));
    if (!r.failReason.isEmpty())
        line += QStringLiteral("  reason: %1").arg(r.failReason);
    return line;
}

// The job list's troubles go to stderr as they happen: a job that could not be recorded, or a
// damaged list kept aside when it was opened.
void reportStoreErrors(const JobStore &store, JobMonitor &monitor, QTextStream &err)
{
    if (!store.openError().isEmpty())
        fail(err, store.openError(), 0);
    QObject::connect(&monitor, &JobMonitor::storeError, &monitor, [&err](const QString &message) {
        if (!message.isEmpty())
            fail(err, message, 0);
    });
}

// Follows the monitor until every job it tracks has ended; prints each ending and says whether one failed.
bool waitForAll(JobMonitor &monitor, QTextStream &out)
{
    if (monitor.activeCount() == 0)
        return false;
    bool anyFailed = false;
    QEventLoop loop;
    QObject::connect(&monitor, &JobMonitor::jobFinished, &loop, [&](const QString &id) {
        const JobRecord r = monitor.record(id);
        anyFailed = anyFailed || r.state == JobRecord::State::Fail;
        out << describe(r) << '\n';
        out.flush();
    });
    QObject::connect(&monitor, &JobMonitor::allFinished, &loop, &QEventLoop::quit);
    loop.exec();
    return anyFailed;
}

} // namespace

int runSubmitCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Send a request file to IMS and record its job."));
    ConnectionOptions connection;
    connection.addTo(p);
    const QCommandLineOption wait(QStringLiteral("wait"), Text::tr("Follow the job to SUCCESS (exit 0) or FAIL (exit 1)."));
    const QCommandLineOption newer(QStringLiteral("v2.1"), Text::tr("Use the newer /v2.1 create endpoints where a method has one."));
    p.addOptions({wait, newer});
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The request file."));
    if (!p.parse(args))
        return fail(err, p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("submit takes exactly one request file"), 2);
    QString error;
    const auto file = RequestFile::load(p.positionalArguments().first(), &error);
    if (!file)
        return fail(err, error, 2);
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        return fail(err, Text::tr("\"%1\" is not a method").arg(file->method), 1);
    const auto issues = RequestValidator::validate(*method, file->fields);
    if (hasErrors(issues)) {
        for (const auto &i : issues)
            err << "  " << i.field << ": " << i.message << '\n';
        return fail(err, Text::tr("the request is not valid; nothing was sent"), 1);
    }
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFrom(p, connection, &settings, &credentials, &error))
        return fail(err, error, 2);
    settings.useNewerCreatePaths = p.isSet(newer);

    JobStore store;
    JobMonitor monitor(&store);
    reportStoreErrors(store, monitor, err);
    monitor.setSchedule({1000, 1.5, 30000});
    Session session(settings, credentials, &monitor);

    Submission *submission = session.submit(*method, file->fields);
    QEventLoop loop;
    QObject::connect(submission, &Submission::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (submission->outcome() == Submission::Outcome::OutcomeUnknown)
        return fail(err, Text::tr("the request was sent but its outcome is unknown (%1). It was not sent again: check the console before submitting it once more. Recorded as %2.")
                             .arg(submission->error()->userMessage(), submission->recordId()), 1);
    if (submission->outcome() == Submission::Outcome::Failed)
        return fail(err, submission->error()->userMessage(), 1);
    if (submission->outcome() == Submission::Outcome::ImageCreated) {
        const QJsonObject image = submission->image();
        out << Text::tr("image %1 created (status %2)").arg(image.value(QStringLiteral("id")).toString(),
                                                      image.value(QStringLiteral("status")).toString())
            << '\n';
        out.flush();
        return 0;
    }
    const QString recordId = submission->recordId();
    out << submission->jobId() << '\n';
    out.flush();
    if (!p.isSet(wait))
        return 0;
    waitForAll(monitor, out);
    return monitor.record(recordId).state == JobRecord::State::Success ? 0 : 1;
}

int runJobCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Show the status of one job."));
    ConnectionOptions connection;
    connection.addTo(p);
    const QCommandLineOption wait(QStringLiteral("wait"), Text::tr("Follow the job to its end; exit 0 on SUCCESS, 1 on FAIL."));
    p.addOption(wait);
    p.addPositionalArgument(QStringLiteral("ID"), Text::tr("The job id."));
    if (!p.parse(args))
        return fail(err, p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("job takes exactly one job id"), 2);
    ConnectionSettings settings;
    Credentials credentials;
    QString error;
    if (!connectionFrom(p, connection, &settings, &credentials, &error))
        return fail(err, error, 2);
    ImsClient client(settings, credentials);
    const QString jobId = p.positionalArguments().first();
    auto *call = new JobStatusCall(&client, jobId);
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    loop.exec();
    if (!call->succeeded())
        return fail(err, call->error()->userMessage(), 1);
    const JobStatus status = call->status();
    if (!p.isSet(wait) || status.isFinished()) {
        out << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
        out.flush();
        return status.state == JobStatus::State::Fail ? 1 : 0;
    }
    JobStore store;
    JobMonitor monitor(&store);
    reportStoreErrors(store, monitor, err);
    monitor.setSchedule({1000, 1.5, 30000});
    monitor.follow(&client, QString());
    if (!store.contains(jobId))
        monitor.track(&client, jobId, QString(), {});
    else
        monitor.pollNow(jobId);
    monitor.resumeAll();
    waitForAll(monitor, out);
    return monitor.record(jobId).state == JobRecord::State::Success ? 0 : 1;
}

int runJobsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("List the jobs in the shared job list."));
    ConnectionOptions connection;
    connection.addTo(p);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the jobs as JSON."));
    const QCommandLineOption waitAll(QStringLiteral("wait-all"), Text::tr("Follow every unfinished job to its end."));
    p.addOptions({json, waitAll});
    if (!p.parse(args))
        return fail(err, p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    JobStore store;
    QString error = store.openError();
    if (!error.isEmpty() || !store.reload(&error))
        return fail(err, error, 2);
    bool followedFailed = false;
    if (p.isSet(waitAll)) {
        ConnectionSettings settings;
        Credentials credentials;
        if (!connectionFrom(p, connection, &settings, &credentials, &error))
            return fail(err, error, 2);
        ImsClient client(settings, credentials);
        JobMonitor monitor(&store);
        reportStoreErrors(store, monitor, err);
        monitor.setSchedule({1000, 1.5, 30000});
        monitor.follow(&client, QString()); // resumes the unfinished jobs on this endpoint
        followedFailed = waitForAll(monitor, out);
        monitor.flush();
        store.reload();
    }
    const auto records = store.records();
    if (p.isSet(json)) {
        QJsonArray list;
        for (const auto &r : records)
            list.append(r.toJson());
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &r : records)
            out << describe(r) << '\n';
    }
    out.flush();
    // With --wait-all: 1 when a job it followed to its end failed (older failures do not count).
    return followedFailed ? 1 : 0;
}

int runSandboxCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Run the local IMS/IAM sandbox in the foreground (Ctrl+C stops it)."));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Port on 127.0.0.1 (default: any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jobSeconds(QStringLiteral("job-seconds"), Text::tr("How long a job runs (default 8)."), QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"), Text::tr("Share of requests answered with 500/503/429 or dropped, 0 to 1."), QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), Text::tr("Write export IMS_WIZARD_...=... lines for a shell to this file."), QStringLiteral("F"));
    p.addOptions({port, jobSeconds, faultRate, envFile});
    if (!p.parse(args))
        return fail(err, p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    bool okPort = false, okSeconds = false, okRate = false;
    SandboxServer::Options options;
    options.port = quint16(p.value(port).toUInt(&okPort));
    options.jobSeconds = p.value(jobSeconds).toDouble(&okSeconds);
    options.faultRate = p.value(faultRate).toDouble(&okRate);
    if (!okPort || p.value(port).toUInt() > 65535)
        return fail(err, Text::tr("--port must be a number from 0 to 65535"), 2);
    if (!okSeconds || options.jobSeconds < 0)
        return fail(err, Text::tr("--job-seconds must be a number of seconds, 0 or more"), 2);
    if (!okRate || options.faultRate < 0 || options.faultRate > 1)
        return fail(err, Text::tr("--fault-rate must be a number from 0 to 1"), 2);

    SandboxServer server(options);
    if (!server.start())
        return fail(err, Text::tr("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(options.port), 1);
    const auto &a = server.account();
    const QString url = server.url().toString();
    // Sandbox jobs get a job list of their own: they die with the sandbox and must not join the
    // list of real jobs (the desktop's --sandbox does the same).
    const QString dataDir = QDir::temp().filePath(QStringLiteral("ims-wizard-sandbox-%1").arg(server.url().port()));
    const QStringList exports = {
        QStringLiteral("export IMS_WIZARD_DATA_DIR=%1").arg(dataDir),
        QStringLiteral("export IMS_WIZARD_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_IAM_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_REGION=%1").arg(a.region),
        QStringLiteral("export IMS_WIZARD_PROJECT=%1").arg(a.projectName),
        QStringLiteral("export IMS_WIZARD_PROJECT_ID=%1").arg(a.projectId),
        QStringLiteral("export IMS_WIZARD_DOMAIN=%1").arg(a.domain),
        QStringLiteral("export IMS_WIZARD_USER=%1").arg(a.user),
        QStringLiteral("export IMS_WIZARD_PASSWORD=%1").arg(a.password),
        QStringLiteral("export IMS_WIZARD_AK=%1").arg(a.accessKey),
        QStringLiteral("export IMS_WIZARD_SK=%1").arg(a.secretKey),
    };
    if (p.isSet(envFile)) {
        QSaveFile f(p.value(envFile));
        if (!f.open(QIODevice::WriteOnly) || f.write(exports.join(QLatin1Char('\n')).toUtf8() + '\n') < 0 || !f.commit())
            return fail(err, Text::tr("cannot write %1: %2").arg(p.value(envFile), f.errorString()), 1);
        QFile::setPermissions(p.value(envFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    out << Text::tr("IMS Wizard sandbox listening on %1 (jobs take %2 s, fault rate %3)")
               .arg(url).arg(options.jobSeconds).arg(options.faultRate)
        << '\n'
        << Text::tr("Demo account (sandbox only): domain %1, user %2, password %3, project %4 (%5), AK %6, SK %7")
               .arg(a.domain, a.user, a.password, a.projectName, a.projectId, a.accessKey, a.secretKey)
        << '\n';
    if (p.isSet(envFile))
        out << Text::tr("Run '. %1' to point ims-wizard-cli at it.").arg(p.value(envFile)) << '\n';
    out.flush();
    // Ctrl+C and SIGTERM end the event loop cleanly.
    static int pipeFds[2];
    if (::pipe(pipeFds) == 0) {
        auto handler = [](int) { [[maybe_unused]] auto n = ::write(pipeFds[1], "x", 1); };
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
        auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    }
    return QCoreApplication::exec();
}

} // namespace ims
