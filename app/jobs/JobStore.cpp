#include "JobStore.h"

#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

namespace ims {

namespace {
constexpr int formatVersion = 1;

// Held while a process writes either file, so that appends and compactions never interleave.
struct StoreLock
{
    explicit StoreLock(const QString &path)
        : lock(path + QStringLiteral(".lock"))
    {
        lock.setStaleLockTime(30000);
        locked = lock.tryLock(10000);
    }
    QLockFile lock;
    bool locked = false;
};
} // namespace

QString JobStore::defaultPath()
{
    return dataDirectory() + QStringLiteral("/jobs.json");
}

JobStore::JobStore(const QString &path)
    : m_path(path)
{
    reload();
}

bool JobStore::readAll(QHash<QString, JobRecord> *out, QStringList *order, QString *error) const
{
    auto put = [out, order](const JobRecord &r) {
        if (!out->contains(r.id))
            order->append(r.id);
        out->insert(r.id, r);
    };
    QFile snapshot(m_path);
    if (snapshot.exists()) {
        if (!snapshot.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the job list %1: %2").arg(m_path, snapshot.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(snapshot.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = tr("The job list %1 is damaged (%2); it was left as it is.").arg(m_path, parseError.errorString());
            return false;
        }
        for (const auto &v : doc.object().value(QStringLiteral("jobs")).toArray()) {
            const JobRecord r = JobRecord::fromJson(v.toObject());
            if (!r.id.isEmpty())
                put(r);
        }
    }
    QFile journal(journalPath());
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const QByteArray line = journal.readLine();
            if (!line.endsWith('\n'))
                break; // cut short by a crash: the change it began never happened
            // (a line closed later by the next writer is simply not JSON, and skipped below)
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                continue;
            if (o.value(QStringLiteral("removed")).toBool()) {
                out->remove(id);
                order->removeAll(id);
            } else {
                put(JobRecord::fromJson(o));
            }
        }
    }
    return true;
}

bool JobStore::erase(const QString &path)
{
    for (const QString &file : {path, path + QStringLiteral(".journal")})
        if (QFile::exists(file) && !QFile::remove(file))
            return false;
    return true;
}

QString JobStore::diskStamp() const
{
    const QFileInfo snapshot(m_path);
    const QFileInfo journal(journalPath());
    return QStringLiteral("%1 %2 %3 %4").arg(snapshot.size()).arg(snapshot.lastModified().toMSecsSinceEpoch())
        .arg(journal.size()).arg(journal.lastModified().toMSecsSinceEpoch());
}

bool JobStore::reload(QString *error)
{
    // Taken before reading: a write that lands while we read changes it, so it is not missed.
    const QString stamp = diskStamp();
    QHash<QString, JobRecord> records;
    QStringList order;
    if (!readAll(&records, &order, error))
        return false;
    m_records = records;
    m_order = order;
    m_knownStamp = stamp;
    return true;
}

void JobStore::apply(const JobRecord &r)
{
    if (!m_records.contains(r.id))
        m_order.append(r.id);
    m_records.insert(r.id, r);
}

bool JobStore::append(const QList<QByteArray> &lines, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    StoreLock lock(m_path);
    if (!lock.locked) {
        if (error)
            *error = tr("The job list %1 is locked by another program.").arg(m_path);
        return false;
    }
    // Only if nobody else wrote since we last looked do the files, after our write, hold just what we know.
    const bool wasCurrent = diskStamp() == m_knownStamp;
    QFile journal(journalPath());
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the job list %1: %2").arg(journalPath(), journal.errorString());
        return false;
    }
    QByteArray data;
    // A line a crash left unfinished is closed first, so that it stays one unreadable line of its own.
    if (journal.size() > 0) {
        QFile tail(journalPath());
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            data += '\n';
    }
    for (const auto &l : lines)
        data += l + '\n';
    // One write of whole lines: a crash leaves at most the last line incomplete, which reading skips.
    if (journal.write(data) != data.size() || !journal.flush()) {
        if (error)
            *error = tr("Cannot write the job list %1: %2").arg(journalPath(), journal.errorString());
        return false;
    }
    const bool large = journal.size() > m_journalLimit;
    journal.close();
    if (large) {
        // Fold the journal in while still holding the lock.
        QHash<QString, JobRecord> records;
        QStringList order;
        if (!readAll(&records, &order, error) || !writeSnapshot(records, order, error))
            return false;
        QFile::resize(journalPath(), 0);
    }
    if (wasCurrent)
        m_knownStamp = diskStamp();
    return true;
}

bool JobStore::writeSnapshot(const QHash<QString, JobRecord> &records, const QStringList &order, QString *error)
{
    QJsonArray jobs;
    for (const auto &id : order)
        jobs.append(records.value(id).toJson());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), formatVersion}, {QStringLiteral("jobs"), jobs}})
                    .toJson(QJsonDocument::Compact)) < 0 ||
        !f.commit()) {
        if (error)
            *error = tr("Cannot write the job list %1: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

bool JobStore::save(const QList<JobRecord> &changed, QString *error)
{
    QList<QByteArray> lines;
    for (const auto &r : changed) {
        lines.append(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
        apply(r);
    }
    return lines.isEmpty() || append(lines, error);
}

bool JobStore::remove(const QStringList &ids, QString *error)
{
    QList<QByteArray> lines;
    for (const auto &id : ids) {
        lines.append(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}}).toJson(QJsonDocument::Compact));
        m_records.remove(id);
        m_order.removeAll(id);
    }
    return append(lines, error);
}

QStringList JobStore::pruneCandidates(const QList<JobRecord> &records, const QDateTime &endedBefore, int keepFinished)
{
    // An outcome-unknown submission has no end time: it counts from when it was sent.
    auto endedAt = [](const JobRecord &r) { return r.finishedAt.isValid() ? r.finishedAt : r.submittedAt; };
    QList<const JobRecord *> finished;
    for (const auto &r : records)
        if (r.isFinished())
            finished.append(&r);
    std::stable_sort(finished.begin(), finished.end(), [&](const JobRecord *a, const JobRecord *b) { return endedAt(*a) < endedAt(*b); });
    QStringList out;
    const qsizetype overCap = keepFinished >= 0 ? std::max<qsizetype>(0, finished.size() - keepFinished) : 0;
    for (qsizetype i = 0; i < finished.size(); ++i)
        if (i < overCap || (endedBefore.isValid() && endedAt(*finished[i]) < endedBefore))
            out.append(finished[i]->id);
    return out;
}

bool JobStore::compact(QString *error)
{
    StoreLock lock(m_path);
    if (!lock.locked) {
        if (error)
            *error = tr("The job list %1 is locked by another program.").arg(m_path);
        return false;
    }
    QHash<QString, JobRecord> records;
    QStringList order;
    if (!readAll(&records, &order, error) || !writeSnapshot(records, order, error))
        return false;
    QFile::resize(journalPath(), 0);
    m_records = records;
    m_order = order;
    m_knownStamp = diskStamp();
    return true;
}

QList<JobRecord> JobStore::records() const
{
    QList<JobRecord> out;
    out.reserve(m_order.size());
    for (const auto &id : m_order)
        out.append(m_records.value(id));
    return out;
}

} // namespace ims
