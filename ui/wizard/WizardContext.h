#pragma once

#include <QPointer>
#include <QString>

namespace ims {

class ImsClient;
class JobMonitor;
class RequestDraft;

// What every wizard page shares: the request being built, and (when connected) the client that
// sends it and the monitor that follows its job.
struct WizardContext
{
    RequestDraft *draft = nullptr;
    QPointer<ImsClient> client;   // null when not connected: the wizard still validates and previews
    QPointer<JobMonitor> monitor;
    QString connectionName;       // "Sandbox", "ap-southeast-1 / project", shown on the review page
};

} // namespace ims
