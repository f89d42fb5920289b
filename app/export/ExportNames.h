// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>
#include <QStringList>

namespace ims {

// The one place that maps a catalogue method id (README "The creation methods") to the names each
// export format uses for it. Every exporter reads its names from here.
struct ExportNames
{
    // terraform-provider-huaweicloud resource, empty when no resource creates what the method creates.
    QString terraformResource;
    QStringList terraformArguments; // the resource's arguments (its docs/resources/<name>.md), tags excluded
    QString terraformWhyNot;        // untranslated sentence when terraformResource is empty
    bool terraformQuickImport = false; // the resource is asked for a quick import (is_quick_import = true)
    bool terraformPerDataImage = false; // one resource per data_images item (ecs-data)

    // KooCLI: `hcloud IMS <operation>`.
    QString kooCliOperation;

    // huaweicloud-sdk-python-v3, huaweicloudsdkims.v2.
    QString pythonClientMethod;  // ImsClient.<method>
    QString pythonRequest;       // the request model
    QString pythonBody;          // the body model
    QStringList pythonBodyAttributes; // the body model's openapi_types (JSON name where it differs: see pythonAttribute)
    QString pythonTagModel;      // the model of image_tags items
    QString pythonDataImageModel; // the model of data_images items, empty when the body has none
    QStringList pythonDataImageAttributes;

    // Names for `method`, or nullptr for an unknown id.
    static const ExportNames *forMethod(const QString &methodId);
    // The SDK attribute for a JSON key ("__os_version" -> "os_version" in GlanceCreateImageMetadataRequestBody).
    static QString pythonAttribute(const QString &jsonKey);
};

} // namespace ims
