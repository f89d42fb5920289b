// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Cli.h"

#include "CommandHelp.h"

#include "ActivityCommand.h"

#include "CheckCommand.h"
#include "CloudCommands.h"
#include "ListAccountCommand.h"
#include "ExportCommand.h"
#include "InspectCommand.h"
#include "ListingCommands.h"
#include "OutputFormat.h"
#include "ListCommand.h"
#include "UploadCommand.h"
#include "SignCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::StringList:
        return QStringLiteral("array of strings");
    case FieldType::ObjectList:
        return QStringLiteral("array of objects");
    }
    return {};
}

QJsonArray fieldsJson(const QList<FieldSpec> &fields)
{
    QJsonArray out;
    for (const auto &f : fields) {
        QJsonObject o{{QStringLiteral("name"), f.key},
                      {QStringLiteral("type"), typeName(f.type)},
                      {QStringLiteral("required"), f.required},
                      {QStringLiteral("label"), f.displayLabel()},
                      {QStringLiteral("rule"), f.ruleText()},
                      {QStringLiteral("source"), f.source}};
        if (f.help)
            o.insert(QStringLiteral("help"), f.displayHelp());
        if (!f.allowed.isEmpty())
            o.insert(QStringLiteral("enum"), QJsonArray::fromStringList(f.allowed));
        if (!f.documentedDefault.isUndefined() && !f.documentedDefault.isNull())
            o.insert(QStringLiteral("default"), f.documentedDefault);
        if (!f.fixedValue.isUndefined())
            o.insert(QStringLiteral("fixed"), f.fixedValue);
        if (!f.itemFields.isEmpty())
            o.insert(QStringLiteral("items"), fieldsJson(f.itemFields));
        out.append(o);
    }
    return out;
}

QJsonObject issuesJson(bool valid, const QList<ValidationIssue> &issues)
{
    QJsonArray list;
    for (const auto &i : issues)
        list.append(QJsonObject{{QStringLiteral("field"), i.field},
                                {QStringLiteral("message"), i.message},
                                {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")}});
    return {{QStringLiteral("valid"), valid}, {QStringLiteral("issues"), list}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A parser with the options every command shares.
void setUpParser(QCommandLineParser &p, const QString &description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

void Cli::printHelp()
{
    m_out << tr("Usage: ims-wizard-cli <command> [options]\n"
                "\n"
                "Prepare and check Huawei Cloud IMS image-creation requests.\n"
                "\n"
                "Commands:\n"
                "  methods [-o FORMAT]       list the image-creation methods and their fields\n"
                "  validate FILE [--json]    check a request file; exit 0 valid, 1 invalid, 2 unusable\n"
                "  preview FILE [-o FORMAT]  show the exact HTTP request a request file makes (--auth aksk: signed)\n"
                "  submit FILE [--wait] [--timeout S] [--dry-run] [-o FORMAT]\n"
                "                            send a request file; prints the job id (native-metadata: the image id)\n"
                "  job ID [--wait] [--timeout S] [-o FORMAT]\n"
                "                            refresh and show one job (--wait: follow it to its end)\n"
                "  jobs [refresh | rm ID… | prune [--older-than DAYS]] [--wait-all] [--timeout S] [-o FORMAT]\n"
                "                            the shared job list: show, refresh, follow, remove, prune\n"
                "  check FILE [--json]       check a request against the account (ECS, disks, OBS file, name, quota,\n"
                "                            KMS key); exit 0 all pass or warn, 1 a check blocks\n"
                "  inspect FILE [--json]     read an image file's format, virtual size and min_disk from its headers\n"
                "  export FILE --to FORMAT [--region R] [--output OUT]\n"
                "                            write the request as terraform, koocli, curl or python-sdk code\n"
                "  sign --method M --url URL ...  compute an AK/SK Authorization header (debug a rejected signature)\n"
                "  os-versions [-o FORMAT]   list the OS versions IMS knows\n"
                "  connections [-o FORMAT]   list the connections the desktop program saved\n"
                "  list KIND [--json]        list the account's servers, volumes, images, projects,\n"
                "                            enterprise-projects or keys (enabled KMS keys), every page\n"
                "  quota [--json]            show the private images used and allowed\n"
                "  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]\n"
                "                            run the local IMS/IAM look-alike in the foreground\n"
                "  list buckets [--json]     list the OBS buckets and their regions\n"
                "  list objects BUCKET[/PREFIX] [--json]\n"
                "                            list a bucket's objects (every page)\n"
                "  upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]\n"
                "                            upload a file to OBS (multipart, resumed when run again)\n"
                "  activity [--connection NAME] [--limit N] [--json]\n"
                "                            the calls that changed something in the cloud: time, operation,\n"
                "                            request id, status, outcome, job (kept beside the job list)\n"
                "\n"
                "Connection options (preview, submit, check, job, jobs, list, quota): --connection NAME (a saved connection),\n"
                "--endpoint, --iam-endpoint, --region, --project, --project-id, --domain, --user, --auth token|aksk,\n"
                "or IMS_WIZARD_* variables; options and variables override a saved connection's settings. Secrets\n"
                "come only from IMS_WIZARD_PASSWORD, IMS_WIZARD_AK/SK/SECURITY_TOKEN, the keychain or a prompt.\n"
                "\n"
                "A request file is JSON: {\"method\": \"<id>\", \"fields\": {...}}; FILE may be - for standard input.\n"
                "Run 'ims-wizard-cli <command> --help' for a command's options.\n"
                "\n"
                "Exit status: 0 done; 1 failed or refused (nothing created); 2 wrong usage or unreadable file;\n"
                "3 outcome unknown (may have been created: look before resending); 4 authentication or permission;\n"
                "5 timed out; 6 the service could not be reached (nothing sent); 130 interrupted.\n"
                "\n"
                "Options:\n"
                "  -h, --help     show this help\n"
                "  -v, --version  show the version (after a command: -v, --verbose)\n"
                "  -q, --quiet    after a command: print only data and errors\n"
                "  --verbose      after a command: show the program's progress (ims.* log categories)\n"
                "  --debug        after a command: show every ims.* log message\n");
    m_out.flush();
}

int Cli::usage(const QString &problem)
{
    m_err << "ims-wizard-cli: " << problem << '\n' << tr("Run 'ims-wizard-cli --help' for usage.") << '\n';
    m_err.flush();
    return Unusable;
}

int Cli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "ims-wizard-cli " << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Ok;
    }
    // -q/--quiet, -v/--verbose and --debug work with every command (sign keeps its own --verbose).
    QStringList rest;
    for (const auto &a : args.mid(1)) {
        if (a == QLatin1String("-q") || a == QLatin1String("--quiet")) {
            OutputFormat::setQuiet(true);
            QLoggingCategory::setFilterRules(QStringLiteral("ims.*.info=false\nims.*.warning=false"));
        } else if (command != QLatin1String("sign") && (a == QLatin1String("-v") || a == QLatin1String("--verbose"))) {
            QLoggingCategory::setFilterRules(QStringLiteral("ims.*.info=true"));
        } else if (a == QLatin1String("--debug")) {
            QLoggingCategory::setFilterRules(QStringLiteral("ims.*=true")); // every ims.* category, debug included
        } else {
            rest << a;
        }
    }
    // Every call of this run that changes something in the cloud goes to the activity log.
    const ActivityRecording recording(m_err);
    // Each command parses its own options; the program name stays first for QCommandLineParser.
    const QStringList commandArgs = QStringList{arguments.first() + QLatin1Char(' ') + command} + rest;
    if (command == QLatin1String("methods"))
        return methods(commandArgs);
    if (command == QLatin1String("validate"))
        return validate(commandArgs);
    if (command == QLatin1String("preview"))
        return runPreviewCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("inspect"))
        return runInspectCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("check"))
        return runCheckCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("export"))
        return runExportCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("sign"))
        return runSignCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("submit"))
        return runSubmitCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("job"))
        return runJobCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("jobs"))
        return runJobsCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("sandbox"))
        return runSandboxCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("os-versions"))
        return runOsVersionsCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("connections"))
        return runConnectionsCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("quota"))
        return runQuotaCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("list")) {
        // The account's kinds are ListAccountCommand's; buckets, objects and a wrong kind ListCommand's.
        if (const QString kind = args.value(1); isAccountListKind(kind))
            return runListAccountCommand(kind, QStringList{commandArgs.first() + QLatin1Char(' ') + kind} + args.mid(2), m_out, m_err);
        return runListCommand(commandArgs, m_out, m_err);
    }
    if (command == QLatin1String("upload"))
        return runUploadCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("activity"))
        return runActivityCommand(commandArgs, m_out, m_err);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::methods(const QStringList &args)
{
    QCommandLineParser p;
    setUpParser(p, tr("List the image-creation methods."));
    OutputFormat format; // json: the catalogue with every field and rule; text and table: one line a method
    format.addTo(p);
    if (!p.parse(args))
        return usage(p.errorText());
    if (helpAsked(p)) {
        m_out << commandHelp(p);
        return Ok;
    }
    QString error;
    if (!format.read(p, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("methods takes no arguments"));
    const auto &methods = Catalogue::instance().methods();
    if (format.json()) {
        QJsonArray list;
        for (const auto &m : methods)
            list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("title"), m.displayTitle()},
                                    {QStringLiteral("summary"), m.displaySummary()},
                                    {QStringLiteral("method"), QString::fromLatin1(m.httpMethod)},
                                    {QStringLiteral("path"), m.path},
                                    {QStringLiteral("answers"), m.answer == Answer::Job ? QStringLiteral("job") : QStringLiteral("image")},
                                    {QStringLiteral("source"), m.source},
                                    {QStringLiteral("fields"), fieldsJson(m.fields)}});
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &m : methods)
            m_out << QStringLiteral("%1 %2 %3  %4\n")
                         .arg(m.id, -16)
                         .arg(QString::fromLatin1(m.httpMethod), -4)
                         .arg(m.path, -35)
                         .arg(m.displayTitle());
    }
    m_out.flush();
    return Ok;
}

std::optional<int> Cli::parseFileCommand(QCommandLineParser &p, const QStringList &args, const QString &command, QString *path)
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The request file, or - for standard input."));
    if (!p.parse(args))
        return usage(p.errorText());
    if (helpAsked(p)) {
        m_out << commandHelp(p);
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("%1 takes exactly one request file").arg(command));
    *path = p.positionalArguments().first();
    return std::nullopt;
}

std::optional<RequestFile> Cli::loadRequestFile(const QString &path, QString *error)
{
    return RequestFile::load(path, error);
}

QList<ValidationIssue> Cli::issuesBesideUnknownKeys(const QString &path)
{
    if (path == QLatin1String("-"))
        return {}; // standard input was read already
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > RequestFile::maxFileSize)
        return {};
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    // RequestFile::parse names the keys it knows; drop the others and parse what is left.
    static const QStringList known = {QStringLiteral("method"), QStringLiteral("fields"), QStringLiteral("name"),
                                      QStringLiteral("description"), QStringLiteral("schema")};
    bool dropped = false;
    for (const auto &key : root.keys())
        if (!known.contains(key)) {
            root.remove(key);
            dropped = true;
        }
    if (!dropped)
        return {};
    const auto file = RequestFile::parse(QJsonDocument(root).toJson(), nullptr);
    const MethodSpec *method = file ? Catalogue::instance().method(file->method) : nullptr;
    return method ? RequestValidator::validate(*method, file->fields) : QList<ValidationIssue>();
}

int Cli::validate(const QStringList &args)
{
    QCommandLineParser p;
    setUpParser(p, tr("Check a request file against the IMS API reference."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print {\"valid\": bool, \"issues\": [...]} as JSON."));
    p.addOption(json);
    QString path;
    if (const auto stop = parseFileCommand(p, args, QStringLiteral("validate"), &path))
        return *stop;
    QString error;
    const auto file = loadRequestFile(path, &error);
    if (!file) {
        // An unknown top-level key makes the file unusable (exit 2), but must not hide what is wrong
        // with its fields: they are checked as if the key were not there, and listed too.
        const QList<ValidationIssue> fieldIssues = issuesBesideUnknownKeys(path);
        if (p.isSet(json)) {
            m_out << compact({{QStringLiteral("valid"), false}, {QStringLiteral("error"), error},
                              {QStringLiteral("issues"), issuesJson(false, fieldIssues).value(QStringLiteral("issues"))}}) << '\n';
            m_out.flush();
        }
        m_err << "ims-wizard-cli: " << error << '\n';
        for (const auto &i : fieldIssues)
            m_err << "  " << (i.isError() ? tr("error") : tr("warning")) << "  " << i.field << ": " << i.message << '\n';
        m_err.flush();
        return Unusable;
    }
    QList<ValidationIssue> issues;
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        issues.append({QStringLiteral("method"),
                       tr("\"%1\" is not a method; the methods are: %2")
                           .arg(file->method, Catalogue::instance().methodIds().join(QLatin1String(", ")))});
    else
        issues = RequestValidator::validate(*method, file->fields);
    const bool valid = !hasErrors(issues);
    if (p.isSet(json)) {
        m_out << QJsonDocument(issuesJson(valid, issues)).toJson(QJsonDocument::Indented);
    } else {
        m_out << (valid ? tr("%1: valid (%2)").arg(path, file->method) : tr("%1: not valid").arg(path)) << '\n';
        for (const auto &i : issues)
            m_out << "  " << (i.isError() ? tr("error") : tr("warning")) << "  " << i.field << ": " << i.message << '\n';
    }
    m_out.flush();
    // An unknown method is as unusable as a missing one (exit 2): no method's rules could be checked.
    return valid ? Ok : (method ? Invalid : Unusable);
}

} // namespace ims
