// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <thread>

namespace ims {

// Work that the first paint of the window needs and that can run beside the GUI thread's own start, on
// the machine's other cores. main() makes one first thing, before QApplication:
// - fontconfig reads its configuration and its font cache (about 28M instructions, 7 ms: a third of the
//   time to the first paint) on a thread of its own, while QApplication connects to the display and
//   the translations load. waitForFontconfig() before the first widget: Qt's font database then finds
//   fontconfig ready (were both to start it at once, fontconfig would do all the work twice).
// - once QApplication exists, startImagePlugins() loads Qt's image-format plugins on a pool thread. The
//   first image a Qt program reads (here the menu bar's "more menus" icon, made with the menu bar, and
//   the frame of the start page's group box, a PNG the Fusion style draws) makes Qt open every
//   image-format plugin to ask whether it wants the file: gif, ico, jpeg with libjpeg, svg with QtSvg,
//   1.2 ms on the GUI thread. QCoreApplication's destructor waits for the pool.
class StartupWarmUp
{
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    void waitForFontconfig();
    static void startImagePlugins();

private:
    std::thread m_fontconfig;
};

} // namespace ims
