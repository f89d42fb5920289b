// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "OsVersions.h"

#include <QFile>
#include <QRegularExpression>

namespace ims {

const QStringList &OsVersions::bundled()
{
    static const QStringList list = [] {
        QStringList out;
        QFile f(QStringLiteral(":/data/os_versions.txt"));
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const auto lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (const auto &line : lines) {
                const QString v = line.trimmed();
                if (!v.isEmpty())
                    out.append(v);
            }
        }
        return out;
    }();
    return list;
}

bool OsVersions::isKnown(const QString &osVersion)
{
    return bundled().contains(osVersion);
}

OsFamily OsVersions::familyOf(const QString &osVersion)
{
    if (osVersion.trimmed().isEmpty())
        return OsFamily::Unknown;
    return osVersion.contains(QLatin1String("Windows"), Qt::CaseInsensitive) ? OsFamily::Windows
                                                                             : OsFamily::Linux;
}

OsFamily OsVersions::familyOfOsType(const QString &osType)
{
    if (osType == QLatin1String("Windows"))
        return OsFamily::Windows;
    if (osType == QLatin1String("Linux"))
        return OsFamily::Linux;
    return OsFamily::Unknown;
}

QString OsVersions::platformOf(const QString &osVersion)
{
    // Multi-word platforms first, so that "Huawei Cloud EulerOS" is not "Huawei" and "Red Hat" is not "Red".
    static const QList<QPair<QString, QString>> prefixes = {
        {QStringLiteral("Huawei Cloud EulerOS"), QStringLiteral("Huawei Cloud EulerOS")},
        {QStringLiteral("Red Hat"), QStringLiteral("Red Hat")},
        {QStringLiteral("Redhat"), QStringLiteral("Red Hat")},
        {QStringLiteral("Oracle Linux"), QStringLiteral("Oracle Linux")},
        {QStringLiteral("Rocky Linux"), QStringLiteral("Rocky Linux")},
        {QStringLiteral("AlmaLinux"), QStringLiteral("AlmaLinux")},
        {QStringLiteral("Alma "), QStringLiteral("AlmaLinux")},
        {QStringLiteral("openSUSE"), QStringLiteral("OpenSUSE")},
        {QStringLiteral("OpenSUSE"), QStringLiteral("OpenSUSE")},
        {QStringLiteral("Other"), QStringLiteral("Other")},
    };
    for (const auto &[prefix, platform] : prefixes)
        if (osVersion.startsWith(prefix))
            return platform;
    return osVersion.section(QLatin1Char(' '), 0, 0);
}

int OsVersions::bitsOf(const QString &osVersion)
{
    // Not a bare "32": "Fedora 32 64bit" is a 64-bit system.
    static const QRegularExpression bits32(QStringLiteral("\\b32 ?bit\\b"), QRegularExpression::CaseInsensitiveOption);
    return bits32.match(osVersion).hasMatch() ? 32 : 64;
}

} // namespace ims
