#include "MainWindow.h"

#include "catalogue/Catalogue.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ims {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("IMS Wizard"));
    auto *placeholder = new QLabel(this);
    placeholder->setObjectName(QStringLiteral("wizardPlaceholder"));
    placeholder->setAccessibleName(tr("Image creation wizard"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    QStringList titles;
    for (const auto &m : Catalogue::instance().methods())
        titles << m.displayTitle();
    placeholder->setText(tr("<h2>Create a private image</h2><p>The wizard will walk you through one of %n methods:</p><p>%1</p>",
                            nullptr, int(titles.size()))
                             .arg(titles.join(QLatin1String("<br>"))));
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Not connected"));
    resize(900, 640);
}

} // namespace ims
