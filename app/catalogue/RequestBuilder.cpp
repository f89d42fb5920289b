// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RequestBuilder.h"

#include "OrderedJson.h"

#include <QStringList>
#include <QUrl>

namespace ims {

QByteArray PreparedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void PreparedRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    headers.append({name, value});
}

QJsonObject RequestBuilder::body(const MethodSpec &method, const QJsonObject &fields)
{
    QJsonObject out = fields;
    for (const auto &f : method.fields)
        if (!f.fixedValue.isUndefined())
            out.insert(f.key, f.fixedValue);
    // null means "not set" in the program's drafts: never send it.
    for (const auto &key : out.keys())
        if (out.value(key).isNull())
            out.remove(key);
    return out;
}

PreparedRequest RequestBuilder::prepare(const MethodSpec &method, const QJsonObject &fields, const Options &options)
{
    PreparedRequest r;
    r.verb = method.httpMethod;
    r.path = options.useNewerPath && !method.newerPath.isEmpty() ? method.newerPath : method.path;
    r.baseUrl = options.baseUrl;
    while (r.baseUrl.endsWith(QLatin1Char('/')))
        r.baseUrl.chop(1);
    r.body = body(method, fields);
    r.bodyBytes = OrderedJson::write(r.body, method.fields, OrderedJson::Style::Compact);
    r.prettyBody = OrderedJson::write(r.body, method.fields, OrderedJson::Style::Indented);
    if (!r.baseUrl.isEmpty()) {
        const QUrl url(r.baseUrl);
        QByteArray host = url.host().toUtf8();
        if (url.port() > 0 && url.port() != (url.scheme() == QLatin1String("http") ? 80 : 443))
            host += ':' + QByteArray::number(url.port());
        r.setHeader("Host", host);
    }
    r.setHeader("Content-Type", "application/json;charset=UTF-8");
    r.setHeader("X-Auth-Token", maskedValue);
    return r;
}

bool RequestBuilder::isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "x-auth-token" || n == "x-subject-token" || n == "authorization" || n == "x-security-token";
}

PreparedRequest RequestBuilder::masked(PreparedRequest request)
{
    for (auto &h : request.headers) {
        if (!isSecretHeader(h.first))
            continue;
        // An AK/SK Authorization header shows whose key signed what; only the signature is hidden.
        const qsizetype signature = h.second.indexOf("Signature=");
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 && signature >= 0)
            h.second = h.second.left(signature + 10) + maskedValue;
        else
            h.second = maskedValue;
    }
    return request;
}

namespace {
QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QString RequestBuilder::curlCommand(const PreparedRequest &r)
{
    QStringList parts{QStringLiteral("curl -sS -X %1 %2").arg(QString::fromLatin1(r.verb), shellQuote(r.url()))};
    for (const auto &h : r.headers) {
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            continue; // curl sends it from the URL
        const QString name = QString::fromLatin1(h.first);
        if (h.first.compare("X-Auth-Token", Qt::CaseInsensitive) == 0)
            parts << QStringLiteral("-H \"%1: $IMS_WIZARD_TOKEN\"").arg(name);
        else if (h.first.compare("X-Security-Token", Qt::CaseInsensitive) == 0)
            parts << QStringLiteral("-H \"%1: $IMS_WIZARD_SECURITY_TOKEN\"").arg(name);
        else
            parts << QStringLiteral("-H %1").arg(shellQuote(name + QStringLiteral(": ") + QString::fromUtf8(h.second)));
    }
    parts << QStringLiteral("--data-raw %1").arg(shellQuote(QString::fromUtf8(r.bodyBytes)));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace ims
