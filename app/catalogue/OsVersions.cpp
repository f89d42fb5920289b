#include "OsVersions.h"

#include <QFile>

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

} // namespace ims
