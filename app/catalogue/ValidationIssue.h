// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QList>
#include <QString>

namespace ims {

// One verdict about one field of a request. `field` uses the path syntax users see in the CLI's
// output: "name", "data_images[1].min_disk", "tags[0]".
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    QString field;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const ValidationIssue &) const = default;
};

inline bool hasErrors(const QList<ValidationIssue> &issues)
{
    for (const auto &i : issues)
        if (i.isError())
            return true;
    return false;
}

} // namespace ims
