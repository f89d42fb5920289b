// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/RequestFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ims {

// Saved request profiles: named, reusable requests, one JSON file each (the CLI's request-file
// format, so `ims-wizard-cli validate/preview/submit` read them as they are) under the app-data
// folder, written atomically. A profile holds a method and API fields only: never a secret.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    struct Profile
    {
        QString name;
        QString methodId;
        QString path;
        QDateTime modified;
    };

    // IMS_WIZARD_DATA_DIR moves it, as it moves the job list.
    static QString defaultDirectory();
    explicit ProfileStore(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    QList<Profile> list() const; // by name
    std::optional<RequestFile> load(const QString &name, QString *error = nullptr) const;
    // Saves under request.name (replacing a profile of that name); false with a reason otherwise.
    bool save(const RequestFile &request, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool duplicate(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

    // Import one request file; a bad file imports nothing and the error names the file and the problem.
    bool importFile(const QString &path, QString *importedName = nullptr, QString *error = nullptr);
    // Import every *.json of a folder; returns the errors of the files that were not imported.
    QStringList importFolder(const QString &folder, int *imported = nullptr);
    bool exportTo(const QString &name, const QString &path, QString *error = nullptr) const;
    // Writes every profile into `folder` as <name>.json; false at the first failure.
    bool exportAll(const QString &folder, QString *error = nullptr) const;

    static QString fileNameFor(const QString &profileName);

private:
    QString pathFor(const QString &name) const;
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    QString m_directory;
};

} // namespace ims
