// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Session.h"

#include "Submission.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/RequestSigner.h"
#include "cloud/TokenProvider.h"
#include "jobs/JobMonitor.h"
#include "obs/ObsClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "ims.session", QtInfoMsg)

namespace ims {

Session::Session(const ConnectionSettings &settings, const Credentials &credentials, JobMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_client(new ImsClient(settings, credentials, this))
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("session:") + settings.name);
    m_obs = new ObsClient(this);
    m_obs->useConnectionOf(m_client);
    if (m_monitor)
        m_monitor->follow(m_client, settings.name);
}

Session::~Session()
{
    if (m_monitor)
        m_monitor->unfollow(m_client);
}

const ConnectionSettings &Session::settings() const
{
    return m_client->settings();
}

QString Session::name() const
{
    return settings().name;
}

ObsClient *Session::obsClient(QString *whyNot) const
{
    Q_UNUSED(whyNot) // every connection reaches OBS: with its AK/SK, or with temporary keys from its IAM
    return m_obs;
}

void Session::setObsKey(const QString &accessKey, const QString &secretKey, const QString &securityToken)
{
    m_obs->setTemporaryKeys(nullptr);
    m_obs->setKey({accessKey, secretKey, securityToken});
}

void Session::setClock(std::function<QDateTime()> clock)
{
    m_client->setClock(std::move(clock));
}

PreparedRequest Session::prepare(const MethodSpec &method, const QJsonObject &fields, Secrets secrets) const
{
    const ConnectionSettings &s = settings();
    PreparedRequest r = RequestBuilder::prepare(method, fields, {s.effectiveImsEndpoint().toString(), s.useNewerCreatePaths});
    const QByteArray token = secrets == Secrets::Masked ? RequestBuilder::maskedValue : m_client->tokens()->token();
    const AuthorizedRequest sent = m_client->authorize(CreateImageCall::requestFor(s, method, fields), token, m_client->now());
    // What RequestBuilder guessed for auth gives way to what this connection really sends.
    const QByteArray host = r.header("Host");
    r.headers.clear();
    if (!host.isEmpty())
        r.setHeader("Host", host);
    for (const auto &h : sent.headers)
        r.setHeader(h.first, h.second);
    return secrets == Secrets::Masked ? RequestBuilder::masked(r) : r;
}

QString Session::curlCommand(const MethodSpec &method, const QJsonObject &fields) const
{
    return RequestBuilder::curlCommand(prepare(method, fields, Secrets::Shown));
}

Submission *Session::submit(const MethodSpec &method, const QJsonObject &fields, const BatchMembership &batch)
{
    auto *submission = new Submission(this);
    auto *call = new CreateImageCall(m_client, method, fields);
    submission->m_call = call;
    const bool answersWithJob = method.answer == Answer::Job;
    // In the job list before the create is sent, as an unknown outcome: a program killed (or a machine
    // switched off) before the answer is recorded leaves this, not a job nobody knows of (found by the
    // kill storm, tests/killstorm). Replaced by what came of it as soon as the answer is in.
    QString sending;
    if (m_monitor)
        sending = m_monitor
                      ->recordOutcomeUnknown(m_client, method.id, fields,
                                             tr("Sent; no answer was recorded (the program stopped before it came?). It may have "
                                                "created the image: look in the console before sending it again."),
                                             QString(), batch,
                                             // the call's own limit: past it, no answer is coming
                                             QDateTime::currentDateTimeUtc().addMSecs(call->request().totalTimeoutMs))
                      .id;
    connect(call, &ApiCall::finished, submission, [this, submission, call, fields, methodId = method.id, answersWithJob, sending, batch] {
        call->deleteLater();
        if (!call->succeeded()) {
            const ApiError &e = *call->error();
            submission->m_error = e;
            if (call->outcomeUnknown()) {
                submission->m_outcome = Submission::Outcome::OutcomeUnknown;
                if (m_monitor)
                    submission->m_recordId = m_monitor->recordOutcomeUnknown(m_client, methodId, fields, e.userMessage(), e.requestId(), batch).id;
            } else {
                submission->m_outcome = Submission::Outcome::Failed;
                const MethodSpec *m = Catalogue::instance().method(methodId);
                if (const QString field = e.fieldHint(); !field.isEmpty() && m && m->field(field))
                    submission->m_rejectedField = field;
            }
        } else if (!answersWithJob) {
            submission->m_outcome = Submission::Outcome::ImageCreated;
            submission->m_image = call->image();
        } else {
            submission->m_outcome = Submission::Outcome::JobStarted;
            submission->m_jobId = call->jobId();
            // Written to the job list before anything else happens: a crash now still leaves the job followed.
            if (m_monitor)
                submission->m_recordId =
                    m_monitor->track(m_client, call->jobId(), methodId, fields, QString::fromLatin1(call->responseHeader("X-Request-Id")), batch).id;
        }
        // Only now that the outcome is written: a crash in between leaves both, never neither.
        if (m_monitor)
            m_monitor->remove({sending});
        qCInfo(lcSession) << "create" << methodId << "on" << name() << "->" << int(submission->m_outcome);
        emit submission->finished();
    });
    call->start();
    return submission;
}

} // namespace ims
