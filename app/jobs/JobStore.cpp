// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobStore.h"

#include "DataDirectory.h"
#include "cloud/UtcTimeText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcJobStore, "ims.jobs.store", QtInfoMsg)

namespace ims {

namespace {
// PRAGMA user_version of the schema below; a list written by a newer program is not touched.
// 1: the jobs; 2: the activity log beside them (ActivityLog), added to a list of version 1 in place.
constexpr int schemaVersion = 2;

// How long a write waits for another process's transaction. Ours last well under a millisecond, so
// only a foreign program holding the list (an sqlite3 shell, a stopped process) or a machine under
// heavy load (many CLI runs at once, seen in CI under ASan) makes it wait; short, because the desktop
// program writes on its GUI thread (see bench_jobstore), but long enough that a job just created is
// not left out of the list by a busy moment.
constexpr int busyTimeoutMs = 3000;

// The WAL file's size left after a checkpoint (it grows with the change being written, then shrinks).
constexpr qint64 walSizeLimit = 4 * 1024 * 1024;

// SQLite's primary result codes (https://www.sqlite.org/rescode.html); Qt reports the extended
// code as nativeErrorCode(), whose low byte is the primary one.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

bool isDamage(const QSqlError &e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

QString jsonText(const JobRecord &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

JobRecord fromJsonText(const QString &text)
{
    return JobRecord::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

// The first of name, name.2, name.3… that does not exist, so that keeping a file aside never
// overwrites one kept earlier.
QString freeName(const QString &name)
{
    QString candidate = name;
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = name + QStringLiteral(".%1").arg(i);
    return candidate;
}

// The list as the older programs kept it: a JSON snapshot and a journal of one change per line.
// Read once, to import it.
bool readOldList(const QString &path, QList<JobRecord> *out, QString *problem)
{
    QHash<QString, JobRecord> records;
    QStringList order;
    auto put = [&](const JobRecord &r) {
        if (!records.contains(r.id))
            order.append(r.id);
        records.insert(r.id, r);
    };
    QFile snapshot(path);
    if (snapshot.exists()) {
        if (!snapshot.open(QIODevice::ReadOnly)) {
            *problem = snapshot.errorString();
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(snapshot.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *problem = parseError.errorString();
            return false;
        }
        for (const auto &v : doc.object().value(QStringLiteral("jobs")).toArray()) {
            const JobRecord r = JobRecord::fromJson(v.toObject());
            if (!r.id.isEmpty())
                put(r);
        }
    }
    QFile journal(path + QStringLiteral(".journal"));
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const QByteArray line = journal.readLine();
            if (!line.endsWith('\n'))
                break; // cut short by a crash: the change it began never happened
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                continue;
            if (o.value(QStringLiteral("removed")).toBool()) {
                records.remove(id);
                order.removeAll(id);
            } else {
                put(JobRecord::fromJson(o));
            }
        }
    }
    for (const auto &id : std::as_const(order))
        out->append(records.value(id));
    return true;
}

// jobs.sqlite -> jobs.json: the older list this one replaces, if any.
QString oldListPath(const QString &path)
{
    static const QString suffix = QStringLiteral(".sqlite");
    return path.endsWith(suffix) ? path.chopped(suffix.size()) + QStringLiteral(".json") : QString();
}
} // namespace

QString JobStore::defaultPath()
{
    return dataDirectory() + QStringLiteral("/jobs.sqlite");
}

JobStore::JobStore(const QString &path)
    : m_path(path)
{
    static std::atomic<int> stores{0};
    m_connection = QStringLiteral("ims-jobstore-%1").arg(++stores);
    // open() may succeed and still have something to say (an old list that could not be imported).
    QString readError;
    if (open(&m_openError) && !reload(&readError))
        m_openError = m_openError.isEmpty() ? readError : m_openError + QLatin1Char('\n') + readError;
    if (!m_openError.isEmpty())
        qCWarning(lcJobStore).noquote() << m_openError;
}

JobStore::~JobStore()
{
    close();
}

// The statements each save() runs, prepared once for the connection: preparing them again for every
// transaction cost ~350k instructions (callgrind), more than writing a polled job's record.
struct JobStore::SaveStatements
{
    explicit SaveStatements(const QSqlDatabase &db)
        : begin(db)
        , revision(db)
        , bump(db)
        , upsert(db)
        , commit(db)
    {
    }
    QSqlQuery begin, revision, bump, upsert, commit;
};

JobStore::SaveStatements *JobStore::saveStatements(QString *error)
{
    if (m_saveStatements)
        return m_saveStatements.get();
    auto s = std::make_unique<SaveStatements>(m_db);
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&s->begin, QStringLiteral("BEGIN IMMEDIATE")},
        {&s->revision, QStringLiteral("SELECT revision FROM list")},
        {&s->bump, QStringLiteral("UPDATE list SET revision = revision + 1")},
        {&s->upsert, QStringLiteral("INSERT INTO jobs (id, endpoint, state, submitted, finished, revision, record) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (id) DO UPDATE SET endpoint = excluded.endpoint, state = excluded.state, "
                                    "submitted = excluded.submitted, finished = excluded.finished, revision = excluded.revision, record = excluded.record")},
        {&s->commit, QStringLiteral("COMMIT")}};
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            if (error)
                *error = failure(tr("Cannot write the job list %1: %2"), query->lastError());
            return nullptr;
        }
    }
    m_saveStatements = std::move(s);
    return m_saveStatements.get();
}

void JobStore::close()
{
    m_saveStatements.reset(); // no statement may outlive its connection
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // no handle may outlive removeDatabase()
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString JobStore::failure(const QString &what, const QSqlError &e) const
{
    return what.arg(m_path, e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

bool JobStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = failure(tr("Cannot write the job list %1: %2"), q.lastError());
    return false;
}

namespace {
// WAL is a property of the file: the first program to open a new list sets it, the others find it
// set. Switching modes needs the file to itself and answers "locked" at once (SQLite runs no busy
// handler for it) while another program is making the list: then it looks again, briefly.
bool enterWal(QSqlQuery &q)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (q.lastError().isValid() && code != sqliteBusy && code != sqliteLocked)
            return false;
        QThread::msleep(20);
    }
    return false;
}
} // namespace

bool JobStore::open(QString *error)
{
    close();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.isValid()) {
        if (error)
            *error = tr("Cannot open the job list %1: Qt's SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.").arg(m_path);
        close();
        return false;
    }
    if (!m_db.open()) {
        if (error)
            *error = failure(tr("Cannot open the job list %1: %2"), m_db.lastError());
        close();
        return false;
    }
    QSqlError pragmaError;
    {
        QSqlQuery q(m_db);
        // WAL: readers never wait for the writer, and a commit is one append; the WAL is cut back to
        // walSizeLimit after a checkpoint, so that one large change does not leave a large file behind.
        // synchronous=NORMAL in WAL mode keeps every committed change through a crash of the program
        // (not of the machine) without an fsync per change (https://www.sqlite.org/pragma.html#pragma_synchronous).
        if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)) || !enterWal(q) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) || !q.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(walSizeLimit)))
            pragmaError = q.lastError();
    } // no query may be alive when a damaged file is closed and moved aside
    if (pragmaError.isValid()) {
        if (isDamage(pragmaError))
            return keepDamagedAside(pragmaError.databaseText(), error);
        if (error)
            *error = failure(tr("Cannot open the job list %1: %2"), pragmaError);
        close();
        return false;
    }
    // Closed when the list could not be made (busy, say): the next reload() or save() opens it again.
    const bool made = createOrImport(error);
    if (!made)
        close();
    return made;
}

bool JobStore::createOrImport(QString *error)
{
    auto version = [this](int *out, QSqlError *e) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *e = q.lastError();
            return false;
        }
        *out = q.value(0).toInt();
        return true;
    };
    int v = 0;
    QSqlError e;
    if (!version(&v, &e)) {
        if (isDamage(e))
            return keepDamagedAside(e.databaseText(), error);
        if (error)
            *error = failure(tr("Cannot read the job list %1: %2"), e);
        close();
        return false;
    }
    if (v == schemaVersion)
        return true;
    if (v > schemaVersion) {
        if (error)
            *error = tr("The job list %1 was written by a newer version of IMS Wizard; this version leaves it as it is.").arg(m_path);
        close();
        return false;
    }
    // A new list: made, and the older list imported, in one transaction, so that of two programs
    // starting at once exactly one does it and the other finds it done.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto rollback = [this] { exec(QStringLiteral("ROLLBACK"), nullptr); };
    if (!version(&v, &e)) {
        rollback();
        if (error)
            *error = failure(tr("Cannot read the job list %1: %2"), e);
        return false;
    }
    if (v == schemaVersion)
        return exec(QStringLiteral("COMMIT"), error);
    // `record` is JobRecord::toJson(): fields added to JobRecord flow through without a schema change.
    // `revision` is the list's change counter (table `list`) at the row's last write: a reader asks only
    // for rows newer than what it holds. `seq` keeps the order jobs were added in.
    const QStringList jobsSchema = {
        QStringLiteral("CREATE TABLE jobs (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, endpoint TEXT, "
                       "state TEXT, submitted TEXT, finished TEXT, revision INTEGER NOT NULL, record TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX jobs_by_revision ON jobs (revision)"),
        QStringLiteral("CREATE TABLE list (revision INTEGER NOT NULL, removal INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO list (revision, removal) VALUES (0, 0)")};
    // Version 2: the calls that changed something in the cloud (ActivityLog). `seq` only grows
    // (AUTOINCREMENT), so that a reader asks for the rows after the last it saw even once old rows
    // are pruned; `at` is ISO 8601 UTC with milliseconds, which sorts as text.
    const QStringList activitySchema = {
        QStringLiteral("CREATE TABLE activity (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                       "connection TEXT NOT NULL, operation TEXT NOT NULL, http_method TEXT NOT NULL, path TEXT NOT NULL, "
                       "request_id TEXT, status INTEGER, outcome TEXT NOT NULL, error_code TEXT, job_id TEXT)"),
        QStringLiteral("CREATE INDEX activity_by_time ON activity (at)")};
    const int from = v;
    QStringList schema;
    if (from < 1)
        schema += jobsSchema;
    if (from < 2)
        schema += activitySchema;
    schema << QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion);
    for (const auto &sql : schema)
        if (!exec(sql, error)) {
            rollback();
            return false;
        }
    if (from > 0) { // an existing list brought up to date: nothing to import
        if (exec(QStringLiteral("COMMIT"), error))
            return true;
        rollback();
        return false;
    }
    const QString old = oldListPath(m_path);
    QList<JobRecord> imported;
    QString problem;
    const bool haveOld = !old.isEmpty() && (QFileInfo::exists(old) || QFileInfo::exists(old + QStringLiteral(".journal")));
    const bool readOld = haveOld && readOldList(old, &imported, &problem);
    if (!imported.isEmpty()) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (id, endpoint, state, submitted, finished, revision, record) VALUES (?, ?, ?, ?, ?, 1, ?)"));
        for (const auto &r : std::as_const(imported)) {
            insert.addBindValue(r.id);
            insert.addBindValue(r.endpoint);
            insert.addBindValue(JobRecord::stateName(r.state));
            insert.addBindValue(isoTimeText(r.submittedAt));
            insert.addBindValue(r.finishedAt.isValid() ? QVariant(isoTimeText(r.finishedAt)) : QVariant());
            insert.addBindValue(jsonText(r));
            if (!insert.exec()) {
                if (error)
                    *error = failure(tr("Cannot write the job list %1: %2"), insert.lastError());
                insert.finish();
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("UPDATE list SET revision = 1"), error)) {
            rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    if (haveOld) {
        // Kept aside only now that the import is committed: a crash before this line leaves the old
        // list where it was, imported already (the schema exists), and it is not imported twice.
        const QString suffix = readOld ? QStringLiteral(".imported") : QStringLiteral(".damaged");
        const QString kept = freeName(old + suffix);
        if (QFileInfo::exists(old))
            QFile::rename(old, kept);
        const QString journal = old + QStringLiteral(".journal");
        if (QFileInfo::exists(journal))
            QFile::rename(journal, freeName(journal + suffix));
        QFile::remove(old + QStringLiteral(".lock"));
        if (readOld) {
            qCInfo(lcJobStore).noquote() << "imported" << imported.size() << "jobs from" << old;
        } else if (error) {
            *error = tr("The old job list %1 is damaged (%2); it was kept as %3 and not imported.").arg(old, problem, kept);
            return true; // the new list works; the caller shows the message
        }
    }
    return true;
}

bool JobStore::keepDamagedAside(const QString &why, QString *error)
{
    close();
    // Kept for recovery (e.g. sqlite3's .recover), with its WAL beside it under the matching name.
    const QString kept = freeName(m_path + QStringLiteral(".damaged"));
    const bool moved = QFile::rename(m_path, kept);
    if (moved) {
        if (QFileInfo::exists(m_path + QStringLiteral("-wal")))
            QFile::rename(m_path + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    if (!moved) {
        if (error)
            *error = tr("The job list %1 is damaged (%2) and could not be moved aside; it was left as it is.").arg(m_path, why);
        return false;
    }
    qCWarning(lcJobStore).noquote() << "damaged job list kept as" << kept << ":" << why;
    QString openError;
    if (!open(&openError)) {
        if (error)
            *error = openError;
        return false;
    }
    m_knownRevision = m_knownRemoval = -1;
    if (error)
        *error = tr("The job list %1 is damaged (%2). It was kept as %3 and a new, empty list was started.").arg(m_path, why, kept);
    // The caller reports it: a damaged list must never pass for an empty one.
    return false;
}

bool JobStore::erase(const QString &path)
{
    const QString old = oldListPath(path);
    QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    if (!old.isEmpty())
        files << old << old + QStringLiteral(".journal") << old + QStringLiteral(".lock");
    for (const QString &file : std::as_const(files))
        if (QFile::exists(file) && !QFile::remove(file))
            return false;
    return true;
}

QSqlDatabase JobStore::database(QString *error)
{
    if (!m_db.isOpen() && !open(error))
        return {};
    return m_db;
}

bool JobStore::changedOnDisk() const
{
    if (!m_db.isOpen())
        return true; // not open (unreadable, damaged): reload() tries again
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT revision FROM list")) || !q.next())
        return true;
    return q.value(0).toLongLong() != m_knownRevision;
}

bool JobStore::reload(QString *error)
{
    if (!m_db.isOpen() && !open(error))
        return false;
    // One read transaction: the counter and the rows are of the same moment.
    if (!exec(QStringLiteral("BEGIN"), error))
        return false;
    QSqlError e;
    if (readChanges(&e)) {
        exec(QStringLiteral("COMMIT"), nullptr);
        return true;
    }
    exec(QStringLiteral("ROLLBACK"), nullptr);
    if (isDamage(e)) {
        // What this store holds is all that is left of the list: it goes into the new one.
        const QList<JobRecord> known = records();
        const bool moved = keepDamagedAside(e.databaseText(), error);
        if (!known.isEmpty() && m_db.isOpen())
            save(known);
        return moved;
    }
    if (error)
        *error = failure(tr("Cannot read the job list %1: %2"), e);
    return false;
}

bool JobStore::readChanges(QSqlError *failed)
{
    auto fail = [failed](QSqlQuery &q) {
        *failed = q.lastError();
        q.finish();
        return false;
    };
    qint64 revision = 0;
    qint64 removal = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT revision, removal FROM list")) || !q.next())
            return fail(q);
        revision = q.value(0).toLongLong();
        removal = q.value(1).toLongLong();
    }
    if (revision == m_knownRevision)
        return true;
    // A counter gone back means the file was replaced: all is read again.
    const bool all = m_knownRevision < 0 || revision < m_knownRevision;
    if (!all && removal > m_knownRemoval) {
        // Removed rows leave no row to ask for: the ids still there say which went.
        QSqlQuery ids(m_db);
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral("SELECT id FROM jobs")))
            return fail(ids);
        QSet<QString> present;
        present.reserve(m_records.size());
        while (ids.next())
            present.insert(ids.value(0).toString());
        if (ids.lastError().isValid())
            return fail(ids);
        m_order.removeIf([&present](const QString &id) { return !present.contains(id); });
        m_records.removeIf([&present](const QHash<QString, JobRecord>::iterator it) { return !present.contains(it.key()); });
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(all ? QStringLiteral("SELECT record FROM jobs ORDER BY seq")
                  : QStringLiteral("SELECT record FROM jobs WHERE revision > ? ORDER BY revision, seq"));
    if (!all)
        q.addBindValue(m_knownRevision);
    if (!q.exec())
        return fail(q);
    QHash<QString, JobRecord> fresh;
    QStringList order;
    QList<JobRecord> changed;
    while (q.next()) {
        const JobRecord r = fromJsonText(q.value(0).toString());
        if (r.id.isEmpty())
            continue;
        if (all) {
            order.append(r.id);
            fresh.insert(r.id, r);
        } else {
            changed.append(r);
        }
    }
    if (q.lastError().isValid())
        return fail(q);
    if (all) {
        m_records = std::move(fresh);
        m_order = std::move(order);
    } else {
        for (const auto &r : std::as_const(changed))
            apply(r);
    }
    m_knownRevision = revision;
    m_knownRemoval = removal;
    return true;
}

void JobStore::apply(const JobRecord &r)
{
    if (!m_records.contains(r.id))
        m_order.append(r.id);
    m_records.insert(r.id, r);
}

bool JobStore::save(const QList<JobRecord> &changed, QString *error)
{
    if (changed.isEmpty())
        return true;
    for (const auto &r : changed)
        apply(r);
    if (!m_db.isOpen() && !open(error))
        return false;
    SaveStatements *s = saveStatements(error);
    if (!s)
        return false;
    auto failed = [&](QSqlQuery &q) {
        if (error)
            *error = failure(tr("Cannot write the job list %1: %2"), q.lastError());
        q.finish();
        return false;
    };
    if (!s->begin.exec())
        return failed(s->begin);
    s->begin.finish();
    auto rollback = [&](QSqlQuery &q) {
        failed(q);
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    };
    if (!s->revision.exec() || !s->revision.next())
        return rollback(s->revision);
    const qint64 before = s->revision.value(0).toLongLong();
    s->revision.finish();
    if (!s->bump.exec())
        return rollback(s->bump);
    s->bump.finish();
    QSqlQuery &q = s->upsert;
    for (const auto &r : changed) {
        q.addBindValue(r.id);
        q.addBindValue(r.endpoint);
        q.addBindValue(JobRecord::stateName(r.state));
        q.addBindValue(isoTimeText(r.submittedAt));
        q.addBindValue(r.finishedAt.isValid() ? QVariant(isoTimeText(r.finishedAt)) : QVariant());
        q.addBindValue(before + 1);
        q.addBindValue(jsonText(r));
        if (!q.exec())
            return rollback(q);
    }
    q.finish();
    if (!s->commit.exec())
        return rollback(s->commit);
    s->commit.finish();
    if (before == m_knownRevision) // nobody else wrote since we last read: we hold the whole list
        m_knownRevision = before + 1;
    return true;
}

bool JobStore::remove(const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    if (!m_db.isOpen() && !open(error))
        return false;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    qint64 before = 0;
    {
        QSqlQuery q(m_db);
        ok = q.exec(QStringLiteral("SELECT revision FROM list")) && q.next();
        if (ok)
            before = q.value(0).toLongLong();
        ok = ok && q.exec(QStringLiteral("UPDATE list SET revision = revision + 1, removal = revision + 1"));
        if (ok) {
            q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
            for (const auto &id : ids) {
                q.addBindValue(id);
                if (!(ok = q.exec()))
                    break;
            }
        }
        if (!ok && error)
            *error = failure(tr("Cannot write the job list %1: %2"), q.lastError());
        q.finish();
    }
    if (!ok || !exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    for (const auto &id : ids) {
        m_records.remove(id);
        m_order.removeAll(id);
    }
    if (before == m_knownRevision)
        m_knownRevision = m_knownRemoval = before + 1;
    return true;
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

QList<JobRecord> JobStore::records() const
{
    QList<JobRecord> out;
    out.reserve(m_order.size());
    for (const auto &id : m_order)
        out.append(m_records.value(id));
    return out;
}

} // namespace ims
