// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/Connection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ims {

// The saved connections, without secrets, in one JSON file under the app-data folder
// (connections.json, written atomically), and the one used last. Secrets live in SecretStore.
// A file that cannot be read is never overwritten: it is kept beside as *.unreadable-<time> first.
class ConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)
public:
    // IMS_WIZARD_DATA_DIR moves it, as it moves the job list and the profiles.
    static QString defaultPath();
    // The built-in sandbox: listed first, never stored, edited or deleted.
    static QString sandboxName();
    static bool isSandbox(const QString &name) { return name == sandboxName(); }

    explicit ConnectionStore(const QString &path = defaultPath());

    QString path() const { return m_path; }
    // A missing file is an empty list. false with a reason naming the file when it cannot be read;
    // the list is then empty and the file untouched.
    bool load(QString *error = nullptr);
    // Writes everything at once (QSaveFile: the old file stays whole until the new one is complete).
    bool save(QString *error = nullptr);
    // Where the unreadable file was kept by the last save, empty when there was none.
    QString keptUnreadableFile() const { return m_keptUnreadable; }

    QList<ConnectionSettings> connections() const { return m_connections; } // sorted by name
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<ConnectionSettings> find(const QString &name) const;
    // Adds or replaces (by name). false for an empty or reserved name.
    bool put(const ConnectionSettings &settings, QString *error = nullptr);
    // `from` becomes `settings` (a new name included); false when the new name is taken.
    bool replace(const QString &from, const ConnectionSettings &settings, QString *error = nullptr);
    bool remove(const QString &name);
    // "prod", "prod 2", … : a name not in use yet.
    QString unusedName(const QString &base) const;

    QString lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QString &name) { m_lastUsed = name; }

private:
    QString checkName(const QString &name) const;
    void sort();

    QString m_path;
    QList<ConnectionSettings> m_connections;
    QString m_lastUsed;
    bool m_unreadable = false; // the file on disk could not be read: keep it before replacing it
    QString m_keptUnreadable;
};

} // namespace ims
