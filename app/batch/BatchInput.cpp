// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchInput.h"

#include "CsvTable.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ims {

namespace {

const QString methodColumn = QStringLiteral("method");
const QString rowTemplate = QStringLiteral("{row}");

QString withRowText(QString text, int row)
{
    return text.replace(rowTemplate, QString::number(row));
}

// One cell as the JSON value its field takes (the catalogue says which type); nothing and `error`
// when the text cannot be one. An empty cell is "not set": the field is not sent.
std::optional<QJsonValue> cellValue(const FieldSpec &field, const QString &text, QString *error)
{
    switch (field.type) {
    case FieldType::String:
        return QJsonValue(text);
    case FieldType::Integer: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok) {
            *error = BatchInput::tr("\"%1\" is not a whole number").arg(text);
            return std::nullopt;
        }
        return QJsonValue(n);
    }
    case FieldType::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return QJsonValue(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return QJsonValue(false);
        *error = BatchInput::tr("\"%1\" is not true or false").arg(text);
        return std::nullopt;
    }
    case FieldType::StringList:
    case FieldType::ObjectList: {
        const QString t = text.trimmed();
        if (t.startsWith(QLatin1Char('['))) {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &parseError);
            if (!doc.isArray()) {
                *error = BatchInput::tr("not a JSON list: %1").arg(parseError.errorString());
                return std::nullopt;
            }
            return QJsonValue(doc.array());
        }
        if (field.type == FieldType::ObjectList) {
            *error = BatchInput::tr("a list of objects is written as JSON: [{\"…\": …}]");
            return std::nullopt;
        }
        // Tags as a spreadsheet person writes them: "a.1,b.2".
        QJsonArray list;
        for (const auto &item : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(item.trimmed());
        return QJsonValue(list);
    }
    }
    return std::nullopt;
}

QString fingerprint(const QString &path, const QString &fixedMethod, const QList<QByteArray> &contents)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(fixedMethod.toUtf8());
    for (const auto &c : contents) {
        h.addData(QByteArrayView("\n"));
        h.addData(QByteArray::number(c.size()));
        h.addData(c);
    }
    return QString::fromLatin1(h.result().toHex().left(20));
}

} // namespace

QJsonValue BatchInput::withRow(const QJsonValue &value, int row)
{
    if (value.isString())
        return withRowText(value.toString(), row);
    if (value.isArray()) {
        QJsonArray a;
        for (const auto &v : value.toArray())
            a.append(withRow(v, row));
        return a;
    }
    if (value.isObject()) {
        QJsonObject o;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), withRow(it.value(), row));
        return o;
    }
    return value;
}

std::optional<BatchInput> BatchInput::read(const QString &path, const QString &fixedMethod, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file or folder").arg(path);
        return std::nullopt;
    }
    if (!fixedMethod.isEmpty() && !Catalogue::instance().method(fixedMethod)) {
        *error = tr("\"%1\" is not a method; the methods are: %2")
                     .arg(fixedMethod, Catalogue::instance().methodIds().join(QLatin1String(", ")));
        return std::nullopt;
    }
    auto input = info.isDir() ? readFolder(info.absoluteFilePath(), error) : readCsv(info.absoluteFilePath(), fixedMethod, error);
    if (input && input->rows.isEmpty()) {
        *error = info.isDir() ? tr("%1: no request files (*.json) in this folder").arg(path)
                              : tr("%1: no rows under the header").arg(path);
        return std::nullopt;
    }
    if (input && input->rows.size() > maxRows) {
        *error = tr("%1: %2 rows; a batch holds at most %3").arg(path).arg(input->rows.size()).arg(maxRows);
        return std::nullopt;
    }
    return input;
}

std::optional<BatchInput> BatchInput::readCsv(const QString &path, const QString &fixedMethod, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > maxCsvSize) {
        *error = tr("%1: larger than %2 MB; split it into several batches").arg(path).arg(maxCsvSize / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray data = f.readAll();
    QString problem;
    const auto table = CsvTable::parse(data, &problem);
    if (!table) {
        *error = tr("%1: %2").arg(path, problem);
        return std::nullopt;
    }
    const Catalogue &catalogue = Catalogue::instance();
    // The header: every name is the method column or a field of some method, and none twice.
    int methodIndex = -1;
    for (int c = 0; c < table->header.size(); ++c) {
        const QString &h = table->header[c];
        if (table->header.indexOf(h) != c) {
            *error = tr("%1: row 1 (the header), column %2: \"%3\" is named twice").arg(path).arg(c + 1).arg(h);
            return std::nullopt;
        }
        if (h.compare(methodColumn, Qt::CaseInsensitive) == 0) {
            methodIndex = c;
            continue;
        }
        bool known = false;
        for (const auto &m : catalogue.methods())
            known = known || m.field(h);
        if (!known) {
            *error = tr("%1: row 1 (the header), column %2: \"%3\" is not a field of any method (see 'ims-wizard-cli methods')")
                         .arg(path)
                         .arg(c + 1)
                         .arg(h);
            return std::nullopt;
        }
    }
    if (methodIndex < 0 && fixedMethod.isEmpty()) {
        *error = tr("%1: no method column; add one, or choose the method of its rows (on the command line: --method)").arg(path);
        return std::nullopt;
    }

    BatchInput input;
    input.path = path;
    input.name = QFileInfo(path).fileName();
    input.id = fingerprint(path, fixedMethod, {data});
    for (int r = 0; r < table->records.size(); ++r) {
        const QStringList &cells = table->records[r];
        BatchRow row;
        row.number = r + 1;
        row.source = tr("row %1").arg(row.number);
        auto refuse = [&](int column, const QString &field, const QString &why) {
            row.state = BatchRow::State::Invalid;
            row.field = field;
            row.sentence = column >= 0 ? tr("row %1, column %2 (%3): %4").arg(row.number).arg(column + 1).arg(table->header.value(column), why)
                                       : tr("row %1: %2").arg(row.number).arg(why);
        };
        if (cells.size() > table->header.size()) {
            refuse(int(table->header.size()), QString(),
                   tr("%1 values but the header names %2 columns (a value with a comma must be quoted)").arg(cells.size()).arg(table->header.size()));
            input.rows.append(row);
            continue;
        }
        row.methodId = methodIndex >= 0 ? cells.value(methodIndex).trimmed() : QString();
        if (row.methodId.isEmpty())
            row.methodId = fixedMethod;
        const MethodSpec *method = catalogue.method(row.methodId);
        if (!method) {
            refuse(methodIndex, QString(),
                   row.methodId.isEmpty() ? tr("no method") : tr("\"%1\" is not a method").arg(row.methodId));
            input.rows.append(row);
            continue;
        }
        for (int c = 0; c < cells.size() && row.state != BatchRow::State::Invalid; ++c) {
            if (c == methodIndex || cells[c].isEmpty())
                continue;
            const QString &key = table->header[c];
            const FieldSpec *field = method->field(key);
            if (!field) {
                refuse(c, key, tr("not a field of %1").arg(method->id));
                break;
            }
            QString why;
            if (const auto value = cellValue(*field, withRowText(cells[c], row.number), &why))
                row.fields.insert(key, *value);
            else
                refuse(c, key, why);
        }
        input.rows.append(row);
    }
    return input;
}

std::optional<BatchInput> BatchInput::readFolder(const QString &path, QString *error)
{
    const QDir dir(path);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    BatchInput input;
    input.path = path;
    input.name = dir.dirName();
    QList<QByteArray> contents;
    for (int i = 0; i < files.size() && i <= maxRows; ++i) {
        BatchRow row;
        row.number = i + 1;
        row.source = files[i];
        const QString filePath = dir.filePath(files[i]);
        QFile f(filePath);
        QByteArray data;
        if (f.open(QIODevice::ReadOnly))
            data = f.read(RequestFile::maxFileSize + 1);
        contents << files[i].toUtf8() << data;
        QString problem;
        const auto file = RequestFile::load(filePath, &problem);
        if (!file) {
            row.state = BatchRow::State::Invalid;
            row.sentence = problem;
        } else {
            row.methodId = file->method;
            row.fields = withRow(file->fields, row.number).toObject();
            if (!Catalogue::instance().method(row.methodId)) {
                row.state = BatchRow::State::Invalid;
                row.sentence = tr("%1: \"%2\" is not a method").arg(files[i], row.methodId);
            }
        }
        input.rows.append(row);
    }
    input.id = fingerprint(path, QString(), contents);
    Q_UNUSED(error)
    return input;
}

} // namespace ims
