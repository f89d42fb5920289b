// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "FieldSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace ims {

struct ValidationIssue;

// A rule between fields that no single field can check ("tags or image_tags, not both").
struct CrossRule
{
    const char *description = nullptr; // QT_TRANSLATE_NOOP("Catalogue", ...): shown in docs and help
    QString source;
    std::function<void(const QJsonObject &fields, const QString &pathPrefix, QList<ValidationIssue> &out)> check;
};

// How the server answers a successful create call.
enum class Answer {
    Job,   // 200 {"job_id": "..."}: the job is then polled
    Image, // 201 with the image record (native POST /v2/images), no job
};

// One image-creation method: its endpoint, its fields and the rules between them.
struct MethodSpec
{
    QString id;                  // stable id users see in request files, e.g. "ecs-system"
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Catalogue", ...)
    const char *summary = nullptr;
    QByteArray httpMethod; // "POST"
    QString path;          // "/v2/cloudimages/action"
    QString newerPath;     // the "(New)" /v2.1 variant with the same body, empty if none
    Answer answer = Answer::Job;
    QString source; // the page that documents the call
    QList<FieldSpec> fields;
    QList<CrossRule> crossRules;
    QList<CrossRule> itemCrossRules; // applied to each item of every ObjectList field of this method

    const FieldSpec *field(const QString &key) const;
    QString displayTitle() const;
    QString displaySummary() const;
};

} // namespace ims
