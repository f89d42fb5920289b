// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ims::OrderedJson {

namespace {

QByteArray scalar(const QJsonValue &v)
{
    // QJsonDocument escapes strings and formats numbers; wrap the scalar in an array to borrow that.
    QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &v, const QList<FieldSpec> *order, Style style, int depth);

void newline(QByteArray &out, Style style, int depth)
{
    if (style == Style::Indented) {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    }
}

void writeObject(QByteArray &out, const QJsonObject &o, const QList<FieldSpec> *order, Style style, int depth)
{
    if (o.isEmpty()) {
        out += "{}";
        return;
    }
    QStringList keys;
    if (order)
        for (const auto &f : *order)
            if (o.contains(f.key))
                keys << f.key;
    for (const auto &k : o.keys())
        if (!keys.contains(k))
            keys << k;
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        newline(out, style, depth + 1);
        out += scalar(keys[i]);
        out += style == Style::Indented ? ": " : ":";
        const QList<FieldSpec> *childOrder = nullptr;
        if (order)
            for (const auto &f : *order)
                if (f.key == keys[i] && !f.itemFields.isEmpty())
                    childOrder = &f.itemFields;
        writeValue(out, o.value(keys[i]), childOrder, style, depth + 1);
        if (i + 1 < keys.size())
            out += ',';
    }
    newline(out, style, depth);
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &v, const QList<FieldSpec> *order, Style style, int depth)
{
    if (v.isObject()) {
        writeObject(out, v.toObject(), order, style, depth);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            newline(out, style, depth + 1);
            writeValue(out, a.at(i), order, style, depth + 1);
            if (i + 1 < a.size())
                out += ',';
        }
        newline(out, style, depth);
        out += ']';
    } else {
        out += scalar(v);
    }
}

} // namespace

QByteArray write(const QJsonValue &value, const QList<FieldSpec> &order, Style style)
{
    QByteArray out;
    writeValue(out, value, &order, style, 0);
    return out;
}

} // namespace ims::OrderedJson
