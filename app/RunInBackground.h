// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace ims {

// Runs `work` (a file read, a hash: disk work the GUI thread must not wait for) on a thread of its
// own, then calls `done` with its result in `receiver`'s thread, and only while `receiver` exists:
// the connection's context drops the call when the receiver is gone. A caller that may ask again
// before the answer comes keeps its own generation number and ignores stale answers in `done`.
template <typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    auto result = std::make_shared<std::optional<Result>>();
    QThread *worker = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, receiver, [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    worker->start();
}

} // namespace ims
