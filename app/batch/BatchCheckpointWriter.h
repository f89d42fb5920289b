// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "BatchCheckpoint.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <functional>
#include <optional>

class QThread;

namespace ims {

// Writes a batch's checkpoint on a thread of its own, so that its disk sync (one per change) never
// holds up the window or the network. write() returns at once with a generation number; written(N)
// says that the state of generation N, and so every state noted before it, is on disk: the whole
// checkpoint is one file, so when several states wait only the newest is written. A create call
// waits for the written() of its "sending" note, which is what keeps a killed batch from sending a
// row twice. Lives in the thread that made it (signals arrive there); the destructor writes what
// still waits before it returns, so that nothing noted is lost when a batch is closed.
class BatchCheckpointWriter : public QObject
{
    Q_OBJECT
public:
    using Save = std::function<bool(const BatchCheckpoint &state, const QString &path, QString *error)>;

    explicit BatchCheckpointWriter(QObject *parent = nullptr);
    ~BatchCheckpointWriter() override;

    // Queues `state` to be written to `path`; the newest queued state wins. Returns its generation.
    quint64 write(const BatchCheckpoint &state, const QString &path);
    quint64 lastWritten() const { return m_lastWritten; } // as the signals have reported it
    // How a state reaches the disk (BatchCheckpoint::save by default); tests slow it or make it fail.
    void setSave(Save save);

signals:
    void written(quint64 generation);
    void failed(quint64 generation, const QString &error);

private:
    void run(); // the writing thread's loop

    QThread *m_thread = nullptr;
    QMutex m_mutex; // guards everything below it
    QWaitCondition m_wake;
    std::optional<BatchCheckpoint> m_waiting;
    QString m_waitingPath;
    quint64 m_waitingGeneration = 0;
    quint64 m_generation = 0;
    bool m_stopping = false;
    Save m_save;
    quint64 m_lastWritten = 0; // touched only in the owning thread
};

} // namespace ims
