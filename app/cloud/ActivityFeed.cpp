// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityFeed.h"

#include <QUrl>
#include <QUrlQuery>

namespace ims {

ActivityFeed *ActivityFeed::instance()
{
    static ActivityFeed feed;
    return &feed;
}

void ActivityFeed::publish(const ActivityEntry &entry)
{
    emit reported(entry);
}

ActivityEntry ActivityFeed::exchange(const QString &connectionName, const QString &operation, const QByteArray &verb,
                                     const QUrl &sentUrl, const QList<QPair<QByteArray, QByteArray>> &answerHeaders, int httpStatus)
{
    ActivityEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.connection = connectionLabel(connectionName, sentUrl);
    e.operation = operation;
    e.httpMethod = QString::fromLatin1(verb);
    e.path = safePath(sentUrl);
    e.requestId = requestId(answerHeaders);
    e.httpStatus = httpStatus;
    return e;
}

void ActivityFeed::setOutcome(ActivityEntry &entry, bool succeeded, bool sentWithoutAnswer, const QString &errorCode)
{
    if (succeeded) {
        entry.outcome = ActivityEntry::Outcome::Ok;
    } else if (sentWithoutAnswer) {
        entry.outcome = ActivityEntry::Outcome::Unknown;
        entry.errorCode = errorCode;
    } else {
        entry.outcome = ActivityEntry::Outcome::Failed;
        entry.errorCode = errorCode.isEmpty() && entry.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(entry.httpStatus) : errorCode;
    }
}

QString ActivityFeed::safePath(const QUrl &url)
{
    // What the multipart calls and the IMS create calls put in a query; nothing of it is secret.
    static const QStringList harmless = {QStringLiteral("uploads"), QStringLiteral("uploadId"), QStringLiteral("partNumber"),
                                         QStringLiteral("location"), QStringLiteral("delete")};
    QString path = url.path(QUrl::FullyEncoded);
    const QUrlQuery query(url);
    QStringList kept;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (!harmless.contains(item.first))
            continue;
        kept << (item.second.isEmpty() ? item.first : item.first + QLatin1Char('=') + item.second);
    }
    if (!kept.isEmpty())
        path += QLatin1Char('?') + kept.join(QLatin1Char('&'));
    return path;
}

QString ActivityFeed::requestId(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static const QByteArrayList names = {"X-Request-Id", "x-obs-request-id", "x-amz-request-id", "X-Openstack-Request-Id",
                                         "X-Compute-Request-Id"};
    for (const auto &name : names)
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0 && !h.second.isEmpty())
                return QString::fromLatin1(h.second);
    return {};
}

QString ActivityFeed::connectionLabel(const QString &name, const QUrl &endpoint)
{
    if (!name.isEmpty())
        return name;
    return endpoint.port() > 0 ? QStringLiteral("%1:%2").arg(endpoint.host()).arg(endpoint.port()) : endpoint.host();
}

bool ActivityFeed::failedBeforeSending(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

} // namespace ims
