// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FileWindow.h"

#include <QCryptographicHash>

namespace ims {

FileWindow::FileWindow(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent), m_file(path), m_offset(offset), m_length(length)
{
}

bool FileWindow::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly) || m_file.size() < m_offset + m_length)
        return false;
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FileWindow::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileWindow::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos);
}

qint64 FileWindow::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return -1;
    // Reads follow each other: seek only when the reader went elsewhere (a rewind, a retried part).
    if (m_file.pos() != m_offset + pos() && !m_file.seek(m_offset + pos()))
        return -1;
    return m_file.read(data, std::min(left, maxSize));
}

QByteArray FileWindow::md5(const QString &path, qint64 offset, qint64 length, bool *ok)
{
    FileWindow window(path, offset, length);
    QCryptographicHash hash(QCryptographicHash::Md5);
    *ok = window.open(QIODevice::ReadOnly) && hash.addData(&window) && window.pos() == length;
    return hash.result();
}

} // namespace ims
