// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "RequestDraft.h"

#include "catalogue/Catalogue.h"

namespace ims {

RequestDraft::RequestDraft(QObject *parent)
    : QObject(parent)
{
}

const MethodSpec *RequestDraft::method() const
{
    return Catalogue::instance().method(m_methodId);
}

void RequestDraft::setMethod(const QString &methodId)
{
    if (methodId == m_methodId)
        return;
    m_methodId = methodId;
    m_serverIssues.clear();
    m_touched.clear();
    // Keep what still applies to the new method (a name typed before switching is not lost).
    const MethodSpec *m = method();
    QJsonObject kept;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (m && m->field(it.key()))
            kept.insert(it.key(), it.value());
    m_fields = kept;
    revalidate();
    emit methodChanged();
    emit changed();
}

void RequestDraft::setFields(const QJsonObject &fields)
{
    m_fields = fields;
    m_touched.clear();
    revalidate();
    emit changed();
}

void RequestDraft::setServerIssue(const QString &field, const QString &message)
{
    m_serverIssues.append({field, message, ValidationIssue::Severity::Error});
    revalidate();
    emit changed();
}

void RequestDraft::setValue(const QString &key, const QJsonValue &value)
{
    m_serverIssues.removeIf([&key](const ValidationIssue &i) { return i.field == key || i.field.startsWith(key + QLatin1Char('[')); });
    const bool firstTouch = !m_touched.contains(key);
    m_touched.insert(key);
    if (value.isUndefined() || value.isNull()) {
        if (!m_fields.contains(key)) {
            if (firstTouch)
                emit changed(); // nothing to send, but a required field now says it is required
            return;
        }
        m_fields.remove(key);
    } else {
        if (m_fields.value(key) == value)
            return;
        m_fields.insert(key, value);
    }
    revalidate();
    emit changed();
}

void RequestDraft::setKnownOsVersions(const QStringList &versions)
{
    m_options.knownOsVersions = versions;
    revalidate();
    emit changed();
}

bool RequestDraft::hasErrorsIn(const QStringList &keys) const
{
    for (const auto &key : keys)
        if (hasErrors(issuesFor(key)))
            return true;
    return false;
}

void RequestDraft::revalidate()
{
    const MethodSpec *m = method();
    m_issues = m ? RequestValidator::validate(*m, m_fields, m_options) : QList<ValidationIssue>{};
    m_issues += m_serverIssues;
}

} // namespace ims
