// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "PythonSdkExporter.h"

#include "ExportNames.h"

#include "catalogue/MethodSpec.h"
#include "catalogue/RequestBuilder.h"

#include <QJsonArray>

namespace ims {

namespace {

struct Writer
{
    const ExportNames &names;
    QStringList models; // imported from huaweicloudsdkims.v2, in order of first use
    QString error;

    void use(const QString &model)
    {
        if (!models.contains(model))
            models.append(model);
    }

    QString scalar(const QJsonValue &v, const QString &path)
    {
        if (v.isString())
            return PythonSdkExporter::quote(v.toString());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        if (v.isDouble())
            return QString::number(v.toInteger());
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &i : v.toArray()) {
                if (!i.isString()) {
                    error = Exporter::noPlaceFor(names.pythonBody, path);
                    return {};
                }
                items << PythonSdkExporter::quote(i.toString());
            }
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        error = Exporter::noPlaceFor(names.pythonBody, path);
        return {};
    }

    // `Model(\n key=value,\n ...)` for one JSON object, its keys in catalogue order.
    QString model(const QString &name, const QStringList &attributes, const QJsonObject &obj,
                  const QList<FieldSpec> &order, const QString &pathPrefix, int indent)
    {
        use(name);
        const QString pad(indent + 4, QLatin1Char(' '));
        QString out = name + QStringLiteral("(\n");
        for (const FieldSpec &f : order) {
            if (!obj.contains(f.key) || !error.isEmpty())
                continue;
            const QString attr = ExportNames::pythonAttribute(f.key);
            const QString path = pathPrefix + f.key;
            if (!attributes.contains(attr)) {
                error = Exporter::noPlaceFor(name, path);
                return {};
            }
            QString value;
            if (f.type == FieldType::ObjectList) {
                const bool tags = f.key == QLatin1String("image_tags");
                const QString itemModel = tags ? names.pythonTagModel : names.pythonDataImageModel;
                const QStringList itemAttrs = tags ? QStringList{QStringLiteral("key"), QStringLiteral("value")}
                                                   : names.pythonDataImageAttributes;
                if (itemModel.isEmpty()) {
                    error = Exporter::noPlaceFor(name, path);
                    return {};
                }
                const QJsonArray items = obj.value(f.key).toArray();
                value = QStringLiteral("[\n");
                for (qsizetype i = 0; i < items.size(); ++i) {
                    value += pad + QStringLiteral("    ")
                        + model(itemModel, itemAttrs, items.at(i).toObject(), f.itemFields,
                                QStringLiteral("%1[%2].").arg(path).arg(i), indent + 8)
                        + QStringLiteral(",\n");
                }
                value += pad + QLatin1Char(']');
            } else {
                value = scalar(obj.value(f.key), path);
            }
            out += pad + attr + QLatin1Char('=') + value + QStringLiteral(",\n");
        }
        return out + QString(indent, QLatin1Char(' ')) + QLatin1Char(')');
    }
};

} // namespace

QString PythonSdkExporter::displayName() const
{
    return tr("Python SDK (huaweicloud-sdk-python-v3)");
}

QString PythonSdkExporter::quote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        // Everything else is written as it is (Python source is UTF-8); escaping a surrogate half
        // on its own would split a character outside the BMP in two.
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

ExportResult PythonSdkExporter::run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const
{
    ExportResult r;
    const ExportNames *names = ExportNames::forMethod(method.id);
    if (!names || names->pythonBody.isEmpty()) {
        r.error = tr("The method %1 has no export.").arg(method.id);
        return r;
    }
    if (!options.region.isEmpty() && !isValidRegion(options.region)) {
        r.error = tr("“%1” is not a region id such as ap-southeast-1.").arg(options.region);
        return r;
    }
    const QJsonObject body = RequestBuilder::body(method, fields);
    Writer w{*names, {}, {}};
    w.use(names->pythonRequest);
    const QString bodyCode = w.model(names->pythonBody, names->pythonBodyAttributes, body, method.fields, QString(), 0);
    if (!w.error.isEmpty()) {
        r.error = w.error;
        return r;
    }
    const QString region = options.region.isEmpty() ? QStringLiteral("os.environ[\"IMS_WIZARD_REGION\"]")
                                                    : quote(options.region);
    // Names from huaweicloud-sdk-python-v3, huaweicloud-sdk-ims/huaweicloudsdkims/v2 (ims_client.py, model/).
    r.text = QStringLiteral(
                 "# Made by IMS Wizard from the method %1 (%2 %3).\n"
                 "# huaweicloud-sdk-python-v3 (pip install huaweicloudsdkims): ImsClient.%4 with %5.\n"
                 "# Credentials are not written here: the AK/SK come from $IMS_WIZARD_AK and $IMS_WIZARD_SK.\n"
                 "import os\n\n"
                 "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
                 "from huaweicloudsdkims.v2 import ImsClient, %6\n"
                 "from huaweicloudsdkims.v2.region.ims_region import ImsRegion\n\n"
                 "credentials = BasicCredentials(os.environ[\"IMS_WIZARD_AK\"], os.environ[\"IMS_WIZARD_SK\"])\n"
                 "client = ImsClient.new_builder() \\\n"
                 "    .with_credentials(credentials) \\\n"
                 "    .with_region(ImsRegion.value_of(%7)) \\\n"
                 "    .build()\n\n"
                 "request = %5(body=%8)\n"
                 "response = client.%4(request)\n"
                 "print(response)\n")
                 .arg(method.id, QString::fromLatin1(method.httpMethod), method.path, names->pythonClientMethod,
                      names->pythonRequest, w.models.join(QStringLiteral(", ")), region, bodyCode);
    return r;
}

} // namespace ims
