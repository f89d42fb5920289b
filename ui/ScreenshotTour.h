// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QObject>
#include <QSize>
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
    ScreenshotTour(MainWindow *window, const QString &directory, QSize size = defaultSize());
    void run();
    // The window size of the pictures in docs/screenshots/ (--screenshot-size changes it).
    static QSize defaultSize() { return {1280, 800}; }
    // "800x600" → 800×600; an invalid size for anything else.
    static QSize parseSize(const QString &text);

signals:
    void finished(int failures);

private:
    bool save(const QString &name, QWidget *what = nullptr);
    QString submitExample(const QString &methodId, const QString &imageName);
    void tourJobsAndProfiles();

    MainWindow *m_window;
    QString m_directory;
    QSize m_size;
    int m_failures = 0;
    int m_saved = 0;
};

} // namespace ims
