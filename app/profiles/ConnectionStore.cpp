// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ConnectionStore.h"

#include "DataDirectory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ims {

QString ConnectionStore::defaultPath()
{
    return dataDirectory() + QStringLiteral("/connections.json");
}

QString ConnectionStore::sandboxName()
{
    return QStringLiteral("Sandbox"); // a key in the file, so not translated
}

ConnectionStore::ConnectionStore(const QString &path)
    : m_path(path)
{
}

bool ConnectionStore::load(QString *error)
{
    m_connections.clear();
    m_lastUsed.clear();
    m_unreadable = false;
    QFile f(m_path);
    if (!f.exists())
        return true;
    auto fail = [&](const QString &why) {
        m_unreadable = true;
        if (error)
            *error = tr("The saved connections in %1 cannot be read (%2). The file is left as it is; "
                        "it will be kept beside as a copy when you save a connection.")
                         .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue list = doc.object().value(QStringLiteral("connections"));
    if (!doc.isObject() || !list.isArray())
        return fail(tr("no \"connections\" list"));
    for (const auto &v : list.toArray()) {
        const ConnectionSettings s = ConnectionSettings::fromJson(v.toObject());
        if (s.name.trimmed().isEmpty() || isSandbox(s.name) || contains(s.name))
            continue; // nothing sensible to list
        m_connections.append(s);
    }
    m_lastUsed = doc.object().value(QStringLiteral("lastUsed")).toString();
    sort();
    return true;
}

bool ConnectionStore::save(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_unreadable && QFile::exists(m_path)) {
        const QString kept = m_path + QStringLiteral(".unreadable-") +
                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::copy(m_path, kept)) {
            if (error)
                *error = tr("Cannot keep a copy of the unreadable %1, so it is not replaced.").arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        m_keptUnreadable = kept;
    }
    QJsonArray list;
    for (const auto &c : m_connections)
        list.append(c.toJson());
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("connections"), list}};
    if (!m_lastUsed.isEmpty())
        root.insert(QStringLiteral("lastUsed"), m_lastUsed);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    m_unreadable = false;
    return true;
}

QStringList ConnectionStore::names() const
{
    QStringList out;
    for (const auto &c : m_connections)
        out << c.name;
    return out;
}

bool ConnectionStore::contains(const QString &name) const
{
    return find(name).has_value();
}

std::optional<ConnectionSettings> ConnectionStore::find(const QString &name) const
{
    for (const auto &c : m_connections)
        if (c.name == name)
            return c;
    return std::nullopt;
}

QString ConnectionStore::checkName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return tr("A connection needs a name.");
    if (name != name.trimmed())
        return tr("A name cannot start or end with a space.");
    if (isSandbox(name))
        return tr("\"%1\" is the built-in sandbox's name.").arg(name);
    return {};
}

bool ConnectionStore::put(const ConnectionSettings &settings, QString *error)
{
    return replace(settings.name, settings, error);
}

bool ConnectionStore::replace(const QString &from, const ConnectionSettings &settings, QString *error)
{
    const QString problem = checkName(settings.name);
    if (!problem.isEmpty() || (from != settings.name && contains(settings.name))) {
        if (error)
            *error = problem.isEmpty() ? tr("A connection named \"%1\" exists already.").arg(settings.name) : problem;
        return false;
    }
    const bool wasLast = !from.isEmpty() && m_lastUsed == from;
    remove(from);
    m_connections.append(settings);
    if (wasLast)
        m_lastUsed = settings.name;
    sort();
    return true;
}

bool ConnectionStore::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_connections.size(); ++i)
        if (m_connections[i].name == name) {
            m_connections.removeAt(i);
            if (m_lastUsed == name)
                m_lastUsed.clear();
            return true;
        }
    return false;
}

QString ConnectionStore::unusedName(const QString &base) const
{
    if (!contains(base) && !isSandbox(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}

void ConnectionStore::sort()
{
    std::sort(m_connections.begin(), m_connections.end(),
              [](const ConnectionSettings &a, const ConnectionSettings &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

} // namespace ims
