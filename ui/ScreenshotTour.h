#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ims {

class MainWindow;

// `ims-wizard --screenshots DIR`: walks through every page of every method with the bundled example
// requests (plus one page showing validation errors and the job dock after a submission) and saves
// one PNG per page. Works with QT_QPA_PLATFORM=offscreen.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &directory);
    void run();

signals:
    void finished(int failures);

private:
    bool save(const QString &name, QWidget *what = nullptr);
    QString submitExample(const QString &methodId, const QString &imageName);
    void tourJobsAndProfiles();

    MainWindow *m_window;
    QString m_directory;
    int m_failures = 0;
    int m_saved = 0;
};

} // namespace ims
