// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "catalogue/RequestValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ims;

// The rules of the API reference, at their boundaries: each verdict names the field (with its path)
// and says the rule and the page it comes from.
class TestRequestValidator : public QObject
{
    Q_OBJECT

    // JSON written with single quotes, to keep the tables below readable.
    static QJsonObject j(const char *text)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'), &e);
        if (e.error != QJsonParseError::NoError)
            qFatal("bad test JSON %s: %s", text, qPrintable(e.errorString()));
        return d.object();
    }

    static QJsonObject example(const QString &method)
    {
        QString error;
        const auto file = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(method), &error);
        if (!file)
            qFatal("%s", qPrintable(error));
        return file->fields;
    }

    static QList<ValidationIssue> check(const QString &method, const QJsonObject &fields)
    {
        return RequestValidator::validate(*Catalogue::instance().method(method), fields);
    }

    static QString describe(const QList<ValidationIssue> &issues)
    {
        QStringList out;
        for (const auto &i : issues)
            out << QStringLiteral("%1 [%2]: %3").arg(i.field, i.isError() ? QStringLiteral("error") : QStringLiteral("warning"), i.message);
        return out.join(QLatin1String("; "));
    }

    // The example of `method` with `changes` applied: a key set to null is removed.
    static QJsonObject changed(const QString &method, const QJsonObject &changes)
    {
        QJsonObject f = example(method);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            if (it.value().isNull())
                f.remove(it.key());
            else
                f.insert(it.key(), it.value());
        return f;
    }

    static void addRow(const char *name, const char *method, const char *changes, const char *field, const char *fragment)
    {
        QTest::newRow(name) << QString::fromLatin1(method) << j(changes) << QString::fromLatin1(field) << QString::fromUtf8(fragment);
    }

    static void addLengthRow(const char *name, const char *method, const char *key, int length, const char *field, const char *fragment)
    {
        QTest::newRow(name) << QString::fromLatin1(method) << QJsonObject{{QLatin1String(key), QString(length, QLatin1Char('a'))}}
                            << QString::fromLatin1(field) << QString::fromUtf8(fragment);
    }

    static void verifyRow()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, changes);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        const auto issues = check(method, changed(method, changes));
        if (field.isEmpty()) {
            QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
            return;
        }
        bool found = false;
        for (const auto &i : issues)
            found = found || (i.isError() && i.field == field && i.message.contains(fragment));
        QVERIFY2(found, qPrintable(QStringLiteral("expected an error at %1 saying \"%2\"; got: %3").arg(field, fragment, describe(issues))));
    }

private slots:
    void everyExampleIsValid_data()
    {
        QTest::addColumn<QString>("method");
        for (const auto &id : Catalogue::instance().methodIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyExampleIsValid()
    {
        QFETCH(QString, method);
        const auto issues = check(method, example(method));
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
    }

    // Each row: a change to a valid request, and the field path and words the verdict must have.
    // An empty path means the change is valid (no error at all).
    void rules_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");

        // min_disk of an image from an OBS file: 40-255 GB (Creating an Image)
        addRow("file-system min_disk 39", "file-system", "{'min_disk': 39}", "min_disk", "must be 40 to 255 GB (Creating an Image, min_disk)");
        addRow("file-system min_disk 40", "file-system", "{'min_disk': 40}", "", "");
        addRow("file-system min_disk 255", "file-system", "{'min_disk': 255}", "", "");
        addRow("file-system min_disk 256", "file-system", "{'min_disk': 256}", "min_disk", "40 to 255 GB");
        addRow("file-system min_disk 40.5", "file-system", "{'min_disk': 40.5}", "min_disk", "whole number");
        addRow("file-system min_disk as text", "file-system", "{'min_disk': '40'}", "min_disk", "whole number");
        addRow("file-system min_disk missing", "file-system", "{'min_disk': null}", "min_disk", "is required (Creating an Image, min_disk)");
        // data_images[] of an OBS import: min_disk 1-2048, at most 3 (Creating an Image, Table 2)
        addRow("data disk min_disk 0", "file-system", "{'data_images': [{'image_url': 'b1b:x.qcow2', 'min_disk': 0}]}", "data_images[0].min_disk", "1 to 2048 GB");
        addRow("data disk min_disk 1", "file-system", "{'data_images': [{'image_url': 'b1b:x.qcow2', 'min_disk': 1}]}", "", "");
        addRow("data disk min_disk 2048", "file-system", "{'data_images': [{'image_url': 'b1b:x.qcow2', 'min_disk': 2048}]}", "", "");
        addRow("second data disk min_disk 2049", "file-system", "{'data_images': [{'image_url': 'b1b:x.qcow2', 'min_disk': 40}, {'image_url': 'b1b:y.qcow2', 'min_disk': 2049}]}", "data_images[1].min_disk", "1 to 2048 GB (Creating an Image, min_disk)");
        addRow("data disk without file", "file-system", "{'data_images': [{'min_disk': 40}]}", "data_images[0].image_url", "is required");
        addRow("three data disks", "file-system", "{'data_images': [{'image_url': 'b1b:a.qcow2', 'min_disk': 40}, {'image_url': 'b1b:b.qcow2', 'min_disk': 40}, {'image_url': 'b1b:c.qcow2', 'min_disk': 40}]}", "", "");
        addRow("four data disks", "file-system", "{'data_images': [{'image_url': 'b1b:a.qcow2', 'min_disk': 40}, {'image_url': 'b1b:b.qcow2', 'min_disk': 40}, {'image_url': 'b1b:c.qcow2', 'min_disk': 40}, {'image_url': 'b1b:d.qcow2', 'min_disk': 40}]}", "data_images", "at most 3 entries");
        addRow("data_images not a list", "file-system", "{'data_images': {'image_url': 'b1b:a.qcow2'}}", "data_images", "list of objects");
        addRow("data_images entry not an object", "file-system", "{'data_images': ['b1b:a.qcow2']}", "data_images[0]", "must be an object");
        addRow("data disk tags and image_tags", "file-system", "{'data_images': [{'image_url': 'b1b:a.qcow2', 'min_disk': 40, 'tags': ['a.1'], 'image_tags': [{'key': 'b', 'value': '2'}]}]}", "data_images[0].image_tags", "either tags or image_tags");
        // file-data: 40-2048 GB (Creating a Data Disk Image Using an External Image File)
        addRow("file-data min_disk 39", "file-data", "{'min_disk': 39}", "min_disk", "40 to 2048 GB (Creating a Data Disk Image Using an External Image File, min_disk)");
        addRow("file-data min_disk 2048", "file-data", "{'min_disk': 2048}", "", "");
        addRow("file-data min_disk 2049", "file-data", "{'min_disk': 2049}", "min_disk", "40 to 2048 GB");
        addRow("file-data os_type Other", "file-data", "{'os_type': 'Other'}", "os_type", "one of: Linux, Windows");
        addRow("file-data image_url missing", "file-data", "{'image_url': null}", "image_url", "is required");
        // Quick import: Linux 10-1024, Windows 20-1024 (Importing an Image File Quickly)
        addRow("quick-system Linux 9", "quick-system", "{'min_disk': 9}", "min_disk", "10 to 1024 GB for Linux");
        addRow("quick-system Linux 10", "quick-system", "{'min_disk': 10}", "", "");
        addRow("quick-system Linux 1024", "quick-system", "{'min_disk': 1024}", "", "");
        addRow("quick-system Linux 1025", "quick-system", "{'min_disk': 1025}", "min_disk", "10 to 1024 GB for Linux");
        addRow("quick-system Windows 19", "quick-system", "{'os_version': 'Windows Server 2016 Standard 64bit', 'min_disk': 19}", "min_disk", "20 to 1024 GB for Windows (Importing an Image File Quickly, min_disk)");
        addRow("quick-system Windows 20", "quick-system", "{'os_version': 'Windows Server 2016 Standard 64bit', 'min_disk': 20}", "", "");
        addRow("quick-data Linux 9", "quick-data", "{'min_disk': 9}", "min_disk", "10 to 1024 GB for Linux");
        addRow("quick-data no os_type is Linux", "quick-data", "{'os_type': null, 'min_disk': 10}", "", "");
        addRow("quick-data Windows 19", "quick-data", "{'os_type': 'Windows', 'min_disk': 19}", "min_disk", "20 to 1024 GB for Windows");
        addRow("quick-data Windows 20", "quick-data", "{'os_type': 'Windows', 'min_disk': 20}", "", "");
        addRow("quick-system needs os_version", "quick-system", "{'os_version': null}", "os_version", "is required (Importing an Image File Quickly, os_version)");
        addRow("quick import of qcow2", "quick-system", "{'image_url': 'ims-image:centos.qcow2'}", "image_url", "RAW or ZVHD2");
        addRow("quick import of raw", "quick-data", "{'image_url': 'ims-image:disk.raw'}", "", "");
        addRow("quick-system type BMS", "quick-system", "{'type': 'BMS'}", "", "");
        addRow("quick-system type DataImage", "quick-system", "{'type': 'DataImage'}", "type", "one of: ECS, BMS");
        addRow("quick-system architecture arm", "quick-system", "{'architecture': 'arm'}", "", "");
        addRow("quick-system architecture mips", "quick-system", "{'architecture': 'mips'}", "architecture", "one of: x86, arm");
        addRow("license_type for Linux", "quick-system", "{'license_type': 'byol'}", "license_type", "only to Windows");
        addRow("license_type for Windows", "quick-system", "{'license_type': 'byol', 'os_version': 'Windows Server 2016 Standard 64bit', 'min_disk': 40}", "", "");
        addRow("license_type unknown", "quick-system", "{'license_type': 'free', 'os_version': 'Windows Server 2016 Standard 64bit', 'min_disk': 40}", "license_type", "one of: platform, byol");
        addRow("quick-data type ECS", "quick-data", "{'type': 'ECS'}", "type", "must be DataImage for this method");
        addRow("quick-data type omitted", "quick-data", "{'type': null}", "", "");
        // Image Attributes: names and descriptions
        addLengthRow("name 128 characters", "ecs-system", "name", 128, "", "");
        addLengthRow("name 129 characters", "ecs-system", "name", 129, "name", "1 to 128 characters (now 129) (Image Attributes, name)");
        addLengthRow("description 1024", "ecs-system", "description", 1024, "", "");
        addLengthRow("description 1025", "ecs-system", "description", 1025, "description", "at most 1024 characters (now 1025)");
        addLengthRow("native name 255", "native-metadata", "name", 255, "", "");
        addLengthRow("native name 256", "native-metadata", "name", 256, "name", "1 to 255 characters (now 256) (Creating Image Metadata (Native OpenStack API), name)");
        addRow("name empty", "ecs-system", "{'name': ''}", "name", "1 to 128 characters");
        addRow("name missing", "ecs-system", "{'name': null}", "name", "is required");
        addRow("name with !", "ecs-system", "{'name': 'web!'}", "name", "only letters, digits");
        addRow("name with leading space", "ecs-system", "{'name': ' web'}", "name", "must not start or end with a space");
        addRow("name a number", "ecs-system", "{'name': 42}", "name", "must be a string");
        addRow("description with <", "ecs-system", "{'description': 'a <b>'}", "description", "angle brackets");
        addRow("description with line break", "ecs-system", "{'description': 'a\\nb'}", "description", "line breaks");
        // Native metadata: name 1-255 per the seed request table, min_disk 40-255, key=value tags
        addRow("native min_disk 39", "native-metadata", "{'min_disk': 39}", "min_disk", "40 to 255 GB");
        addRow("native min_disk 256", "native-metadata", "{'min_disk': 256}", "min_disk", "40 to 255 GB");
        addRow("native tag without =", "native-metadata", "{'tags': ['team.platform']}", "tags[0]", "key=value");
        addRow("native visibility public", "native-metadata", "{'visibility': 'public'}", "visibility", "one of: private");
        addRow("native disk_format vmdk", "native-metadata", "{'disk_format': 'vmdk'}", "disk_format", "zvhd2, vhd, raw, iso, qcow2");
        addRow("native protected as text", "native-metadata", "{'protected': 'false'}", "protected", "true or false");
        // Image Tag Format: key.value, key 1-36, value 0-43, at most 10, keys once; never with image_tags
        addRow("tag key 36", "ecs-system", "{'image_tags': null, 'tags': ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.v']}", "", "");
        addRow("tag key 37", "ecs-system", "{'image_tags': null, 'tags': ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.v']}", "tags[0]", "1 to 36 letters");
        addRow("tag value 43", "ecs-system", "{'image_tags': null, 'tags': ['k.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']}", "", "");
        addRow("tag value 44", "ecs-system", "{'image_tags': null, 'tags': ['k.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']}", "tags[0]", "up to 43");
        addRow("tag value split at the first period", "ecs-system", "{'image_tags': null, 'tags': ['k.v.1.2']}", "", "");
        addRow("ten tags", "ecs-system", "{'image_tags': null, 'tags': ['a.1','b.1','c.1','d.1','e.1','f.1','g.1','h.1','i.1','j.1']}", "", "");
        addRow("eleven tags", "ecs-system", "{'image_tags': null, 'tags': ['a.1','b.1','c.1','d.1','e.1','f.1','g.1','h.1','i.1','j.1','k.1']}", "tags", "at most 10 entries (now 11)");
        addRow("repeated tag key", "ecs-system", "{'image_tags': null, 'tags': ['a.1','a.2']}", "tags[1]", "repeats the tag key \"a\"");
        addRow("tag not a string", "ecs-system", "{'image_tags': null, 'tags': [5]}", "tags[0]", "must be a string");
        addRow("tags not a list", "ecs-system", "{'image_tags': null, 'tags': 'a.1'}", "tags", "list of strings");
        addRow("tags and image_tags", "ecs-system", "{'tags': ['a.1']}", "image_tags", "cannot be sent together with tags");
        addRow("image_tags key missing", "ecs-system", "{'image_tags': [{'value': 'x'}]}", "image_tags[0].key", "is required");
        addRow("image_tags key with /", "ecs-system", "{'image_tags': [{'key': 'a/b', 'value': 'x'}]}", "image_tags[0].key", "1 to 36 letters");
        addRow("image_tags repeated key", "ecs-system", "{'image_tags': [{'key': 'a', 'value': '1'}, {'key': 'a', 'value': '2'}]}", "image_tags[1]", "repeats the tag key");
        // IDs, OBS addresses, memory
        addRow("instance_id not an ID", "ecs-system", "{'instance_id': 'my-server'}", "instance_id", "an ID such as");
        addRow("instance_id missing", "ecs-system", "{'instance_id': null}", "instance_id", "is required (Creating an Image, instance_id)");
        addRow("volume_id missing in a data disk", "ecs-data", "{'data_images': [{'name': 'x'}]}", "data_images[0].volume_id", "is required");
        addRow("ecs-data without disks", "ecs-data", "{'data_images': []}", "data_images", "at least 1");
        addRow("ecs-data top-level name", "ecs-data", "{'name': 'x'}", "name", "is not a field of method ecs-data");
        addRow("image_url without colon", "file-data", "{'image_url': 'bucket-file.qcow2'}", "image_url", "bucket name:file name");
        addRow("image_url upper-case bucket", "file-data", "{'image_url': 'Bucket:file.qcow2'}", "image_url", "bucket name \"Bucket\"");
        addRow("image_url with a space", "file-data", "{'image_url': 'bucket:my file.qcow2'}", "image_url", "must not contain spaces (IMG.0175)");
        addRow("image_url without file", "file-data", "{'image_url': 'bucket:'}", "image_url", "needs a file name");
        addRow("enterprise project 0", "file-data", "{'enterprise_project_id': '0'}", "", "");
        addRow("enterprise project text", "file-data", "{'enterprise_project_id': 'default'}", "enterprise_project_id", "0 (the default project)");
        addRow("min_ram above max_ram", "volume-system", "{'min_ram': 4096, 'max_ram': 2048}", "max_ram", "not be less than the minimum memory");
        addRow("min_ram with max_ram 0", "volume-system", "{'min_ram': 4096, 'max_ram': 0}", "", "");
        addRow("negative min_ram", "volume-system", "{'min_ram': -1}", "min_ram", "at least 0 MB");
        addRow("volume-system type Ironic", "volume-system", "{'type': 'Ironic'}", "", "");
        addRow("volume-system type KVM", "volume-system", "{'type': 'KVM'}", "type", "ECS, BMS, FusionCompute, Ironic");
        addRow("volume-system needs os_version", "volume-system", "{'os_version': null}", "os_version", "is required");
        // os_version requirements and consistency (Creating an Image)
        addRow("ISO without os_version", "file-system", "{'image_url': 'ims-image:centos.iso', 'os_version': null}", "os_version", "required for an ISO image file");
        addRow("quick import flag without os_version", "file-system", "{'is_quick_import': true, 'image_url': 'ims-image:c.zvhd2', 'os_version': null}", "os_version", "required for quick import");
        addRow("quick import flag with qcow2", "file-system", "{'is_quick_import': true}", "image_url", "RAW or ZVHD2");
        addRow("os_type Windows with a Linux version", "file-system", "{'os_type': 'Windows'}", "os_type", "is Windows but the OS version is a Linux version");
        addRow("is_config as text", "file-system", "{'is_config': 'yes'}", "is_config", "true or false");
        addRow("unknown field", "file-system", "{'colour': 'blue'}", "colour", "is not a field of method file-system");
    }

    void rules() { verifyRow(); }

    // One group per row of docs/catalogue-choices.md ("what IMS Wizard does"), each proving the row
    // holds in the validator: the side the table allows passes, the side it refuses fails. The rows
    // about Glance's own behaviour, tokens and uploads are not validator rules (tst_openstack,
    // tst_sandboxflow).
    void catalogueChoices_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        // min_disk for an image from an OBS file: 40-255 GB (not the SDK's 1024)
        addRow("min_disk file-system: 255 ok", "file-system", "{'min_disk': 255}", "", "");
        addRow("min_disk file-system: 1024 refused", "file-system", "{'min_disk': 1024}", "min_disk", "40 to 255 GB");
        addRow("min_disk file-system: 39 refused", "file-system", "{'min_disk': 39}", "min_disk", "40 to 255 GB");
        // min_disk for native metadata: 40-255 GB (not the Chinese page's per-OS 10/20-1024)
        addRow("min_disk native: 40 ok", "native-metadata", "{'min_disk': 40}", "", "");
        addRow("min_disk native: 255 ok", "native-metadata", "{'min_disk': 255}", "", "");
        addRow("min_disk native: 20 refused", "native-metadata", "{'min_disk': 20}", "min_disk", "40 to 255 GB");
        addRow("min_disk native: 1024 refused", "native-metadata", "{'min_disk': 1024}", "min_disk", "40 to 255 GB");
        // min_disk for quick import: per OS, from os_version (system) or os_type (data, default Linux)
        addRow("min_disk quick: Linux 10 ok", "quick-system", "{'min_disk': 10}", "", "");
        addRow("min_disk quick: Linux 1 refused (not the SDK's 1)", "quick-system", "{'min_disk': 1}", "min_disk", "10 to 1024 GB for Linux");
        addRow("min_disk quick: Windows version 19 refused", "quick-system", "{'os_version': 'Windows Server 2022 Standard 64bit', 'min_disk': 19}", "min_disk", "20 to 1024 GB for Windows");
        addRow("min_disk quick: data disk without os_type is Linux", "quick-data", "{'os_type': null, 'min_disk': 10}", "", "");
        addRow("min_disk quick: data disk Windows 19 refused", "quick-data", "{'os_type': 'Windows', 'min_disk': 19}", "min_disk", "20 to 1024 GB for Windows");
        addRow("min_disk quick: 1025 refused", "quick-data", "{'min_disk': 1025}", "min_disk", "10 to 1024 GB");
        // image name length: 1-255 for native-metadata, 1-128 everywhere else
        addLengthRow("name length: native 255 ok", "native-metadata", "name", 255, "", "");
        addLengthRow("name length: native 256 refused", "native-metadata", "name", 256, "name", "1 to 255 characters");
        for (const char *m : {"ecs-system", "file-system", "volume-system", "file-data", "quick-system", "quick-data"}) {
            addLengthRow(qPrintable(QStringLiteral("name length: %1 128 ok").arg(QLatin1String(m))), m, "name", 128, "", "");
            addLengthRow(qPrintable(QStringLiteral("name length: %1 129 refused").arg(QLatin1String(m))), m, "name", 129, "name", "1 to 128 characters");
        }
        // image name characters: letters, digits, space, - . _, no space at either end
        addRow("name chars: all allowed kinds", "ecs-system", "{'name': 'Web_1.2-a b'}", "", "");
        addRow("name chars: Chinese refused", "ecs-system", "{'name': '镜像'}", "name", "only letters, digits");
        addRow("name chars: slash refused", "file-data", "{'name': 'a/b'}", "name", "only letters, digits");
        addRow("name chars: trailing space refused", "quick-system", "{'name': 'web '}", "name", "must not start or end with a space");
        // description: at most 1024, no line breaks, no < >; spaces and punctuation are fine
        addRow("description: spaces and commas ok", "file-system", "{'description': 'Imported, hardened; v2 (ok)'}", "", "");
        addLengthRow("description: 1025 refused", "file-data", "description", 1025, "description", "at most 1024 characters");
        addRow("description: carriage return refused", "ecs-system", "{'description': 'a\\rb'}", "description", "line breaks");
        addRow("description: > refused", "quick-data", "{'description': 'a > b'}", "description", "angle brackets");
        // tag limits: key 1-36 of letters, digits, _, -; value 0-43 of letters, digits, _, ., -; at most 10; keys once
        addRow("tag limits: empty value ok", "file-data", "{'tags': ['k.']}", "", "");
        addRow("tag limits: empty key refused", "file-data", "{'tags': ['.v']}", "tags[0]", "1 to 36 letters");
        addRow("tag limits: key with space refused", "file-data", "{'tags': ['a b.v']}", "tags[0]", "1 to 36 letters");
        addRow("tag limits: value with / refused", "file-data", "{'tags': ['k.a/b']}", "tags[0]", "up to 43");
        addRow("tag limits: image_tags key 37 refused", "ecs-system", "{'image_tags': [{'key': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'value': 'v'}]}", "image_tags[0].key", "1 to 36 letters");
        addRow("tag limits: image_tags value 44 refused", "ecs-system", "{'image_tags': [{'key': 'k', 'value': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}]}", "image_tags[0].value", "up to 43");
        addRow("tag limits: 11 image_tags refused", "ecs-system", "{'image_tags': [{'key':'a','value':'1'},{'key':'b','value':'1'},{'key':'c','value':'1'},{'key':'d','value':'1'},{'key':'e','value':'1'},{'key':'f','value':'1'},{'key':'g','value':'1'},{'key':'h','value':'1'},{'key':'i','value':'1'},{'key':'j','value':'1'},{'key':'k','value':'1'}]}", "image_tags", "at most 10 entries");
        addRow("tag limits: repeated key refused", "quick-data", "{'tags': ['a.1', 'a.2']}", "tags[1]", "repeats the tag key");
        // tag syntax: IMS methods key.value; native-metadata key=value of 1-255 characters
        for (const char *m : {"ecs-system", "file-system", "volume-system", "file-data", "quick-system", "quick-data"}) {
            addRow(qPrintable(QStringLiteral("tag syntax: %1 nodot refused").arg(QLatin1String(m))), m, "{'image_tags': null, 'tags': ['nodot']}", "tags[0]", "key.value");
            addRow(qPrintable(QStringLiteral("tag syntax: %1 key=value refused").arg(QLatin1String(m))), m, "{'image_tags': null, 'tags': ['team=web']}", "tags[0]", "key.value");
        }
        addRow("tag syntax: data disk entry nodot refused", "file-system", "{'data_images': [{'image_url': 'b1b:a.qcow2', 'min_disk': 40, 'tags': ['nodot']}]}", "data_images[0].tags[0]", "key.value");
        addRow("tag syntax: ecs-data entry nodot refused", "ecs-data", "{'data_images': [{'name': 'd', 'volume_id': 'c5dfbd0c-bf0a-4798-a453-61dc6b54aa30', 'tags': ['nodot']}]}", "data_images[0].tags[0]", "key.value");
        addRow("tag syntax: native key=value ok", "native-metadata", "{'tags': ['team=web', 'a=b=c']}", "", "");
        addRow("tag syntax: native 255 characters ok", "native-metadata", "{'tags': ['k=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']}", "", "");
        addRow("tag syntax: native key.value refused", "native-metadata", "{'tags': ['team.web']}", "tags[0]", "key=value");
        addRow("tag syntax: native =value refused", "native-metadata", "{'tags': ['=web']}", "tags[0]", "key=value");
        addRow("tag syntax: native 256 characters refused", "native-metadata", "{'tags': ['k=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']}", "tags[0]", "255");
        // tags and image_tags: an error at the top level and inside each data_images entry
        addRow("tags xor image_tags: top level", "quick-system", "{'tags': ['a.1'], 'image_tags': [{'key': 'b', 'value': '2'}]}", "image_tags", "either tags or image_tags");
        addRow("tags xor image_tags: ecs-data entry", "ecs-data", "{'data_images': [{'volume_id': 'c5dfbd0c-bf0a-4798-a453-61dc6b54aa30', 'tags': ['a.1'], 'image_tags': [{'key': 'b', 'value': '2'}]}]}", "data_images[0].image_tags", "either tags or image_tags");
        // data_images of ecs-data: image_tags accepted inside an entry
        addRow("ecs-data entry image_tags ok", "ecs-data", "{'data_images': [{'name': 'd', 'volume_id': 'c5dfbd0c-bf0a-4798-a453-61dc6b54aa30', 'image_tags': [{'key': 'b', 'value': '2'}]}]}", "", "");
        // top-level fields of ecs-data: data_images alone
        addRow("ecs-data top level: instance_id refused", "ecs-data", "{'instance_id': '877a2cda-ba63-4e1e-b95f-e67e48b6129a'}", "instance_id", "is not a field of method ecs-data");
        addRow("ecs-data top level: tags refused", "ecs-data", "{'tags': ['a.1']}", "tags", "is not a field of method ecs-data");
        addRow("ecs-data top level: description refused", "ecs-data", "{'description': 'x'}", "description", "is not a field of method ecs-data");
        // is_config_init: an optional boolean of file-system only
        addRow("is_config_init: file-system ok", "file-system", "{'is_config_init': true}", "", "");
        addRow("is_config_init: not a boolean refused", "file-system", "{'is_config_init': 'true'}", "is_config_init", "true or false");
        addRow("is_config_init: other methods refuse it", "quick-system", "{'is_config_init': true}", "is_config_init", "is not a field");
        // os_version list: a value outside the list is a warning (warningsDoNotBlock checks the warning)
        addRow("os_version list: unknown value is no error", "volume-system", "{'os_version': 'Rocky Linux 10.7 64bit'}", "", "");
        // os_version required for ISO and quick import (file-system); not otherwise
        addRow("os_version required: qcow2 without ok", "file-system", "{'os_version': null}", "", "");
        addRow("os_version required: ISO (any case) refused", "file-system", "{'image_url': 'ims-image:c.ISO', 'os_version': null}", "os_version", "required for an ISO image file");
        addRow("os_version required: quick import refused", "file-system", "{'is_quick_import': true, 'image_url': 'ims-image:c.raw', 'os_version': null}", "os_version", "required for quick import");
        // quick import formats: RAW and ZVHD2 only; other image extensions refused; no extension accepted
        for (const char *ext : {"qcow2", "vmdk", "vhd", "vhdx", "qed", "vdi", "qcow", "iso", "zvhd", "ova"})
            addRow(qPrintable(QStringLiteral("quick formats: .%1 refused").arg(QLatin1String(ext))), "quick-system",
                   qPrintable(QStringLiteral("{'image_url': 'ims-image:disk.%1'}").arg(QLatin1String(ext))), "image_url", "RAW or ZVHD2");
        addRow("quick formats: .zvhd2 ok", "quick-system", "{'image_url': 'ims-image:disk.zvhd2'}", "", "");
        addRow("quick formats: .raw ok", "quick-data", "{'image_url': 'ims-image:disk.raw'}", "", "");
        addRow("quick formats: no extension ok", "quick-data", "{'image_url': 'ims-image:disk'}", "", "");
        addRow("quick formats: file-system data disk qcow2 with quick import refused", "file-system", "{'data_images': [{'image_url': 'b1b:a.qcow2', 'min_disk': 40, 'is_quick_import': true}]}", "data_images[0].image_url", "RAW or ZVHD2");
        // license_type: only with a Windows os_version
        addRow("license_type: Linux refused", "quick-system", "{'license_type': 'platform'}", "license_type", "only to Windows");
        addRow("license_type: Windows ok", "quick-system", "{'license_type': 'platform', 'os_version': 'Windows Server 2019 Standard 64bit', 'min_disk': 40}", "", "");
        // os_type with os_version: the families must agree
        addRow("os_type/os_version: Linux with Windows version refused", "file-system", "{'os_type': 'Linux', 'os_version': 'Windows Server 2022 Standard 64bit'}", "os_type", "");
        addRow("os_type/os_version: agree ok", "file-system", "{'os_type': 'Linux', 'os_version': 'Ubuntu 22.04 server 64bit'}", "", "");
        // Windows data disk images from a file: a warning, not an error (warningsDoNotBlock checks the warning)
        addRow("Windows data disk from file is no error", "file-data", "{'os_type': 'Windows'}", "", "");
        // type of quick-data: DataImage only
        addRow("quick-data type: DataImage ok", "quick-data", "{'type': 'DataImage'}", "", "");
        addRow("quick-data type: ECS refused", "quick-data", "{'type': 'ECS'}", "type", "DataImage");
        // visibility and container_format of native metadata
        addRow("native visibility: shared refused", "native-metadata", "{'visibility': 'shared'}", "visibility", "one of: private");
        addRow("native container_format: ovf refused", "native-metadata", "{'container_format': 'ovf'}", "container_format", "one of: bare");
        // native metadata without name or __os_version: warnings only
        addRow("native without name is no error", "native-metadata", "{'name': null}", "", "");
        addRow("native without __os_version is no error", "native-metadata", "{'__os_version': null}", "", "");
        // IDs look like UUIDs; enterprise_project_id may also be 0
        addRow("IDs: volume_id not a UUID refused", "volume-system", "{'volume_id': 'vol-1'}", "volume_id", "an ID such as");
        addRow("IDs: ecs-data volume_id not a UUID refused", "ecs-data", "{'data_images': [{'volume_id': 'vol-1'}]}", "data_images[0].volume_id", "an ID such as");
        addRow("IDs: enterprise project UUID ok", "quick-data", "{'enterprise_project_id': '877a2cda-ba63-4e1e-b95f-e67e48b6129a'}", "", "");
        addRow("IDs: enterprise project 1 refused", "quick-data", "{'enterprise_project_id': '1'}", "enterprise_project_id", "0 (the default project)");
        // OBS image_url: bucket 3-63 lower-case letters, digits, -, .; file name without spaces
        addRow("OBS: bucket of 3 ok", "file-data", "{'image_url': 'abc:f.qcow2'}", "", "");
        addRow("OBS: bucket of 2 refused", "file-data", "{'image_url': 'ab:f.qcow2'}", "image_url", "3 to 63");
        addRow("OBS: bucket of 63 ok", "file-data", "{'image_url': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:f.qcow2'}", "", "");
        addRow("OBS: bucket of 64 refused", "file-data", "{'image_url': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:f.qcow2'}", "image_url", "3 to 63");
        addRow("OBS: bucket with _ refused", "quick-data", "{'image_url': 'my_bucket:f.raw'}", "image_url", "3 to 63");
        addRow("OBS: folder with space refused", "quick-data", "{'image_url': 'bucket:my dir/f.raw'}", "image_url", "IMG.0175");
        addRow("OBS: folders ok", "quick-data", "{'image_url': 'bucket:dir/sub/f.raw'}", "", "");
        // min_ram / max_ram: whole MB 0-2147483647; min_ram not above a non-zero max_ram
        addRow("memory: 2147483647 ok", "volume-system", "{'min_ram': 2147483647}", "", "");
        addRow("memory: 2147483648 refused", "volume-system", "{'max_ram': 2147483648}", "max_ram", "");
        addRow("memory: 1.5 refused", "file-system", "{'min_ram': 1.5}", "min_ram", "whole number");
        addRow("memory: min above max refused", "file-system", "{'min_ram': 2048, 'max_ram': 1024}", "max_ram", "not be less than the minimum memory");
        addRow("memory: native min_ram -1 refused", "native-metadata", "{'min_ram': -1}", "min_ram", "at least 0 MB");
        // native metadata disk_format: the seed's five; Glance's others refused
        for (const char *fmt : {"zvhd2", "vhd", "raw", "iso", "qcow2"})
            addRow(qPrintable(QStringLiteral("native disk_format: %1 ok").arg(QLatin1String(fmt))), "native-metadata",
                   qPrintable(QStringLiteral("{'disk_format': '%1'}").arg(QLatin1String(fmt))), "", "");
        for (const char *fmt : {"vmdk", "vhdx", "vdi", "ploop", "ami"})
            addRow(qPrintable(QStringLiteral("native disk_format: %1 refused").arg(QLatin1String(fmt))), "native-metadata",
                   qPrintable(QStringLiteral("{'disk_format': '%1'}").arg(QLatin1String(fmt))), "disk_format", "zvhd2, vhd, raw, iso, qcow2");
        // native metadata __os_version: sent as written (a value outside the list is no error)
        addRow("native __os_version as written", "native-metadata", "{'__os_version': 'My own Linux 1.0'}", "", "");
        // looser Glance fields stay refused: min_disk 0, visibility public
        addRow("native min_disk 0 refused", "native-metadata", "{'min_disk': 0}", "min_disk", "40 to 255 GB");
        addRow("native visibility public refused", "native-metadata", "{'visibility': 'public'}", "visibility", "one of: private");
    }

    void catalogueChoices() { verifyRow(); }

    void warningsDoNotBlock()
    {
        // An OS version outside the bundled list may be newer than the list: a warning, not an error.
        auto issues = check(QStringLiteral("file-system"), changed(QStringLiteral("file-system"), j("{'os_version': 'Rocky Linux 10.7 64bit'}")));
        QVERIFY(!hasErrors(issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("os_version"));
        QVERIFY(issues.first().message.contains(QStringLiteral("Rocky Linux 10.7 64bit")));
        // The server's own list replaces the bundled one.
        RequestValidator::Options options;
        options.knownOsVersions = {QStringLiteral("Rocky Linux 10.7 64bit")};
        issues = RequestValidator::validate(*Catalogue::instance().method(QStringLiteral("file-system")),
                                            changed(QStringLiteral("file-system"), j("{'os_version': 'Rocky Linux 10.7 64bit'}")), options);
        QVERIFY(issues.isEmpty());
        // Windows data disk images from files are retired; native metadata without a name will not boot.
        issues = check(QStringLiteral("file-data"), changed(QStringLiteral("file-data"), j("{'os_type': 'Windows'}")));
        QVERIFY(!hasErrors(issues));
        QVERIFY(describe(issues).contains(QStringLiteral("stopped creating Windows data disk images")));
        issues = check(QStringLiteral("native-metadata"), changed(QStringLiteral("native-metadata"), j("{'name': null}")));
        QVERIFY(!hasErrors(issues));
        QVERIFY(describe(issues).contains(QStringLiteral("name [warning]")));
    }

    void issuesForPicksAFieldAndItsEntries()
    {
        const QList<ValidationIssue> all = {{QStringLiteral("tags"), QStringLiteral("a")},
                                            {QStringLiteral("tags[1]"), QStringLiteral("b")},
                                            {QStringLiteral("image_tags"), QStringLiteral("c")},
                                            {QStringLiteral("data_images[0].tags[2]"), QStringLiteral("d")}};
        QCOMPARE(RequestValidator::issuesFor(all, QStringLiteral("tags")).size(), 2);
        QCOMPARE(RequestValidator::issuesFor(all, QStringLiteral("data_images")).size(), 1);
        QCOMPARE(RequestValidator::issuesFor(all, QStringLiteral("name")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
