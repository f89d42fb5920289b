// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "ApiCall.h"

#include <QJsonObject>

namespace ims {

class ImsClient;

// One resource of the account looked up by its id, where the API has such a call: what the
// pre-submit checks ask instead of listing everything. A 404 is ApiError::Kind::NotFound.
class ResourceCall : public ApiCall
{
    Q_OBJECT
public:
    using ApiCall::ApiCall;
    // The resource as the API described it (its own field names).
    QJsonObject resource() const { return m_resource; }
    // The call answered 404: no such resource in this project and region.
    bool notFound() const { return error() && error()->kind() == ApiError::Kind::NotFound; }

protected:
    void parseAnswer() override;
    // The key of the answer holding the resource ("server", "volume"…).
    virtual QString resourceKey() const = 0;
    QJsonObject m_resource;
};

// ECS "Querying Details About an ECS" (ShowServer): GET /v1/{project_id}/cloudservers/{server_id}.
class ServerCall : public ResourceCall
{
    Q_OBJECT
public:
    ServerCall(ImsClient *client, const QString &serverId);

protected:
    QString resourceKey() const override { return QStringLiteral("server"); }
};

// EVS "Querying Details About an EVS Disk" (ShowVolume): GET /v2/{project_id}/cloudvolumes/{volume_id}.
class VolumeCall : public ResourceCall
{
    Q_OBJECT
public:
    VolumeCall(ImsClient *client, const QString &volumeId);

protected:
    QString resourceKey() const override { return QStringLiteral("volume"); }
};

// KMS "Querying Key Details" (ShowKey): POST /v1.0/{project_id}/kms/describe-key {"key_id"}; the key
// is the answer's `key_info`, whose `key_state` is "2" when enabled (1 pending activation, 3 disabled,
// 4 pending deletion, 5 pending import).
class KmsKeyCall : public ResourceCall
{
    Q_OBJECT
public:
    KmsKeyCall(ImsClient *client, const QString &keyId);

protected:
    void parseAnswer() override;
    QString resourceKey() const override { return QStringLiteral("key_info"); }
};

// EPS "Querying Details About an Enterprise Project" (ShowEnterpriseProject):
// GET /v1.0/enterprise-projects/{enterprise_project_id}; `status` 1 is enabled, 2 disabled.
class EnterpriseProjectCall : public ResourceCall
{
    Q_OBJECT
public:
    EnterpriseProjectCall(ImsClient *client, const QString &enterpriseProjectId);

protected:
    QString resourceKey() const override { return QStringLiteral("enterprise_project"); }
};

} // namespace ims
