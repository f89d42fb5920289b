// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "imagefile/ImageInfo.h"

#include "session/Session.h"

#include <QPointer>
#include <QString>

namespace ims {

class ImsClient;
class RequestDraft;
class UploadJobs;

// "A disk file on this computer" (issue 13): the file, where it is uploaded, and what its headers
// said; the create request's image_url and min_disk come from it.
struct LocalFileChoice
{
    bool active = false;
    QString file;
    QString bucket;
    QString key;
    int parallel = 3;
    QString format;      // as the inspection found it ("qcow2")
    qint64 virtualSize = -1;
    ImageInfo inspection; // the whole inspection: the review page's checks judge the file by it
};

// What every wizard page shares: the request being built, and (when connected) the session that
// shows it as it will be sent, sends it and has its job followed.
struct WizardContext
{
    RequestDraft *draft = nullptr;
    QPointer<Session> session;    // null when not connected: the wizard still validates and previews
    QString connectionName;       // "Sandbox", "ap-southeast-1 / project", shown on the review page
    UploadJobs *uploads = nullptr; // where a local file's upload runs as a job
    LocalFileChoice localFile;

    ImsClient *client() const { return session ? session->client() : nullptr; }
};

} // namespace ims
