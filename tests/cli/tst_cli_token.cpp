// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/Connection.h"
#include "profiles/ConnectionStore.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

// `--connection NAME` runs of the CLI sign in once and reuse the token through the keychain: a second
// run works with a wrong password in the keychain (it never signs in), and nothing on disk holds the
// token. Runs under with-keyring.sh (a private D-Bus and gnome-keyring).
class TestCliToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QHash<QString, QString> m_account; // the sandbox's env file

    int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            if (key.startsWith(QLatin1String("IMS_WIZARD_")))
                env.remove(key); // only the saved connection and the keychain speak
        env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice()); // no terminal: never a password prompt
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        const QString envFile = m_dir.filePath(QStringLiteral("sandbox.env"));
        m_sandbox.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("sandbox"), QStringLiteral("--env-file"), envFile});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(envFile), 10000);
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        static const QRegularExpression line(QStringLiteral("^export (IMS_WIZARD_[A-Z_]+)=(.*)$"));
        for (const auto &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (const auto m = line.match(l); m.hasMatch())
                m_account.insert(m.captured(1), m.captured(2));
        QVERIFY(m_account.contains(QStringLiteral("IMS_WIZARD_PASSWORD")));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void aSavedConnectionSignsInOnceAcrossRuns()
    {
        ConnectionSettings s;
        s.name = QStringLiteral("kept");
        s.imsEndpoint = QUrl(m_account.value(QStringLiteral("IMS_WIZARD_ENDPOINT")));
        s.iamEndpoint = QUrl(m_account.value(QStringLiteral("IMS_WIZARD_IAM_ENDPOINT")));
        s.region = m_account.value(QStringLiteral("IMS_WIZARD_REGION"));
        s.projectName = m_account.value(QStringLiteral("IMS_WIZARD_PROJECT"));
        s.domain = m_account.value(QStringLiteral("IMS_WIZARD_DOMAIN"));
        s.user = m_account.value(QStringLiteral("IMS_WIZARD_USER"));
        s.proxy = ConnectionSettings::Proxy::None;
        ConnectionStore store;
        QVERIFY(store.put(s));
        QVERIFY(store.save());
        SecretStore secrets;
        const auto wrote = secrets.writeAndWait(s.name, SecretStore::Kind::Password, m_account.value(QStringLiteral("IMS_WIZARD_PASSWORD")));
        if (!wrote.ok)
            QSKIP(qPrintable(QStringLiteral("no keychain here (run under with-keyring.sh): ") + wrote.message));

        QByteArray err;
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("--connection"), s.name}, &err), 0);
        const auto kept = secrets.readAndWait(s.name, SecretStore::Kind::IamToken);
        QVERIFY2(kept.ok, qPrintable(kept.message));
        const QString token = QJsonDocument::fromJson(kept.secret.toUtf8()).object().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() > 16);

        // The password is wrong now: a run that signed in would be refused (exit 4). It works.
        QVERIFY(secrets.writeAndWait(s.name, SecretStore::Kind::Password, QStringLiteral("not-the-password")).ok);
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("--connection"), s.name}, &err), 0);
        // Without the kept token the same run has to sign in, and is refused: the run above reused it.
        QVERIFY(secrets.writeAndWait(s.name, SecretStore::Kind::IamToken, QStringLiteral("{}")).ok);
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("--connection"), s.name}, &err), 4);

        // The token was kept in the keychain only, never in a file.
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!f.readAll().contains(token.toLatin1()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliToken)
#include "tst_cli_token.moc"
