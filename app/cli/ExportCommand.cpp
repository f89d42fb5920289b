// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ExportCommand.h"

#include "CommandHelp.h"
#include "ExitStatus.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"
#include "cloud/Connection.h"
#include "export/Exporter.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace ims {

namespace {

struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// Every failure goes through CommandHelp's reportFailure: one wording, and usage errors end with the
// "--help" hint for this command.
int fail(QTextStream &err, const QString &problem, int code)
{
    return reportFailure(err, QStringLiteral("export"), problem, code);
}

} // namespace

int runExportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(ExportCommand::tr(
        "Write what a request file creates as code for another tool. Secrets are never written; each "
        "format names where they come from."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    const QCommandLineOption to(QStringLiteral("to"), ExportCommand::tr("The format: %1.").arg(Exporter::formatIds().join(QStringLiteral(", "))),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    ExportCommand::tr("The region, e.g. ap-southeast-1 (default: IMS_WIZARD_REGION; "
                                                      "without one the export reads it when it runs)."),
                                    QStringLiteral("R"), qEnvironmentVariable("IMS_WIZARD_REGION"));
    // --output only: -o is the output format (text|json|table) in every other command.
    const QCommandLineOption output(QStringList{QStringLiteral("output")},
                                    ExportCommand::tr("Write to this file instead of standard output."), QStringLiteral("OUT"));
    // curl only: how the command authenticates. aksk signs it here (valid 15 minutes, this body only)
    // with IMS_WIZARD_AK/SK, which are never written; token leaves $IMS_WIZARD_TOKEN to the shell.
    const QCommandLineOption auth(QStringLiteral("auth"), ExportCommand::tr("curl: token or aksk (default: IMS_WIZARD_AUTH, else token)."),
                                  QStringLiteral("MODE"), qEnvironmentVariable("IMS_WIZARD_AUTH"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), ExportCommand::tr("curl: the IMS endpoint (default: IMS_WIZARD_ENDPOINT, else the region's)."),
                                      QStringLiteral("URL"), qEnvironmentVariable("IMS_WIZARD_ENDPOINT"));
    const QCommandLineOption projectId(QStringLiteral("project-id"), ExportCommand::tr("curl with aksk: the project id (default: IMS_WIZARD_PROJECT_ID)."),
                                       QStringLiteral("ID"), qEnvironmentVariable("IMS_WIZARD_PROJECT_ID"));
    p.addOptions({to, region, output, auth, endpoint, projectId});
    p.addPositionalArgument(QStringLiteral("FILE"), ExportCommand::tr("The request file, or - for standard input."));
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(err, ExportCommand::tr("export takes exactly one request file"), ExitUsage);
    const auto exporter = Exporter::create(p.value(to));
    if (!exporter)
        return fail(err, ExportCommand::tr("--to must be one of: %1").arg(Exporter::formatIds().join(QStringLiteral(", "))), ExitUsage);

    const QString path = p.positionalArguments().first();
    QString error;
    const auto file = RequestFile::load(path == QLatin1String("-") ? QStringLiteral("/dev/stdin") : path, &error);
    if (!file)
        return fail(err, error, ExitUsage);
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        return fail(err, ExportCommand::tr("%1: \"%2\" is not a method; the methods are: %3")
                             .arg(path, file->method, Catalogue::instance().methodIds().join(QLatin1String(", "))), 1);
    // An export of a request the API would refuse would be code that fails later: say so now.
    const auto issues = RequestValidator::validate(*method, file->fields);
    if (hasErrors(issues)) {
        err << ExportCommand::tr("%1: not valid, nothing to export").arg(path) << '\n';
        for (const auto &i : issues)
            if (i.isError())
                err << "  " << i.field << ": " << i.message << '\n';
        err.flush();
        return 1;
    }

    ExportOptions options{p.value(region), p.value(endpoint), nullptr};
    std::unique_ptr<Session> session;
    if (exporter->formatId() == QLatin1String("curl") && p.value(auth) == QLatin1String("aksk")) {
        ConnectionSettings settings;
        settings.name = QStringLiteral("export");
        settings.auth = AuthMode::AkSk;
        settings.region = p.value(region);
        settings.imsEndpoint = QUrl(p.value(endpoint));
        settings.projectId = p.value(projectId);
        Credentials credentials;
        credentials.accessKey = qEnvironmentVariable("IMS_WIZARD_AK");
        credentials.secretKey = qEnvironmentVariable("IMS_WIZARD_SK");
        credentials.securityToken = qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN");
        if (credentials.accessKey.isEmpty() || credentials.secretKey.isEmpty())
            return fail(err, ExportCommand::tr("--auth aksk needs IMS_WIZARD_AK and IMS_WIZARD_SK to sign the command"), ExitUsage);
        if (settings.projectId.isEmpty() || (settings.region.isEmpty() && settings.imsEndpoint.isEmpty()))
            return fail(err, ExportCommand::tr("--auth aksk needs --project-id and --region or --endpoint"), ExitUsage);
        settings.accessKey = credentials.accessKey;
        session = std::make_unique<Session>(settings, credentials, nullptr);
        options.session = session.get();
    } else if (!p.value(auth).isEmpty() && p.value(auth) != QLatin1String("token") && p.value(auth) != QLatin1String("aksk")) {
        return fail(err, ExportCommand::tr("--auth must be token or aksk, not \"%1\"").arg(p.value(auth)), ExitUsage);
    }
    const ExportResult result = exporter->run(*method, file->fields, options);
    if (!result.ok())
        return fail(err, result.error, 1);
    if (p.isSet(output)) {
        QSaveFile f(p.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(result.text.toUtf8()) < 0 || !f.commit())
            return fail(err, ExportCommand::tr("cannot write %1: %2").arg(p.value(output), f.errorString()), ExitUsage);
        return 0;
    }
    out << result.text;
    out.flush();
    return 0;
}

} // namespace ims
