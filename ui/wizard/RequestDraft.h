// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/MethodSpec.h"
#include "catalogue/RequestValidator.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace ims {

// The request being built in the wizard: a method and the fields set so far, judged by the catalogue
// after every change. Field widgets write into it; pages read its verdicts.
class RequestDraft : public QObject
{
    Q_OBJECT
public:
    explicit RequestDraft(QObject *parent = nullptr);

    void setMethod(const QString &methodId);
    QString methodId() const { return m_methodId; }
    const MethodSpec *method() const;

    const QJsonObject &fields() const { return m_fields; }
    void setFields(const QJsonObject &fields);
    QJsonValue value(const QString &key) const { return m_fields.value(key); }
    // An undefined or null value removes the field: unset fields are not sent. Either way the field
    // counts as touched: a required field emptied by the person says so at once.
    void setValue(const QString &key, const QJsonValue &value);
    // Given a value, or changed by the person since the request was loaded or started.
    bool isTouched(const QString &key) const { return m_fields.contains(key) || m_touched.contains(key); }

    void setKnownOsVersions(const QStringList &versions);
    const QStringList &knownOsVersions() const { return m_options.knownOsVersions; }

    const QList<ValidationIssue> &issues() const { return m_issues; }
    QList<ValidationIssue> issuesFor(const QString &path) const { return RequestValidator::issuesFor(m_issues, path); }
    bool hasErrorsIn(const QStringList &keys) const;
    // An error the server reported about a field (IMG.0009 on "name"): shown at the field until it changes.
    void setServerIssue(const QString &field, const QString &message);

signals:
    void methodChanged();
    void changed();

private:
    void revalidate();

    QString m_methodId;
    QJsonObject m_fields;
    RequestValidator::Options m_options;
    QList<ValidationIssue> m_issues;
    QList<ValidationIssue> m_serverIssues;
    QSet<QString> m_touched;
};

} // namespace ims
