#include "JobMonitor.h"

#include "JobStatus.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cmath>
#include <QUuid>

Q_LOGGING_CATEGORY(lcJobs, "ims.jobs", QtInfoMsg)

namespace ims {

JobMonitor::JobMonitor(ImsClient *client, JobStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &JobMonitor::dispatch);
    // Changes are written in batches (a state lost in a crash is simply polled again); new jobs at once.
    m_flushTimer.setInterval(500);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobMonitor::flush);
}

JobMonitor::~JobMonitor()
{
    flush();
}

QString JobMonitor::endpoint() const
{
    return m_client->settings().effectiveImsEndpoint().toString();
}

JobRecord JobMonitor::track(const QString &jobId, const QString &methodId, const QJsonObject &fields)
{
    JobRecord r;
    r.id = jobId;
    r.jobId = jobId;
    r.methodId = methodId;
    r.imageName = fields.value(QStringLiteral("name")).toString();
    if (r.imageName.isEmpty() && fields.contains(QStringLiteral("data_images")))
        r.imageName = fields.value(QStringLiteral("data_images")).toArray().first().toObject().value(QStringLiteral("name")).toString();
    r.endpoint = endpoint();
    r.region = m_client->settings().region;
    r.projectId = m_client->projectId();
    r.fields = fields;
    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    markDirty(r, true);
    emit jobAdded(r.id);
    m_polls.insert(r.id, 0);
    schedule(r.id, m_schedule.firstMs);
    return r;
}

JobRecord JobMonitor::recordOutcomeUnknown(const QString &methodId, const QJsonObject &fields, const QString &why)
{
    JobRecord r;
    r.id = QStringLiteral("unknown-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.methodId = methodId;
    r.imageName = fields.value(QStringLiteral("name")).toString();
    r.endpoint = endpoint();
    r.region = m_client->settings().region;
    r.projectId = m_client->projectId();
    r.fields = fields;
    r.submittedAt = r.updatedAt = QDateTime::currentDateTimeUtc();
    r.state = JobRecord::State::OutcomeUnknown;
    r.failReason = why;
    markDirty(r, true);
    emit jobAdded(r.id);
    return r;
}

int JobMonitor::resumeAll()
{
    m_store->reload();
    int n = 0;
    const QString here = endpoint();
    for (const auto &r : m_store->records()) {
        if (r.isFinished() || r.jobId.isEmpty() || r.endpoint != here || m_due.contains(r.id) || m_inFlight.contains(r.id))
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
    if (!m_inFlight.contains(id) && m_store->contains(id) && !current(id).isFinished())
        schedule(id, 0);
}

void JobMonitor::schedule(const QString &id, qint64 delayMs)
{
    m_due.insert(id, QDateTime::currentDateTimeUtc().addMSecs(delayMs));
    if (!m_tick.isActive() || m_tick.remainingTime() > delayMs)
        m_tick.start(int(std::max<qint64>(0, delayMs)));
}

void JobMonitor::dispatch()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextInMs = -1;
    // Oldest due first, within the cap on requests in flight.
    QList<QPair<QDateTime, QString>> due;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it)
        due.append({it.value(), it.key()});
    std::sort(due.begin(), due.end());
    for (const auto &[when, id] : due) {
        if (when > now) {
            nextInMs = now.msecsTo(when);
            break;
        }
        if (m_inFlight.size() >= m_maxInFlight)
            break;
        m_due.remove(id);
        m_inFlight.insert(id);
        ++m_pollCount;
        auto *call = new JobStatusCall(m_client, current(id).jobId);
        connect(call, &ApiCall::finished, this, [this, call, id] {
            call->deleteLater();
            m_inFlight.remove(id);
            if (!m_store->contains(id) && !m_dirty.contains(id)) { // removed meanwhile: forget it, others go on
                dispatch();
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
                const double delay = std::min<double>(m_schedule.maxMs, m_schedule.firstMs * std::pow(m_schedule.growth, polls));
                schedule(id, qint64(delay));
            } else if (m_due.isEmpty() && m_inFlight.isEmpty()) {
                flush();
                emit allFinished();
            }
            dispatch();
        });
        call->start();
    }
    if (nextInMs >= 0 && m_inFlight.size() < m_maxInFlight)
        m_tick.start(int(nextInMs));
}

void JobMonitor::apply(const QString &id, const JobStatus &status)
{
    JobRecord r = current(id);
    const JobRecord::State before = r.state;
    switch (status.state) {
    case JobStatus::State::Init:
        r.state = JobRecord::State::Init;
        break;
    case JobStatus::State::Running:
        r.state = JobRecord::State::Running;
        break;
    case JobStatus::State::Success:
        r.state = JobRecord::State::Success;
        break;
    case JobStatus::State::Fail:
        r.state = JobRecord::State::Fail;
        break;
    default:
        break;
    }
    if (status.progress >= 0)
        r.progress = status.progress;
    if (!status.imageIds.isEmpty())
        r.imageIds = status.imageIds;
    r.failReason = status.failReason;
    r.errorCode = status.errorCode;
    r.lastPollError.clear();
    r.lastAnswer = status.toJson();
    r.updatedAt = QDateTime::currentDateTimeUtc();
    const bool finished = r.isFinished();
    if (finished) {
        r.finishedAt = r.updatedAt;
        if (r.state == JobRecord::State::Success)
            r.progress = 1;
    }
    // Saved within moments, not at once: 1,000 jobs ending together would otherwise rewrite the list 1,000 times.
    markDirty(r, false);
    Q_UNUSED(before)
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
        m_due.remove(id);
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
    QString error;
    if (!m_store->save(m_dirty.values(), &error))
        qCWarning(lcJobs) << error;
    m_dirty.clear();
}

} // namespace ims
