// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "StartupWarmUp.h"

#include <QImageReader>
#include <QThreadPool>

#include <fontconfig/fontconfig.h>

namespace ims {

StartupWarmUp::StartupWarmUp()
    // FcInit() is safe on any thread (fontconfig publishes its configuration atomically).
    : m_fontconfig([] { FcInit(); })
{
}

StartupWarmUp::~StartupWarmUp()
{
    waitForFontconfig();
}

void StartupWarmUp::waitForFontconfig()
{
    if (m_fontconfig.joinable())
        m_fontconfig.join();
}

void StartupWarmUp::startImagePlugins()
{
    // supportedImageFormats() loads every plugin to ask what it reads (QImageReader is reentrant; Qt's
    // plugin loader is shared under a lock and gives each plugin to the main thread).
    QThreadPool::globalInstance()->start([] { QImageReader::supportedImageFormats(); });
}

} // namespace ims
