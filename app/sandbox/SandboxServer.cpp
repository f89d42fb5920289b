// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SandboxServer.h"

#include "catalogue/Catalogue.h"
#include "catalogue/OsVersions.h"
#include "catalogue/RequestValidator.h"
#include "cloud/RequestSigner.h"
#include "SandboxAccount.h"
#include "SandboxListener.h"
#include "SandboxObsServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSandbox, "ims.sandbox", QtInfoMsg)

namespace ims {

namespace {

QByteArray verbOf(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    switch (request.method()) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// The real API's request ids are 32 hex digits.
QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The IMG code the real service answers for a rule the catalogue finds broken (Error Codes page).
QString imgCodeFor(const ValidationIssue &issue)
{
    const QString leaf = issue.field.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
    const bool missing = issue.message.startsWith(QLatin1String("is required"));
    if (leaf == QLatin1String("name"))
        return missing ? QStringLiteral("IMG.0013") : issue.message.contains(QLatin1String("characters (now"))
                                                           ? QStringLiteral("IMG.0002")
                                                           : QStringLiteral("IMG.0003");
    if (leaf == QLatin1String("description"))
        return issue.message.contains(QLatin1String("characters (now")) ? QStringLiteral("IMG.0004")
                                                                          : QStringLiteral("IMG.0054");
    if (leaf == QLatin1String("min_disk") || leaf == QLatin1String("min_ram") || leaf == QLatin1String("max_ram"))
        return QStringLiteral("IMG.0055");
    if (leaf == QLatin1String("os_version") || leaf == QLatin1String("__os_version"))
        return QStringLiteral("IMG.0056");
    if (leaf == QLatin1String("tags") || leaf == QLatin1String("image_tags") || leaf == QLatin1String("key") ||
        leaf == QLatin1String("value"))
        return issue.message.contains(QLatin1String("at most")) ? QStringLiteral("IMG.0116") : QStringLiteral("IMG.0115");
    if (leaf == QLatin1String("image_url"))
        return QStringLiteral("IMG.0017");
    if (leaf == QLatin1String("os_type"))
        return QStringLiteral("IMG.0122");
    if (leaf == QLatin1String("architecture"))
        return QStringLiteral("IMG.0212");
    if (leaf == QLatin1String("instance_id"))
        return missing ? QStringLiteral("IMG.0012") : QStringLiteral("IMG.0005");
    if (leaf == QLatin1String("volume_id"))
        return QStringLiteral("IMG.0120");
    return QStringLiteral("IMG.0001");
}

// Which method a body sent to /v2/cloudimages/action is (Creating an Image: the fields tell).
QString actionMethod(const QJsonObject &body)
{
    if (body.contains(QStringLiteral("instance_id")))
        return QStringLiteral("ecs-system");
    if (body.contains(QStringLiteral("volume_id")))
        return QStringLiteral("volume-system");
    if (body.contains(QStringLiteral("image_url")))
        return QStringLiteral("file-system");
    if (body.contains(QStringLiteral("data_images")))
        return QStringLiteral("ecs-data");
    return {};
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(Options(), parent)
{
}

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
    , m_cloudAccount(std::make_unique<SandboxAccount>(options.seed, m_account.projectId, m_account.projectName, m_account.domain))
    , m_obs(std::make_unique<SandboxObsServer>(m_account.accessKey, m_account.secretKey, m_account.region))
{
    if (m_options.storageDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_storage = QDir(m_tempDir->path());
    } else {
        QDir().mkpath(m_options.storageDir);
        m_storage = QDir(m_options.storageDir);
    }
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    auto *listener = new SandboxListener(this);
    if (!listener->listen(QHostAddress::LocalHost, m_options.port)) {
        delete listener;
        return false;
    }
    connect(listener, &SandboxListener::uploadConnection, this, &SandboxServer::acceptUpload);
    bind(listener);
    if (!m_obs->start())
        return false;
    m_obs->seedDemo();
    m_obs->seedExamples();
    // A password connection signs for OBS with the temporary keys this IAM issues.
    m_obs->acceptTemporaryKeys([this](const QString &access) { return temporaryKey(access); });
    return true;
}

QUrl SandboxServer::url() const
{
    const auto ports = const_cast<SandboxServer *>(this)->serverPorts();
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    if (!ports.isEmpty())
        u.setPort(ports.first());
    return u;
}

void SandboxServer::failJob(const QString &jobId, const QString &reason)
{
    if (m_jobs.contains(jobId))
        m_jobs[jobId].failReason = reason;
}

void SandboxServer::failNextJobs(int count, const QString &reason)
{
    for (int i = 0; i < count; ++i)
        m_pendingFailures.append(reason);
}

void SandboxServer::answerNextWith(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_nextAnswer = Reply{status, body, {{"Content-Type", contentType}}};
}

void SandboxServer::revokeAllTokens()
{
    m_tokens.clear();
}

std::optional<TemporaryKey> SandboxServer::temporaryKey(const QString &access) const
{
    const auto it = m_temporaryKeys.constFind(access);
    if (it == m_temporaryKeys.constEnd())
        return std::nullopt;
    return it.value();
}

void SandboxServer::expireTemporaryKeys()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (TemporaryKey &key : m_temporaryKeys)
        key.expiresAt = past;
}

QStringList SandboxServer::jobIds() const
{
    return m_jobOrder;
}

QString SandboxServer::newId(int hexChars)
{
    QString s;
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < hexChars; ++i)
        s += QLatin1Char(digits[m_random.bounded(16)]);
    return s;
}

QString SandboxServer::newUuid()
{
    const QString h = newId(32);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') +
           h.mid(16, 4) + QLatin1Char('-') + h.mid(20);
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject &o)
{
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json;charset=UTF-8"}}};
}

SandboxServer::Reply SandboxServer::imsError(int status, const QString &code, const QString &message)
{
    // Error Codes page: {"error": {"message": "...", "code": "IMG.0024"}}
    return json(status, {{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

SandboxServer::Reply SandboxServer::gatewayError(int status, const QString &code, const QString &message)
{
    // API gateway shape (signing guide, Error Codes)
    return json(status, {{QStringLiteral("error_code"), code},
                         {QStringLiteral("error_msg"), message},
                         {QStringLiteral("request_id"), QStringLiteral("sandbox-request")}});
}

QByteArray SandboxServer::Received::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

namespace {
const QRegularExpression v2action(QStringLiteral("^/v2(\\.1)?/cloudimages/action$"));
const QRegularExpression dataAction(QStringLiteral("^/(v1|v2\\.1)/cloudimages/dataimages/action$"));
const QRegularExpression quickAction(QStringLiteral("^/v2(\\.1)?/cloudimages/quickimport/action$"));

// The POST paths that create an image or a job (the native API's /v2/images included).
bool isCreatePath(const QString &path)
{
    return v2action.match(path).hasMatch() || dataAction.match(path).hasMatch() || quickAction.match(path).hasMatch() ||
           path == QLatin1String("/v2/images");
}
} // namespace

void SandboxServer::logCreate(const QHttpServerRequest &request, const QByteArray &requestId, int status, const QByteArray &answer)
{
    if (m_createLogPath.isEmpty())
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonObject result = QJsonDocument::fromJson(answer).object();
    const QString made = result.value(QStringLiteral("job_id")).toString(result.value(QStringLiteral("id")).toString());
    QFile log(m_createLogPath);
    // One line a create, written at once: a test run beside it reads the file while this one runs.
    if (log.open(QIODevice::Append | QIODevice::WriteOnly))
        log.write(requestId + ' ' + QJsonDocument(QJsonObject{{QStringLiteral("name"), body.value(QStringLiteral("name"))},
                                                              {QStringLiteral("status"), status},
                                                              {QStringLiteral("made"), made}})
                                        .toJson(QJsonDocument::Compact) +
                  '\n');
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QString path = request.url().path();
    const QByteArray verb = verbOf(request);
    m_received.append({verb, path, request.url().query(QUrl::FullyEncoded).toLatin1(), request.headers(), request.body()});
    if (m_received.size() > 64)
        m_received.removeFirst();

    const bool isCreate = verb == "POST" && isCreatePath(path);
    Reply reply;
    const int createsBefore = m_createCount;
    if (m_dropNext > 0) {
        --m_dropNext;
        ++m_faultCount;
        if (isCreate)
            logCreate(request, newRequestId(), 0, {});
        socket->abort();
        return true;
    }
    if (m_nextAnswer) {
        reply = *std::exchange(m_nextAnswer, std::nullopt);
    } else if (m_options.faultRate > 0 && (!m_faultsOnlyOnGets || verb == "GET") && m_random.generateDouble() < m_options.faultRate) {
        ++m_faultCount;
        // A faulted request does nothing: in particular a faulted create makes no job.
        switch (m_random.bounded(4)) {
        case 0:
            qCDebug(lcSandbox) << "fault: drop" << verb << path;
            if (isCreate)
                logCreate(request, newRequestId(), 0, {});
            socket->abort();
            return true;
        case 1:
            reply = gatewayError(429, QStringLiteral("APIGW.0308"),
                                 QStringLiteral("The throttling threshold has been reached: policy user over ratelimit"));
            reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            break;
        case 2:
            reply = imsError(503, QStringLiteral("IMG.0061"), QStringLiteral("The service is unavailable (sandbox fault)."));
            break;
        default:
            reply = imsError(500, QStringLiteral("IMG.0061"), QStringLiteral("Unknown system error (sandbox fault)."));
            break;
        }
    } else {
        reply = route(request, path);
    }
    const QByteArray requestId = newRequestId();
    m_lastRequestId = QString::fromLatin1(requestId);
    if (isCreate)
        logCreate(request, requestId, reply.status, reply.body);
    reply.headers.append(qMakePair(QByteArray("X-Request-Id"), requestId));
    qCDebug(lcSandbox) << verb << path << reply.status;
    emit requestServed(verb, path, reply.status);

    // A create is "in flight" from its arrival to its answer (test hook: a client's cap on creates).
    const bool madeSomething = m_createCount > createsBefore;
    if (madeSomething)
        m_peakCreatesInFlight = std::max(m_peakCreatesInFlight, ++m_createsInFlight);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto send = [this, madeSomething, responder, reply, guard = QPointer<QTcpSocket>(socket)] {
        if (madeSomething)
            --m_createsInFlight;
        if (!guard)
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        for (const auto &h : reply.headers)
            responder->writeHeader(h.first, h.second);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };
    if (m_options.slowMs > 0)
        QTimer::singleShot(m_options.slowMs, this, send);
    else
        send();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    socket->abort();
}

std::optional<SandboxServer::Reply> SandboxServer::authenticate(const QByteArray &verb, const QString &encodedPath,
                                                               const QByteArray &rawQuery,
                                                               const QList<QPair<QByteArray, QByteArray>> &headers,
                                                               const QByteArray &body)
{
    auto header = [&headers](const QByteArray &name) {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return QByteArray();
    };
    const QByteArray token = header("X-Auth-Token");
    if (!token.isEmpty()) {
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.constEnd())
            return gatewayError(401, QStringLiteral("APIGW.0301"),
                                QStringLiteral("Incorrect IAM authentication information: decrypt token fail"));
        if (it.value() < QDateTime::currentDateTimeUtc())
            return gatewayError(401, QStringLiteral("APIGW.0301"),
                                QStringLiteral("Incorrect IAM authentication information: token expires, expires_at: %1")
                                    .arg(isoTime(it.value())));
        return std::nullopt;
    }
    if (header("Authorization").startsWith("SDK-HMAC-SHA256")) {
        QString reason;
        const auto secretOf = [this](const QString &ak) {
            return ak == m_account.accessKey ? std::optional<QString>(m_account.secretKey) : std::nullopt;
        };
        if (!RequestSigner::verifyRequest(verb, encodedPath, rawQuery, headers, body, secretOf, QDateTime::currentDateTimeUtc(), &reason))
            return gatewayError(401, QStringLiteral("APIGW.0301"),
                                QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail, %1").arg(reason));
        return std::nullopt;
    }
    return gatewayError(401, QStringLiteral("APIGW.0301"),
                        QStringLiteral("Incorrect IAM authentication information: x-auth-token not found"));
}

SandboxServer::Reply SandboxServer::route(const QHttpServerRequest &request, const QString &path)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();

    if (path == QLatin1String("/v3/auth/tokens") && method == Method::Post)
        return issueToken(request.body());

    if (auto denied = authenticate(verbOf(request), request.url().path(QUrl::FullyEncoded),
                                   request.url().query(QUrl::FullyEncoded).toUtf8(), request.headers(), request.body()))
        return *denied;

    if (path == QLatin1String("/v3.0/OS-CREDENTIAL/securitytokens") && method == Method::Post)
        return issueTemporaryKey(request.body());

    // ECS, EVS, IAM projects and regions, EPS, KMS and the private image list (SandboxAccount).
    if (path == QLatin1String("/v2/cloudimages"))
        m_cloudAccount->setMadeImages(madeImages());
    if (auto answer = m_cloudAccount->answer(verbOf(request), path, QUrlQuery(request.url()), request.body()))
        return {answer->status, answer->body, {{"Content-Type", "application/json;charset=UTF-8"}}};

    auto bodyObject = [&request](QJsonObject *out) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *out = doc.object();
        return true;
    };

    static const QRegularExpression progressJob(QStringLiteral("^/v1/cloudimages/job/([^/]+)$"));
    static const QRegularExpression classicJob(QStringLiteral("^/v1/([^/]+)/jobs/([^/]+)$"));
    static const QRegularExpression imageFile(QStringLiteral("^/v2/images/([^/]+)/file$"));
    static const QRegularExpression image(QStringLiteral("^/v2/images/([^/]+)$"));

    if (method == Method::Post) {
        QJsonObject body;
        const bool isCreate = isCreatePath(path);
        if (isCreate && request.body().isEmpty())
            return imsError(400, QStringLiteral("IMG.0007"), QStringLiteral("The request body is empty."));
        if (isCreate && !bodyObject(&body))
            return imsError(400, QStringLiteral("IMG.0001"), QStringLiteral("The request message format is invalid."));
        if (v2action.match(path).hasMatch())
            return createImage(actionMethod(body), body);
        if (dataAction.match(path).hasMatch())
            return createImage(QStringLiteral("file-data"), body);
        if (quickAction.match(path).hasMatch())
            return createImage(body.value(QStringLiteral("type")).toString() == QLatin1String("DataImage")
                                   ? QStringLiteral("quick-data")
                                   : QStringLiteral("quick-system"),
                               body);
        if (path == QLatin1String("/v2/images"))
            return nativeCreate(body);
    }
    if (method == Method::Put) {
        if (const auto m = imageFile.match(path); m.hasMatch())
            return nativeUpload(m.captured(1), request.body());
    }
    if (method == Method::Get) {
        if (const auto m = progressJob.match(path); m.hasMatch())
            return jobAnswer(m.captured(1));
        if (const auto m = classicJob.match(path); m.hasMatch()) {
            if (m.captured(1) != m_account.projectId)
                return imsError(400, QStringLiteral("IMG.0067"), QStringLiteral("The project ID is incorrect."));
            return jobAnswer(m.captured(2));
        }
        if (path == QLatin1String("/v1/cloudimages/os_version"))
            return osVersions();
        if (path == QLatin1String("/v1/cloudimages/quota"))
            return json(200, {{QStringLiteral("quotas"),
                               QJsonObject{{QStringLiteral("resources"),
                                            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                                                   {QStringLiteral("used"), imagesUsed()},
                                                                   {QStringLiteral("quota"), m_options.imageQuota},
                                                                   {QStringLiteral("min"), 1},
                                                                   {QStringLiteral("max"), 1000}}}}}}});
        if (const auto m = image.match(path); m.hasMatch()) {
            if (!m_nativeImages.contains(m.captured(1)))
                return json(404, {{QStringLiteral("message"), QStringLiteral("No image found with ID %1").arg(m.captured(1))}});
            return json(200, m_nativeImages.value(m.captured(1)).record);
        }
        if (path == QLatin1String("/v2/cloudimages")) {
            const QString id = QUrlQuery(request.url()).queryItemValue(QStringLiteral("id"));
            QJsonArray images;
            if (m_nativeImages.contains(id))
                images.append(m_nativeImages.value(id).record);
            return json(200, {{QStringLiteral("images"), images}});
        }
    }
    return gatewayError(404, QStringLiteral("APIGW.0101"), QStringLiteral("The API does not exist or has not been published in the environment."));
}

SandboxServer::Reply SandboxServer::issueToken(const QByteArray &body)
{
    // IAM "Obtaining a User Token Through Password Authentication" / Keystone v3
    const QJsonObject auth = QJsonDocument::fromJson(body).object().value(QStringLiteral("auth")).toObject();
    const QJsonObject user = auth.value(QStringLiteral("identity")).toObject().value(QStringLiteral("password")).toObject()
                                 .value(QStringLiteral("user")).toObject();
    const QJsonObject project = auth.value(QStringLiteral("scope")).toObject().value(QStringLiteral("project")).toObject();
    const QString domain = user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    const bool userOk = user.value(QStringLiteral("name")).toString() == m_account.user &&
                        user.value(QStringLiteral("password")).toString() == m_account.password &&
                        domain == m_account.domain;
    if (!userOk)
        return json(401, {{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), 401},
                                       {QStringLiteral("title"), QStringLiteral("Unauthorized")},
                                       {QStringLiteral("message"), QStringLiteral("The username or password is wrong.")}}}});
    const bool projectOk = project.value(QStringLiteral("name")).toString() == m_account.projectName ||
                           project.value(QStringLiteral("id")).toString() == m_account.projectId;
    if (!projectOk)
        return json(400, {{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), 400},
                                       {QStringLiteral("title"), QStringLiteral("Bad Request")},
                                       {QStringLiteral("message"), QStringLiteral("The project in the scope does not exist.")}}}});
    const QByteArray token = "MIIsandbox" + newId(48).toLatin1();
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const QDateTime expires = issued.addSecs(m_options.tokenLifetimeSecs);
    m_tokens.insert(token, expires);
    Reply r = json(201, {{QStringLiteral("token"),
                          QJsonObject{{QStringLiteral("expires_at"), isoTime(expires)},
                                      {QStringLiteral("issued_at"), isoTime(issued)},
                                      {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                      {QStringLiteral("project"),
                                       QJsonObject{{QStringLiteral("id"), m_account.projectId},
                                                   {QStringLiteral("name"), m_account.projectName},
                                                   {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), m_account.domain}}}}},
                                      {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), m_account.user}}}}}});
    r.headers.append(qMakePair(QByteArray("X-Subject-Token"), token));
    return r;
}

SandboxServer::Reply SandboxServer::issueTemporaryKey(const QByteArray &body)
{
    // IAM CreateTemporaryAccessKeyByToken: {"auth": {"identity": {"methods": ["token"], "token":
    // {"duration_seconds": 900..86400}}}} (900 when absent), answered 201 with `credential`.
    const QJsonObject identity = QJsonDocument::fromJson(body).object().value(QStringLiteral("auth")).toObject()
                                     .value(QStringLiteral("identity")).toObject();
    auto badRequest = [](const QString &message) {
        return json(400, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 400},
                                                                {QStringLiteral("title"), QStringLiteral("Bad Request")},
                                                                {QStringLiteral("message"), message}}}});
    };
    if (!identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("token")))
        return badRequest(QStringLiteral("Invalid input for field 'methods'."));
    const QJsonValue duration = identity.value(QStringLiteral("token")).toObject().value(QStringLiteral("duration_seconds"));
    const int seconds = duration.isUndefined() ? TemporaryKeyCall::minDurationSecs : duration.toInt(-1);
    if (seconds < TemporaryKeyCall::minDurationSecs || seconds > TemporaryKeyCall::maxDurationSecs)
        return badRequest(QStringLiteral("Invalid input for field 'duration_seconds'."));
    TemporaryKey key;
    key.access = newId(20).toUpper();
    key.secret = newId(40);
    key.securityToken = QStringLiteral("gQpzYW5kYm94LTE") + newId(120);
    key.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_temporaryKeys.insert(key.access, key);
    return json(201, {{QStringLiteral("credential"), QJsonObject{{QStringLiteral("access"), key.access},
                                                                 {QStringLiteral("expires_at"), isoTime(key.expiresAt)},
                                                                 {QStringLiteral("secret"), key.secret},
                                                                 {QStringLiteral("securitytoken"), key.securityToken}}}});
}

int SandboxServer::imagesUsed() const
{
    return int(m_cloudAccount->privateImageCount() + m_imageNames.size());
}

SandboxServer::Reply SandboxServer::createImage(const QString &methodId, const QJsonObject &body)
{
    const MethodSpec *method = Catalogue::instance().method(methodId);
    if (!method)
        return imsError(400, QStringLiteral("IMG.0001"),
                        QStringLiteral("The request message format is invalid: no instance_id, volume_id, image_url or data_images."));
    const auto issues = RequestValidator::validate(*method, body);
    for (const auto &issue : issues)
        if (issue.isError())
            return imsError(400, imgCodeFor(issue), QStringLiteral("%1 %2").arg(issue.field, issue.message));

    if (m_enforceQuota && imagesUsed() >= m_options.imageQuota)
        return imsError(400, QStringLiteral("IMG.0015"), QStringLiteral("The number of private images has reached the maximum allowed."));
    // A name that says so is "taken", so anyone can see how the program shows a server's verdict.
    if (body.value(QStringLiteral("name")).toString().contains(QLatin1String("sandbox-taken")))
        return imsError(400, QStringLiteral("IMG.0009"), QStringLiteral("The image name already exists."));

    // The source must exist in this project (Error Codes: IMG.0005 "The ECS does not exist.",
    // IMG.0120 "The specified data disk ID is unavailable.").
    const QString instanceId = body.value(QStringLiteral("instance_id")).toString();
    if (!instanceId.isEmpty() && !m_cloudAccount->hasServer(instanceId))
        return imsError(400, QStringLiteral("IMG.0005"), QStringLiteral("The ECS does not exist: %1.").arg(instanceId));
    QStringList volumeIds{body.value(QStringLiteral("volume_id")).toString()};
    if (methodId == QLatin1String("ecs-data"))
        for (const auto &d : body.value(QStringLiteral("data_images")).toArray())
            volumeIds << d.toObject().value(QStringLiteral("volume_id")).toString();
    for (const auto &volumeId : volumeIds)
        if (!volumeId.isEmpty() && !m_cloudAccount->hasVolume(volumeId))
            return imsError(400, QStringLiteral("IMG.0120"), QStringLiteral("The specified data disk ID is unavailable: %1.").arg(volumeId));

    Job job;
    job.id = newId(32);
    job.methodId = methodId;
    job.begin = QDateTime::currentDateTimeUtc();
    job.seconds = m_options.jobSeconds;
    job.request = body;
    if (!m_pendingFailures.isEmpty())
        job.failReason = m_pendingFailures.takeFirst();
    const QString name = body.value(QStringLiteral("name")).toString();
    // A name that says so fails, so anyone can see a failure in the desktop program.
    if (name.contains(QLatin1String("sandbox-fail")))
        job.failReason = QStringLiteral("The image file is empty, not found, or in incorrect format (sandbox-fail in the name).");

    if (methodId == QLatin1String("ecs-data")) {
        job.type = QStringLiteral("imsVolumesToSysDataImagesJob");
        for (const auto &d : body.value(QStringLiteral("data_images")).toArray()) {
            job.imageNames << d.toObject().value(QStringLiteral("name")).toString();
            job.subJobTypes << QStringLiteral("imsCopyVolumeToImageJob");
        }
    } else {
        job.imageNames << name;
        const QJsonArray dataDisks = body.value(QStringLiteral("data_images")).toArray();
        if (methodId == QLatin1String("file-system") && !dataDisks.isEmpty()) {
            job.type = QStringLiteral("imsImportOvaImageJob");
            job.subJobTypes << QStringLiteral("imsImportImageJob");
            for (const auto &d : dataDisks) {
                job.imageNames << d.toObject().value(QStringLiteral("name")).toString(name + QStringLiteral("-data"));
                job.subJobTypes << QStringLiteral("imsImportDataImageJob");
            }
        } else if (methodId == QLatin1String("ecs-system")) {
            job.type = QStringLiteral("imsCreateImageByInstance");
        } else if (methodId == QLatin1String("volume-system")) {
            job.type = QStringLiteral("imsVolumeCreateImageJob");
        } else if (methodId == QLatin1String("file-data") || methodId == QLatin1String("quick-data")) {
            job.type = QStringLiteral("imsImportDataImageJob");
        } else {
            job.type = QStringLiteral("imsImportImageJob");
        }
    }
    for (const auto &n : job.imageNames) {
        Q_UNUSED(n)
        job.imageIds << newUuid();
    }
    m_jobs.insert(job.id, job);
    m_jobOrder.append(job.id);
    m_imageNames << job.imageNames;
    ++m_createCount;
    return json(200, {{QStringLiteral("job_id"), job.id}});
}

QJsonArray SandboxServer::madeImages() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray out;
    for (const QString &jobId : m_jobOrder) {
        const Job &job = m_jobs[jobId];
        const bool done = job.begin.msecsTo(now) >= qint64(job.seconds * 1000);
        if (done && !job.failReason.isEmpty())
            continue;
        const QJsonObject &r = job.request;
        const bool dataImages = job.methodId == QLatin1String("ecs-data") || job.methodId == QLatin1String("file-data") ||
                                job.methodId == QLatin1String("quick-data");
        QString origin; // ImageInfo __data_origin
        if (job.methodId == QLatin1String("ecs-system"))
            origin = QStringLiteral("instance,") + r.value(QStringLiteral("instance_id")).toString();
        else if (job.methodId == QLatin1String("volume-system"))
            origin = QStringLiteral("volume,") + r.value(QStringLiteral("volume_id")).toString();
        else if (r.contains(QStringLiteral("image_url")))
            origin = QStringLiteral("file,") + r.value(QStringLiteral("image_url")).toString();
        for (qsizetype i = 0; i < job.imageIds.size(); ++i) {
            const bool data = dataImages || i > 0;
            QJsonObject image{{QStringLiteral("id"), job.imageIds.at(i)},
                              {QStringLiteral("name"), job.imageNames.value(i)},
                              {QStringLiteral("status"), done ? QStringLiteral("active") : QStringLiteral("saving")},
                              {QStringLiteral("visibility"), QStringLiteral("private")},
                              {QStringLiteral("__imagetype"), QStringLiteral("private")},
                              {QStringLiteral("min_disk"), r.value(QStringLiteral("min_disk")).toInt(data ? 1 : 40)},
                              {QStringLiteral("disk_format"), QStringLiteral("zvhd2")},
                              {QStringLiteral("virtual_env_type"), data ? QStringLiteral("DataImage") : QStringLiteral("FusionCompute")},
                              {QStringLiteral("tags"), r.value(QStringLiteral("tags")).toArray()},
                              {QStringLiteral("created_at"), isoTime(job.begin)},
                              {QStringLiteral("updated_at"), isoTime(job.begin)}};
            if (!data && r.contains(QStringLiteral("os_version")))
                image.insert(QStringLiteral("__os_version"), r.value(QStringLiteral("os_version")).toString());
            if (r.contains(QStringLiteral("description")))
                image.insert(QStringLiteral("__description"), r.value(QStringLiteral("description")).toString());
            if (!origin.isEmpty() && i == 0)
                image.insert(QStringLiteral("__data_origin"), origin);
            out.append(image);
        }
    }
    return out;
}

QJsonObject SandboxServer::jobJson(const Job &job) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double elapsed = job.begin.msecsTo(now) / 1000.0;
    const double fraction = job.seconds <= 0 ? 1.0 : std::min(1.0, elapsed / job.seconds);
    QString status;
    if (fraction >= 1.0)
        status = job.failReason.isEmpty() ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL");
    else if (fraction < 0.1)
        status = QStringLiteral("INIT");
    else
        status = QStringLiteral("RUNNING");
    const bool done = fraction >= 1.0;
    const bool ok = status == QLatin1String("SUCCESS");

    // "Querying the Progress of an Asynchronous Job": process_percent is a fraction, 1 at the end.
    QJsonObject entities{{QStringLiteral("image_name"), job.imageNames.value(0)},
                         {QStringLiteral("process_percent"), done ? 1.0 : std::round(fraction * 100) / 100},
                         {QStringLiteral("current_task"), done ? QString() : QStringLiteral("sandbox step %1").arg(int(fraction * 4) + 1)}};
    if (job.subJobTypes.isEmpty()) {
        if (ok)
            entities.insert(QStringLiteral("image_id"), job.imageIds.value(0));
    } else {
        QJsonArray subs;
        QJsonArray subIds;
        for (qsizetype i = 0; i < job.subJobTypes.size(); ++i) {
            const QString subId = job.id.left(24) + QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
            QJsonObject subEntities{{QStringLiteral("image_name"), job.imageNames.value(i)}};
            if (ok)
                subEntities.insert(QStringLiteral("image_id"), job.imageIds.value(i));
            subs.append(QJsonObject{{QStringLiteral("job_id"), subId},
                                    {QStringLiteral("job_type"), job.subJobTypes.at(i)},
                                    {QStringLiteral("begin_time"), isoTime(job.begin)},
                                    {QStringLiteral("end_time"), done ? isoTime(job.begin.addMSecs(qint64(job.seconds * 1000))) : QString()},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("error_code"), ok || !done ? QJsonValue() : QJsonValue(QStringLiteral("IMG.0057"))},
                                    {QStringLiteral("fail_reason"), ok || !done ? QJsonValue() : QJsonValue(job.failReason)},
                                    {QStringLiteral("entities"), subEntities}});
            subIds.append(subId);
        }
        entities.insert(QStringLiteral("sub_jobs_result"), subs);
        entities.insert(QStringLiteral("sub_jobs_list"), subIds);
    }
    return {{QStringLiteral("job_id"), job.id},
            {QStringLiteral("job_type"), job.type},
            {QStringLiteral("begin_time"), isoTime(job.begin)},
            {QStringLiteral("end_time"), done ? isoTime(job.begin.addMSecs(qint64(job.seconds * 1000))) : QString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("error_code"), status == QLatin1String("FAIL") ? QJsonValue(QStringLiteral("IMG.0057")) : QJsonValue()},
            {QStringLiteral("fail_reason"), status == QLatin1String("FAIL") ? QJsonValue(job.failReason) : QJsonValue()},
            {QStringLiteral("entities"), entities}};
}

SandboxServer::Reply SandboxServer::jobAnswer(const QString &jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd())
        return imsError(404, QStringLiteral("IMG.0023"), QStringLiteral("The job %1 does not exist.").arg(jobId));
    return json(200, jobJson(it.value()));
}

SandboxServer::Reply SandboxServer::osVersions() const
{
    // "Querying Supported Image OSs": an array of {platform, version_list[]}.
    QMap<QString, QJsonArray> byPlatform;
    for (const auto &v : OsVersions::bundled()) {
        const QString platform = OsVersions::platformOf(v);
        byPlatform[platform].append(QJsonObject{{QStringLiteral("platform"), platform},
                                                {QStringLiteral("os_version_key"), v},
                                                {QStringLiteral("os_version"), v},
                                                {QStringLiteral("os_bit"), OsVersions::bitsOf(v)},
                                                {QStringLiteral("os_type"), osFamilyName(OsVersions::familyOf(v))}});
    }
    QJsonArray out;
    for (auto it = byPlatform.cbegin(); it != byPlatform.cend(); ++it)
        out.append(QJsonObject{{QStringLiteral("platform"), it.key()}, {QStringLiteral("version_list"), it.value()}});
    return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json;charset=UTF-8"}}};
}

SandboxServer::Reply SandboxServer::nativeCreate(const QJsonObject &body)
{
    const MethodSpec *method = Catalogue::instance().method(QStringLiteral("native-metadata"));
    const auto issues = RequestValidator::validate(*method, body);
    for (const auto &issue : issues)
        if (issue.isError())
            return json(400, {{QStringLiteral("message"), QStringLiteral("400 Bad Request: %1 %2").arg(issue.field, issue.message)}});
    const QString id = newUuid();
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QJsonObject record = body;
    const QString osVersion = body.value(QStringLiteral("__os_version")).toString(QStringLiteral("Other Linux(64 bit)"));
    record.insert(QStringLiteral("__os_version"), osVersion);
    record.insert(QStringLiteral("__os_type"), osFamilyName(OsVersions::familyOf(osVersion)));
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("status"), QStringLiteral("queued"));
    record.insert(QStringLiteral("visibility"), QStringLiteral("private"));
    record.insert(QStringLiteral("container_format"), body.value(QStringLiteral("container_format")).toString(QStringLiteral("bare")));
    record.insert(QStringLiteral("disk_format"), body.value(QStringLiteral("disk_format")).toString(QStringLiteral("zvhd2")));
    record.insert(QStringLiteral("protected"), body.value(QStringLiteral("protected")).toBool(false));
    record.insert(QStringLiteral("min_disk"), body.value(QStringLiteral("min_disk")).toInt(0));
    record.insert(QStringLiteral("min_ram"), body.value(QStringLiteral("min_ram")).toInt(0));
    record.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")).toArray());
    record.insert(QStringLiteral("created_at"), now);
    record.insert(QStringLiteral("updated_at"), now);
    record.insert(QStringLiteral("self"), QStringLiteral("/v2/images/%1").arg(id));
    record.insert(QStringLiteral("file"), QStringLiteral("/v2/images/%1/file").arg(id));
    record.insert(QStringLiteral("schema"), QStringLiteral("/v2/schemas/image"));
    record.insert(QStringLiteral("owner"), m_account.projectId);
    record.insert(QStringLiteral("__imagetype"), QStringLiteral("private"));
    record.insert(QStringLiteral("__image_size"), QStringLiteral("0"));
    m_nativeImages.insert(id, {record, QString()});
    ++m_createCount;
    return json(201, record);
}

std::optional<SandboxServer::Reply> SandboxServer::uploadRefusal(const QString &imageId) const
{
    const auto it = m_nativeImages.constFind(imageId);
    if (it == m_nativeImages.constEnd())
        return json(404, {{QStringLiteral("message"), QStringLiteral("No image found with ID %1").arg(imageId)}});
    if (it->record.value(QStringLiteral("status")).toString() != QLatin1String("queued"))
        return json(409, {{QStringLiteral("message"), QStringLiteral("Image status transition from %1 to saving is not allowed")
                                                          .arg(it->record.value(QStringLiteral("status")).toString())}});
    return std::nullopt;
}

// A PUT that reached Qt's HTTP server whole (the listener streams the others).
SandboxServer::Reply SandboxServer::nativeUpload(const QString &imageId, const QByteArray &data)
{
    if (auto refusal = uploadRefusal(imageId))
        return *refusal;
    auto it = m_nativeImages.find(imageId);
    const QString filePath = m_storage.filePath(imageId + QStringLiteral(".img"));
    QFile f(filePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return json(500, {{QStringLiteral("message"), QStringLiteral("Cannot store the image file: %1").arg(f.errorString())}});
    it->filePath = filePath;
    it->record.insert(QStringLiteral("status"), QStringLiteral("active"));
    it->record.insert(QStringLiteral("size"), qint64(data.size()));
    it->record.insert(QStringLiteral("__image_size"), QString::number(data.size()));
    it->record.insert(QStringLiteral("checksum"),
                      QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    it->record.insert(QStringLiteral("updated_at"), isoTime(QDateTime::currentDateTimeUtc()));
    return {204, {}, {}};
}

namespace {
// One streamed upload: the request head, then the body written to disk as it arrives, hashed on the way.
struct UploadState
{
    QByteArray head;
    bool headDone = false;
    QString imageId;
    qint64 expected = -1;
    qint64 received = 0;
    std::unique_ptr<QFile> file;
    QCryptographicHash md5{QCryptographicHash::Md5};
};

void answerRaw(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, const QByteArray &requestId)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nX-Request-Id: " + requestId +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

void SandboxServer::acceptUpload(QTcpSocket *socket)
{
    ++m_requestCount;
    auto state = std::make_shared<UploadState>();
    auto finishFailed = [this, socket, state](int status, const QByteArray &reason, const Reply &reply) {
        if (state->file) {
            state->file->remove();
            state->file.reset();
        }
        if (m_nativeImages.contains(state->imageId))
            m_nativeImages[state->imageId].record.insert(QStringLiteral("status"), QStringLiteral("queued"));
        emit requestServed("PUT", QStringLiteral("/v2/images/%1/file").arg(state->imageId), status);
        const QByteArray requestId = newRequestId();
        m_lastRequestId = QString::fromLatin1(requestId);
        answerRaw(socket, status, reason, reply.body, requestId);
    };
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::disconnected, this, [this, state] {
        // The client went away mid-way (Cancel): no half file, the image waits for its file again.
        if (state->file && state->received < state->expected) {
            state->file->remove();
            state->file.reset();
            if (m_nativeImages.contains(state->imageId))
                m_nativeImages[state->imageId].record.insert(QStringLiteral("status"), QStringLiteral("queued"));
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, state, finishFailed] {
        if (!state->headDone) {
            state->head += socket->readAll();
            const qsizetype end = state->head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (state->head.size() > 64 * 1024)
                    finishFailed(431, "Request Header Fields Too Large", json(431, {{QStringLiteral("message"), QStringLiteral("headers too large")}}));
                return;
            }
            const QByteArray rest = state->head.mid(end + 4);
            const QList<QByteArray> lines = state->head.left(end).split('\n');
            state->headDone = true;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QByteArray target = requestLine.value(1);
            const qsizetype question = target.indexOf('?');
            const QByteArray path = question < 0 ? target : target.left(question);
            const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
            state->imageId = QString::fromLatin1(path.split('/').value(3));
            QList<QPair<QByteArray, QByteArray>> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray l = lines[i].trimmed();
                const qsizetype colon = l.indexOf(':');
                if (colon > 0)
                    headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
            }
            for (const auto &h : headers)
                if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    state->expected = h.second.toLongLong();
            if (m_dropNext > 0) {
                --m_dropNext;
                ++m_faultCount;
                socket->abort();
                return;
            }
            // AK/SK uploads are signed with UNSIGNED-PAYLOAD (the body is not hashed), so it may stream.
            if (auto denied = authenticate("PUT", QString::fromLatin1(path), query, headers, QByteArray()))
                return finishFailed(denied->status, "Unauthorized", *denied);
            if (auto refusal = uploadRefusal(state->imageId))
                return finishFailed(refusal->status, "Refused", *refusal);
            if (state->expected < 0)
                return finishFailed(411, "Length Required", json(411, {{QStringLiteral("message"), QStringLiteral("Content-Length is required")}}));
            state->file = std::make_unique<QFile>(m_storage.filePath(state->imageId + QStringLiteral(".img")));
            if (!state->file->open(QIODevice::WriteOnly))
                return finishFailed(500, "Internal Server Error", json(500, {{QStringLiteral("message"), state->file->errorString()}}));
            m_nativeImages[state->imageId].record.insert(QStringLiteral("status"), QStringLiteral("saving"));
            if (!rest.isEmpty()) {
                state->file->write(rest);
                state->md5.addData(rest);
                state->received += rest.size();
            }
        } else {
            const QByteArray chunk = socket->readAll();
            if (state->file) {
                state->file->write(chunk);
                state->md5.addData(chunk);
            }
            state->received += chunk.size();
        }
        if (state->file && state->received >= state->expected) {
            state->file->close();
            auto &image = m_nativeImages[state->imageId];
            image.filePath = state->file->fileName();
            image.record.insert(QStringLiteral("status"), QStringLiteral("active"));
            image.record.insert(QStringLiteral("size"), state->received);
            image.record.insert(QStringLiteral("__image_size"), QString::number(state->received));
            image.record.insert(QStringLiteral("checksum"), QString::fromLatin1(state->md5.result().toHex()));
            image.record.insert(QStringLiteral("updated_at"), isoTime(QDateTime::currentDateTimeUtc()));
            state->file.reset();
            ++m_streamedUploads;
            emit requestServed("PUT", QStringLiteral("/v2/images/%1/file").arg(state->imageId), 204);
            const QByteArray requestId = newRequestId();
            m_lastRequestId = QString::fromLatin1(requestId);
            socket->write("HTTP/1.1 204 No Content\r\nX-Request-Id: " + requestId + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    if (socket->bytesAvailable() > 0 || socket->waitForReadyRead(0))
        QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
}

ConnectionSettings SandboxServer::connectionSettings(AuthMode auth) const
{
    ConnectionSettings s;
    s.name = QStringLiteral("Sandbox");
    s.region = m_account.region;
    s.imsEndpoint = url();
    s.iamEndpoint = url();
    // One server plays every service of the account.
    s.ecsEndpoint = url();
    s.evsEndpoint = url();
    s.kmsEndpoint = url();
    s.epsEndpoint = url();
    s.obsEndpoint = m_obs->url();
    s.projectName = m_account.projectName;
    s.domain = m_account.domain;
    s.user = m_account.user;
    s.accessKey = m_account.accessKey;
    s.auth = auth;
    s.proxy = ConnectionSettings::Proxy::None; // loopback: a system proxy must not get in the way
    if (auth == AuthMode::AkSk)
        s.projectId = m_account.projectId;
    return s;
}

} // namespace ims
