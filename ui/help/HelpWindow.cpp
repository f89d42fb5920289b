#include "HelpWindow.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
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
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    const QString path = guidePath();
    m_found = !path.isEmpty();
    if (m_found) {
        // Pictures are written as screenshots/x.png: relative to the guide's folder.
        m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
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
