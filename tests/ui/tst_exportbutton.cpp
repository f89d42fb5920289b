// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The review page's "Export ▸" button used from the keyboard, as a person without a mouse does:
// Tab to it, open its menu, pick a format and "Copy to clipboard"; a refusal is shown on the page.
#include "UiTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

using namespace ims;
using namespace ims::test;

namespace {

// Presses keys in the menus that open (menus run their own event loop): each step waits until
// a popup with the expected title or object name is the active one.
void pressInMenus(const QList<QPair<QString, QList<Qt::Key>>> &steps)
{
    auto *timer = new QTimer;
    auto index = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, index, steps] {
        if (*index >= steps.size()) {
            timer->deleteLater();
            return;
        }
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!popup || popup->objectName() != steps.at(*index).first)
            return;
        // Typed at the window that has the keyboard, as a person's keys arrive: with a menu open, Qt
        // hands them to the menu (it grabs the keyboard), not to the focus widget below it.
        for (Qt::Key k : steps.at(*index).second)
            QTest::keyClick(QApplication::focusWidget()->window()->windowHandle(), k);
        ++*index;
    });
    timer->start(20);
}

} // namespace

class tst_ExportButton : public QObject
{
    Q_OBJECT

private:
    QAbstractButton *toReview(MainWindow &window, const QString &methodId)
    {
        ImageWizard *w = window.wizard();
        w->restart();
        w->loadRequest(methodId, example(methodId));
        for (int guard = 0; w->currentId() != ImageWizard::ReviewPageId && guard < 8; ++guard)
            QTest::mouseClick(nextButton(w), Qt::LeftButton);
        return w->currentPage()->findChild<QPushButton *>(QStringLiteral("exportButton"));
    }

    // Tab from "Copy as curl" until the export button has the focus.
    bool tabToExport(QAbstractButton *exportButton)
    {
        auto *copy = exportButton->parentWidget()->findChild<QAbstractButton *>(QStringLiteral("copyCurl"));
        copy->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 6 && QApplication::focusWidget() != exportButton; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == exportButton;
    }

private slots:
    void copyTerraformWithTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractButton *button = toReview(window, QStringLiteral("ecs-system"));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QStringLiteral("Export"));
        QVERIFY(tabToExport(button));
        QGuiApplication::clipboard()->clear();
        // Menu: Terraform is the first format; its submenu's first entry copies.
        pressInMenus({{QStringLiteral("exportMenu"), {Qt::Key_Down, Qt::Key_Right}},
                      {QStringLiteral("exportMenu-terraform"), {Qt::Key_Return}}});
        QCOMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 5000);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(QLatin1String("resource \"huaweicloud_ims_ecs_system_image\" \"image\" {")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("instance_id = \"877a2cda-ba63-4e1e-b95f-e67e48b6129a\"")));
        auto *status = window.wizard()->currentPage()->findChild<QLabel *>(QStringLiteral("submitStatus"));
        QVERIFY(status->text().contains(QLatin1String("clipboard")));

        // With every button of the row shown (after a submission), the page still fits 800×600.
        QWidget *page = window.wizard()->currentPage();
        page->findChild<QWidget *>(QStringLiteral("createAnother"))->setVisible(true);
        const QSize hint = page->minimumSizeHint();
        QVERIFY2(hint.width() <= 760 && hint.height() <= 480, qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    }

    void aFormatThatCannotExpressTheMethodSaysSo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractButton *button = toReview(window, QStringLiteral("quick-data"));
        QVERIFY(button);
        QVERIFY(tabToExport(button));
        QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
        pressInMenus({{QStringLiteral("exportMenu"), {Qt::Key_Down, Qt::Key_Right}},
                      {QStringLiteral("exportMenu-terraform"), {Qt::Key_Return}}});
        QCOMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        auto *status = window.wizard()->currentPage()->findChild<QLabel *>(QStringLiteral("submitStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("no resource")), 5000);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
        // The same request as KooCLI works: the second format.
        pressInMenus({{QStringLiteral("exportMenu"), {Qt::Key_Down, Qt::Key_Down, Qt::Key_Right}},
                      {QStringLiteral("exportMenu-koocli"), {Qt::Key_Return}}});
        QCOMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().contains(QLatin1String("hcloud IMS ImportImageQuick")), 5000);
    }
};

QTEST_MAIN(tst_ExportButton)
#include "tst_exportbutton.moc"
