// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "ProgramInfo.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ims;

// What the program says about itself (issue 15): `ims-wizard --version` and Help ▸ About name the
// version, the Qt version and the licence.
class TestAbout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // The installed program's line, as a user or a script reads it.
    static QString expectedVersionLine()
    {
        return QStringLiteral("ims-wizard %1 (Qt %2, GPL-3.0-or-later)\n")
            .arg(QStringLiteral(IMS_WIZARD_VERSION), QString::fromLatin1(qVersion()));
    }

    static QProcess *runProgram(const QStringList &args, const QProcessEnvironment &env, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(IMS_WIZARD_PATH), args);
        return p;
    }

private slots:
    void initTestCase()
    {
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }

    // Over ssh or in a script there is no display: --version must answer anyway, not abort in xcb.
    void versionNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), m_data.path());
        for (const QStringList &args : {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("-v")},
                                        QStringList{QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--version")}}) {
            QProcess *p = runProgram(args, env, this);
            QVERIFY2(p->waitForFinished(30000), qPrintable(args.join(u' ')));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()), expectedVersionLine());
        }
    }

    // The value of --language is not an option: "--language -v" is not a version request.
    void anOptionsValueIsNotTheVersionOption()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_data.path());
        QProcess *p = runProgram({QStringLiteral("--language"), QStringLiteral("-v"), QStringLiteral("--quit-after-first-page")}, env, this);
        QVERIFY(p->waitForFinished(60000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
        QVERIFY2(!out.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("first page shown")), qPrintable(out));
    }

    void helpListsTheVersionOption()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_data.path());
        QProcess *p = runProgram({QStringLiteral("--help")}, env, this);
        QVERIFY(p->waitForFinished(30000));
        const QString help = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(help.contains(QRegularExpression(QStringLiteral("-v, --version +Show the version, the Qt version and the licence"))),
                 qPrintable(help));
    }

    // Help ▸ About: the version, the Qt it runs on, the licence and a link to the licence's text.
    void aboutBoxNamesVersionQtAndLicence()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text() == QLatin1String("&Help"))
                about = menu->menu()->findChild<QAction *>(QStringLiteral("aboutAction"));
        if (!about)
            about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY2(about, "no About action in the Help menu");
        QCOMPARE(about->text(), QStringLiteral("&About IMS Wizard"));

        QString text, title, link;
        bool linksOpen = false;
        QSize size;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            title = box->windowTitle();
            text = box->text();
            size = box->size();
            // The label showing the text: its links must open in the browser / viewer when clicked.
            for (auto *label : box->findChildren<QLabel *>())
                if (label->text() == text)
                    linksOpen = label->openExternalLinks();
            const auto match = QRegularExpression(QStringLiteral("<a href=\"([^\"]+)\">")).match(text);
            link = match.captured(1);
            box->accept();
        });
        about->trigger();

        QVERIFY(title.contains(QStringLiteral("About IMS Wizard")));
        QVERIFY2(text.contains(QStringLiteral(IMS_WIZARD_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no warranty")), qPrintable(text));
        QCOMPARE(QUrl(link), ProgramInfo::licenseUrl());
        // The link leads to the GPL's text: Debian's copy, or the GNU project's page without it.
        if (QUrl(link).isLocalFile()) {
            QFile licence(QUrl(link).toLocalFile());
            QVERIFY(licence.open(QIODevice::ReadOnly));
            QVERIFY(licence.read(200).contains("GNU GENERAL PUBLIC LICENSE"));
        } else {
            QCOMPARE(link, QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
        }
        QVERIFY(linksOpen);
        QVERIFY2(size.width() <= 800 && size.height() <= 600, qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
