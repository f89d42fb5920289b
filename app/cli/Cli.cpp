#include "Cli.h"

#include "CloudCommands.h"
#include "InspectCommand.h"
#include "ListCommand.h"
#include "UploadCommand.h"
#include "SignCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QCommandLineParser>
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
                "  methods [--json]          list the image-creation methods and their fields\n"
                "  validate FILE [--json]    check a request file; exit 0 valid, 1 invalid, 2 unusable\n"
                "  preview FILE [--json]     show the exact HTTP request a request file makes\n"
                "  submit FILE [--wait]      send a request file; prints the job id (--wait: follow it)\n"
                "  job ID [--wait]           show (or follow) one job\n"
                "  jobs [--json] [--wait-all]  list the shared job list (--wait-all: follow every unfinished job)\n"
                "  inspect FILE [--json]     read an image file's format, virtual size and min_disk from its headers\n"
                "  sign --ak AK --sk SK ...  compute an AK/SK Authorization header (debug a rejected signature)\n"
                "  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]\n"
                "                            run the local IMS/IAM look-alike in the foreground\n"
                "  list buckets [--json]     list the OBS buckets and their regions\n"
                "  list objects BUCKET[/PREFIX] [--json]\n"
                "                            list a bucket's objects (every page)\n"
                "  upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]\n"
                "                            upload a file to OBS (multipart, resumed when run again)\n"
                "\n"
                "Connection options (submit, job, jobs): --endpoint, --iam-endpoint, --region, --project,\n"
                "--project-id, --domain, --user, --auth token|aksk, or IMS_WIZARD_* variables. Secrets come only\n"
                "from IMS_WIZARD_PASSWORD, IMS_WIZARD_AK/SK/SECURITY_TOKEN or a prompt.\n"
                "\n"
                "A request file is JSON: {\"method\": \"<id>\", \"fields\": {...}}; FILE may be - for standard input (validate, preview).\n"
                "Run 'ims-wizard-cli <command> --help' for a command's options.\n"
                "\n"
                "Options:\n"
                "  -h, --help     show this help\n"
                "  -v, --version  show the version\n");
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
    // Each command parses its own options; the program name stays first for QCommandLineParser.
    const QStringList commandArgs = QStringList{arguments.first() + QLatin1Char(' ') + command} + args.mid(1);
    if (command == QLatin1String("methods"))
        return methods(commandArgs);
    if (command == QLatin1String("validate"))
        return validate(commandArgs);
    if (command == QLatin1String("preview"))
        return preview(commandArgs);
    if (command == QLatin1String("inspect"))
        return runInspectCommand(commandArgs, m_out, m_err);
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
    if (command == QLatin1String("list"))
        return runListCommand(commandArgs, m_out, m_err);
    if (command == QLatin1String("upload"))
        return runUploadCommand(commandArgs, m_out, m_err);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::methods(const QStringList &args)
{
    QCommandLineParser p;
    setUpParser(p, tr("List the image-creation methods."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the catalogue as JSON, with every field and rule."));
    p.addOption(json);
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        m_out << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(tr("methods takes no arguments"));
    const auto &methods = Catalogue::instance().methods();
    if (p.isSet(json)) {
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
    if (p.isSet(QStringLiteral("help"))) {
        m_out << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("%1 takes exactly one request file").arg(command));
    *path = p.positionalArguments().first();
    return std::nullopt;
}

std::optional<RequestFile> Cli::loadRequestFile(const QString &path, QString *error)
{
    return RequestFile::load(path == QLatin1String("-") ? QStringLiteral("/dev/stdin") : path, error);
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
        if (p.isSet(json)) {
            m_out << compact({{QStringLiteral("valid"), false}, {QStringLiteral("error"), error},
                              {QStringLiteral("issues"), QJsonArray()}}) << '\n';
            m_out.flush();
        }
        m_err << "ims-wizard-cli: " << error << '\n';
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
    return valid ? Ok : Invalid;
}

int Cli::preview(const QStringList &args)
{
    QCommandLineParser p;
    setUpParser(p, tr("Show the exact HTTP request a request file makes (secrets masked)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print {\"method\", \"path\", \"headers\", \"body\"} as JSON."));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("The IMS endpoint, e.g. https://ims.ap-southeast-1.myhuaweicloud.com."),
                                      QStringLiteral("URL"), qEnvironmentVariable("IMS_WIZARD_ENDPOINT"));
    const QCommandLineOption newer(QStringLiteral("v2.1"), tr("Use the newer /v2.1 create endpoints where a method has one."));
    p.addOptions({json, endpoint, newer});
    QString path;
    if (const auto stop = parseFileCommand(p, args, QStringLiteral("preview"), &path))
        return *stop;
    QString error;
    const auto file = loadRequestFile(path, &error);
    if (!file) {
        m_err << "ims-wizard-cli: " << error << '\n';
        m_err.flush();
        return Unusable;
    }
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method) {
        m_err << "ims-wizard-cli: " << path << ": "
              << tr("\"%1\" is not a method; the methods are: %2")
                     .arg(file->method, Catalogue::instance().methodIds().join(QLatin1String(", ")))
              << '\n';
        m_err.flush();
        return Invalid;
    }
    const auto issues = RequestValidator::validate(*method, file->fields);
    if (hasErrors(issues)) {
        m_err << tr("%1: not valid, nothing to preview").arg(path) << '\n';
        for (const auto &i : issues)
            m_err << "  " << (i.isError() ? tr("error") : tr("warning")) << "  " << i.field << ": " << i.message << '\n';
        m_err.flush();
        return Invalid;
    }
    for (const auto &i : issues)
        m_err << tr("warning") << "  " << i.field << ": " << i.message << '\n';
    m_err.flush();
    const PreparedRequest r = RequestBuilder::prepare(*method, file->fields, {p.value(endpoint), p.isSet(newer)});
    if (p.isSet(json)) {
        QJsonObject headers;
        for (const auto &h : r.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(r.verb)},
                      {QStringLiteral("path"), r.path},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), r.body}};
        if (!r.baseUrl.isEmpty())
            o.insert(QStringLiteral("url"), r.url());
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << r.verb << ' ' << (r.baseUrl.isEmpty() ? r.path : r.url()) << '\n';
        for (const auto &h : r.headers)
            m_out << h.first << ": " << h.second << '\n';
        m_out << '\n' << r.prettyBody << '\n';
    }
    m_out.flush();
    return Ok;
}

} // namespace ims
