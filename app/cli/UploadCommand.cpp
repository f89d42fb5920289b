// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UploadCommand.h"

#include "CommandHelp.h"

#include "ObsOptions.h"

#include "obs/FileUpload.h"
#include "obs/ObsClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QRegularExpression>

namespace ims {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)
};

int usage(QTextStream &err, const QString &problem)
{
    err << "ims-wizard-cli upload: " << problem << '\n'
        << Text::tr("Run 'ims-wizard-cli upload --help' for usage.") << '\n';
    err.flush();
    return 2;
}

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 parseByteSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+)\\s*([KMGkmg]?)(i?B?)?$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    qint64 n = m.captured(1).toLongLong(&ok);
    const QChar unit = m.captured(2).isEmpty() ? QChar() : m.captured(2).at(0).toUpper();
    const int shift = unit == QLatin1Char('K')   ? 10
                      : unit == QLatin1Char('M') ? 20
                      : unit == QLatin1Char('G') ? 30
                                                 : 0;
    if (!ok || n > (qint64(1) << (62 - shift)))
        return -1;
    return n << shift;
}

int runUploadCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Upload a file to OBS as BUCKET/KEY: multipart with several parts at once, resumed "
                 "when run again after an interruption (the parts OBS already holds are not sent again)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The file to upload."));
    p.addPositionalArgument(QStringLiteral("BUCKET/KEY"), Text::tr("The bucket and the object name."));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      Text::tr("Parts sent at once, 1–16 (default 3)."), QStringLiteral("N"),
                                      QStringLiteral("3"));
    const QCommandLineOption partSize(
        QStringLiteral("part-size"),
        Text::tr("Part size, e.g. 64M (100K–5G; default: from the file size, at least 16M)."),
        QStringLiteral("SIZE"));
    p.addOptions({parallel, partSize});
    ObsOptions obs;
    obs.addTo(p);
    if (!p.parse(args))
        return usage(err, p.errorText());
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(err, Text::tr("give a FILE and a BUCKET/KEY"));
    const qsizetype slash = pos[1].indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == pos[1].size() - 1)
        return usage(err, Text::tr("the destination must be BUCKET/KEY, not \"%1\"").arg(pos[1]));
    bool ok = false;
    const int n = p.value(parallel).toInt(&ok);
    if (!ok || n < 1 || n > FileUpload::maxParallel)
        return usage(err, Text::tr("--parallel must be a number from 1 to 16"));
    qint64 size = 0;
    if (p.isSet(partSize)) {
        size = parseByteSize(p.value(partSize));
        if (size <= 0)
            return usage(err, Text::tr("--part-size must be a size such as 100K, 64M or 1G, not \"%1\"")
                                  .arg(p.value(partSize)));
    }

    ObsClient client;
    QString problem;
    if (!obs.configure(p, client, &problem))
        return usage(err, problem);

    FileUpload upload(&client, pos[0], pos[1].left(slash), pos[1].mid(slash + 1));
    upload.setParallel(n);
    upload.setPartSize(size);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer lastLine;
    qint64 startBytes = -1;
    const QLocale c = QLocale::c();
    QObject::connect(&upload, &FileUpload::notice, &upload, [&err](const QString &text) {
        err << "ims-wizard-cli: " << text << '\n';
        err.flush();
    });
    // One line at most every half second: bytes, speed over this run, time left at that speed.
    QObject::connect(&upload, &FileUpload::progress, &upload, [&](qint64 done, qint64 total) {
        if (startBytes < 0)
            startBytes = done;
        if (lastLine.isValid() && lastLine.elapsed() < 500 && done < total)
            return;
        lastLine.start();
        const double seconds = std::max<qint64>(clock.elapsed(), 1) / 1000.0;
        const double speed = double(done - startBytes) / seconds;
        // Before the first bytes of this run have gone there is no speed to tell, nor a time left.
        const QString rate = speed > 0
                                 ? c.formattedDataSize(qint64(speed), 1, QLocale::DataSizeTraditionalFormat) +
                                       QStringLiteral("/s")
                                 : QStringLiteral("–");
        const QString left = speed > 0 ? duration(qint64(double(total - done) / speed)) : QStringLiteral("–");
        err << Text::tr("%1 of %2 bytes (%3%), %4, %5 left")
                   .arg(done)
                   .arg(total)
                   .arg(total > 0 ? done * 100 / total : 100)
                   .arg(rate, left)
            << '\n';
        err.flush();
    });
    QEventLoop loop;
    QObject::connect(&upload, &FileUpload::finished, &loop, &QEventLoop::quit);
    upload.start();
    loop.exec();
    if (upload.state() != FileUpload::State::Completed) {
        err << "ims-wizard-cli: " << upload.errorMessage() << '\n';
        if (!upload.uploadId().isEmpty())
            err << Text::tr("The parts sent so far are kept: run the same command again to resume.") << '\n';
        err.flush();
        return 1;
    }
    out << Text::tr("Uploaded %1 to %2 (%3 bytes, %4 parts sent in %5 s, ETag %6).")
               .arg(pos[0], pos[1])
               .arg(upload.totalBytes())
               .arg(upload.partsSent())
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               .arg(QString::fromLatin1(upload.objectEtag()))
        << '\n';
    out.flush();
    return 0;
}

} // namespace ims
