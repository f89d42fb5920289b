// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchCheckpointWriter.h"

#include <QMutexLocker>
#include <QThread>

namespace ims {

BatchCheckpointWriter::BatchCheckpointWriter(QObject *parent)
    : QObject(parent)
    , m_save([](const BatchCheckpoint &state, const QString &path, QString *error) { return state.save(path, error); })
{
    connect(this, &BatchCheckpointWriter::written, this, [this](quint64 generation) { m_lastWritten = std::max(m_lastWritten, generation); });
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("batch checkpoint"));
    m_thread->start();
}

BatchCheckpointWriter::~BatchCheckpointWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    // The loop writes a state still waiting before it ends: at most one small file.
    m_thread->wait();
    delete m_thread;
}

void BatchCheckpointWriter::setSave(Save save)
{
    QMutexLocker lock(&m_mutex);
    m_save = std::move(save);
}

quint64 BatchCheckpointWriter::write(const BatchCheckpoint &state, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_waiting = state;
    m_waitingPath = path;
    m_waitingGeneration = ++m_generation;
    m_wake.wakeAll();
    return m_generation;
}

void BatchCheckpointWriter::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_waiting && !m_stopping)
            m_wake.wait(&m_mutex);
        if (!m_waiting)
            return; // stopping, nothing left to write
        const BatchCheckpoint state = std::move(*m_waiting);
        m_waiting.reset();
        const QString path = m_waitingPath;
        const quint64 generation = m_waitingGeneration;
        const Save save = m_save;
        lock.unlock(); // write() goes on queueing newer states meanwhile
        QString error;
        const bool ok = save(state, path, &error);
        // Emitted here, received in the owner's thread (queued): the owner may act on them only there.
        if (ok)
            emit written(generation);
        else
            emit failed(generation, error);
        lock.relock();
    }
}

} // namespace ims
