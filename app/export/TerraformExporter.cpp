// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TerraformExporter.h"

#include "ExportNames.h"

#include "catalogue/MethodSpec.h"
#include "catalogue/RequestBuilder.h"

#include <QJsonArray>

namespace ims {

namespace {

// Image tags as the provider's `tags` map: "key.value" strings (Image Tag Format) split at the first
// dot, image_tags objects taken as they are. Both are the same tags for the image.
QList<QPair<QString, QString>> tagMap(const QJsonObject &obj)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &t : obj.value(QLatin1String("tags")).toArray()) {
        const QString s = t.toString();
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        out.append(dot < 0 ? qMakePair(s, QString()) : qMakePair(s.left(dot), s.mid(dot + 1)));
    }
    for (const QJsonValue &t : obj.value(QLatin1String("image_tags")).toArray())
        out.append({t[QLatin1String("key")].toString(), t[QLatin1String("value")].toString()});
    return out;
}

bool writeValue(const QJsonValue &v, QString *out)
{
    if (v.isString())
        *out = TerraformExporter::quote(v.toString());
    else if (v.isBool())
        *out = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        *out = QString::number(v.toInteger());
    else
        return false;
    return true;
}

// "name = value" lines with the "=" aligned, as `terraform fmt` (and hclfmt) writes consecutive
// one-line attributes, so the export is already in canonical form.
QString alignedLines(const QList<QPair<QString, QString>> &lines, const QString &indent)
{
    qsizetype width = 0;
    for (const auto &l : lines)
        width = qMax(width, l.first.size());
    QString out;
    for (const auto &l : lines)
        out += indent + l.first.leftJustified(width) + QStringLiteral(" = ") + l.second + QLatin1Char('\n');
    return out;
}

// One resource block, or an error naming the first field the resource cannot hold.
QString resourceBlock(const ExportNames &names, const QString &label, const QJsonObject &obj,
                      const QList<FieldSpec> &order, const QString &pathPrefix, QString *error)
{
    QList<QPair<QString, QString>> arguments;
    for (const FieldSpec &f : order) {
        if (!obj.contains(f.key) || f.key == QLatin1String("tags") || f.key == QLatin1String("image_tags"))
            continue;
        QString value;
        if (!names.terraformArguments.contains(f.key) || !writeValue(obj.value(f.key), &value)) {
            *error = Exporter::noPlaceFor(names.terraformResource, pathPrefix + f.key);
            return {};
        }
        arguments.append({f.key, value});
    }
    if (names.terraformQuickImport)
        arguments.append({QStringLiteral("is_quick_import"), QStringLiteral("true")});
    QString block = QStringLiteral("resource \"%1\" \"%2\" {\n").arg(names.terraformResource, label);
    block += alignedLines(arguments, QStringLiteral("  "));
    const auto tags = tagMap(obj);
    if (!tags.isEmpty()) {
        QList<QPair<QString, QString>> entries;
        for (const auto &t : tags)
            entries.append({TerraformExporter::quote(t.first), TerraformExporter::quote(t.second)});
        block += QStringLiteral("  tags = {\n") + alignedLines(entries, QStringLiteral("    ")) + QStringLiteral("  }\n");
    }
    block += QStringLiteral("}\n");
    return block;
}

} // namespace

QString TerraformExporter::displayName() const
{
    return tr("Terraform (Huawei Cloud provider)");
}

QString TerraformExporter::quote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && next == QLatin1Char('{'))
            out += QString(c) + c; // "$${" is a literal "${"
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

ExportResult TerraformExporter::run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const
{
    ExportResult r;
    const ExportNames *names = ExportNames::forMethod(method.id);
    if (!names) {
        r.error = tr("The method %1 has no export.").arg(method.id);
        return r;
    }
    if (names->terraformResource.isEmpty()) {
        r.error = QCoreApplication::translate("Exporter", names->terraformWhyNot.toUtf8().constData()) + QLatin1Char(' ')
            + tr("Export it as koocli, curl or python-sdk instead.");
        return r;
    }
    if (!options.region.isEmpty() && !isValidRegion(options.region)) {
        r.error = tr("“%1” is not a region id such as ap-southeast-1.").arg(options.region);
        return r;
    }

    const QJsonObject body = RequestBuilder::body(method, fields);
    QString resources;
    if (names->terraformPerDataImage) {
        const FieldSpec *items = method.field(QStringLiteral("data_images"));
        const QJsonArray images = body.value(QLatin1String("data_images")).toArray();
        for (qsizetype i = 0; i < images.size(); ++i) {
            if (i > 0)
                resources += QLatin1Char('\n');
            resources += resourceBlock(*names, QStringLiteral("data_image_%1").arg(i + 1), images.at(i).toObject(),
                                       items ? items->itemFields : QList<FieldSpec>(),
                                       QStringLiteral("data_images[%1].").arg(i), &r.error);
            if (!r.error.isEmpty())
                return r;
        }
    } else {
        resources = resourceBlock(*names, QStringLiteral("image"), body, method.fields, QString(), &r.error);
        if (!r.error.isEmpty())
            return r;
    }

    // Comments stay in English: they are part of the configuration, like the argument names.
    QString text = QStringLiteral(
                       "# Made by IMS Wizard from the method %1 (%2 %3).\n"
                       "# Arguments: terraform-provider-huaweicloud, docs/resources/%4.md.\n"
                       "# Credentials are not written here: the provider reads HW_ACCESS_KEY and HW_SECRET_KEY\n"
                       "# from the environment.\n")
                       .arg(method.id, QString::fromLatin1(method.httpMethod), method.path,
                            names->terraformResource.mid(int(qstrlen("huaweicloud_"))));
    text += QStringLiteral("terraform {\n"
                           "  required_providers {\n"
                           "    huaweicloud = {\n"
                           "      source = \"huaweicloud/huaweicloud\"\n"
                           "    }\n"
                           "  }\n"
                           "}\n\n");
    if (options.region.isEmpty()) {
        text += QStringLiteral("variable \"region\" {\n  type = string\n}\n\n"
                               "provider \"huaweicloud\" {\n  region = var.region\n}\n\n");
    } else {
        text += QStringLiteral("provider \"huaweicloud\" {\n  region = %1\n}\n\n").arg(quote(options.region));
    }
    r.text = text + resources;
    return r;
}

} // namespace ims
