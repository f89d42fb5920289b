// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "BatchRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ims {

// What a batch is made of: a folder of request files (the format `ims-wizard-cli submit FILE` takes,
// sent in file-name order) or a CSV file whose header names the catalogue's fields (plus an optional
// `method` column), one image per row. `{row}` in any value becomes the row's number, so that one row
// can say `web-{row}` for a hundred names. A row that cannot be read becomes an Invalid row saying
// where (row and column); a file that cannot be read at all is an error.
class BatchInput
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)
public:
    static constexpr int maxRows = 5000;
    static constexpr qint64 maxCsvSize = 16 * 1024 * 1024;

    QString path;  // absolute
    QString name;  // the file's or folder's name (the job monitor's parent row)
    QString id;    // the same input (path, content, method) gives the same id: how a rerun resumes
    QList<BatchRow> rows;

    // `fixedMethod`: the method of rows that do not name one (a CSV without a method column).
    static std::optional<BatchInput> read(const QString &path, const QString &fixedMethod, QString *error);
    // Replaces {row} in every string of `value` (objects and lists included).
    static QJsonValue withRow(const QJsonValue &value, int row);

private:
    static std::optional<BatchInput> readCsv(const QString &path, const QString &fixedMethod, QString *error);
    static std::optional<BatchInput> readFolder(const QString &path, QString *error);
};

} // namespace ims
