// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityLog.h"

#include "JobStore.h"
#include "cloud/ActivityFeed.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcActivity, "ims.activity", QtInfoMsg)

namespace ims {

namespace {
// Entries waiting for a busy list are kept up to this many; past it the oldest go (and it is said).
constexpr int maxPending = 1000;
constexpr int retryMs = 2000;

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString failure(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}
} // namespace

ActivityLog::ActivityLog(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &ActivityLog::flushPending);
}

void ActivityLog::recordFeed()
{
    connect(ActivityFeed::instance(), &ActivityFeed::reported, this, [this](const ActivityEntry &e) { append(e); });
}

bool ActivityLog::append(const ActivityEntry &entry, QString *error)
{
    m_pending.append(entry);
    if (m_pending.size() > maxPending) {
        qCWarning(lcActivity) << "activity log: dropped" << m_pending.size() - maxPending << "unwritten entries";
        m_pending.erase(m_pending.begin(), m_pending.end() - maxPending);
    }
    flushPending();
    if (!m_pending.isEmpty() && error)
        *error = tr("The activity log could not be written; %n entry(s) wait and are written again shortly.", nullptr,
                    int(m_pending.size()));
    return m_pending.isEmpty();
}

void ActivityLog::flushPending()
{
    QString problem;
    while (!m_pending.isEmpty()) {
        ActivityEntry e = m_pending.first();
        if (!writeOne(e, &problem))
            break;
        m_pending.removeFirst();
        emit added(e);
    }
    if (!m_pending.isEmpty()) {
        m_failing = true;
        qCWarning(lcActivity).noquote() << problem;
        emit writeFailed(problem);
        m_retry.start();
    } else if (m_failing) {
        m_failing = false;
        emit writeFailed(QString());
    }
}

bool ActivityLog::writeOne(ActivityEntry &e, QString *error)
{
    QSqlDatabase db = m_store->database(error);
    if (!db.isOpen())
        return false;
    const QString cannot = tr("Cannot write the activity log in %1: %2");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = cannot.arg(m_store->path(), failure(q));
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO activity (at, connection, operation, http_method, path, request_id, status, outcome, error_code, job_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; }; // a null QString binds as NULL
    q.addBindValue(isoTime(e.at));
    q.addBindValue(text(e.connection));
    q.addBindValue(text(e.operation));
    q.addBindValue(text(e.httpMethod));
    q.addBindValue(text(e.path));
    q.addBindValue(orNull(e.requestId));
    q.addBindValue(e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant());
    q.addBindValue(ActivityEntry::outcomeName(e.outcome));
    q.addBindValue(orNull(e.errorCode));
    q.addBindValue(orNull(e.jobId));
    bool ok = q.exec();
    const qint64 seq = q.lastInsertId().toLongLong();
    // The bound, in the same transaction: past the newest maxRows by number, then past the age.
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM activity WHERE seq <= ?"));
        q.addBindValue(seq - maxRows);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM activity WHERE at < ?"));
        q.addBindValue(isoTime(QDateTime::currentDateTimeUtc().addDays(-maxAgeDays)));
        ok = q.exec();
    }
    if (!ok) {
        *error = cannot.arg(m_store->path(), failure(q));
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = cannot.arg(m_store->path(), failure(q));
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    e.seq = seq;
    return true;
}

QList<ActivityEntry> ActivityLog::entries(const ActivityFilter &filter, QString *error) const
{
    QList<ActivityEntry> out;
    QSqlDatabase db = m_store->database(error);
    if (!db.isOpen())
        return out;
    QString sql = QStringLiteral("SELECT seq, at, connection, operation, http_method, path, request_id, status, outcome, error_code, job_id "
                                 "FROM activity WHERE seq > ?");
    if (!filter.connection.isEmpty())
        sql += QStringLiteral(" AND connection = ?");
    // The newest `limit` rows, read newest first and turned round below.
    sql += QStringLiteral(" ORDER BY seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(filter.afterSeq);
    if (!filter.connection.isEmpty())
        q.addBindValue(filter.connection);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the activity log in %1: %2").arg(m_store->path(), failure(q));
        return out;
    }
    while (q.next()) {
        ActivityEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.connection = q.value(2).toString();
        e.operation = q.value(3).toString();
        e.httpMethod = q.value(4).toString();
        e.path = q.value(5).toString();
        e.requestId = q.value(6).toString();
        e.httpStatus = q.value(7).toInt();
        e.outcome = ActivityEntry::outcomeFromName(q.value(8).toString());
        e.errorCode = q.value(9).toString();
        e.jobId = q.value(10).toString();
        out.append(e);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

bool ActivityLog::flush()
{
    flushPending();
    return m_pending.isEmpty();
}

QByteArray ActivityLog::toCsv(const QList<ActivityEntry> &entries)
{
    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    auto line = [](const QStringList &fields) {
        QStringList out;
        for (QString f : fields) {
            if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')))
                f = QLatin1Char('"') + f.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            out << f;
        }
        return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QByteArray csv = line(ActivityEntry::columnNames());
    for (const auto &e : entries) {
        QStringList fields = e.columns();
        // CSV is read by programs: missing values are empty, not "-".
        for (auto &f : fields)
            if (f == QLatin1String("-"))
                f.clear();
        csv += line(fields);
    }
    return csv;
}

qint64 ActivityLog::lastSeq() const
{
    QSqlDatabase db = m_store->database();
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(seq) FROM activity")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ims
