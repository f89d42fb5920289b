// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ExportButton.h"

#include "catalogue/MethodSpec.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>

namespace ims {

ExportButton::ExportButton(std::function<Source()> source, QWidget *parent)
    : QPushButton(tr("E&xport ▸"), parent)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("exportButton"));
    setAccessibleName(tr("Export"));
    setToolTip(tr("Write this request as Terraform, KooCLI, curl or Python SDK code. Secrets are never written."));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->setAccessibleName(tr("Export formats"));
    for (const QString &id : Exporter::formatIds()) {
        const auto exporter = Exporter::create(id);
        QMenu *sub = menu->addMenu(exporter->displayName());
        sub->setObjectName(QStringLiteral("exportMenu-") + id);
        QAction *copy = sub->addAction(tr("&Copy to clipboard"));
        copy->setObjectName(QStringLiteral("exportCopy-") + id);
        connect(copy, &QAction::triggered, this, [this, id] { exportTo(id, false); });
        QAction *save = sub->addAction(tr("&Save to file…"));
        save->setObjectName(QStringLiteral("exportSave-") + id);
        connect(save, &QAction::triggered, this, [this, id] { exportTo(id, true); });
    }
    setMenu(menu); // Space or Enter opens it; the arrow keys walk it
}

void ExportButton::exportTo(const QString &formatId, bool toFile)
{
    const Source s = m_source();
    const auto exporter = Exporter::create(formatId);
    if (!s.method || !exporter)
        return;
    const ExportResult r = exporter->run(*s.method, s.fields, s.options);
    if (!r.ok()) {
        emit finished(r.error, true);
        return;
    }
    if (!toFile) {
        QGuiApplication::clipboard()->setText(r.text);
        emit finished(tr("The %1 export is on the clipboard.").arg(exporter->displayName()), false);
        return;
    }
    const QString suggested = (formatId == QLatin1String("terraform") ? QStringLiteral("main") : s.method->id)
        + QLatin1Char('.') + exporter->fileSuffix();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the %1 export").arg(exporter->displayName()), suggested);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.text.toUtf8()) < 0 || !f.commit()) {
        emit finished(tr("Could not save %1: %2").arg(path, f.errorString()), true);
        return;
    }
    emit finished(tr("Saved the %1 export to %2.").arg(exporter->displayName(), path), false);
}

} // namespace ims
