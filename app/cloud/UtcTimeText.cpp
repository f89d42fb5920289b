// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "UtcTimeText.h"

namespace ims {

namespace {

bool writtenByHand(const QDateTime &t)
{
    return t.isValid() && t.timeSpec() == Qt::UTC && t.date().year() >= 0 && t.date().year() <= 9999;
}

// Where each part goes in a layout: year, month, day, hour, minute, second, millisecond (-1: left out).
struct Layout
{
    int at[7];
};

// `t`'s parts written into `text` (a copy of the layout's template) as decimal digits.
void putParts(char *text, const Layout &layout, const QDateTime &t)
{
    const QDate date = t.date();
    const int msOfDay = t.time().msecsSinceStartOfDay();
    const int values[7] = {date.year(), date.month(), date.day(), msOfDay / 3600000, msOfDay / 60000 % 60, msOfDay / 1000 % 60, msOfDay % 1000};
    const int digits[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int part = 0; part < 7; ++part) {
        if (layout.at[part] < 0)
            continue;
        int value = values[part];
        for (int i = layout.at[part] + digits[part] - 1; i >= layout.at[part]; --i, value /= 10)
            text[i] = char('0' + value % 10);
    }
}

} // namespace

QString isoTimeText(const QDateTime &t)
{
    if (!writtenByHand(t))
        return t.toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    putParts(text, {{0, 5, 8, 11, 14, 17, 20}}, t);
    return QString::fromLatin1(text, sizeof text - 1);
}

QByteArray compactUtcTimeText(const QDateTime &utc)
{
    if (!writtenByHand(utc))
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    char text[] = "00000000T000000Z";
    putParts(text, {{0, 4, 6, 9, 11, 13, -1}}, utc);
    return QByteArray(text, sizeof text - 1);
}

} // namespace ims
