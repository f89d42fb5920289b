// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ims {

class CreateImageCall;

// One create call sent through a Session, and what came of it: a job (tracked in the job list), an
// image record (native metadata), a refusal (nothing was created; maybe about one field), or an
// outcome nobody knows (recorded, never re-sent).
class Submission : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, JobStarted, ImageCreated, Failed, OutcomeUnknown };

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    QString jobId() const { return m_jobId; }         // JobStarted
    QJsonObject image() const { return m_image; }     // ImageCreated: the native image record
    QString recordId() const { return m_recordId; }   // the job list's id (JobStarted, OutcomeUnknown)
    const std::optional<ApiError> &error() const { return m_error; } // Failed, OutcomeUnknown
    // The request field a refusal concerns ("name" for IMG.0009), empty when none or not refused.
    QString rejectedField() const { return m_rejectedField; }
    void abort();

signals:
    void finished();

private:
    friend class Session;
    explicit Submission(QObject *parent);

    QPointer<CreateImageCall> m_call;
    Outcome m_outcome = Outcome::Pending;
    QString m_jobId;
    QJsonObject m_image;
    QString m_recordId;
    std::optional<ApiError> m_error;
    QString m_rejectedField;
};

} // namespace ims
