// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImagePluginWarmUp.h"

#include <QImageReader>
#include <QThreadPool>

namespace ims {

void startLoadingImagePlugins()
{
    // supportedImageFormats() loads every plugin to ask what it reads (QImageReader is reentrant; Qt's
    // plugin loader is shared under a lock and gives each plugin to the main thread).
    QThreadPool::globalInstance()->start([] { QImageReader::supportedImageFormats(); });
}

} // namespace ims
