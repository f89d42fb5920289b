// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Catalogue.h"

#include "OsVersions.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ims {

namespace {

// Text::tr() rather than a helper calling translate(): lupdate then files the texts under
// "Catalogue", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

void addIssue(QList<ValidationIssue> &out, const QString &prefix, const QString &key, const QString &rule,
              const QString &source, ValidationIssue::Severity sev = ValidationIssue::Severity::Error)
{
    out.append({joinPath(prefix, key), QStringLiteral("%1 (%2, %3)").arg(rule, FieldSpec::pageName(source), key), sev});
}

bool isSet(const QJsonObject &o, const QString &key)
{
    return o.contains(key) && !o.value(key).isNull() && !o.value(key).isUndefined();
}

// The file extensions of image formats that quick import does not take (only RAW and ZVHD2).
bool isNonQuickFormat(const QString &imageUrl)
{
    static const QStringList others = {QStringLiteral(".qcow2"), QStringLiteral(".qcow"), QStringLiteral(".vmdk"),
                                       QStringLiteral(".vhd"),   QStringLiteral(".vhdx"), QStringLiteral(".qed"),
                                       QStringLiteral(".vdi"),   QStringLiteral(".iso"),  QStringLiteral(".zvhd"),
                                       QStringLiteral(".ova")};
    for (const auto &ext : others)
        if (imageUrl.endsWith(ext, Qt::CaseInsensitive))
            return true;
    return false;
}

// ---- Fields used by several methods --------------------------------------------------------------

FieldSpec nameField(int maxLength = 128, const QString &lengthSource = Pages::imageAttributes)
{
    return field(QStringLiteral("name"), FieldType::String)
        .req()
        .text(QT_TRANSLATE_NOOP("Catalogue", "Image name"),
              QT_TRANSLATE_NOOP("Catalogue", "The name the image is listed under in the console."))
        .from(lengthSource)
        .fmt(StringFormat::ImageName)
        .length(1, maxLength);
}

FieldSpec descriptionField()
{
    // Image Attributes: ≤ 1024 characters, no carriage return, no < >. The English pages also say
    // "only letters and digits", which the Chinese page and SDK contradict (docs/catalogue-choices.md).
    return field(QStringLiteral("description"), FieldType::String)
        .text(QT_TRANSLATE_NOOP("Catalogue", "Description"),
              QT_TRANSLATE_NOOP("Catalogue", "Supplementary information about the image."))
        .from(Pages::imageAttributes)
        .fmt(StringFormat::Description)
        .length(0, 1024);
}

FieldSpec tagKeyValueItems(const QString &source)
{
    return field(QStringLiteral("image_tags"), FieldType::ObjectList)
        .text(QT_TRANSLATE_NOOP("Catalogue", "Image tags (key/value objects)"),
              QT_TRANSLATE_NOOP("Catalogue", "Tags as {\"key\": …, \"value\": …} objects. Use either tags or image_tags."))
        .from(source)
        .items(0, 10)
        .uniqueKeys()
        .of({field(QStringLiteral("key"), FieldType::String)
                 .req()
                 .text(QT_TRANSLATE_NOOP("Catalogue", "Tag key"), nullptr)
                 .from(Pages::tagFormat)
                 .fmt(StringFormat::TagKey),
             field(QStringLiteral("value"), FieldType::String)
                 .text(QT_TRANSLATE_NOOP("Catalogue", "Tag value"), nullptr)
                 .from(Pages::tagFormat)
                 .fmt(StringFormat::TagValue)});
}

FieldSpec tagStrings(const QString &source)
{
    // Image Tag Format: "key.value", split at the first period; at most 10 tags (Adding an Image Tag).
    return field(QStringLiteral("tags"), FieldType::StringList)
        .text(QT_TRANSLATE_NOOP("Catalogue", "Tags (key.value)"),
              QT_TRANSLATE_NOOP("Catalogue", "Tags as \"key.value\" strings. Use either tags or image_tags."))
        .from(source)
        .fmt(StringFormat::ImsTag)
        .items(0, 10)
        .uniqueKeys();
}

FieldSpec ramField(const QString &key, const QString &source)
{
    const bool isMin = key == QLatin1String("min_ram");
    return field(key, FieldType::Integer)
        .text(isMin ? QT_TRANSLATE_NOOP("Catalogue", "Minimum memory") : QT_TRANSLATE_NOOP("Catalogue", "Maximum memory"),
              isMin ? QT_TRANSLATE_NOOP("Catalogue", "The minimum memory the image needs, in MB; 0 means no limit.")
                    : QT_TRANSLATE_NOOP("Catalogue", "The maximum memory the image supports, in MB."))
        .from(source)
        .range(0, 2147483647)
        .inUnit(QStringLiteral("MB"))
        .byDefault(isMin ? QJsonValue(0) : QJsonValue());
}

FieldSpec imageUrlField(const QString &source)
{
    return field(QStringLiteral("image_url"), FieldType::String)
        .req()
        .text(QT_TRANSLATE_NOOP("Catalogue", "Image file in OBS"),
              QT_TRANSLATE_NOOP("Catalogue", "The external image file as OBS bucket name:file name. The bucket must be in the same region and of the Standard storage class."))
        .from(source)
        .fmt(StringFormat::ObsUrl)
        .length(3, 1024)
        .pickFrom(PickFrom::ObsObject);
}

FieldSpec osVersionField(bool required, const QString &source)
{
    return field(QStringLiteral("os_version"), FieldType::String)
        .req(required)
        .text(QT_TRANSLATE_NOOP("Catalogue", "OS version"),
              QT_TRANSLATE_NOOP("Catalogue", "The operating system in the image, exactly as the OS version list spells it."))
        .from(source)
        .fmt(StringFormat::OsVersion)
        .length(1, 255);
}

FieldSpec osTypeField(const QStringList &values, const QString &source, const QJsonValue &def)
{
    return field(QStringLiteral("os_type"), FieldType::String)
        .text(QT_TRANSLATE_NOOP("Catalogue", "OS type"),
              QT_TRANSLATE_NOOP("Catalogue", "The family of the operating system in the image file."))
        .from(source)
        .oneOf(values)
        .byDefault(def);
}

FieldSpec cmkField(const QString &source)
{
    return field(QStringLiteral("cmk_id"), FieldType::String)
        .text(QT_TRANSLATE_NOOP("Catalogue", "Encryption key (KMS)"),
              QT_TRANSLATE_NOOP("Catalogue", "A custom KMS key that encrypts the image. Leave empty for no encryption."))
        .from(source)
        .fmt(StringFormat::KmsKeyId)
        .length(1, 255)
        .pickFrom(PickFrom::KmsKey);
}

FieldSpec enterpriseProjectField(const QString &source)
{
    return field(QStringLiteral("enterprise_project_id"), FieldType::String)
        .text(QT_TRANSLATE_NOOP("Catalogue", "Enterprise project"),
              QT_TRANSLATE_NOOP("Catalogue", "0 or empty for the default enterprise project, or the ID of another one."))
        .from(source)
        .fmt(StringFormat::EnterpriseProject)
        .pickFrom(PickFrom::EnterpriseProject);
}

FieldSpec uuidField(const QString &key, const char *label, const char *help, const QString &source, PickFrom pick)
{
    return field(key, FieldType::String).req().text(label, help).from(source).fmt(StringFormat::Uuid).pickFrom(pick);
}

FieldSpec boolField(const QString &key, const char *label, const char *help, const QString &source)
{
    return field(key, FieldType::Boolean).text(label, help).from(source).byDefault(false);
}

// ---- Rules between fields ------------------------------------------------------------------------

CrossRule tagsXorImageTags(const QString &source)
{
    return {QT_TRANSLATE_NOOP("Catalogue", "Use either tags or image_tags, not both."), source,
            [source](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                if (isSet(f, QStringLiteral("tags")) && isSet(f, QStringLiteral("image_tags")))
                    addIssue(out, prefix, QStringLiteral("image_tags"),
                             Text::tr("cannot be sent together with tags: use either tags or image_tags"), source);
            }};
}

CrossRule ramOrder(const QString &source)
{
    return {QT_TRANSLATE_NOOP("Catalogue", "The minimum memory must not exceed the maximum memory."), source,
            [source](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                const QJsonValue lo = f.value(QStringLiteral("min_ram")), hi = f.value(QStringLiteral("max_ram"));
                if (lo.isDouble() && hi.isDouble() && hi.toDouble() > 0 && lo.toDouble() > hi.toDouble())
                    addIssue(out, prefix, QStringLiteral("max_ram"),
                             Text::tr("must not be less than the minimum memory (%1 MB)").arg(lo.toDouble()), source);
            }};
}

// Creating an Image: os_version is mandatory for an ISO file and for quick import.
CrossRule osVersionWhenNeeded()
{
    return {QT_TRANSLATE_NOOP("Catalogue", "The OS version is required for an ISO file and for quick import."),
            Pages::createImage, [](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                if (isSet(f, QStringLiteral("os_version")))
                    return;
                if (f.value(QStringLiteral("is_quick_import")).toBool())
                    addIssue(out, prefix, QStringLiteral("os_version"), Text::tr("is required for quick import"),
                             Pages::createImage);
                else if (f.value(QStringLiteral("image_url")).toString().endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
                    addIssue(out, prefix, QStringLiteral("os_version"), Text::tr("is required for an ISO image file"),
                             Pages::createImage);
            }};
}

// Importing an Image File Quickly: only RAW and ZVHD2 files. `always` for the quick import methods,
// otherwise only when is_quick_import is true.
CrossRule quickImportFormat(bool always)
{
    return {QT_TRANSLATE_NOOP("Catalogue", "Quick import takes only RAW and ZVHD2 image files."), Pages::quickImport,
            [always](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                if (!always && !f.value(QStringLiteral("is_quick_import")).toBool())
                    return;
                if (isNonQuickFormat(f.value(QStringLiteral("image_url")).toString()))
                    addIssue(out, prefix, QStringLiteral("image_url"),
                             Text::tr("must be a RAW or ZVHD2 file for quick import; import other formats the common way"),
                             Pages::quickImport);
            }};
}

// The OS family chosen in os_type must match the one os_version names.
CrossRule osTypeMatchesVersion()
{
    return {QT_TRANSLATE_NOOP("Catalogue", "The OS type must match the OS version."), Pages::createImage,
            [](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                const QString type = f.value(QStringLiteral("os_type")).toString();
                const OsFamily fromType = OsVersions::familyOfOsType(type);
                const OsFamily fromVersion = OsVersions::familyOf(f.value(QStringLiteral("os_version")).toString());
                if (fromType != OsFamily::Unknown && fromVersion != OsFamily::Unknown && fromType != fromVersion)
                    addIssue(out, prefix, QStringLiteral("os_type"),
                             Text::tr("is %1 but the OS version is a %2 version").arg(type, osFamilyName(fromVersion)),
                             Pages::createImage);
            }};
}

// Creating a Data Disk Image Using an External Image File: Windows data disk images are no longer made.
CrossRule windowsDataImageRetired()
{
    return {QT_TRANSLATE_NOOP("Catalogue", "Huawei Cloud no longer creates Windows data disk images from external files."),
            Pages::dataImageFromFile, [](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                if (f.value(QStringLiteral("os_type")).toString() == QLatin1String("Windows"))
                    addIssue(out, prefix, QStringLiteral("os_type"),
                             Text::tr("Windows: Huawei Cloud has stopped creating Windows data disk images from external files"),
                             Pages::dataImageFromFile, ValidationIssue::Severity::Warning);
            }};
}

// Creating Image Metadata: without these the image exists but ECS creation from it may fail.
CrossRule nativeAdvice()
{
    return {QT_TRANSLATE_NOOP("Catalogue", "Without a name or OS version, ECS creation from the image may fail."),
            Pages::nativeMetadata, [](const QJsonObject &f, const QString &prefix, QList<ValidationIssue> &out) {
                if (!isSet(f, QStringLiteral("name")))
                    addIssue(out, prefix, QStringLiteral("name"),
                             Text::tr("is empty: ECS creation using this image will fail"), Pages::nativeMetadata,
                             ValidationIssue::Severity::Warning);
                if (!isSet(f, QStringLiteral("__os_version")))
                    addIssue(out, prefix, QStringLiteral("__os_version"),
                             Text::tr("is not set: Other Linux(64 bit) will be used and ECS creation may fail"),
                             Pages::nativeMetadata, ValidationIssue::Severity::Warning);
            }};
}

// The part every method spells the same way: who it is and where it is sent.
MethodSpec method(const char *id, const char *title, const char *summary, const QString &path, const QString &newerPath,
                  const QString &source, Answer answer = Answer::Job)
{
    MethodSpec m;
    m.id = QString::fromLatin1(id);
    m.title = title;
    m.summary = summary;
    m.httpMethod = "POST";
    m.path = path;
    m.newerPath = newerPath;
    m.source = source;
    m.answer = answer;
    return m;
}

// ---- The methods ---------------------------------------------------------------------------------

MethodSpec ecsSystem()
{
    const QString &p = Pages::createImage;
    MethodSpec m = method("ecs-system", QT_TRANSLATE_NOOP("Catalogue", "System disk image from an ECS"),
                          QT_TRANSLATE_NOOP("Catalogue", "Capture the system disk of an existing ECS as a private image."),
                          QStringLiteral("/v2/cloudimages/action"), QStringLiteral("/v2.1/cloudimages/action"), p);
    m.fields = {nameField(),
                descriptionField(),
                uuidField(QStringLiteral("instance_id"), QT_TRANSLATE_NOOP("Catalogue", "ECS ID"),
                          QT_TRANSLATE_NOOP("Catalogue", "The ECS to capture: Browse… lists the ECSs of the project."), p,
                          PickFrom::Server),
                tagStrings(p),
                tagKeyValueItems(p),
                ramField(QStringLiteral("max_ram"), p),
                ramField(QStringLiteral("min_ram"), p)};
    m.crossRules = {tagsXorImageTags(p), ramOrder(p)};
    return m;
}

MethodSpec ecsData()
{
    const QString &p = Pages::createImage;
    MethodSpec m = method("ecs-data", QT_TRANSLATE_NOOP("Catalogue", "Data disk images from an ECS's data disks"),
                          QT_TRANSLATE_NOOP("Catalogue", "Capture one or more data disks attached to an ECS as data disk images."),
                          QStringLiteral("/v2/cloudimages/action"), QStringLiteral("/v2.1/cloudimages/action"), p);
    // Creating an Image, Table 1: with data_images the top-level name/tags are ignored and
    // instance_id must not be given, so the method takes data_images alone.
    m.fields = {field(QStringLiteral("data_images"), FieldType::ObjectList)
                    .req()
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Data disks"),
                          QT_TRANSLATE_NOOP("Catalogue", "One entry per data disk to capture, each becoming its own data disk image."))
                    .from(p)
                    .items(1, -1)
                    .pickFrom(PickFrom::ServerDataDisks)
                    .of({nameField(128, p),
                         uuidField(QStringLiteral("volume_id"), QT_TRANSLATE_NOOP("Catalogue", "Data disk ID"),
                                   QT_TRANSLATE_NOOP("Catalogue", "The EVS disk attached to the ECS: pick one, or fill every row from an ECS."), p,
                                   PickFrom::Volume),
                         descriptionField(), tagStrings(p), tagKeyValueItems(p)})};
    m.itemCrossRules = {tagsXorImageTags(p)};
    return m;
}

MethodSpec fileSystem()
{
    const QString &p = Pages::createImage;
    MethodSpec m = method("file-system", QT_TRANSLATE_NOOP("Catalogue", "System disk image from a file in OBS"),
                          QT_TRANSLATE_NOOP("Catalogue", "Register an image file uploaded to OBS as a system disk image, with up to three data disk files."),
                          QStringLiteral("/v2/cloudimages/action"), QStringLiteral("/v2.1/cloudimages/action"), p);
    m.fields = {
        nameField(),
        descriptionField(),
        osTypeField({QStringLiteral("Linux"), QStringLiteral("Windows"), QStringLiteral("Other")}, p, QJsonValue()),
        osVersionField(false, p),
        imageUrlField(p),
        field(QStringLiteral("min_disk"), FieldType::Integer)
            .req()
            .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum system disk"),
                  QT_TRANSLATE_NOOP("Catalogue", "The smallest system disk an ECS created from the image may have."))
            .from(p)
            .range(40, 255)
            .inUnit(QStringLiteral("GB")),
        boolField(QStringLiteral("is_config"), QT_TRANSLATE_NOOP("Catalogue", "Automatic configuration"),
                  QT_TRANSLATE_NOOP("Catalogue", "Let IMS configure the image (drivers, cloud-init) during registration."), p),
        // Only in the developer guide's sample body (Creating an Image Using an External Image File), not in
        // the API table; accepted so that sample validates (docs/catalogue-choices.md).
        boolField(QStringLiteral("is_config_init"), QT_TRANSLATE_NOOP("Catalogue", "Initialise configuration"),
                  QT_TRANSLATE_NOOP("Catalogue", "Appears only in the developer guide's example; leave unset unless support asks for it."),
                  Pages::externalFileGuide),
        cmkField(p),
        tagStrings(p),
        tagKeyValueItems(p),
        ramField(QStringLiteral("max_ram"), p),
        ramField(QStringLiteral("min_ram"), p),
        field(QStringLiteral("data_images"), FieldType::ObjectList)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Data disk files"),
                  QT_TRANSLATE_NOOP("Catalogue", "Up to three data disk image files registered together with the system disk."))
            .from(p)
            .items(0, 3)
            .of({nameField(128, p).req(false),
                 descriptionField(),
                 imageUrlField(p),
                 field(QStringLiteral("min_disk"), FieldType::Integer)
                     .req()
                     .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum data disk"),
                           QT_TRANSLATE_NOOP("Catalogue", "The smallest data disk created from this image."))
                     .from(p)
                     .range(1, 2048)
                     .inUnit(QStringLiteral("GB")),
                 boolField(QStringLiteral("is_quick_import"), QT_TRANSLATE_NOOP("Catalogue", "Quick import"),
                           QT_TRANSLATE_NOOP("Catalogue", "Import a large RAW or ZVHD2 file quickly."), p),
                 tagStrings(p), tagKeyValueItems(p)}),
        boolField(QStringLiteral("is_quick_import"), QT_TRANSLATE_NOOP("Catalogue", "Quick import"),
                  QT_TRANSLATE_NOOP("Catalogue", "Import a large RAW or ZVHD2 file quickly; needs the OS version."), p),
    };
    m.crossRules = {tagsXorImageTags(p), ramOrder(p), osVersionWhenNeeded(), quickImportFormat(false),
                    osTypeMatchesVersion()};
    m.itemCrossRules = {tagsXorImageTags(p), quickImportFormat(false)};
    return m;
}

MethodSpec volumeSystem()
{
    const QString &p = Pages::createImage;
    MethodSpec m = method("volume-system", QT_TRANSLATE_NOOP("Catalogue", "System disk image from a data disk"),
                          QT_TRANSLATE_NOOP("Catalogue", "Turn a data disk with an installed, optimised OS into a system disk image."),
                          QStringLiteral("/v2/cloudimages/action"), QStringLiteral("/v2.1/cloudimages/action"), p);
    m.fields = {nameField(),
                uuidField(QStringLiteral("volume_id"), QT_TRANSLATE_NOOP("Catalogue", "Data disk ID"),
                          QT_TRANSLATE_NOOP("Catalogue", "The data disk that holds the installed OS."), p, PickFrom::Volume),
                osVersionField(true, p),
                field(QStringLiteral("type"), FieldType::String)
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Image type"),
                          QT_TRANSLATE_NOOP("Catalogue", "ECS or FusionCompute for an ECS image; BMS or Ironic for a BMS image."))
                    .from(p)
                    .oneOf({QStringLiteral("ECS"), QStringLiteral("BMS"), QStringLiteral("FusionCompute"), QStringLiteral("Ironic")})
                    .byDefault(QStringLiteral("ECS")),
                descriptionField(),
                ramField(QStringLiteral("min_ram"), p),
                ramField(QStringLiteral("max_ram"), p),
                tagStrings(p),
                tagKeyValueItems(p)};
    m.crossRules = {tagsXorImageTags(p), ramOrder(p)};
    return m;
}

MethodSpec fileData()
{
    const QString &p = Pages::dataImageFromFile;
    MethodSpec m = method("file-data", QT_TRANSLATE_NOOP("Catalogue", "Data disk image from a file in OBS"),
                          QT_TRANSLATE_NOOP("Catalogue", "Register a data disk image file uploaded to OBS as a data disk image."),
                          QStringLiteral("/v1/cloudimages/dataimages/action"), QStringLiteral("/v2.1/cloudimages/dataimages/action"), p);
    m.fields = {nameField(),
                descriptionField(),
                osTypeField({QStringLiteral("Linux"), QStringLiteral("Windows")}, p, QStringLiteral("Linux")),
                imageUrlField(p),
                field(QStringLiteral("min_disk"), FieldType::Integer)
                    .req()
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum data disk"),
                          QT_TRANSLATE_NOOP("Catalogue", "The smallest data disk created from this image."))
                    .from(p)
                    .range(40, 2048)
                    .inUnit(QStringLiteral("GB")),
                cmkField(p),
                tagStrings(p),
                tagKeyValueItems(p),
                enterpriseProjectField(p)};
    m.crossRules = {tagsXorImageTags(p), windowsDataImageRetired()};
    return m;
}

FieldSpec quickMinDisk(const QString &osKey)
{
    // Importing an Image File Quickly: Linux 10–1024 GB, Windows 20–1024 GB, larger than the file.
    return field(QStringLiteral("min_disk"), FieldType::Integer)
        .req()
        .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum disk"),
              QT_TRANSLATE_NOOP("Catalogue", "Must be larger than the image file. The range depends on the OS."))
        .from(Pages::quickImport)
        .osRanges(osKey, {{OsFamily::Linux, 10, 1024}, {OsFamily::Windows, 20, 1024}})
        .inUnit(QStringLiteral("GB"));
}

MethodSpec quickSystem()
{
    const QString &p = Pages::quickImport;
    MethodSpec m = method("quick-system", QT_TRANSLATE_NOOP("Catalogue", "Quick import of a RAW/ZVHD2 file as a system disk image"),
                          QT_TRANSLATE_NOOP("Catalogue", "Import a large, optimised RAW (with bitmap) or ZVHD2 file of up to 1 TB quickly."),
                          QStringLiteral("/v2/cloudimages/quickimport/action"), QStringLiteral("/v2.1/cloudimages/quickimport/action"), p);
    m.fields = {nameField(),
                descriptionField(),
                osVersionField(true, p),
                field(QStringLiteral("license_type"), FieldType::String)
                    .text(QT_TRANSLATE_NOOP("Catalogue", "License type"),
                          QT_TRANSLATE_NOOP("Catalogue", "platform: license from Huawei Cloud; byol: bring your own license."))
                    .from(p)
                    .oneOf({QStringLiteral("platform"), QStringLiteral("byol")})
                    .onlyFor(OsFamily::Windows, QStringLiteral("os_version")),
                imageUrlField(p).eg(QStringLiteral("ims-image:euler29.zvhd2")), // the general example is a .qcow2: refused here
                quickMinDisk(QStringLiteral("os_version")),
                tagStrings(p),
                tagKeyValueItems(p),
                field(QStringLiteral("type"), FieldType::String)
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Image type"),
                          QT_TRANSLATE_NOOP("Catalogue", "ECS for an ECS image, BMS for a BMS image."))
                    .from(p)
                    .oneOf({QStringLiteral("ECS"), QStringLiteral("BMS")})
                    .byDefault(QStringLiteral("ECS")),
                enterpriseProjectField(p),
                field(QStringLiteral("architecture"), FieldType::String)
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Architecture"),
                          QT_TRANSLATE_NOOP("Catalogue", "x86 or arm; an arm image boots in UEFI mode."))
                    .from(p)
                    .oneOf({QStringLiteral("x86"), QStringLiteral("arm")})
                    .byDefault(QStringLiteral("x86"))};
    m.crossRules = {tagsXorImageTags(p), quickImportFormat(true)};
    return m;
}

MethodSpec quickData()
{
    const QString &p = Pages::quickImport;
    MethodSpec m = method("quick-data", QT_TRANSLATE_NOOP("Catalogue", "Quick import of a RAW/ZVHD2 file as a data disk image"),
                          QT_TRANSLATE_NOOP("Catalogue", "Import a large RAW or ZVHD2 data disk file of up to 1 TB quickly."),
                          QStringLiteral("/v2/cloudimages/quickimport/action"), QStringLiteral("/v2.1/cloudimages/quickimport/action"), p);
    m.fields = {nameField(),
                descriptionField(),
                osTypeField({QStringLiteral("Linux"), QStringLiteral("Windows")}, p, QStringLiteral("Linux")),
                imageUrlField(p).eg(QStringLiteral("ims-image:archive.raw")),
                quickMinDisk(QStringLiteral("os_type")),
                tagStrings(p),
                tagKeyValueItems(p),
                field(QStringLiteral("type"), FieldType::String)
                    .req()
                    .text(QT_TRANSLATE_NOOP("Catalogue", "Image type"),
                          QT_TRANSLATE_NOOP("Catalogue", "Always DataImage for a data disk image."))
                    .from(p)
                    .oneOf({QStringLiteral("DataImage")})
                    .fixed(QStringLiteral("DataImage")),
                enterpriseProjectField(p)};
    m.crossRules = {tagsXorImageTags(p), quickImportFormat(true)};
    return m;
}

MethodSpec nativeMetadata()
{
    const QString &p = Pages::nativeMetadata;
    MethodSpec m = method("native-metadata", QT_TRANSLATE_NOOP("Catalogue", "Native OpenStack image metadata"),
                          QT_TRANSLATE_NOOP("Catalogue", "Create the image record first (POST /v2/images), then upload a local file into it."),
                          QStringLiteral("/v2/images"), QString(), p, Answer::Image);
    m.fields = {
        osVersionField(false, p).byDefault(QStringLiteral("Other Linux(64 bit)")),
        field(QStringLiteral("visibility"), FieldType::String)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Visibility"),
                  QT_TRANSLATE_NOOP("Catalogue", "Only private can be set when the metadata is created."))
            .from(p)
            .oneOf({QStringLiteral("private")})
            .byDefault(QStringLiteral("private")),
        // The seed's request table allows 1–255 characters (its response table says 128): the seed wins.
        nameField(255, p).req(false),
        boolField(QStringLiteral("protected"), QT_TRANSLATE_NOOP("Catalogue", "Protected"),
                  QT_TRANSLATE_NOOP("Catalogue", "A protected image cannot be deleted."), p),
        field(QStringLiteral("container_format"), FieldType::String)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Container format"),
                  QT_TRANSLATE_NOOP("Catalogue", "The container format; IMS uses bare."))
            .from(p)
            .oneOf({QStringLiteral("bare")})
            .byDefault(QStringLiteral("bare")),
        field(QStringLiteral("disk_format"), FieldType::String)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Disk format"),
                  QT_TRANSLATE_NOOP("Catalogue", "The format of the file you will upload."))
            .from(p)
            .oneOf({QStringLiteral("zvhd2"), QStringLiteral("vhd"), QStringLiteral("raw"), QStringLiteral("iso"),
                    QStringLiteral("qcow2")})
            .byDefault(QStringLiteral("zvhd2")),
        field(QStringLiteral("tags"), FieldType::StringList)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Tags (key=value)"),
                  QT_TRANSLATE_NOOP("Catalogue", "Tags as \"key=value\" strings, 1 to 255 characters each."))
            .from(p)
            .fmt(StringFormat::NativeTag)
            .length(1, 255),
        field(QStringLiteral("min_ram"), FieldType::Integer)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum memory"),
                  QT_TRANSLATE_NOOP("Catalogue", "The minimum memory the image needs, in MB; 0 means no limit."))
            .from(p)
            .range(0, 2147483647)
            .inUnit(QStringLiteral("MB"))
            .byDefault(0),
        field(QStringLiteral("min_disk"), FieldType::Integer)
            .text(QT_TRANSLATE_NOOP("Catalogue", "Minimum disk"),
                  QT_TRANSLATE_NOOP("Catalogue", "Must be larger than the system disk in the image."))
            .from(p)
            .range(40, 255)
            .inUnit(QStringLiteral("GB")),
    };
    m.fields[0].key = QStringLiteral("__os_version");
    m.crossRules = {nativeAdvice()};
    return m;
}

} // namespace

const FieldSpec *MethodSpec::field(const QString &key) const
{
    for (const auto &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString MethodSpec::displayTitle() const
{
    return Text::tr(title);
}

QString MethodSpec::displaySummary() const
{
    return Text::tr(summary);
}

Catalogue::Catalogue()
    : m_methods{ecsSystem(), ecsData(), fileSystem(), volumeSystem(), fileData(), quickSystem(), quickData(),
                nativeMetadata()}
{
}

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

const MethodSpec *Catalogue::method(const QString &id) const
{
    for (const auto &m : m_methods)
        if (m.id == id)
            return &m;
    return nullptr;
}

QStringList Catalogue::methodIds() const
{
    QStringList ids;
    for (const auto &m : m_methods)
        ids << m.id;
    return ids;
}

} // namespace ims
