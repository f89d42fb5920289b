// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "LocalFileEditor.h"

#include "imagefile/FileByteSource.h"
#include "imagefile/ImageInspector.h"
#include "RunInBackground.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace ims {

LocalFileEditor::LocalFileEditor(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_summary(new QLabel(this))
{
    m_path->setObjectName(QStringLiteral("localFilePath"));
    m_path->setAccessibleName(tr("Image file on this computer"));
    m_path->setPlaceholderText(tr("/path/to/disk.qcow2"));
    m_browse->setObjectName(QStringLiteral("localFileBrowse"));
    m_browse->setAccessibleName(tr("Choose the image file"));
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_summary->setAccessibleName(tr("What the file's headers say"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setMinimumHeight(80);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(m_browse, 0, 2);
    layout->addWidget(m_summary, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the image file"), QFileInfo(filePath()).absolutePath(),
            tr("Disk images (*.qcow2 *.qcow *.vmdk *.vhd *.vhdx *.vdi *.qed *.raw *.img *.iso *.zvhd *.zvhd2);;All files (*)"));
        if (!path.isEmpty())
            setFilePath(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &LocalFileEditor::inspect);
}

QString LocalFileEditor::filePath() const
{
    return m_path->text().trimmed();
}

void LocalFileEditor::setFilePath(const QString &path)
{
    m_path->setText(path);
}

ImportAdvice LocalFileEditor::advice() const
{
    return m_info ? ImportAdvice::forImage(*m_info) : ImportAdvice{};
}

bool LocalFileEditor::isUsable() const
{
    return m_info && !m_info->blocksImport() && advice().possible;
}

void LocalFileEditor::inspect()
{
    m_info.reset();
    const int generation = ++m_generation;
    const QString path = filePath();
    const QFileInfo file(path);
    if (path.isEmpty() || !file.isFile()) {
        m_summary->setText(path.isEmpty() ? tr("Choose the disk image file to upload.") : tr("There is no file %1.").arg(path.toHtmlEscaped()));
        emit changed();
        return;
    }
    m_summary->setText(tr("Reading the file's headers…"));
    emit changed();
    // Read on a worker thread; the answer comes back to this (living) widget only.
    struct Inspection
    {
        std::optional<ImageInfo> info;
        QString problem;
    };
    runInBackground(
        this,
        [path] {
            Inspection done;
            FileByteSource source(path);
            if (!source.open())
                done.problem = source.errorString();
            else
                done.info = ImageInspector::inspect(source);
            return done;
        },
        [this, generation, path](const Inspection &done) {
            if (generation != m_generation)
                return;
            if (!done.info) {
                m_summary->setText(tr("%1 cannot be read: %2").arg(path.toHtmlEscaped(), done.problem.toHtmlEscaped()));
                emit changed();
                return;
            }
            m_info = *done.info;
            show(*done.info);
        });
}

void LocalFileEditor::show(const ImageInfo &info)
{
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) { return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); };
    QStringList lines;
    lines << tr("Format: <b>%1</b>%2").arg(formatName(info.format), info.subformat.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info.subformat.toHtmlEscaped()));
    lines << tr("Virtual disk size: <b>%1</b> (%2 bytes); file size %3")
                 .arg(info.virtualSize >= 0 ? size(info.virtualSize) : tr("unknown"))
                 .arg(locale.toString(info.virtualSize), size(info.fileSize));
    const ImportAdvice a = ImportAdvice::forImage(info);
    lines << (a.possible ? tr("Method: <b>%1</b>").arg(a.reason.toHtmlEscaped()) : QStringLiteral("<b>%1</b>").arg(a.reason.toHtmlEscaped()));
    for (const auto &p : info.problems)
        lines << QStringLiteral("%1 %2").arg(p.blocks() ? tr("<b>Cannot be imported:</b>") : tr("Note:"), p.message.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    emit changed();
}

} // namespace ims
