// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace bench {

// Ends the program once `widget` has received its first paint event and that paint has been flushed,
// i.e. the page is on screen (or in the offscreen backing store) and not only shown: the end point of
// the start-up figure. It ends there at once (std::_Exit, at the first posted event after the paint):
// neither what a program does after its first paint nor quitting and tearing it down is part of
// "start to first page painted". `atPaint` runs just before (a figure to print).
// With `quit` false it only tells, when the program ends, whether the widget was painted at all
// (what a "quit after the first page" that does not wait for the paint really measured).
inline void watchFirstPaint(QWidget *widget, bool quit, std::function<void()> atPaint = {})
{
    struct Watch : QObject
    {
        bool quit = true;
        bool painted = false;
        std::function<void()> atPaint;
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
                    // Queued (normal priority): after the rest of this paint and its flush.
                    QMetaObject::invokeMethod(qApp, [atPaint = atPaint] {
                        if (atPaint)
                            atPaint();
                        std::printf("first paint\n");
                        std::fflush(stdout);
                        std::_Exit(0);
                    }, Qt::QueuedConnection);
                }
            }
            return false;
        }
    };
    auto *watch = new Watch(widget);
    watch->quit = quit;
    watch->atPaint = std::move(atPaint);
    widget->installEventFilter(watch);
}

} // namespace bench
