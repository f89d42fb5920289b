// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "MainWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "UiTestSupport.h"
#include "jobs/JobFilterModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsView.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QRadioButton>
#include <QDockWidget>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::test;

// Drives the real wizard by object name, as a user would, against the in-process sandbox.
class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Clicks into the field, selects what is there and types over it: keys go where a person's go.
    static void typeOver(QLineEdit *line, const QString &text)
    {
        line->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(line->window()));
        QTest::mouseClick(line, Qt::LeftButton);
        QVERIFY(QApplication::focusWidget() == line || QApplication::focusWidget() == line->parentWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        if (!line->text().isEmpty())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QCOMPARE(line->text(), text);
    }

    // Types a value into the field's editor the way a user would.
    static void fill(ImageWizard *w, const QString &key, const QJsonValue &value)
    {
        QWidget *editor = w->currentPage()->findChild<QWidget *>(QStringLiteral("edit_") + key);
        QVERIFY2(editor, qPrintable(QStringLiteral("no editor for ") + key));
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            typeOver(line, value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->isEditable()) {
                typeOver(combo->lineEdit(), value.toString());
                if (QApplication::focusWidget())
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // close the completer's list
            } else {
                const int index = combo->findData(value.toVariant());
                QVERIFY2(index >= 0, qPrintable(key));
                combo->setCurrentIndex(index);
            }
        } else if (auto *table = qobject_cast<QTableWidget *>(editor)) {
            const QJsonArray rows = value.toArray();
            auto *add = w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("addDataDisk"));
            for (int r = 0; r < rows.size(); ++r) {
                QTest::mouseClick(add, Qt::LeftButton);
                const QJsonObject row = rows[r].toObject();
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QString header = table->horizontalHeaderItem(c)->text();
                    for (auto it = row.begin(); it != row.end(); ++it) {
                        const FieldSpec *f = w->draft()->method()->field(key)->itemField(it.key());
                        if (!f || !header.startsWith(f->displayLabel()))
                            continue;
                        QStringList parts;
                        for (const auto &p : it.value().toArray())
                            parts << p.toString();
                        table->item(r, c)->setText(it.value().isArray() ? parts.join(QLatin1String(", "))
                                                   : it.value().isDouble() ? QString::number(it.value().toInteger())
                                                                           : it.value().toString());
                    }
                }
            }
        }
    }

    static void fillTags(ImageWizard *w, const QJsonObject &fields)
    {
        auto *mode = w->currentPage()->findChild<QComboBox *>(QStringLiteral("tagsMode"));
        auto *table = w->currentPage()->findChild<QTableWidget *>(QStringLiteral("tagsTable"));
        auto *add = w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("addTag"));
        QVERIFY(mode && table && add);
        const bool objects = fields.contains(QStringLiteral("image_tags"));
        mode->setCurrentIndex(objects ? 1 : 0);
        const bool native = w->draft()->methodId() == QLatin1String("native-metadata");
        int row = 0;
        for (const auto &v : fields.value(objects ? QStringLiteral("image_tags") : QStringLiteral("tags")).toArray()) {
            QTest::mouseClick(add, Qt::LeftButton);
            QString key = v.toObject().value(QStringLiteral("key")).toString(), value = v.toObject().value(QStringLiteral("value")).toString();
            if (!objects) {
                const QString s = v.toString();
                const QChar sep = native ? QLatin1Char('=') : QLatin1Char('.');
                key = s.section(sep, 0, 0);
                value = s.section(sep, 1);
            }
            table->item(row, 0)->setText(key);
            table->item(row, 1)->setText(value);
            ++row;
        }
    }

    static QJsonObject cliPreviewBody(const QString &methodId)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        RequestFile file;
        file.method = methodId;
        file.fields = example(methodId);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(file.toJson());
        f.close();
        QProcess cli;
        cli.start(QStringLiteral(IMS_CLI_PATH), {QStringLiteral("preview"), QStringLiteral("--json"), path});
        cli.waitForFinished(20000);
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("body")).toObject();
    }

private slots:
    void initTestCase() { qputenv("IMS_WIZARD_DATA_DIR", m_data.path().toUtf8()); }

    void everyMethodCanBeCompletedAgainstTheSandbox_data()
    {
        QTest::addColumn<QString>("methodId");
        for (const auto &m : Catalogue::instance().methods())
            QTest::newRow(qPrintable(m.id)) << m.id;
    }

    void everyMethodCanBeCompletedAgainstTheSandbox()
    {
        QFETCH(QString, methodId);
        MainWindow window;
        QVERIFY(window.useSandbox(0.5));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImageWizard *w = window.wizard();
        const QJsonObject fields = example(methodId);

        // Start page: the answer that leads to this method.
        auto *answer = w->findChild<QRadioButton *>(QStringLiteral("answer_") + methodId);
        QVERIFY(answer);
        QVERIFY(!nextButton(w)->isEnabled());
        answer->click();
        QCOMPARE(w->draft()->methodId(), methodId);
        QVERIFY(nextButton(w)->isEnabled());

        bool sawBlockedField = false;
        for (int guard = 0; guard < 6 && w->currentId() != ImageWizard::ReviewPageId; ++guard) {
            QTest::mouseClick(nextButton(w), Qt::LeftButton);
            const int page = w->currentId();
            if (page == ImageWizard::TagsPageId) {
                fillTags(w, fields);
                continue;
            }
            if (page != ImageWizard::SourcePageId && page != ImageWizard::ImagePageId)
                continue;
            // Fill every field of the example that is on this page.
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (w->currentPage()->findChild<QWidget *>(QStringLiteral("edit_") + it.key()) &&
                    !w->draft()->method()->field(it.key())->fixedValue.isString())
                    fill(w, it.key(), it.value());
            // A wrong value shows its message beside the field and blocks Next; fixing it unblocks.
            const QString probe = page == ImageWizard::ImagePageId && fields.contains(QStringLiteral("name")) ? QStringLiteral("name")
                                  : fields.contains(QStringLiteral("image_url")) && page == ImageWizard::SourcePageId ? QStringLiteral("image_url")
                                  : fields.contains(QStringLiteral("instance_id")) && page == ImageWizard::SourcePageId ? QStringLiteral("instance_id")
                                  : fields.contains(QStringLiteral("volume_id")) && page == ImageWizard::SourcePageId ? QStringLiteral("volume_id")
                                                                                                                       : QString();
            if (!probe.isEmpty()) {
                QVERIFY2(nextButton(w)->isEnabled(), qPrintable(QStringLiteral("page %1 of %2 not complete: %3").arg(page).arg(methodId, w->draft()->issues().value(0).message)));
                fill(w, probe, QStringLiteral("bad value <>!"));
                auto *verdict = w->currentPage()->findChild<QLabel *>(QStringLiteral("verdict_") + probe);
                QVERIFY(verdict);
                QVERIFY2(verdict->isVisible() && !verdict->text().isEmpty(), qPrintable(probe));
                QVERIFY(!nextButton(w)->isEnabled());
                fill(w, probe, fields.value(probe));
                QVERIFY(!verdict->isVisible());
                sawBlockedField = true;
            }
            QStringList problems;
            for (const auto &i : w->draft()->issues())
                problems << i.field + QLatin1Char(' ') + i.message;
            QVERIFY2(nextButton(w)->isEnabled(), qPrintable(problems.join(QLatin1String("; "))));
        }
        QVERIFY(sawBlockedField || methodId == QLatin1String("ecs-data"));
        QCOMPARE(w->currentId(), int(ImageWizard::ReviewPageId));

        // The review shows what the CLI previews for the same request file.
        const MethodSpec &method = *Catalogue::instance().method(methodId);
        QCOMPARE(RequestBuilder::body(method, w->draft()->fields()), RequestBuilder::body(method, fields));
        const QString text = w->reviewPage()->requestText();
        QVERIFY(text.contains(QStringLiteral("X-Auth-Token: ********")));
        const QJsonObject shownBody = QJsonDocument::fromJson(text.mid(text.indexOf(QStringLiteral("\n\n")) + 2).toUtf8()).object();
        QCOMPARE(shownBody, cliPreviewBody(methodId));

        auto *submit = w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
        QVERIFY(submit && submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        if (Catalogue::instance().method(methodId)->answer == Answer::Image) {
            QTRY_VERIFY_WITH_TIMEOUT(!w->reviewPage()->createdImageId().isEmpty(), 10000);
            QTRY_VERIFY(nextButton(w)->isEnabled()); // on to the upload page
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w->reviewPage()->submittedJobId().isEmpty(), 10000);
        JobListModel *model = window.jobModel();
        const QString jobId = w->reviewPage()->submittedJobId();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(jobId) >= 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(model->rowOf(jobId)).state, JobRecord::State::Success, 15000);
        // The Job Monitor window shows the same rows as the dock.
        window.showJobMonitorWindow();
        auto *monitorView = window.jobMonitorWindow()->findChild<QTreeView *>(QStringLiteral("jobMonitorTree"));
        QVERIFY(monitorView && monitorView->isVisible());
        auto *dockView = window.jobsDock()->findChild<QTreeView *>(QStringLiteral("jobsPanelTree"));
        QVERIFY(dockView && dockView->isVisible());
        // Each view filters on its own, over the one model.
        QCOMPARE(qobject_cast<QSortFilterProxyModel *>(monitorView->model())->sourceModel(),
                 qobject_cast<QSortFilterProxyModel *>(dockView->model())->sourceModel());
        const QModelIndex shown = window.jobMonitorView()->filter()->mapFromSource(model->index(model->rowOf(jobId), JobListModel::StateColumn));
        QCOMPARE(shown.data().toString(), QStringLiteral("Succeeded"));
    }

    void aNameTheServerRejectsIsShownAtTheField()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(0.5));
        window.show();
        ImageWizard *w = window.wizard();
        QJsonObject fields = example(QStringLiteral("ecs-system"));
        fields.insert(QStringLiteral("name"), QStringLiteral("web-sandbox-taken"));
        w->loadRequest(QStringLiteral("ecs-system"), fields);
        while (w->currentId() != ImageWizard::ReviewPageId)
            QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QTest::mouseClick(w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        // IMG.0009 concerns the name: the wizard goes back to the page that has it and says so there.
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ImageWizard::ImagePageId), 10000);
        auto *verdict = w->currentPage()->findChild<QLabel *>(QStringLiteral("verdict_name"));
        QVERIFY(verdict && verdict->isVisible());
        QVERIFY2(verdict->text().contains(QStringLiteral("IMG.0009")) && verdict->text().contains(QStringLiteral("Choose another image name")),
                 qPrintable(verdict->text()));
        QVERIFY(!nextButton(w)->isEnabled());
        fill(w, QStringLiteral("name"), QStringLiteral("web-golden-2"));
        QVERIFY(!verdict->isVisible());
        QVERIFY(nextButton(w)->isEnabled());
    }

    void aLocalFileIsUploadedIntoNativeMetadata()
    {
        MainWindow window;
        QVERIFY(window.useSandbox(0.5));
        window.show();
        ImageWizard *w = window.wizard();
        w->loadRequest(QStringLiteral("native-metadata"), example(QStringLiteral("native-metadata")));
        while (w->currentId() != ImageWizard::ReviewPageId)
            QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QTest::mouseClick(w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(nextButton(w)->isEnabled(), 10000);
        QTest::mouseClick(nextButton(w), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ImageWizard::UploadPageId));

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("disk.qcow2")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 16; ++i)
            file.write(QByteArray(1024 * 1024, char('a' + i)));
        file.close();
        auto *path = w->currentPage()->findChild<QLineEdit *>(QStringLiteral("uploadPath"));
        typeOver(path, file.fileName());
        QTest::mouseClick(w->currentPage()->findChild<QAbstractButton *>(QStringLiteral("uploadStart")), Qt::LeftButton);
        auto *status = w->currentPage()->findChild<QLabel *>(QStringLiteral("uploadStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is active")), 20000);
        QVERIFY(status->text().contains(QString::number(16 * 1024 * 1024)));
        QCOMPARE(w->currentPage()->findChild<QProgressBar *>(QStringLiteral("uploadProgress"))->value(), 1000);
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.show();
        ImageWizard *w = window.wizard();
        w->loadRequest(QStringLiteral("file-system"), example(QStringLiteral("file-system")));
        for (int i = 0; i < 4; ++i) {
            const QStringList unnamed = unnamedControls(w->currentPage());
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(w->currentId()) + unnamed.join(QStringLiteral(", "))));
            w->next();
        }
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
