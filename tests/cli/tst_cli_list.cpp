// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `ims-wizard-cli list KIND` and `quota` against `ims-wizard-cli sandbox`, both real processes, as a
// user's shell runs them after sourcing the sandbox's --env-file.
class TestCliList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QProcessEnvironment m_env;

    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        const QString envFile = m_dir.filePath(QStringLiteral("sandbox.env"));
        m_sandbox.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("sandbox"), QStringLiteral("--env-file"), envFile});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(envFile), 10000);
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_env = QProcessEnvironment::systemEnvironment();
        static const QRegularExpression line(QStringLiteral("^export (IMS_WIZARD_[A-Z_]+)=(.*)$"));
        for (const auto &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (const auto m = line.match(l); m.hasMatch())
                m_env.insert(m.captured(1), m.captured(2));
        for (const char *service : {"ECS", "EVS", "OBS", "KMS", "EPS"})
            QVERIFY2(m_env.contains(QStringLiteral("IMS_WIZARD_%1_ENDPOINT").arg(QLatin1String(service))), service);
        m_env.insert(QStringLiteral("IMS_WIZARD_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    }

    // A password connection has no access key: OBS is signed with temporary keys IAM gives it.
    void objectsOnATokenConnection()
    {
        const QProcessEnvironment withKeys = m_env;
        m_env.remove(QStringLiteral("IMS_WIZARD_AK"));
        m_env.remove(QStringLiteral("IMS_WIZARD_SK"));
        m_env.insert(QStringLiteral("IMS_WIZARD_AUTH"), QStringLiteral("token"));
        QByteArray out, err;
        const int code = run({QStringLiteral("list"), QStringLiteral("objects"), QStringLiteral("sandbox-backups/db/"), QStringLiteral("--json")}, &out, &err);
        const QJsonArray objects = QJsonDocument::fromJson(out).array();
        QByteArray tableOut;
        const int tableCode = run({QStringLiteral("list"), QStringLiteral("buckets")}, &tableOut, &err);
        m_env.remove(QStringLiteral("IMS_WIZARD_PASSWORD"));
        QByteArray noPasswordErr;
        const int noPassword = run({QStringLiteral("list"), QStringLiteral("buckets")}, nullptr, &noPasswordErr);
        m_env = withKeys;
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(objects.size(), 700);
        QCOMPARE(objects.first()[QStringLiteral("Key")].toString(), QStringLiteral("db/dump-0700.sql.gz"));
        QCOMPARE(tableCode, 0);
        QVERIFY2(tableOut.contains("\nsandbox-images "), tableOut.constData());
        // Without a password (and no terminal to ask on) there is no connection and no key: one sentence.
        QCOMPARE(noPassword, 2);
        QVERIFY2(noPasswordErr.contains("OBS needs an access key") && noPasswordErr.contains("no password"), noPasswordErr.constData());
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(5000));
    }

    void eachKindAsJsonAndAsATable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("idField");
        const QList<std::tuple<const char *, int, const char *>> kinds = {
            {"servers", 30, "id"}, {"volumes", 60, "id"}, {"images", 12, "id"}, {"projects", 3, "id"},
            {"enterprise-projects", 3, "id"}, {"keys", 3, "key_id"}};
        for (const auto &[kind, count, idField] : kinds)
            for (const char *auth : {"token", "aksk"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(kind), QLatin1String(auth))))
                    << QString::fromLatin1(kind) << QString::fromLatin1(auth) << count << QString::fromLatin1(idField);
    }

    void eachKindAsJsonAndAsATable()
    {
        QFETCH(QString, kind);
        QFETCH(QString, auth);
        QFETCH(int, count);
        QFETCH(QString, idField);
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("list"), kind, QStringLiteral("--json"), QStringLiteral("--auth"), auth}, &out, &err), 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isArray(), out.left(300).constData());
        const QJsonArray items = doc.array();
        QCOMPARE(items.size(), count); // every page, not the first one only
        QVERIFY(!items.first().toObject().value(idField).toString().isEmpty()); // the API's own field names

        QCOMPARE(run({QStringLiteral("list"), kind, QStringLiteral("--auth"), auth}, &out, &err), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), count + 1); // a header, then one line per item
        QVERIFY2(lines.first().startsWith("ID "), lines.first().constData());
        QVERIFY(lines.first().contains("NAME") || lines.first().contains("ALIAS"));
        // Aligned: the second column starts at the same place on every line.
        const qsizetype second = lines.first().indexOf(' ', 2);
        qsizetype start = second;
        while (start < lines.first().size() && lines.first().at(start) == ' ')
            ++start;
        for (const auto &l : lines)
            QVERIFY2(l.size() > start && l.at(start - 1) == ' ' && l.at(start) != ' ', l.constData());
        const QString firstId = items.first().toObject().value(idField).toString();
        QVERIFY(out.contains(firstId.toUtf8()));
    }

    void filtersReachTheApi()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("volumes"), QStringLiteral("--json"), QStringLiteral("--server"),
                      QStringLiteral("877a2cda-ba63-4e1e-b95f-e67e48b6129a")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 3); // its system disk and the two of ecs-data.json
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("SHUTOFF")}, &out), 0);
        for (const auto &s : QJsonDocument::fromJson(out).array())
            QCOMPARE(s.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SHUTOFF"));
    }

    void quotaSaysUsedOfAllowed()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("quota")}, &out), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ of \\d+ private images used\\n$")).match(QString::fromUtf8(out)).hasMatch(), out.constData());
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("--json")}, &out), 0);
        QVERIFY(QJsonDocument::fromJson(out).object().contains(QStringLiteral("quotas")));
    }

    void aWrongKindIsAUsageError()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("flavours")}, &out, &err), 2);
        QVERIFY2(err.contains("servers, volumes, images, projects, enterprise-projects, keys"), err.constData());
        QCOMPARE(run({QStringLiteral("list")}, &out, &err), 2);
        // A stray argument names what is wrong and where the usage is, as every other command does.
        QCOMPARE(run({QStringLiteral("quota"), QStringLiteral("extra")}, &out, &err), 2);
        QVERIFY2(err.contains("quota takes no argument") && err.contains("ims-wizard-cli quota --help"), err.constData());
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("extra")}, &out, &err), 2);
        QVERIFY2(err.contains("ims-wizard-cli list --help"), err.constData());
    }

    void anUnreachableServiceFailsWithExit6()
    {
        QProcessEnvironment saved = m_env;
        m_env.insert(QStringLiteral("IMS_WIZARD_ECS_ENDPOINT"), QStringLiteral("http://127.0.0.1:1"));
        QByteArray out, err;
        const int code = run({QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("--auth"), QStringLiteral("aksk")}, &out, &err);
        m_env = saved;
        QCOMPARE(code, 6); // ExitUnreachable: nothing was sent
        QVERIFY2(err.contains("could not be reached"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
