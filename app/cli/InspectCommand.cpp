// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "InspectCommand.h"

#include "CommandHelp.h"

#include "catalogue/Catalogue.h"
#include "catalogue/OsVersions.h"
#include "imagefile/FileByteSource.h"
#include "imagefile/ImageInspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims {

namespace {
// Text::tr(): lupdate files the texts under "InspectCommand", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
};

int usage(QTextStream &err, const QString &problem)
{
    err << "ims-wizard-cli inspect: " << problem << '\n';
    err.flush();
    return 2;
}

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2);
}
} // namespace

int runInspectCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Read an image file's format, virtual size and problems from its headers, "
                                         "and the smallest min_disk a method takes for it."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the result as JSON."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Text::tr("The creation method min_disk is computed for (default file-system)."),
                                    QStringLiteral("ID"), QStringLiteral("file-system"));
    const QCommandLineOption osType(QStringLiteral("os-type"), Text::tr("Linux or Windows: the OS family min_disk floors depend on (default Linux)."),
                                    QStringLiteral("OS"), QStringLiteral("Linux"));
    p.addOptions({json, method, osType});
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The image file."));
    if (!p.parse(args))
        return usage(err, p.errorText());
    if (helpAsked(p)) {
        out << commandHelp(p);
        out.flush();
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return usage(err, Text::tr("inspect takes exactly one image file"));
    const MethodSpec *spec = Catalogue::instance().method(p.value(method));
    if (!spec || !spec->field(QStringLiteral("min_disk"))) {
        QStringList ids;
        for (const auto &m : Catalogue::instance().methods())
            if (m.field(QStringLiteral("min_disk")))
                ids.append(m.id);
        return usage(err, Text::tr("--method must be one of %1").arg(ids.join(QLatin1String(", "))));
    }
    const OsFamily os = OsVersions::familyOfOsType(p.value(osType));
    if (os != OsFamily::Linux && os != OsFamily::Windows)
        return usage(err, Text::tr("--os-type must be Linux or Windows"));

    const QString path = p.positionalArguments().first();
    if (QFileInfo(path).isDir())
        return usage(err, Text::tr("%1 is a folder, not an image file").arg(path));
    FileByteSource source(path);
    if (!source.open())
        return usage(err, Text::tr("cannot read %1: %2").arg(path, source.errorString()));
    ImageInfo info = ImageInspector::inspect(source);
    const qint64 minDisk = ImageInspector::minDiskGb(info, *spec, os, &info.problems);
    const bool blocked = info.blocksImport();

    if (p.isSet(json)) {
        QJsonArray problems;
        for (const auto &pr : info.problems)
            problems.append(QJsonObject{{QStringLiteral("severity"), pr.blocks() ? QStringLiteral("error") : QStringLiteral("warning")},
                                        {QStringLiteral("message"), pr.message}});
        QJsonObject o{{QStringLiteral("file"), path},
                      {QStringLiteral("format"), formatName(info.format)},
                      {QStringLiteral("virtual_size"), info.virtualSize >= 0 ? QJsonValue(info.virtualSize) : QJsonValue()},
                      {QStringLiteral("file_size"), info.fileSize},
                      {QStringLiteral("min_disk_gb"), minDisk},
                      {QStringLiteral("method"), spec->id},
                      {QStringLiteral("os_type"), osFamilyName(os)},
                      {QStringLiteral("compressed"), info.compressed},
                      {QStringLiteral("encrypted"), info.encrypted},
                      {QStringLiteral("backing_file"), info.backingFile.isEmpty() ? QJsonValue() : QJsonValue(info.backingFile)},
                      {QStringLiteral("name_claims"), info.nameClaims ? QJsonValue(formatName(*info.nameClaims)) : QJsonValue()},
                      {QStringLiteral("importable"), !blocked},
                      {QStringLiteral("problems"), problems}};
        if (!info.subformat.isEmpty())
            o.insert(QStringLiteral("subformat"), info.subformat);
        if (info.version > 0)
            o.insert(QStringLiteral("version"), info.version);
        if (!info.extentFiles.isEmpty())
            o.insert(QStringLiteral("extent_files"), QJsonArray::fromStringList(info.extentFiles));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        QString format = formatName(info.format);
        if (!info.subformat.isEmpty())
            format += QStringLiteral(" (%1)").arg(info.subformat);
        else if (info.version > 0)
            format += Text::tr(" (version %1)").arg(info.version);
        out << path << '\n';
        out << "  " << Text::tr("format:       %1").arg(format) << '\n';
        out << "  "
            << (info.virtualSize >= 0 ? Text::tr("virtual_size: %1 bytes (%2 GiB)").arg(info.virtualSize).arg(gib(info.virtualSize))
                                      : Text::tr("virtual_size: unknown"))
            << '\n';
        out << "  " << Text::tr("file_size:    %1 bytes (%2 GiB)").arg(info.fileSize).arg(gib(info.fileSize)) << '\n';
        out << "  " << Text::tr("min_disk_gb:  %1 (%2, %3)").arg(minDisk).arg(spec->id, osFamilyName(os)) << '\n';
        if (info.compressed)
            out << "  " << Text::tr("compressed") << '\n';
        if (info.encrypted)
            out << "  " << Text::tr("encrypted") << '\n';
        for (const auto &pr : info.problems)
            out << "  " << (pr.blocks() ? Text::tr("error") : Text::tr("warning")) << "  " << pr.message << '\n';
        out << "  " << (blocked ? Text::tr("IMS cannot import this file as it is.") : Text::tr("IMS can import this file.")) << '\n';
    }
    out.flush();
    return blocked ? 1 : 0;
}

} // namespace ims
