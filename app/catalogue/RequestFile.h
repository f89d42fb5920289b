// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ims {

// A request file: {"method": "<id>", "fields": {<the API's own JSON names>}} with optional "name",
// "description" (about the file itself) and "schema" (format version). The one format shared by the
// CLI, saved profiles and the wizard's "Save as request file…".
class RequestFile
{
    Q_DECLARE_TR_FUNCTIONS(RequestFile)
public:
    static constexpr int schemaVersion = 1;
    static constexpr qint64 maxFileSize = 1024 * 1024; // request files are small; refuse to slurp a huge one

    QString method;
    QJsonObject fields;
    QString name;
    QString description;

    // Reads the structure only (the fields are judged by RequestValidator). On failure returns
    // nothing and sets `error` to a sentence naming the problem.
    static std::optional<RequestFile> parse(const QByteArray &json, QString *error);
    // "-" reads standard input (and messages call it so).
    static std::optional<RequestFile> load(const QString &path, QString *error);
    QByteArray toJson() const;
};

} // namespace ims
