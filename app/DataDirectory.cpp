// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "DataDirectory.h"

#include <QStandardPaths>

namespace ims {

QString dataDirectory()
{
    return qEnvironmentVariableIsSet("IMS_WIZARD_DATA_DIR")
               ? qEnvironmentVariable("IMS_WIZARD_DATA_DIR")
               : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ims-wizard");
}

} // namespace ims
