// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ims {

// Times written on every poll, by hand for a UTC time: QDateTime's own formatting goes through the
// locale and the calendar, about a tenth of writing a job's record and of signing a request
// (callgrind). Any other time (not UTC, or outside years 0-9999) is written by QDateTime.

// `t` as QDateTime::toString(Qt::ISODateWithMs) writes it ("2026-12-01T10:00:00.000Z" for a UTC
// time): how the job list keeps its times.
QString isoTimeText(const QDateTime &t);

// `utc` as "20261201T100000Z" (yyyyMMdd'T'HHmmss'Z'): the X-Sdk-Date the request signer sends.
QByteArray compactUtcTimeText(const QDateTime &utc);

} // namespace ims
