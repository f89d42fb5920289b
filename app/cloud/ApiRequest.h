// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

namespace ims {

// One call to the IMS (or IAM) API as a value: what ApiCall sends, retries and signs.
struct ApiRequest
{
    // The service the request goes to: ImsClient::authorize() resolves its endpoint from the
    // connection (an override, or the region's default).
    enum class Service { Ims, Iam, Ecs, Evs, Obs, Kms, Eps };
    Service service = Service::Ims;
    QByteArray verb = "GET";
    QString path;     // "/v2/cloudimages/action"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json;charset=UTF-8";
    // A streamed body (native file upload); when set, `body` is ignored.
    QPointer<QIODevice> upload;
    qint64 uploadSize = -1;
    int timeoutMs = 30000; // no byte in either direction for this long: give up
    // The whole call, retries included, may last this long (0 = no limit): a server that trickles a byte
    // every few seconds never trips the silence timeout above. Uploads are exempt (big files take hours).
    int totalTimeoutMs = 120000;
    QString what;          // for messages and logs: "job status", "create image"
    // The operation's name in the activity log ("CreateImage:file-system"); `what` when empty.
    QString operation;
    // The IAM action the call needs ("ecs:cloudServers:list"): a 403 names it.
    QString permission;
    // A POST that only reads (KMS list-keys) may be repeated like a GET; set it only for such calls.
    bool readOnly = false;

    // A GET to `service`: what every list, lookup and status call starts from.
    static ApiRequest get(Service service, const QString &path, const QString &what, const QString &permission = {})
    {
        ApiRequest r;
        r.service = service;
        r.path = path;
        r.what = what;
        r.permission = permission;
        return r;
    }
    // A POST that only reads (its filter or id is a JSON body, as KMS list-keys and describe-key): it
    // changes nothing, so it may be sent again after a passing fault like a GET.
    static ApiRequest readOnlyPost(Service service, const QString &path, const QString &what, const QString &permission,
                                   const QByteArray &body)
    {
        ApiRequest r = get(service, path, what, permission);
        r.verb = "POST";
        r.body = body;
        r.readOnly = true;
        return r;
    }

    // Only these may be sent again automatically: a create call is sent once, whatever happens.
    bool idempotent() const { return verb == "GET" || verb == "HEAD" || readOnly; }
};

} // namespace ims
