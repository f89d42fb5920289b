#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "jobs/JobListModel.h"
#include "jobs/JobMonitor.h"
#include "wizard/ImageWizard.h"
#include "wizard/RequestDraft.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

namespace ims {

namespace {
void settle(int ms = 50)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString pageName(int id)
{
    switch (id) {
    case ImageWizard::StartPageId:
        return QStringLiteral("1-start");
    case ImageWizard::SourcePageId:
        return QStringLiteral("2-source");
    case ImageWizard::ImagePageId:
        return QStringLiteral("3-image");
    case ImageWizard::TagsPageId:
        return QStringLiteral("4-tags");
    case ImageWizard::ReviewPageId:
        return QStringLiteral("5-review");
    case ImageWizard::UploadPageId:
        return QStringLiteral("6-upload");
    }
    return QStringLiteral("page");
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
{
}

bool ScreenshotTour::save(const QString &name)
{
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
        ++m_failures;
        return false;
    }
    ++m_saved;
    return true;
}

void ScreenshotTour::run()
{
    QDir().mkpath(m_directory);
    m_window->resize(1280, 800);
    ImageWizard *wizard = m_window->wizard();
    for (const auto &method : Catalogue::instance().methods()) {
        QString error;
        const auto example = RequestFile::load(QStringLiteral(":/data/examples/%1.json").arg(method.id), &error);
        if (!example) {
            qWarning("%s", qPrintable(error));
            ++m_failures;
            continue;
        }
        wizard->restart();
        wizard->loadRequest(example->method, example->fields);
        for (int guard = 0; guard < 8; ++guard) {
            save(method.id + QLatin1Char('-') + pageName(wizard->currentId()));
            if (wizard->currentId() == ImageWizard::ReviewPageId)
                break;
            wizard->next();
        }
        if (method.id == QLatin1String("ecs-system")) {
            // Submit one to the sandbox and show the job running, then done, in the dock.
            wizard->findChild<QAbstractButton *>(QStringLiteral("submitButton"))->click();
            settle(400);
            save(QStringLiteral("ecs-system-5-review-submitted"));
            settle(1200);
            save(QStringLiteral("jobs-dock"));
        }
    }
    // One page showing what validation says about wrong values.
    wizard->restart();
    wizard->loadRequest(QStringLiteral("file-system"), QJsonObject{{QStringLiteral("name"), QStringLiteral(" bad name!")},
                                                                  {QStringLiteral("image_url"), QStringLiteral("My Bucket:centos 7.qcow2")},
                                                                  {QStringLiteral("min_disk"), 512},
                                                                  {QStringLiteral("is_quick_import"), true}});
    wizard->next();
    save(QStringLiteral("validation-errors-source"));
    wizard->next(); // stays: Next is disabled while the page is wrong
    save(QStringLiteral("validation-errors-source-next-blocked"));
    // The smallest screen the layout is made for.
    m_window->resize(1024, 768);
    wizard->restart();
    wizard->loadRequest(QStringLiteral("file-system"), RequestFile::load(QStringLiteral(":/data/examples/file-system.json"), nullptr)->fields);
    wizard->next();
    wizard->next();
    save(QStringLiteral("small-screen-1024x768-image"));
    qInfo("saved %d screenshots to %s", m_saved, qPrintable(m_directory));
    emit finished(m_failures);
}

} // namespace ims
