// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchRunner.h"

#include "checks/PreSubmitChecks.h"

#include "catalogue/Catalogue.h"
#include "catalogue/RequestValidator.h"
#include "catalogue/ValidationIssue.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "session/Session.h"
#include "session/Submission.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBatch, "ims.batch", QtInfoMsg)

namespace ims {

namespace {

using Step = BatchCheckpoint::Entry::Step;

BatchRow::State rowStateOf(JobRecord::State s)
{
    switch (s) {
    case JobRecord::State::Init:
        return BatchRow::State::Sent;
    case JobRecord::State::Running:
        return BatchRow::State::Running;
    case JobRecord::State::Success:
        return BatchRow::State::Succeeded;
    case JobRecord::State::Fail:
        return BatchRow::State::Failed;
    case JobRecord::State::OutcomeUnknown:
    case JobRecord::State::Paused: // uploads only: a batch's create job never pauses
        break;
    }
    return BatchRow::State::OutcomeUnknown;
}

} // namespace

BatchRunner::BatchRunner(Session *session, JobStore *store, const BatchInput &input, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_input(input)
    , m_rows(input.rows)
    , m_check(session ? accountChecks(session->client()) : validationOnly())
    , m_checkpointPath(BatchCheckpoint::pathFor(input.id, store ? store->path() : QString()))
    , m_writer(new BatchCheckpointWriter(this))
{
    connect(m_writer, &BatchCheckpointWriter::written, this, &BatchRunner::sendNoted);
    connect(m_writer, &BatchCheckpointWriter::failed, this, [this](quint64, const QString &error) { noteFailed(error); });
    if (JobMonitor *monitor = session ? session->monitor() : nullptr) {
        connect(monitor, &JobMonitor::jobUpdated, this, &BatchRunner::takeJob);
        connect(monitor, &JobMonitor::jobFinished, this, &BatchRunner::takeJob);
    }
}

RowCheck BatchRunner::validationOnly()
{
    return [](const BatchRow &row, const RowCheckDone &done) {
        QList<RowFinding> findings;
        if (const MethodSpec *method = Catalogue::instance().method(row.methodId))
            for (const auto &issue : RequestValidator::validate(*method, row.fields))
                findings.append({issue.isError() ? RowFinding::Verdict::Blocking : RowFinding::Verdict::Warning, issue.field,
                                 QStringLiteral("%1: %2").arg(issue.field, issue.message)});
        done(findings);
    };
}

// A check's verdict is a row finding's of the same name.
static_assert(int(CheckResult::Verdict::Pass) == int(RowFinding::Verdict::Pass) && int(CheckResult::Verdict::Warning) == int(RowFinding::Verdict::Warning)
              && int(CheckResult::Verdict::Blocking) == int(RowFinding::Verdict::Blocking) && int(CheckResult::Verdict::Skipped) == int(RowFinding::Verdict::Skipped));

RowCheck BatchRunner::accountChecks(ImsClient *client)
{
    return [client = QPointer<ImsClient>(client)](const BatchRow &row, const RowCheckDone &done) {
        validationOnly()(row, [client, row, done](const QList<RowFinding> &invalid) {
            const MethodSpec *method = Catalogue::instance().method(row.methodId);
            const bool blocked = std::any_of(invalid.cbegin(), invalid.cend(),
                                             [](const RowFinding &f) { return f.verdict == RowFinding::Verdict::Blocking; });
            if (blocked || !method || !client)
                return done(invalid); // an invalid request is not worth asking the account about
            auto *checks = new PreSubmitChecks(client, *method, row.fields, client);
            QObject::connect(checks, &PreSubmitChecks::finished, checks, [checks, invalid, done] {
                QList<RowFinding> findings = invalid;
                for (const CheckResult &r : checks->results())
                    findings.append({RowFinding::Verdict(int(r.verdict)), r.field, r.sentence});
                checks->deleteLater();
                done(findings);
            });
            checks->start();
        });
    };
}

BatchMembership BatchRunner::membershipFor(const BatchRow &row) const
{
    return {m_input.id, m_input.name, row.number};
}

BatchRunner::Counts BatchRunner::counts() const
{
    Counts c;
    c.rows = int(m_rows.size());
    for (const auto &r : m_rows) {
        switch (r.state) {
        case BatchRow::State::Invalid:
            ++c.invalid;
            break;
        case BatchRow::State::Checking:
            ++c.checking;
            break;
        case BatchRow::State::Ready:
            ++c.ready;
            break;
        case BatchRow::State::Sending:
            ++c.sending;
            break;
        case BatchRow::State::Sent:
        case BatchRow::State::Running:
            ++c.running;
            break;
        case BatchRow::State::Succeeded:
            ++c.succeeded;
            break;
        case BatchRow::State::Failed:
            ++c.failed;
            break;
        case BatchRow::State::Refused:
            ++c.refused;
            break;
        case BatchRow::State::OutcomeUnknown:
            ++c.unknown;
            break;
        case BatchRow::State::NotSentQuota:
        case BatchRow::State::NotSent:
            ++c.notSent;
            break;
        }
        c.sent += r.isSent() && r.state != BatchRow::State::Sending;
    }
    return c;
}

void BatchRunner::setState(int index, BatchRow::State state, const QString &sentence, const QString &field)
{
    BatchRow &r = m_rows[index];
    r.state = state;
    if (!sentence.isNull())
        r.sentence = sentence;
    if (!field.isNull())
        r.field = field;
    emit rowChanged(index);
}

void BatchRunner::note(int number, const BatchCheckpoint::Entry &entry)
{
    m_checkpoint.rows.insert(number, entry);
    saveCheckpoint();
}

quint64 BatchRunner::saveCheckpoint()
{
    return m_writer->write(m_checkpoint, m_checkpointPath);
}

void BatchRunner::noteFailed(const QString &error)
{
    qCWarning(lcBatch) << "cannot write the batch checkpoint" << m_checkpointPath << error;
    if (m_stopReason.isEmpty())
        m_stopReason = tr("cannot note what was sent in %1 (%2): nothing more is sent, so that nothing is sent twice")
                           .arg(m_checkpointPath, error);
    if (!m_sending)
        return;
    // Creates still waiting for their note are not sent: nothing on disk would say they went out.
    dropAwaitingNotes(m_stopReason);
    stopRemaining(BatchRow::State::NotSent, m_stopReason);
    finishIfDone();
}

void BatchRunner::dropAwaitingNotes(const QString &sentence)
{
    for (auto it = m_awaitingNote.cbegin(); it != m_awaitingNote.cend(); ++it) {
        m_checkpoint.rows.remove(m_rows[it.key()].number);
        --m_inFlight;
        setState(it.key(), BatchRow::State::NotSent, sentence);
    }
    m_awaitingNote.clear();
}

void BatchRunner::sendNoted(quint64 generation)
{
    // In row order, as pump() chose them.
    QList<int> ready;
    for (auto it = m_awaitingNote.cbegin(); it != m_awaitingNote.cend(); ++it)
        if (it.value() <= generation)
            ready << it.key();
    std::sort(ready.begin(), ready.end());
    for (int index : std::as_const(ready)) {
        m_awaitingNote.remove(index);
        sendCreate(index);
    }
}

void BatchRunner::restoreEarlierRuns()
{
    m_restored = true;
    m_checkpoint = BatchCheckpoint::load(m_checkpointPath);
    m_checkpoint.batchId = m_input.id;
    QHash<int, JobRecord> jobs;
    if (m_store) {
        m_store->reload();
        for (const auto &r : m_store->records())
            if (r.batch.id == m_input.id)
                jobs.insert(r.batch.row, r);
    }
    JobMonitor *monitor = m_session ? m_session->monitor() : nullptr;
    bool changed = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        BatchRow &row = m_rows[i];
        if (row.state == BatchRow::State::Invalid)
            continue;
        if (jobs.contains(row.number)) {
            // The job list knows its job: whatever the checkpoint says, the create was answered.
            const JobRecord &r = jobs[row.number];
            row.recordId = r.id;
            row.jobId = r.jobId;
            row.state = rowStateOf(r.state);
            row.sentence = r.state == JobRecord::State::OutcomeUnknown ? r.failReason : QString();
            m_rowOfRecord.insert(r.id, i);
            if (m_checkpoint.rows.value(row.number).recordId != r.id) {
                m_checkpoint.rows.insert(row.number, {r.state == JobRecord::State::OutcomeUnknown ? Step::OutcomeUnknown : Step::Sent, r.id, {}, {}});
                changed = true;
            }
        } else if (m_checkpoint.rows.contains(row.number)) {
            BatchCheckpoint::Entry &e = m_checkpoint.rows[row.number];
            switch (e.step) {
            case Step::Sending: {
                // Sent by a run that ended before the answer came: it may have made the image.
                const QString why = tr("sent by an earlier run of this batch that stopped before the answer came; it may have "
                                       "created the image: look before sending it again");
                row.state = BatchRow::State::OutcomeUnknown;
                row.sentence = why;
                if (monitor && m_session) {
                    const JobRecord r = monitor->recordOutcomeUnknown(m_session->client(), row.methodId, row.fields, why, {}, membershipFor(row));
                    row.recordId = e.recordId = r.id;
                    monitor->flush();
                }
                e.step = Step::OutcomeUnknown;
                changed = true;
                break;
            }
            case Step::Sent:
                row.state = BatchRow::State::Sent;
                row.recordId = e.recordId;
                row.sentence = tr("sent by an earlier run (its job is no longer in the job list)");
                break;
            case Step::Created:
                row.state = BatchRow::State::Succeeded;
                row.imageId = e.imageId;
                break;
            case Step::Refused:
                row.state = BatchRow::State::Refused;
                row.sentence = e.sentence;
                break;
            case Step::OutcomeUnknown:
                row.state = BatchRow::State::OutcomeUnknown;
                row.recordId = e.recordId;
                break;
            }
        } else {
            continue;
        }
        row.sentBefore = true;
        ++m_resumedRows;
    }
    if (changed)
        saveCheckpoint();
}

void BatchRunner::check()
{
    if (!m_restored)
        restoreEarlierRuns();
    for (int i = 0; i < m_rows.size(); ++i)
        emit rowChanged(i);
    // A few at a time (checksAtOnce), each started from the event loop: a check may answer at once
    // (validation) or after network calls (the pre-submit checks); either way the window stays responsive.
    m_checkedAnnounced = false;
    QTimer::singleShot(0, this, &BatchRunner::checkNext);
}

void BatchRunner::checkNext()
{
    while (m_nextToCheck < m_rows.size() && m_rows[m_nextToCheck].state != BatchRow::State::Checking)
        ++m_nextToCheck;
    if (m_nextToCheck >= m_rows.size() || m_cancelled) {
        m_nextToCheck = int(m_rows.size());
        if (m_checking == 0 && !m_checkedAnnounced) { // once, however many checkNext calls were queued
            m_checkedAnnounced = true;
            emit checked();
        }
        return;
    }
    const int index = m_nextToCheck++;
    ++m_checking;
    if (m_checking < checksAtOnce)
        QTimer::singleShot(0, this, &BatchRunner::checkNext);
    m_check(m_rows[index], [this, index, guard = QPointer<BatchRunner>(this)](const QList<RowFinding> &findings) {
        if (!guard)
            return;
        --m_checking;
        const RowFinding *blocking = nullptr;
        const RowFinding *warning = nullptr;
        for (const auto &f : findings) {
            if (f.verdict == RowFinding::Verdict::Blocking && !blocking)
                blocking = &f;
            if (f.verdict == RowFinding::Verdict::Warning && !warning)
                warning = &f;
        }
        if (blocking)
            setState(index, BatchRow::State::Invalid, blocking->sentence, blocking->field);
        else
            setState(index, BatchRow::State::Ready, warning ? warning->sentence : QString(), warning ? warning->field : QString());
        QTimer::singleShot(0, this, &BatchRunner::checkNext);
    });
}

int BatchRunner::imagesMadeBy(const BatchRow &row) const
{
    // A system disk image with data disk files makes one image per data disk too; ecs-data makes one
    // per data disk and no system image (Creating an Image: data_images).
    const int dataDisks = int(row.fields.value(QStringLiteral("data_images")).toArray().size());
    if (row.methodId == QLatin1String("ecs-data"))
        return std::max(1, dataDisks);
    return 1 + dataDisks;
}

void BatchRunner::send()
{
    if (m_sending || !m_session)
        return;
    m_sending = true;
    m_sendingDone = m_jobsDone = false;
    // How many images the account may still make (GET /v1/cloudimages/quota): rows beyond that are
    // not sent. Unknown (the call failed): rows are sent and an IMG.0015 refusal stops the rest.
    auto *quota = new QuotaCall(m_session->client());
    connect(quota, &ApiCall::finished, this, [this, quota] {
        quota->deleteLater();
        m_quotaLeft = quota->succeeded() ? std::max(0, quota->quota() - quota->used()) : -1;
        qCInfo(lcBatch) << "quota left" << m_quotaLeft;
        pump();
    });
    quota->start();
}

int BatchRunner::unfinishedJobs() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += (r.state == BatchRow::State::Sent || r.state == BatchRow::State::Running) && !r.sentBefore;
    return n;
}

void BatchRunner::pump()
{
    if (!m_sending)
        return;
    QList<int> chosen; // rows whose "sending" note the write below carries
    for (int i = 0; i < m_rows.size() && !m_cancelled && m_stopReason.isEmpty(); ++i) {
        if (m_inFlight >= m_maxInFlight || unfinishedJobs() + m_inFlight >= m_maxRunning)
            break;
        BatchRow &row = m_rows[i];
        if (row.state != BatchRow::State::Ready)
            continue;
        const MethodSpec *method = Catalogue::instance().method(row.methodId);
        if (!method)
            continue;
        if (m_quotaLeft >= 0) {
            if (imagesMadeBy(row) > m_quotaLeft) {
                m_stopReason = tr("the image quota would be exceeded: the rows from %1 on are not sent").arg(row.source);
                stopRemaining(BatchRow::State::NotSentQuota, tr("not sent: the image quota would be exceeded"));
                break;
            }
            m_quotaLeft -= imagesMadeBy(row);
        }
        // Noted before it goes: the create waits until "sending" is on disk (sendNoted), so a kill
        // from then on leaves "sending", which a resume records as outcome unknown instead of
        // sending it again. The rows chosen in one pass share one write.
        m_checkpoint.rows.insert(row.number, {Step::Sending, {}, {}, {}});
        chosen << i;
        setState(i, BatchRow::State::Sending, QString());
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    }
    if (!chosen.isEmpty()) {
        const quint64 generation = saveCheckpoint();
        for (int i : std::as_const(chosen))
            m_awaitingNote.insert(i, generation);
    }
    finishIfDone();
}

void BatchRunner::sendCreate(int index)
{
    const BatchRow &row = m_rows[index];
    const MethodSpec *method = Catalogue::instance().method(row.methodId);
    ++m_createsSent;
    Submission *submission = m_session->submit(*method, row.fields, membershipFor(row));
    connect(submission, &Submission::finished, this, [this, index, submission] { takeAnswer(index, submission); });
}

void BatchRunner::takeAnswer(int index, Submission *submission)
{
    submission->deleteLater();
    --m_inFlight;
    BatchRow &row = m_rows[index];
    switch (submission->outcome()) {
    case Submission::Outcome::JobStarted:
        row.recordId = submission->recordId();
        row.jobId = submission->jobId();
        m_rowOfRecord.insert(row.recordId, index);
        // Not written now: the job list already holds this job with its batch and row (written
        // durably before the answer reached us), which is what a resume looks at first. The next
        // write of the checkpoint carries it along. Saves one disk sync per row.
        m_checkpoint.rows.insert(row.number, {Step::Sent, row.recordId, {}, {}});
        setState(index, BatchRow::State::Sent, QString());
        break;
    case Submission::Outcome::ImageCreated:
        row.imageId = submission->image().value(QStringLiteral("id")).toString();
        note(row.number, {Step::Created, {}, row.imageId, {}});
        setState(index, BatchRow::State::Succeeded, QString());
        break;
    case Submission::Outcome::OutcomeUnknown:
        row.recordId = submission->recordId();
        m_rowOfRecord.insert(row.recordId, index);
        note(row.number, {Step::OutcomeUnknown, row.recordId, {}, {}});
        setState(index, BatchRow::State::OutcomeUnknown,
                 tr("sent, but no answer came (%1): it may have created the image; look before sending it again")
                     .arg(submission->error() ? submission->error()->userMessage() : QString()));
        break;
    case Submission::Outcome::Failed:
    case Submission::Outcome::Pending: {
        const ApiError &e = *submission->error();
        const QString sentence = e.userMessage();
        note(row.number, {Step::Refused, {}, {}, sentence});
        setState(index, BatchRow::State::Refused, sentence, submission->rejectedField());
        // Errors that would refuse every other row as well stop the batch instead.
        if (e.code() == QLatin1String("IMG.0015")) {
            m_stopReason = sentence;
            m_stopError = e;
            stopRemaining(BatchRow::State::NotSentQuota, tr("not sent: the image quota is reached"));
        } else if (e.kind() == ApiError::Kind::Auth || e.kind() == ApiError::Kind::Forbidden || e.kind() == ApiError::Kind::Network
                   || e.kind() == ApiError::Kind::Tls) {
            m_stopReason = sentence;
            m_stopError = e;
            stopRemaining(BatchRow::State::NotSent, tr("not sent: %1").arg(sentence));
        }
        break;
    }
    }
    pump();
}

void BatchRunner::takeJob(const QString &recordId)
{
    const int index = m_rowOfRecord.value(recordId, -1);
    if (index < 0 || !m_session || !m_session->monitor())
        return;
    const JobRecord r = m_session->monitor()->record(recordId);
    const BatchRow::State state = rowStateOf(r.state);
    if (state != m_rows[index].state && m_rows[index].state != BatchRow::State::Sending)
        setState(index, state, r.state == JobRecord::State::Fail ? r.failReason : QString());
    pump();
}

void BatchRunner::stopRemaining(BatchRow::State state, const QString &sentence)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].state == BatchRow::State::Ready || m_rows[i].state == BatchRow::State::Checking)
            setState(i, state, sentence);
}

void BatchRunner::cancel()
{
    m_cancelled = true;
    const QString notSent = tr("not sent: cancelled");
    // Creates still waiting for their note have not gone out: they are not sent, and the checkpoint
    // forgets them (should the process die before that write, a resume calls them outcome unknown:
    // a look too many, never a create twice).
    if (!m_awaitingNote.isEmpty()) {
        dropAwaitingNotes(notSent);
        saveCheckpoint();
    }
    stopRemaining(BatchRow::State::NotSent, notSent);
    finishIfDone();
}

void BatchRunner::finishIfDone()
{
    if (!m_sending || m_inFlight > 0)
        return;
    for (const auto &r : m_rows)
        if (r.state == BatchRow::State::Ready)
            return;
    if (!m_sendingDone) {
        m_sendingDone = true;
        qCInfo(lcBatch) << "batch" << m_input.id << "sent" << m_createsSent << "creates, peak in flight" << m_peakInFlight;
        emit sendingFinished();
    }
    if (!m_jobsDone && unfinishedJobs() == 0) {
        for (const auto &r : m_rows)
            if (r.state == BatchRow::State::Sent || r.state == BatchRow::State::Running)
                return; // jobs an earlier run started are followed too
        m_jobsDone = true;
        emit jobsFinished();
    }
}

} // namespace ims
