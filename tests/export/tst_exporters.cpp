// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The exporters, every method in every format: what the real tools would read. Terraform output goes
// through HashiCorp's HCL parser (hclfmt), Python through python3's compiler and ast, the KooCLI input
// through a JSON parser and the generated script through /bin/sh with a stand-in `hcloud`.
#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "export/ExportNames.h"
#include "export/Exporter.h"
#include "export/TerraformExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ims;

namespace {

RequestFile example(const QString &methodId)
{
    QString error;
    const auto f = RequestFile::load(QStringLiteral(IMS_SOURCE_DIR "/resources/data/examples/%1.json").arg(methodId), &error);
    if (!f)
        qFatal("%s", qPrintable(error));
    return *f;
}

ExportResult exportAs(const QString &format, const MethodSpec &m, const QJsonObject &fields, const QString &region = QStringLiteral("ap-southeast-1"))
{
    return Exporter::create(format)->run(m, fields, {region, QString(), nullptr});
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Lists the huaweicloudsdkims.v2 names a script imports, every constructor call with its keyword
// arguments and every client method called, read with Python's own ast module.
const char *astScript = R"PY(
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
imports, calls, methods = [], [], []
for node in ast.walk(tree):
    if isinstance(node, ast.ImportFrom) and node.module == "huaweicloudsdkims.v2":
        imports += [a.name for a in node.names]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        calls.append({"name": node.func.id, "kwargs": [k.arg for k in node.keywords]})
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
            and node.func.value.id == "client":
        methods.append(node.func.attr)
print(json.dumps({"imports": imports, "calls": calls, "methods": methods}))
)PY";

} // namespace

class tst_Exporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hclfmt = QStringLiteral(IMS_HCLFMT_PATH);
    QString m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QJsonObject m_sdk;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(QStringLiteral(IMS_TEST_DATA_DIR "/export/sdk-models.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_sdk = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_sdk.value(QLatin1String("models")).toObject().isEmpty());
        if (!m_hclfmt.isEmpty() && !QFile::exists(m_hclfmt))
            m_hclfmt.clear();
    }

    void everyMethodHasNames()
    {
        for (const MethodSpec &m : Catalogue::instance().methods()) {
            const ExportNames *n = ExportNames::forMethod(m.id);
            QVERIFY2(n, qPrintable(m.id));
            QVERIFY2(!n->kooCliOperation.isEmpty() && !n->pythonRequest.isEmpty(), qPrintable(m.id));
            QVERIFY2(n->terraformResource.isEmpty() != n->terraformWhyNot.isEmpty(), qPrintable(m.id));
        }
    }

    // ---- Terraform ----

    void terraform_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("resource"); // empty: the provider has none and the export says so
        QTest::newRow("ecs-system") << "ecs-system" << "huaweicloud_ims_ecs_system_image";
        QTest::newRow("ecs-data") << "ecs-data" << "huaweicloud_ims_evs_data_image";
        QTest::newRow("file-system") << "file-system" << "huaweicloud_ims_obs_system_image";
        QTest::newRow("volume-system") << "volume-system" << "huaweicloud_ims_evs_system_image";
        QTest::newRow("file-data") << "file-data" << "huaweicloud_ims_obs_data_image";
        QTest::newRow("quick-system") << "quick-system" << "huaweicloud_ims_obs_system_image";
        QTest::newRow("quick-data") << "quick-data" << "";
        QTest::newRow("native-metadata") << "native-metadata" << "";
    }

    void terraform()
    {
        QFETCH(QString, method);
        QFETCH(QString, resource);
        const MethodSpec *m = Catalogue::instance().method(method);
        QVERIFY(m);
        QJsonObject fields = example(method).fields;
        fields.remove(QStringLiteral("data_images")); // file-system's extra disks: see terraformRefuses
        if (method == QLatin1String("ecs-data"))
            fields = example(method).fields;
        const ExportResult r = exportAs(QStringLiteral("terraform"), *m, fields);
        if (resource.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(QLatin1String("no resource")), qPrintable(r.error));
            QVERIFY(r.text.isEmpty());
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.text.contains(QStringLiteral("resource \"%1\"").arg(resource)));
        QVERIFY(r.text.contains(QLatin1String("provider \"huaweicloud\" {\n  region = \"ap-southeast-1\"\n}")));
        QCOMPARE(r.text.contains(QLatin1String("is_quick_import = true")), method == QLatin1String("quick-system"));
        if (m_hclfmt.isEmpty())
            QSKIP("hclfmt is not built: install golang-go and golang-github-hashicorp-hcl-v2-dev (.ci/install-deps)");
        const QString file = write(method + QStringLiteral(".tf"), r.text.toUtf8());
        const Run check = run(m_hclfmt, {QStringLiteral("-check"), file});
        QVERIFY2(check.code == 0, check.err.constData());
        // hclfmt prints the canonical form: the export is already in it.
        const Run fmt = run(m_hclfmt, {file});
        QCOMPARE(QString::fromUtf8(fmt.out), r.text);
    }

    void terraformSeedExactText()
    {
        const ExportResult r = exportAs(QStringLiteral("terraform"), *Catalogue::instance().method(QStringLiteral("ecs-system")),
                                        example(QStringLiteral("ecs-system")).fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral(
            "# Made by IMS Wizard from the method ecs-system (POST /v2/cloudimages/action).\n"
            "# Arguments: terraform-provider-huaweicloud, docs/resources/ims_ecs_system_image.md.\n"
            "# Credentials are not written here: the provider reads HW_ACCESS_KEY and HW_SECRET_KEY\n"
            "# from the environment.\n"
            "terraform {\n"
            "  required_providers {\n"
            "    huaweicloud = {\n"
            "      source = \"huaweicloud/huaweicloud\"\n"
            "    }\n"
            "  }\n"
            "}\n"
            "\n"
            "provider \"huaweicloud\" {\n"
            "  region = \"ap-southeast-1\"\n"
            "}\n"
            "\n"
            "resource \"huaweicloud_ims_ecs_system_image\" \"image\" {\n"
            "  name        = \"web-golden-2026-11\"\n"
            "  description = \"Nginx web tier, hardened\"\n"
            "  instance_id = \"877a2cda-ba63-4e1e-b95f-e67e48b6129a\"\n"
            "  min_ram     = 1024\n"
            "  tags = {\n"
            "    \"team\" = \"web\"\n"
            "    \"env\"  = \"prod\"\n"
            "  }\n"
            "}\n"));
    }

    void terraformRefusesWhatItCannotExpress()
    {
        // file-system with a data disk file: huaweicloud_ims_obs_system_image has no data_images.
        const MethodSpec *fs = Catalogue::instance().method(QStringLiteral("file-system"));
        ExportResult r = exportAs(QStringLiteral("terraform"), *fs, example(QStringLiteral("file-system")).fields);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("huaweicloud_ims_obs_system_image")) && r.error.contains(QLatin1String("data_images")),
                 qPrintable(r.error));
        // quick-system with license_type: the resource has no such argument.
        const MethodSpec *qs = Catalogue::instance().method(QStringLiteral("quick-system"));
        QJsonObject fields = example(QStringLiteral("quick-system")).fields;
        fields.insert(QStringLiteral("license_type"), QStringLiteral("byol"));
        r = exportAs(QStringLiteral("terraform"), *qs, fields);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("license_type")), qPrintable(r.error));
        // A region that is not a region id never reaches the file.
        r = exportAs(QStringLiteral("terraform"), *Catalogue::instance().method(QStringLiteral("ecs-system")),
                     example(QStringLiteral("ecs-system")).fields, QStringLiteral("x\" }\nresource"));
        QVERIFY(!r.ok());
    }

    void terraformWithoutRegionAsksForIt()
    {
        const ExportResult r = exportAs(QStringLiteral("terraform"), *Catalogue::instance().method(QStringLiteral("ecs-system")),
                                        example(QStringLiteral("ecs-system")).fields, QString());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.text.contains(QLatin1String("variable \"region\" {\n  type = string\n}")));
        QVERIFY(r.text.contains(QLatin1String("region = var.region")));
    }

    void terraformQuotesAnyText()
    {
        // Exported unvalidated: the quoting must hold for text the validator would refuse too.
        QCOMPARE(TerraformExporter::quote(QStringLiteral("a\"b\\c${x}%{y}$z\n")),
                 QStringLiteral("\"a\\\"b\\\\c$${x}%%{y}$z\\n\""));
        QJsonObject fields = example(QStringLiteral("ecs-system")).fields;
        fields.insert(QStringLiteral("description"), QStringLiteral("costs $5 ${var.x} %{if} \"quoted\" back\\slash"));
        const ExportResult r = exportAs(QStringLiteral("terraform"), *Catalogue::instance().method(QStringLiteral("ecs-system")), fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (m_hclfmt.isEmpty())
            QSKIP("hclfmt is not built");
        const Run check = run(m_hclfmt, {QStringLiteral("-check"), write(QStringLiteral("quoting.tf"), r.text.toUtf8())});
        QVERIFY2(check.code == 0, check.err.constData());
    }

    // ---- KooCLI ----

    void koocli_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("operation");
        QTest::newRow("ecs-system") << "ecs-system" << "CreateImage";
        QTest::newRow("ecs-data") << "ecs-data" << "CreateImage";
        QTest::newRow("file-system") << "file-system" << "CreateImage";
        QTest::newRow("volume-system") << "volume-system" << "CreateImage";
        QTest::newRow("file-data") << "file-data" << "CreateDataImage";
        QTest::newRow("quick-system") << "quick-system" << "ImportImageQuick";
        QTest::newRow("quick-data") << "quick-data" << "ImportImageQuick";
        QTest::newRow("native-metadata") << "native-metadata" << "GlanceCreateImageMetadata";
    }

    void koocli()
    {
        QFETCH(QString, method);
        QFETCH(QString, operation);
        const MethodSpec *m = Catalogue::instance().method(method);
        const QJsonObject fields = example(method).fields;
        const ExportResult r = exportAs(QStringLiteral("koocli"), *m, fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QJsonParseError e;
        const QJsonObject input = QJsonDocument::fromJson(r.jsonInput, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(QStringList(input.keys()), (QStringList{"body", "header", "path", "query"}));
        QCOMPARE(input.value(QLatin1String("body")).toObject(), RequestBuilder::body(*m, fields));
        QVERIFY(r.text.contains(QStringLiteral("hcloud IMS %1 --cli-region=ap-southeast-1 --cli-jsonInput='IMS_%1.json'\n").arg(operation)));
    }

    void koocliSeedExactText()
    {
        const ExportResult r = exportAs(QStringLiteral("koocli"), *Catalogue::instance().method(QStringLiteral("file-data")),
                                        example(QStringLiteral("file-data")).fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral(
            "# Made by IMS Wizard from the method file-data (POST /v1/cloudimages/dataimages/action).\n"
            "# Credentials are not written here: KooCLI takes them from its profile\n"
            "# (hcloud configure init). The region comes from the export.\n"
            "cat > IMS_CreateDataImage.json <<'IMS_WIZARD_JSON'\n"
            "{\"header\":{},\"path\":{},\"query\":{},\"body\":{\"name\":\"fedora-data1\",\"description\":\"Data disk 1 of Fedora\","
            "\"os_type\":\"Linux\",\"image_url\":\"image-test:fedora_data1.qcow2\",\"min_disk\":40,\"tags\":[\"aaa.111\",\"bbb.222\"]}}\n"
            "IMS_WIZARD_JSON\n"
            "hcloud IMS CreateDataImage --cli-region=ap-southeast-1 --cli-jsonInput='IMS_CreateDataImage.json'\n"));
    }

    // The script runs in /bin/sh with a stand-in hcloud that keeps its arguments and input file: the
    // body arrives byte for byte whatever it holds (quotes, $, backticks, the end marker itself).
    void koocliScriptIsSafeForAnyBody()
    {
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty())
            QSKIP("no /bin/sh");
        QJsonObject fields = example(QStringLiteral("ecs-system")).fields;
        fields.insert(QStringLiteral("description"),
                      QStringLiteral("it's \"$(touch pwned)\" `id` $HOME \\ \nIMS_WIZARD_JSON\n' ; rm -rf x"));
        const ExportResult r = exportAs(QStringLiteral("koocli"), *Catalogue::instance().method(QStringLiteral("ecs-system")), fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTemporaryDir work;
        QDir(work.path()).mkdir(QStringLiteral("bin"));
        const QString fake = work.filePath(QStringLiteral("bin/hcloud"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > args.txt\nfor a; do case $a in --cli-jsonInput=*) cp \"${a#--cli-jsonInput=}\" got.json;; esac; done\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile script(work.filePath(QStringLiteral("export.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(r.text.toUtf8());
        script.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), work.filePath(QStringLiteral("bin")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const Run result = run(sh, {script.fileName()}, work.path(), env);
        QVERIFY2(result.code == 0, result.err.constData());
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("pwned"))));
        QFile got(work.filePath(QStringLiteral("got.json")));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), r.jsonInput + '\n'); // the here-document ends its one line
        QFile args(work.filePath(QStringLiteral("args.txt")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll(), QByteArray("IMS\nCreateImage\n--cli-region=ap-southeast-1\n--cli-jsonInput=IMS_CreateImage.json\n"));
    }

    // ---- curl ----

    void curl_data() { koocli_data(); }

    void curl()
    {
        QFETCH(QString, method);
        const MethodSpec *m = Catalogue::instance().method(method);
        const QJsonObject fields = example(method).fields;
        const ExportResult r = exportAs(QStringLiteral("curl"), *m, fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const PreparedRequest p = RequestBuilder::prepare(*m, fields, {QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com")});
        QVERIFY(r.text.endsWith(RequestBuilder::curlCommand(p) + QLatin1Char('\n')));
        QVERIFY(r.text.contains(QStringLiteral("'https://ims.ap-southeast-1.myhuaweicloud.com%1'").arg(m->path)));
        QVERIFY(r.text.contains(QLatin1String("\"X-Auth-Token: $IMS_WIZARD_TOKEN\"")));
        QVERIFY(!r.text.contains(QString::fromLatin1(RequestBuilder::maskedValue)));
    }

    void curlSeedExactText()
    {
        const ExportResult r = exportAs(QStringLiteral("curl"), *Catalogue::instance().method(QStringLiteral("volume-system")),
                                        example(QStringLiteral("volume-system")).fields);
        QCOMPARE(r.text, QStringLiteral(
            "# Made by IMS Wizard. The token is read from $IMS_WIZARD_TOKEN (and $IMS_WIZARD_SECURITY_TOKEN)\n"
            "# when this runs; it is never written here.\n"
            "curl -sS -X POST 'https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages/action' \\\n"
            "  -H 'Content-Type: application/json;charset=UTF-8' \\\n"
            "  -H \"X-Auth-Token: $IMS_WIZARD_TOKEN\" \\\n"
            "  --data-raw '{\"name\":\"ubuntu-from-volume\",\"volume_id\":\"877a2cda-ba63-4e1e-b95f-e67e48b6129a\","
            "\"os_version\":\"Ubuntu 18.04 server 64bit\",\"type\":\"ECS\"}'\n"));
    }

    // With a connection the export is the session's own curl command, for both auth modes. AK/SK: the
    // signed command runs as exported against the sandbox (its signature fits this body) and makes a job.
    void curlWithAConnection_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addRow("token") << int(AuthMode::Token);
        QTest::addRow("aksk") << int(AuthMode::AkSk);
    }

    void curlWithAConnection()
    {
        QFETCH(int, auth);
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        ConnectionSettings settings = sandbox.connectionSettings(AuthMode(auth));
        settings.name = QStringLiteral("export");
        Session session(settings, sandbox.credentials(), nullptr);
        const MethodSpec &m = *Catalogue::instance().method(QStringLiteral("ecs-system"));
        const QJsonObject fields = example(QStringLiteral("ecs-system")).fields;
        const ExportResult r = Exporter::create(QStringLiteral("curl"))->run(m, fields, {QString(), QString(), &session});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString command = session.curlCommand(m, fields);
        QVERIFY(r.text.endsWith(command + QLatin1Char('\n')));
        const Credentials secrets = sandbox.credentials();
        for (const QString &secret : {secrets.password, secrets.secretKey})
            if (!secret.isEmpty())
                QVERIFY(!r.text.contains(secret));
        if (AuthMode(auth) == AuthMode::Token) {
            QVERIFY(r.text.contains(QLatin1String("\"X-Auth-Token: $IMS_WIZARD_TOKEN\"")));
            return;
        }
        QVERIFY(r.text.contains(QLatin1String("Authorization: SDK-HMAC-SHA256")));
        const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (sh.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("no sh or curl to run the exported command");
        QProcess p;
        p.start(sh, {QStringLiteral("-c"), r.text});
        // The sandbox answers from this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(!QJsonDocument::fromJson(out).object().value(QLatin1String("job_id")).toString().isEmpty(), out.constData());
    }

    // ---- Python SDK ----

    void python_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("clientMethod"); // empty: the SDK's models cannot hold the seed example
        QTest::newRow("ecs-system") << "ecs-system" << "create_image";
        QTest::newRow("ecs-data") << "ecs-data" << "create_image";
        QTest::newRow("file-system") << "file-system" << "";
        QTest::newRow("volume-system") << "volume-system" << "create_image";
        QTest::newRow("file-data") << "file-data" << "create_data_image";
        QTest::newRow("quick-system") << "quick-system" << "import_image_quick";
        QTest::newRow("quick-data") << "quick-data" << "import_image_quick";
        QTest::newRow("native-metadata") << "native-metadata" << "glance_create_image_metadata";
    }

    void python()
    {
        QFETCH(QString, method);
        QFETCH(QString, clientMethod);
        const MethodSpec *m = Catalogue::instance().method(method);
        const ExportResult r = exportAs(QStringLiteral("python-sdk"), *m, example(method).fields);
        if (clientMethod.isEmpty()) {
            // CreateDataImage (data_images items) has no image_url or min_disk: file-system's data disk files.
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(QLatin1String("CreateDataImage")) && r.error.contains(QLatin1String("data_images[0].image_url")),
                     qPrintable(r.error));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.text.contains(QStringLiteral("response = client.%1(request)").arg(clientMethod)));
        QVERIFY(r.text.contains(QLatin1String("os.environ[\"IMS_WIZARD_AK\"]")));
        if (m_python.isEmpty())
            QSKIP("python3 is not installed");
        const QString file = write(method + QStringLiteral(".py"), r.text.toUtf8());
        const Run compile = run(m_python, {QStringLiteral("-m"), QStringLiteral("py_compile"), file});
        QVERIFY2(compile.code == 0, compile.err.constData());
        const Run ast = run(m_python, {QStringLiteral("-c"), QString::fromLatin1(astScript), file});
        QVERIFY2(ast.code == 0, ast.err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(ast.out).object();
        const QJsonObject models = m_sdk.value(QLatin1String("models")).toObject();
        // Every imported model and every keyword given to it is one the SDK's sources define.
        QStringList imported;
        for (const QJsonValue &v : seen.value(QLatin1String("imports")).toArray())
            imported << v.toString();
        QVERIFY(imported.removeAll(QStringLiteral("ImsClient")) == 1);
        QVERIFY(!imported.isEmpty());
        for (const QString &name : imported)
            QVERIFY2(models.contains(name), qPrintable(name));
        int modelCalls = 0;
        for (const QJsonValue &c : seen.value(QLatin1String("calls")).toArray()) {
            const QString name = c[QLatin1String("name")].toString();
            if (!models.contains(name))
                continue;
            ++modelCalls;
            QVERIFY2(imported.contains(name), qPrintable(name));
            const QJsonArray known = models.value(name).toArray();
            for (const QJsonValue &k : c[QLatin1String("kwargs")].toArray())
                QVERIFY2(known.contains(k), qPrintable(name + QLatin1Char('.') + k.toString()));
        }
        QVERIFY(modelCalls >= 2); // the request and its body at least
        QCOMPARE(seen.value(QLatin1String("methods")).toArray(), QJsonArray{clientMethod});
        QVERIFY(m_sdk.value(QLatin1String("client_methods")).toArray().contains(clientMethod));
    }

    void pythonSeedExactText()
    {
        const ExportResult r = exportAs(QStringLiteral("python-sdk"), *Catalogue::instance().method(QStringLiteral("native-metadata")),
                                        example(QStringLiteral("native-metadata")).fields);
        QCOMPARE(r.text, QStringLiteral(
            "# Made by IMS Wizard from the method native-metadata (POST /v2/images).\n"
            "# huaweicloud-sdk-python-v3 (pip install huaweicloudsdkims): ImsClient.glance_create_image_metadata with GlanceCreateImageMetadataRequest.\n"
            "# Credentials are not written here: the AK/SK come from $IMS_WIZARD_AK and $IMS_WIZARD_SK.\n"
            "import os\n"
            "\n"
            "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
            "from huaweicloudsdkims.v2 import ImsClient, GlanceCreateImageMetadataRequest, GlanceCreateImageMetadataRequestBody\n"
            "from huaweicloudsdkims.v2.region.ims_region import ImsRegion\n"
            "\n"
            "credentials = BasicCredentials(os.environ[\"IMS_WIZARD_AK\"], os.environ[\"IMS_WIZARD_SK\"])\n"
            "client = ImsClient.new_builder() \\\n"
            "    .with_credentials(credentials) \\\n"
            "    .with_region(ImsRegion.value_of(\"ap-southeast-1\")) \\\n"
            "    .build()\n"
            "\n"
            "request = GlanceCreateImageMetadataRequest(body=GlanceCreateImageMetadataRequestBody(\n"
            "    os_version=\"Ubuntu 14.04 server 64bit\",\n"
            "    visibility=\"private\",\n"
            "    name=\"ubuntu-native\",\n"
            "    protected=False,\n"
            "    container_format=\"bare\",\n"
            "    disk_format=\"qcow2\",\n"
            "    tags=[\"team=platform\"],\n"
            "    min_ram=1024,\n"
            "    min_disk=40,\n"
            "))\n"
            "response = client.glance_create_image_metadata(request)\n"
            "print(response)\n"));
    }

    void pythonQuotesAnyText()
    {
        QJsonObject fields = example(QStringLiteral("ecs-system")).fields;
        fields.insert(QStringLiteral("description"), QStringLiteral("\"\"\" \\ \n\t\u00e9\u4e2d ' \U0001F600 \u2028 end"));
        const ExportResult r = exportAs(QStringLiteral("python-sdk"), *Catalogue::instance().method(QStringLiteral("ecs-system")), fields);
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (m_python.isEmpty())
            QSKIP("python3 is not installed");
        const QString file = write(QStringLiteral("quoting.py"), r.text.toUtf8());
        // The literal evaluates back to the very text.
        const Run eval = run(m_python, {QStringLiteral("-c"),
            QStringLiteral("import ast,sys\nt=ast.parse(open(sys.argv[1],encoding='utf-8').read())\n"
                           "print([k.value.value for n in ast.walk(t) if isinstance(n,ast.Call) for k in n.keywords "
                           "if k.arg=='description'][0], end='')"), file});
        QVERIFY2(eval.code == 0, eval.err.constData());
        QCOMPARE(QString::fromUtf8(eval.out), fields.value(QLatin1String("description")).toString());
    }

    // ---- all formats ----

    // No field is ever dropped in silence: every field of every method, set on top of the seed example,
    // is either written (under its own name, or in the tags map) or the export refuses naming it.
    void everyFieldIsWrittenOrRefused()
    {
        int written = 0, refused = 0;
        for (const MethodSpec &m : Catalogue::instance().methods()) {
            for (const FieldSpec &f : m.fields) {
                QJsonObject fields = example(m.id).fields;
                QJsonValue value;
                switch (f.type) {
                case FieldType::String: value = f.allowed.isEmpty() ? QStringLiteral("probe") : f.allowed.first(); break;
                case FieldType::Integer: value = f.minimum.value_or(1); break;
                case FieldType::Boolean: value = true; break;
                case FieldType::StringList: value = QJsonArray{QStringLiteral("probe.value")}; break;
                case FieldType::ObjectList:
                    if (!fields.contains(f.key))
                        continue; // data_images / image_tags: covered by the seed examples
                    value = fields.value(f.key);
                    break;
                }
                fields.insert(f.key, value);
                for (const QString &format : {QStringLiteral("terraform"), QStringLiteral("python-sdk")}) {
                    const ExportResult r = exportAs(format, m, fields);
                    const QString where = m.id + QLatin1Char(' ') + f.key + QLatin1Char(' ') + format;
                    if (!r.ok()) {
                        if (r.error.contains(QLatin1String("no resource")))
                            continue; // the whole method has no Terraform resource
                        QVERIFY2(r.error.contains(f.key) || r.error.contains(QLatin1String("data_images")), qPrintable(where + QLatin1String(": ") + r.error));
                        ++refused;
                        continue;
                    }
                    if (format == QLatin1String("terraform") && ExportNames::forMethod(m.id)->terraformPerDataImage)
                        continue; // one resource per data disk image: terraform() counts them
                    const bool tag = f.key == QLatin1String("tags") || f.key == QLatin1String("image_tags");
                    const QString name = format == QLatin1String("terraform") ? (tag ? QStringLiteral("tags") : f.key)
                                                                               : ExportNames::pythonAttribute(f.key);
                    const QString spelled = format == QLatin1String("terraform") ? QStringLiteral("\n  %1 ").arg(name)
                                                                                  : QStringLiteral("\n    %1=").arg(name);
                    QVERIFY2(r.text.contains(spelled), qPrintable(where));
                    ++written;
                }
            }
        }
        QVERIFY(written > 50);
        QVERIFY(refused > 0);
        qInfo("%d field exports written, %d refused", written, refused);
    }

    void noSecretIsEverWritten()
    {
        qputenv("IMS_WIZARD_TOKEN", "tok-s3cr3t-123");
        qputenv("IMS_WIZARD_SK", "sk-s3cr3t-456");
        for (const MethodSpec &m : Catalogue::instance().methods()) {
            for (const QString &format : Exporter::formatIds()) {
                const ExportResult r = exportAs(format, m, example(m.id).fields);
                QVERIFY(!r.text.contains(QLatin1String("s3cr3t")));
                QVERIFY2(r.ok() || !r.error.isEmpty(), qPrintable(m.id + format));
            }
        }
        qunsetenv("IMS_WIZARD_TOKEN");
        qunsetenv("IMS_WIZARD_SK");
    }
};

QTEST_GUILESS_MAIN(tst_Exporters)
#include "tst_exporters.moc"
