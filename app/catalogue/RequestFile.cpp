// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RequestFile.h"

#include "OrderedJson.h"
#include "Catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace ims {

std::optional<RequestFile> RequestFile::parse(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("a request file must be a JSON object with \"method\" and \"fields\""));
    const QJsonObject root = doc.object();
    static const QStringList allowed = {QStringLiteral("method"), QStringLiteral("fields"), QStringLiteral("name"),
                                        QStringLiteral("description"), QStringLiteral("schema")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(tr("unknown top-level key \"%1\"; a request file has only %2")
                            .arg(it.key(), allowed.join(QLatin1String(", "))));
    if (root.contains(QStringLiteral("schema"))) {
        const QJsonValue s = root.value(QStringLiteral("schema"));
        if (!s.isDouble() || s.toDouble() != double(s.toInt()) || s.toInt() < 1)
            return fail(tr("\"schema\" must be a whole number such as %1").arg(schemaVersion));
        if (s.toInt() > schemaVersion)
            return fail(tr("the file has schema %1, written by a newer IMS Wizard; this one reads schema %2")
                            .arg(s.toInt()).arg(schemaVersion));
    }
    const QJsonValue method = root.value(QStringLiteral("method"));
    if (!method.isString() || method.toString().isEmpty())
        return fail(tr("\"method\" is missing or not a string; it must be one of: %1")
                        .arg(Catalogue::instance().methodIds().join(QLatin1String(", "))));
    const QJsonValue fields = root.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return fail(tr("\"fields\" is missing or not a JSON object"));
    for (const char *key : {"name", "description"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return fail(tr("\"%1\" must be a string").arg(QLatin1String(key)));
    }
    RequestFile file;
    file.method = method.toString();
    file.fields = fields.toObject();
    file.name = root.value(QStringLiteral("name")).toString();
    file.description = root.value(QStringLiteral("description")).toString();
    return file;
}

std::optional<RequestFile> RequestFile::load(const QString &fileName, QString *error)
{
    // "-" is standard input, and is called so in messages (not /dev/stdin).
    const bool standardInput = fileName == QLatin1String("-");
    const QString path = standardInput ? tr("standard input") : fileName;
    QFile f(standardInput ? QString() : fileName);
    if (!(standardInput ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly))) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (!standardInput && QFileInfo(path).isFile() && f.size() > maxFileSize) {
        if (error)
            *error = tr("%1 is %2 bytes; a request file may be at most %3 bytes").arg(path).arg(f.size()).arg(maxFileSize);
        return std::nullopt;
    }
    // Read one byte past the limit so a stream (stdin, a pipe) that is too large is caught too. A pipe
    // hands over what it holds at the moment, so read until its end or past the limit.
    QByteArray data;
    while (data.size() <= maxFileSize) {
        const QByteArray chunk = f.read(maxFileSize + 1 - data.size());
        if (chunk.isEmpty()) // the end (a blocking read returns nothing only there)
            break;
        data += chunk;
    }
    if (data.size() > maxFileSize) {
        if (error)
            *error = tr("%1 is larger than %2 bytes, the limit for a request file").arg(path).arg(maxFileSize);
        return std::nullopt;
    }
    QString parseError;
    auto file = parse(data, &parseError);
    if (!file && error)
        *error = tr("%1: %2").arg(path, parseError);
    return file;
}

QByteArray RequestFile::toJson() const
{
    const MethodSpec *m = Catalogue::instance().method(method);
    QJsonObject root{{QStringLiteral("schema"), schemaVersion}, {QStringLiteral("method"), method}};
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    root.insert(QStringLiteral("fields"), fields);
    static const QList<FieldSpec> topOrder = {field(QStringLiteral("schema"), FieldType::Integer),
                                              field(QStringLiteral("method"), FieldType::String),
                                              field(QStringLiteral("name"), FieldType::String),
                                              field(QStringLiteral("description"), FieldType::String)};
    QList<FieldSpec> order = topOrder;
    FieldSpec fieldsSpec = field(QStringLiteral("fields"), FieldType::ObjectList);
    if (m)
        fieldsSpec.itemFields = m->fields;
    order.append(fieldsSpec);
    return OrderedJson::write(root, order, OrderedJson::Style::Indented) + '\n';
}

} // namespace ims
