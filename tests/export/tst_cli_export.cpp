// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// `ims-wizard-cli export` run as a user runs it: the real program, its output, files and exit codes.
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QByteArray describe() const { return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err; }
};

Result runCli(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"IMS_WIZARD_REGION", "IMS_WIZARD_AUTH", "IMS_WIZARD_ENDPOINT", "IMS_WIZARD_PROJECT_ID"})
        env.remove(QString::fromLatin1(name));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMS_CLI_PATH), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const QString &method)
{
    return QStringLiteral(IMS_SOURCE_DIR "/resources/data/examples/%1.json").arg(method);
}

} // namespace

class tst_CliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void helpNamesEveryFormat()
    {
        const Result r = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY2(r.code == 0, r.describe().constData());
        for (const char *f : {"terraform", "koocli", "curl", "python-sdk", "--region", "--to", "--output"})
            QVERIFY2(r.out.contains(f), f);
        const Result top = runCli({QStringLiteral("--help")});
        QVERIFY(top.out.contains("export FILE --to FORMAT"));
    }

    void everyFormatToStandardOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("terraform") << "terraform" << QByteArray("resource \"huaweicloud_ims_obs_data_image\" \"image\" {\n  name        = \"fedora-data1\"");
        QTest::newRow("koocli") << "koocli" << QByteArray("hcloud IMS CreateDataImage --cli-region=ap-southeast-3 --cli-jsonInput='IMS_CreateDataImage.json'\n");
        QTest::newRow("curl") << "curl" << QByteArray("curl -sS -X POST 'https://ims.ap-southeast-3.myhuaweicloud.com/v1/cloudimages/dataimages/action'");
        QTest::newRow("python-sdk") << "python-sdk" << QByteArray("request = CreateDataImageRequest(body=CreateDataImageRequestBody(\n");
    }

    void everyFormatToStandardOutput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        const Result r = runCli({QStringLiteral("export"), example(QStringLiteral("file-data")), QStringLiteral("--to"), format,
                                 QStringLiteral("--region"), QStringLiteral("ap-southeast-3")});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.out.contains(expected), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    void outputFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("main.tf"));
        const Result r = runCli({QStringLiteral("export"), example(QStringLiteral("ecs-data")), QStringLiteral("--to"),
                                 QStringLiteral("terraform"), QStringLiteral("--output"), out});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count("resource \"huaweicloud_ims_evs_data_image\""), 2);
        QVERIFY(text.contains("region = var.region")); // no --region and no IMS_WIZARD_REGION
        const QString hclfmt = QStringLiteral(IMS_HCLFMT_PATH);
        if (hclfmt.isEmpty() || !QFile::exists(hclfmt))
            QSKIP("hclfmt is not built: install golang-go and golang-github-hashicorp-hcl-v2-dev (.ci/install-deps)");
        QProcess p;
        p.start(hclfmt, {QStringLiteral("-check"), out});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no resource") << QStringList{"export", example("native-metadata"), "--to", "terraform"} << 1
                                     << QByteArray("no resource for native image metadata");
        QTest::newRow("field without argument") << QStringList{"export", example("file-system"), "--to", "terraform"} << 1
                                                << QByteArray("huaweicloud_ims_obs_system_image has no place for the field data_images");
        QTest::newRow("unknown format") << QStringList{"export", example("ecs-system"), "--to", "yaml"} << 2
                                        << QByteArray("--to must be one of: terraform, koocli, curl, python-sdk");
        QTest::newRow("no format") << QStringList{"export", example("ecs-system")} << 2 << QByteArray("--to must be one of");
        QTest::newRow("bad region") << QStringList{"export", example("ecs-system"), "--to", "koocli", "--region", "a;rm -rf"} << 1
                                    << QByteArray("is not a region id");
        QTest::newRow("missing file") << QStringList{"export", "/nonexistent/x.json", "--to", "curl"} << 2 << QByteArray("x.json");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const Result r = runCli(args);
        QVERIFY2(r.code == code, r.describe().constData());
        QVERIFY2(r.err.contains(message), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

    // `--to curl --auth aksk` signs the command with IMS_WIZARD_AK/SK without writing the SK; the
    // command, run by sh and curl as exported, makes a job on the sandbox.
    void signedCurlRunsAgainstTheSandbox()
    {
        ims::SandboxServer sandbox;
        QVERIFY(sandbox.start());
        const auto settings = sandbox.connectionSettings(ims::AuthMode::AkSk);
        const auto credentials = sandbox.credentials();
        const Result r = runCli({QStringLiteral("export"), example(QStringLiteral("ecs-system")), QStringLiteral("--to"), QStringLiteral("curl"),
                                 QStringLiteral("--auth"), QStringLiteral("aksk"), QStringLiteral("--endpoint"), settings.imsEndpoint.toString(),
                                 QStringLiteral("--project-id"), settings.projectId},
                                {{QStringLiteral("IMS_WIZARD_AK"), credentials.accessKey}, {QStringLiteral("IMS_WIZARD_SK"), credentials.secretKey}});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.out.contains("Authorization: SDK-HMAC-SHA256"));
        QVERIFY(!r.out.contains(credentials.secretKey.toUtf8()));
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(r.out)});
        QTRY_VERIFY_WITH_TIMEOUT(sh.state() == QProcess::NotRunning, 20000); // the sandbox answers from this thread
        const QByteArray answer = sh.readAllStandardOutput();
        QVERIFY2(!QJsonDocument::fromJson(answer).object().value(QLatin1String("job_id")).toString().isEmpty(),
                 (answer + sh.readAllStandardError()).constData());

        const Result missing = runCli({QStringLiteral("export"), example(QStringLiteral("ecs-system")), QStringLiteral("--to"), QStringLiteral("curl"),
                                       QStringLiteral("--auth"), QStringLiteral("aksk"), QStringLiteral("--region"), QStringLiteral("ap-southeast-1")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("IMS_WIZARD_AK and IMS_WIZARD_SK"));
    }

    void invalidRequestIsNotExported()
    {
        QFile f(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"method": "ecs-system", "fields": {"name": "x", "instance_id": "not-a-uuid"}})");
        f.close();
        const Result r = runCli({QStringLiteral("export"), f.fileName(), QStringLiteral("--to"), QStringLiteral("koocli")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not valid, nothing to export") && r.err.contains("instance_id"), r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cli_export.moc"
