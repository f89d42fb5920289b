// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SignCommand.h"

#include "CommandHelp.h"

#include "cloud/RequestSigner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QUrl>

namespace ims {

namespace {
// Text::tr() rather than a helper calling translate(): lupdate then files the texts under
// "SignCommand", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)
};

int usage(QTextStream &err, const QString &problem)
{
    err << "ims-wizard-cli sign: " << problem << '\n';
    err.flush();
    return 2;
}
} // namespace

int runSignCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Compute the SDK-HMAC-SHA256 Authorization header of a request (API Request Signing Guide)."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    const QCommandLineOption ak(QStringLiteral("ak"), Text::tr("Access key [IMS_WIZARD_AK]."), QStringLiteral("AK"));
    const QCommandLineOption sk(QStringLiteral("sk"), Text::tr("Secret key [IMS_WIZARD_SK] (on the command line only a test key: command lines are visible to other users)."), QStringLiteral("SK"));
    const QCommandLineOption method(QStringLiteral("method"), Text::tr("HTTP method, e.g. POST."), QStringLiteral("M"));
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("The full URL, with its query."), QStringLiteral("URL"));
    const QCommandLineOption header(QStringLiteral("header"), Text::tr("A header to sign, 'Name: value' (repeatable)."), QStringLiteral("H"));
    const QCommandLineOption body(QStringLiteral("body"), Text::tr("The request body."), QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), Text::tr("Read the request body from a file."), QStringLiteral("F"));
    const QCommandLineOption date(QStringLiteral("date"), Text::tr("X-Sdk-Date, YYYYMMDDTHHMMSSZ (default: now)."), QStringLiteral("DATE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), Text::tr("Also print the canonical request and the string to sign."));
    p.addOptions({ak, sk, method, url, header, body, bodyFile, date, verbose});
    if (!p.parse(args))
        return usage(err, p.errorText());
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return 0;
    }
    // The keys may come from the environment as for every other command (IMS_WIZARD_AK/SK): a
    // secret key on the command line is visible to other users.
    const QString accessKey = p.isSet(ak) ? p.value(ak) : qEnvironmentVariable("IMS_WIZARD_AK");
    const QString secretKey = p.isSet(sk) ? p.value(sk) : qEnvironmentVariable("IMS_WIZARD_SK");
    if (accessKey.isEmpty())
        return usage(err, Text::tr("--ak (or IMS_WIZARD_AK) is required"));
    if (secretKey.isEmpty())
        return usage(err, Text::tr("--sk (or IMS_WIZARD_SK) is required"));
    for (const auto *o : {&method, &url})
        if (!p.isSet(*o))
            return usage(err, Text::tr("--%1 is required").arg(o->names().first()));
    // Without --date: now, as a client signing the request now would.
    const QByteArray sdkDate = p.isSet(date) ? p.value(date).toLatin1()
                                             : QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    if (!RequestSigner::isValidSdkDate(sdkDate))
        return usage(err, Text::tr("--date must look like 20200608T023900Z, not \"%1\"").arg(p.value(date)));
    if (p.isSet(body) && p.isSet(bodyFile))
        return usage(err, Text::tr("give --body or --body-file, not both"));
    const QUrl target(p.value(url), QUrl::StrictMode);
    if (!target.isValid() || target.host().isEmpty())
        return usage(err, Text::tr("--url must be a full URL such as https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages"));
    QByteArray payload = p.value(body).toUtf8();
    if (p.isSet(bodyFile)) {
        QFile f(p.value(bodyFile));
        if (!f.open(QIODevice::ReadOnly))
            return usage(err, Text::tr("cannot read %1: %2").arg(p.value(bodyFile), f.errorString()));
        payload = f.readAll();
    }
    HeaderList headers;
    for (const auto &h : p.values(header)) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usage(err, Text::tr("--header must be 'Name: value', not \"%1\"").arg(h));
        headers.append({h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    const auto result = RequestSigner::sign({accessKey, secretKey, QString(), QString()}, p.value(method).toUpper().toLatin1(),
                                            target, QUrlQuery(target), headers, payload, sdkDate);
    if (p.isSet(verbose)) {
        out << "--- canonical request ---\n" << result.canonicalRequest << "\n--- string to sign ---\n"
            << result.stringToSign << "\n--- headers to send ---\n";
        for (const auto &h : result.headers)
            if (h.first.compare("Authorization", Qt::CaseInsensitive) != 0)
                out << h.first << ": " << h.second << '\n';
        out << "--- Authorization ---\n";
    }
    out << result.authorization << '\n';
    // The SDK's rule added a header the signature covers: without it the server computes another signature.
    bool addedUnsigned = false;
    for (const auto &h : result.headers)
        addedUnsigned = addedUnsigned || h.first == "X-Sdk-Content-Sha256";
    for (const auto &h : headers)
        addedUnsigned = addedUnsigned && h.first.compare("X-Sdk-Content-Sha256", Qt::CaseInsensitive) != 0;
    if (addedUnsigned)
        err << Text::tr("ims-wizard-cli sign: the Content-Type is not JSON, so the request is signed as the SDK does "
                        "with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD; send that header too.")
            << '\n';
    err.flush();
    out.flush();
    return 0;
}

} // namespace ims
