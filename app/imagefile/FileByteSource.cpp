// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "FileByteSource.h"

#include <QFileInfo>

namespace ims {

FileByteSource::FileByteSource(const QString &path)
    : m_file(path)
{
}

bool FileByteSource::open()
{
    return m_file.open(QIODevice::ReadOnly);
}

qint64 FileByteSource::size() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

QByteArray FileByteSource::read(qint64 offset, qint64 length)
{
    if (!m_file.isOpen() || offset < 0 || length <= 0 || offset >= m_file.size())
        return {};
    if (!m_file.seek(offset))
        return {};
    return m_file.read(qMin(length, m_file.size() - offset));
}

QString FileByteSource::name() const
{
    return QFileInfo(m_file.fileName()).fileName();
}

} // namespace ims
