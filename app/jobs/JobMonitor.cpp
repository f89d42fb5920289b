// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobMonitor.h"

#include "cloud/JobStatus.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cmath>
#include <QUuid>

Q_LOGGING_CATEGORY(lcJobs, "ims.jobs", QtInfoMsg)

namespace ims {

namespace {
// A routine write (polled states) takes at most this many jobs per transaction and turn of the event
// loop: 1,000 jobs polled at the sandbox's pace changed ~500 records per 500 ms, and writing them in
// one go held the GUI thread 20-110 ms (bench_monitor follow). A record costs ~20-40 us to write.
constexpr int flushSlice = 64;

// Job queries sent per pass of the event loop, at most; the others due go at the next pass, 1 ms on.
// Each send costs the GUI thread ~0.3-0.5 ms (signing, Qt's request); when the tick sent up to 8 and
// the 8 answers that came together each sent the next query at once, one pass took up to 15-18 ms of
// CPU on a loaded machine (bench_monitor follow), past a 16 ms frame.
constexpr int sendsPerPass = 4;
} // namespace

JobMonitor::JobMonitor(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &JobMonitor::dispatch);
    // Changes are written in batches (a state lost in a crash is simply polled again); new jobs at once.
    m_flushTimer.setInterval(500);
    m_flushTimer.setSingleShot(true);
    // While a failed write waits for its retry, routine batches wait with it (each try may wait for a lock).
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (!m_retryTimer.isActive())
            flushSome();
    });
    // 1 ms, not 0: a zero timer started again from its own timeout ran every slice in the same pass of
    // the event loop (bench_monitor: one frame of 35 ms of CPU), the timers and paints between them waited.
    m_flushRest.setInterval(1);
    m_flushRest.setSingleShot(true);
    connect(&m_flushRest, &QTimer::timeout, this, &JobMonitor::flushSome);
    m_retryTimer.setInterval(5000);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &JobMonitor::flush);
}

JobMonitor::~JobMonitor()
{
    flush();
}

int JobMonitor::follow(ImsClient *client, const QString &connection)
{
    unfollow(client);
    m_followed.append({client, connection, std::nullopt});
    // A client deleted without unfollow(): its polls in flight die with it, and its jobs wait.
    connect(client, &QObject::destroyed, this, [this, client] {
        dropInFlightOf(client);
        m_followed.removeIf([](const Followed &f) { return f.client.isNull(); });
        dispatch();
    });
    return resumeAll();
}

void JobMonitor::setSchedule(ImsClient *client, const PollSchedule &schedule)
{
    for (auto &f : m_followed)
        if (f.client == client)
            f.schedule = schedule;
}

const PollSchedule &JobMonitor::scheduleFor(const ImsClient *client) const
{
    for (const auto &f : m_followed)
        if (f.client == client && f.schedule)
            return *f.schedule;
    return m_schedule;
}

void JobMonitor::unfollow(ImsClient *client)
{
    if (!client)
        return;
    client->disconnect(this);
    m_followed.removeIf([client](const Followed &f) { return f.client == client || f.client.isNull(); });
    dropInFlightOf(client);
}

void JobMonitor::dropInFlightOf(ImsClient *client)
{
    // The jobs whose poll went through that client are due again: another session of the same
    // connection (a reconnect) takes them up; without one they wait.
    for (auto it = m_inFlightVia.begin(); it != m_inFlightVia.end();) {
        if (it.value() == client) {
            setDue(it.key(), QDateTime::currentMSecsSinceEpoch());
            it = m_inFlightVia.erase(it);
        } else {
            ++it;
        }
    }
}

ImsClient *JobMonitor::clientFor(const JobRecord &r) const
{
    // The connection that submitted it first; a job recorded without a connection name (a CLI run)
    // goes with any connection to its endpoint; a connection without a name (a CLI run) takes the
    // jobs of its endpoint and project.
    ImsClient *fallback = nullptr;
    for (const auto &f : m_followed) {
        if (!f.client || f.client->settings().effectiveImsEndpoint().toString() != r.endpoint)
            continue;
        if (!r.connection.isEmpty() && r.connection == f.connection)
            return f.client;
        const QString project = f.client->projectId();
        const bool sameProject = r.projectId.isEmpty() || project.isEmpty() || r.projectId == project;
        if (!fallback && (r.connection.isEmpty() || (f.connection.isEmpty() && sameProject)))
            fallback = f.client;
    }
    return fallback;
}

bool JobMonitor::isFollowed(const QString &id) const
{
    return clientFor(current(id)) != nullptr;
}

JobRecord JobMonitor::record(const QString &id) const
{
    JobRecord r = current(id);
    if (!r.isFinished() && !r.jobId.isEmpty() && r.lastPollError.isEmpty() && !clientFor(r))
        r.lastPollError = r.connection.isEmpty()
                              ? tr("Not followed: no connection to %1 is open.").arg(r.endpoint)
                              : tr("Not followed: its connection “%1” is not open.").arg(r.connection);
    return r;
}

JobRecord JobMonitor::newRecord(ImsClient *client, const QString &methodId, const QJsonObject &fields) const
{
    JobRecord r;
    r.methodId = methodId;
    r.imageName = fields.value(QStringLiteral("name")).toString();
    if (r.imageName.isEmpty() && fields.contains(QStringLiteral("data_images")))
        r.imageName = fields.value(QStringLiteral("data_images")).toArray().first().toObject().value(QStringLiteral("name")).toString();
    for (const auto &f : m_followed)
        if (f.client == client)
            r.connection = f.connection;
    r.endpoint = client->settings().effectiveImsEndpoint().toString();
    r.region = client->settings().region;
    r.projectId = client->projectId();
    r.fields = fields;
    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    return r;
}

JobRecord JobMonitor::track(ImsClient *client, const QString &jobId, const QString &methodId, const QJsonObject &fields,
                            const QString &requestId, const BatchMembership &batch)
{
    JobRecord r = newRecord(client, methodId, fields);
    r.batch = batch;
    r.id = jobId;
    r.jobId = jobId;
    r.requestId = requestId;
    markDirty(r, true);
    emit jobAdded(r.id);
    m_polls.insert(r.id, 0);
    schedule(r.id, scheduleFor(client).firstMs);
    return r;
}

JobRecord JobMonitor::recordOutcomeUnknown(ImsClient *client, const QString &methodId, const QJsonObject &fields, const QString &why,
                                           const QString &requestId, const BatchMembership &batch, const QDateTime &sendingUntil)
{
    JobRecord r = newRecord(client, methodId, fields);
    r.batch = batch;
    r.requestId = requestId;
    r.id = QStringLiteral("unknown-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.state = JobRecord::State::OutcomeUnknown;
    r.failReason = why;
    r.sendingUntil = sendingUntil;
    markDirty(r, true);
    emit jobAdded(r.id);
    return r;
}

void JobMonitor::add(const JobRecord &record)
{
    markDirty(record, true);
    emit jobAdded(record.id);
}

void JobMonitor::update(const JobRecord &record, bool flushNow)
{
    const bool wasFinished = current(record.id).isFinished();
    markDirty(record, flushNow);
    emit jobUpdated(record.id);
    if (record.isFinished() && !wasFinished)
        emit jobFinished(record.id);
}

int JobMonitor::resumeAll()
{
    m_store->reload();
    int n = 0;
    for (const auto &r : m_store->records()) {
        if (r.isFinished() || r.jobId.isEmpty() || m_due.contains(r.id) || m_inFlightVia.contains(r.id) || !clientFor(r))
            continue;
        m_polls.insert(r.id, 0);
        schedule(r.id, 0);
        ++n;
    }
    if (n > 0)
        qCInfo(lcJobs) << "resuming" << n << "unfinished jobs";
    return n;
}

void JobMonitor::pollNow(const QString &id)
{
    if (!m_inFlightVia.contains(id) && m_store->contains(id) && !current(id).isFinished())
        schedule(id, 0);
}

void JobMonitor::schedule(const QString &id, qint64 delayMs)
{
    setDue(id, QDateTime::currentMSecsSinceEpoch() + delayMs);
    if (!m_tick.isActive() || m_tick.remainingTime() > delayMs)
        m_tick.start(int(std::max<qint64>(0, delayMs)));
}

void JobMonitor::setDue(const QString &id, qint64 atMs)
{
    clearDue(id);
    m_due.insert(id, atMs);
    m_dueOrder.emplace(atMs, id);
}

void JobMonitor::clearDue(const QString &id)
{
    const auto it = m_due.constFind(id);
    if (it == m_due.cend())
        return;
    m_dueOrder.erase({it.value(), id});
    m_due.erase(it);
}

void JobMonitor::dispatch()
{
    // Oldest due first, within the cap on requests in flight. The queue is kept in order: looking at
    // every followed job after each answer (and sorting them by QDateTime) cost ~0.2-0.4 ms a poll
    // with 1,000 jobs (bench/run, callgrind).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int sent = 0;
    while (sent < sendsPerPass && m_inFlightVia.size() < m_maxInFlight && !m_dueOrder.empty() && m_dueOrder.begin()->first <= nowMs) {
        const QString id = m_dueOrder.begin()->second;
        poll(id); // takes it off the queue
        ++sent;
    }
    if (!m_dueOrder.empty() && m_inFlightVia.size() < m_maxInFlight)
        m_tick.start(sent == sendsPerPass ? 1 : int(std::max<qint64>(0, m_dueOrder.begin()->first - nowMs)));
}

void JobMonitor::dispatchSoon()
{
    // From an answer: the next query goes with the tick, never from inside the answer, so that answers
    // arriving together do not each send one in the same pass (see sendsPerPass).
    if (!m_tick.isActive() || m_tick.remainingTime() > 0)
        m_tick.start(0);
}

void JobMonitor::poll(const QString &id)
{
    clearDue(id);
    const JobRecord r = current(id);
    ImsClient *client = clientFor(r);
    if (!client) { // its connection went away: it waits for one, and record() says so
        emit jobUpdated(id);
        return;
    }
    m_inFlightVia.insert(id, client);
    ++m_pollCount;
    auto *call = new JobStatusCall(client, r.jobId);
    connect(call, &ApiCall::finished, this, [this, call, id, client] {
        call->deleteLater();
        m_inFlightVia.remove(id);
        if (!m_store->contains(id) && !m_dirty.contains(id)) { // removed meanwhile: forget it, others go on
            dispatchSoon();
            return;
        }
        const int polls = ++m_polls[id];
        // Shown in the job's details: support asks for the request id of the query in question.
        const QString requestId = QString::fromLatin1(call->responseHeader("X-Request-Id"));
        if (call->succeeded()) {
            if (!requestId.isEmpty()) {
                JobRecord r = current(id);
                r.lastPollRequestId = requestId;
                markDirty(r, false);
            }
            apply(id, call->status());
        } else {
            JobRecord r = current(id);
            r.lastPollError = call->error()->userMessage();
            r.lastPollRequestId = requestId;
            markDirty(r, false);
            emit jobUpdated(id);
        }
        if (!current(id).isFinished()) {
            const PollSchedule &pace = scheduleFor(client); // alive: its call just finished
            const double delay = std::min<double>(pace.maxMs, pace.firstMs * std::pow(pace.growth, polls));
            schedule(id, qint64(delay));
        } else if (m_due.isEmpty() && m_inFlightVia.isEmpty()) {
            // The last states now rather than after the routine pause, but a slice at a time: written
            // all at once they held the GUI thread up to ~40 ms when 1,000 jobs ended together.
            if (!m_dirty.isEmpty() && !m_retryTimer.isActive())
                m_flushRest.start();
            emit allFinished();
        }
        dispatchSoon();
    });
    call->start();
}

void JobMonitor::apply(const QString &id, const JobStatus &status)
{
    JobRecord r = current(id);
    r.takeStatus(status, QDateTime::currentDateTimeUtc());
    const bool finished = r.isFinished();
    // Saved within moments, not at once: 1,000 jobs ending together would otherwise rewrite the list 1,000 times.
    markDirty(r, false);
    emit jobUpdated(id);
    if (finished) {
        qCInfo(lcJobs) << "job" << r.jobId << JobRecord::stateName(r.state);
        emit jobFinished(id);
    }
}

bool JobMonitor::remove(const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    flush(); // what is pending belongs to the store first, so that the removal is the last word
    for (const auto &id : ids) {
        clearDue(id);
        m_polls.remove(id);
        // A poll in flight for it finds the job gone and is dropped (see dispatch()).
    }
    const bool ok = m_store->remove(ids, error);
    emit jobsRemoved(ids);
    return ok;
}

int JobMonitor::prune(const QDateTime &endedBefore, int keepFinished, QString *error)
{
    flush();
    const QStringList ids = JobStore::pruneCandidates(m_store->records(), endedBefore, keepFinished);
    if (!ids.isEmpty())
        remove(ids, error);
    return int(ids.size());
}

void JobMonitor::syncWithStore()
{
    flush();
    resumeAll(); // reloads the store
    emit storeReloaded();
}

JobRecord JobMonitor::current(const QString &id) const
{
    return m_dirty.contains(id) ? m_dirty.value(id) : m_store->record(id);
}

void JobMonitor::markDirty(const JobRecord &r, bool flushNow)
{
    m_dirty.insert(r.id, r);
    if (flushNow)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobMonitor::flush()
{
    if (m_dirty.isEmpty())
        return;
    m_flushRest.stop();
    if (write(m_dirty.values()))
        m_dirty.clear();
}

void JobMonitor::flushSome()
{
    if (m_dirty.isEmpty())
        return;
    QList<JobRecord> slice;
    slice.reserve(std::min<qsizetype>(flushSlice, m_dirty.size()));
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend() && slice.size() < flushSlice; ++it)
        slice.append(it.value());
    if (!write(slice))
        return;
    for (const auto &r : std::as_const(slice))
        m_dirty.remove(r.id);
    if (!m_dirty.isEmpty())
        m_flushRest.start();
}

bool JobMonitor::write(const QList<JobRecord> &records)
{
    QString error;
    if (!m_store->save(records, &error)) {
        // Kept, not cleared: a list locked by another program, a full disk or a read-only file must
        // not lose a job. Tried again shortly (and at the next change); the user is told each time.
        qCWarning(lcJobs).noquote() << error;
        m_storeFailing = true;
        m_flushRest.stop();
        if (!m_retryTimer.isActive())
            m_retryTimer.start();
        emit storeError(error);
        return false;
    }
    m_retryTimer.stop();
    if (m_storeFailing) {
        m_storeFailing = false;
        emit storeError(QString());
    }
    return true;
}

} // namespace ims
