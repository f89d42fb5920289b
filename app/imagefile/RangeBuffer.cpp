// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RangeBuffer.h"

#include "ImageInspector.h"

namespace ims {

// The first fetch must hold everything the inspector's first read asks for.
static_assert(RangeBuffer::headBytes >= ImageInspector::maxHeaderRead);

RangeBuffer::RangeBuffer(const QString &name, qint64 size)
    : m_name(name)
    , m_size(qMax<qint64>(0, size))
{
}

QList<RangeBuffer::Range> RangeBuffer::initialRanges(qint64 size)
{
    QList<Range> out{{0, qMin(headBytes, size)}};
    if (size > headBytes)
        out.append({qMax(headBytes, size - tailBytes), size - qMax(headBytes, size - tailBytes)});
    return out;
}

void RangeBuffer::add(qint64 offset, const QByteArray &bytes)
{
    if (offset < 0 || bytes.isEmpty())
        return;
    m_chunks.append({offset, bytes});
}

QByteArray RangeBuffer::read(qint64 offset, qint64 length)
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return {};
    length = qMin(length, m_size - offset);
    for (const auto &c : m_chunks) {
        if (offset >= c.first && offset + length <= c.first + c.second.size())
            return c.second.mid(offset - c.first, length);
    }
    for (const auto &r : m_missing)
        if (r.first == offset && r.second == length)
            return {};
    m_missing.append({offset, length});
    return {};
}

} // namespace ims
