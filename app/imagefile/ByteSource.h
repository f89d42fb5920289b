// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QByteArray>
#include <QString>

namespace ims {

// Where ImageInspector reads an image's bytes from: a local file, or the ranges of an OBS object
// fetched so far (RangeBuffer). The inspector asks only for the few ranges a header names.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // The whole file's (object's) length in bytes.
    virtual qint64 size() const = 0;
    // Up to `length` bytes from `offset`, fewer at the end; empty when the source cannot give them
    // (beyond the end, a read error, or a range a remote buffer does not hold yet).
    virtual QByteArray read(qint64 offset, qint64 length) = 0;
    // The file or object name, for "the name says qcow2" (may be empty).
    virtual QString name() const = 0;
};

} // namespace ims
