// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/Connection.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerResponder;
class QTemporaryDir;
class QTcpSocket;

namespace ims {

// A local look-alike of Huawei IAM + IMS on 127.0.0.1: token and AK/SK auth, every creation
// endpoint (bodies checked by the catalogue), jobs that run to SUCCESS or FAIL, both job-query APIs,
// the native image API with file upload, and fault injection for tests. Serves `--sandbox` and the
// integration tests over real HTTP.
class SandboxAccount;
class SandboxObsServer;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 0;        // 0 = any free port
        double jobSeconds = 8;   // how long a job runs from INIT to its end
        double faultRate = 0;    // share of requests answered 500/503/429 or dropped
        int slowMs = 0;          // extra delay before every answer
        qint64 tokenLifetimeSecs = 24 * 3600; // IAM: tokens live 24 h
        quint32 seed = 0;        // 0 = random; else faults repeat run after run
        QString storageDir;      // where uploaded image files go; empty = a temporary folder
    };

    // The demo account printed by `ims-wizard-cli sandbox`.
    struct Account
    {
        QString domain = QStringLiteral("sandbox-domain");
        QString user = QStringLiteral("sandbox-user");
        QString password = QStringLiteral("sandbox-password");
        QString projectName = QStringLiteral("sandbox-1");
        QString projectId = QStringLiteral("5a3314075bfa49b9ae360f4ecd333695");
        QString accessKey = QStringLiteral("SANDBOXACCESSKEY0001");
        QString secretKey = QStringLiteral("sandbox-secret-key-0123456789abcdef");
        QString region = QStringLiteral("sandbox-1");
    };

    explicit SandboxServer(QObject *parent = nullptr);
    explicit SandboxServer(const Options &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; false when the port is taken.
    bool start();
    QUrl url() const;
    const Account &account() const { return m_account; }
    // How a client reaches this sandbox with the demo account (the project id is given for AK/SK,
    // which has no token to learn it from).
    ConnectionSettings connectionSettings(AuthMode auth = AuthMode::Token) const;
    Credentials credentials() const { return {m_account.password, m_account.accessKey, m_account.secretKey, QString()}; }
    const Options &options() const { return m_options; }
    // The servers, disks, images, projects and keys the demo account has (seeded by Options::seed).
    SandboxAccount &cloudAccount() const { return *m_cloudAccount; }
    // The account's OBS, on a port of its own (path-style addressing, as an S3 peer on an IP
    // address), with the same demo key; started and seeded by start().
    SandboxObsServer &obs() const { return *m_obs; }

    // Test hooks.
    int createCount() const { return m_createCount; } // create calls that made a job or image
    int requestCount() const { return m_requestCount; }
    int faultCount() const { return m_faultCount; }
    int streamedUploads() const { return m_streamedUploads; } // uploads written to disk as they arrived
    // The X-Request-Id of the latest answer (every answer has one, as the real API's do).
    QString lastRequestId() const { return m_lastRequestId; }
    void setFaultRate(double rate) { m_options.faultRate = rate; }
    // Test hook: faults hit only GETs (to load the poller while every create goes through).
    void setFaultsOnlyOnGets(bool on) { m_faultsOnlyOnGets = on; }
    void setSlowMs(int ms) { m_options.slowMs = ms; }
    void setJobSeconds(double s) { m_options.jobSeconds = s; }
    // The private image quota GET /v1/cloudimages/quota answers (1000 unless a test says otherwise).
    void setImageQuota(int quota) { m_imageQuota = quota; }
    void failJob(const QString &jobId, const QString &reason);
    void failNextJobs(int count, const QString &reason);
    void revokeAllTokens();
    // The next `count` requests are dropped (connection closed, no answer) before doing anything.
    void dropNextRequests(int count) { m_dropNext += count; }
    // The next request gets exactly this answer instead of its own (malformed answers on cue).
    void answerNextWith(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    QStringList jobIds() const;
    // Test hook: the latest requests as they arrived (headers as sent, body), newest last; at most 64.
    struct Received
    {
        QByteArray verb;
        QString path;
        QByteArray query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    const QList<Received> &received() const { return m_received; }
    // Test hook: every create request as it arrived, appended to `path` at once, one line each:
    // "REQUEST-ID {"name":…,"status":…,"made":JOB-OR-IMAGE-ID}" (status 0: dropped unanswered), so
    // that a crash test beside it can count the creates and tell one sent twice (the same name).
    void setCreateLog(const QString &path) { m_createLogPath = path; }

signals:
    void requestServed(const QByteArray &verb, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Job
    {
        QString id;
        QString type;
        QString methodId;
        QDateTime begin;
        double seconds = 0;
        QString failReason;
        QStringList imageIds;  // one per image the job makes
        QStringList imageNames;
        QStringList subJobTypes; // empty for a single-image job
    };
    struct NativeImage
    {
        QJsonObject record;
        QString filePath;
    };

    Reply route(const QHttpServerRequest &request, const QString &path);
    Reply createImage(const QString &methodId, const QJsonObject &body);
    Reply nativeCreate(const QJsonObject &body);
    Reply nativeUpload(const QString &imageId, const QByteArray &data);
    // The checks before an upload starts; nothing when it may go ahead.
    std::optional<Reply> uploadRefusal(const QString &imageId) const;
    Reply jobAnswer(const QString &jobId) const;
    Reply osVersions() const;
    Reply issueToken(const QByteArray &body);
    std::optional<Reply> authenticate(const QByteArray &verb, const QString &encodedPath, const QByteArray &rawQuery,
                                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    void acceptUpload(QTcpSocket *socket);
    QJsonObject jobJson(const Job &job) const;
    void logCreate(const QHttpServerRequest &request, const QByteArray &requestId, int status, const QByteArray &answer);
    static Reply json(int status, const QJsonObject &o);
    static Reply imsError(int status, const QString &code, const QString &message);
    static Reply gatewayError(int status, const QString &code, const QString &message);
    QString newId(int hexChars);
    QString newUuid();

    Options m_options;
    QString m_lastRequestId;
    Account m_account;
    QRandomGenerator m_random;
    std::unique_ptr<SandboxAccount> m_cloudAccount;
    // Not a QObject child: QAbstractHttpServer::serverPorts() would count its listener as this server's.
    std::unique_ptr<SandboxObsServer> m_obs;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QDir m_storage;
    QHash<QByteArray, QDateTime> m_tokens; // token -> expiry
    QHash<QString, Job> m_jobs;
    QStringList m_jobOrder;
    QHash<QString, NativeImage> m_nativeImages;
    QStringList m_imageNames; // names in use, for IMG.0009
    QStringList m_pendingFailures;
    int m_dropNext = 0;
    int m_imageQuota = 1000;
    bool m_faultsOnlyOnGets = false;
    std::optional<Reply> m_nextAnswer;
    QList<Received> m_received;
    int m_createCount = 0;
    QString m_createLogPath;
    int m_requestCount = 0;
    int m_faultCount = 0;
    int m_streamedUploads = 0;
};

} // namespace ims
