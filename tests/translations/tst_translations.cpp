// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// With the zh_CN or pt_BR translation installed, what the user reads comes out translated (catalogue
// rules and validation messages, API error hints, the wizard, job states, Qt's own buttons), and what
// the API takes literally (Linux, Windows, field names, IMG codes) does not.
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Translations.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestValidator.h"
#include "cloud/ApiError.h"
#include "cloud/Regions.h"
#include "jobs/JobListModel.h"
#include "wizard/ImageWizard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ims;

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    static void removeTranslators()
    {
        for (auto *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    static QString issueAt(const QList<ValidationIssue> &issues, const QString &field)
    {
        for (const auto &i : issues)
            if (i.field == field)
                return i.message;
        return QStringLiteral("<no issue for %1>").arg(field);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, not the user's
        QSettings().remove(QLatin1String(languageSettingsKey));
        qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8());
    }
    void cleanup()
    {
        removeTranslators();
        QSettings().remove(QLatin1String(languageSettingsKey));
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("required");    // RequestValidator: a missing field
        QTest::addColumn<QString>("quickFormat"); // Catalogue: a qcow2 file for quick import
        QTest::addColumn<QString>("osTypeRule");  // FieldSpec::ruleText of os_type
        QTest::addColumn<QString>("minDiskLabel");
        QTest::addColumn<QString>("nameTaken");   // ApiError for IMG.0009: the message and the hint
        QTest::addColumn<QString>("nameTakenHint");
        QTest::addColumn<QString>("startTitle");
        QTest::addColumn<QString>("failed");      // a job state
        QTest::addColumn<QString>("cancel");      // Qt's own standard button
        QTest::addColumn<QString>("languageMenu");
        QTest::addColumn<QString>("quickPage");   // the API page a rule line names
        QTest::addColumn<QString>("hongKong");    // a region's console name
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("为必填项")
                               << QStringLiteral("快速导入必须使用 RAW 或 ZVHD2 文件；其他格式请使用普通方式导入")
                               << QStringLiteral("可选值：Linux, Windows") << QStringLiteral("最小系统盘")
                               << QStringLiteral("镜像名称已存在。") << QStringLiteral("请换一个镜像名称。") << QStringLiteral("您有什么？") << QStringLiteral("失败")
                               << QStringLiteral("取消") << QStringLiteral("语言(&L)")
                               << QStringLiteral("镜像文件快速导入") << QStringLiteral("中国-香港");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("é obrigatório")
                               << QStringLiteral("deve ser um arquivo RAW ou ZVHD2 para a importação rápida; importe outros "
                                                 "formatos pelo método comum")
                               << QStringLiteral("um de: Linux, Windows") << QStringLiteral("Disco mínimo do sistema")
                               << QStringLiteral("O nome da imagem já existe.") << QStringLiteral("Escolha outro nome de imagem.") << QStringLiteral("O que você tem?")
                               << QStringLiteral("Falhou") << QStringLiteral("Cancelar") << QStringLiteral("&Idioma")
                               << QStringLiteral("Importação rápida de um arquivo de imagem") << QStringLiteral("CN-Hong Kong");
    }

    // The unit main() calls, with --language forcing the language.
    void installTranslatorsForcesTheLanguage_data() { languages_data(); }
    void installTranslatorsForcesTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, required);
        QFETCH(QString, quickFormat);
        QFETCH(QString, osTypeRule);
        QFETCH(QString, minDiskLabel);
        QFETCH(QString, nameTaken);
        QFETCH(QString, nameTakenHint);
        QFETCH(QString, failed);
        QFETCH(QString, cancel);
        QCOMPARE(installTranslators(*qApp, language), language);

        const Catalogue &catalogue = Catalogue::instance();
        const MethodSpec *quick = catalogue.method(QStringLiteral("quick-system"));
        QVERIFY(quick);
        const auto issues = RequestValidator::validate(
            *quick, QJsonObject{{QStringLiteral("image_url"), QStringLiteral("ims-image:centos70.qcow2")}});
        // The field names and the sentence's frame stay as the API and the CLI print them.
        QVERIFY2(issueAt(issues, QStringLiteral("name")).startsWith(required + QStringLiteral(" (")),
                 qPrintable(issueAt(issues, QStringLiteral("name"))));
        QVERIFY2(issueAt(issues, QStringLiteral("image_url")).startsWith(quickFormat),
                 qPrintable(issueAt(issues, QStringLiteral("image_url"))));
        QVERIFY(issueAt(issues, QStringLiteral("image_url")).endsWith(QStringLiteral(", image_url)")));
        // The page at the end of a rule line is translated too; the field name is not.
        QFETCH(QString, quickPage);
        QVERIFY2(issueAt(issues, QStringLiteral("image_url")).endsWith(QStringLiteral(" (%1, image_url)").arg(quickPage)),
                 qPrintable(issueAt(issues, QStringLiteral("image_url"))));
        QCOMPARE(quick->field(QStringLiteral("min_disk"))->displaySource(), quickPage);
        QFETCH(QString, hongKong);
        for (const auto &r : Regions::all())
            if (r.id == QLatin1String("ap-southeast-1"))
                QCOMPARE(r.displayName(), hongKong);

        const MethodSpec *file = catalogue.method(QStringLiteral("file-system"));
        QVERIFY(file && file->field(QStringLiteral("os_type")) && file->field(QStringLiteral("min_disk")));
        QVERIFY2(file->field(QStringLiteral("os_type"))->ruleText().startsWith(osTypeRule),
                 qPrintable(file->field(QStringLiteral("os_type"))->ruleText()));
        QCOMPARE(file->field(QStringLiteral("min_disk"))->displayLabel(), minDiskLabel);

        const ApiError taken = ApiError::fromReply(400, R"({"error": {"code": "IMG.0009", "message": "x"}})", {});
        QCOMPARE(ApiError::imgMessage(QStringLiteral("IMG.0009")), nameTaken);
        QVERIFY2(taken.userMessage().contains(nameTakenHint), qPrintable(taken.userMessage()));
        QVERIFY2(taken.userMessage().contains(QLatin1String("IMG.0009")), qPrintable(taken.userMessage()));

        QCOMPARE(JobListModel::stateText(JobRecord::State::Fail), failed);

        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    }

    // The desktop program: the first wizard page and the Language menu in the View menu.
    void mainWindowIsTranslated_data() { languages_data(); }
    void mainWindowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, startTitle);
        QFETCH(QString, languageMenu);
        installTranslators(*qApp, language);
        MainWindow window;
        QCOMPARE(window.wizard()->page(window.wizard()->startId())->title(), startTitle);
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), languageMenu);
        // Each language is named in itself, whatever the current one.
        QStringList names;
        for (auto *a : menu->actions())
            names << a->text();
        QVERIFY2(names.contains(QStringLiteral("简体中文")) && names.contains(QStringLiteral("Português (Brasil)")) &&
                     names.contains(QStringLiteral("English")),
                 qPrintable(names.join(QLatin1String(", "))));
    }

    // English stays English: "en" installs nothing, and so does a language without a translation.
    void englishAndUnknownLanguagesStayEnglish()
    {
        QCOMPARE(installTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(JobListModel::stateText(JobRecord::State::Fail), QStringLiteral("Failed"));
        removeTranslators();
        QCOMPARE(installTranslators(*qApp, QStringLiteral("xx_YY")), QStringLiteral("en"));
        QCOMPARE(JobListModel::stateText(JobRecord::State::Fail), QStringLiteral("Failed"));
    }

    // Without --language, the choice stored by the Language menu wins over the system locale.
    void storedChoiceIsUsedWithoutOverride()
    {
        QSettings().setValue(QLatin1String(languageSettingsKey), QStringLiteral("pt_BR"));
        QCOMPARE(LanguageMenu::storedLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(installTranslators(*qApp), QStringLiteral("pt_BR"));
        QCOMPARE(JobListModel::stateText(JobRecord::State::OutcomeUnknown), QStringLiteral("Resultado desconhecido"));
        removeTranslators();
        // --language overrides the stored choice.
        QCOMPARE(installTranslators(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(JobListModel::stateText(JobRecord::State::OutcomeUnknown), QStringLiteral("结果未知"));
    }

    // Choosing in the menu stores the choice (it applies at the next start) and checks that entry only.
    void languageMenuStoresTheChoice()
    {
        LanguageMenu menu;
        QAction *portuguese = nullptr, *system = nullptr;
        for (auto *a : menu.actions()) {
            if (a->data().toString() == QLatin1String("pt_BR"))
                portuguese = a;
            if (a->data().toString().isEmpty())
                system = a;
        }
        QVERIFY(portuguese && system);
        QVERIFY(system->isChecked());
        // The information box is modal: close it as soon as it shows.
        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        portuguese->trigger();
        QVERIFY(portuguese->isChecked());
        QVERIFY(!system->isChecked());
        QCOMPARE(QSettings().value(QLatin1String(languageSettingsKey)).toString(), QStringLiteral("pt_BR"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
