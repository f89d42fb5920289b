// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "BatchCheckpoint.h"
#include "BatchCheckpointWriter.h"
#include "BatchInput.h"
#include "cloud/ApiError.h"
#include "jobs/JobRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ims {

class ImsClient;
class JobStore;
class Session;
class Submission;

// What one check says of a row: the shape of the pre-submit checks' results.
struct RowFinding
{
    enum class Verdict { Pass, Warning, Blocking, Skipped };
    Verdict verdict = Verdict::Pass;
    QString field;
    QString sentence;
};
using RowCheckDone = std::function<void(const QList<RowFinding> &findings)>;
// The one seam where a row is judged before anything is sent: called once per row, answers through
// `done` (now or later): the catalogue's validation (validationOnly()), then, for a valid row, the
// pre-submit checks against the account (accountChecks()), as the wizard's review page runs them.
using RowCheck = std::function<void(const BatchRow &row, const RowCheckDone &done)>;

// Checks every row of a batch, then sends the ready ones through a Session: never more than
// maxInFlight() create calls at once nor more than maxRunning() of its jobs unfinished, stopping
// early where the image quota would be exceeded; each create is sent once, never again by itself.
// What was sent is noted in the batch's checkpoint around each create call, and every job carries
// the batch and its row, so that running the same batch again resumes it: a row an earlier run sent
// is not sent again, one whose answer was never seen is recorded outcome-unknown.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int rows = 0, ready = 0, invalid = 0, sent = 0, running = 0, succeeded = 0, failed = 0, refused = 0, unknown = 0,
            notSent = 0, checking = 0, sending = 0;
    };

    // `store`: the job list the session's monitor writes (where earlier runs' jobs are looked up);
    // may be null (then only the checkpoint tells what was sent).
    BatchRunner(Session *session, JobStore *store, const BatchInput &input, QObject *parent = nullptr);

    static RowCheck validationOnly();
    // Validation, then PreSubmitChecks through `client` for a valid row: the default with a session.
    static RowCheck accountChecks(ImsClient *client);
    static constexpr int checksAtOnce = 4; // rows checked at the same time (each makes a few GETs)
    void setRowCheck(RowCheck check) { m_check = std::move(check); }
    static constexpr int defaultMaxInFlight = 4;
    static constexpr int defaultMaxRunning = 50;
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setMaxRunning(int n) { m_maxRunning = std::max(1, n); }
    int maxInFlight() const { return m_maxInFlight; }
    int maxRunning() const { return m_maxRunning; }
    void setCheckpointPath(const QString &path) { m_checkpointPath = path; }
    // Writes the checkpoint off this thread; a create waits for its "sending" note to be on disk.
    BatchCheckpointWriter *checkpointWriter() const { return m_writer; }

    // Takes up what earlier runs of this batch sent, then checks every other row; checked() at the end.
    void check();
    // Sends the ready rows; sendingFinished() once no create call is left to make or answer.
    void send();
    // No further create is sent (the ready rows become "not sent"); those in flight get their answers.
    void cancel();

    const BatchInput &input() const { return m_input; }
    const QList<BatchRow> &rows() const { return m_rows; }
    Counts counts() const;
    bool isChecking() const { return m_checking > 0 || m_nextToCheck < m_rows.size(); }
    bool isSending() const { return m_sending && !m_sendingDone; } // creates still to send or answer
    bool wasSent() const { return m_sending; }                      // send() was called
    int resumedRows() const { return m_resumedRows; } // rows an earlier run sent (not sent again)
    QString stopReason() const { return m_stopReason; } // why sending stopped before the end, if it did
    // The server's or the network's error that stopped it, when one did (sign-in refused, unreachable, quota).
    const std::optional<ApiError> &stopError() const { return m_stopError; }
    int createsSent() const { return m_createsSent; }
    int peakInFlight() const { return m_peakInFlight; }
    int quotaLeft() const { return m_quotaLeft; } // images still allowed when sending began; -1 unknown
    BatchMembership membershipFor(const BatchRow &row) const;

signals:
    void rowChanged(int index);
    void checked();
    void sendingFinished();
    void jobsFinished(); // every job the batch started has ended (after sendingFinished)

private:
    void restoreEarlierRuns();
    void checkNext();
    void pump();
    void takeAnswer(int index, Submission *submission);
    void takeJob(const QString &recordId);
    void stopRemaining(BatchRow::State state, const QString &sentence);
    void setState(int index, BatchRow::State state, const QString &sentence = QString(), const QString &field = QString());
    // Notes what was done with a row in the checkpoint (written off this thread).
    void note(int number, const BatchCheckpoint::Entry &entry);
    quint64 saveCheckpoint();
    void sendNoted(quint64 generation); // the creates whose "sending" note is now on disk go out
    void noteFailed(const QString &error);
    // The creates still waiting for their note are not sent after all: `sentence` says why.
    void dropAwaitingNotes(const QString &sentence);
    void sendCreate(int index);
    int imagesMadeBy(const BatchRow &row) const;
    int unfinishedJobs() const;
    void finishIfDone();

    QPointer<Session> m_session;
    JobStore *m_store;
    BatchInput m_input;
    QList<BatchRow> m_rows;
    RowCheck m_check;
    QString m_checkpointPath;
    BatchCheckpoint m_checkpoint;
    BatchCheckpointWriter *m_writer;
    QHash<int, quint64> m_awaitingNote; // row index → the generation its "sending" note is written in
    QHash<QString, int> m_rowOfRecord;
    int m_maxInFlight = defaultMaxInFlight;
    int m_maxRunning = defaultMaxRunning;
    int m_nextToCheck = 0;
    int m_checking = 0;
    bool m_checkedAnnounced = false;
    bool m_restored = false;
    bool m_sending = false;
    bool m_cancelled = false;
    bool m_sendingDone = false;
    bool m_jobsDone = false;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_createsSent = 0;
    int m_resumedRows = 0;
    int m_quotaLeft = -1;
    QString m_stopReason;
    std::optional<ApiError> m_stopError;
};

} // namespace ims
