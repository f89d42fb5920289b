// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>

namespace ims {

// The folder that holds the job list, profiles and connections: $IMS_WIZARD_DATA_DIR when set (tests,
// several setups side by side, the CLI sandbox), else ~/.local/share/ims-wizard. One place decides,
// so that the desktop program and the CLI always agree.
QString dataDirectory();

} // namespace ims
