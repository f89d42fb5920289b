// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "CheckCommand.h"

#include "CloudCommands.h"
#include "CommandHelp.h"
#include "ExitStatus.h"
#include "KeychainToken.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"
#include "checks/PreSubmitChecks.h"
#include "cloud/ImsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

int fail(QTextStream &err, const QString &message, int code)
{
    return reportFailure(err, QStringLiteral("check"), message, code, true);
}

// The mark a person sees on the review page, for a terminal.
QString mark(CheckResult::Verdict verdict)
{
    switch (verdict) {
    case CheckResult::Verdict::Pass:
        return QStringLiteral("✓");
    case CheckResult::Verdict::Warning:
        return QStringLiteral("⚠");
    case CheckResult::Verdict::Blocking:
        return QStringLiteral("✗");
    case CheckResult::Verdict::Skipped:
        break;
    }
    return QStringLiteral("–");
}

} // namespace

int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Check a request file against the account before sending it: the ECS, disks, OBS file, name, quota, "
                 "KMS key and enterprise project it names. Each check passes, warns, blocks or is skipped with its reason. "
                 "Exit status: 0 when every check passes or only warns, 1 when a check blocks (the create call would fail) "
                 "or the file is not valid, 2 when the file or the connection cannot be used. OBS is read with "
                 "IMS_WIZARD_AK and IMS_WIZARD_SK; without them the OBS checks are skipped."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    addConnectionOptions(p);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the checks as JSON: verdict, field and sentence of each."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The request file, or - for standard input."));
    if (!p.parse(args))
        return fail(err, p.errorText(), ExitUsage);
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return fail(err, Text::tr("check takes exactly one request file"), ExitUsage);
    QString error;
    const auto file = RequestFile::load(p.positionalArguments().first(), &error);
    if (!file)
        return fail(err, error, ExitUsage);
    const MethodSpec *method = Catalogue::instance().method(file->method);
    if (!method)
        return fail(err, Text::tr("\"%1\" is not a method; the methods are: %2")
                             .arg(file->method, Catalogue::instance().methodIds().join(QLatin1String(", "))),
                    ExitUsage);
    // The account is asked about a request that could be sent: an invalid one is validate's to explain.
    const auto issues = RequestValidator::validate(*method, file->fields);
    if (hasErrors(issues)) {
        for (const auto &i : issues)
            if (i.isError())
                err << "  " << Text::tr("error") << "  " << i.field << ": " << i.message << '\n';
        return fail(err, Text::tr("the request is not valid, nothing checked (see 'ims-wizard-cli validate')"), ExitFailed);
    }

    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFromParser(p, &settings, &credentials, &error))
        return fail(err, error, ExitUsage);
    // OBS signs with an access key even on a password connection: the keys `list objects` uses.
    if (credentials.accessKey.isEmpty() && credentials.secretKey.isEmpty()) {
        credentials.accessKey = qEnvironmentVariable("IMS_WIZARD_AK");
        credentials.secretKey = qEnvironmentVariable("IMS_WIZARD_SK");
        credentials.securityToken = qEnvironmentVariable("IMS_WIZARD_SECURITY_TOKEN");
    }
    ImsClient client(settings, credentials);
    const KeychainToken keptToken(&client);
    PreSubmitChecks checks(&client, *method, file->fields);
    QEventLoop loop;
    QObject::connect(&checks, &PreSubmitChecks::finished, &loop, &QEventLoop::quit);
    checks.start();
    if (!checks.isFinished())
        loop.exec();

    const QList<CheckResult> results = checks.results();
    if (p.isSet(json)) {
        QJsonArray list;
        for (const auto &r : results)
            list.append(QJsonObject{{QStringLiteral("verdict"), PreSubmitChecks::verdictName(r.verdict)},
                                    {QStringLiteral("field"), r.field},
                                    {QStringLiteral("sentence"), r.sentence}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("method"), method->id},
                                         {QStringLiteral("blocking"), checks.hasBlocking()},
                                         {QStringLiteral("checks"), list}})
                   .toJson(QJsonDocument::Indented);
    } else {
        int counts[4] = {0, 0, 0, 0};
        for (const auto &r : results) {
            ++counts[int(r.verdict)];
            out << mark(r.verdict) << ' ' << (r.field.isEmpty() ? QString() : r.field + QStringLiteral(": ")) << r.sentence << '\n';
        }
        out << Text::tr("Checks: %1 pass, %2 warn, %3 block, %4 skipped.")
                   .arg(counts[int(CheckResult::Verdict::Pass)])
                   .arg(counts[int(CheckResult::Verdict::Warning)])
                   .arg(counts[int(CheckResult::Verdict::Blocking)])
                   .arg(counts[int(CheckResult::Verdict::Skipped)])
            << '\n';
    }
    out.flush();
    return checks.hasBlocking() ? ExitFailed : ExitOk;
}

} // namespace ims
