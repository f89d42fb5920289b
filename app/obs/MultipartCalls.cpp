// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MultipartCalls.h"

#include "FileWindow.h"
#include "ObsClient.h"

#include <QNetworkReply>
#include <QXmlStreamReader>

namespace ims {

namespace {

ObsRequest makeRequest(const QByteArray &verb, const QString &bucket, const QString &key, const QString &what)
{
    ObsRequest r;
    r.verb = verb;
    r.bucket = bucket;
    r.key = key;
    r.what = what;
    r.permission = QStringLiteral("obs:object:PutObject");
    return r;
}

// The text of every element named `name` anywhere in the document, in order.
QStringList texts(const QByteArray &xml, const QString &name)
{
    QStringList out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            out << reader.readElementText();
    }
    return out;
}

} // namespace

InitiateMultipartCall::InitiateMultipartCall(ObsClient *client, const QString &bucket, const QString &key)
    : ObsCall(client, [&] {
          ObsRequest r = makeRequest("POST", bucket, key, tr("start a multipart upload"));
          r.query = {{QStringLiteral("uploads"), QString()}};
          r.operation = QStringLiteral("InitiateMultipartUpload");
          r.contentType = "application/octet-stream";
          return r;
      }())
{
}

void InitiateMultipartCall::parseAnswer()
{
    m_uploadId = texts(answer(), QStringLiteral("UploadId")).value(0);
    if (m_uploadId.isEmpty())
        fail(ObsError::malformed(tr("The answer to starting a multipart upload names no UploadId.")));
}

UploadPartCall::UploadPartCall(ObsClient *client, const QString &bucket, const QString &key,
                               const QString &uploadId, int partNumber, const QString &path, qint64 offset,
                               qint64 length, const QByteArray &md5)
    : ObsCall(client,
              [&] {
                  ObsRequest r = makeRequest("PUT", bucket, key,
                                             partNumber > 0 ? tr("upload part %1").arg(partNumber)
                                                            : tr("upload the file"));
                  r.operation = partNumber > 0 ? QStringLiteral("UploadPart") : QStringLiteral("PutObject");
                  if (partNumber > 0)
                      r.query = {{QStringLiteral("partNumber"), QString::number(partNumber)},
                                 {QStringLiteral("uploadId"), uploadId}};
                  r.contentType = "application/octet-stream";
                  r.headers = {{"Content-MD5", md5.toBase64()}};
                  r.bodySource = [path, offset, length](QObject *parent) -> QIODevice * {
                      auto *window = new FileWindow(path, offset, length, parent);
                      window->open(QIODevice::ReadOnly); // a file gone since: the short body fails the PUT
                      return window;
                  };
                  r.repeatable = true;
                  // A part of 5 GB on a slow line is quiet only when stuck: the timeout counts silence.
                  r.timeoutMs = 120000;
                  return r;
              }()),
      m_partNumber(partNumber), m_length(length)
{
}

void UploadPartCall::parseAnswer()
{
    if (etag().isEmpty())
        fail(ObsError::malformed(tr("The answer to %1 has no ETag.").arg(request().what)));
}

CompleteMultipartCall::CompleteMultipartCall(ObsClient *client, const QString &bucket, const QString &key,
                                             const QString &uploadId, const QList<UploadedPart> &parts)
    : ObsCall(client, [&] {
          ObsRequest r = makeRequest("POST", bucket, key, tr("complete the multipart upload"));
          r.query = {{QStringLiteral("uploadId"), uploadId}};
          r.operation = QStringLiteral("CompleteMultipartUpload");
          r.contentType = "application/xml";
          QByteArray xml = "<CompleteMultipartUpload>";
          for (const auto &p : parts)
              xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>" + p.etag +
                     "</ETag></Part>";
          r.body = xml + "</CompleteMultipartUpload>";
          r.signPayload = true;
          // Joining 10,000 parts may take the server a while before it answers.
          r.timeoutMs = 300000;
          return r;
      }())
{
}

void CompleteMultipartCall::parseAnswer()
{
    // S3 may answer 200 with an <Error> document when the join fails late ("CompleteMultipartUpload").
    if (answer().contains("<Error>")) {
        fail(ObsError::fromReply(500, answer(), {}, request(), client()->accessKey()));
        return;
    }
    m_etag = texts(answer(), QStringLiteral("ETag")).value(0).toUtf8();
}

AbortMultipartCall::AbortMultipartCall(ObsClient *client, const QString &bucket, const QString &key,
                                       const QString &uploadId)
    : ObsCall(client, [&] {
          ObsRequest r = makeRequest("DELETE", bucket, key, tr("abort the multipart upload"));
          r.query = {{QStringLiteral("uploadId"), uploadId}};
          r.operation = QStringLiteral("AbortMultipartUpload");
          return r;
      }())
{
}

ListPartsCall::ListPartsCall(ObsClient *client, const QString &bucket, const QString &key,
                             const QString &uploadId, int pageSize)
    : ObsCall(client,
              [&] {
                  ObsRequest r = makeRequest("GET", bucket, key, tr("list the uploaded parts"));
                  r.query = {{QStringLiteral("uploadId"), uploadId},
                             {QStringLiteral("max-parts"), QString::number(pageSize)}};
                  r.permission = QStringLiteral("obs:object:ListMultipartUploadParts");
                  return r;
              }()),
      m_pageSize(pageSize)
{
}

void ListPartsCall::parseAnswer()
{
    ++m_pages;
    m_truncated = false;
    m_nextMarker.clear();
    QXmlStreamReader reader(answer());
    UploadedPart part;
    bool inPart = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("Part")) {
                inPart = true;
                part = {};
            } else if (inPart && name == QLatin1String("PartNumber"))
                part.number = reader.readElementText().toInt();
            else if (inPart && name == QLatin1String("ETag"))
                part.etag = reader.readElementText().toUtf8();
            else if (inPart && name == QLatin1String("Size"))
                part.size = reader.readElementText().toLongLong();
            else if (!inPart && name == QLatin1String("IsTruncated"))
                m_truncated = reader.readElementText() == QLatin1String("true");
            else if (!inPart && name == QLatin1String("NextPartNumberMarker"))
                m_nextMarker = reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("Part")) {
            inPart = false;
            m_parts.append(part);
        }
    }
    if (reader.hasError())
        fail(ObsError::malformed(
            tr("The list of uploaded parts cannot be read: %1").arg(reader.errorString())));
}

bool ListPartsCall::followUp(ObsRequest &next)
{
    if (!m_truncated)
        return false;
    QString marker = m_nextMarker;
    if (marker.isEmpty() && !m_parts.isEmpty())
        marker = QString::number(m_parts.last().number);
    if (marker.isEmpty())
        return false;
    next = request();
    next.query = {{QStringLiteral("uploadId"), next.query.value(0).second},
                  {QStringLiteral("max-parts"), QString::number(m_pageSize)},
                  {QStringLiteral("part-number-marker"), marker}};
    return true;
}

} // namespace ims
