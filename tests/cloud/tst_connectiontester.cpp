// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/ConnectionTester.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace ims;

// "Test connection" against the sandbox over real loopback HTTP: the texts a user reads for each
// step, for right and wrong secrets and for a port nothing listens on.
class TestConnectionTester : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;

    ConnectionSettings settingsFor(AuthMode auth) const
    {
        ConnectionSettings s = m_sandbox->connectionSettings(auth);
        s.name = QStringLiteral("test");
        return s;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->url().port()); }

    // Runs a test to its end; returns its steps.
    static QList<ConnectionTester::Step> run(ConnectionTester &tester, const ConnectionSettings &s, const Credentials &c)
    {
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(s, c);
        if (!finished.wait(20000))
            return {};
        return tester.steps();
    }

    static quint16 deadPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        return port;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
    }

    void rightPasswordGetsATokenThenIms()
    {
        ConnectionTester tester;
        const auto steps = run(tester, settingsFor(AuthMode::Token), {m_sandbox->account().password, {}, {}, {}});
        QCOMPARE(steps.size(), 2);
        QVERIFY2(steps[0].ok, qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("IAM at %1 answered: token for project sandbox-1 (id %2), valid until ")
                                              .arg(base(), m_sandbox->account().projectId)),
                 qPrintable(steps[0].text));
        QVERIFY2(steps[1].ok, qPrintable(steps[1].text));
        QVERIFY2(steps[1].text.startsWith(QStringLiteral("IMS at %1 answered: the token was accepted (").arg(base())), qPrintable(steps[1].text));
        QVERIFY2(QRegularExpression(QStringLiteral("\\(OS versions offered: [1-9][0-9]*\\)\\.$")).match(steps[1].text).hasMatch(), qPrintable(steps[1].text));
        QVERIFY(tester.succeeded());
    }

    void wrongPasswordIsSaidAtTheIamStep()
    {
        ConnectionTester tester;
        QSignalSpy stepSpy(&tester, &ConnectionTester::stepDone);
        const auto steps = run(tester, settingsFor(AuthMode::Token), {QStringLiteral("not-the-password"), {}, {}, {}});
        QCOMPARE(steps.size(), 1); // IMS is not tried without a token
        QCOMPARE(stepSpy.size(), 1);
        QVERIFY(!steps[0].ok);
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("IAM at %1 gave no token. Authentication failed").arg(base())), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("The username or password is wrong.")), qPrintable(steps[0].text));
        QVERIFY(!tester.succeeded());
    }

    void unknownProjectIsNamed()
    {
        ConnectionTester tester;
        ConnectionSettings s = settingsFor(AuthMode::Token);
        s.projectName = QStringLiteral("no-such-project");
        const auto steps = run(tester, s, {m_sandbox->account().password, {}, {}, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps[0].ok);
        QVERIFY2(steps[0].text.contains(QStringLiteral("The project in the scope does not exist.")), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("Check the project name or id")), qPrintable(steps[0].text));
    }

    void rightSecretKeySignsTheGet()
    {
        ConnectionTester tester;
        const auto &a = m_sandbox->account();
        const auto steps = run(tester, settingsFor(AuthMode::AkSk), {{}, a.accessKey, a.secretKey, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY2(steps[0].ok, qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("IMS at %1 answered: the AK/SK signature of access key %2 was accepted (")
                                              .arg(base(), a.accessKey)),
                 qPrintable(steps[0].text));
    }

    void wrongSecretKeyIsARejectedSignature()
    {
        ConnectionTester tester;
        const auto &a = m_sandbox->account();
        const auto steps = run(tester, settingsFor(AuthMode::AkSk), {{}, a.accessKey, QStringLiteral("wrong-secret-key"), {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps[0].ok);
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("IMS at %1 did not accept the test request").arg(base())), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("the AK/SK signature was rejected")), qPrintable(steps[0].text));
        QVERIFY(steps[0].text.contains(QStringLiteral("clock")));
    }

    void aPortNothingListensOnIsUnreachable_data()
    {
        QTest::addColumn<bool>("aksk");
        QTest::newRow("token") << false;
        QTest::newRow("aksk") << true;
    }

    void aPortNothingListensOnIsUnreachable()
    {
        QFETCH(bool, aksk);
        const quint16 port = deadPort();
        ConnectionSettings s = settingsFor(aksk ? AuthMode::AkSk : AuthMode::Token);
        s.imsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s.iamEndpoint = s.imsEndpoint;
        ConnectionTester tester;
        const auto &a = m_sandbox->account();
        const auto steps = run(tester, s, {a.password, a.accessKey, a.secretKey, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps[0].ok);
        const QString who = aksk ? QStringLiteral("IMS") : QStringLiteral("IAM");
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("%1 at http://127.0.0.1:%2").arg(who).arg(port)), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("The server could not be reached")), qPrintable(steps[0].text));
        QVERIFY(steps[0].text.contains(QStringLiteral("Check the endpoint, the proxy and the network.")));
    }

    void aRefusingProxyIsNamed()
    {
        const quint16 port = deadPort();
        ConnectionSettings s = settingsFor(AuthMode::AkSk);
        s.proxy = ConnectionSettings::Proxy::Custom;
        s.proxyUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ConnectionTester tester;
        const auto &a = m_sandbox->account();
        const auto steps = run(tester, s, {{}, a.accessKey, a.secretKey, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps[0].ok);
        QVERIFY2(steps[0].text.contains(QStringLiteral("The server could not be reached")), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.endsWith(QStringLiteral("The proxy http://127.0.0.1:%1 is used for this connection.").arg(port)),
                 qPrintable(steps[0].text));
    }

    // A TLS server on loopback with a self-signed certificate (tests/data/tls): unknown to the system,
    // so the handshake fails until the connection names it as its extra CA file.
    void aCertificateTheSystemDoesNotTrustNeedsTheCaFile()
    {
        const QString dir = QStringLiteral(IMS_TEST_DATA_DIR "/tls/");
        QFile keyFile(dir + QStringLiteral("loopback-test.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(dir + QStringLiteral("loopback-test.crt")).value(0));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Answers every request with an OS version list, as IMS would (the signature is not checked here).
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body = R"([{"platform":"CentOS","version_list":[{"os_version":"CentOS 7.6 64bit"}]}])";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
        });
        ConnectionSettings s = settingsFor(AuthMode::AkSk);
        s.imsEndpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const auto &a = m_sandbox->account();
        ConnectionTester tester;
        auto steps = run(tester, s, {{}, a.accessKey, a.secretKey, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY(!steps[0].ok);
        QVERIFY2(steps[0].text.startsWith(QStringLiteral("IMS at https://127.0.0.1:%1 did not accept the test request").arg(server.serverPort())),
                 qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("The secure connection failed")), qPrintable(steps[0].text));
        QVERIFY2(steps[0].text.contains(QStringLiteral("the CA file")), qPrintable(steps[0].text));
        QVERIFY(steps[0].text.endsWith(QStringLiteral("No extra CA file is set for this connection.")));

        s.caFile = dir + QStringLiteral("loopback-test.crt");
        steps = run(tester, s, {{}, a.accessKey, a.secretKey, {}});
        QCOMPARE(steps.size(), 1);
        QVERIFY2(steps[0].ok, qPrintable(steps[0].text));
        QVERIFY(steps[0].text.endsWith(QStringLiteral("(OS versions offered: 1).")));

        // With a password, IAM is asked first, over the same TLS: the CA file must count there too.
        s.auth = AuthMode::Token;
        s.iamEndpoint = s.imsEndpoint;
        steps = run(tester, s, {a.password, {}, {}, {}});
        QCOMPARE(steps.size(), 1); // this server gives no token either way
        QVERIFY2(!steps[0].text.contains(QStringLiteral("The secure connection failed")), qPrintable(steps[0].text));
    }

    void cancelStopsAtOnceAndNothingArrivesLater()
    {
        m_sandbox->setSlowMs(1500);
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        QSignalSpy stepSpy(&tester, &ConnectionTester::stepDone);
        tester.start(settingsFor(AuthMode::Token), {m_sandbox->account().password, {}, {}, {}});
        QTest::qWait(200);
        QVERIFY(tester.isRunning());
        tester.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(tester.steps().last().text, QStringLiteral("Test cancelled."));
        QTest::qWait(2500); // the slow answer would have come by now
        m_sandbox->setSlowMs(0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stepSpy.size(), 1);
        QVERIFY(!tester.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
