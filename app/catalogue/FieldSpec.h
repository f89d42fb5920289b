// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ims {

// The JSON shape of a request field.
enum class FieldType {
    String,
    Integer,
    Boolean,
    StringList, // array of strings, e.g. "tags"
    ObjectList, // array of objects described by FieldSpec::itemFields, e.g. "data_images", "image_tags"
};

// String formats that need more than a length: each has its own checker and message.
enum class StringFormat {
    Free,
    ImageName,         // Image Attributes: letters, digits, space, - . _, no edge spaces
    Description,       // Image Attributes: no line breaks, no < >
    Uuid,              // ECS / EVS / enterprise project ids
    ObsUrl,            // "bucket:object"
    EnterpriseProject, // "0" or a UUID
    ImsTag,            // "key.value" (Image Tag Format)
    NativeTag,         // "key=value" (Creating Image Metadata)
    TagKey,            // image_tags[].key
    TagValue,          // image_tags[].value
    OsVersion,         // Values of Related Parameters
    KmsKeyId,          // KMS key id
};

enum class OsFamily { Unknown, Linux, Windows };

// What of the account a field's value names, so that the wizard can offer it from a list (a picker)
// besides typing it: one attribute here, read by every editor, instead of lists of field keys.
enum class PickFrom {
    Nothing,
    Server,            // an ECS id
    Volume,            // an EVS disk id
    ObsObject,         // "bucket:object" of a file in OBS
    PrivateImage,      // a private image id
    KmsKey,            // an enabled KMS key id
    EnterpriseProject, // an enterprise project id
    ServerDataDisks,   // an ObjectList of data disks: one entry per data disk of the ECS picked
};

// An integer range that holds for one OS family only (quick import's min_disk).
struct OsRange
{
    OsFamily family = OsFamily::Unknown;
    qint64 minimum = 0;
    qint64 maximum = 0;
};

// One field of a creation request, described once: everything else (validation, JSON building,
// wizard pages, profiles, the sandbox) reads it from here.
struct FieldSpec
{
    QString key; // JSON name, exactly as the API spells it
    FieldType type = FieldType::String;
    bool required = false;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Catalogue", ...)
    const char *help = nullptr;  // QT_TRANSLATE_NOOP("Catalogue", ...)
    QString source;              // the documentation page the rule comes from

    // String rules
    StringFormat format = StringFormat::Free;
    int minLength = 0;
    int maxLength = -1;
    QStringList allowed; // enumeration; empty = any
    QString example;     // a value this method accepts, shown in the rule (quick import: a .zvhd2 file)

    // Integer rules
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    QList<OsRange> rangesByOs; // replaces minimum/maximum when the OS is known
    QString unit;              // "GB", "MB"

    // OS dependence: which field tells the OS family ("os_version" or "os_type"), and whether
    // the field only applies to one family (license_type: Windows only).
    QString osFromKey;
    OsFamily onlyForOs = OsFamily::Unknown;

    // Lists
    int minItems = 0;
    int maxItems = -1;
    QList<FieldSpec> itemFields; // for ObjectList
    bool uniqueTagKeys = false;  // tag lists: a key may appear once

    // A value the method always sends (quick-data's "type": "DataImage"); the user cannot change it.
    QJsonValue fixedValue{QJsonValue::Undefined};
    // The server's documented default, shown to the user; never sent when the user did not set it.
    QJsonValue documentedDefault{QJsonValue::Undefined};
    // Where a person can pick the value from in the account (Browse… beside the field).
    PickFrom pick = PickFrom::Nothing;

    // Fluent setters keep the catalogue readable as a table.
    FieldSpec &req(bool r = true) { required = r; return *this; }
    FieldSpec &text(const char *l, const char *h) { label = l; help = h; return *this; }
    FieldSpec &from(const QString &s) { source = s; return *this; }
    FieldSpec &fmt(StringFormat f) { format = f; return *this; }
    FieldSpec &length(int lo, int hi) { minLength = lo; maxLength = hi; return *this; }
    FieldSpec &oneOf(const QStringList &values) { allowed = values; return *this; }
    FieldSpec &range(qint64 lo, qint64 hi) { minimum = lo; maximum = hi; return *this; }
    FieldSpec &atLeast(qint64 lo) { minimum = lo; return *this; }
    FieldSpec &inUnit(const QString &u) { unit = u; return *this; }
    FieldSpec &osRanges(const QString &osKey, const QList<OsRange> &r) { osFromKey = osKey; rangesByOs = r; return *this; }
    FieldSpec &onlyFor(OsFamily f, const QString &osKey) { onlyForOs = f; osFromKey = osKey; return *this; }
    FieldSpec &items(int lo, int hi) { minItems = lo; maxItems = hi; return *this; }
    FieldSpec &of(const QList<FieldSpec> &f) { itemFields = f; return *this; }
    FieldSpec &uniqueKeys() { uniqueTagKeys = true; return *this; }
    FieldSpec &fixed(const QJsonValue &v) { fixedValue = v; return *this; }
    FieldSpec &eg(const QString &v) { example = v; return *this; }
    FieldSpec &byDefault(const QJsonValue &v) { documentedDefault = v; return *this; }
    FieldSpec &pickFrom(PickFrom p) { pick = p; return *this; }

    // Translated label and help (the catalogue stores untranslated source texts).
    QString displayLabel() const;
    QString displayHelp() const;
    // The rule in words, e.g. "40 to 255 GB" or "1 to 128 characters: letters, digits, …".
    QString ruleText(OsFamily os = OsFamily::Unknown) const;
    // The page the rule comes from, in the user's language ("Creating an Image" -> "制作镜像").
    QString displaySource() const { return pageName(source); }
    // Any page title of the API reference (Pages::...), translated where a translation exists.
    static QString pageName(const QString &page);
    // The integer bounds that hold for the given OS (falls back to minimum/maximum).
    std::optional<qint64> minimumFor(OsFamily os) const;
    std::optional<qint64> maximumFor(OsFamily os) const;
    const FieldSpec *itemField(const QString &itemKey) const;
};

inline FieldSpec field(const QString &key, FieldType type)
{
    FieldSpec f;
    f.key = key;
    f.type = type;
    return f;
}

QString osFamilyName(OsFamily family);

} // namespace ims
