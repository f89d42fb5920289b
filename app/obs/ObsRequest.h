// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QIODevice;
class QObject;

namespace ims {

// One call to OBS (or any S3 peer) as a value: what ObsCall signs, sends and retries.
struct ObsRequest
{
    QByteArray verb = "GET";
    QString bucket; // empty: the service itself (list buckets)
    QString key;    // empty: the bucket itself
    QList<QPair<QString, QString>> query;           // decoded; "location" with an empty value is "?location"
    QList<QPair<QByteArray, QByteArray>> headers;   // extra headers, all signed (Range, x-amz-location, ...)
    QByteArray body;
    // A streamed body instead of `body`: makes a fresh, open device (owned by `parent`) for each
    // attempt, so that a retry sends the same bytes again from the start. Its size() is the length.
    std::function<QIODevice *(QObject *parent)> bodySource;
    QByteArray contentType;
    // Small bodies are hashed into x-amz-content-sha256; otherwise UNSIGNED-PAYLOAD (what OBS and S3
    // accept for any request, and the only choice for a streamed one).
    bool signPayload = false;
    qint64 maxAnswerBytes = 64 * 1024 * 1024; // a misbehaving server must not fill memory
    int timeoutMs = 30000;                    // no byte in either direction for this long: give up
    QString what;       // for messages and logs: "list objects"
    QString operation;  // the S3/OBS operation's name in the activity log ("UploadPart"); `what` when empty
    QString permission; // the IAM action a 403 is about, e.g. "obs:bucket:ListBucket"

    // A PUT or POST whose repetition is harmless (an upload part: the same bytes under the same number).
    bool repeatable = false;

    // Only these may be sent again automatically.
    bool idempotent() const { return repeatable || verb == "GET" || verb == "HEAD"; }
    // Everything but a GET or HEAD may change something on the server (the activity log records those).
    bool changes() const { return verb != "GET" && verb != "HEAD"; }
};

} // namespace ims
