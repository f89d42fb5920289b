// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RequestValidator.h"

#include "Catalogue.h"
#include "OsVersions.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ims {

namespace {

using Severity = ValidationIssue::Severity;

struct Checker
{
    const RequestValidator::Options &options;
    QList<ValidationIssue> &out;

    void issue(const QString &path, const FieldSpec &f, const QString &rule, Severity sev = Severity::Error)
    {
        out.append({path, QStringLiteral("%1 (%2, %3)").arg(rule, f.displaySource(), f.key), sev});
    }

    static QString pathOf(const QString &prefix, const QString &key)
    {
        return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
    }

    // The OS family a field depends on, read from the sibling field that tells it.
    static OsFamily osFamilyFor(const FieldSpec &f, const QJsonObject &siblings, const QList<FieldSpec> &specs)
    {
        if (f.osFromKey.isEmpty())
            return OsFamily::Unknown;
        QString value = siblings.value(f.osFromKey).toString();
        if (value.isEmpty()) {
            for (const auto &s : specs)
                if (s.key == f.osFromKey)
                    value = s.documentedDefault.toString(); // os_type defaults to Linux
        }
        return f.osFromKey == QLatin1String("os_type") ? OsVersions::familyOfOsType(value)
                                                        : OsVersions::familyOf(value);
    }

    void checkObject(const QList<FieldSpec> &specs, const QJsonObject &obj, const QString &prefix,
                     const QString &methodId)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool known = false;
            for (const auto &s : specs)
                known = known || s.key == it.key();
            if (!known) {
                QStringList keys;
                for (const auto &s : specs)
                    keys << s.key;
                out.append({pathOf(prefix, it.key()),
                            RequestValidator::tr("is not a field of method %1; its fields are: %2")
                                .arg(methodId, keys.join(QLatin1String(", "))),
                            Severity::Error});
            }
        }
        for (const auto &f : specs) {
            const QString path = pathOf(prefix, f.key);
            const QJsonValue v = obj.value(f.key);
            if (v.isUndefined() || v.isNull()) {
                if (f.required && f.fixedValue.isUndefined())
                    issue(path, f, RequestValidator::tr("is required"));
                continue;
            }
            checkValue(f, v, path, obj, specs, methodId);
        }
    }

    void checkValue(const FieldSpec &f, const QJsonValue &v, const QString &path, const QJsonObject &siblings,
                    const QList<FieldSpec> &specs, const QString &methodId)
    {
        if (f.onlyForOs != OsFamily::Unknown) {
            const OsFamily os = osFamilyFor(f, siblings, specs);
            if (os != OsFamily::Unknown && os != f.onlyForOs)
                issue(path, f, RequestValidator::tr("applies only to %1 images; remove it for this OS")
                                   .arg(osFamilyName(f.onlyForOs)));
        }
        switch (f.type) {
        case FieldType::String:
            if (!v.isString())
                return issue(path, f, RequestValidator::tr("must be a string"));
            return checkString(f, v.toString(), path);
        case FieldType::Integer:
            return checkInteger(f, v, path, osFamilyFor(f, siblings, specs));
        case FieldType::Boolean:
            if (!v.isBool())
                issue(path, f, RequestValidator::tr("must be true or false"));
            return;
        case FieldType::StringList:
            return checkStringList(f, v, path);
        case FieldType::ObjectList:
            return checkObjectList(f, v, path, methodId);
        }
    }

    void checkString(const FieldSpec &f, const QString &s, const QString &path)
    {
        if (!f.fixedValue.isUndefined() && s != f.fixedValue.toString())
            return issue(path, f, RequestValidator::tr("must be %1 for this method").arg(f.fixedValue.toString()));
        if (!f.allowed.isEmpty() && !f.allowed.contains(s))
            return issue(path, f, RequestValidator::tr("must be one of: %1").arg(f.allowed.join(QLatin1String(", "))));
        const int n = int(s.size());
        if (f.maxLength > 0 && (n < f.minLength || n > f.maxLength)) {
            if (f.minLength > 0)
                return issue(path, f, RequestValidator::tr("must be %1 to %2 characters (now %3)")
                                          .arg(f.minLength).arg(f.maxLength).arg(n));
            return issue(path, f, RequestValidator::tr("must be at most %1 characters (now %2)").arg(f.maxLength).arg(n));
        }
        const QString problem = formatProblem(f.format, s);
        if (!problem.isEmpty())
            issue(path, f, problem, f.format == StringFormat::OsVersion ? Severity::Warning : Severity::Error);
    }

    QString formatProblem(StringFormat format, const QString &s) const
    {
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
        static const QRegularExpression nameChars(QStringLiteral("^[A-Za-z0-9._\\- ]*$"));
        static const QRegularExpression bucket(QStringLiteral("^[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]$"));
        static const QRegularExpression tagKey(QStringLiteral("^[A-Za-z0-9_\\-]{1,36}$"));
        static const QRegularExpression tagValue(QStringLiteral("^[A-Za-z0-9_.\\-]{0,43}$"));
        switch (format) {
        case StringFormat::Free:
            return {};
        case StringFormat::ImageName: // Image Attributes
            if (!nameChars.match(s).hasMatch())
                return RequestValidator::tr("may contain only letters, digits, spaces, hyphens (-), periods (.) and underscores (_)");
            if (s.startsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char(' ')))
                return RequestValidator::tr("must not start or end with a space");
            return {};
        case StringFormat::Description: // Image Attributes
            if (s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')))
                return RequestValidator::tr("must not contain line breaks");
            if (s.contains(QLatin1Char('<')) || s.contains(QLatin1Char('>')))
                return RequestValidator::tr("must not contain angle brackets (< >)");
            return {};
        case StringFormat::Uuid:
            return uuid.match(s).hasMatch()
                       ? QString()
                       : RequestValidator::tr("must be an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a");
        case StringFormat::EnterpriseProject:
            return s == QLatin1String("0") || uuid.match(s).hasMatch()
                       ? QString()
                       : RequestValidator::tr("must be 0 (the default project) or an enterprise project ID");
        case StringFormat::ObsUrl: {
            const qsizetype colon = s.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return RequestValidator::tr("must be OBS bucket name:file name, e.g. ims-image:centos70.qcow2");
            const QString b = s.left(colon), object = s.mid(colon + 1);
            if (!bucket.match(b).hasMatch())
                return RequestValidator::tr("bucket name \"%1\" must be 3 to 63 lower-case letters, digits, hyphens or periods, starting and ending with a letter or digit").arg(b);
            if (object.isEmpty())
                return RequestValidator::tr("needs a file name after the colon, e.g. ims-image:centos70.qcow2");
            if (object.contains(QLatin1Char(' ')))
                return RequestValidator::tr("the folder and file name must not contain spaces (IMG.0175)");
            return {};
        }
        case StringFormat::ImsTag: { // Image Tag Format: split at the first period
            const qsizetype dot = s.indexOf(QLatin1Char('.'));
            // docs/catalogue-choices.md: tags of IMS methods must read key.value ("nodot" is no tag).
            if (dot < 0)
                return RequestValidator::tr("must read key.value, e.g. team.web (the period separates key and value)");
            const QString key = dot < 0 ? s : s.left(dot), value = dot < 0 ? QString() : s.mid(dot + 1);
            if (!tagKey.match(key).hasMatch())
                return RequestValidator::tr("tag key \"%1\" must be 1 to 36 letters, digits, _ or - (format key.value)").arg(key);
            if (!tagValue.match(value).hasMatch())
                return RequestValidator::tr("tag value \"%1\" must be up to 43 letters, digits, _, . or -").arg(value);
            return {};
        }
        case StringFormat::NativeTag: {
            const qsizetype eq = s.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return RequestValidator::tr("must be key=value, e.g. test=testvalue");
            return {};
        }
        case StringFormat::TagKey:
            return tagKey.match(s).hasMatch() ? QString() : RequestValidator::tr("must be 1 to 36 letters, digits, _ or -");
        case StringFormat::TagValue:
            return tagValue.match(s).hasMatch() ? QString() : RequestValidator::tr("must be up to 43 letters, digits, _, . or -");
        case StringFormat::KmsKeyId:
            for (const QChar c : s)
                if (c.isSpace())
                    return RequestValidator::tr("must not contain spaces");
            return {};
        case StringFormat::OsVersion: {
            const QStringList &known = options.knownOsVersions.isEmpty() ? OsVersions::bundled() : options.knownOsVersions;
            if (!known.contains(s))
                return RequestValidator::tr("\"%1\" is not in the known list of OS versions; check the spelling, or the image may be unusable").arg(s);
            return {};
        }
        }
        return {};
    }

    void checkInteger(const FieldSpec &f, const QJsonValue &v, const QString &path, OsFamily os)
    {
        if (!v.isDouble())
            return issue(path, f, RequestValidator::tr("must be a whole number"));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
            return issue(path, f, RequestValidator::tr("must be a whole number"));
        const qint64 n = qint64(d);
        const auto lo = f.minimumFor(os), hi = f.maximumFor(os);
        if ((lo && n < *lo) || (hi && n > *hi)) {
            const QString unit = f.unit.isEmpty() ? QString() : QLatin1Char(' ') + f.unit;
            // 2147483647 is the JSON integer's limit, not a documented maximum: name it only when passed.
            const bool saySize = hi && (*hi < 2147483647 || n > *hi);
            QString rule = lo && saySize ? RequestValidator::tr("must be %1 to %2%3").arg(*lo).arg(*hi).arg(unit)
                           : lo          ? RequestValidator::tr("must be at least %1%2").arg(*lo).arg(unit)
                                         : RequestValidator::tr("must be at most %1%2").arg(*hi).arg(unit);
            if (!f.rangesByOs.isEmpty() && os != OsFamily::Unknown)
                rule += RequestValidator::tr(" for %1").arg(osFamilyName(os));
            issue(path, f, rule);
        }
    }

    void checkCount(const FieldSpec &f, qsizetype count, const QString &path)
    {
        if (f.maxItems >= 0 && count > f.maxItems)
            issue(path, f, RequestValidator::tr("may have at most %1 entries (now %2)").arg(f.maxItems).arg(count));
        if (count < f.minItems)
            issue(path, f, RequestValidator::tr("needs at least %1 entry").arg(f.minItems));
    }

    void checkDuplicateKey(QSet<QString> &seen, const QString &key, const FieldSpec &f, const QString &path)
    {
        if (key.isEmpty())
            return;
        if (seen.contains(key))
            issue(path, f, RequestValidator::tr("repeats the tag key \"%1\"; each key may appear once").arg(key));
        seen.insert(key);
    }

    void checkStringList(const FieldSpec &f, const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            return issue(path, f, RequestValidator::tr("must be a list of strings"));
        const QJsonArray a = v.toArray();
        checkCount(f, a.size(), path);
        QSet<QString> keys;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!a.at(i).isString()) {
                issue(itemPath, f, RequestValidator::tr("must be a string"));
                continue;
            }
            const QString s = a.at(i).toString();
            checkString(f, s, itemPath);
            if (f.uniqueTagKeys)
                checkDuplicateKey(keys, s.section(QLatin1Char('.'), 0, 0), f, itemPath);
        }
    }

    void checkObjectList(const FieldSpec &f, const QJsonValue &v, const QString &path, const QString &methodId)
    {
        if (!v.isArray())
            return issue(path, f, RequestValidator::tr("must be a list of objects"));
        const QJsonArray a = v.toArray();
        checkCount(f, a.size(), path);
        const MethodSpec *method = Catalogue::instance().method(methodId);
        QSet<QString> keys;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!a.at(i).isObject()) {
                issue(itemPath, f, RequestValidator::tr("must be an object"));
                continue;
            }
            const QJsonObject item = a.at(i).toObject();
            checkObject(f.itemFields, item, itemPath, methodId);
            if (f.uniqueTagKeys)
                checkDuplicateKey(keys, item.value(QStringLiteral("key")).toString(), f, itemPath);
            // Rules between an entry's own fields (tags xor image_tags inside a data disk), not for tag objects.
            if (method && !f.uniqueTagKeys)
                for (const auto &rule : method->itemCrossRules)
                    rule.check(item, itemPath, out);
        }
    }
};

} // namespace

QList<ValidationIssue> RequestValidator::validate(const MethodSpec &method, const QJsonObject &fields,
                                                  const Options &options)
{
    QList<ValidationIssue> out;
    Checker checker{options, out};
    checker.checkObject(method.fields, fields, QString(), method.id);
    for (const auto &rule : method.crossRules)
        rule.check(fields, QString(), out);
    return out;
}

QList<ValidationIssue> RequestValidator::issuesFor(const QList<ValidationIssue> &all, const QString &fieldPath)
{
    QList<ValidationIssue> out;
    for (const auto &i : all)
        if (i.field == fieldPath || i.field.startsWith(fieldPath + QLatin1Char('[')) ||
            i.field.startsWith(fieldPath + QLatin1Char('.')))
            out.append(i);
    return out;
}

} // namespace ims
