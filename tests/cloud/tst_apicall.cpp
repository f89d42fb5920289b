// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/ApiCall.h"
#include "cloud/ImsClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <QTimer>

#include <sys/resource.h>

using namespace ims;

// A server that misbehaves on cue, on loopback: it answers every request with a 200 header and then
// either streams without end, announces a huge body, or trickles one byte at a time.
class BadServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Endless, HugeContentLength, Trickle };

    explicit BadServer(Mode mode) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    qint64 bytesSent() const { return m_sent; }

private:
    void serve(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        // Answer once the request head is in (the body, if any, does not matter).
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            m_head += s->readAll();
            if (!m_head.contains("\r\n\r\n") || s->property("answered").toBool())
                return;
            s->setProperty("answered", true);
            switch (m_mode) {
            case Mode::Endless: {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: endless-1\r\nConnection: close\r\n\r\n");
                // Keep 4 MiB in flight, for ever.
                auto more = [this, s] {
                    while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 4 * 1024 * 1024) {
                        s->write(m_chunk);
                        m_sent += m_chunk.size();
                    }
                };
                connect(s, &QTcpSocket::bytesWritten, s, more);
                more();
                break;
            }
            case Mode::HugeContentLength:
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{");
                break;
            case Mode::Trickle: {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nX-Request-Id: trickle-1\r\n\r\n");
                auto *timer = new QTimer(s);
                connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
                timer->start(500); // far below the silence timeout, never done
                break;
            }
            }
        });
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_head;
    QByteArray m_chunk = QByteArray(256 * 1024, 'x');
    qint64 m_sent = 0;
};

// ApiCall's own guards against a server that sends too much or too slowly, and the request id that
// support asks for in every error.
class TestApiCall : public QObject
{
    Q_OBJECT

    static long peakRssKiB()
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_maxrss;
    }

    // A client of the sandbox's account whose IMS calls go to `endpoint`.
    static std::unique_ptr<ImsClient> pointAt(const SandboxServer &sandbox, const QUrl &endpoint)
    {
        ConnectionSettings settings = sandbox.connectionSettings(AuthMode::AkSk); // no token round trip
        settings.imsEndpoint = endpoint;
        auto client = std::make_unique<ImsClient>(settings, sandbox.credentials());
        client->setRetryPolicy({3, 20, 100});
        return client;
    }

    static bool run(ApiCall *call, int timeoutMs)
    {
        QSignalSpy spy(call, &ApiCall::finished);
        call->start();
        return spy.wait(timeoutMs);
    }

private slots:
    void anEndlessAnswerIsCutAt64MiB()
    {
        SandboxServer sandbox;
        BadServer bad(BadServer::Mode::Endless);
        QVERIFY(bad.listen());
        const auto owned = pointAt(sandbox, bad.url());
        ImsClient &client = *owned;
        const long before = peakRssKiB();
        QElapsedTimer clock;
        clock.start();
        ApiRequest request;
        request.path = QStringLiteral("/v1/cloudimages/quota");
        auto *call = new ApiCall(&client, request);
        QVERIFY(run(call, 60000));
        const qint64 ms = clock.elapsed();
        QVERIFY(!call->succeeded());
        QVERIFY(!call->outcomeUnknown());
        QCOMPARE(call->error()->kind(), ApiError::Kind::TooLarge);
        const QString message = call->error()->userMessage();
        QVERIFY2(message.contains(QStringLiteral("more than 64 MiB")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Request ID: endless-1")), qPrintable(message));
        QCOMPARE(call->attempts(), 1); // the same server would do it again: not repeated
        QVERIFY(call->answer().isEmpty());
        // Bounded: stopped just past the cap, with memory to match (the cap plus Qt's buffers).
        const long grownMiB = (peakRssKiB() - before) / 1024;
        qInfo("stopped after %lld ms, %lld MiB sent, peak memory grew by %ld MiB", ms, bad.bytesSent() >> 20, grownMiB);
        QVERIFY2(bad.bytesSent() < 160LL * 1024 * 1024, qPrintable(QString::number(bad.bytesSent())));
        QVERIFY2(grownMiB < 256, qPrintable(QString::number(grownMiB)));
        delete call;
    }

    void anAnnouncedHugeAnswerFailsAtOnce()
    {
        SandboxServer sandbox;
        BadServer bad(BadServer::Mode::HugeContentLength);
        QVERIFY(bad.listen());
        const auto owned = pointAt(sandbox, bad.url());
        ImsClient &client = *owned;
        QElapsedTimer clock;
        clock.start();
        ApiRequest request;
        request.path = QStringLiteral("/v1/cloudimages/quota");
        auto *call = new ApiCall(&client, request);
        QVERIFY(run(call, 20000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(call->error()->kind(), ApiError::Kind::TooLarge);
        delete call;
    }

    void aTricklingServerHitsTheOverallLimit_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::newRow("GET") << QByteArray("GET") << false;
        // A create whose answer never completed may have created something.
        QTest::newRow("create") << QByteArray("POST") << true;
    }

    void aTricklingServerHitsTheOverallLimit()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, outcomeUnknown);
        SandboxServer sandbox;
        BadServer bad(BadServer::Mode::Trickle);
        QVERIFY(bad.listen());
        const auto owned = pointAt(sandbox, bad.url());
        ImsClient &client = *owned;
        ApiRequest request;
        request.verb = verb;
        request.path = verb == "GET" ? QStringLiteral("/v1/cloudimages/quota") : QStringLiteral("/v2/cloudimages/action");
        request.body = verb == "GET" ? QByteArray() : QByteArray("{\"name\":\"x\"}");
        request.timeoutMs = 30000;    // never silent for that long
        request.totalTimeoutMs = 2000; // but never done either
        QElapsedTimer clock;
        clock.start();
        auto *call = new ApiCall(&client, request);
        QVERIFY(run(call, 20000));
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 1900 && ms < 6000, qPrintable(QString::number(ms)));
        QVERIFY(!call->succeeded());
        QCOMPARE(call->outcomeUnknown(), outcomeUnknown);
        QCOMPARE(call->attempts(), 1);
        const QString message = call->error()->userMessage();
        QVERIFY2(message.contains(QStringLiteral("did not answer in time")) && message.contains(QStringLiteral("after 2 s")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Request ID: trickle-1")), qPrintable(message));
        delete call;
    }

    void everySandboxAnswerHasARequestIdAndErrorsShowIt()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        const auto owned = pointAt(sandbox, sandbox.url());
        ImsClient &client = *owned;
        ApiRequest request;
        request.path = QStringLiteral("/v1/cloudimages/os_version");
        auto *ok = new ApiCall(&client, request);
        QVERIFY(run(ok, 20000));
        QVERIFY(ok->succeeded());
        const QByteArray id = ok->responseHeader("X-Request-Id");
        QCOMPARE(id.size(), 32); // 32 hex digits, as the real API's
        QCOMPARE(QString::fromLatin1(id), sandbox.lastRequestId());
        delete ok;

        sandbox.answerNextWith(403, "{\"error\": {\"code\": \"IMG.0026\", \"message\": \"The role is invalid.\"}}");
        auto *refused = new ApiCall(&client, request);
        QVERIFY(run(refused, 20000));
        QVERIFY(!refused->succeeded());
        QVERIFY(!sandbox.lastRequestId().isEmpty());
        QCOMPARE(refused->error()->requestId(), sandbox.lastRequestId());
        const QString message = refused->error()->userMessage();
        QVERIFY2(message.endsWith(QStringLiteral("\nRequest ID: ") + sandbox.lastRequestId()), qPrintable(message));
        delete refused;
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
