// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ConnectionTester.h"

#include "ImsCalls.h"
#include "ImsClient.h"
#include "TokenProvider.h"

#include <QLocale>

namespace ims {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    ++m_run;
    delete m_client;
}

QString ConnectionTester::endpointText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void ConnectionTester::dropClient()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater(); // aborts what is in flight; maybe called from inside its own answer
    }
    m_client = nullptr;
}

void ConnectionTester::start(const ConnectionSettings &settings, const Credentials &credentials)
{
    const quint64 run = ++m_run;
    dropClient();
    m_steps.clear();
    m_running = true;
    m_settings = settings;
    m_client = new ImsClient(settings, credentials, this);
    // A test should answer quickly: one attempt per GET (IAM still retries a passing fault twice).
    m_client->setRetryPolicy({1, 250, 1000});

    if (settings.auth == AuthMode::AkSk) {
        testIms(run);
        return;
    }
    const QString iam = endpointText(settings.effectiveIamEndpoint());
    m_client->tokens()->withToken(m_client, [this, run, iam](const std::optional<ApiError> &error) {
        if (run != m_run)
            return;
        if (error) {
            addStep(false, tr("IAM at %1 gave no token. %2").arg(iam, explain(*error, true)));
            finish(false);
            return;
        }
        const QString project = m_settings.projectName.isEmpty() ? m_settings.projectId : m_settings.projectName;
        const QString until = QLocale().toString(m_client->tokens()->expiresAt().toLocalTime(), QLocale::ShortFormat);
        addStep(true, tr("IAM at %1 answered: token for project %2 (id %3), valid until %4.")
                          .arg(iam, project.isEmpty() ? m_settings.region : project, m_client->projectId(), until));
        testIms(run);
    });
}

void ConnectionTester::testIms(quint64 run)
{
    const QString ims = endpointText(m_settings.effectiveImsEndpoint());
    auto *call = new OsVersionsCall(m_client);
    connect(call, &ApiCall::finished, this, [this, call, run, ims] {
        call->deleteLater();
        if (run != m_run)
            return;
        if (!call->succeeded()) {
            addStep(false, tr("IMS at %1 did not accept the test request (GET os_version). %2")
                               .arg(ims, explain(call->error().value_or(ApiError::cancelled()), false)));
            finish(false);
            return;
        }
        const int n = int(call->versions().size());
        if (m_settings.auth == AuthMode::AkSk)
            addStep(true, tr("IMS at %1 answered: the AK/SK signature of access key %2 was accepted (OS versions offered: %3).")
                              .arg(ims, m_settings.accessKey).arg(n));
        else
            addStep(true, tr("IMS at %1 answered: the token was accepted (OS versions offered: %2).").arg(ims).arg(n));
        finish(true);
    });
    call->start();
}

QString ConnectionTester::explain(const ApiError &error, bool iam) const
{
    QString text = error.userMessage();
    // What ApiError cannot know: which part of the connection settings the failing step depends on.
    const QString said = error.serverMessage();
    if (iam && said.contains(QLatin1String("project"), Qt::CaseInsensitive))
        text += QLatin1Char(' ') + tr("Check the project name or id: IAM does not know it in this account.");
    else if (error.kind() == ApiError::Kind::Network && m_settings.proxy == ConnectionSettings::Proxy::Custom)
        text += QLatin1Char(' ') + tr("The proxy %1 is used for this connection.").arg(endpointText(m_settings.proxyUrl));
    else if (error.kind() == ApiError::Kind::Tls && m_settings.caFile.isEmpty())
        text += QLatin1Char(' ') + tr("No extra CA file is set for this connection.");
    return text;
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    dropClient();
    addStep(false, tr("Test cancelled."));
    finish(false);
}

void ConnectionTester::addStep(bool ok, const QString &text)
{
    m_steps.append({ok, text});
    emit stepDone(ok, text);
}

void ConnectionTester::finish(bool ok)
{
    m_running = false;
    emit finished(ok);
}

} // namespace ims
