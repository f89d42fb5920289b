// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ActivityEntry.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>

class QUrl;

namespace ims {

// Where ApiCall and ObsCall report each call that may have changed something in the cloud (every
// request but GET and HEAD and the read-only POSTs) once its answer came or it broke off. Defined here,
// low, so that the calls need not know who keeps the reports: the activity log (app/jobs) subscribes
// where a program owns its job list. One feed for the process, used on the thread the calls run on.
class ActivityFeed : public QObject
{
    Q_OBJECT
public:
    static ActivityFeed *instance();

    void publish(const ActivityEntry &entry);

    // An entry for one exchange, now: what every call knows alike (connection, method, path as sent,
    // the answer's request id and status). The call adds its outcome (setOutcome) and any job.
    static ActivityEntry exchange(const QString &connectionName, const QString &operation, const QByteArray &verb,
                                  const QUrl &sentUrl, const QList<QPair<QByteArray, QByteArray>> &answerHeaders, int httpStatus);
    // Ok; or, for a failed call, Unknown when it was sent and no answer came (it may have run), else
    // Failed with `errorCode` ("HTTP <status>" when the error has no code).
    static void setOutcome(ActivityEntry &entry, bool succeeded, bool sentWithoutAnswer, const QString &errorCode);

    // The URL's path with only query items known to be harmless (uploadId, partNumber, uploads…):
    // whatever else a query holds (a presigned signature, a token) never reaches the log.
    static QString safePath(const QUrl &url);
    // The service's request id among the answer's headers (IMS/IAM X-Request-Id, OBS x-obs-request-id,
    // S3 x-amz-request-id, OpenStack X-Openstack-Request-Id).
    static QString requestId(const QList<QPair<QByteArray, QByteArray>> &headers);
    // The name a call's connection goes by in the log: its saved name, else the endpoint's host[:port].
    static QString connectionLabel(const QString &name, const QUrl &endpoint);
    // Errors that happen before a request can have reached the server: a create is known not to have run.
    static bool failedBeforeSending(QNetworkReply::NetworkError e);

signals:
    void reported(const ims::ActivityEntry &entry);
};

} // namespace ims
