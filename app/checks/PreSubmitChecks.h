// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "catalogue/MethodSpec.h"
#include "imagefile/ImageInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace ims {

class ApiCall;
class ImsClient;
class ObsCall;
class ObsClient;
struct ObsBucket;

// One pre-submit check's outcome: a verdict and one translated sentence saying what was found.
struct CheckResult
{
    enum class Verdict {
        Pass,     // ✓ what IMS needs is there
        Warning,  // ⚠ likely wrong but allowed, or the check itself could not be made (network)
        Blocking, // ✗ the create call would certainly fail
        Skipped,  // not checked, with the reason (no OBS key, nothing to read)
    };
    Verdict verdict = Verdict::Skipped;
    QString field;    // the catalogue field id it concerns ("instance_id", "data_images[1].volume_id"), may be empty
    QString sentence; // one translated sentence
};

// Checks a request against the account before it is sent (issue 12): the ECS or disk exists in this
// project and region and is in a state IMS takes, the data disks belong to one ECS, the OBS file
// exists in a Standard bucket of the IMS region, its size suits the import, its own header matches
// the format and fits min_disk, the name is free, the quota has room, the KMS key is enabled, the
// enterprise project exists. Asynchronous: independent calls go out together, each row goes from
// "checking…" to its verdict (resultChanged), finished() when all are done; cancel() stops them.
class PreSubmitChecks : public QObject
{
    Q_OBJECT
public:
    PreSubmitChecks(ImsClient *client, const MethodSpec &method, const QJsonObject &fields, QObject *parent = nullptr);
    ~PreSubmitChecks() override;

    // The request's `imageUrl` ("bucket:object") is a file this computer uploads before the create call
    // (issue 13): it is not looked for in OBS, and its header is the one read from the local file.
    // Call before start().
    void setUploadedFirst(const QString &imageUrl, const ImageInfo &localInspection);
    void start();
    void cancel();
    // One row per check, in a stable order; a row still checking is Skipped with a "Checking…" sentence.
    QList<CheckResult> results() const;
    bool isPending(int index) const { return m_pending.contains(index); }
    bool isFinished() const { return m_started && m_pending.isEmpty(); }
    bool hasBlocking() const;
    bool hasWarnings() const;
    // "pass", "warning", "blocking", "skipped": the names the CLI's --json uses.
    static QString verdictName(CheckResult::Verdict verdict);

signals:
    void resultChanged(int index);
    void finished();

private:
    struct ObsFile;

    int addRow(const QString &field, const QString &checking);
    void settle(int row, CheckResult::Verdict verdict, const QString &sentence);
    // Runs `handler` when the call ends (not after cancel()), then deletes the call.
    void whenDone(ApiCall *call, std::function<void()> handler);
    void whenDone(ObsCall *call, std::function<void()> handler);
    void couldNotCheck(int row, const QString &why);

    void checkServerForSystemImage(const QString &serverId);
    void checkDataDisksOfOneServer();
    void checkVolumeForSystemImage(const QString &volumeId);
    void checkFile(const QString &fieldPath, const QJsonObject &fields, const MethodSpec *minDiskMethod, bool quick, OsFamily os);
    void readHeader(const std::shared_ptr<ObsFile> &file, int round);
    void judgeHeader(const std::shared_ptr<ObsFile> &file);
    void judgeHeader(const std::shared_ptr<ObsFile> &file, const ImageInfo &info);
    // Whether IMS takes a file of this size and storage class for this import: the file row's verdict.
    void judgeFileSize(const std::shared_ptr<ObsFile> &file, const QString &storageClass, const QString &passSentence);
    void checkBucketRegions();
    void checkName(const QString &fieldPath, const QString &name);
    void checkQuota(int images);
    void checkKmsKey(const QString &keyId);
    void checkEnterpriseProject(const QString &id);
    // The ECS's status (ShowServer) as a verdict; the row says it in one sentence.
    void judgeServerState(int row, const QJsonObject &server);

    ImsClient *m_client;
    MethodSpec m_method;
    QJsonObject m_fields;
    ObsClient *m_obs = nullptr;
    QString m_uploadedFirstUrl;
    ImageInfo m_uploadedFirst;
    QList<CheckResult> m_results;
    QSet<int> m_pending;
    QList<QPointer<QObject>> m_calls;
    QHash<QString, QList<int>> m_bucketRows; // bucket -> its region rows
    bool m_started = false;
    bool m_starting = false; // inside start(): rows are still being added
    bool m_cancelled = false;
};

} // namespace ims
