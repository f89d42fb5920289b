// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ObsRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace ims {

class ApiError;

// A failed OBS call in one sentence a user can act on: the S3 error document's <Code> (the same codes
// on OBS and on every S3 peer) turned into what happened and what to do, plus whether a GET may be
// tried again.
class ObsError
{
    Q_DECLARE_TR_FUNCTIONS(ObsError)
public:
    enum class Kind {
        Network, Timeout, WrongSecret, UnknownAccessKey, Forbidden, NoSuchBucket, NoSuchKey, ClockSkew,
        WrongRegion, Throttled, Server, Http, MalformedAnswer, Cancelled,
        ExpiredKey,     // a temporary key past its expiry, or its security token not the one issued with it
        NoTemporaryKey  // IAM gave no temporary key for a token connection
    };

    // The S3 error document (<Error><Code/><Message/><RequestId/></Error>), or the status alone
    // (HEAD answers have no body).
    static ObsError fromReply(int httpStatus, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                              const ObsRequest &request, const QString &accessKey);
    static ObsError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);
    static ObsError timeout(int seconds);
    static ObsError cancelled();
    static ObsError malformed(const QString &what);
    // A token connection's temporary key could not be had from IAM: IAM's sentence, said about OBS.
    static ObsError noTemporaryKey(const ApiError &iamError);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_message; }
    QString requestId() const { return m_requestId; }

    // One sentence: what happened and what to do.
    QString userMessage() const;
    // Passing faults only: throttling, 500/502/503/504, network trouble, timeouts (callers retry only GETs).
    bool retryable() const;

private:
    Kind m_kind = Kind::Http;
    int m_status = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_bucket;
    QString m_key;
    QString m_accessKey;
    QString m_permission;
    QString m_what;
    QString m_text; // network errors and malformed answers: the sentence itself
    bool m_networkRetryable = false;
};

} // namespace ims
