// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "session/Session.h"

#include <QPointer>
#include <QString>

namespace ims {

class ImsClient;
class RequestDraft;

// What every wizard page shares: the request being built, and (when connected) the session that
// shows it as it will be sent, sends it and has its job followed.
struct WizardContext
{
    RequestDraft *draft = nullptr;
    QPointer<Session> session;    // null when not connected: the wizard still validates and previews
    QString connectionName;       // "Sandbox", "ap-southeast-1 / project", shown on the review page

    ImsClient *client() const { return session ? session->client() : nullptr; }
};

} // namespace ims
