// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchCheckpoint.h"

#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ims {

namespace {
const char *const stepNames[] = {"sending", "sent", "created", "refused", "unknown"};
}

QString BatchCheckpoint::pathFor(const QString &batchId, const QString &jobListPath)
{
    const QString folder = jobListPath.isEmpty() ? dataDirectory() : QFileInfo(jobListPath).absolutePath();
    return folder + QStringLiteral("/batches/") + batchId + QStringLiteral(".json");
}

BatchCheckpoint BatchCheckpoint::load(const QString &path)
{
    BatchCheckpoint c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024 * 1024)).object();
    c.batchId = o.value(QStringLiteral("batch")).toString();
    const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        Entry e;
        const QString step = r.value(QStringLiteral("step")).toString();
        bool known = false;
        for (int s = 0; s < 5; ++s)
            if (step == QLatin1String(stepNames[s])) {
                e.step = Entry::Step(s);
                known = true;
            }
        const int number = it.key().toInt();
        if (!known || number <= 0)
            continue;
        e.recordId = r.value(QStringLiteral("record")).toString();
        e.imageId = r.value(QStringLiteral("image")).toString();
        e.sentence = r.value(QStringLiteral("sentence")).toString();
        c.rows.insert(number, e);
    }
    return c;
}

bool BatchCheckpoint::save(const QString &path, QString *error) const
{
    QJsonObject rowsJson;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        QJsonObject r{{QStringLiteral("step"), QLatin1String(stepNames[int(it->step)])}};
        if (!it->recordId.isEmpty())
            r.insert(QStringLiteral("record"), it->recordId);
        if (!it->imageId.isEmpty())
            r.insert(QStringLiteral("image"), it->imageId);
        if (!it->sentence.isEmpty())
            r.insert(QStringLiteral("sentence"), it->sentence);
        rowsJson.insert(QString::number(it.key()), r);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject{{QStringLiteral("batch"), batchId}, {QStringLiteral("rows"), rowsJson}}).toJson(QJsonDocument::Compact)) < 0
        || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace ims
