// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UtcTimeText.h"

namespace ims {

namespace {

bool writtenByHand(const QDateTime &t)
{
    return t.isValid() && t.timeSpec() == Qt::UTC && t.date().year() >= 0 && t.date().year() <= 9999;
}

// `value` as `digits` decimal digits into text[at...].
void putDigits(char *text, int at, int value, int digits)
{
    for (int i = at + digits - 1; i >= at; --i, value /= 10)
        text[i] = char('0' + value % 10);
}

} // namespace

QString isoTimeText(const QDateTime &t)
{
    if (!writtenByHand(t))
        return t.toString(Qt::ISODateWithMs);
    const QDate date = t.date();
    const int msOfDay = t.time().msecsSinceStartOfDay();
    char text[] = "0000-00-00T00:00:00.000Z";
    putDigits(text, 0, date.year(), 4);
    putDigits(text, 5, date.month(), 2);
    putDigits(text, 8, date.day(), 2);
    putDigits(text, 11, msOfDay / 3600000, 2);
    putDigits(text, 14, msOfDay / 60000 % 60, 2);
    putDigits(text, 17, msOfDay / 1000 % 60, 2);
    putDigits(text, 20, msOfDay % 1000, 3);
    return QString::fromLatin1(text, sizeof text - 1);
}

QByteArray compactUtcTimeText(const QDateTime &utc)
{
    if (!writtenByHand(utc))
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QDate date = utc.date();
    const int msOfDay = utc.time().msecsSinceStartOfDay();
    char text[] = "00000000T000000Z";
    putDigits(text, 0, date.year(), 4);
    putDigits(text, 4, date.month(), 2);
    putDigits(text, 6, date.day(), 2);
    putDigits(text, 9, msOfDay / 3600000, 2);
    putDigits(text, 11, msOfDay / 60000 % 60, 2);
    putDigits(text, 13, msOfDay / 1000 % 60, 2);
    return QByteArray(text, sizeof text - 1);
}

} // namespace ims
