// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiError.h"
#include "Connection.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ims {

class ImsClient;
class OsVersionsCall;

// "Test connection": with a password, gets a token from IAM, then makes a harmless GET to IMS (the
// OS versions); with AK/SK, signs that GET. Reports each step in user terms, asynchronously, and can
// be cancelled. Uses a client of its own, so the main window's connection is not touched.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        bool ok = false;
        QString text;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test (cancelling one under way).
    void start(const ConnectionSettings &settings, const Credentials &credentials);
    // Stops at once: reports "Test cancelled." and finished(false); nothing arrives after that.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<Step> &steps() const { return m_steps; }
    bool succeeded() const { return !m_running && !m_steps.isEmpty() && m_steps.last().ok; }

    static QString endpointText(const QUrl &url);

signals:
    void stepDone(bool ok, const QString &text);
    void finished(bool ok);

private:
    void testIms(quint64 run);
    void addStep(bool ok, const QString &text);
    void finish(bool ok);
    QString explain(const ApiError &error, bool iam) const;
    void dropClient();

    QPointer<ImsClient> m_client;
    ConnectionSettings m_settings;
    QList<Step> m_steps;
    quint64 m_run = 0; // answers of an earlier (cancelled) run are ignored
    bool m_running = false;
};

} // namespace ims
