// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ProgramInfo.h"

#include <QFileInfo>
#include <QtGlobal>

namespace ims {

QString ProgramInfo::versionLine()
{
    return QStringLiteral("ims-wizard %1 (Qt %2, %3)").arg(version(), qtVersion(), licenseId());
}

QString ProgramInfo::version()
{
    return QStringLiteral(IMS_WIZARD_VERSION);
}

QString ProgramInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString ProgramInfo::licenseId()
{
    return QStringLiteral(IMS_WIZARD_LICENSE);
}

QUrl ProgramInfo::licenseUrl()
{
    // Every Debian system has the GPL's text here (package base-files); the package's copyright file points to it.
    const QString local = QStringLiteral("/usr/share/common-licenses/GPL-3");
    if (QFileInfo::exists(local))
        return QUrl::fromLocalFile(local);
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

} // namespace ims
