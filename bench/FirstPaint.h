// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

#include <cstdio>

namespace bench {

// Quits the program once `widget` has received its first paint event, i.e. the page is on screen
// (or in the offscreen backing store) and not only shown: the end point of the start-up figure.
// With `quit` false it only tells, when the program ends, whether the widget was painted at all
// (what a "quit after the first page" that does not wait for the paint really measured).
inline void watchFirstPaint(QWidget *widget, bool quit)
{
    struct Watch : QObject
    {
        bool quit = true;
        bool painted = false;
        using QObject::QObject;
        ~Watch() override
        {
            if (!quit)
                std::printf("painted before quitting: %s\n", painted ? "yes" : "no");
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !painted) {
                painted = true;
                if (quit) {
                    std::printf("first paint\n");
                    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
                }
            }
            return false;
        }
    };
    auto *watch = new Watch(widget);
    watch->quit = quit;
    widget->installEventFilter(watch);
}

} // namespace bench
