// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "CloudCommands.h"

#include "CommandHelp.h"

#include "ExitStatus.h"
#include "JobWaiter.h"
#include "KeychainToken.h"
#include "OutputFormat.h"
#include "BatchSubmit.h"
#include "batch/BatchInput.h"
#include "batch/BatchRunner.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"
#include "cloud/AccountCalls.h"
#include "cloud/ConnectionRules.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/TokenProvider.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "profiles/ConnectionStore.h"
#include "secrets/SecretStore.h"
#include "sandbox/SandboxObsServer.h"
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
#include <memory>
#include <optional>
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

    QCommandLineOption connection{QStringLiteral("connection"), Text::tr("A connection saved by the desktop program; the options above override its settings [IMS_WIZARD_CONNECTION]."), QStringLiteral("NAME")};

    void addTo(QCommandLineParser &p) const { p.addOptions({connection, endpoint, iamEndpoint, region, project, projectId, domain, user, auth}); }

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

// The connection's settings (no secret): a saved connection of the desktop program when --connection
// or IMS_WIZARD_CONNECTION names one, with each option or environment variable given overriding its
// single setting.
bool settingsFrom(const QCommandLineParser &p, const ConnectionOptions &o, ConnectionSettings *settings, QString *error)
{
    const QString name = ConnectionOptions::value(p, o.connection, "IMS_WIZARD_CONNECTION");
    if (!name.isEmpty()) {
        ConnectionStore store;
        QString problem;
        if (!store.load(&problem)) {
            *error = Text::tr("cannot read the saved connections (%1): %2").arg(store.path(), problem);
            return false;
        }
        const auto saved = store.find(name);
        if (!saved) {
            const QStringList names = store.names();
            *error = names.isEmpty() ? Text::tr("no saved connection \"%1\": the desktop program has saved none").arg(name)
                                     : Text::tr("no saved connection \"%1\"; the saved ones are: %2").arg(name, names.join(QLatin1String(", ")));
            return false;
        }
        *settings = *saved;
    }
    auto pick = [&](const QCommandLineOption &option, const char *env, const QString &saved) {
        const QString v = ConnectionOptions::value(p, option, env);
        return v.isEmpty() ? saved : v;
    };
    settings->imsEndpoint = QUrl(pick(o.endpoint, "IMS_WIZARD_ENDPOINT", settings->imsEndpoint.toString()));
    settings->iamEndpoint = QUrl(pick(o.iamEndpoint, "IMS_WIZARD_IAM_ENDPOINT", settings->iamEndpoint.toString()));
    settings->region = pick(o.region, "IMS_WIZARD_REGION", settings->region);
    // The account's other services (listings, pickers): from the environment, like a private
    // cloud's or the sandbox's (its --env-file writes them); empty = the region's default.
    if (const QString url = qEnvironmentVariable("IMS_WIZARD_ECS_ENDPOINT"); !url.isEmpty())
        settings->ecsEndpoint = QUrl(url);
    if (const QString url = qEnvironmentVariable("IMS_WIZARD_EVS_ENDPOINT"); !url.isEmpty())
        settings->evsEndpoint = QUrl(url);
    if (const QString url = qEnvironmentVariable("IMS_WIZARD_OBS_ENDPOINT"); !url.isEmpty())
        settings->obsEndpoint = QUrl(url);
    if (const QString url = qEnvironmentVariable("IMS_WIZARD_KMS_ENDPOINT"); !url.isEmpty())
        settings->kmsEndpoint = QUrl(url);
    if (const QString url = qEnvironmentVariable("IMS_WIZARD_EPS_ENDPOINT"); !url.isEmpty())
        settings->epsEndpoint = QUrl(url);
    settings->projectName = pick(o.project, "IMS_WIZARD_PROJECT", settings->projectName);
    settings->projectId = pick(o.projectId, "IMS_WIZARD_PROJECT_ID", settings->projectId);
    settings->domain = pick(o.domain, "IMS_WIZARD_DOMAIN", settings->domain);
    settings->user = pick(o.user, "IMS_WIZARD_USER", settings->user);
    if (const QString ak = qEnvironmentVariable("IMS_WIZARD_AK"); !ak.isEmpty())
        settings->accessKey = ak;
    const QString auth = ConnectionOptions::value(p, o.auth, "IMS_WIZARD_AUTH");
    if (auth == QLatin1String("token")) {
        settings->auth = AuthMode::Token;
    } else if (auth == QLatin1String("aksk")) {
        settings->auth = AuthMode::AkSk;
    } else if (!auth.isEmpty()) {
        *error = Text::tr("--auth must be token or aksk, not \"%1\"").arg(auth);
        return false;
    }
    if (settings->region.isEmpty() && settings->imsEndpoint.isEmpty()) {
        *error = Text::tr("no region and no endpoint: give --region (or IMS_WIZARD_REGION), --endpoint or --connection");
        return false;
    }
    // The desktop's rules: a URL, and https unless it is this computer (a password never goes out in clear).
    for (const auto &[option, url] : {std::pair{QStringLiteral("--endpoint"), settings->imsEndpoint},
                                      std::pair{QStringLiteral("--iam-endpoint"), settings->iamEndpoint},
                                      std::pair{QStringLiteral("IMS_WIZARD_ECS_ENDPOINT"), settings->ecsEndpoint},
                                      std::pair{QStringLiteral("IMS_WIZARD_EVS_ENDPOINT"), settings->evsEndpoint},
                                      std::pair{QStringLiteral("IMS_WIZARD_OBS_ENDPOINT"), settings->obsEndpoint},
                                      std::pair{QStringLiteral("IMS_WIZARD_KMS_ENDPOINT"), settings->kmsEndpoint},
                                      std::pair{QStringLiteral("IMS_WIZARD_EPS_ENDPOINT"), settings->epsEndpoint}})
        if (!url.isEmpty())
            if (const QString problem = ConnectionRules::endpointProblem(url.toString()); !problem.isEmpty()) {
                *error = QStringLiteral("%1 %2: %3").arg(option, url.toString(), problem);
                return false;
            }
    return true;
}

// A secret of a saved connection from the desktop program's keychain entry; empty when there is none
// (or no keychain). SecretStore answers asynchronously: a local event loop waits for it.
QString keychainSecret(const QString &connection, SecretStore::Kind kind)
{
    if (connection.isEmpty())
        return {};
    SecretStore secrets;
    QString secret;
    bool answered = false;
    QEventLoop loop;
    secrets.read(connection, kind, [&](const SecretStore::Result &r) {
        secret = r.ok ? r.secret : QString();
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return secret;
}

// Builds the connection from options, environment and a saved connection; secrets from the
// environment, then the keychain (a saved connection's), then a prompt - never from an option.
bool connectionFrom(const QCommandLineParser &p, const ConnectionOptions &o, ConnectionSettings *settings,
                    Credentials *credentials, QString *error)
{
    if (!settingsFrom(p, o, settings, error))
        return false;
    const QString saved = ConnectionOptions::value(p, o.connection, "IMS_WIZARD_CONNECTION");
    if (settings->auth == AuthMode::Token) {
        if (settings->user.isEmpty() || settings->domain.isEmpty()) {
            *error = Text::tr("token auth needs --user and --domain (or IMS_WIZARD_USER and IMS_WIZARD_DOMAIN)");
            return false;
        }
        credentials->password = qEnvironmentVariable("IMS_WIZARD_PASSWORD");
        if (credentials->password.isEmpty())
            credentials->password = keychainSecret(saved, SecretStore::Kind::Password);
        if (credentials->password.isEmpty())
            credentials->password = promptSecret(Text::tr("Password for %1: ").arg(settings->user));
        if (credentials->password.isEmpty()) {
            *error = Text::tr("no password: set IMS_WIZARD_PASSWORD, save it with the connection, or run in a terminal to be asked");
            return false;
        }
    } else {
        credentials->accessKey = settings->accessKey;
        credentials->secretKey = qEnvironmentVariable("IMS_WIZARD_SK");
        credentials->securityToken = qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN");
        if (credentials->accessKey.isEmpty()) {
            *error = Text::tr("AK/SK auth needs IMS_WIZARD_AK and IMS_WIZARD_SK");
            return false;
        }
        if (credentials->secretKey.isEmpty()) {
            credentials->secretKey = keychainSecret(saved, SecretStore::Kind::SecretKey);
            if (credentials->securityToken.isEmpty() && !credentials->secretKey.isEmpty())
                credentials->securityToken = keychainSecret(saved, SecretStore::Kind::SecurityToken);
        }
        if (credentials->secretKey.isEmpty())
            credentials->secretKey = promptSecret(Text::tr("Secret key for %1: ").arg(credentials->accessKey));
        if (credentials->secretKey.isEmpty()) {
            *error = Text::tr("no secret key: set IMS_WIZARD_SK, save it with the connection, or run in a terminal to be asked");
            return false;
        }
        if (settings->projectId.isEmpty()) {
            *error = Text::tr("AK/SK auth needs the project id: --project-id or IMS_WIZARD_PROJECT_ID");
            return false;
        }
    }
    return true;
}

} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    ConnectionOptions().addTo(parser);
}

bool connectionFromParser(const QCommandLineParser &parser, ConnectionSettings *settings, Credentials *credentials, QString *error)
{
    return connectionFrom(parser, ConnectionOptions(), settings, credentials, error);
}

namespace {

int fail(QTextStream &err, const QString &message, int code)
{
    return reportFailure(err, QString(), message, code);
}

void setUp(QCommandLineParser &p, const QString &description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
}

QString describe(const JobRecord &r)
{
    QString line = QStringLiteral("%1  %2  %3").arg(r.id, JobRecord::stateName(r.state), r.methodId.isEmpty() ? QStringLiteral("-") : r.methodId);
    if (r.progress >= 0 && !r.isFinished())
        line += QStringLiteral("  %1%").arg(int(r.progress * 100));
    if (!r.imageIds.isEmpty())
        line += QStringLiteral("  images: %1").arg(r.imageIds.join(QLatin1String(", ")));
    if (!r.failReason.isEmpty())
        line += QStringLiteral("  reason: %1").arg(r.failReason);
    if (!r.lastPollError.isEmpty())
        line += QStringLiteral("  error: %1").arg(r.lastPollError);
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

// Aligned columns with a header (-o table).
void printTable(QTextStream &out, const QList<JobRecord> &records)
{
    const QStringList header{Text::tr("ID"), Text::tr("STATE"), Text::tr("METHOD"), Text::tr("PROGRESS"), Text::tr("IMAGES"), Text::tr("SUBMITTED")};
    QList<QStringList> rows{header};
    for (const auto &r : records)
        rows.append({r.id, JobRecord::stateName(r.state), r.methodId.isEmpty() ? QStringLiteral("-") : r.methodId,
                     r.progress >= 0 ? QStringLiteral("%1%").arg(int(r.progress * 100)) : QStringLiteral("-"),
                     r.imageIds.isEmpty() ? QStringLiteral("-") : r.imageIds.join(QLatin1Char(',')),
                     r.submittedAt.isValid() ? r.submittedAt.toString(Qt::ISODate) : QStringLiteral("-")});
    QList<int> widths(header.size(), 0);
    for (const auto &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    for (const auto &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

// Prints records in the chosen format: JSON is one document (an object for `single`, else an array).
void printRecords(QTextStream &out, const OutputFormat &format, const QList<JobRecord> &records, bool single)
{
    if (format.format() == OutputFormat::Json) {
        if (single && records.size() == 1) {
            out << QJsonDocument(records.first().toJson()).toJson(QJsonDocument::Indented);
        } else {
            QJsonArray list;
            for (const auto &r : records)
                list.append(r.toJson());
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        }
    } else if (format.format() == OutputFormat::Table) {
        printTable(out, records);
    } else {
        for (const auto &r : records)
            out << describe(r) << '\n';
    }
    out.flush();
}

// --timeout SECONDS, shared by every wait.
QCommandLineOption timeoutOption()
{
    return {QStringLiteral("timeout"), Text::tr("Give up waiting after this many seconds (exit 5); the job goes on."), QStringLiteral("SECONDS")};
}

bool readTimeout(const QCommandLineParser &p, double *seconds, QString *error)
{
    *seconds = 0;
    if (!p.isSet(QStringLiteral("timeout")))
        return true;
    bool ok = false;
    *seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || *seconds <= 0) {
        *error = Text::tr("--timeout must be a number of seconds above 0");
        return false;
    }
    return true;
}

// How submit, job and jobs begin: the arguments, --help, the output format and --timeout. Returns the
// exit status when the command is over already (help shown, or wrong usage said).
std::optional<int> startWaitingCommand(QCommandLineParser &p, const QStringList &args, OutputFormat &format, double *timeoutSecs,
                                       QTextStream &out, QTextStream &err)
{
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return ExitOk;
    }
    QString error;
    if (!format.read(p, &error) || !readTimeout(p, timeoutSecs, &error))
        return fail(err, error, ExitUsage);
    return std::nullopt;
}

// Follows `ids` to their end, printing each as it ends (text) or all at the end (json, table).
int waitFor(JobWaiter &waiter, const QStringList &ids, const OutputFormat &format, QTextStream &out, QTextStream &err,
            QList<JobRecord> *ended = nullptr)
{
    QList<JobRecord> done;
    const int status = waiter.wait(ids, [&](const JobRecord &r) {
        done.append(r);
        if (format.format() == OutputFormat::Text) {
            out << describe(r) << '\n';
            out.flush();
        }
    });
    if (format.format() != OutputFormat::Text) {
        // One document at the end, holding where every job got to (ended or not).
        QList<JobRecord> all;
        for (const auto &id : ids)
            all.append(waiter.record(id));
        printRecords(out, format, all, ids.size() == 1);
    }
    if (ended)
        *ended = done;
    if (!waiter.message().isEmpty())
        fail(err, waiter.message(), status);
    return status;
}

JobWaiter *newWaiter(ImsClient *client, JobStore *store, double timeoutSecs)
{
    auto *waiter = new JobWaiter(client, store, client);
    waiter->setSchedule(1000, 1.5, 30000);
    waiter->setTimeoutSeconds(timeoutSecs);
    return waiter;
}

// The unknown-outcome message. Not the error's own text: "could not be reached" would be wrong, the
// request did reach the service before the connection broke or the answer was late.
QString outcomeUnknownMessage(const Submission &s)
{
    const std::optional<ApiError> &e = s.error();
    QString why = e && (e->kind() == ApiError::Kind::Timeout || e->kind() == ApiError::Kind::Network)
                      ? (e->kind() == ApiError::Kind::Timeout ? Text::tr("no answer came in time")
                                                               : Text::tr("the connection closed before the answer came"))
                      : (e ? e->userMessage() : QString());
    if (e && !e->requestId().isEmpty() && !why.contains(e->requestId()))
        why += QStringLiteral("; Request ID: %1").arg(e->requestId());
    return Text::tr("the request was sent but its outcome is unknown (%1). It may have created the image: look in the "
                    "console or run 'ims-wizard-cli jobs' before sending it again. Recorded as %2.")
        .arg(why, s.recordId());
}

void printIssues(QTextStream &err, const QList<ValidationIssue> &issues)
{
    for (const auto &i : issues)
        if (i.isError() || !OutputFormat::quiet())
            err << "  " << (i.isError() ? Text::tr("error") : Text::tr("warning")) << "  " << i.field << ": " << i.message << '\n';
    err.flush();
}

// `submit --batch`: reads and checks every row, then sends the valid ones (BatchSubmit prints them).
int runBatchSubmit(const QCommandLineParser &p, const ConnectionOptions &connection, const QString &path, const QString &method,
                   const QString &maxInFlightText, const QString &maxRunningText, bool wait, bool newer, const OutputFormat &format,
                   QTextStream &out, QTextStream &err)
{
    if (!p.positionalArguments().isEmpty())
        return fail(err, Text::tr("submit --batch takes no request file besides the batch"), ExitUsage);
    if (p.isSet(QStringLiteral("dry-run")))
        return fail(err, Text::tr("--dry-run is for one request; 'ims-wizard-cli validate' checks files one by one"), ExitUsage);
    bool okInFlight = false, okRunning = false;
    const int maxInFlight = maxInFlightText.toInt(&okInFlight);
    const int maxRunning = maxRunningText.toInt(&okRunning);
    if (!okInFlight || maxInFlight < 1 || maxInFlight > 64)
        return fail(err, Text::tr("--max-in-flight must be a number from 1 to 64"), ExitUsage);
    if (!okRunning || maxRunning < 1)
        return fail(err, Text::tr("--max-running must be a number, 1 or more"), ExitUsage);
    QString error;
    const auto input = BatchInput::read(path, method, &error);
    if (!input)
        return fail(err, error, ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFrom(p, connection, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    settings.useNewerCreatePaths = newer;
    JobStore store;
    JobMonitor monitor(&store);
    reportStoreErrors(store, monitor, err);
    monitor.setSchedule({1000, 1.5, 30000});
    Session session(settings, credentials, &monitor);
    const KeychainToken keptToken(session.client());
    BatchRunner runner(&session, &store, *input);
    runner.setMaxInFlight(maxInFlight);
    runner.setMaxRunning(maxRunning);
    const int status = BatchSubmit::run(runner, wait, format, out, err);
    monitor.flush();
    return status;
}

} // namespace

int runPreviewCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Show the exact HTTP request a request file makes (secrets masked)."));
    ConnectionOptions connection;
    connection.addTo(p);
    OutputFormat format;
    format.addTo(p);
    const QCommandLineOption newer(QStringLiteral("v2.1"), Text::tr("Use the newer /v2.1 create endpoints where a method has one."));
    p.addOption(newer);
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The request file, or - for standard input."));
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        return ExitOk;
    }
    QString error;
    if (!format.read(p, &error))
        return fail(err, error, ExitUsage);
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("preview takes exactly one request file"), ExitUsage);
    const QString path = p.positionalArguments().first();
    // With --json every outcome is one JSON document, as validate --json gives.
    auto refuse = [&](const QString &message, const QList<ValidationIssue> &issues, int status) {
        if (format.json()) {
            QJsonArray list;
            for (const auto &i : issues)
                list.append(QJsonObject{{QStringLiteral("field"), i.field},
                                        {QStringLiteral("message"), i.message},
                                        {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("error"), message}, {QStringLiteral("issues"), list}})
                       .toJson(QJsonDocument::Indented);
            out.flush();
        }
        printIssues(err, issues);
        return fail(err, message, status);
    };
    const auto file = RequestFile::load(path, &error);
    if (!file)
        return refuse(error, {}, ExitUsage);
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        return refuse(Text::tr("\"%1\" is not a method; the methods are: %2")
                          .arg(file->method, Catalogue::instance().methodIds().join(QLatin1String(", "))),
                      {}, ExitUsage);
    const auto issues = RequestValidator::validate(*method, file->fields);
    if (hasErrors(issues))
        return refuse(Text::tr("%1: not valid, nothing to preview").arg(path == QLatin1String("-") ? Text::tr("standard input") : path), issues, ExitFailed);
    printIssues(err, issues);

    ConnectionSettings settings;
    PreparedRequest r;
    const bool haveConnection = p.isSet(connection.auth) || p.isSet(connection.endpoint) || p.isSet(connection.region)
                                || !qEnvironmentVariable("IMS_WIZARD_AUTH").isEmpty() || !qEnvironmentVariable("IMS_WIZARD_ENDPOINT").isEmpty()
                                || !qEnvironmentVariable("IMS_WIZARD_REGION").isEmpty();
    if (haveConnection) {
        if (!settingsFrom(p, connection, &settings, &error))
            return fail(err, error, ExitUsage);
        settings.useNewerCreatePaths = p.isSet(newer);
        // The headers this connection sends (token, or AK/SK signature), masked: no secret is needed
        // to show them, so none is asked for.
        Credentials credentials;
        credentials.accessKey = qEnvironmentVariable("IMS_WIZARD_AK");
        if (credentials.accessKey.isEmpty())
            credentials.accessKey = QStringLiteral("ACCESS_KEY");
        credentials.secretKey = QStringLiteral("masked");
        credentials.securityToken = qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN");
        Session session(settings, credentials, nullptr);
        r = session.prepare(*method, file->fields);
    } else {
        r = RequestBuilder::prepare(*method, file->fields, {QString(), p.isSet(newer)});
    }
    if (format.json()) {
        QJsonObject headers;
        for (const auto &h : r.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(r.verb)},
                      {QStringLiteral("path"), r.path},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), r.body}};
        if (!r.baseUrl.isEmpty())
            o.insert(QStringLiteral("url"), r.url());
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << r.verb << ' ' << (r.baseUrl.isEmpty() ? r.path : r.url()) << '\n';
        for (const auto &h : r.headers)
            out << h.first << ": " << h.second << '\n';
        out << '\n' << r.prettyBody << '\n';
    }
    out.flush();
    return ExitOk;
}

int runSubmitCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Send a request file to IMS and record its job."));
    ConnectionOptions connection;
    connection.addTo(p);
    OutputFormat format;
    format.addTo(p);
    const QCommandLineOption wait(QStringLiteral("wait"), Text::tr("Follow the job to SUCCESS (exit 0) or FAIL (exit 1)."));
    const QCommandLineOption newer(QStringLiteral("v2.1"), Text::tr("Use the newer /v2.1 create endpoints where a method has one."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("Sign in, check the request and show it; send nothing."));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Text::tr("Send many: a folder of request files or a CSV file (a header row of field names, one image "
                                            "per row, {row} in a value becomes the row's number). Running it again resumes it."),
                                   QStringLiteral("DIR|FILE.csv"));
    const QCommandLineOption maxInFlight(QStringLiteral("max-in-flight"),
                                         Text::tr("--batch: at most N create calls at once (default %1).").arg(BatchRunner::defaultMaxInFlight),
                                         QStringLiteral("N"), QString::number(BatchRunner::defaultMaxInFlight));
    const QCommandLineOption maxRunning(QStringLiteral("max-running"),
                                        Text::tr("--batch: at most N of its jobs unfinished at once (default %1).").arg(BatchRunner::defaultMaxRunning),
                                        QStringLiteral("N"), QString::number(BatchRunner::defaultMaxRunning));
    const QCommandLineOption batchMethod(QStringLiteral("method"), Text::tr("--batch: the method of CSV rows that name none."),
                                         QStringLiteral("ID"));
    p.addOptions({wait, newer, dryRun, timeoutOption(), batch, maxInFlight, maxRunning, batchMethod});
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The request file, or - for standard input."));
    double timeoutSecs = 0;
    if (const auto done = startWaitingCommand(p, args, format, &timeoutSecs, out, err))
        return *done;
    QString error;
    if (p.isSet(batch))
        return runBatchSubmit(p, connection, p.value(batch), p.value(batchMethod), p.value(maxInFlight), p.value(maxRunning), p.isSet(wait),
                              p.isSet(newer), format, out, err);
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("submit takes exactly one request file"), ExitUsage);
    const auto file = RequestFile::load(p.positionalArguments().first(), &error);
    if (!file)
        return fail(err, error, ExitUsage);
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        return fail(err, Text::tr("\"%1\" is not a method; the methods are: %2")
                             .arg(file->method, Catalogue::instance().methodIds().join(QLatin1String(", "))),
                    ExitUsage);
    const auto issues = RequestValidator::validate(*method, file->fields);
    // The warnings validate shows, before anything is sent.
    printIssues(err, issues);
    if (hasErrors(issues))
        return fail(err, Text::tr("the request is not valid; nothing was sent"), ExitFailed);
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFrom(p, connection, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    settings.useNewerCreatePaths = p.isSet(newer);

    JobStore store;
    JobMonitor monitor(&store);
    reportStoreErrors(store, monitor, err);
    monitor.setSchedule({1000, 1.5, 30000});
    Session session(settings, credentials, &monitor);
    const KeychainToken keptToken(session.client());

    if (p.isSet(dryRun)) {
        // Signs in (a token, where the connection uses one) so that a wrong password shows now.
        if (settings.auth == AuthMode::Token) {
            std::optional<ApiError> signInError;
            QEventLoop loop;
            session.client()->tokens()->withToken(&loop, [&](const std::optional<ApiError> &e) {
                signInError = e;
                loop.quit();
            });
            if (!signInError && !session.client()->tokens()->hasUsableToken())
                loop.exec();
            if (signInError)
                return fail(err, signInError->userMessage(), exitStatusFor(*signInError));
        }
        const PreparedRequest r = session.prepare(*method, file->fields);
        if (format.json()) {
            QJsonObject headers;
            for (const auto &h : r.headers)
                headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
            out << QJsonDocument(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(r.verb)},
                                             {QStringLiteral("url"), r.url()},
                                             {QStringLiteral("headers"), headers},
                                             {QStringLiteral("body"), r.body},
                                             {QStringLiteral("sent"), false}})
                       .toJson(QJsonDocument::Indented);
        } else {
            out << r.verb << ' ' << r.url() << '\n';
            for (const auto &h : r.headers)
                out << h.first << ": " << h.second << '\n';
            out << '\n' << r.prettyBody << '\n';
        }
        out.flush();
        if (!OutputFormat::quiet())
            err << Text::tr("dry run: nothing was sent") << '\n';
        err.flush();
        return ExitOk;
    }

    Submission *submission = session.submit(*method, file->fields);
    QEventLoop loop;
    QObject::connect(submission, &Submission::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (submission->outcome() == Submission::Outcome::OutcomeUnknown)
        return fail(err, outcomeUnknownMessage(*submission), ExitOutcomeUnknown);
    if (submission->outcome() == Submission::Outcome::Failed)
        return fail(err, submission->error()->userMessage(), exitStatusFor(submission->error()));
    if (submission->outcome() == Submission::Outcome::ImageCreated) {
        const QJsonObject image = submission->image();
        const QString imageId = image.value(QStringLiteral("id")).toString();
        if (format.json())
            out << QJsonDocument(QJsonObject{{QStringLiteral("job_id"), QJsonValue::Null},
                                             {QStringLiteral("image_id"), imageId},
                                             {QStringLiteral("image"), image}})
                       .toJson(QJsonDocument::Indented);
        else
            out << imageId << '\n';
        out.flush();
        return ExitOk;
    }
    const QString recordId = submission->recordId();
    monitor.flush();
    if (!p.isSet(wait)) {
        if (format.json())
            out << QJsonDocument(QJsonObject{{QStringLiteral("job_id"), submission->jobId()}, {QStringLiteral("image_id"), QJsonValue::Null}})
                       .toJson(QJsonDocument::Indented);
        else
            out << submission->jobId() << '\n';
        out.flush();
        return ExitOk;
    }
    if (format.format() == OutputFormat::Text) {
        out << submission->jobId() << '\n';
        out.flush();
    }
    // Followed by the waiter (one job, one sign-in), not by the monitor's every-job polling.
    monitor.unfollow(session.client());
    store.reload();
    JobWaiter *waiter = newWaiter(session.client(), &store, timeoutSecs);
    return waitFor(*waiter, {recordId}, format, out, err);
}

int runJobCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Show (and refresh in the job list) one job."));
    ConnectionOptions connection;
    connection.addTo(p);
    OutputFormat format;
    format.addTo(p);
    const QCommandLineOption wait(QStringLiteral("wait"), Text::tr("Follow the job to its end; exit 0 on SUCCESS, 1 on FAIL."));
    p.addOptions({wait, timeoutOption()});
    p.addPositionalArgument(QStringLiteral("ID"), Text::tr("The job id."));
    double timeoutSecs = 0;
    if (const auto done = startWaitingCommand(p, args, format, &timeoutSecs, out, err))
        return *done;
    QString error;
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("job takes exactly one job id"), ExitUsage);
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFrom(p, connection, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    JobStore store;
    error = store.openError();
    if (!error.isEmpty() || !store.reload(&error))
        return fail(err, error, ExitUsage);
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);
    JobWaiter *waiter = newWaiter(&client, &store, timeoutSecs);
    const QString jobId = p.positionalArguments().first();
    if (p.isSet(wait))
        return waitFor(*waiter, {jobId}, format, out, err);
    const int status = waiter->refresh({jobId}, false);
    if (!waiter->message().isEmpty())
        return fail(err, waiter->message(), status);
    const JobRecord r = waiter->record(jobId);
    printRecords(out, format, {r}, true);
    return r.state == JobRecord::State::Fail ? ExitFailed : ExitOk;
}

namespace {

// The unfinished jobs of the list that live on this client's endpoint.
QStringList unfinishedOn(const JobStore &store, const ImsClient &client)
{
    QStringList ids;
    const QString endpoint = client.settings().effectiveImsEndpoint().toString();
    for (const auto &r : store.records())
        if (!r.isFinished() && !r.jobId.isEmpty() && r.endpoint == endpoint)
            ids << r.id;
    return ids;
}

int jobsRemove(JobStore &store, const QStringList &ids, QTextStream &out, QTextStream &err)
{
    if (ids.isEmpty())
        return fail(err, Text::tr("jobs rm takes one or more job ids"), ExitUsage);
    for (const auto &id : ids)
        if (!store.contains(id))
            return fail(err, Text::tr("no job %1 in the job list; nothing was removed").arg(id), ExitFailed);
    QString error;
    if (!store.remove(ids, &error))
        return fail(err, error, ExitFailed);
    for (const auto &id : ids)
        out << Text::tr("removed %1").arg(id) << '\n';
    out.flush();
    return ExitOk;
}

} // namespace

namespace {
// For each outcome-unknown entry: whether a private image of its name was made at or after the request
// was sent (IMS "Querying Images" by name). Asked only of the entries on the connection's endpoint, and
// only when the options or environment name a connection; otherwise each says it could not be asked.
QJsonArray askWhatBecameOf(const QList<JobRecord> &unknown, const QCommandLineParser &p, const ConnectionOptions &o,
                           QTextStream *text)
{
    QJsonArray verdicts;
    if (unknown.isEmpty())
        return verdicts;
    ConnectionSettings settings;
    Credentials credentials;
    QString problem;
    const bool connected = connectionFrom(p, o, &settings, &credentials, &problem);
    std::unique_ptr<ImsClient> client;
    std::unique_ptr<KeychainToken> keptToken; // after the client: it goes first, storing a new token
    if (connected) {
        client = std::make_unique<ImsClient>(settings, credentials);
        keptToken = std::make_unique<KeychainToken>(client.get());
    }
    for (const auto &r : unknown) {
        QJsonObject v{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.imageName}};
        QString said;
        if (!client || r.endpoint != settings.effectiveImsEndpoint().toString() || r.imageName.isEmpty()) {
            const QString why = !client ? problem
                                : r.imageName.isEmpty() ? Text::tr("the request named no image")
                                                        : Text::tr("it was sent to %1, not to this connection").arg(r.endpoint);
            v.insert(QStringLiteral("created"), QJsonValue::Null);
            v.insert(QStringLiteral("why_not_asked"), why);
            said = Text::tr("%1 (“%2”): outcome still unknown, the cloud was not asked: %3").arg(r.id, r.imageName, why);
        } else {
            std::optional<ApiError> failed;
            const QJsonArray images = ListAll::run(new PrivateImagesCall(client.get(), {r.imageName, QString()}), &failed);
            QJsonObject made;
            for (const auto &image : images) {
                const QJsonObject o2 = image.toObject();
                const QDateTime created = QDateTime::fromString(o2.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
                // The same name, made no earlier than a clock's skew before the request was sent.
                if (o2.value(QStringLiteral("name")).toString() == r.imageName && created.isValid()
                    && created >= r.submittedAt.addSecs(-15 * 60))
                    made = o2;
            }
            if (failed) {
                v.insert(QStringLiteral("created"), QJsonValue::Null);
                v.insert(QStringLiteral("why_not_asked"), failed->userMessage());
                said = Text::tr("%1 (“%2”): outcome still unknown, asking the cloud failed: %3").arg(r.id, r.imageName, failed->userMessage());
            } else if (!made.isEmpty()) {
                v.insert(QStringLiteral("created"), true);
                v.insert(QStringLiteral("image_id"), made.value(QStringLiteral("id")));
                said = Text::tr("%1 (“%2”): the request did create an image: %3 (%4)")
                           .arg(r.id, r.imageName, made.value(QStringLiteral("id")).toString(), made.value(QStringLiteral("status")).toString());
            } else {
                v.insert(QStringLiteral("created"), false);
                said = Text::tr("%1 (“%2”): no such image was made since the request was sent: it created nothing")
                           .arg(r.id, r.imageName);
            }
        }
        verdicts.append(v);
        if (text)
            *text << said << '\n';
    }
    return verdicts;
}
} // namespace

int runJobsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("List the shared job list; refresh, follow, remove or prune its jobs."));
    ConnectionOptions connection;
    connection.addTo(p);
    OutputFormat format;
    format.addTo(p);
    const QCommandLineOption waitAll(QStringLiteral("wait-all"), Text::tr("Follow every unfinished job of the endpoint to its end."));
    const QCommandLineOption olderThan(QStringLiteral("older-than"), Text::tr("prune: only jobs that ended (or were sent, when the outcome is unknown) this many days ago or more (default 30)."),
                                       QStringLiteral("DAYS"), QStringLiteral("30"));
    p.addOptions({waitAll, olderThan, timeoutOption()});
    p.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("Nothing to list; refresh; rm ID…; prune."), QStringLiteral("[refresh|rm ID…|prune]"));
    double timeoutSecs = 0;
    if (const auto done = startWaitingCommand(p, args, format, &timeoutSecs, out, err))
        return *done;
    QString error;
    JobStore store;
    error = store.openError(); // a damaged list kept aside: said once (exit 2), a new list is in its place
    if (!error.isEmpty() || !store.reload(&error))
        return fail(err, error, ExitUsage);
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("rm"))
        return jobsRemove(store, positional.mid(1), out, err);
    if (action == QLatin1String("prune")) {
        bool ok = false;
        const double days = p.value(olderThan).toDouble(&ok);
        if (!ok || days < 0)
            return fail(err, Text::tr("--older-than must be a number of days, 0 or more"), ExitUsage);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-qint64(days * 86400));
        QStringList ids;
        QList<JobRecord> unknown;
        for (const auto &r : store.records()) {
            // Outcome-unknown entries count from when they were sent: they never end.
            const QDateTime when = r.state == JobRecord::State::OutcomeUnknown ? r.submittedAt : r.finishedAt;
            if (r.isFinished() && when.isValid() && when <= before) {
                ids << r.id;
                if (r.state == JobRecord::State::OutcomeUnknown)
                    unknown << r;
            }
        }
        // Before an outcome-unknown entry goes, the cloud is asked where it can be: did the request make
        // its image after all? The answer is the last trace of that request, so it is printed.
        const QJsonArray verdicts = askWhatBecameOf(unknown, p, connection, format.json() ? nullptr : &out);
        if (!ids.isEmpty() && !store.remove(ids, &error))
            return fail(err, error, ExitFailed);
        if (format.json())
            out << QJsonDocument(QJsonObject{{QStringLiteral("removed"), QJsonArray::fromStringList(ids)},
                                             {QStringLiteral("outcome_unknown"), verdicts}})
                       .toJson(QJsonDocument::Indented);
        else
            out << Text::tr("removed %n job(s)", nullptr, int(ids.size())) << '\n';
        out.flush();
        return ExitOk;
    }
    if (!action.isEmpty() && action != QLatin1String("refresh"))
        return fail(err, Text::tr("unknown jobs action \"%1\": refresh, rm or prune").arg(action), ExitUsage);
    if (positional.size() > 1)
        return fail(err, Text::tr("jobs %1 takes no more arguments").arg(action), ExitUsage);

    int status = ExitOk;
    if (p.isSet(waitAll) || action == QLatin1String("refresh")) {
        ConnectionSettings settings;
        Credentials credentials;
        if (!connectionFrom(p, connection, &settings, &credentials, &error))
            return fail(err, error, ExitUsage);
        ImsClient client(settings, credentials);
        const KeychainToken keptToken(&client);
        JobWaiter *waiter = newWaiter(&client, &store, timeoutSecs);
        const QStringList ids = unfinishedOn(store, client);
        if (action == QLatin1String("refresh")) {
            status = waiter->refresh(ids, true);
            if (!waiter->message().isEmpty())
                fail(err, waiter->message(), status);
        } else {
            // Text: each job's line as it ends; json/table: the whole list once at the end (below).
            QList<JobRecord> ended;
            status = waiter->wait(ids, [&](const JobRecord &r) {
                if (format.format() == OutputFormat::Text) {
                    out << describe(r) << '\n';
                    out.flush();
                }
            });
            if (!waiter->message().isEmpty())
                fail(err, waiter->message(), status);
            if (format.format() == OutputFormat::Text)
                return status;
        }
        store.reload();
    }
    printRecords(out, format, store.records(), false);
    // With --wait-all: 1 when a job it followed failed (older failures do not count).
    return status;
}

int runSandboxCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    setUp(p, Text::tr("Run the local IMS/IAM sandbox in the foreground (Ctrl+C stops it)."));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Port on 127.0.0.1 (default: any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jobSeconds(QStringLiteral("job-seconds"), Text::tr("How long a job runs (default 8)."), QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"), Text::tr("Share of requests answered with 500/503/429 or dropped, 0 to 1."), QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), Text::tr("Write export IMS_WIZARD_...=... lines for a shell to this file."), QStringLiteral("F"));
    // Test hook, not in --help: the next N requests get no answer (the connection is closed), so a
    // create call's outcome is unknown and a job query finds the service unreachable.
    QCommandLineOption dropNext(QStringLiteral("drop-next-requests"), QStringLiteral("Test hook."), QStringLiteral("N"), QStringLiteral("0"));
    dropNext.setFlags(QCommandLineOption::HiddenFromHelp);
    // Test hook, not in --help: one line per create request received (the kill storm counts them).
    QCommandLineOption createLog(QStringLiteral("create-log"), QStringLiteral("Test hook."), QStringLiteral("F"));
    createLog.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({port, jobSeconds, faultRate, envFile, dropNext, createLog});
    if (!p.parse(args))
        return fail(err, p.errorText(), 2);
    if (helpAsked(p)) {
        out << commandHelp(p);
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
    server.dropNextRequests(p.value(dropNext).toInt());
    if (p.isSet(createLog))
        server.setCreateLog(p.value(createLog));
    if (!server.start())
        return fail(err, Text::tr("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(options.port), 1);
    const auto &a = server.account();
    const QString url = server.url().toString();
    const SandboxObsServer &obs = server.obs(); // started and seeded with the server
    // Sandbox jobs get a job list of their own: they die with the sandbox and must not join the
    // list of real jobs (the desktop's --sandbox does the same).
    const QString dataDir = QDir::temp().filePath(QStringLiteral("ims-wizard-sandbox-%1").arg(server.url().port()));
    const QStringList exports = {
        QStringLiteral("export IMS_WIZARD_DATA_DIR=%1").arg(dataDir),
        QStringLiteral("export IMS_WIZARD_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_IAM_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_ECS_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_EVS_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_KMS_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_EPS_ENDPOINT=%1").arg(url),
        QStringLiteral("export IMS_WIZARD_REGION=%1").arg(a.region),
        QStringLiteral("export IMS_WIZARD_PROJECT=%1").arg(a.projectName),
        QStringLiteral("export IMS_WIZARD_PROJECT_ID=%1").arg(a.projectId),
        QStringLiteral("export IMS_WIZARD_DOMAIN=%1").arg(a.domain),
        QStringLiteral("export IMS_WIZARD_USER=%1").arg(a.user),
        QStringLiteral("export IMS_WIZARD_PASSWORD=%1").arg(a.password),
        QStringLiteral("export IMS_WIZARD_AK=%1").arg(a.accessKey),
        QStringLiteral("export IMS_WIZARD_SK=%1").arg(a.secretKey),
        QStringLiteral("export IMS_WIZARD_OBS_ENDPOINT=%1").arg(obs.url().toString()),
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
    out << Text::tr("OBS look-alike on %1 (buckets sandbox-images, sandbox-backups, sandbox-empty, ims-image, image-test)").arg(obs.url().toString())
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
    const int status = QCoreApplication::exec();
    // Stopped (Ctrl+C, SIGTERM): what it made dies with it, as the jobs of a sandbox do.
    if (p.isSet(envFile))
        QFile::remove(p.value(envFile));
    QDir(dataDir).removeRecursively();
    return status;
}

} // namespace ims
