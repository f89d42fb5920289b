<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
    <message>
        <source>The request message format is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name contains more than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name format is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description contains more than 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS system disk cannot be used to create an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS cannot be used to create images because it is not in stopped state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS cannot be used to create an image because it has in-progress tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forceCreate must be set to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS ID is not specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name is not specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception occurred when IaaS OpenStack was executing the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of private images has reached the maximum allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the request body was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL format is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the job was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ID is not specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource type is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk in the current state cannot be used to create images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception occurred during task query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image type in the request is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user type in the request is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is invalid. You need to apply for the required permissions or pass the real-name authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image ID in the request does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image in the request is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup in the request has already been used to create an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID and token in the request are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ID in the request is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is not a system disk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of images cannot be modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute conflict occurred during the modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the value of asumeToken was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred in the AK/SK was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the bucket was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when read and write permissions of the bucket were granted to a specified user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred in the object storage address was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized account is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to generate the image product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation can be performed only by the image owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the domain information of the shadow account was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image description format is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory or disk size is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid OS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is empty, not found, or in incorrect format, or you do not have enough permission to access the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region of the bucket where the image file is stored is inconsistent with that of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the image file exceeds the maximum allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of tasks exceeds the flow control limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown system error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM type does not support image creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain tenant information from IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain the tenant domain from IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image ID is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified bucket name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified bucket cannot be accessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file already exists. Confirm the file in the corresponding directory of the OBS bucket or in the OBS bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified image format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the exported file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name length exceeds the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot share an image with yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public image cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk image created from a charged image cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image created from a CSBS or CBR backup cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be exported because it is created from an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is a public image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is a private image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing mode is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of shared images has reached the maximum allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public image cannot be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image being created cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image can only be deleted by the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public image cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KMS key does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified KMS key ID must be different from the image key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted image cannot be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission to access the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have OBT permission for KMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original key does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original key is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission to access the original key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project name if there are multiple projects in the same region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image owner is another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant ID was not found in the current region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket name contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk is unavailable and cannot be used to create images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the system disk exceeds the maximum allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to add the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to delete the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to query the tenant details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image tag is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of image tags exceeds the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image source can only be BMS or ECS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMS image does not support KMS encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM does not have a system disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specified data disk ID is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS type is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file address in the request is duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disk image cannot be converted to a public image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM in the current stage cannot be used to create a full-ECS image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSBS backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported or replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSBS backup in the current state cannot be used to create a full-ECS image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to access the CSBS backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSBS backup has been registered as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-ECS image cannot be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create a full-ECS image because the ECS is being backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain the VM information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain the OS type information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other disks on the VM are being used to created VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disks in the request come from different ECSs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of hw_firmware_type is not uefi or bios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is being exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESS or DSS disks cannot be used to create images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to communicate with Enterprise Project Management Service (EPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to check the enterprise project ID validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to associate the image with the enterprise project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images less than 128 GB can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains a maximum of 12 characters that consist of letters and spaces, and cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be titled by vendors. Only images running a Windows OS booted in BIOS mode can be titled by vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create an image because the spot ECS is being reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to access the CSBS backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS information must be contained in the ISO files used to create images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation cannot be performed for ISO images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk images cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the OS versions are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the image formats are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum disk space is less than that of the source image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum memory is less than that of the source image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the image environment types are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to update the image because the name of the source image is different from that of the target image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name and image file name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to delete the full-ECS backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and target tenants reside in different regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target tenant is the same as the source tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the source image agency is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBR does not support full-ECS image creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain ECSs that can be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient vault capacity. Please expand the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS can only be associated with one vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to obtain the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of ECSs associated with the vault has reached the upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS is associated with the CSBS service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS access traffic has reached the upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target CBR vault does not support image replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-ECS images can be created only from CBR backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to query ECS flavors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor used to query images is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not a cloud server backup vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of images that can be imported at one time has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-ECS images created from CBR backups must contain an OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be replicated because it is not accepted by the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to replicate the shared image because it is encrypted using KMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup ID does not match the backup type or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of Architecture must be x86 or Arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not real-name authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete payment information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient budget of enterprise department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the image name to 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, -, . and _ in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the ECS, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another image name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the ECS&apos;s running tasks end, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private image quota is reached: delete images you no longer need or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the minimum disk and memory values against their ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the OS version from the list the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists in the bucket, is in a supported format, and that IMS may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a bucket in the same region as the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for this method; quick import takes files up to 1 TB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tasks at once: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give IMS access to the bucket (its storage class must be Standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tags: key.value, key up to 36 and value up to 43 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fewer tags (at most 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the folder or file in OBS so that it has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many imports at once: wait for some to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1. Check the endpoint, the proxy and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the endpoint and, for a private cloud, the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1): the AK/SK signature was rejected. Check the secret key and that this computer&apos;s clock is right (within 15 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1): the token has expired. It will be renewed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1): check the user, password (or AK/SK), account and project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed (%1): your IAM user lacks the permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (%1): the request was throttled; it is retried automatically where safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404, %1): check the endpoint and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the image is listed under in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary information about the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tags (key/value objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags as {&quot;key&quot;: …, &quot;value&quot;: …} objects. Use either tags or image_tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (key.value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags as &quot;key.value&quot; strings. Use either tags or image_tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum memory the image needs, in MB; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum memory the image supports, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file in OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external image file as OBS bucket name:file name. The bucket must be in the same region and of the Standard storage class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system in the image, exactly as the OS version list spells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family of the operating system in the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key (KMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom KMS key that encrypts the image. Leave empty for no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or empty for the default enterprise project, or the ID of another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be sent together with tags: use either tags or image_tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum memory must not exceed the maximum memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than the minimum memory (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS version is required for an ISO file and for quick import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for an ISO image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 image files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a RAW or ZVHD2 file for quick import; import other formats the common way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS type must match the OS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but the OS version is a %2 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei Cloud no longer creates Windows data disk images from external files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: Huawei Cloud has stopped creating Windows data disk images from external files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a name or OS version, ECS creation from the image may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: ECS creation using this image will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set: Other Linux(64 bit) will be used and ECS creation may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk image from an ECS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the system disk of an existing ECS as a private image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECS to capture. Console: Elastic Cloud Server, click the ECS, copy its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture one or more data disks attached to an ECS as data disk images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per data disk to capture, each becoming its own data disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EVS disk attached to the ECS. Console: Elastic Volume Service, click the disk, copy its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk image from a file in OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an image file uploaded to OBS as a system disk image, with up to three data disk files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum system disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest system disk an ECS created from the image may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IMS configure the image (drivers, cloud-init) during registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears only in the developer guide&apos;s example; leave unset unless support asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three data disk image files registered together with the system disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest data disk created from this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly; needs the OS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a data disk with an installed, optimised OS into a system disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disk that holds the installed OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS or FusionCompute for an ECS image; BMS or Ironic for a BMS image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk image from a file in OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a data disk image file uploaded to OBS as a data disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be larger than the image file. The range depends on the OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a system disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a large, optimised RAW (with bitmap) or ZVHD2 file of up to 1 TB quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform: license from Huawei Cloud; byol: bring your own license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS for an ECS image, BMS for a BMS image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x86 or arm; an arm image boots in UEFI mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a data disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 data disk file of up to 1 TB quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always DataImage for a data disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native OpenStack image metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the image record first (POST /v2/images), then upload a local file into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only private can be set when the metadata is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected image cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container format; IMS uses bare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the file you will upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags as &quot;key=value&quot; strings, 1 to 255 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be larger than the system disk in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, spaces, hyphens (-), periods (.) and underscores (_); no space at either end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line breaks and no angle brackets (&lt; &gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS bucket name:file name, e.g. ims-image:centos70.qcow2; the bucket&apos;s storage class must be Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the default project) or an enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key.value; key 1 to 36 letters, digits, _ or -; value up to 43 letters, digits, _, . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, 1 to 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 36 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 43 letters, digits, _, . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OS version exactly as the OS version list spells it, e.g. CentOS 7.6 64bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KMS key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always %1 for this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: ims-wizard-cli &lt;command&gt; [options]

Prepare and check Huawei Cloud IMS image-creation requests.

Commands:
  methods [--json]          list the image-creation methods and their fields
  validate FILE [--json]    check a request file; exit 0 valid, 1 invalid, 2 unusable
  preview FILE [--json]     show the exact HTTP request a request file makes
  submit FILE [--wait]      send a request file; prints the job id (--wait: follow it)
  job ID [--wait]           show (or follow) one job
  jobs [--json] [--wait-all]  list the shared job list (--wait-all: follow every unfinished job)
  sign --ak AK --sk SK ...  compute an AK/SK Authorization header (debug a rejected signature)
  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]
                            run the local IMS/IAM look-alike in the foreground

Connection options (submit, job, jobs): --endpoint, --iam-endpoint, --region, --project,
--project-id, --domain, --user, --auth token|aksk, or IMS_WIZARD_* variables. Secrets come only
from IMS_WIZARD_PASSWORD, IMS_WIZARD_AK/SK/SECURITY_TOKEN or a prompt.

A request file is JSON: {&quot;method&quot;: &quot;&lt;id&gt;&quot;, &quot;fields&quot;: {...}}; FILE may be - for standard input.
Run &apos;ims-wizard-cli &lt;command&gt; --help&apos; for a command&apos;s options.

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ims-wizard-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the image-creation methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the catalogue as JSON, with every field and rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methods takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a request file against the IMS API reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;: bool, &quot;issues&quot;: [...]} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact HTTP request a request file makes (secrets masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;method&quot;, &quot;path&quot;, &quot;headers&quot;, &quot;body&quot;} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMS endpoint, e.g. https://ims.ap-southeast-1.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create endpoints where a method has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid, nothing to preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message>
        <source>IMS endpoint URL [IMS_WIZARD_ENDPOINT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint URL [IMS_WIZARD_IAM_ENDPOINT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-1 [IMS_WIZARD_REGION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name [IMS_WIZARD_PROJECT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id [IMS_WIZARD_PROJECT_ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain) name [IMS_WIZARD_DOMAIN].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name [IMS_WIZARD_USER].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token (password) or aksk [IMS_WIZARD_AUTH].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be token or aksk, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region and no endpoint: give --region (or IMS_WIZARD_REGION) or --endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token auth needs --user and --domain (or IMS_WIZARD_USER and IMS_WIZARD_DOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set IMS_WIZARD_PASSWORD or run in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK auth needs IMS_WIZARD_AK and IMS_WIZARD_SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret key: set IMS_WIZARD_SK or run in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK auth needs the project id: --project-id or IMS_WIZARD_PROJECT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request file to IMS and record its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job to SUCCESS (exit 0) or FAIL (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create endpoints where a method has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit takes exactly one request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is not valid; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was sent but its outcome is unknown (%1). It was not sent again: check the console before submitting it once more. Recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 created (status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the status of one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job to its end; exit 0 on SUCCESS, 1 on FAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job takes exactly one job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the jobs in the shared job list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the jobs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow every unfinished job to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local IMS/IAM sandbox in the foreground (Ctrl+C stops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a job runs (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered with 500/503/429 or dropped, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write export IMS_WIZARD_...=... lines for a shell to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--job-seconds must be a number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault-rate must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS Wizard sandbox listening on %1 (jobs take %2 s, fault rate %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account (sandbox only): domain %1, user %2, password %3, project %4 (%5), AK %6, SK %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;. %1&apos; to point ims-wizard-cli at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>the answer has no job status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the job list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list %1 is damaged (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list %1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a creation method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a creation method; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IMS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create private images on Huawei Cloud IMS, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a built-in local sandbox (no cloud account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through every page of every method, save one PNG per page into DIR, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the first page is shown (smoke test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program in this language: zh_CN, pt_BR or en (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request file must be a JSON object with &quot;method&quot; and &quot;fields&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot;; a request file has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has schema %1, written by a newer IMS Wizard; this one reads schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing or not a string; it must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; is missing or not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a request file may be at most %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the limit for a request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>is not a field of method %1; its fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only to %1 images; remove it for this OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 for this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 to %2 characters (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces, hyphens (-), periods (.) and underscores (_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain angle brackets (&lt; &gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 (the default project) or an enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be OBS bucket name:file name, e.g. ims-image:centos70.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket name &quot;%1&quot; must be 3 to 63 lower-case letters, digits, hyphens or periods, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a file name after the colon, e.g. ims-image:centos70.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder and file name must not contain spaces (IMG.0175)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag key &quot;%1&quot; must be 1 to 36 letters, digits, _ or - (format key.value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag value &quot;%1&quot; must be up to 43 letters, digits, _, . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be key=value, e.g. test=testvalue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 36 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be up to 43 letters, digits, _, . or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the known list of OS versions; check the spelling, or the image may be unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have at most %1 entries (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the tag key &quot;%1&quot;; each key may appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Compute the SDK-HMAC-SHA256 Authorization header of a request (API Request Signing Guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key (use a test key: command lines are visible to other users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method, e.g. POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full URL, with its query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header to sign, &apos;Name: value&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the request body from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Sdk-Date, YYYYMMDDTHHMMSSZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the canonical request and the string to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must look like 20200608T023900Z, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --body or --body-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::CreateImageCall</name>
    <message>
        <source>The create call succeeded (HTTP %1) but its answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create call succeeded (HTTP %1) but named no job_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image metadata was created (HTTP %1) but the answer has no image id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::DataDisksEditor</name>
    <message>
        <source> *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data dis&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::FieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (server default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. CentOS 7.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::FieldsPage</name>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageCall</name>
    <message>
        <source>The image was not found in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImagePage</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s name, operating system, sizes and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageWizard</name>
    <message>
        <source>Create a private image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobStatusCall</name>
    <message>
        <source>The job status answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of IMS Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — requests can be checked, previewed and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox on %1 (local look-alike of IMS, no cloud account used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS Wizard — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-alike of IMS on this computer: try every method without a cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;Monitor window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is docs/user-guide.md in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IMS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IMS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IMS Wizard %1&lt;/h3&gt;&lt;p&gt;Create private images on Huawei Cloud IMS, step by step.&lt;/p&gt;&lt;p&gt;Every rule shown comes from the IMS API reference.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Monitor — IMS Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the method &quot;%2&quot;, which this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a creation method first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::OsVersionsCall</name>
    <message>
        <source>The OS version list is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::QuotaCall</name>
    <message>
        <source>The quota answer has no entry for images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ReviewPage</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as request &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;another with these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the exact request that will be sent. Secrets are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command is on the clipboard. Set IMS_WIZARD_TOKEN to a token before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: choose a connection to submit. You can still save or copy the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no answer came back (%1). It may or may not have created the image, so it was not sent again. Check the console before you submit it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image metadata %1 created (status %2). Next: upload the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. Job %1 is followed in the job monitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::SecretStore</name>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so the secret cannot be stored; you may keep it for this session only, and nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::SourcePage</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the image comes from. Each field shows its rule from the API reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::StartPage</name>
    <message>
        <source>What do you have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the image is made from. Each answer leads to the matching IMS API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ECS, running or stopped: capture its system disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks attached to an ECS: capture them as data disk images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data disk with an installed OS: make it bootable as a system disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image file in OBS (qcow2, vmdk, vhd, …), optionally with up to 3 data disk files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 system disk file in OBS: quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 data disk file in OBS: quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data disk image file in OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local image file: register it with the native OpenStack API and upload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick the API &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;tt&gt;%3 %4&lt;/tt&gt; — %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::TagsEditor</name>
    <message>
        <source>Send tags as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: &quot;key.value&quot; strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_tags: {&quot;key&quot;, &quot;value&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional key/value tags to find the image by. Leave the table empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::TokenProvider</name>
    <message>
        <source>The identity service answered without a token (X-Subject-Token) or its expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::UploadPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is streamed from disk. Huawei Cloud accepts files below 2 GB on this (deprecated) API; for larger files upload to OBS and use an image from a file in OBS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 waits for its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded. Checking the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is active: %2 bytes, MD5 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
