// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The committed translations are complete, match the current sources, keep what must not be
// translated, and no user-visible text in ui/ bypasses tr(). Each failure names the entries.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(IMS_SOURCE_DIR);

struct Entry
{
    QString context, source, type; // type: "", "unfinished", "vanished" or "obsolete"
    QStringList translations;      // one, or one per numerus form
    qint64 line = 0;
    bool numerus = false;          // <message numerus="yes">: a %n text, <numerusform> per plural form
    QString where() const { return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source.left(90)); }
};

struct TsFile
{
    QString language;
    QList<Entry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            entry = Entry{context, {}, {}, {}, xml.lineNumber()};
            // numerus="yes" sits on <message>, not on <translation>: the translation then holds
            // one <numerusform> per plural form of the language instead of character data.
            entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            entry.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus) {
                entry.translations = {xml.readElementText()};
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        entry.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            }
            ts.entries << entry;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// How many plural forms lupdate/lrelease expect for a language (QLocale's plural rules).
int numerusForms(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? 1 : 2; // zh_CN: one form; pt_BR, en: singular, plural
}

QString tsPath(const QString &language)
{
    return sourceDir + QStringLiteral("/translations/ims-wizard_%1.ts").arg(language);
}

QString report(const QStringList &problems, const QString &hint)
{
    return QStringLiteral("%1 problem(s):\n  %2\n%3").arg(problems.size()).arg(problems.join(QLatin1String("\n  ")), hint);
}

const QString updateHint = QStringLiteral("Run `cmake --build build --target update_translations`, translate the "
                                          "new entries and remove the vanished ones (translations/README.md).");

QStringList matches(const QRegularExpression &re, const QString &s)
{
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

// The pattern of the ui/ heuristic: a string literal with letters handed straight to a
// visible text setter, a widget constructor or a message box.
const QRegularExpression &bypassPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:\\b(?:setText|setWindowTitle|setTitle|setSubTitle|setToolTip|setStatusTip|setWhatsThis|"
        "setPlaceholderText|setLabelText|showMessage|setAccessibleName|addAction|addMenu|setHorizontalHeaderLabels|"
        "setButtonText|setHeaderLabels|addItem|addTab|setTabText)\\s*\\("
        "|\\bnew\\s+Q(?:Label|PushButton|CheckBox|RadioButton|GroupBox|Action|Menu)\\s*\\("
        "|\\bQMessageBox::\\w+\\s*\\([^,]*,)"
        "\\s*(?:QStringLiteral\\s*\\(|QLatin1String\\s*\\(|QString::fromUtf8\\s*\\(|u)?\\s*\"[^\"]*[A-Za-z][^\"]*\""));
    return re;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    // No unfinished, vanished or obsolete entry, and no empty translation, in what is committed.
    void committedFileIsComplete_data() { languages_data(); }
    void committedFileIsComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY2(ts.entries.size() > 500, "the file lost most of its entries");
        QStringList problems;
        for (const auto &e : ts.entries) {
            if (!e.type.isEmpty())
                problems << e.type + QStringLiteral(": ") + e.where();
            else if (e.translations.isEmpty() || e.translations.contains(QString()))
                problems << QStringLiteral("empty: ") + e.where();
            else if (e.numerus && e.translations.size() != numerusForms(language))
                problems << QStringLiteral("%1 plural form(s) instead of %2: ").arg(e.translations.size()).arg(numerusForms(language)) + e.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems, updateHint)));
    }

    // The English file holds only the plural forms of the %n texts, "1 job" then "2 jobs".
    void englishPluralFormsAreFilled()
    {
        const TsFile ts = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, QStringLiteral("en"));
        QVERIFY2(!ts.entries.isEmpty(), "ims-wizard_en.ts has no plural entry");
        QStringList problems;
        for (const auto &e : ts.entries) {
            if (!e.numerus)
                problems << QStringLiteral("not a plural entry: ") + e.where();
            else if (!e.type.isEmpty())
                problems << e.type + QStringLiteral(": ") + e.where();
            else if (e.translations.size() != 2 || e.translations.contains(QString()))
                problems << QStringLiteral("needs two filled forms (singular, plural): ") + e.where();
            else
                for (const QString &t : e.translations)
                    if (!t.contains(QLatin1String("%n")) || t.contains(QLatin1String("(s)")))
                        problems << QStringLiteral("form \"%1\" lacks %n or still says (s): ").arg(t) + e.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems, QStringLiteral("Fill the <numerusform> pairs of ims-wizard_en.ts (translations/README.md)."))));
    }

    // lupdate over today's app/ and ui/ into a copy: a text added to the sources shows up as
    // unfinished, a text gone from them as vanished. The committed file is never touched.
    void sourcesMatchTranslations_data() { languages_data(); }
    void sourcesMatchTranslations()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(IMS_LUPDATE_PATH),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                       sourceDir + QStringLiteral("/app"), sourceDir + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
        // "lacks Q_OBJECT" means lupdate files a text under a context the program never looks up.
        QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")), qPrintable(output));

        const TsFile ts = readTs(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const auto &e : ts.entries) {
            if (e.type == QLatin1String("unfinished"))
                problems << QStringLiteral("in the sources, not translated: [%1] \"%2\"").arg(e.context, e.source);
            else if (!e.type.isEmpty())
                problems << QStringLiteral("translated, gone from the sources: [%1] \"%2\"").arg(e.context, e.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems, updateHint)));
    }

    // Placeholders, HTML tags, the one keyboard accelerator, the ellipsis and API values survive.
    void translationsKeepWhatMustNotChange_data() { languages_data(); }
    void translationsKeepWhatMustNotChange()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
        static const QRegularExpression html(QStringLiteral("</?(?:b|i|p|br|tt|h\\d|a|ul|ol|li|code|pre)\\b[^>]*>"));
        static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
        // What the API, the command line or the file system takes literally.
        static const QRegularExpression apiValue(QStringLiteral(
            "IMG\\.\\d{4}|IMS_WIZARD_\\w+|\\b[a-z]+(?:_[a-z0-9]+)+\\b|\\b[a-z]{2}_[A-Z]{2}\\b|(?<![\\w-])--[a-z][a-z-]*"
            "|\\b(?:GET|POST|PUT|PATCH|DELETE) /[\\w/{}.-]*\\w|/v\\d(?:\\.\\d)?/[\\w/]+|\\b(?:Linux|Windows|DataImage|ZVHD2|RAW|"
            "x86|true|false|bare|byol|platform|uefi|bios|X-Subject-Token|X-Sdk-Date|SUCCESS|FAIL)\\b"
            "|\\b\\w+(?:\\.\\w+)?\\.(?:qcow2|json|md)\\b|\\*\\.\\w+"));
        QStringList problems;
        for (const auto &e : ts.entries) {
            for (const QString &t : e.translations) {
                // Each plural form says the number: "%n tarefa", "%n tarefas".
                if (e.numerus && !t.contains(QLatin1String("%n")))
                    problems << QStringLiteral("a plural form lacks %n in %1: \"%2\"").arg(e.where(), t);
                auto differ = [&](const QRegularExpression &re, const char *what) {
                    QStringList s = matches(re, e.source), tr = matches(re, t);
                    s.removeDuplicates();
                    tr.removeDuplicates();
                    if (s != tr)
                        problems << QStringLiteral("%1 %2 became %3 in %4: \"%5\"")
                                        .arg(QLatin1String(what), s.join(QLatin1Char(' ')), tr.join(QLatin1Char(' ')), e.where(), t);
                };
                differ(placeholder, "placeholders");
                differ(html, "HTML tags");
                const auto want = matches(accelerator, e.source).size(), got = matches(accelerator, t).size();
                if (want != got)
                    problems << QStringLiteral("%1 accelerator(s) became %2 in %3: \"%4\"").arg(want).arg(got).arg(e.where(), t);
                if (e.source.endsWith(QChar(0x2026)) != t.endsWith(QChar(0x2026)))
                    problems << QStringLiteral("the closing \"…\" differs in %1: \"%2\"").arg(e.where(), t);
                for (const QString &v : matches(apiValue, e.source))
                    if (!t.contains(v))
                        problems << QStringLiteral("API value \"%1\" is missing in %2: \"%3\"").arg(v, e.where(), t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems, QString())));
    }

    // The heuristic catches the usual ways round tr() and leaves tr() and non-text literals alone.
    void bypassPatternIsPrecise_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("bypass");
        QTest::newRow("setText literal") << QStringLiteral("m_label->setText(QStringLiteral(\"Saved\"));") << true;
        QTest::newRow("setWindowTitle literal") << QStringLiteral("setWindowTitle(QStringLiteral(\"IMS Wizard\"));") << true;
        QTest::newRow("plain literal") << QStringLiteral("b->setToolTip(\"Remove\");") << true;
        QTest::newRow("message box") << QStringLiteral("QMessageBox::warning(this, QStringLiteral(\"Error\"), msg);") << true;
        QTest::newRow("new QLabel") << QStringLiteral("auto *l = new QLabel(QStringLiteral(\"Name:\"), this);") << true;
        QTest::newRow("addAction") << QStringLiteral("menu->addAction(QStringLiteral(\"&Quit\"));") << true;
        QTest::newRow("tr") << QStringLiteral("m_label->setText(tr(\"Saved\"));") << false;
        QTest::newRow("message box tr") << QStringLiteral("QMessageBox::warning(this, tr(\"Error\"), msg);") << false;
        QTest::newRow("no letters") << QStringLiteral("m_label->setText(QStringLiteral(\" — \"));") << false;
        QTest::newRow("object name") << QStringLiteral("w->setObjectName(QStringLiteral(\"addTag\"));") << false;
        QTest::newRow("variable") << QStringLiteral("menu->addAction(name);") << false;
    }
    void bypassPatternIsPrecise()
    {
        QFETCH(QString, line);
        QFETCH(bool, bypass);
        QCOMPARE(bypassPattern().match(line).hasMatch(), bypass);
    }

    // A heuristic: no user-visible string literal in ui/ bypasses tr().
    void uiTextsGoThroughTr()
    {
        const QRegularExpression &literal = bypassPattern();
        QStringList problems;
        QDirIterator it(sourceDir + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            int n = 0;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                ++n;
                const auto m = literal.match(line);
                if (m.hasMatch())
                    problems << QStringLiteral("%1:%2: %3").arg(path.mid(sourceDir.size() + 1)).arg(n).arg(m.captured(0));
            }
        }
        QVERIFY(files > 10);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems, QStringLiteral("Wrap these texts in tr()."))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
