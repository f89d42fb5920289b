// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsEntries.h"

#include <QLocale>
#include <QTimeZone>

namespace ims {

QDateTime ObsObject::lastModifiedTime() const
{
    // Listings: 2009-10-12T17:50:30.000Z; HEAD: Mon, 12 Oct 2009 17:50:30 GMT (RFC 1123).
    QDateTime t = QDateTime::fromString(lastModified, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QLocale::c().toDateTime(lastModified, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (t.isValid() && !lastModified.endsWith(QLatin1Char('Z')))
        t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace ims
