// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace ims {

namespace {

// "Error Codes" (IMS API reference; the full table from the OTC copy, API digest §5.3).
const QHash<QString, const char *> &imgTable()
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("IMG.0001"), QT_TRANSLATE_NOOP("ApiError", "The request message format is invalid.")},
        {QStringLiteral("IMG.0002"), QT_TRANSLATE_NOOP("ApiError", "The image name contains more than 128 characters.")},
        {QStringLiteral("IMG.0003"), QT_TRANSLATE_NOOP("ApiError", "The image name format is invalid.")},
        {QStringLiteral("IMG.0004"), QT_TRANSLATE_NOOP("ApiError", "The description contains more than 1024 characters.")},
        {QStringLiteral("IMG.0005"), QT_TRANSLATE_NOOP("ApiError", "The ECS does not exist.")},
        {QStringLiteral("IMG.0006"), QT_TRANSLATE_NOOP("ApiError", "The ECS system disk cannot be used to create an image.")},
        {QStringLiteral("IMG.0007"), QT_TRANSLATE_NOOP("ApiError", "The request body is empty.")},
        {QStringLiteral("IMG.0008"), QT_TRANSLATE_NOOP("ApiError", "The ECS cannot be used to create images because it is not in stopped state.")},
        {QStringLiteral("IMG.0009"), QT_TRANSLATE_NOOP("ApiError", "The image name already exists.")},
        {QStringLiteral("IMG.0010"), QT_TRANSLATE_NOOP("ApiError", "The ECS cannot be used to create an image because it has in-progress tasks.")},
        {QStringLiteral("IMG.0011"), QT_TRANSLATE_NOOP("ApiError", "forceCreate must be set to true.")},
        {QStringLiteral("IMG.0012"), QT_TRANSLATE_NOOP("ApiError", "The ECS ID is not specified.")},
        {QStringLiteral("IMG.0013"), QT_TRANSLATE_NOOP("ApiError", "The image name is not specified.")},
        {QStringLiteral("IMG.0014"), QT_TRANSLATE_NOOP("ApiError", "An exception occurred when IaaS OpenStack was executing the task.")},
        {QStringLiteral("IMG.0015"), QT_TRANSLATE_NOOP("ApiError", "The number of private images has reached the maximum allowed.")},
        {QStringLiteral("IMG.0016"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when the request body was deleted.")},
        {QStringLiteral("IMG.0017"), QT_TRANSLATE_NOOP("ApiError", "The URL format is incorrect.")},
        {QStringLiteral("IMG.0018"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when the job was submitted.")},
        {QStringLiteral("IMG.0019"), QT_TRANSLATE_NOOP("ApiError", "The backup ID is not specified.")},
        {QStringLiteral("IMG.0020"), QT_TRANSLATE_NOOP("ApiError", "The backup does not exist.")},
        {QStringLiteral("IMG.0021"), QT_TRANSLATE_NOOP("ApiError", "The resource type is unknown.")},
        {QStringLiteral("IMG.0022"), QT_TRANSLATE_NOOP("ApiError", "The disk in the current state cannot be used to create images.")},
        {QStringLiteral("IMG.0023"), QT_TRANSLATE_NOOP("ApiError", "An exception occurred during task query.")},
        {QStringLiteral("IMG.0024"), QT_TRANSLATE_NOOP("ApiError", "The image type in the request is incorrect.")},
        {QStringLiteral("IMG.0025"), QT_TRANSLATE_NOOP("ApiError", "The user type in the request is incorrect.")},
        {QStringLiteral("IMG.0026"), QT_TRANSLATE_NOOP("ApiError", "The role is invalid. You need to apply for the required permissions or pass the real-name authentication.")},
        {QStringLiteral("IMG.0027"), QT_TRANSLATE_NOOP("ApiError", "The image ID in the request does not exist.")},
        {QStringLiteral("IMG.0028"), QT_TRANSLATE_NOOP("ApiError", "The image in the request is protected.")},
        {QStringLiteral("IMG.0029"), QT_TRANSLATE_NOOP("ApiError", "The backup in the request has already been used to create an image.")},
        {QStringLiteral("IMG.0030"), QT_TRANSLATE_NOOP("ApiError", "The project ID and token in the request are invalid.")},
        {QStringLiteral("IMG.0031"), QT_TRANSLATE_NOOP("ApiError", "The resource ID in the request is incorrect.")},
        {QStringLiteral("IMG.0032"), QT_TRANSLATE_NOOP("ApiError", "The backup is unavailable.")},
        {QStringLiteral("IMG.0033"), QT_TRANSLATE_NOOP("ApiError", "The backup is not a system disk backup.")},
        {QStringLiteral("IMG.0034"), QT_TRANSLATE_NOOP("ApiError", "The number of images cannot be modified.")},
        {QStringLiteral("IMG.0035"), QT_TRANSLATE_NOOP("ApiError", "An attribute conflict occurred during the modification.")},
        {QStringLiteral("IMG.0036"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when the value of asumeToken was obtained.")},
        {QStringLiteral("IMG.0037"), QT_TRANSLATE_NOOP("ApiError", "An error occurred in the AK/SK was obtained.")},
        {QStringLiteral("IMG.0038"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when the bucket was created.")},
        {QStringLiteral("IMG.0039"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when read and write permissions of the bucket were granted to a specified user.")},
        {QStringLiteral("IMG.0040"), QT_TRANSLATE_NOOP("ApiError", "An error occurred in the object storage address was obtained.")},
        {QStringLiteral("IMG.0041"), QT_TRANSLATE_NOOP("ApiError", "The authorized account is empty.")},
        {QStringLiteral("IMG.0045"), QT_TRANSLATE_NOOP("ApiError", "Failed to generate the image product code.")},
        {QStringLiteral("IMG.0046"), QT_TRANSLATE_NOOP("ApiError", "The image is unavailable.")},
        {QStringLiteral("IMG.0047"), QT_TRANSLATE_NOOP("ApiError", "This operation can be performed only by the image owner.")},
        {QStringLiteral("IMG.0053"), QT_TRANSLATE_NOOP("ApiError", "An error occurred when the domain information of the shadow account was obtained.")},
        {QStringLiteral("IMG.0054"), QT_TRANSLATE_NOOP("ApiError", "The image description format is invalid.")},
        {QStringLiteral("IMG.0055"), QT_TRANSLATE_NOOP("ApiError", "The memory or disk size is invalid.")},
        {QStringLiteral("IMG.0056"), QT_TRANSLATE_NOOP("ApiError", "Invalid OS version.")},
        {QStringLiteral("IMG.0057"), QT_TRANSLATE_NOOP("ApiError", "The image file is empty, not found, or in incorrect format, or you do not have enough permission to access the file.")},
        {QStringLiteral("IMG.0058"), QT_TRANSLATE_NOOP("ApiError", "The region of the bucket where the image file is stored is inconsistent with that of the user.")},
        {QStringLiteral("IMG.0059"), QT_TRANSLATE_NOOP("ApiError", "The size of the image file exceeds the maximum allowed.")},
        {QStringLiteral("IMG.0060"), QT_TRANSLATE_NOOP("ApiError", "The number of tasks exceeds the flow control limit.")},
        {QStringLiteral("IMG.0061"), QT_TRANSLATE_NOOP("ApiError", "Unknown system error.")},
        {QStringLiteral("IMG.0062"), QT_TRANSLATE_NOOP("ApiError", "The image name is incorrect.")},
        {QStringLiteral("IMG.0063"), QT_TRANSLATE_NOOP("ApiError", "The VM type does not support image creation.")},
        {QStringLiteral("IMG.0064"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain tenant information from IAM.")},
        {QStringLiteral("IMG.0065"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain the tenant domain from IAM.")},
        {QStringLiteral("IMG.0066"), QT_TRANSLATE_NOOP("ApiError", "The image ID is incorrect.")},
        {QStringLiteral("IMG.0067"), QT_TRANSLATE_NOOP("ApiError", "The project ID is incorrect.")},
        {QStringLiteral("IMG.0068"), QT_TRANSLATE_NOOP("ApiError", "The specified bucket name is empty.")},
        {QStringLiteral("IMG.0069"), QT_TRANSLATE_NOOP("ApiError", "The specified bucket cannot be accessed.")},
        {QStringLiteral("IMG.0070"), QT_TRANSLATE_NOOP("ApiError", "The image file already exists. Confirm the file in the corresponding directory of the OBS bucket or in the OBS bucket.")},
        {QStringLiteral("IMG.0071"), QT_TRANSLATE_NOOP("ApiError", "The image cannot be exported.")},
        {QStringLiteral("IMG.0072"), QT_TRANSLATE_NOOP("ApiError", "The specified image format is not supported.")},
        {QStringLiteral("IMG.0073"), QT_TRANSLATE_NOOP("ApiError", "The name of the exported file is empty.")},
        {QStringLiteral("IMG.0074"), QT_TRANSLATE_NOOP("ApiError", "The file name length exceeds the limit.")},
        {QStringLiteral("IMG.0075"), QT_TRANSLATE_NOOP("ApiError", "The file name contains invalid characters.")},
        {QStringLiteral("IMG.0076"), QT_TRANSLATE_NOOP("ApiError", "You cannot share an image with yourself.")},
        {QStringLiteral("IMG.0077"), QT_TRANSLATE_NOOP("ApiError", "The public image cannot be exported.")},
        {QStringLiteral("IMG.0079"), QT_TRANSLATE_NOOP("ApiError", "The system disk image created from a charged image cannot be exported.")},
        {QStringLiteral("IMG.0080"), QT_TRANSLATE_NOOP("ApiError", "The image created from a CSBS or CBR backup cannot be exported.")},
        {QStringLiteral("IMG.0081"), QT_TRANSLATE_NOOP("ApiError", "The image cannot be exported because it is created from an image file.")},
        {QStringLiteral("IMG.0083"), QT_TRANSLATE_NOOP("ApiError", "The image is a public image.")},
        {QStringLiteral("IMG.0084"), QT_TRANSLATE_NOOP("ApiError", "The image is a private image.")},
        {QStringLiteral("IMG.0085"), QT_TRANSLATE_NOOP("ApiError", "The publishing mode is incorrect.")},
        {QStringLiteral("IMG.0086"), QT_TRANSLATE_NOOP("ApiError", "No image was found.")},
        {QStringLiteral("IMG.0087"), QT_TRANSLATE_NOOP("ApiError", "The token is incorrect.")},
        {QStringLiteral("IMG.0088"), QT_TRANSLATE_NOOP("ApiError", "The number of shared images has reached the maximum allowed.")},
        {QStringLiteral("IMG.0089"), QT_TRANSLATE_NOOP("ApiError", "The public image cannot be shared.")},
        {QStringLiteral("IMG.0090"), QT_TRANSLATE_NOOP("ApiError", "The image being created cannot be deleted.")},
        {QStringLiteral("IMG.0092"), QT_TRANSLATE_NOOP("ApiError", "The image can only be deleted by the owner.")},
        {QStringLiteral("IMG.0094"), QT_TRANSLATE_NOOP("ApiError", "The public image cannot be deleted.")},
        {QStringLiteral("IMG.0095"), QT_TRANSLATE_NOOP("ApiError", "The KMS key does not exist.")},
        {QStringLiteral("IMG.0096"), QT_TRANSLATE_NOOP("ApiError", "The specified KMS key ID must be different from the image key ID.")},
        {QStringLiteral("IMG.0097"), QT_TRANSLATE_NOOP("ApiError", "The key is not enabled.")},
        {QStringLiteral("IMG.0098"), QT_TRANSLATE_NOOP("ApiError", "The encrypted image cannot be shared.")},
        {QStringLiteral("IMG.0099"), QT_TRANSLATE_NOOP("ApiError", "You do not have the permission to access the key.")},
        {QStringLiteral("IMG.0100"), QT_TRANSLATE_NOOP("ApiError", "You do not have OBT permission for KMS.")},
        {QStringLiteral("IMG.0101"), QT_TRANSLATE_NOOP("ApiError", "The original key does not exist.")},
        {QStringLiteral("IMG.0102"), QT_TRANSLATE_NOOP("ApiError", "The original key is not enabled.")},
        {QStringLiteral("IMG.0103"), QT_TRANSLATE_NOOP("ApiError", "You do not have the permission to access the original key.")},
        {QStringLiteral("IMG.0104"), QT_TRANSLATE_NOOP("ApiError", "Enter the project name if there are multiple projects in the same region.")},
        {QStringLiteral("IMG.0105"), QT_TRANSLATE_NOOP("ApiError", "The operation is not supported.")},
        {QStringLiteral("IMG.0106"), QT_TRANSLATE_NOOP("ApiError", "The image owner is another tenant.")},
        {QStringLiteral("IMG.0108"), QT_TRANSLATE_NOOP("ApiError", "The tenant ID was not found in the current region.")},
        {QStringLiteral("IMG.0109"), QT_TRANSLATE_NOOP("ApiError", "The bucket name contains invalid characters.")},
        {QStringLiteral("IMG.0110"), QT_TRANSLATE_NOOP("ApiError", "The system disk is unavailable and cannot be used to create images.")},
        {QStringLiteral("IMG.0111"), QT_TRANSLATE_NOOP("ApiError", "The size of the system disk exceeds the maximum allowed.")},
        {QStringLiteral("IMG.0112"), QT_TRANSLATE_NOOP("ApiError", "Failed to add the tenant.")},
        {QStringLiteral("IMG.0113"), QT_TRANSLATE_NOOP("ApiError", "Failed to delete the tenant.")},
        {QStringLiteral("IMG.0114"), QT_TRANSLATE_NOOP("ApiError", "Failed to query the tenant details.")},
        {QStringLiteral("IMG.0115"), QT_TRANSLATE_NOOP("ApiError", "The image tag is invalid.")},
        {QStringLiteral("IMG.0116"), QT_TRANSLATE_NOOP("ApiError", "The number of image tags exceeds the quota.")},
        {QStringLiteral("IMG.0117"), QT_TRANSLATE_NOOP("ApiError", "The image source can only be BMS or ECS.")},
        {QStringLiteral("IMG.0118"), QT_TRANSLATE_NOOP("ApiError", "The BMS image does not support KMS encryption.")},
        {QStringLiteral("IMG.0119"), QT_TRANSLATE_NOOP("ApiError", "The VM does not have a system disk.")},
        {QStringLiteral("IMG.0120"), QT_TRANSLATE_NOOP("ApiError", "The specified data disk ID is unavailable.")},
        {QStringLiteral("IMG.0121"), QT_TRANSLATE_NOOP("ApiError", "The object cannot be found.")},
        {QStringLiteral("IMG.0122"), QT_TRANSLATE_NOOP("ApiError", "The OS type is invalid.")},
        {QStringLiteral("IMG.0123"), QT_TRANSLATE_NOOP("ApiError", "The image file address in the request is duplicate.")},
        {QStringLiteral("IMG.0125"), QT_TRANSLATE_NOOP("ApiError", "The data disk image cannot be converted to a public image.")},
        {QStringLiteral("IMG.0126"), QT_TRANSLATE_NOOP("ApiError", "The VM in the current stage cannot be used to create a full-ECS image.")},
        {QStringLiteral("IMG.0127"), QT_TRANSLATE_NOOP("ApiError", "The CSBS backup does not exist.")},
        {QStringLiteral("IMG.0128"), QT_TRANSLATE_NOOP("ApiError", "The full-ECS image cannot be exported.")},
        {QStringLiteral("IMG.0130"), QT_TRANSLATE_NOOP("ApiError", "The full-ECS image cannot be exported or replicated.")},
        {QStringLiteral("IMG.0132"), QT_TRANSLATE_NOOP("ApiError", "The CSBS backup in the current state cannot be used to create a full-ECS image.")},
        {QStringLiteral("IMG.0133"), QT_TRANSLATE_NOOP("ApiError", "You are not allowed to access the CSBS backup.")},
        {QStringLiteral("IMG.0134"), QT_TRANSLATE_NOOP("ApiError", "The CSBS backup has been registered as an image.")},
        {QStringLiteral("IMG.0135"), QT_TRANSLATE_NOOP("ApiError", "The full-ECS image cannot be shared.")},
        {QStringLiteral("IMG.0136"), QT_TRANSLATE_NOOP("ApiError", "Failed to create a full-ECS image because the ECS is being backed up.")},
        {QStringLiteral("IMG.0137"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain the VM information.")},
        {QStringLiteral("IMG.0138"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain the OS type information.")},
        {QStringLiteral("IMG.0139"), QT_TRANSLATE_NOOP("ApiError", "Other disks on the VM are being used to created VMs.")},
        {QStringLiteral("IMG.0140"), QT_TRANSLATE_NOOP("ApiError", "The disks in the request come from different ECSs.")},
        {QStringLiteral("IMG.0141"), QT_TRANSLATE_NOOP("ApiError", "The value of hw_firmware_type is not uefi or bios.")},
        {QStringLiteral("IMG.0144"), QT_TRANSLATE_NOOP("ApiError", "The image does not exist.")},
        {QStringLiteral("IMG.0145"), QT_TRANSLATE_NOOP("ApiError", "The project name is incorrect.")},
        {QStringLiteral("IMG.0148"), QT_TRANSLATE_NOOP("ApiError", "The image is being exported.")},
        {QStringLiteral("IMG.0153"), QT_TRANSLATE_NOOP("ApiError", "DESS or DSS disks cannot be used to create images.")},
        {QStringLiteral("IMG.0154"), QT_TRANSLATE_NOOP("ApiError", "Failed to communicate with Enterprise Project Management Service (EPS).")},
        {QStringLiteral("IMG.0155"), QT_TRANSLATE_NOOP("ApiError", "Failed to check the enterprise project ID validity.")},
        {QStringLiteral("IMG.0156"), QT_TRANSLATE_NOOP("ApiError", "Failed to associate the image with the enterprise project ID.")},
        {QStringLiteral("IMG.0160"), QT_TRANSLATE_NOOP("ApiError", "Only images less than 128 GB can be exported.")},
        {QStringLiteral("IMG.0161"), QT_TRANSLATE_NOOP("ApiError", "You do not have permission.")},
        {QStringLiteral("IMG.0162"), QT_TRANSLATE_NOOP("ApiError", "The value contains a maximum of 12 characters that consist of letters and spaces, and cannot start or end with a space")},
        {QStringLiteral("IMG.0163"), QT_TRANSLATE_NOOP("ApiError", "This image cannot be titled by vendors. Only images running a Windows OS booted in BIOS mode can be titled by vendors.")},
        {QStringLiteral("IMG.0164"), QT_TRANSLATE_NOOP("ApiError", "Failed to create an image because the spot ECS is being reclaimed.")},
        {QStringLiteral("IMG.0165"), QT_TRANSLATE_NOOP("ApiError", "You do not have permission to access the CSBS backup.")},
        {QStringLiteral("IMG.0166"), QT_TRANSLATE_NOOP("ApiError", "OS information must be contained in the ISO files used to create images.")},
        {QStringLiteral("IMG.0167"), QT_TRANSLATE_NOOP("ApiError", "This operation cannot be performed for ISO images.")},
        {QStringLiteral("IMG.0168"), QT_TRANSLATE_NOOP("ApiError", "Data disk images cannot be updated.")},
        {QStringLiteral("IMG.0169"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the OS versions are different.")},
        {QStringLiteral("IMG.0170"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the image formats are different.")},
        {QStringLiteral("IMG.0171"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the minimum disk space is less than that of the source image.")},
        {QStringLiteral("IMG.0172"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the minimum memory is less than that of the source image.")},
        {QStringLiteral("IMG.0173"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the image environment types are different.")},
        {QStringLiteral("IMG.0174"), QT_TRANSLATE_NOOP("ApiError", "Failed to update the image because the name of the source image is different from that of the target image.")},
        {QStringLiteral("IMG.0175"), QT_TRANSLATE_NOOP("ApiError", "The folder name and image file name cannot contain spaces.")},
        {QStringLiteral("IMG.0176"), QT_TRANSLATE_NOOP("ApiError", "Failed to delete the full-ECS backup.")},
        {QStringLiteral("IMG.0177"), QT_TRANSLATE_NOOP("ApiError", "The source and target tenants reside in different regions.")},
        {QStringLiteral("IMG.0178"), QT_TRANSLATE_NOOP("ApiError", "The target tenant is the same as the source tenant.")},
        {QStringLiteral("IMG.0179"), QT_TRANSLATE_NOOP("ApiError", "The token of the source image agency is invalid.")},
        {QStringLiteral("IMG.0180"), QT_TRANSLATE_NOOP("ApiError", "CBR does not support full-ECS image creation.")},
        {QStringLiteral("IMG.0181"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain ECSs that can be protected.")},
        {QStringLiteral("IMG.0182"), QT_TRANSLATE_NOOP("ApiError", "Insufficient vault capacity. Please expand the capacity.")},
        {QStringLiteral("IMG.0183"), QT_TRANSLATE_NOOP("ApiError", "The ECS can only be associated with one vault.")},
        {QStringLiteral("IMG.0184"), QT_TRANSLATE_NOOP("ApiError", "Failed to obtain the vault.")},
        {QStringLiteral("IMG.0185"), QT_TRANSLATE_NOOP("ApiError", "The number of ECSs associated with the vault has reached the upper limit.")},
        {QStringLiteral("IMG.0186"), QT_TRANSLATE_NOOP("ApiError", "The ECS is associated with the CSBS service.")},
        {QStringLiteral("IMG.0187"), QT_TRANSLATE_NOOP("ApiError", "KMS access traffic has reached the upper limit.")},
        {QStringLiteral("IMG.0188"), QT_TRANSLATE_NOOP("ApiError", "Vault is unavailable.")},
        {QStringLiteral("IMG.0189"), QT_TRANSLATE_NOOP("ApiError", "The target CBR vault does not support image replication.")},
        {QStringLiteral("IMG.0190"), QT_TRANSLATE_NOOP("ApiError", "Full-ECS images can be created only from CBR backups.")},
        {QStringLiteral("IMG.0191"), QT_TRANSLATE_NOOP("ApiError", "Failed to query ECS flavors.")},
        {QStringLiteral("IMG.0192"), QT_TRANSLATE_NOOP("ApiError", "The flavor used to query images is invalid.")},
        {QStringLiteral("IMG.0193"), QT_TRANSLATE_NOOP("ApiError", "The vault is not a cloud server backup vault.")},
        {QStringLiteral("IMG.0194"), QT_TRANSLATE_NOOP("ApiError", "The maximum number of images that can be imported at one time has been reached.")},
        {QStringLiteral("IMG.0195"), QT_TRANSLATE_NOOP("ApiError", "Full-ECS images created from CBR backups must contain an OS.")},
        {QStringLiteral("IMG.0196"), QT_TRANSLATE_NOOP("ApiError", "The image cannot be replicated because it is not accepted by the recipient.")},
        {QStringLiteral("IMG.0197"), QT_TRANSLATE_NOOP("ApiError", "Failed to replicate the shared image because it is encrypted using KMS.")},
        {QStringLiteral("IMG.0198"), QT_TRANSLATE_NOOP("ApiError", "Backup ID does not match the backup type or does not exist.")},
        {QStringLiteral("IMG.0212"), QT_TRANSLATE_NOOP("ApiError", "The value of Architecture must be x86 or Arm.")},
        {QStringLiteral("IMG.0238"), QT_TRANSLATE_NOOP("ApiError", "Not real-name authentication.")},
        {QStringLiteral("IMG.0239"), QT_TRANSLATE_NOOP("ApiError", "Insufficient balance.")},
        {QStringLiteral("IMG.0241"), QT_TRANSLATE_NOOP("ApiError", "Incomplete payment information.")},
        {QStringLiteral("IMG.0242"), QT_TRANSLATE_NOOP("ApiError", "Insufficient budget of enterprise department.")},
        {QStringLiteral("IMG.1075"), QT_TRANSLATE_NOOP("ApiError", "Failed to register the image file.")},
    };
    return table;
}

// What to do about the codes a wizard user meets most.
const char *hintFor(const QString &code)
{
    static const QHash<QString, const char *> hints = {
        {QStringLiteral("IMG.0002"), QT_TRANSLATE_NOOP("ApiError", "Shorten the image name to 128 characters.")},
        {QStringLiteral("IMG.0003"), QT_TRANSLATE_NOOP("ApiError", "Use only letters, digits, spaces, -, . and _ in the name.")},
        {QStringLiteral("IMG.0008"), QT_TRANSLATE_NOOP("ApiError", "Stop the ECS, then submit again.")},
        {QStringLiteral("IMG.0009"), QT_TRANSLATE_NOOP("ApiError", "Choose another image name.")},
        {QStringLiteral("IMG.0010"), QT_TRANSLATE_NOOP("ApiError", "Wait until the ECS's running tasks end, then submit again.")},
        {QStringLiteral("IMG.0015"), QT_TRANSLATE_NOOP("ApiError", "Your private image quota is reached: delete images you no longer need or ask for a higher quota.")},
        {QStringLiteral("IMG.0055"), QT_TRANSLATE_NOOP("ApiError", "Check the minimum disk and memory values against their ranges.")},
        {QStringLiteral("IMG.0056"), QT_TRANSLATE_NOOP("ApiError", "Pick the OS version from the list the server offers.")},
        {QStringLiteral("IMG.0057"), QT_TRANSLATE_NOOP("ApiError", "Check that the file exists in the bucket, is in a supported format, and that IMS may read it.")},
        {QStringLiteral("IMG.0058"), QT_TRANSLATE_NOOP("ApiError", "Use a bucket in the same region as the image.")},
        {QStringLiteral("IMG.0059"), QT_TRANSLATE_NOOP("ApiError", "The file is too large for this method; quick import takes files up to 1 TB.")},
        {QStringLiteral("IMG.0060"), QT_TRANSLATE_NOOP("ApiError", "Too many tasks at once: try again in a few minutes.")},
        {QStringLiteral("IMG.0069"), QT_TRANSLATE_NOOP("ApiError", "Give IMS access to the bucket (its storage class must be Standard).")},
        {QStringLiteral("IMG.0115"), QT_TRANSLATE_NOOP("ApiError", "Check the tags: key.value, key up to 36 and value up to 43 characters.")},
        {QStringLiteral("IMG.0116"), QT_TRANSLATE_NOOP("ApiError", "Use fewer tags (at most 10).")},
        {QStringLiteral("IMG.0175"), QT_TRANSLATE_NOOP("ApiError", "Rename the folder or file in OBS so that it has no spaces.")},
        {QStringLiteral("IMG.0194"), QT_TRANSLATE_NOOP("ApiError", "Too many imports at once: wait for some to finish.")},
    };
    return hints.value(code, nullptr);
}

// Finds a code/message pair the way the official SDK's exception handler does, recursing into objects.
bool findPair(const QJsonObject &o, QString *code, QString *message, int depth = 0)
{
    if (depth > 8)
        return false;
    static const QList<QPair<QString, QString>> keys = {{QStringLiteral("error_code"), QStringLiteral("error_msg")},
                                                       {QStringLiteral("errorCode"), QStringLiteral("errorMsg")},
                                                       {QStringLiteral("code"), QStringLiteral("message")}};
    for (const auto &[c, m] : keys)
        if (o.contains(c) && o.contains(m)) {
            const QJsonValue cv = o.value(c);
            *code = cv.isDouble() ? QString::number(cv.toInteger()) : cv.toString();
            *message = o.value(m).toString();
            return true;
        }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isObject() && findPair(it.value().toObject(), code, message, depth + 1))
            return true;
    // Glance and Keystone: {"message": "..."} or {"error": {"message": "..."}}
    if (depth == 0 && o.value(QStringLiteral("message")).isString()) {
        *message = o.value(QStringLiteral("message")).toString();
        return true;
    }
    return false;
}

QString shortened(QString s)
{
    s = s.simplified();
    return s.size() > 300 ? s.left(300) + QStringLiteral("…") : s;
}

QString readableBody(const QByteArray &body)
{
    const QByteArray head = body.left(64 * 1024);
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"), QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromUtf8(head);
    if (const auto m = title.match(text); m.hasMatch())
        return shortened(m.captured(1));
    if (text.contains(QLatin1String("<html"), Qt::CaseInsensitive))
        return shortened(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    return shortened(text);
}

} // namespace

QString ApiError::imgMessage(const QString &code)
{
    const char *m = imgTable().value(code, nullptr);
    return m ? tr(m) : QString();
}

QString ApiError::hintForCode(const QString &code)
{
    const char *hint = hintFor(code);
    return hint ? tr(hint) : QString();
}

ApiError ApiError::fromReply(int httpStatus, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ApiError e;
    e.m_status = httpStatus;
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name == "x-request-id")
            e.m_requestId = QString::fromLatin1(h.second);
        else if (name == "retry-after") {
            bool ok = false;
            const int seconds = h.second.trimmed().toInt(&ok);
            if (ok)
                e.m_retryAfter = std::max(0, seconds);
            else {
                // An HTTP-date (RFC 9110, "Sun, 06 Nov 1994 08:49:37 GMT") always says GMT, a zone
                // name Qt 6.4's RFC 2822 reader refuses: it reads the same time as +0000.
                QString text = QString::fromLatin1(h.second.trimmed());
                if (text.endsWith(QLatin1String(" GMT")))
                    text = text.chopped(3) + QLatin1String("+0000");
                const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
                // Clamped, not cut to int: a date decades ahead must not wrap into a negative wait.
                if (when.isValid())
                    e.m_retryAfter = int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, std::numeric_limits<int>::max()));
            }
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body.size() <= 4 * 1024 * 1024 ? body : QByteArray());
    if (!doc.isObject() || !findPair(doc.object(), &e.m_code, &e.m_message))
        e.m_message = readableBody(body);
    e.m_message = shortened(e.m_message);
    if (e.m_code.isEmpty() || e.m_code == QString::number(httpStatus))
        e.m_code = e.m_code.isEmpty() ? QString::number(httpStatus) : e.m_code;
    if (e.m_message.isEmpty())
        e.m_message = imgMessage(e.m_code);

    if (httpStatus == 401 || e.m_code.endsWith(QLatin1String(".0301")))
        e.m_kind = Kind::Auth;
    else if (httpStatus == 429 || e.m_code.endsWith(QLatin1String(".0308")))
        e.m_kind = Kind::Throttled;
    else if (httpStatus == 403)
        e.m_kind = Kind::Forbidden;
    else if (httpStatus == 404)
        e.m_kind = Kind::NotFound;
    else if (httpStatus >= 500)
        e.m_kind = Kind::Server;
    else
        e.m_kind = Kind::Http;
    // The code is shown beside the message, so a huge one is cut like the message (after it was used
    // to classify the error). An invariant of fuzz_apierror.
    e.m_code = shortened(e.m_code);
    return e;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString)
{
    ApiError e;
    e.m_networkError = error;
    e.m_message = shortened(errorString);
    e.m_code = QStringLiteral("NETWORK");
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        e.m_kind = Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
        e.m_kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        e.m_kind = Kind::Cancelled;
        break;
    default:
        e.m_kind = Kind::Network;
    }
    return e;
}

ApiError ApiError::timeout(int seconds)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_code = QStringLiteral("TIMEOUT");
    e.m_message = tr("no answer within %1 s").arg(seconds);
    return e;
}

ApiError ApiError::tooSlow(int seconds)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_code = QStringLiteral("TIMEOUT");
    e.m_message = tr("the answer was still not complete after %1 s").arg(seconds);
    return e;
}

ApiError ApiError::tooLarge(qint64 capBytes)
{
    ApiError e;
    e.m_kind = Kind::TooLarge;
    e.m_code = QStringLiteral("TOO_LARGE");
    e.m_message = tr("more than %1 MiB").arg(capBytes / (1024 * 1024));
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_code = QStringLiteral("CANCELLED");
    return e;
}

ApiError ApiError::malformed(const QString &what)
{
    ApiError e;
    e.m_kind = Kind::MalformedAnswer;
    e.m_code = QStringLiteral("MALFORMED");
    e.m_message = what;
    return e;
}

bool ApiError::retryable() const
{
    switch (m_kind) {
    case Kind::Throttled:
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Server:
        return m_status == 500 || m_status == 502 || m_status == 503 || m_status == 504;
    default:
        return false;
    }
}

QString ApiError::fieldHint() const
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("IMG.0002"), QStringLiteral("name")},        {QStringLiteral("IMG.0003"), QStringLiteral("name")},
        {QStringLiteral("IMG.0009"), QStringLiteral("name")},        {QStringLiteral("IMG.0013"), QStringLiteral("name")},
        {QStringLiteral("IMG.0062"), QStringLiteral("name")},        {QStringLiteral("IMG.0004"), QStringLiteral("description")},
        {QStringLiteral("IMG.0054"), QStringLiteral("description")}, {QStringLiteral("IMG.0055"), QStringLiteral("min_disk")},
        {QStringLiteral("IMG.0056"), QStringLiteral("os_version")},  {QStringLiteral("IMG.0057"), QStringLiteral("image_url")},
        {QStringLiteral("IMG.0058"), QStringLiteral("image_url")},   {QStringLiteral("IMG.0059"), QStringLiteral("image_url")},
        {QStringLiteral("IMG.0069"), QStringLiteral("image_url")},   {QStringLiteral("IMG.0109"), QStringLiteral("image_url")},
        {QStringLiteral("IMG.0175"), QStringLiteral("image_url")},   {QStringLiteral("IMG.0115"), QStringLiteral("tags")},
        {QStringLiteral("IMG.0116"), QStringLiteral("tags")},        {QStringLiteral("IMG.0122"), QStringLiteral("os_type")},
        {QStringLiteral("IMG.0212"), QStringLiteral("architecture")}, {QStringLiteral("IMG.0005"), QStringLiteral("instance_id")},
        {QStringLiteral("IMG.0012"), QStringLiteral("instance_id")}, {QStringLiteral("IMG.0120"), QStringLiteral("volume_id")},
    };
    if (fields.contains(m_code))
        return fields.value(m_code);
    static const QRegularExpression kms(QStringLiteral("^IMG\\.0(09[5-9]|10[0-3])$"));
    return kms.match(m_code).hasMatch() ? QStringLiteral("cmk_id") : QString();
}

QString ApiError::userMessage() const
{
    const QString what = describe();
    if (m_requestId.isEmpty() || m_kind == Kind::Cancelled)
        return what;
    return what + QLatin1Char('\n') + tr("Request ID: %1").arg(m_requestId);
}

QString ApiError::describe() const
{
    QString what;
    switch (m_kind) {
    case Kind::Network:
        what = tr("The server could not be reached: %1. Check the endpoint, the proxy and the network.").arg(m_message);
        break;
    case Kind::Tls:
        what = tr("The secure connection failed: %1. Check the endpoint and, for a private cloud, the CA file.").arg(m_message);
        break;
    case Kind::Timeout:
        what = tr("The server did not answer in time (%1).").arg(m_message);
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::MalformedAnswer:
        return tr("The server's answer could not be understood: %1").arg(m_message);
    case Kind::TooLarge:
        return tr("The server sent %1 in its answer; the call was stopped and failed. This is not an answer of the IMS API: check the endpoint and any proxy between.").arg(m_message);
    case Kind::Auth:
        what = m_message.contains(QLatin1String("signature"), Qt::CaseInsensitive)
                   ? tr("Authentication failed (%1): the AK/SK signature was rejected. Check the secret key and that this computer's clock is right (within 15 minutes).").arg(m_code)
               : m_message.contains(QLatin1String("expire"), Qt::CaseInsensitive)
                   ? tr("Authentication failed (%1): the token has expired. It will be renewed; try again.").arg(m_code)
                   : tr("Authentication failed (%1): check the user, password (or AK/SK), account and project.").arg(m_code);
        if (!m_message.isEmpty())
            what += QLatin1Char(' ') + tr("The server said: %1").arg(m_message);
        return what;
    case Kind::Forbidden:
        if (!m_permission.isEmpty()) {
            what = tr("Not allowed (%1): your IAM user lacks the permission %2; ask the account's administrator to grant it.")
                       .arg(m_code, m_permission);
            break;
        }
        what = tr("Not allowed (%1): your IAM user lacks the permission for this operation.").arg(m_code);
        break;
    case Kind::Throttled:
        what = tr("Too many requests (%1): the request was throttled; it is retried automatically where safe.").arg(m_code);
        break;
    case Kind::NotFound:
        what = tr("Not found (HTTP 404, %1): check the endpoint and region.").arg(m_code);
        break;
    case Kind::Server:
        what = tr("The service had an internal error (HTTP %1, %2).").arg(m_status).arg(m_code);
        break;
    case Kind::Http: {
        const char *hint = hintFor(m_code);
        what = tr("The request was rejected (%1): %2").arg(m_code, m_message.isEmpty() ? imgMessage(m_code) : m_message);
        if (hint)
            what += QLatin1Char(' ') + tr(hint);
        return what;
    }
    }
    if (!m_message.isEmpty() && m_kind != Kind::Network && m_kind != Kind::Tls && m_kind != Kind::Timeout)
        what += QLatin1Char(' ') + tr("The server said: %1").arg(m_message);
    return what;
}

} // namespace ims
