// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QHash>
#include <QString>

namespace ims {

// What a batch has sent, kept so that a killed batch resumes without sending a row twice: a small JSON
// file under dataDirectory()/batches (next to the job list), one per batch id, replaced atomically
// (QSaveFile) at each change. A row is noted "sending" before its create call goes out and with its
// outcome after; a row found "sending" on resume was sent but its answer never seen: outcome unknown.
struct BatchCheckpoint
{
    struct Entry
    {
        enum class Step { Sending, Sent, Created, Refused, OutcomeUnknown };
        Step step = Step::Sending;
        QString recordId; // the job list's id (Sent, OutcomeUnknown)
        QString imageId;  // Created (native metadata)
        QString sentence; // Refused: why
    };

    QString batchId;
    QHash<int, Entry> rows; // row number → what was done

    // In the batches folder beside the job list at `jobListPath` (empty: the default job list's).
    static QString pathFor(const QString &batchId, const QString &jobListPath = QString());
    // An absent or unreadable file is an empty checkpoint: nothing was sent.
    static BatchCheckpoint load(const QString &path);
    bool save(const QString &path, QString *error) const;
};

} // namespace ims
