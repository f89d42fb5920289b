// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QString>
#include <QUrl>

namespace ims {

// What `ims-wizard --version` and Help ▸ About say about the program: its version, the Qt it runs on
// and its licence (GPL-3.0-or-later: Qt HttpServer 6.4, which it links, is GPL-3.0-only; see LICENSE).
class ProgramInfo
{
public:
    // "ims-wizard 0.1.0 (Qt 6.4.2, GPL-3.0-or-later)": one line, the same with or without a display.
    static QString versionLine();
    static QString version();
    // The Qt the program runs on (qVersion()), which may be newer than the one it was built with.
    static QString qtVersion();
    // The SPDX identifier, e.g. GPL-3.0-or-later.
    static QString licenseId();
    // The licence text: Debian's copy when installed (readable offline), else the GNU project's page.
    static QUrl licenseUrl();
};

} // namespace ims
