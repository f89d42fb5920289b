// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

namespace ims {

// Starts loading Qt's image-format plugins on a pool thread, so that the GUI thread finds them loaded.
// The first image a Qt program reads (here the menu bar's "more menus" icon, made with the menu bar,
// and the frame of the start page's group box, a PNG the Fusion style draws) makes Qt 6.4 open every
// image-format plugin to ask whether it wants the file: gif, ico, jpeg with libjpeg, svg with QtSvg,
// 4.5M instructions on the GUI thread before the first paint. main() calls it right after QApplication
// exists; QCoreApplication's destructor waits for the pool, so the program never ends under a loading
// plugin.
void startLoadingImagePlugins();

} // namespace ims
