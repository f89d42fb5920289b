#include "JobStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ims {

namespace {
constexpr int formatVersion = 1;
}

QString JobStore::defaultPath()
{
    const QString dir = qEnvironmentVariableIsSet("IMS_WIZARD_DATA_DIR")
                            ? qEnvironmentVariable("IMS_WIZARD_DATA_DIR")
                            : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                  QStringLiteral("/ims-wizard");
    return dir + QStringLiteral("/jobs.json");
}

JobStore::JobStore(const QString &path)
    : m_path(path)
{
    reload();
}

bool JobStore::readFile(QHash<QString, JobRecord> *out, QStringList *order, QString *error) const
{
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the job list %1: %2").arg(m_path, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The job list %1 is damaged (%2); it was left as it is.").arg(m_path, parseError.errorString());
        return false;
    }
    for (const auto &v : doc.object().value(QStringLiteral("jobs")).toArray()) {
        JobRecord r = JobRecord::fromJson(v.toObject());
        if (r.id.isEmpty())
            continue;
        if (!out->contains(r.id))
            order->append(r.id);
        out->insert(r.id, r);
    }
    return true;
}

bool JobStore::reload(QString *error)
{
    QHash<QString, JobRecord> records;
    QStringList order;
    if (!readFile(&records, &order, error))
        return false;
    m_records = records;
    m_order = order;
    return true;
}

bool JobStore::writeFile(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray jobs;
    for (const auto &id : std::as_const(m_order))
        jobs.append(m_records.value(id).toJson());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the job list %1: %2").arg(m_path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), formatVersion}, {QStringLiteral("jobs"), jobs}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write the job list %1: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

bool JobStore::save(const QList<JobRecord> &changed, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = tr("The job list %1 is locked by another program.").arg(m_path);
        return false;
    }
    // Start from the file as it is now, so jobs another process added are kept.
    QHash<QString, JobRecord> records;
    QStringList order;
    readFile(&records, &order, nullptr);
    for (const auto &r : changed) {
        if (!records.contains(r.id))
            order.append(r.id);
        records.insert(r.id, r);
    }
    m_records = records;
    m_order = order;
    return writeFile(error);
}

bool JobStore::remove(const QStringList &ids, QString *error)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = tr("The job list %1 is locked by another program.").arg(m_path);
        return false;
    }
    QHash<QString, JobRecord> records;
    QStringList order;
    readFile(&records, &order, nullptr);
    for (const auto &id : ids) {
        records.remove(id);
        order.removeAll(id);
    }
    m_records = records;
    m_order = order;
    return writeFile(error);
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
