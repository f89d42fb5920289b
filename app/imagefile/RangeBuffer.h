// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ByteSource.h"

#include <QList>
#include <QPair>

namespace ims {

// The parts of a remote object (OBS) fetched so far, as a ByteSource. A read of bytes it does not
// hold returns nothing and is remembered, so the caller can fetch missing() with ranged GETs and
// inspect again: first initialRanges(), then at most a few more rounds (a VHDX's metadata, a VMDK's
// embedded descriptor, qcow2's tables lie beyond the first bytes).
class RangeBuffer : public ByteSource
{
public:
    using Range = QPair<qint64, qint64>; // offset, length

    RangeBuffer(const QString &name, qint64 size);
    // What to fetch first: the head (every header and an ISO's volume descriptor) and the last
    // 512 bytes (a fixed VHD's only footer).
    static QList<Range> initialRanges(qint64 size);

    void add(qint64 offset, const QByteArray &bytes);
    // The ranges asked for and not held, merged; cleared by clearMissing().
    QList<Range> missing() const { return m_missing; }
    void clearMissing() { m_missing.clear(); }

    qint64 size() const override { return m_size; }
    QByteArray read(qint64 offset, qint64 length) override;
    QString name() const override { return m_name; }

    static constexpr qint64 headBytes = 64 * 1024;
    static constexpr qint64 tailBytes = 512;

private:
    QString m_name;
    qint64 m_size = 0;
    QList<QPair<qint64, QByteArray>> m_chunks;
    QList<Range> m_missing;
};

} // namespace ims
