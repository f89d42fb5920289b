// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "export/Exporter.h"

#include <QPushButton>

#include <functional>

namespace ims {

// The review page's "Export ▸" button: a menu with the four export formats (app/export), each to
// copy to the clipboard or save to a file. The page supplies what to export when it is chosen.
class ExportButton : public QPushButton
{
    Q_OBJECT
public:
    struct Source
    {
        const MethodSpec *method = nullptr;
        QJsonObject fields;
        ExportOptions options;
    };

    explicit ExportButton(std::function<Source()> source, QWidget *parent = nullptr);

signals:
    // What happened, for the page's status line; `error` when nothing was exported.
    void finished(const QString &message, bool error);

private:
    void exportTo(const QString &formatId, bool toFile);

    std::function<Source()> m_source;
};

} // namespace ims
