// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "imagefile/ImageInfo.h"
#include "imagefile/ImportAdvice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ims {

// A disk image file on this computer and what its own headers say (issue 13): format, virtual size,
// problems, and the creation method that suits it. The file is read on a worker thread (a few small
// reads, but a file on a slow or network disk must not freeze the window). Serves File ▸ Upload to
// OBS… and the wizard's "a disk file on this computer".
class LocalFileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LocalFileEditor(QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    // Set once the current file has been read.
    const std::optional<ImageInfo> &info() const { return m_info; }
    ImportAdvice advice() const;
    // A readable file, inspected, with nothing that blocks an import.
    bool isUsable() const;
    QLineEdit *pathEdit() const { return m_path; }

signals:
    void changed();

private:
    void inspect();
    void show(const ImageInfo &info);

    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_summary;
    std::optional<ImageInfo> m_info;
    int m_generation = 0; // an answer for a file chosen before the current one is dropped
};

} // namespace ims
