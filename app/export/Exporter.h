// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ims {

struct MethodSpec;
class Session;

struct ExportOptions
{
    QString region;               // "ap-southeast-1"; empty: each format names where it comes from instead
    QString endpoint;             // curl: the IMS endpoint when not the region's default (private clouds, the sandbox)
    const Session *session = nullptr; // curl: with a connection the request is signed as Session::curlCommand does
};

struct ExportResult
{
    QString text;         // what is shown, copied or saved
    QByteArray jsonInput; // koocli: the --cli-jsonInput file (also written into `text`)
    QString error;        // translated sentence when the request cannot be exported in this format
    bool ok() const { return error.isEmpty(); }
};

// Writes what the wizard built as code for another tool (issue 15, "Export what the wizard built").
// No export ever holds a secret: each names where its credentials come from. Where the target cannot
// express a method or a field, the export refuses with a sentence saying so rather than write
// something that would create a different image.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    virtual ~Exporter() = default;
    virtual QString formatId() const = 0;    // "terraform", "koocli", "curl", "python-sdk"
    virtual QString displayName() const = 0; // translated
    virtual QString fileSuffix() const = 0;  // "tf", "sh", "py"
    virtual ExportResult run(const MethodSpec &method, const QJsonObject &fields, const ExportOptions &options) const = 0;

    static QStringList formatIds();
    static std::unique_ptr<Exporter> create(const QString &formatId);
    // Region ids are lower-case letters, digits and dashes; anything else would end up inside code.
    static bool isValidRegion(const QString &region);
    // The refusal when a target has no place for a field the request sets.
    static QString noPlaceFor(const QString &target, const QString &fieldPath);
};

} // namespace ims
