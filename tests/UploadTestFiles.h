// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

// What the upload tests share: files of random bytes to send, and the MD5 to compare an object with.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

namespace ims::test {

// Writes `size` random bytes to `path`; returns the path, empty when it cannot be written.
inline QString writeRandomFile(const QString &path, qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != size)
        return {};
    return path;
}

// The file's MD5 in hex, as the sandbox's objectMd5() gives an object's.
inline QByteArray md5Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Md5);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return h.result().toHex();
}

} // namespace ims::test
