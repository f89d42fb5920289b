// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ObsError.h"

#include "cloud/ApiError.h"

#include <QXmlStreamReader>

namespace ims {

namespace {
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
} // namespace

ObsError ObsError::fromReply(int httpStatus, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const ObsRequest &request, const QString &accessKey)
{
    ObsError e;
    e.m_status = httpStatus;
    e.m_bucket = request.bucket;
    e.m_key = request.key;
    e.m_accessKey = accessKey;
    e.m_permission = request.permission;
    e.m_what = request.what;
    // Error responses (S3 API "Error Responses"; OBS "Error Codes"): <Error><Code>..</Code><Message>..</Message>...
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Code"))
            e.m_code = xml.readElementText().trimmed();
        else if (name == QLatin1String("Message"))
            e.m_message = xml.readElementText().trimmed();
        else if (name == QLatin1String("RequestId"))
            e.m_requestId = xml.readElementText().trimmed();
        else if (name == QLatin1String("AWSAccessKeyId"))
            e.m_accessKey = xml.readElementText().trimmed();
    }
    if (e.m_requestId.isEmpty())
        e.m_requestId = QString::fromLatin1(headerValue(headers, "x-obs-request-id"));
    if (e.m_requestId.isEmpty())
        e.m_requestId = QString::fromLatin1(headerValue(headers, "x-amz-request-id"));
    if (e.m_code.isEmpty()) // OBS names the code in a header when there is no body (HEAD)
        e.m_code = QString::fromLatin1(headerValue(headers, "x-obs-error-code"));

    const QString &c = e.m_code;
    if (c == QLatin1String("SignatureDoesNotMatch"))
        e.m_kind = Kind::WrongSecret;
    else if (c == QLatin1String("InvalidAccessKeyId"))
        e.m_kind = Kind::UnknownAccessKey;
    else if (c == QLatin1String("NoSuchBucket"))
        e.m_kind = Kind::NoSuchBucket;
    else if (c == QLatin1String("NoSuchKey"))
        e.m_kind = Kind::NoSuchKey;
    else if (c == QLatin1String("RequestTimeTooSkewed"))
        e.m_kind = Kind::ClockSkew;
    else if (c == QLatin1String("AuthorizationHeaderMalformed") || c == QLatin1String("IncorrectEndpoint") ||
             c == QLatin1String("PermanentRedirect"))
        e.m_kind = Kind::WrongRegion;
    else if (c == QLatin1String("ExpiredToken") || c == QLatin1String("InvalidToken"))
        e.m_kind = Kind::ExpiredKey;
    else if (c == QLatin1String("SlowDown") || httpStatus == 429)
        e.m_kind = Kind::Throttled;
    else if (c == QLatin1String("AccessDenied") || httpStatus == 403)
        e.m_kind = Kind::Forbidden;
    else if (httpStatus == 404)
        e.m_kind = request.key.isEmpty() ? Kind::NoSuchBucket : Kind::NoSuchKey;
    else if (c == QLatin1String("InternalError") || httpStatus >= 500)
        e.m_kind = httpStatus == 503 ? Kind::Throttled : Kind::Server;
    else
        e.m_kind = Kind::Http;
    return e;
}

ObsError ObsError::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString)
{
    ObsError e;
    e.m_kind = Kind::Network;
    // The IMS client's sentences for the same faults (refused, TLS, proxy, DNS), so both read alike.
    const ApiError same = ApiError::fromNetworkError(error, errorString);
    e.m_text = same.userMessage();
    e.m_networkRetryable = same.retryable();
    return e;
}

ObsError ObsError::timeout(int seconds)
{
    ObsError e;
    e.m_kind = Kind::Timeout;
    e.m_text = tr("OBS did not answer for %1 s; check the network and try again.").arg(seconds);
    return e;
}

ObsError ObsError::cancelled()
{
    ObsError e;
    e.m_kind = Kind::Cancelled;
    e.m_text = tr("Cancelled.");
    return e;
}

ObsError ObsError::malformed(const QString &what)
{
    ObsError e;
    e.m_kind = Kind::MalformedAnswer;
    e.m_text = what;
    return e;
}

ObsError ObsError::noTemporaryKey(const ApiError &iamError)
{
    ObsError e;
    e.m_kind = Kind::NoTemporaryKey;
    e.m_text = tr("OBS takes access keys, not tokens, and IAM gave this connection no temporary access key: %1")
                   .arg(iamError.userMessage());
    e.m_networkRetryable = iamError.retryable();
    return e;
}

QString ObsError::userMessage() const
{
    const QString object = m_key.isEmpty() ? m_bucket : m_bucket + QLatin1Char('/') + m_key;
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::MalformedAnswer:
    case Kind::Cancelled:
    case Kind::NoTemporaryKey:
        return m_text;
    case Kind::ExpiredKey:
        return tr("OBS refused the temporary access key %1: it has expired or its security token does not belong to it; get a new one.")
            .arg(m_accessKey);
    case Kind::WrongSecret:
        return tr("OBS rejected the signature: the secret key is not the one of access key %1.").arg(m_accessKey);
    case Kind::UnknownAccessKey:
        return tr("OBS does not know the access key %1: check that it is typed right and has not been deleted.")
            .arg(m_accessKey);
    case Kind::Forbidden:
        if (m_code.isEmpty()) // a HEAD answer: no body to say whether the key or the permission is wrong
            return tr("OBS refused access to %1: the secret key is wrong or the user lacks the permission %2.")
                .arg(object.isEmpty() ? tr("the bucket list") : object,
                     m_permission.isEmpty() ? tr("for it") : m_permission);
        return m_permission.isEmpty()
                   ? tr("OBS denied access to %1: the account or IAM user lacks the permission for it.")
                         .arg(object.isEmpty() ? tr("the bucket list") : object)
                   : tr("OBS denied access to %1: the account or IAM user lacks the permission %2.")
                         .arg(object.isEmpty() ? tr("the bucket list") : object, m_permission);
    case Kind::NoSuchBucket:
        return tr("The bucket \"%1\" does not exist: check its name (and that it belongs to this account).").arg(m_bucket);
    case Kind::NoSuchKey:
        return tr("The object \"%1\" does not exist in bucket \"%2\".").arg(m_key, m_bucket);
    case Kind::ClockSkew:
        return tr("OBS refused the request because this computer's clock is more than 15 minutes off: set the clock right and try again.");
    case Kind::WrongRegion:
        return tr("The bucket or endpoint belongs to another region than the one the request was signed for; choose the bucket's region (%1).")
            .arg(m_message.isEmpty() ? m_code : m_message);
    case Kind::Throttled:
        return tr("OBS asks to slow down (HTTP %1); try again in a moment.").arg(m_status);
    case Kind::Server:
        return tr("OBS had an internal problem (HTTP %1%2); try again later.")
            .arg(m_status)
            .arg(m_requestId.isEmpty() ? QString() : tr(", request %1").arg(m_requestId));
    case Kind::Http:
        break;
    }
    return tr("OBS refused %1 (HTTP %2%3).")
        .arg(m_what.isEmpty() ? tr("the request") : m_what)
        .arg(m_status)
        .arg(m_code.isEmpty() ? QString() : QStringLiteral(", %1: %2").arg(m_code, m_message));
}

bool ObsError::retryable() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Throttled:
        return true;
    case Kind::Server:
        return m_status == 500 || m_status == 502 || m_status == 504;
    case Kind::Network:
    case Kind::NoTemporaryKey:
        return m_networkRetryable;
    default:
        return false;
    }
}

} // namespace ims
