// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace ims {

// Help ▸ User guide (F1): docs/user-guide.md rendered inside the program, with its screenshots, so it
// needs nothing on the desktop that opens Markdown. Links to other sections scroll; web links open
// in the browser.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Where the guide is: the installed copy (/usr/share/doc/ims-wizard), next to the program, or the
    // source tree's docs/. Empty when none is found.
    static QString guidePath();
    // False when no guide was found (the window then says where it should be).
    bool hasGuide() const { return m_found; }
    QTextBrowser *browser() const { return m_browser; }
    static QString anchorFor(const QString &heading);
    // Scrolls to a heading, by its anchor (anchorFor()).
    void showSection(const QString &anchor);

private:
    void decorate();
    void follow(const QUrl &link);

    QTextBrowser *m_browser;
    bool m_found = false;
};

} // namespace ims
