// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "MethodSpec.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ims {

// Judges a request's fields against the catalogue: every field rule, then the rules between fields.
// Pure and synchronous, cheap enough to run on every keystroke.
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
public:
    struct Options
    {
        // OS versions the server offers (GET /v1/cloudimages/os_version); empty = the bundled list.
        QStringList knownOsVersions;
    };

    static QList<ValidationIssue> validate(const MethodSpec &method, const QJsonObject &fields,
                                           const Options &options = {});
    // The issues about one field (and, for lists, its entries): what a field widget shows.
    static QList<ValidationIssue> issuesFor(const QList<ValidationIssue> &all, const QString &fieldPath);
};

} // namespace ims
