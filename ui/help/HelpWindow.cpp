// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "HelpWindow.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ims {

QString HelpWindow::guidePath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QStringLiteral("/usr/share/doc/ims-wizard/user-guide.md"),
        appDir + QStringLiteral("/../share/doc/ims-wizard/user-guide.md"), // installed under another prefix
        appDir + QStringLiteral("/../../docs/user-guide.md"),              // build/bin of a source tree
        QStringLiteral(IMS_WIZARD_SOURCE_DOCS "/user-guide.md"),           // the tree this was built from
    };
    for (const auto &c : candidates)
        if (QFileInfo(c).isReadable())
            return QFileInfo(c).canonicalFilePath();
    return {};
}

// The anchor GitHub gives a heading ("4. The creation methods" → "4-the-creation-methods"): the
// guide's table of contents links to those.
QString HelpWindow::anchorFor(const QString &heading)
{
    QString slug;
    for (const QChar c : heading.trimmed().toLower())
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            slug += c;
        else if (c == QLatin1Char(' '))
            slug += QLatin1Char('-');
    return slug;
}

void HelpWindow::decorate()
{
    QTextDocument *doc = m_browser->document();
    constexpr int widestPicture = 560; // the screenshots are 1280 px: readable, and no sideways scrolling
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant data = m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = data.canConvert<QImage>() && data.typeId() == QMetaType::QImage ? data.value<QImage>()
                                                                                                : QImage::fromData(data.toByteArray());
            const QSize natural = picture.isNull() ? QSize() : picture.size();
            if (!natural.isValid() || natural.width() <= widestPicture)
                continue;
            image.setWidth(widestPicture);
            image.setHeight(double(natural.height()) * widestPicture / natural.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void HelpWindow::showSection(const QString &anchor)
{
    // The heading whose GitHub anchor this is (QTextBrowser's own anchors do not come from Markdown
    // headings).
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorFor(block.text()) == anchor) {
            // To the end first, then back to the heading: the heading ends up at the top.
            QTextCursor end(doc);
            end.movePosition(QTextCursor::End);
            m_browser->setTextCursor(end);
            m_browser->ensureCursorVisible();
            m_browser->setTextCursor(QTextCursor(block));
            m_browser->ensureCursorVisible();
            return;
        }
    }
}

void HelpWindow::follow(const QUrl &link)
{
    const QUrl current = m_browser->source();
    const QUrl target = current.resolved(link);
    if (!target.isLocalFile()) {
        QDesktopServices::openUrl(target);
        return;
    }
    if (target.adjusted(QUrl::RemoveFragment) != current.adjusted(QUrl::RemoveFragment))
        m_browser->setSource(target.adjusted(QUrl::RemoveFragment), target.path().endsWith(QLatin1String(".md"))
                                                                         ? QTextDocument::MarkdownResource
                                                                         : QTextDocument::UnknownResource);
    if (target.hasFragment())
        showSection(target.fragment());
}

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("IMS Wizard — User guide"));
    // A window of its own beside the main one (not modal): people read and click at the same time.
    setWindowFlag(Qt::Window);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links are followed here: the contents' "#section" links scroll (once the text is laid out),
    // another guide page opens in this window, web links in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::follow);

    const QString path = guidePath();
    m_found = !path.isEmpty();
    if (m_found) {
        // Pictures are written as screenshots/x.png: relative to the guide's folder.
        m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
        // Every (re)load: pictures fit the window.
        connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::decorate);
        m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    } else {
        m_browser->setPlainText(tr("The user guide was not found. It is installed as /usr/share/doc/ims-wizard/user-guide.md "
                                   "and is docs/user-guide.md in the source."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    home->setObjectName(QStringLiteral("helpHome"));
    home->setEnabled(m_found);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Readable on an 800×600 screen; the text wraps to whatever width is left.
    m_browser->setMinimumSize(320, 200);
    resize(760, 540);
}

} // namespace ims
