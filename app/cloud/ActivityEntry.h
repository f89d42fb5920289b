// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ims {

// One call that changed (or may have changed) something in the cloud, as the activity log keeps it:
// no header, no body, no query value that could hold a secret, so nothing here can leak one.
struct ActivityEntry
{
    enum class Outcome { Ok, Failed, Unknown };

    qint64 seq = 0;         // the log's row number once stored (0 before)
    QDateTime at;           // when the answer came (UTC)
    QString connection;     // the connection's name, or the endpoint's host when it has none (CLI)
    QString operation;      // "CreateImage:file-system", "UploadPart", "CompleteMultipartUpload", …
    QString httpMethod;     // "POST"
    QString path;           // the URL's path, with only harmless query items (ActivityFeed::safePath)
    QString requestId;      // X-Request-Id, x-amz-request-id, x-obs-request-id…; empty when none came
    int httpStatus = 0;     // 0: no HTTP answer
    Outcome outcome = Outcome::Ok;
    QString errorCode;      // IMG.0009, NoSuchBucket, HTTP 500…; empty when ok
    QString jobId;          // the job the call started (create calls)

    static QString outcomeName(Outcome o);
    static Outcome outcomeFromName(const QString &name);
    QJsonObject toJson() const;
    // "ok", "failed IMG.0009", "unknown TIMEOUT": the outcome with its error code.
    QString outcomeText() const;
    // The columns a person reads, in order (time as ISO 8601 UTC, "-" for what is missing): the CLI's
    // text and table output, the window's Copy and its CSV export all use them.
    QStringList columns() const;
    static QStringList columnNames(); // the CSV header: time, connection, operation, …
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ActivityEntry)
