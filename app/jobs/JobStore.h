#pragma once

#include "JobRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ims {

// The persistent list of submitted jobs, shared by the desktop program and the CLI: one JSON file
// under the app-data folder, rewritten atomically (QSaveFile) under a lock file, so that two
// processes can add jobs at once and a crash never leaves half a file.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    // IMS_WIZARD_DATA_DIR overrides the folder (tests, several profiles side by side).
    static QString defaultPath();

    explicit JobStore(const QString &path = defaultPath());

    QString path() const { return m_path; }
    // Re-reads the file (jobs other processes added); false with `error` when it cannot be read.
    bool reload(QString *error = nullptr);
    // Writes the given records into the file, merging with what other processes wrote meanwhile.
    bool save(const QList<JobRecord> &changed, QString *error = nullptr);
    bool remove(const QStringList &ids, QString *error = nullptr);

    QList<JobRecord> records() const; // oldest first
    bool contains(const QString &id) const { return m_records.contains(id); }
    JobRecord record(const QString &id) const { return m_records.value(id); }

private:
    bool readFile(QHash<QString, JobRecord> *out, QStringList *order, QString *error) const;
    bool writeFile(QString *error);

    QString m_path;
    QHash<QString, JobRecord> m_records;
    QStringList m_order;
};

} // namespace ims
