// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QFile>
#include <QIODevice>

namespace ims {

// A read-only window [offset, offset + length) of a file as a device of its own: what an upload part's
// PUT reads as it sends. Reads go straight to the file, so memory holds only the network layer's
// buffer, never the part.
class FileWindow : public QIODevice
{
    Q_OBJECT
public:
    FileWindow(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    // Opens the file read-only; false when it cannot be read or is shorter than the window.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_length; }

    // The window's MD5, read through a small buffer (Content-MD5 must be known before the body goes).
    static QByteArray md5(const QString &path, qint64 offset, qint64 length, bool *ok);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace ims
