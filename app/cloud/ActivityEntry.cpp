// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityEntry.h"

namespace ims {

QString ActivityEntry::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

ActivityEntry::Outcome ActivityEntry::outcomeFromName(const QString &name)
{
    if (name == QLatin1String("failed"))
        return Outcome::Failed;
    if (name == QLatin1String("unknown"))
        return Outcome::Unknown;
    return Outcome::Ok;
}

QJsonObject ActivityEntry::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("connection"), connection},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("method"), httpMethod},
            {QStringLiteral("path"), path},
            {QStringLiteral("request_id"), orNull(requestId)},
            {QStringLiteral("status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("error_code"), orNull(errorCode)},
            {QStringLiteral("job_id"), orNull(jobId)}};
}

QString ActivityEntry::outcomeText() const
{
    return errorCode.isEmpty() ? outcomeName(outcome) : outcomeName(outcome) + QLatin1Char(' ') + errorCode;
}

QStringList ActivityEntry::columnNames()
{
    return {QStringLiteral("time"),       QStringLiteral("connection"), QStringLiteral("operation"),
            QStringLiteral("method"),     QStringLiteral("path"),       QStringLiteral("status"),
            QStringLiteral("outcome"),    QStringLiteral("error_code"), QStringLiteral("request_id"),
            QStringLiteral("job_id")};
}

QStringList ActivityEntry::columns() const
{
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    return {at.toUTC().toString(Qt::ISODate), connection, operation, httpMethod, path,
            httpStatus > 0 ? QString::number(httpStatus) : QStringLiteral("-"), outcomeName(outcome),
            orDash(errorCode), orDash(requestId), orDash(jobId)};
}

} // namespace ims
