// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "PreSubmitChecks.h"

#include "catalogue/Catalogue.h"
#include "catalogue/OsVersions.h"
#include "cloud/AccountCalls.h"
#include "cloud/ImsCalls.h"
#include "cloud/ImsClient.h"
#include "cloud/ResourceCalls.h"
#include "imagefile/ImageInspector.h"
#include "imagefile/RangeBuffer.h"
#include "obs/ObsCalls.h"
#include "obs/ObsClient.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace ims {

namespace {

constexpr qint64 GiB = qint64(1) << 30;
// "Notes and Constraints" (IMS product description): an image file of at most 128 GB for the normal
// import; up to 1 TB through quick import. A system or data disk of at most 1 TB for an ECS image.
constexpr qint64 normalImportMaxBytes = 128 * GiB;
constexpr qint64 quickImportMaxBytes = 1024 * GiB;
constexpr qint64 diskMaxGb = 1024;
// Header reads after the first: a VHDX's metadata or a qcow2's tables may point further (RangeBuffer).
constexpr int maxHeaderRounds = 3;

// The quota is "nearly full" when what is left after this request is under a tenth of it, and never
// under 5 images: the next image after the create (a second try, a batch, a colleague's) fails with
// IMG.0015, often once a long job has already run, and a quota increase is a service ticket, not a
// click. A tenth scales with the account (10 of the common 100, 5 of 50); the floor of 5 keeps a small
// quota from warning only at its very last image. 0 left after this one is nearly full too.
constexpr int nearlyFullFloor = 5;

bool quotaNearlyFull(int leftAfter, int quota)
{
    return leftAfter < std::max(nearlyFullFloor, (quota + 9) / 10);
}

qint64 ceilGb(qint64 bytes)
{
    return bytes / GiB + (bytes % GiB != 0 ? 1 : 0);
}

QString gb(qint64 bytes)
{
    return QString::number(double(bytes) / double(GiB), 'f', bytes < 10 * GiB ? 1 : 0);
}

bool isSet(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}

QString nameOf(const QJsonObject &resource)
{
    const QString name = resource.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? resource.value(QStringLiteral("id")).toString() : name;
}

// The ECS a disk is attached to (EVS VolumeDetail attachments), empty when it is attached to none.
QString attachedServer(const QJsonObject &volume)
{
    return volume.value(QStringLiteral("attachments")).toArray().first().toObject().value(QStringLiteral("server_id")).toString();
}

// The id of the disk an ECS boots from: bootIndex "0" in os-extended-volumes:volumes_attached.
QString systemDiskOf(const QJsonObject &server)
{
    for (const auto &d : server.value(QStringLiteral("os-extended-volumes:volumes_attached")).toArray()) {
        const QJsonValue index = d.toObject().value(QStringLiteral("bootIndex"));
        if (index.toString() == QLatin1String("0") || (index.isDouble() && index.toInt() == 0))
            return d.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

} // namespace

// One OBS image file named by the request and what was learnt about it so far.
struct PreSubmitChecks::ObsFile
{
    QString field; // "image_url" or "data_images[0].image_url"
    QString bucket;
    QString key;
    bool quick = false;
    qint64 minDiskGb = -1; // -1: min_disk not set
    OsFamily os = OsFamily::Unknown;
    const MethodSpec *minDiskMethod = nullptr;
    int fileRow = -1;
    int formatRow = -1;
    int minDiskRow = -1;
    qint64 size = 0;
    std::unique_ptr<RangeBuffer> buffer;
};

PreSubmitChecks::PreSubmitChecks(ImsClient *client, const MethodSpec &method, const QJsonObject &fields, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_fields(fields)
{
    // OBS signs with the connection's AK/SK or its IAM's temporary keys (AWS Signature V4).
    m_obs = new ObsClient(this);
    m_obs->useConnectionOf(client);}

PreSubmitChecks::~PreSubmitChecks()
{
    cancel();
}

QString PreSubmitChecks::verdictName(CheckResult::Verdict verdict)
{
    switch (verdict) {
    case CheckResult::Verdict::Pass:
        return QStringLiteral("pass");
    case CheckResult::Verdict::Warning:
        return QStringLiteral("warning");
    case CheckResult::Verdict::Blocking:
        return QStringLiteral("blocking");
    case CheckResult::Verdict::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QList<CheckResult> PreSubmitChecks::results() const
{
    return m_results;
}

bool PreSubmitChecks::hasBlocking() const
{
    for (int i = 0; i < m_results.size(); ++i)
        if (!m_pending.contains(i) && m_results.at(i).verdict == CheckResult::Verdict::Blocking)
            return true;
    return false;
}

bool PreSubmitChecks::hasWarnings() const
{
    for (int i = 0; i < m_results.size(); ++i)
        if (!m_pending.contains(i) && m_results.at(i).verdict == CheckResult::Verdict::Warning)
            return true;
    return false;
}

int PreSubmitChecks::addRow(const QString &field, const QString &checking)
{
    m_results.append({CheckResult::Verdict::Skipped, field, checking});
    m_pending.insert(int(m_results.size() - 1));
    return int(m_results.size() - 1);
}

void PreSubmitChecks::settle(int row, CheckResult::Verdict verdict, const QString &sentence)
{
    if (m_cancelled || !m_pending.contains(row))
        return;
    m_results[row].verdict = verdict;
    m_results[row].sentence = sentence;
    m_pending.remove(row);
    emit resultChanged(row);
    if (m_pending.isEmpty() && !m_starting) // rows settled while start() adds others do not end it
        emit finished();
}

void PreSubmitChecks::couldNotCheck(int row, const QString &why)
{
    // A check that could not be made is never a reason to block: the server is the final judge.
    settle(row, CheckResult::Verdict::Warning, tr("Could not check: %1").arg(why));
}

void PreSubmitChecks::whenDone(ApiCall *call, std::function<void()> handler)
{
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call, handler = std::move(handler)] {
        call->deleteLater();
        if (!m_cancelled)
            handler();
    });
    call->start();
}

void PreSubmitChecks::whenDone(ObsCall *call, std::function<void()> handler)
{
    m_calls.append(call);
    connect(call, &ObsCall::finished, this, [this, call, handler = std::move(handler)] {
        call->deleteLater();
        if (!m_cancelled)
            handler();
    });
    call->start();
}

void PreSubmitChecks::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (const auto &call : std::as_const(m_calls)) {
        if (auto *api = qobject_cast<ApiCall *>(call.data())) {
            api->disconnect(this);
            api->abort();
            api->deleteLater();
        } else if (auto *obs = qobject_cast<ObsCall *>(call.data())) {
            obs->disconnect(this);
            obs->abort();
            obs->deleteLater();
        }
    }
    m_calls.clear();
}

void PreSubmitChecks::start()
{
    if (m_started)
        return;
    m_started = true;
    m_starting = true;
    const QString id = m_method.id;
    int images = 1;
    if (id == QLatin1String("ecs-system")) {
        checkServerForSystemImage(m_fields.value(QStringLiteral("instance_id")).toString());
    } else if (id == QLatin1String("ecs-data")) {
        checkDataDisksOfOneServer();
        images = int(m_fields.value(QStringLiteral("data_images")).toArray().size());
    } else if (id == QLatin1String("volume-system")) {
        checkVolumeForSystemImage(m_fields.value(QStringLiteral("volume_id")).toString());
    } else if (isSet(m_fields, QStringLiteral("image_url"))) {
        const bool quick = id.startsWith(QLatin1String("quick-")) || m_fields.value(QStringLiteral("is_quick_import")).toBool();
        const QString osKey = isSet(m_fields, QStringLiteral("os_type")) ? QStringLiteral("os_type") : QStringLiteral("os_version");
        const OsFamily os = osKey == QLatin1String("os_type") ? OsVersions::familyOfOsType(m_fields.value(osKey).toString())
                                                              : OsVersions::familyOf(m_fields.value(osKey).toString());
        checkFile(QStringLiteral("image_url"), m_fields, &m_method, quick, os == OsFamily::Unknown ? OsFamily::Linux : os);
        // Creating an Image, Table 2: each data disk file is registered with the system disk.
        const QJsonArray dataImages = m_fields.value(QStringLiteral("data_images")).toArray();
        for (int i = 0; i < dataImages.size(); ++i) {
            const QJsonObject item = dataImages.at(i).toObject();
            if (!isSet(item, QStringLiteral("image_url")))
                continue;
            const bool itemQuick = item.value(QStringLiteral("is_quick_import")).toBool();
            // A data disk file takes the data disk methods' limits (quick: quick-data, else file-data).
            const MethodSpec *itemMethod = Catalogue::instance().method(itemQuick ? QStringLiteral("quick-data") : QStringLiteral("file-data"));
            checkFile(QStringLiteral("data_images[%1].image_url").arg(i), item, itemMethod, itemQuick,
                      os == OsFamily::Unknown ? OsFamily::Linux : os);
            ++images;
        }
        checkBucketRegions();
    }

    if (id == QLatin1String("ecs-data")) {
        const QJsonArray dataImages = m_fields.value(QStringLiteral("data_images")).toArray();
        for (int i = 0; i < dataImages.size(); ++i)
            checkName(QStringLiteral("data_images[%1].name").arg(i), dataImages.at(i).toObject().value(QStringLiteral("name")).toString());
    } else if (isSet(m_fields, QStringLiteral("name"))) {
        checkName(QStringLiteral("name"), m_fields.value(QStringLiteral("name")).toString());
    }
    checkQuota(images);
    if (isSet(m_fields, QStringLiteral("cmk_id")))
        checkKmsKey(m_fields.value(QStringLiteral("cmk_id")).toString());
    const QString ep = m_fields.value(QStringLiteral("enterprise_project_id")).toString();
    if (!ep.isEmpty() && ep != QLatin1String("0")) // "0" is the default project every account has
        checkEnterpriseProject(ep);
    m_starting = false;
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_cancelled)
                emit finished();
        });
}

// ---- ECS and EVS ---------------------------------------------------------------------------------

void PreSubmitChecks::judgeServerState(int row, const QJsonObject &server)
{
    const QString name = nameOf(server);
    const QString status = server.value(QStringLiteral("status")).toString();
    const QString task = server.value(QStringLiteral("OS-EXT-STS:task_state")).toString();
    // IMS "Notes and Constraints": an image is made from an ECS in the Stopped or Running state;
    // Error Codes IMG.0010: not while the ECS has a task in progress.
    if (!task.isEmpty())
        settle(row, CheckResult::Verdict::Blocking,
               tr("ECS %1 is busy (%2): IMS refuses an ECS with a task in progress (IMG.0010); wait for it and check again.").arg(name, task));
    else if (status == QLatin1String("SHUTOFF"))
        settle(row, CheckResult::Verdict::Pass, tr("ECS %1 exists in this project and is stopped.").arg(name));
    else if (status == QLatin1String("ACTIVE"))
        settle(row, CheckResult::Verdict::Pass,
               tr("ECS %1 exists in this project and is running; IMS takes it, but stop it first if it runs a database.").arg(name));
    else
        settle(row, CheckResult::Verdict::Blocking,
               tr("ECS %1 is %2: IMS makes images only from a stopped or running ECS.").arg(name, status));
}

void PreSubmitChecks::checkServerForSystemImage(const QString &serverId)
{
    const int serverRow = addRow(QStringLiteral("instance_id"), tr("Checking that the ECS exists and is stopped or running…"));
    const int diskRow = addRow(QStringLiteral("instance_id"), tr("Checking the ECS's system disk…"));
    auto *call = new ServerCall(m_client, serverId);
    whenDone(call, [this, call, serverId, serverRow, diskRow] {
        if (call->notFound()) {
            settle(serverRow, CheckResult::Verdict::Blocking,
                   tr("There is no ECS %1 in project %2 (region %3): IMS would refuse it (IMG.0005).")
                       .arg(serverId, m_client->projectId(), m_client->settings().region));
            settle(diskRow, CheckResult::Verdict::Skipped, tr("Not checked: there is no ECS."));
            return;
        }
        if (!call->succeeded()) {
            couldNotCheck(serverRow, call->error()->userMessage());
            settle(diskRow, CheckResult::Verdict::Skipped, tr("Not checked: the ECS could not be read."));
            return;
        }
        const QJsonObject server = call->resource();
        judgeServerState(serverRow, server);
        const QString diskId = systemDiskOf(server);
        if (diskId.isEmpty()) {
            settle(diskRow, CheckResult::Verdict::Blocking, tr("ECS %1 has no system disk attached (IMG.0119).").arg(nameOf(server)));
            return;
        }
        auto *volume = new VolumeCall(m_client, diskId);
        whenDone(volume, [this, volume, diskRow] {
            if (!volume->succeeded())
                return couldNotCheck(diskRow, volume->error()->userMessage());
            const qint64 size = volume->resource().value(QStringLiteral("size")).toInteger();
            // Notes and Constraints: a system disk image comes from a system disk of at most 1 TB.
            if (size > diskMaxGb)
                settle(diskRow, CheckResult::Verdict::Blocking,
                       tr("The system disk is %1 GB: IMS makes a system disk image of at most 1 TB (1024 GB); "
                          "a larger ECS can only become a full-ECS image.").arg(size));
            else
                settle(diskRow, CheckResult::Verdict::Pass, tr("The system disk is %1 GB (at most 1024 GB).").arg(size));
        });
    });
}

void PreSubmitChecks::checkDataDisksOfOneServer()
{
    const QJsonArray items = m_fields.value(QStringLiteral("data_images")).toArray();
    if (items.isEmpty())
        return;
    struct Disk
    {
        QString id;
        int row = -1;
        QJsonObject volume;
        bool read = false;
    };
    auto disks = std::make_shared<QList<Disk>>();
    auto outstanding = std::make_shared<int>(int(items.size()));
    const int serverRow = addRow(QStringLiteral("data_images"), tr("Checking the ECS the data disks are attached to…"));
    for (int i = 0; i < items.size(); ++i) {
        const QString id = items.at(i).toObject().value(QStringLiteral("volume_id")).toString();
        disks->append({id, addRow(QStringLiteral("data_images[%1].volume_id").arg(i), tr("Checking data disk %1…").arg(id)), {}, false});
    }
    // Once every disk is read: they must be data disks of one and the same ECS (IMG.0140), which must
    // be stopped or running ("Notes and Constraints": creating a data disk image from an ECS).
    auto judge = [this, disks, serverRow] {
        QString serverId;
        for (auto &d : *disks) {
            if (!d.read)
                continue;
            const QString status = d.volume.value(QStringLiteral("status")).toString();
            const QString server = attachedServer(d.volume);
            if (status != QLatin1String("in-use") || server.isEmpty()) {
                settle(d.row, CheckResult::Verdict::Blocking,
                       tr("Disk %1 is %2 and attached to no ECS: this method captures data disks attached to an ECS "
                          "(IMG.0120).").arg(nameOf(d.volume), status));
                continue;
            }
            if (serverId.isEmpty())
                serverId = server;
        }
        if (serverId.isEmpty()) {
            settle(serverRow, CheckResult::Verdict::Skipped, tr("Not checked: no disk named is attached to an ECS."));
            return;
        }
        auto *call = new ServerCall(m_client, serverId);
        whenDone(call, [this, call, disks, serverRow, serverId] {
            if (!call->succeeded()) {
                couldNotCheck(serverRow, call->error()->userMessage());
                for (const auto &d : std::as_const(*disks))
                    if (d.read)
                        settle(d.row, CheckResult::Verdict::Warning, tr("Could not check that disk %1 is a data disk of its ECS.").arg(nameOf(d.volume)));
                return;
            }
            const QJsonObject server = call->resource();
            judgeServerState(serverRow, server);
            const QString systemDisk = systemDiskOf(server);
            for (const auto &d : std::as_const(*disks)) {
                if (!d.read)
                    continue;
                const QString attachedTo = attachedServer(d.volume);
                const qint64 size = d.volume.value(QStringLiteral("size")).toInteger();
                if (attachedTo != serverId)
                    settle(d.row, CheckResult::Verdict::Blocking,
                           tr("Disk %1 is attached to another ECS (%2) than the first disk's (%3): all disks of one request must "
                              "come from the same ECS (IMG.0140).").arg(nameOf(d.volume), attachedTo, nameOf(server)));
                else if (d.id == systemDisk)
                    settle(d.row, CheckResult::Verdict::Blocking,
                           tr("Disk %1 is the system disk of ECS %2, not a data disk (IMG.0006); use \"System disk image from an ECS\".")
                               .arg(nameOf(d.volume), nameOf(server)));
                else if (size > diskMaxGb)
                    settle(d.row, CheckResult::Verdict::Blocking,
                           tr("Data disk %1 is %2 GB: IMS makes a data disk image of at most 1 TB (1024 GB).").arg(nameOf(d.volume)).arg(size));
                else
                    settle(d.row, CheckResult::Verdict::Pass,
                           tr("Disk %1 (%2 GB) is a data disk of ECS %3.").arg(nameOf(d.volume)).arg(size).arg(nameOf(server)));
            }
        });
    };
    for (int i = 0; i < disks->size(); ++i) {
        auto *call = new VolumeCall(m_client, disks->at(i).id);
        whenDone(call, [this, call, disks, i, outstanding, judge] {
            Disk &d = (*disks)[i];
            if (call->notFound())
                settle(d.row, CheckResult::Verdict::Blocking,
                       tr("There is no disk %1 in project %2 (region %3) (IMG.0120).").arg(d.id, m_client->projectId(), m_client->settings().region));
            else if (!call->succeeded())
                couldNotCheck(d.row, call->error()->userMessage());
            else {
                d.volume = call->resource();
                d.read = true;
            }
            if (--*outstanding == 0)
                judge();
        });
    }
}

void PreSubmitChecks::checkVolumeForSystemImage(const QString &volumeId)
{
    const int row = addRow(QStringLiteral("volume_id"), tr("Checking that the disk exists and can be captured…"));
    auto *call = new VolumeCall(m_client, volumeId);
    whenDone(call, [this, call, volumeId, row] {
        if (call->notFound())
            return settle(row, CheckResult::Verdict::Blocking,
                          tr("There is no disk %1 in project %2 (region %3) (IMG.0120).")
                              .arg(volumeId, m_client->projectId(), m_client->settings().region));
        if (!call->succeeded())
            return couldNotCheck(row, call->error()->userMessage());
        const QJsonObject volume = call->resource();
        const QString status = volume.value(QStringLiteral("status")).toString();
        const qint64 size = volume.value(QStringLiteral("size")).toInteger();
        // Error Codes IMG.0022: "The disk in the current state cannot be used to create images."
        if (status != QLatin1String("available") && status != QLatin1String("in-use"))
            return settle(row, CheckResult::Verdict::Blocking,
                          tr("Disk %1 is %2: IMS takes a disk that is available or in use (IMG.0022).").arg(nameOf(volume), status));
        // A disk an ECS boots from is that ECS's system disk: the ECS method captures it as it is.
        const QJsonObject attachment = volume.value(QStringLiteral("attachments")).toArray().first().toObject();
        const QString device = attachment.value(QStringLiteral("device")).toString();
        if (status == QLatin1String("in-use") && volume.value(QStringLiteral("bootable")).toString() == QLatin1String("true")
            && (device.endsWith(QLatin1String("da")) || device.endsWith(QLatin1String("vda"))))
            return settle(row, CheckResult::Verdict::Warning,
                          tr("Disk %1 is the system disk of ECS %2 (%3); \"System disk image from an ECS\" may be what you want.")
                              .arg(nameOf(volume), attachment.value(QStringLiteral("server_id")).toString(), device));
        settle(row, CheckResult::Verdict::Pass, tr("Disk %1 (%2 GB) exists in this project and is %3.").arg(nameOf(volume)).arg(size).arg(status));
    });
}

// ---- OBS -----------------------------------------------------------------------------------------

void PreSubmitChecks::checkFile(const QString &fieldPath, const QJsonObject &fields, const MethodSpec *minDiskMethod, bool quick, OsFamily os)
{
    const QString url = fields.value(QStringLiteral("image_url")).toString();
    auto file = std::make_shared<ObsFile>();
    file->field = fieldPath;
    // "bucket:object" (Creating an Image: image_url).
    file->bucket = url.section(QLatin1Char(':'), 0, 0);
    file->key = url.section(QLatin1Char(':'), 1);
    file->quick = quick;
    file->os = os;
    file->minDiskMethod = minDiskMethod;
    if (fields.value(QStringLiteral("min_disk")).isDouble())
        file->minDiskGb = fields.value(QStringLiteral("min_disk")).toInteger();
    const QString minDiskField = fieldPath.left(fieldPath.size() - int(qstrlen("image_url"))) + QStringLiteral("min_disk");
    file->fileRow = addRow(fieldPath, tr("Checking that %1 exists in OBS…").arg(url));
    file->formatRow = addRow(fieldPath, tr("Reading the header of %1…").arg(url));
    file->minDiskRow = addRow(minDiskField, tr("Comparing min_disk with the disk inside %1…").arg(url));
    if (!m_bucketRows.contains(file->bucket)) // one row per bucket, however many of its files are named
        m_bucketRows.insert(file->bucket, {addRow(fieldPath, tr("Checking the region of bucket %1…").arg(file->bucket))});

    if (!m_uploadedFirstUrl.isEmpty() && url == m_uploadedFirstUrl) {
        file->size = m_uploadedFirst.fileSize;
        judgeFileSize(file, QStringLiteral("STANDARD"),
                      tr("%1 is uploaded from this computer before the create call (%2 GB).").arg(url, gb(file->size)));
        return judgeHeader(file, m_uploadedFirst);
    }
    auto *head = new HeadObjectCall(m_obs, file->bucket, file->key);
    whenDone(head, [this, head, file, url] {
        auto skipRest = [this, file](const QString &why) {
            settle(file->formatRow, CheckResult::Verdict::Skipped, why);
            settle(file->minDiskRow, CheckResult::Verdict::Skipped, why);
        };
        if (!head->succeeded()) {
            const ObsError::Kind kind = head->error()->kind();
            if (kind == ObsError::Kind::NoSuchKey || kind == ObsError::Kind::NoSuchBucket)
                settle(file->fileRow, CheckResult::Verdict::Blocking,
                       tr("%1 does not exist: %2 (IMG.0057)").arg(url, head->error()->userMessage()));
            else
                couldNotCheck(file->fileRow, head->error()->userMessage());
            return skipRest(tr("Not checked: the file could not be read."));
        }
        const ObsObject object = head->object();
        file->size = object.size;
        const QString storageClass = object.storageClass.isEmpty() ? QStringLiteral("STANDARD") : object.storageClass.toUpper();
        judgeFileSize(file, storageClass, tr("%1 exists (%2 GB, Standard storage).").arg(url, gb(file->size)));
        if (file->size <= 0) {
            settle(file->formatRow, CheckResult::Verdict::Blocking, tr("%1 is empty (IMG.0057).").arg(url));
            settle(file->minDiskRow, CheckResult::Verdict::Skipped, tr("Not checked: the file is empty."));
            return;
        }
        file->buffer = std::make_unique<RangeBuffer>(file->key, file->size);
        readHeader(file, 0);
    });
}

void PreSubmitChecks::readHeader(const std::shared_ptr<ObsFile> &file, int round)
{
    QList<RangeBuffer::Range> ranges = round == 0 ? RangeBuffer::initialRanges(file->size) : file->buffer->missing();
    file->buffer->clearMissing();
    auto outstanding = std::make_shared<int>(int(ranges.size()));
    auto failure = std::make_shared<QString>();
    for (const auto &range : std::as_const(ranges)) {
        auto *get = new GetObjectRangeCall(m_obs, file->bucket, file->key, range.first, range.first + range.second - 1);
        const qint64 first = range.first;
        whenDone(get, [this, get, file, round, outstanding, failure, first] {
            if (get->succeeded()) // a server that ignored Range gave the whole object, cut to the range asked
                file->buffer->add(get->firstByte() >= 0 ? get->firstByte() : first, get->data());
            else if (failure->isEmpty())
                *failure = get->error()->userMessage();
            if (--*outstanding > 0)
                return;
            if (!failure->isEmpty()) {
                couldNotCheck(file->formatRow, *failure);
                settle(file->minDiskRow, CheckResult::Verdict::Skipped, tr("Not checked: the file's header could not be read."));
                return;
            }
            ImageInspector::inspect(*file->buffer); // notes the ranges it still needs
            if (!file->buffer->missing().isEmpty() && round + 1 < maxHeaderRounds)
                return readHeader(file, round + 1);
            judgeHeader(file);
        });
    }
}

void PreSubmitChecks::setUploadedFirst(const QString &imageUrl, const ImageInfo &localInspection)
{
    m_uploadedFirstUrl = imageUrl;
    m_uploadedFirst = localInspection;
}

void PreSubmitChecks::judgeFileSize(const std::shared_ptr<ObsFile> &file, const QString &storageClass, const QString &passSentence)
{
    const QString url = file->bucket + QLatin1Char(':') + file->key;
    // Creating an Image / Importing an Image File Quickly: "The storage class of the OBS bucket must be Standard."
    if (storageClass != QLatin1String("STANDARD"))
        settle(file->fileRow, CheckResult::Verdict::Blocking,
               tr("%1 is in the %2 storage class: IMS reads only Standard storage; copy it to a Standard bucket first.").arg(url, storageClass));
    else if (!file->quick && file->size > normalImportMaxBytes)
        settle(file->fileRow, CheckResult::Verdict::Blocking,
               tr("%1 is %2 GB: the normal import takes at most 128 GB; convert it to RAW or ZVHD2 and use quick import.")
                   .arg(url, gb(file->size)));
    else if (file->quick && file->size > quickImportMaxBytes)
        settle(file->fileRow, CheckResult::Verdict::Blocking,
               tr("%1 is %2 GB: quick import takes at most 1 TB.").arg(url, gb(file->size)));
    else
        settle(file->fileRow, CheckResult::Verdict::Pass, passSentence);
}

void PreSubmitChecks::judgeHeader(const std::shared_ptr<ObsFile> &file)
{
    judgeHeader(file, ImageInspector::inspect(*file->buffer));
}

void PreSubmitChecks::judgeHeader(const std::shared_ptr<ObsFile> &file, const ImageInfo &info)
{
    QList<ImageProblem> problems = info.problems;
    if (file->minDiskMethod)
        ImageInspector::minDiskGb(info, *file->minDiskMethod, file->os, &problems);
    const bool sizeUnknown = info.virtualSize < 0;
    // ZVHD/ZVHD2 headers are not published: the inspector's one warning about them is the unknown
    // size, which the min_disk row reports.
    if (sizeUnknown && (info.format == ImageFormat::Zvhd || info.format == ImageFormat::Zvhd2))
        problems.removeIf([](const ImageProblem &p) { return !p.blocks(); });
    const QString url = file->bucket + QLatin1Char(':') + file->key;
    const auto blocking = std::find_if(problems.cbegin(), problems.cend(), [](const ImageProblem &p) { return p.blocks(); });
    if (blocking != problems.cend())
        settle(file->formatRow, CheckResult::Verdict::Blocking, tr("%1: %2").arg(url, blocking->message));
    else if (!problems.isEmpty())
        settle(file->formatRow, CheckResult::Verdict::Warning, tr("%1: %2").arg(url, problems.first().message));
    else if (sizeUnknown)
        settle(file->formatRow, CheckResult::Verdict::Pass, tr("%1 is a %2 file.").arg(url, formatName(info.format)));
    else
        settle(file->formatRow, CheckResult::Verdict::Pass,
               tr("%1 is a %2 file by its own header, with a virtual disk of %3 GB.").arg(url, formatName(info.format)).arg(ceilGb(info.virtualSize)));

    if (file->minDiskGb < 0)
        return settle(file->minDiskRow, CheckResult::Verdict::Skipped, tr("Not checked: min_disk is not set."));
    if (sizeUnknown)
        return settle(file->minDiskRow, CheckResult::Verdict::Skipped,
                      tr("Not checked: the virtual size of %1 cannot be read from its header; make sure min_disk (%2 GB) holds the disk.")
                          .arg(url).arg(file->minDiskGb));
    const qint64 needed = ceilGb(info.virtualSize);
    // Creating Image Metadata / Importing an Image File Quickly: min_disk must hold the disk in the image.
    if (file->minDiskGb < needed)
        settle(file->minDiskRow, CheckResult::Verdict::Blocking,
               tr("min_disk is %1 GB but the disk inside %2 is %3 GB: set min_disk to at least %3.").arg(file->minDiskGb).arg(url).arg(needed));
    else
        settle(file->minDiskRow, CheckResult::Verdict::Pass,
               tr("min_disk (%1 GB) holds the disk inside %2 (%3 GB).").arg(file->minDiskGb).arg(url).arg(needed));
}

void PreSubmitChecks::checkBucketRegions()
{
    if (m_bucketRows.isEmpty())
        return;
    auto *call = new ListBucketsCall(m_obs);
    whenDone(call, [this, call] {
        const QString region = m_client->settings().region;
        for (auto it = m_bucketRows.cbegin(); it != m_bucketRows.cend(); ++it) {
            for (int row : it.value()) {
                if (!call->succeeded()) {
                    couldNotCheck(row, call->error()->userMessage());
                    continue;
                }
                const auto &buckets = call->buckets();
                const auto bucket = std::find_if(buckets.cbegin(), buckets.cend(), [&it](const ObsBucket &b) { return b.name == it.key(); });
                if (bucket == buckets.cend())
                    settle(row, CheckResult::Verdict::Warning,
                           tr("Bucket %1 is not among this account's buckets: IMS can read it only if its owner allows it.").arg(it.key()));
                else if (bucket->location.isEmpty())
                    settle(row, CheckResult::Verdict::Warning, tr("Could not check: OBS did not say which region bucket %1 is in.").arg(it.key()));
                // Error Codes IMG.0058: the bucket must be in the user's (the IMS) region.
                else if (bucket->location != region)
                    settle(row, CheckResult::Verdict::Blocking,
                           tr("Bucket %1 is in region %2, not in %3 where the image is made (IMG.0058).").arg(it.key(), bucket->location, region));
                else
                    settle(row, CheckResult::Verdict::Pass, tr("Bucket %1 is in region %2, as IMS needs.").arg(it.key(), region));
            }
        }
    });
}

// ---- IMS, KMS, EPS -------------------------------------------------------------------------------

void PreSubmitChecks::checkName(const QString &fieldPath, const QString &name)
{
    if (name.isEmpty())
        return;
    const int row = addRow(fieldPath, tr("Checking that no private image is named %1…").arg(name));
    // ListImages: `name` is an exact match.
    auto *call = new PrivateImagesCall(m_client, {name, QString()}, QString(), 10);
    whenDone(call, [this, call, row, name] {
        if (!call->succeeded())
            return couldNotCheck(row, call->error()->userMessage());
        for (const auto &image : call->items())
            if (image.toObject().value(QStringLiteral("name")).toString() == name)
                return settle(row, CheckResult::Verdict::Warning,
                              tr("A private image named %1 already exists (%2); IMS may refuse the name (IMG.0009).")
                                  .arg(name, image.toObject().value(QStringLiteral("id")).toString()));
        settle(row, CheckResult::Verdict::Pass, tr("No private image is named %1 yet.").arg(name));
    });
}

void PreSubmitChecks::checkQuota(int images)
{
    const int row = addRow(QString(), tr("Checking the private image quota…"));
    auto *call = new QuotaCall(m_client);
    whenDone(call, [this, call, row, images] {
        if (!call->succeeded())
            return couldNotCheck(row, call->error()->userMessage());
        // Querying the Image Quota: IMG.0015 once `used` reaches `quota`.
        if (call->used() + images > call->quota())
            settle(row, CheckResult::Verdict::Blocking,
                   tr("%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.", nullptr, images)
                       .arg(call->used()).arg(call->quota()));
        const int left = call->quota() - call->used() - images;
        if (quotaNearlyFull(left, call->quota()))
            settle(row, CheckResult::Verdict::Warning,
                   images == 1 ? tr("Only %1 of %2 private images left in this region's quota after this one.").arg(left).arg(call->quota())
                               : tr("Only %1 of %2 private images left in this region's quota after these %n.", nullptr, images)
                                     .arg(left)
                                     .arg(call->quota()));
        else
            settle(row, CheckResult::Verdict::Pass, tr("%1 of %2 private images used.").arg(call->used()).arg(call->quota()));
    });
}

void PreSubmitChecks::checkKmsKey(const QString &keyId)
{
    const int row = addRow(QStringLiteral("cmk_id"), tr("Checking that KMS key %1 is enabled…").arg(keyId));
    auto *call = new KmsKeyCall(m_client, keyId);
    whenDone(call, [this, call, row, keyId] {
        if (call->notFound())
            return settle(row, CheckResult::Verdict::Blocking, tr("There is no KMS key %1 in this region (IMG.0101).").arg(keyId));
        if (!call->succeeded())
            return couldNotCheck(row, call->error()->userMessage());
        const QJsonObject key = call->resource();
        const QString alias = key.value(QStringLiteral("key_alias")).toString(keyId);
        // KMS key_state: "2" enabled; 1 pending activation, 3 disabled, 4 pending deletion, 5 pending import.
        const QString state = key.value(QStringLiteral("key_state")).toString();
        if (state == QLatin1String("2"))
            settle(row, CheckResult::Verdict::Pass, tr("KMS key %1 is enabled.").arg(alias));
        else if (state == QLatin1String("3"))
            settle(row, CheckResult::Verdict::Blocking, tr("KMS key %1 is disabled: enable it in KMS or choose another key (IMG.0102).").arg(alias));
        else if (state == QLatin1String("4"))
            settle(row, CheckResult::Verdict::Blocking, tr("KMS key %1 is scheduled for deletion: IMS cannot encrypt with it (IMG.0102).").arg(alias));
        else
            settle(row, CheckResult::Verdict::Blocking, tr("KMS key %1 is not enabled (state %2) (IMG.0102).").arg(alias, state));
    });
}

void PreSubmitChecks::checkEnterpriseProject(const QString &id)
{
    const int row = addRow(QStringLiteral("enterprise_project_id"), tr("Checking that enterprise project %1 exists…").arg(id));
    auto *call = new EnterpriseProjectCall(m_client, id);
    whenDone(call, [this, call, row, id] {
        if (call->notFound())
            return settle(row, CheckResult::Verdict::Blocking, tr("There is no enterprise project %1 (IMG.0155).").arg(id));
        if (!call->succeeded())
            return couldNotCheck(row, call->error()->userMessage());
        const QJsonObject project = call->resource();
        // EpDetail status: 1 enabled, 2 disabled.
        if (project.value(QStringLiteral("status")).toInt() == 2)
            settle(row, CheckResult::Verdict::Blocking,
                   tr("Enterprise project %1 is disabled and takes no new images: enable it in Enterprise Project Management or "
                      "choose another project (IMG.0155).")
                       .arg(nameOf(project)));
        else
            settle(row, CheckResult::Verdict::Pass, tr("Enterprise project %1 exists and is enabled.").arg(nameOf(project)));
    });
}

} // namespace ims
