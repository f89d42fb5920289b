// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ExportNames.h"

#include <QCoreApplication>
#include <QHash>

namespace ims {

namespace {

// Terraform arguments, from huaweicloud/terraform-provider-huaweicloud docs/resources/*.md ("Argument
// Reference"); `region` is left to the provider block and `tags` (a map) is written from tags/image_tags.
const QStringList ecsSystemArgs = {QStringLiteral("name"), QStringLiteral("instance_id"), QStringLiteral("description"),
                                   QStringLiteral("max_ram"), QStringLiteral("min_ram"),
                                   QStringLiteral("enterprise_project_id")}; // ims_ecs_system_image.md
const QStringList obsSystemArgs = {QStringLiteral("name"), QStringLiteral("image_url"), QStringLiteral("min_disk"),
                                   QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("is_config"),
                                   QStringLiteral("cmk_id"), QStringLiteral("is_quick_import"), QStringLiteral("os_type"),
                                   QStringLiteral("os_version"), QStringLiteral("architecture"), QStringLiteral("max_ram"),
                                   QStringLiteral("min_ram"), QStringLiteral("enterprise_project_id")}; // ims_obs_system_image.md
const QStringList evsSystemArgs = {QStringLiteral("name"), QStringLiteral("volume_id"), QStringLiteral("os_version"),
                                   QStringLiteral("type"), QStringLiteral("description"), QStringLiteral("max_ram"),
                                   QStringLiteral("min_ram"), QStringLiteral("enterprise_project_id")}; // ims_evs_system_image.md
const QStringList evsDataArgs = {QStringLiteral("name"), QStringLiteral("volume_id"), QStringLiteral("description"),
                                 QStringLiteral("enterprise_project_id")}; // ims_evs_data_image.md
const QStringList obsDataArgs = {QStringLiteral("name"), QStringLiteral("image_url"), QStringLiteral("min_disk"),
                                 QStringLiteral("os_type"), QStringLiteral("description"), QStringLiteral("cmk_id"),
                                 QStringLiteral("enterprise_project_id")}; // ims_obs_data_image.md

// huaweicloud-sdk-python-v3, huaweicloud-sdk-ims/huaweicloudsdkims/v2/model/*.py (openapi_types).
const QStringList createImageBody = {
    QStringLiteral("data_images"), QStringLiteral("description"), QStringLiteral("enterprise_project_id"),
    QStringLiteral("image_tags"), QStringLiteral("instance_id"), QStringLiteral("name"), QStringLiteral("tags"),
    QStringLiteral("max_ram"), QStringLiteral("min_ram"), QStringLiteral("os_version"), QStringLiteral("image_url"),
    QStringLiteral("min_disk"), QStringLiteral("is_config"), QStringLiteral("cmk_id"), QStringLiteral("type"),
    QStringLiteral("is_quick_import"), QStringLiteral("architecture"), QStringLiteral("volume_id")}; // create_image_request_body.py
const QStringList createDataImageItem = {QStringLiteral("name"), QStringLiteral("volume_id"),
                                         QStringLiteral("description"), QStringLiteral("tags")}; // create_data_image.py
const QStringList createDataImageBody = {QStringLiteral("cmk_id"), QStringLiteral("description"),
                                         QStringLiteral("enterprise_project_id"), QStringLiteral("image_tags"),
                                         QStringLiteral("image_url"), QStringLiteral("min_disk"), QStringLiteral("name"),
                                         QStringLiteral("os_type"), QStringLiteral("tags")}; // create_data_image_request_body.py
const QStringList quickImportBody = {
    QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("os_version"), QStringLiteral("image_url"),
    QStringLiteral("min_disk"), QStringLiteral("license_type"), QStringLiteral("tags"), QStringLiteral("type"),
    QStringLiteral("enterprise_project_id"), QStringLiteral("architecture"), QStringLiteral("hw_firmware_type"),
    QStringLiteral("os_type"), QStringLiteral("image_tags")}; // quick_import_image_by_file_request_body.py
const QStringList glanceMetadataBody = {QStringLiteral("os_version"), QStringLiteral("container_format"),
                                        QStringLiteral("disk_format"), QStringLiteral("min_disk"), QStringLiteral("min_ram"),
                                        QStringLiteral("name"), QStringLiteral("protected"), QStringLiteral("tags"),
                                        QStringLiteral("visibility")}; // glance_create_image_metadata_request_body.py

ExportNames createImage(const QString &resource, const QStringList &args)
{
    ExportNames n;
    n.terraformResource = resource;
    n.terraformArguments = args;
    n.kooCliOperation = QStringLiteral("CreateImage");
    n.pythonClientMethod = QStringLiteral("create_image");
    n.pythonRequest = QStringLiteral("CreateImageRequest");
    n.pythonBody = QStringLiteral("CreateImageRequestBody");
    n.pythonBodyAttributes = createImageBody;
    n.pythonTagModel = QStringLiteral("TagKeyValue");
    n.pythonDataImageModel = QStringLiteral("CreateDataImage");
    n.pythonDataImageAttributes = createDataImageItem;
    return n;
}

ExportNames quickImport()
{
    ExportNames n;
    n.kooCliOperation = QStringLiteral("ImportImageQuick");
    n.pythonClientMethod = QStringLiteral("import_image_quick");
    n.pythonRequest = QStringLiteral("ImportImageQuickRequest");
    n.pythonBody = QStringLiteral("QuickImportImageByFileRequestBody");
    n.pythonBodyAttributes = quickImportBody;
    n.pythonTagModel = QStringLiteral("ResourceTag");
    return n;
}

QHash<QString, ExportNames> makeTable()
{
    QHash<QString, ExportNames> t;
    t.insert(QStringLiteral("ecs-system"), createImage(QStringLiteral("huaweicloud_ims_ecs_system_image"), ecsSystemArgs));
    // Creating an Image with data_images makes one image per data disk; the provider has one resource per
    // data disk image, made from the disk (volume) itself.
    ExportNames ecsData = createImage(QStringLiteral("huaweicloud_ims_evs_data_image"), evsDataArgs);
    ecsData.terraformPerDataImage = true;
    t.insert(QStringLiteral("ecs-data"), ecsData);
    t.insert(QStringLiteral("file-system"), createImage(QStringLiteral("huaweicloud_ims_obs_system_image"), obsSystemArgs));
    t.insert(QStringLiteral("volume-system"), createImage(QStringLiteral("huaweicloud_ims_evs_system_image"), evsSystemArgs));

    ExportNames fileData;
    fileData.terraformResource = QStringLiteral("huaweicloud_ims_obs_data_image");
    fileData.terraformArguments = obsDataArgs;
    fileData.kooCliOperation = QStringLiteral("CreateDataImage");
    fileData.pythonClientMethod = QStringLiteral("create_data_image");
    fileData.pythonRequest = QStringLiteral("CreateDataImageRequest");
    fileData.pythonBody = QStringLiteral("CreateDataImageRequestBody");
    fileData.pythonBodyAttributes = createDataImageBody;
    fileData.pythonTagModel = QStringLiteral("ImageTag");
    t.insert(QStringLiteral("file-data"), fileData);

    // ims_obs_system_image.md: is_quick_import = true imports the file quickly (Importing an Image File Quickly).
    ExportNames quickSystem = quickImport();
    quickSystem.terraformResource = QStringLiteral("huaweicloud_ims_obs_system_image");
    quickSystem.terraformArguments = obsSystemArgs;
    quickSystem.terraformQuickImport = true;
    t.insert(QStringLiteral("quick-system"), quickSystem);

    // ims_obs_data_image.md has no is_quick_import: no resource imports a data disk file quickly.
    ExportNames quickData = quickImport();
    quickData.terraformWhyNot = QStringLiteral(QT_TRANSLATE_NOOP(
        "Exporter", "The Huawei Cloud Terraform provider has no resource for a quick import of a data disk image "
                    "(huaweicloud_ims_obs_data_image has no is_quick_import)."));
    t.insert(QStringLiteral("quick-data"), quickData);

    ExportNames native;
    native.terraformWhyNot = QStringLiteral(QT_TRANSLATE_NOOP(
        "Exporter", "The Huawei Cloud Terraform provider has no resource for native image metadata "
                    "(POST /v2/images without a file)."));
    native.kooCliOperation = QStringLiteral("GlanceCreateImageMetadata");
    native.pythonClientMethod = QStringLiteral("glance_create_image_metadata");
    native.pythonRequest = QStringLiteral("GlanceCreateImageMetadataRequest");
    native.pythonBody = QStringLiteral("GlanceCreateImageMetadataRequestBody");
    native.pythonBodyAttributes = glanceMetadataBody;
    t.insert(QStringLiteral("native-metadata"), native);
    return t;
}

} // namespace

const ExportNames *ExportNames::forMethod(const QString &methodId)
{
    static const QHash<QString, ExportNames> table = makeTable();
    const auto it = table.constFind(methodId);
    return it == table.constEnd() ? nullptr : &it.value();
}

QString ExportNames::pythonAttribute(const QString &jsonKey)
{
    // glance_create_image_metadata_request_body.py: attribute_map {'os_version': '__os_version'}.
    if (jsonKey == QLatin1String("__os_version"))
        return QStringLiteral("os_version");
    return jsonKey;
}

} // namespace ims
