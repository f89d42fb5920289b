// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "cloud/ImsClient.h"
#include "cloud/TokenProvider.h"
#include "jobs/JobListModel.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::test;

namespace {
QMutex logMutex;
QStringList logLines;
void keepLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
}
} // namespace

// A scripted session with token and AK/SK auth, a profile, job details and a clean exit; then no
// file the program wrote (settings, profiles, job list) and no log line holds a secret.
class TestNoSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

private slots:
    void initTestCase()
    {
        // Every place the program may write, inside one folder we can search.
        qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_root.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("IMS_WIZARD_DATA_DIR", m_root.filePath(QStringLiteral("ims-data")).toUtf8());
        QLoggingCategory::setFilterRules(QStringLiteral("ims.*.debug=true"));
        qInstallMessageHandler(keepLog);
    }

    void noFileAndNoLogHoldsASecretAfterASession()
    {
        QByteArrayList secrets;
        {
            MainWindow window;
            QVERIFY(window.useSandbox(0.5));
            window.show();
            const SandboxServer::Account account;
            secrets << account.password.toUtf8() << account.secretKey.toUtf8();

            // Token auth: a job to its end, its details, and a saved profile.
            const QString tokenJob = submitThroughWizard(window, QStringLiteral("file-system"), example(QStringLiteral("file-system")));
            QVERIFY(!tokenJob.isEmpty());
            const QByteArray token = window.client()->tokens()->token();
            QVERIFY(token.size() > 16);
            secrets << token;
            QTRY_VERIFY_WITH_TIMEOUT(window.jobModel()->recordAt(window.jobModel()->rowOf(tokenJob)).isFinished(), 10000);
            window.showJobDetails(tokenJob);
            QVERIFY(window.saveAsProfile(QStringLiteral("after the session")));

            // AK/SK: the same connection, signed instead.
            ConnectionSettings signedSettings = window.client()->settings();
            signedSettings.auth = AuthMode::AkSk;
            signedSettings.projectId = account.projectId;
            signedSettings.name = QStringLiteral("sandbox, signed");
            QVERIFY(window.useConnection(signedSettings, {QString(), account.accessKey, account.secretKey, QString()}));
            const QString signedJob = submitThroughWizard(window, QStringLiteral("ecs-system"), example(QStringLiteral("ecs-system")));
            QVERIFY(!signedJob.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(window.jobModel()->recordAt(window.jobModel()->rowOf(signedJob)).isFinished(), 10000);
            window.close(); // writes the window settings and flushes the job list
        }
        QSettings().sync();

        int files = 0;
        QStringList written;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            written << f.fileName().mid(m_root.path().size());
            for (const auto &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(QStringLiteral("%1 holds a secret").arg(f.fileName())));
        }
        // The session did write what a user would expect, so the search above had something to search.
        const QString all = written.join(QLatin1Char(' '));
        QVERIFY2(all.contains(QStringLiteral("/jobs.")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("after the session.json")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(".conf")), qPrintable(all));
        QVERIFY(files >= 3);

        QMutexLocker lock(&logMutex);
        for (const auto &line : std::as_const(logLines))
            for (const auto &secret : secrets)
                QVERIFY2(!line.toUtf8().contains(secret), qPrintable(QStringLiteral("a log line holds a secret: ") + line.left(80)));
    }
};

QTEST_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
