// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ByteSource.h"

#include <QFile>

namespace ims {

// A local file as a ByteSource: each read is one seek and one read, never the whole file.
class FileByteSource : public ByteSource
{
public:
    explicit FileByteSource(const QString &path);
    // False with errorString() when the file cannot be opened for reading.
    bool open();
    QString errorString() const { return m_file.errorString(); }

    qint64 size() const override;
    QByteArray read(qint64 offset, qint64 length) override;
    QString name() const override;

private:
    QFile m_file;
};

} // namespace ims
