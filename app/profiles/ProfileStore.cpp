// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ProfileStore.h"

#include "DataDirectory.h"
#include "catalogue/Catalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>

namespace ims {

QString ProfileStore::defaultDirectory()
{
    return dataDirectory() + QStringLiteral("/profiles");
}

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory)
{
}

QString ProfileStore::fileNameFor(const QString &profileName)
{
    // Names stay readable as file names; anything a file system might refuse becomes "_".
    QString out;
    for (const QChar c : profileName.trimmed())
        out += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(' '))
                   ? c
                   : QLatin1Char('_');
    return out + QStringLiteral(".json");
}

QString ProfileStore::pathFor(const QString &name) const
{
    return QDir(m_directory).filePath(fileNameFor(name));
}

QList<ProfileStore::Profile> ProfileStore::list() const
{
    QList<Profile> out;
    const QDir dir(m_directory);
    for (const auto &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto file = RequestFile::load(info.filePath(), nullptr);
        if (!file)
            continue;
        out.append({file->name.isEmpty() ? info.completeBaseName() : file->name, file->method, info.filePath(), info.lastModified()});
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<RequestFile> ProfileStore::load(const QString &name, QString *error) const
{
    return RequestFile::load(pathFor(name), error);
}

bool ProfileStore::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::save(const RequestFile &request, QString *error)
{
    if (request.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    if (!Catalogue::instance().method(request.method)) {
        if (error)
            *error = tr("\"%1\" is not a creation method.").arg(request.method);
        return false;
    }
    return writeFile(pathFor(request.name), request.toJson(), error);
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    auto request = load(from, error);
    if (!request)
        return false;
    if (QFileInfo::exists(pathFor(to)) && fileNameFor(to) != fileNameFor(from)) {
        if (error)
            *error = tr("A profile named \"%1\" exists already.").arg(to);
        return false;
    }
    request->name = to;
    if (!save(*request, error))
        return false;
    return fileNameFor(to) == fileNameFor(from) || QFile::remove(pathFor(from));
}

bool ProfileStore::duplicate(const QString &from, const QString &to, QString *error)
{
    auto request = load(from, error);
    if (!request)
        return false;
    if (QFileInfo::exists(pathFor(to))) {
        if (error)
            *error = tr("A profile named \"%1\" exists already.").arg(to);
        return false;
    }
    request->name = to;
    return save(*request, error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (!QFile::remove(pathFor(name))) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    return true;
}

bool ProfileStore::importFile(const QString &path, QString *importedName, QString *error)
{
    QString problem;
    auto request = RequestFile::load(path, &problem);
    if (!request) {
        if (error)
            *error = problem; // RequestFile names the file and the problem
        return false;
    }
    if (!Catalogue::instance().method(request->method)) {
        if (error)
            *error = tr("%1: \"%2\" is not a creation method; nothing was imported.").arg(path, request->method);
        return false;
    }
    if (request->name.isEmpty())
        request->name = QFileInfo(path).completeBaseName();
    if (importedName)
        *importedName = request->name;
    return save(*request, error);
}

QStringList ProfileStore::importFolder(const QString &folder, int *imported)
{
    QStringList errors;
    int count = 0;
    const QDir dir(folder);
    for (const auto &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (importFile(info.filePath(), nullptr, &error))
            ++count;
        else
            errors << error;
    }
    if (imported)
        *imported = count;
    return errors;
}

bool ProfileStore::exportTo(const QString &name, const QString &path, QString *error) const
{
    const auto request = load(name, error);
    return request && writeFile(path, request->toJson(), error);
}

bool ProfileStore::exportAll(const QString &folder, QString *error) const
{
    for (const auto &p : list())
        if (!exportTo(p.name, QDir(folder).filePath(fileNameFor(p.name)), error))
            return false;
    return true;
}

} // namespace ims
