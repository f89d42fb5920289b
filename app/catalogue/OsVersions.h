// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "FieldSpec.h"

#include <QString>
#include <QStringList>

namespace ims {

// The os_version values the program knows without a connection (bundled from the OTC table of
// "Values of Related Parameters", see ../shared/spec/ims-api.md §3), and the OS family rules.
class OsVersions
{
public:
    static const QStringList &bundled();
    static bool isKnown(const QString &osVersion);
    // Windows when the version names Windows, Linux otherwise ("Other(32 bit)" is Linux per the
    // OS version API example); Unknown for an empty string.
    static OsFamily familyOf(const QString &osVersion);
    // "Linux" / "Windows" / "Other" as the os_type field spells them.
    static OsFamily familyOfOsType(const QString &osType);
    // The platform the OS version API groups a version under ("Ubuntu", "Red Hat", "Huawei Cloud EulerOS").
    static QString platformOf(const QString &osVersion);
    // 32 for a version spelt "… 32bit" / "(32 bit)", 64 otherwise (the API's os_bit).
    static int bitsOf(const QString &osVersion);
};

} // namespace ims
