// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

// ims-wizard-cli as scripts call it: the real binary, its exit codes (0 valid, 1 invalid, 2 unusable
// input or wrong usage), its JSON output, and hostile input that must never crash it.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;   // ended by itself within the time limit
        bool normalExit = false; // not killed by a signal (a crash)

        QByteArray describe() const
        {
            return "exit " + QByteArray::number(code) + (normalExit ? "" : " (crashed)") + (finished ? "" : " (timed out)") +
                   "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
        }
    };

    static Result run(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        // The user's own settings must not leak in (IMS_WIZARD_ENDPOINT is preview's default --endpoint).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &name : env.keys())
            if (name.startsWith(QLatin1String("IMS_WIZARD_")))
                env.remove(name);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IMS_CLI_PATH), args);
        Result r;
        if (!p.waitForStarted(30000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(60000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.normalExit = p.exitStatus() == QProcess::NormalExit;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString seedDir() { return QStringLiteral(IMS_TEST_DATA_DIR "/seeds"); }

    static QStringList seedRequests()
    {
        const QDir dir(seedDir());
        QStringList out;
        for (const auto &f : dir.entryList({QStringLiteral("*.request.json")}, QDir::Files, QDir::Name))
            out << dir.filePath(f);
        return out;
    }

    static QJsonObject expectedFor(const QString &requestPath)
    {
        QFile f(QString(requestPath).replace(QStringLiteral(".request.json"), QStringLiteral(".expected.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QJsonObject jsonObject(const QByteArray &bytes, bool *ok)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
        return doc.object();
    }

    static const QStringList &methodIds()
    {
        static const QStringList ids = {QStringLiteral("ecs-system"),   QStringLiteral("ecs-data"),   QStringLiteral("file-system"),
                                        QStringLiteral("volume-system"), QStringLiteral("file-data"),  QStringLiteral("quick-system"),
                                        QStringLiteral("quick-data"),    QStringLiteral("native-metadata")};
        return ids;
    }

    static QByteArray tenMegabytes()
    {
        return QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\": \"") + QByteArray(10 * 1024 * 1024, 'a') + "\"}}";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(IMS_CLI_PATH)), IMS_CLI_PATH);
    }

    void versionAndHelp()
    {
        for (const char *flag : {"--version", "-v"}) {
            const Result r = run({QString::fromLatin1(flag)});
            QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
            QVERIFY2(r.out.startsWith("ims-wizard-cli "), r.out.constData());
            QVERIFY2(r.out.trimmed().size() > int(strlen("ims-wizard-cli ")), r.out.constData()); // a version follows
            QVERIFY(r.err.isEmpty());
        }
        for (const char *flag : {"--help", "-h", "help"}) {
            const Result r = run({QString::fromLatin1(flag)});
            QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
            QVERIFY(r.out.startsWith("Usage: ims-wizard-cli"));
            for (const char *command : {"methods", "validate FILE", "preview FILE", "submit", "sandbox", "sign"})
                QVERIFY2(r.out.contains(command), command);
            QVERIFY(r.out.contains("exit 0 valid, 1 invalid, 2 unusable"));
            QVERIFY(r.err.isEmpty());
        }
        for (const char *command : {"methods", "validate", "preview"}) {
            const Result r = run({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
            QVERIFY2(r.out.contains("--json"), command);
        }
    }

    void wrongUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("word");
        QTest::newRow("no command") << QStringList() << QByteArray("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command \"frobnicate\"");
        QTest::newRow("validate without a file") << QStringList{QStringLiteral("validate")} << QByteArray("exactly one request file");
        QTest::newRow("validate two files") << QStringList{QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")}
                                            << QByteArray("exactly one request file");
        QTest::newRow("preview without a file") << QStringList{QStringLiteral("preview"), QStringLiteral("--json")}
                                                << QByteArray("exactly one request file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--nope"), QStringLiteral("x")}
                                        << QByteArray("nope");
        QTest::newRow("methods with an argument") << QStringList{QStringLiteral("methods"), QStringLiteral("ecs-system")}
                                                  << QByteArray("methods takes no arguments");
    }

    void wrongUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, word);
        const Result r = run(args);
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        QVERIFY2(r.err.startsWith("ims-wizard-cli: ") && r.err.contains(word), r.err.constData());
        QVERIFY2(r.err.contains("--help"), r.err.constData()); // where to read more
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    void methodsListsTheEightIds()
    {
        const Result r = run({QStringLiteral("methods")});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        for (int i = 0; i < 8; ++i) {
            QVERIFY2(lines.at(i).startsWith(methodIds().at(i).toLatin1() + ' '), lines.at(i).constData());
            QVERIFY2(lines.at(i).contains(" POST /v"), lines.at(i).constData());
        }
        QVERIFY(lines.at(4).contains("/v1/cloudimages/dataimages/action"));
        QVERIFY(lines.at(7).contains("/v2/images"));
    }

    void methodsJsonDescribesEveryField()
    {
        const Result r = run({QStringLiteral("methods"), QStringLiteral("--json")});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray methods = doc.array();
        QCOMPARE(methods.size(), 8);
        for (int i = 0; i < 8; ++i) {
            const QJsonObject m = methods.at(i).toObject();
            QCOMPARE(m.value(QStringLiteral("id")).toString(), methodIds().at(i));
            QCOMPARE(m.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
            QVERIFY(m.value(QStringLiteral("path")).toString().startsWith(QLatin1Char('/')));
            QVERIFY(!m.value(QStringLiteral("title")).toString().isEmpty());
            const QJsonArray fields = m.value(QStringLiteral("fields")).toArray();
            QVERIFY2(!fields.isEmpty(), qPrintable(methodIds().at(i)));
            for (const auto &f : fields) {
                const QJsonObject field = f.toObject();
                QVERIFY(!field.value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(!field.value(QStringLiteral("type")).toString().isEmpty());
                QVERIFY(field.value(QStringLiteral("required")).isBool());
            }
        }
        QCOMPARE(methods.at(7).toObject().value(QStringLiteral("answers")).toString(), QStringLiteral("image"));
        QCOMPARE(methods.at(0).toObject().value(QStringLiteral("answers")).toString(), QStringLiteral("job"));

        // A field as a script would look it up: file-system's min_disk, quick-data's fixed type.
        auto findField = [&](int method, const QString &name) {
            for (const auto &f : methods.at(method).toObject().value(QStringLiteral("fields")).toArray())
                if (f.toObject().value(QStringLiteral("name")).toString() == name)
                    return f.toObject();
            return QJsonObject();
        };
        const QJsonObject minDisk = findField(2, QStringLiteral("min_disk"));
        QCOMPARE(minDisk.value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        QCOMPARE(minDisk.value(QStringLiteral("required")).toBool(), true);
        QCOMPARE(minDisk.value(QStringLiteral("rule")).toString(), QStringLiteral("40 to 255 GB"));
        const QJsonObject dataImages = findField(2, QStringLiteral("data_images"));
        QVERIFY(!dataImages.value(QStringLiteral("items")).toArray().isEmpty());
        const QJsonObject type = findField(6, QStringLiteral("type"));
        QCOMPARE(type.value(QStringLiteral("fixed")).toString(), QStringLiteral("DataImage"));
    }

    void everySeedExampleValidatesAndPreviews_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = seedRequests();
        QVERIFY(files.size() == 16);
        for (const auto &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName().section(QLatin1Char('.'), 0, 0))) << f;
    }

    void everySeedExampleValidatesAndPreviews()
    {
        QFETCH(QString, file);
        const QJsonObject expected = expectedFor(file);
        QVERIFY2(expected.value(QStringLiteral("body")).isObject(), "the .expected.json is missing or has no body");
        const QString path = expected.value(QStringLiteral("path")).toString();

        Result r = run({QStringLiteral("validate"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        QVERIFY2(r.out.startsWith(file.toUtf8() + ": valid ("), r.out.constData());
        QVERIFY2(!r.out.contains("error"), r.out.constData());

        r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject verdict = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(true));
        for (const auto &issue : verdict.value(QStringLiteral("issues")).toArray())
            QCOMPARE(issue.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));

        // preview --json: exactly the seed page's method, path and body; the token masked; no URL.
        r = run({QStringLiteral("preview"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        const QJsonObject preview = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(preview.value(QStringLiteral("method")), expected.value(QStringLiteral("method")));
        QCOMPARE(preview.value(QStringLiteral("path")), expected.value(QStringLiteral("path")));
        QCOMPARE(preview.value(QStringLiteral("body")), expected.value(QStringLiteral("body")));
        const QJsonObject headers = preview.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Auth-Token")).toString(), QStringLiteral("********"));
        QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(), QStringLiteral("application/json;charset=UTF-8"));
        QVERIFY(!preview.contains(QStringLiteral("url")));
        QVERIFY(!headers.contains(QStringLiteral("Host")));

        // With an endpoint: the full URL and the Host header.
        r = run({QStringLiteral("preview"), QStringLiteral("--json"), QStringLiteral("--endpoint"),
                 QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        const QJsonObject withEndpoint = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(withEndpoint.value(QStringLiteral("url")).toString(), QStringLiteral("https://ims.ap-southeast-1.myhuaweicloud.com") + path);
        QCOMPARE(withEndpoint.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Host")).toString(),
                 QStringLiteral("ims.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(withEndpoint.value(QStringLiteral("body")), expected.value(QStringLiteral("body")));

        // The plain preview is the HTTP request as text: request line, headers, blank line, body.
        r = run({QStringLiteral("preview"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        QVERIFY2(r.out.startsWith("POST " + path.toUtf8() + '\n'), r.out.constData());
        const qsizetype blank = r.out.indexOf("\n\n");
        QVERIFY(blank > 0);
        const QByteArray head = r.out.left(blank);
        QVERIFY2(head.contains("\nX-Auth-Token: ********"), head.constData());
        QVERIFY2(head.contains("\nContent-Type: application/json;charset=UTF-8"), head.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out.mid(blank + 2)).object(), expected.value(QStringLiteral("body")).toObject());
    }

    void theNewerEndpointIsUsedWhenAsked()
    {
        const QString file = seedDir() + QStringLiteral("/000-file-data-tags.request.json");
        const Result r = run({QStringLiteral("preview"), QStringLiteral("--json"), QStringLiteral("--v2.1"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject preview = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(preview.value(QStringLiteral("path")).toString(), QStringLiteral("/v2.1/cloudimages/dataimages/action"));
        QCOMPARE(preview.value(QStringLiteral("body")), expectedFor(file).value(QStringLiteral("body")));
    }

    void validateJsonNamesTheFieldPath()
    {
        const QString file = write(QStringLiteral("bad.json"),
                                   "{\"method\": \"file-system\", \"fields\": {\"name\": \"n\", \"image_url\": \"b1b:a.qcow2\", \"min_disk\": 40,"
                                   " \"data_images\": [{\"image_url\": \"b1b:d.qcow2\", \"min_disk\": 40}, {\"image_url\": \"b1b:e.qcow2\", \"min_disk\": 4096}]}}");
        Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 1, r.describe().constData());
        bool ok = false;
        const QJsonObject verdict = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(false));
        const QJsonArray issues = verdict.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        const QJsonObject issue = issues.at(0).toObject();
        QCOMPARE(issue.value(QStringLiteral("field")).toString(), QStringLiteral("data_images[1].min_disk"));
        QCOMPARE(issue.value(QStringLiteral("message")).toString(), QStringLiteral("must be 1 to 2048 GB (Creating an Image, min_disk)"));
        QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

        // The same verdict as text.
        r = run({QStringLiteral("validate"), file});
        QVERIFY2(r.normalExit && r.code == 1, r.describe().constData());
        QVERIFY2(r.out.startsWith(file.toUtf8() + ": not valid\n"), r.out.constData());
        QVERIFY2(r.out.contains("error  data_images[1].min_disk: must be 1 to 2048 GB"), r.out.constData());
    }

    void validateJsonListsEveryIssue()
    {
        const QString file = write(QStringLiteral("several.json"),
                                   "{\"method\": \"ecs-system\", \"fields\": {\"name\": \"n\", \"instance_id\": \"not-a-uuid\","
                                   " \"tags\": [\"aaa.111\", \"bad key.1\"], \"image_tags\": [{\"key\": \"k\"}], \"min_ram\": 2048, \"max_ram\": 1024}}");
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 1, r.describe().constData());
        bool ok = false;
        const QJsonObject verdict = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QStringList fields;
        for (const auto &issue : verdict.value(QStringLiteral("issues")).toArray()) {
            fields << issue.toObject().value(QStringLiteral("field")).toString();
            QVERIFY(!issue.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("image_tags"), QStringLiteral("instance_id"), QStringLiteral("max_ram"),
                                      QStringLiteral("tags[1]")}));
    }

    // Decided (issue 16): an unknown method exits 2 like a missing one - no method's rules could be checked.
    void anUnknownMethodIsUnusable()
    {
        const QString file = write(QStringLiteral("method.json"), "{\"method\": \"ecs\", \"fields\": {}}");
        Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        bool ok = false;
        const QJsonObject verdict = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(false));
        const QJsonArray issues = verdict.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("method"));
        const QString message = issues.at(0).toObject().value(QStringLiteral("message")).toString();
        for (const auto &id : methodIds())
            QVERIFY2(message.contains(id), qPrintable(message));

        r = run({QStringLiteral("preview"), file});
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("\"ecs\" is not a method"), r.err.constData());
        const Result missing = run({QStringLiteral("validate"), write(QStringLiteral("nomethod.json"), "{\"fields\": {}}")});
        QVERIFY2(missing.normalExit && missing.code == 2, missing.describe().constData());
    }

    // Text: nothing on standard output; --json: one JSON verdict, as validate --json prints.
    void previewOfAnInvalidFilePrintsNothing()
    {
        const QString file = write(QStringLiteral("invalid.json"), "{\"method\": \"ecs-system\", \"fields\": {\"name\": \"x\"}}");
        for (const bool json : {false, true}) {
            const QStringList args = json ? QStringList{QStringLiteral("preview"), QStringLiteral("--json"), file}
                                          : QStringList{QStringLiteral("preview"), file};
            const Result r = run(args);
            QVERIFY2(r.normalExit && r.code == 1, r.describe().constData());
            if (json) {
                bool ok = false;
                const QJsonObject verdict = jsonObject(r.out, &ok);
                QVERIFY2(ok && verdict.value(QStringLiteral("valid")) == QJsonValue(false), r.out.constData());
                QVERIFY(!verdict.value(QStringLiteral("issues")).toArray().isEmpty());
            } else {
                QVERIFY2(r.out.isEmpty(), r.out.constData());
            }
            QVERIFY2(r.err.contains("not valid, nothing to preview"), r.err.constData());
            QVERIFY2(r.err.contains("error  instance_id: is required"), r.err.constData());
        }
    }

    void previewWarningsGoToStandardError()
    {
        // Valid with a warning: the request still previews, and stdout stays pure JSON for scripts.
        const QString file = write(QStringLiteral("warning.json"),
                                   "{\"method\": \"file-data\", \"fields\": {\"name\": \"n\", \"image_url\": \"bkt:a.qcow2\","
                                   " \"min_disk\": 40, \"os_type\": \"Windows\"}}");
        const Result r = run({QStringLiteral("preview"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject preview = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(preview.value(QStringLiteral("body")).toObject().value(QStringLiteral("os_type")).toString(), QStringLiteral("Windows"));
        QVERIFY2(r.err.contains("warning") && r.err.contains("os_type"), r.err.constData());
    }

    void standardInput()
    {
        const QString seed = seedDir() + QStringLiteral("/001-volume-system-tags.request.json");
        QFile f(seed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();

        Result r = run({QStringLiteral("validate"), QStringLiteral("-")}, content);
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        QVERIFY2(r.out.startsWith("-: valid (volume-system)"), r.out.constData());

        r = run({QStringLiteral("preview"), QStringLiteral("--json"), QStringLiteral("-")}, content);
        QVERIFY2(r.normalExit && r.code == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject preview = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        const QJsonObject expected = expectedFor(seed);
        QCOMPARE(preview.value(QStringLiteral("path")), expected.value(QStringLiteral("path")));
        QCOMPARE(preview.value(QStringLiteral("body")), expected.value(QStringLiteral("body")));

        r = run({QStringLiteral("validate"), QStringLiteral("-")}, "{\"method\": \"ecs-system\", \"fields\": {\"name\": \"x\"}}");
        QVERIFY2(r.normalExit && r.code == 1, r.describe().constData());
        QVERIFY2(r.out.contains("instance_id: is required"), r.out.constData());

        // Nothing, garbage or far too much on standard input: unusable, said on stderr.
        r = run({QStringLiteral("validate"), QStringLiteral("-")});
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());
        r = run({QStringLiteral("preview"), QStringLiteral("-")}, QByteArray("\x00\xff\xfe\x01", 4));
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = run({QStringLiteral("validate"), QStringLiteral("-")}, tenMegabytes());
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        QVERIFY2(r.err.contains("larger than 1048576 bytes"), r.err.constData());
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("word");
        QTest::newRow("truncated") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\"") << QByteArray("not valid JSON");
        QTest::newRow("truncated mid-string") << QByteArray("{\"method\": \"ecs-sys") << QByteArray("not valid JSON");
        QTest::newRow("empty") << QByteArray("") << QByteArray("not valid JSON");
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << QByteArray("not valid JSON");
        QTest::newRow("binary garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00\xff\xfe\x00\x80", 14) << QByteArray("not valid JSON");
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xff\xfe{\x00}\x00", 6) << QByteArray("not valid JSON");
        QTest::newRow("5000 nested arrays") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QByteArray("not valid JSON");
        QTest::newRow("100000 nested arrays") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << QByteArray("not valid JSON");
        QTest::newRow("deep nesting in the fields")
            << (QByteArray("{\"method\": \"ecs-system\", \"fields\": {\"name\": ") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}}")
            << QByteArray("not valid JSON");
        QTest::newRow("10 MB") << tenMegabytes() << QByteArray("a request file may be at most 1048576 bytes");
        QTest::newRow("list at the root") << QByteArray("[{\"method\": \"ecs-system\", \"fields\": {}}]") << QByteArray("must be a JSON object");
        QTest::newRow("no method") << QByteArray("{\"fields\": {}}") << QByteArray("\"method\" is missing");
        QTest::newRow("fields not an object") << QByteArray("{\"method\": \"ecs-system\", \"fields\": [1]}") << QByteArray("\"fields\"");
        QTest::newRow("unknown top-level key") << QByteArray("{\"method\": \"ecs-system\", \"fields\": {}, \"extra\": 1}")
                                               << QByteArray("unknown top-level key \"extra\"");
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 2, \"method\": \"ecs-system\", \"fields\": {}}") << QByteArray("newer IMS Wizard");
    }

    void hostileInputNeverCrashes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, word);
        const QString file = write(QStringLiteral("hostile.json"), content);
        for (const char *command : {"validate", "preview"}) {
            const Result r = run({QString::fromLatin1(command), file});
            QVERIFY2(r.finished, r.describe().constData());
            QVERIFY2(r.normalExit, r.describe().constData());
            QVERIFY2(r.code == 2, r.describe().constData());
            QVERIFY2(r.err.startsWith("ims-wizard-cli: ") && r.err.contains(word), r.err.constData());
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
        // validate --json still answers in JSON, so a script reading stdout is not left with nothing.
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), file});
        QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
        bool ok = false;
        const QJsonObject verdict = jsonObject(r.out, &ok);
        QVERIFY2(ok, r.out.constData());
        QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(false));
        QVERIFY(verdict.value(QStringLiteral("issues")).isArray());
        QVERIFY2(verdict.value(QStringLiteral("error")).toString().contains(QString::fromUtf8(word)), r.out.constData());
        QVERIFY2(r.err.contains(word), r.err.constData());
    }

    void missingAndUnreadableFiles()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        for (const QString &path : {missing, m_dir.path()}) {
            for (const char *command : {"validate", "preview"}) {
                const Result r = run({QString::fromLatin1(command), path});
                QVERIFY2(r.normalExit && r.code == 2, r.describe().constData());
                QVERIFY2(r.err.contains("cannot read " + path.toUtf8()), r.err.constData());
                QVERIFY2(r.out.isEmpty(), r.out.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
