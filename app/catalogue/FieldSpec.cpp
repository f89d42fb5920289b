// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FieldSpec.h"

#include <QCoreApplication>

namespace ims {

namespace {
// Text::tr() rather than a helper calling translate(): lupdate then files the texts under
// "Catalogue", the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

QString formatText(StringFormat f)
{
    switch (f) {
    case StringFormat::ImageName:
        return Text::tr("letters, digits, spaces, hyphens (-), periods (.) and underscores (_); no space at either end");
    case StringFormat::Description:
        return Text::tr("no line breaks and no angle brackets (< >)");
    case StringFormat::Uuid:
        return Text::tr("an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a");
    case StringFormat::ObsUrl:
        return Text::tr("OBS bucket name:file name, e.g. ims-image:centos70.qcow2; the bucket's storage class must be Standard");
    case StringFormat::EnterpriseProject:
        return Text::tr("0 (the default project) or an enterprise project ID");
    case StringFormat::ImsTag:
        return Text::tr("key.value; key 1 to 36 letters, digits, _ or -; value up to 43 letters, digits, _, . or -");
    case StringFormat::NativeTag:
        return Text::tr("key=value, 1 to 255 characters");
    case StringFormat::TagKey:
        return Text::tr("1 to 36 letters, digits, _ or -");
    case StringFormat::TagValue:
        return Text::tr("up to 43 letters, digits, _, . or -");
    case StringFormat::OsVersion:
        return Text::tr("an OS version exactly as the OS version list spells it, e.g. CentOS 7.6 64bit");
    case StringFormat::KmsKeyId:
        return Text::tr("a KMS key ID");
    case StringFormat::Free:
        break;
    }
    return {};
}
} // namespace

QString osFamilyName(OsFamily family)
{
    switch (family) {
    case OsFamily::Linux:
        return QStringLiteral("Linux");
    case OsFamily::Windows:
        return QStringLiteral("Windows");
    case OsFamily::Unknown:
        break;
    }
    return {};
}

QString FieldSpec::displayLabel() const
{
    return label ? Text::tr(label) : key;
}

QString FieldSpec::displayHelp() const
{
    return help ? Text::tr(help) : QString();
}

std::optional<qint64> FieldSpec::minimumFor(OsFamily os) const
{
    for (const auto &r : rangesByOs)
        if (r.family == os)
            return r.minimum;
    if (!rangesByOs.isEmpty()) { // OS unknown: the loosest bound, the precise one follows once the OS is set
        qint64 lo = rangesByOs.first().minimum;
        for (const auto &r : rangesByOs)
            lo = std::min(lo, r.minimum);
        return lo;
    }
    return minimum;
}

std::optional<qint64> FieldSpec::maximumFor(OsFamily os) const
{
    for (const auto &r : rangesByOs)
        if (r.family == os)
            return r.maximum;
    if (!rangesByOs.isEmpty()) {
        qint64 hi = rangesByOs.first().maximum;
        for (const auto &r : rangesByOs)
            hi = std::max(hi, r.maximum);
        return hi;
    }
    return maximum;
}

const FieldSpec *FieldSpec::itemField(const QString &itemKey) const
{
    for (const auto &f : itemFields)
        if (f.key == itemKey)
            return &f;
    return nullptr;
}

QString FieldSpec::pageName(const QString &page)
{
    // Filed under "Catalogue" by QT_TRANSLATE_NOOP in Catalogue.h's Pages.
    return QCoreApplication::translate("Catalogue", page.toUtf8().constData());
}

QString FieldSpec::ruleText(OsFamily os) const
{
    QStringList parts;
    switch (type) {
    case FieldType::String:
        if (!fixedValue.isUndefined()) {
            parts << Text::tr("always %1 for this method").arg(fixedValue.toString());
            break;
        }
        if (!allowed.isEmpty())
            parts << Text::tr("one of: %1").arg(allowed.join(QLatin1String(", ")));
        if (maxLength > 0 && minLength > 0)
            parts << Text::tr("%1 to %2 characters").arg(minLength).arg(maxLength);
        else if (maxLength > 0)
            parts << Text::tr("at most %1 characters").arg(maxLength);
        if (format == StringFormat::ObsUrl && !example.isEmpty())
            parts << Text::tr("OBS bucket name:file name, e.g. %1; the bucket's storage class must be Standard").arg(example);
        else if (format != StringFormat::Free)
            parts << formatText(format);
        break;
    case FieldType::Integer: {
        // 2147483647 is the JSON integer's own limit, not a documented one: not worth showing.
        auto rangeText = [this](std::optional<qint64> lo, std::optional<qint64> hi) {
            const bool hasLo = lo.has_value(), hasHi = hi.has_value() && hi.value_or(0) < 2147483647;
            const qint64 low = lo.value_or(0), high = hi.value_or(0);
            const QString u = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
            if (hasLo && hasHi)
                return Text::tr("%1 to %2%3").arg(low).arg(high).arg(u);
            if (hasLo)
                return Text::tr("at least %1%2").arg(low).arg(u);
            if (hasHi)
                return Text::tr("at most %1%2").arg(high).arg(u);
            return Text::tr("a whole number");
        };
        if (!rangesByOs.isEmpty() && os == OsFamily::Unknown) {
            QStringList perOs;
            for (const auto &r : rangesByOs)
                perOs << Text::tr("%1 for %2").arg(rangeText(r.minimum, r.maximum), osFamilyName(r.family));
            parts << perOs.join(QLatin1String(", "));
        } else {
            parts << rangeText(minimumFor(os), maximumFor(os));
        }
        break;
    }
    case FieldType::Boolean:
        parts << Text::tr("true or false");
        break;
    case FieldType::StringList:
    case FieldType::ObjectList:
        if (maxItems > 0)
            parts << Text::tr("at most %1 entries").arg(maxItems);
        if (format != StringFormat::Free)
            parts << Text::tr("each %1").arg(formatText(format));
        if (uniqueTagKeys)
            parts << Text::tr("each key once");
        break;
    }
    if (onlyForOs != OsFamily::Unknown)
        parts << Text::tr("only for %1").arg(osFamilyName(onlyForOs));
    return parts.join(QLatin1String("; "));
}

} // namespace ims
