// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// `ims-wizard-cli inspect` run as a user runs it: the real program, its output and exit code, on
// files qemu-img makes (skipped without qemu-img) and on files written here.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray describe() const { return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err; }
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(IMS_CLI_PATH), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

constexpr qint64 GiB = 1024LL * 1024 * 1024;

} // namespace

class tst_CliInspect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool qemuImg(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_qemuImg, args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void sparseRawJson()
    {
        // A 60 GiB + 1 byte sparse raw disk: min_disk for a system image is 61 (rounded up to GiB).
        QFile f(path(QStringLiteral("disk.raw")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(60 * GiB + 1));
        f.close();
        const Result r = runCli({QStringLiteral("inspect"), f.fileName(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("raw"));
        QCOMPARE(o.value(QStringLiteral("file_size")).toInteger(), 60 * GiB + 1);
        QCOMPARE(o.value(QStringLiteral("virtual_size")).toInteger(), 60 * GiB + 512);
        QCOMPARE(o.value(QStringLiteral("min_disk_gb")).toInteger(), 61);
        QCOMPARE(o.value(QStringLiteral("importable")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void floorsOfMethodAndOs()
    {
        QFile f(path(QStringLiteral("small.raw")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(GiB + 512));
        f.close();
        auto minDisk = [&](const QStringList &extra) {
            const Result r = runCli(QStringList{QStringLiteral("inspect"), QStringLiteral("--json"), f.fileName()} + extra);
            return r.json().value(QStringLiteral("min_disk_gb")).toInteger();
        };
        QCOMPARE(minDisk({}), 40); // file-system: 40–255 GB (Creating an Image)
        QCOMPARE(minDisk({QStringLiteral("--method"), QStringLiteral("quick-data")}), 10);
        QCOMPARE(minDisk({QStringLiteral("--method"), QStringLiteral("quick-data"), QStringLiteral("--os-type"), QStringLiteral("Windows")}), 20);
    }

    void fixedVhdAndBackingFile()
    {
        if (m_qemuImg.isEmpty())
            QSKIP("qemu-img is not installed (Debian package qemu-utils)");
        QVERIFY(qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("vpc"), QStringLiteral("-o"),
                         QStringLiteral("subformat=fixed"), QStringLiteral("fixed.vhd"), QStringLiteral("123456789")}));
        Result r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), path(QStringLiteral("fixed.vhd"))});
        QVERIFY2(r.code == 0, r.describe().constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("vhd"));
        QCOMPARE(o.value(QStringLiteral("subformat")).toString(), QStringLiteral("fixed"));
        QCOMPARE(o.value(QStringLiteral("virtual_size")).toInteger(), 123561984); // CHS-rounded, as qemu-img says

        QVERIFY(qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("base.qcow2"),
                         QStringLiteral("1G")}));
        QVERIFY(qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                         QStringLiteral("base.qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("top.qcow2")}));
        r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), path(QStringLiteral("top.qcow2"))});
        QVERIFY2(r.code == 1, r.describe().constData());
        o = r.json();
        QCOMPARE(o.value(QStringLiteral("backing_file")).toString(), QStringLiteral("base.qcow2"));
        QCOMPARE(o.value(QStringLiteral("importable")).toBool(), false);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(problems.first().toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("base.qcow2")));

        // The text output says the same in words.
        r = runCli({QStringLiteral("inspect"), path(QStringLiteral("top.qcow2"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("format:       qcow2 (version 3)"), r.out.constData());
        QVERIFY2(r.out.contains("backing file (base.qcow2)"), r.out.constData());
        QVERIFY2(r.out.contains("IMS cannot import this file as it is."), r.out.constData());
    }

    void nameThatLies()
    {
        // A qcow2 header in a file named .vhd: found qcow2, with a warning, still importable.
        QByteArray q(512, '\0');
        q.replace(0, 4, "QFI\xfb");
        qToBigEndian<quint32>(2, q.data() + 4);
        qToBigEndian<quint32>(16, q.data() + 20);
        qToBigEndian<quint64>(2 * GiB, q.data() + 24);
        QFile f(path(QStringLiteral("disk.vhd")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(q);
        f.close();
        const Result r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), f.fileName()});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("qcow2"));
        QCOMPARE(o.value(QStringLiteral("name_claims")).toString(), QStringLiteral("vhd"));
        const QJsonObject p = o.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(p.value(QStringLiteral("message")).toString().contains(QStringLiteral("name says vhd")));
    }

    void unreadableAndUsage()
    {
        Result r = runCli({QStringLiteral("inspect"), path(QStringLiteral("missing.qcow2"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
        r = runCli({QStringLiteral("inspect"), m_dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("folder"), r.err.constData());
        r = runCli({QStringLiteral("inspect")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("inspect"), QStringLiteral("--method"), QStringLiteral("ecs-system"), path(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("file-system"), r.err.constData());
        r = runCli({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--json") && r.out.contains("--method") && r.out.contains("--os-type"));
    }
};

QTEST_GUILESS_MAIN(tst_CliInspect)
#include "tst_cli_inspect.moc"
