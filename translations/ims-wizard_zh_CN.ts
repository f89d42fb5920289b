<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListing</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>容量 (GB)</translation>
    </message>
    <message>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>云服务器</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Min disk (GB)</source>
        <translation>最小磁盘 (GB)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>ECSs</source>
        <translation>云服务器</translation>
    </message>
    <message>
        <source>EVS disks</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>private images</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>enterprise projects</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>KMS keys</source>
        <translation>KMS 密钥</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message>
        <source>Show the activity log: every call that changed something in the cloud (creates, uploads, parts), oldest first, with its request id, status, outcome and job. Kept beside the job list: the newest %1 calls of the last %2 days.</source>
        <translation>显示操作日志：在云上做出更改的每个调用（创建、上传、分段），按时间从早到晚排列，包括请求 ID、状态、结果和任务。与任务列表保存在一起：保留最近 %2 天内最新的 %1 个调用。</translation>
    </message>
    <message>
        <source>Only the calls of this connection (its name, or the endpoint&apos;s host when it had none).</source>
        <translation>只显示此连接的调用（连接名称；无名称时为终端节点的主机名）。</translation>
    </message>
    <message>
        <source>Only the newest N calls.</source>
        <translation>只显示最新的 N 个调用。</translation>
    </message>
    <message>
        <source>activity takes no arguments</source>
        <translation>activity 不接受参数</translation>
    </message>
    <message>
        <source>--limit must be a number above 0</source>
        <translation>--limit 必须是大于 0 的数字</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be written to the activity log in %1.</source>
        <translation>
            <numerusform>有 %n 个调用无法写入 %1 中的操作日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request message format is invalid.</source>
        <translation>请求消息格式不合法。</translation>
    </message>
    <message>
        <source>The image name contains more than 128 characters.</source>
        <translation>镜像名称超过 128 个字符。</translation>
    </message>
    <message>
        <source>The image name format is invalid.</source>
        <translation>镜像名称格式不合法。</translation>
    </message>
    <message>
        <source>The description contains more than 1024 characters.</source>
        <translation>描述超过 1024 个字符。</translation>
    </message>
    <message>
        <source>The ECS does not exist.</source>
        <translation>云服务器不存在。</translation>
    </message>
    <message>
        <source>The ECS system disk cannot be used to create an image.</source>
        <translation>该云服务器的系统盘不能用于创建镜像。</translation>
    </message>
    <message>
        <source>The request body is empty.</source>
        <translation>请求体为空。</translation>
    </message>
    <message>
        <source>The ECS cannot be used to create images because it is not in stopped state.</source>
        <translation>云服务器未处于关机状态，不能用于创建镜像。</translation>
    </message>
    <message>
        <source>The image name already exists.</source>
        <translation>镜像名称已存在。</translation>
    </message>
    <message>
        <source>The ECS cannot be used to create an image because it has in-progress tasks.</source>
        <translation>云服务器有正在进行的任务，不能用于创建镜像。</translation>
    </message>
    <message>
        <source>forceCreate must be set to true.</source>
        <translation>forceCreate 必须设为 true。</translation>
    </message>
    <message>
        <source>The ECS ID is not specified.</source>
        <translation>未指定云服务器 ID。</translation>
    </message>
    <message>
        <source>The image name is not specified.</source>
        <translation>未指定镜像名称。</translation>
    </message>
    <message>
        <source>An exception occurred when IaaS OpenStack was executing the task.</source>
        <translation>IaaS OpenStack 执行任务时发生异常。</translation>
    </message>
    <message>
        <source>The number of private images has reached the maximum allowed.</source>
        <translation>私有镜像数量已达上限。</translation>
    </message>
    <message>
        <source>An error occurred when the request body was deleted.</source>
        <translation>删除请求体时发生错误。</translation>
    </message>
    <message>
        <source>The URL format is incorrect.</source>
        <translation>URL 格式不正确。</translation>
    </message>
    <message>
        <source>An error occurred when the job was submitted.</source>
        <translation>提交任务时发生错误。</translation>
    </message>
    <message>
        <source>The backup ID is not specified.</source>
        <translation>未指定备份 ID。</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>备份不存在。</translation>
    </message>
    <message>
        <source>The resource type is unknown.</source>
        <translation>资源类型未知。</translation>
    </message>
    <message>
        <source>The disk in the current state cannot be used to create images.</source>
        <translation>磁盘在当前状态下不能用于创建镜像。</translation>
    </message>
    <message>
        <source>An exception occurred during task query.</source>
        <translation>查询任务时发生异常。</translation>
    </message>
    <message>
        <source>The image type in the request is incorrect.</source>
        <translation>请求中的镜像类型不正确。</translation>
    </message>
    <message>
        <source>The user type in the request is incorrect.</source>
        <translation>请求中的用户类型不正确。</translation>
    </message>
    <message>
        <source>The role is invalid. You need to apply for the required permissions or pass the real-name authentication.</source>
        <translation>角色无效。请申请所需权限或完成实名认证。</translation>
    </message>
    <message>
        <source>The image ID in the request does not exist.</source>
        <translation>请求中的镜像 ID 不存在。</translation>
    </message>
    <message>
        <source>The image in the request is protected.</source>
        <translation>请求中的镜像受保护。</translation>
    </message>
    <message>
        <source>The backup in the request has already been used to create an image.</source>
        <translation>请求中的备份已用于创建过镜像。</translation>
    </message>
    <message>
        <source>The project ID and token in the request are invalid.</source>
        <translation>请求中的项目 ID 和 Token 无效。</translation>
    </message>
    <message>
        <source>The resource ID in the request is incorrect.</source>
        <translation>请求中的资源 ID 不正确。</translation>
    </message>
    <message>
        <source>The backup is unavailable.</source>
        <translation>备份不可用。</translation>
    </message>
    <message>
        <source>The backup is not a system disk backup.</source>
        <translation>该备份不是系统盘备份。</translation>
    </message>
    <message>
        <source>The number of images cannot be modified.</source>
        <translation>镜像数量不能修改。</translation>
    </message>
    <message>
        <source>An attribute conflict occurred during the modification.</source>
        <translation>修改时发生属性冲突。</translation>
    </message>
    <message>
        <source>An error occurred when the value of asumeToken was obtained.</source>
        <translation>获取 asumeToken 的值时发生错误。</translation>
    </message>
    <message>
        <source>An error occurred in the AK/SK was obtained.</source>
        <translation>获取 AK/SK 时发生错误。</translation>
    </message>
    <message>
        <source>An error occurred when the bucket was created.</source>
        <translation>创建桶时发生错误。</translation>
    </message>
    <message>
        <source>An error occurred when read and write permissions of the bucket were granted to a specified user.</source>
        <translation>为指定用户授予桶的读写权限时发生错误。</translation>
    </message>
    <message>
        <source>An error occurred in the object storage address was obtained.</source>
        <translation>获取对象存储地址时发生错误。</translation>
    </message>
    <message>
        <source>The authorized account is empty.</source>
        <translation>授权账号为空。</translation>
    </message>
    <message>
        <source>Failed to generate the image product code.</source>
        <translation>生成镜像产品码失败。</translation>
    </message>
    <message>
        <source>The image is unavailable.</source>
        <translation>镜像不可用。</translation>
    </message>
    <message>
        <source>This operation can be performed only by the image owner.</source>
        <translation>只有镜像所有者可以执行此操作。</translation>
    </message>
    <message>
        <source>An error occurred when the domain information of the shadow account was obtained.</source>
        <translation>获取影子账号的域信息时发生错误。</translation>
    </message>
    <message>
        <source>The image description format is invalid.</source>
        <translation>镜像描述格式不合法。</translation>
    </message>
    <message>
        <source>The memory or disk size is invalid.</source>
        <translation>内存或磁盘大小不合法。</translation>
    </message>
    <message>
        <source>Invalid OS version.</source>
        <translation>操作系统版本无效。</translation>
    </message>
    <message>
        <source>The image file is empty, not found, or in incorrect format, or you do not have enough permission to access the file.</source>
        <translation>镜像文件为空、不存在或格式不正确，或者您没有足够的权限访问该文件。</translation>
    </message>
    <message>
        <source>The region of the bucket where the image file is stored is inconsistent with that of the user.</source>
        <translation>镜像文件所在桶的区域与用户所在区域不一致。</translation>
    </message>
    <message>
        <source>The size of the image file exceeds the maximum allowed.</source>
        <translation>镜像文件大小超过上限。</translation>
    </message>
    <message>
        <source>The number of tasks exceeds the flow control limit.</source>
        <translation>任务数量超过流控限制。</translation>
    </message>
    <message>
        <source>Unknown system error.</source>
        <translation>未知系统错误。</translation>
    </message>
    <message>
        <source>The image name is incorrect.</source>
        <translation>镜像名称不正确。</translation>
    </message>
    <message>
        <source>The VM type does not support image creation.</source>
        <translation>该虚拟机类型不支持创建镜像。</translation>
    </message>
    <message>
        <source>Failed to obtain tenant information from IAM.</source>
        <translation>从 IAM 获取租户信息失败。</translation>
    </message>
    <message>
        <source>Failed to obtain the tenant domain from IAM.</source>
        <translation>从 IAM 获取租户域失败。</translation>
    </message>
    <message>
        <source>The image ID is incorrect.</source>
        <translation>镜像 ID 不正确。</translation>
    </message>
    <message>
        <source>The project ID is incorrect.</source>
        <translation>项目 ID 不正确。</translation>
    </message>
    <message>
        <source>The specified bucket name is empty.</source>
        <translation>指定的桶名称为空。</translation>
    </message>
    <message>
        <source>The specified bucket cannot be accessed.</source>
        <translation>无法访问指定的桶。</translation>
    </message>
    <message>
        <source>The image file already exists. Confirm the file in the corresponding directory of the OBS bucket or in the OBS bucket.</source>
        <translation>镜像文件已存在。请在 OBS 桶的对应目录或 OBS 桶中确认该文件。</translation>
    </message>
    <message>
        <source>The image cannot be exported.</source>
        <translation>该镜像不能导出。</translation>
    </message>
    <message>
        <source>The specified image format is not supported.</source>
        <translation>不支持指定的镜像格式。</translation>
    </message>
    <message>
        <source>The name of the exported file is empty.</source>
        <translation>导出文件的名称为空。</translation>
    </message>
    <message>
        <source>The file name length exceeds the limit.</source>
        <translation>文件名长度超过限制。</translation>
    </message>
    <message>
        <source>The file name contains invalid characters.</source>
        <translation>文件名包含非法字符。</translation>
    </message>
    <message>
        <source>You cannot share an image with yourself.</source>
        <translation>不能将镜像共享给自己。</translation>
    </message>
    <message>
        <source>The public image cannot be exported.</source>
        <translation>公共镜像不能导出。</translation>
    </message>
    <message>
        <source>The system disk image created from a charged image cannot be exported.</source>
        <translation>由收费镜像创建的系统盘镜像不能导出。</translation>
    </message>
    <message>
        <source>The image created from a CSBS or CBR backup cannot be exported.</source>
        <translation>由 CSBS 或 CBR 备份创建的镜像不能导出。</translation>
    </message>
    <message>
        <source>The image cannot be exported because it is created from an image file.</source>
        <translation>该镜像由镜像文件创建，不能导出。</translation>
    </message>
    <message>
        <source>The image is a public image.</source>
        <translation>该镜像是公共镜像。</translation>
    </message>
    <message>
        <source>The image is a private image.</source>
        <translation>该镜像是私有镜像。</translation>
    </message>
    <message>
        <source>The publishing mode is incorrect.</source>
        <translation>发布方式不正确。</translation>
    </message>
    <message>
        <source>No image was found.</source>
        <translation>未找到镜像。</translation>
    </message>
    <message>
        <source>The token is incorrect.</source>
        <translation>Token 不正确。</translation>
    </message>
    <message>
        <source>The number of shared images has reached the maximum allowed.</source>
        <translation>共享镜像数量已达上限。</translation>
    </message>
    <message>
        <source>The public image cannot be shared.</source>
        <translation>公共镜像不能共享。</translation>
    </message>
    <message>
        <source>The image being created cannot be deleted.</source>
        <translation>正在创建的镜像不能删除。</translation>
    </message>
    <message>
        <source>The image can only be deleted by the owner.</source>
        <translation>只有所有者可以删除该镜像。</translation>
    </message>
    <message>
        <source>The public image cannot be deleted.</source>
        <translation>公共镜像不能删除。</translation>
    </message>
    <message>
        <source>The KMS key does not exist.</source>
        <translation>KMS 密钥不存在。</translation>
    </message>
    <message>
        <source>The specified KMS key ID must be different from the image key ID.</source>
        <translation>指定的 KMS 密钥 ID 必须与镜像密钥 ID 不同。</translation>
    </message>
    <message>
        <source>The key is not enabled.</source>
        <translation>密钥未启用。</translation>
    </message>
    <message>
        <source>The encrypted image cannot be shared.</source>
        <translation>加密镜像不能共享。</translation>
    </message>
    <message>
        <source>You do not have the permission to access the key.</source>
        <translation>您没有访问该密钥的权限。</translation>
    </message>
    <message>
        <source>You do not have OBT permission for KMS.</source>
        <translation>您没有 KMS 的公测（OBT）权限。</translation>
    </message>
    <message>
        <source>The original key does not exist.</source>
        <translation>原密钥不存在。</translation>
    </message>
    <message>
        <source>The original key is not enabled.</source>
        <translation>原密钥未启用。</translation>
    </message>
    <message>
        <source>You do not have the permission to access the original key.</source>
        <translation>您没有访问原密钥的权限。</translation>
    </message>
    <message>
        <source>Enter the project name if there are multiple projects in the same region.</source>
        <translation>同一区域有多个项目时，请输入项目名称。</translation>
    </message>
    <message>
        <source>The operation is not supported.</source>
        <translation>不支持该操作。</translation>
    </message>
    <message>
        <source>The image owner is another tenant.</source>
        <translation>镜像所有者是其他租户。</translation>
    </message>
    <message>
        <source>The tenant ID was not found in the current region.</source>
        <translation>在当前区域未找到该租户 ID。</translation>
    </message>
    <message>
        <source>The bucket name contains invalid characters.</source>
        <translation>桶名称包含非法字符。</translation>
    </message>
    <message>
        <source>The system disk is unavailable and cannot be used to create images.</source>
        <translation>系统盘不可用，不能用于创建镜像。</translation>
    </message>
    <message>
        <source>The size of the system disk exceeds the maximum allowed.</source>
        <translation>系统盘大小超过上限。</translation>
    </message>
    <message>
        <source>Failed to add the tenant.</source>
        <translation>添加租户失败。</translation>
    </message>
    <message>
        <source>Failed to delete the tenant.</source>
        <translation>删除租户失败。</translation>
    </message>
    <message>
        <source>Failed to query the tenant details.</source>
        <translation>查询租户详情失败。</translation>
    </message>
    <message>
        <source>The image tag is invalid.</source>
        <translation>镜像标签无效。</translation>
    </message>
    <message>
        <source>The number of image tags exceeds the quota.</source>
        <translation>镜像标签数量超过配额。</translation>
    </message>
    <message>
        <source>The image source can only be BMS or ECS.</source>
        <translation>镜像来源只能是 BMS 或 ECS。</translation>
    </message>
    <message>
        <source>The BMS image does not support KMS encryption.</source>
        <translation>BMS 镜像不支持 KMS 加密。</translation>
    </message>
    <message>
        <source>The VM does not have a system disk.</source>
        <translation>该虚拟机没有系统盘。</translation>
    </message>
    <message>
        <source>The specified data disk ID is unavailable.</source>
        <translation>指定的数据盘 ID 不可用。</translation>
    </message>
    <message>
        <source>The object cannot be found.</source>
        <translation>找不到该对象。</translation>
    </message>
    <message>
        <source>The OS type is invalid.</source>
        <translation>操作系统类型无效。</translation>
    </message>
    <message>
        <source>The image file address in the request is duplicate.</source>
        <translation>请求中的镜像文件地址重复。</translation>
    </message>
    <message>
        <source>The data disk image cannot be converted to a public image.</source>
        <translation>数据盘镜像不能转换为公共镜像。</translation>
    </message>
    <message>
        <source>The VM in the current stage cannot be used to create a full-ECS image.</source>
        <translation>虚拟机在当前阶段不能用于创建整机镜像。</translation>
    </message>
    <message>
        <source>The CSBS backup does not exist.</source>
        <translation>CSBS 备份不存在。</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported.</source>
        <translation>整机镜像不能导出。</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported or replicated.</source>
        <translation>整机镜像不能导出或复制。</translation>
    </message>
    <message>
        <source>The CSBS backup in the current state cannot be used to create a full-ECS image.</source>
        <translation>CSBS 备份在当前状态下不能用于创建整机镜像。</translation>
    </message>
    <message>
        <source>You are not allowed to access the CSBS backup.</source>
        <translation>您无权访问该 CSBS 备份。</translation>
    </message>
    <message>
        <source>The CSBS backup has been registered as an image.</source>
        <translation>该 CSBS 备份已注册为镜像。</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be shared.</source>
        <translation>整机镜像不能共享。</translation>
    </message>
    <message>
        <source>Failed to create a full-ECS image because the ECS is being backed up.</source>
        <translation>云服务器正在备份，创建整机镜像失败。</translation>
    </message>
    <message>
        <source>Failed to obtain the VM information.</source>
        <translation>获取虚拟机信息失败。</translation>
    </message>
    <message>
        <source>Failed to obtain the OS type information.</source>
        <translation>获取操作系统类型信息失败。</translation>
    </message>
    <message>
        <source>Other disks on the VM are being used to created VMs.</source>
        <translation>虚拟机上的其他磁盘正在用于创建虚拟机。</translation>
    </message>
    <message>
        <source>The disks in the request come from different ECSs.</source>
        <translation>请求中的磁盘来自不同的云服务器。</translation>
    </message>
    <message>
        <source>The value of hw_firmware_type is not uefi or bios.</source>
        <translation>hw_firmware_type 的值不是 uefi 或 bios。</translation>
    </message>
    <message>
        <source>The image does not exist.</source>
        <translation>镜像不存在。</translation>
    </message>
    <message>
        <source>The project name is incorrect.</source>
        <translation>项目名称不正确。</translation>
    </message>
    <message>
        <source>The image is being exported.</source>
        <translation>镜像正在导出。</translation>
    </message>
    <message>
        <source>DESS or DSS disks cannot be used to create images.</source>
        <translation>DESS 或 DSS 磁盘不能用于创建镜像。</translation>
    </message>
    <message>
        <source>Failed to communicate with Enterprise Project Management Service (EPS).</source>
        <translation>与企业项目管理服务（EPS）通信失败。</translation>
    </message>
    <message>
        <source>Failed to check the enterprise project ID validity.</source>
        <translation>校验企业项目 ID 的有效性失败。</translation>
    </message>
    <message>
        <source>Failed to associate the image with the enterprise project ID.</source>
        <translation>将镜像关联到企业项目 ID 失败。</translation>
    </message>
    <message>
        <source>Only images less than 128 GB can be exported.</source>
        <translation>只能导出小于 128 GB 的镜像。</translation>
    </message>
    <message>
        <source>You do not have permission.</source>
        <translation>您没有权限。</translation>
    </message>
    <message>
        <source>The value contains a maximum of 12 characters that consist of letters and spaces, and cannot start or end with a space</source>
        <translation>该值最多 12 个字符，由字母和空格组成，且不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>This image cannot be titled by vendors. Only images running a Windows OS booted in BIOS mode can be titled by vendors.</source>
        <translation>该镜像不能由厂商冠名。只有以 BIOS 方式启动的 Windows 操作系统镜像可以由厂商冠名。</translation>
    </message>
    <message>
        <source>Failed to create an image because the spot ECS is being reclaimed.</source>
        <translation>竞价实例云服务器正在被回收，创建镜像失败。</translation>
    </message>
    <message>
        <source>You do not have permission to access the CSBS backup.</source>
        <translation>您没有权限访问该 CSBS 备份。</translation>
    </message>
    <message>
        <source>OS information must be contained in the ISO files used to create images.</source>
        <translation>用于创建镜像的 ISO 文件中必须包含操作系统信息。</translation>
    </message>
    <message>
        <source>This operation cannot be performed for ISO images.</source>
        <translation>ISO 镜像不能执行此操作。</translation>
    </message>
    <message>
        <source>Data disk images cannot be updated.</source>
        <translation>数据盘镜像不能更新。</translation>
    </message>
    <message>
        <source>Failed to update the image because the OS versions are different.</source>
        <translation>操作系统版本不同，更新镜像失败。</translation>
    </message>
    <message>
        <source>Failed to update the image because the image formats are different.</source>
        <translation>镜像格式不同，更新镜像失败。</translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum disk space is less than that of the source image.</source>
        <translation>最小磁盘小于源镜像的最小磁盘，更新镜像失败。</translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum memory is less than that of the source image.</source>
        <translation>最小内存小于源镜像的最小内存，更新镜像失败。</translation>
    </message>
    <message>
        <source>Failed to update the image because the image environment types are different.</source>
        <translation>镜像环境类型不同，更新镜像失败。</translation>
    </message>
    <message>
        <source>Failed to update the image because the name of the source image is different from that of the target image.</source>
        <translation>源镜像名称与目标镜像名称不同，更新镜像失败。</translation>
    </message>
    <message>
        <source>The folder name and image file name cannot contain spaces.</source>
        <translation>文件夹名称和镜像文件名不能包含空格。</translation>
    </message>
    <message>
        <source>Failed to delete the full-ECS backup.</source>
        <translation>删除整机备份失败。</translation>
    </message>
    <message>
        <source>The source and target tenants reside in different regions.</source>
        <translation>源租户与目标租户位于不同区域。</translation>
    </message>
    <message>
        <source>The target tenant is the same as the source tenant.</source>
        <translation>目标租户与源租户相同。</translation>
    </message>
    <message>
        <source>The token of the source image agency is invalid.</source>
        <translation>源镜像委托的 Token 无效。</translation>
    </message>
    <message>
        <source>CBR does not support full-ECS image creation.</source>
        <translation>CBR 不支持创建整机镜像。</translation>
    </message>
    <message>
        <source>Failed to obtain ECSs that can be protected.</source>
        <translation>获取可保护的云服务器失败。</translation>
    </message>
    <message>
        <source>Insufficient vault capacity. Please expand the capacity.</source>
        <translation>存储库容量不足，请扩容。</translation>
    </message>
    <message>
        <source>The ECS can only be associated with one vault.</source>
        <translation>一台云服务器只能关联一个存储库。</translation>
    </message>
    <message>
        <source>Failed to obtain the vault.</source>
        <translation>获取存储库失败。</translation>
    </message>
    <message>
        <source>The number of ECSs associated with the vault has reached the upper limit.</source>
        <translation>存储库关联的云服务器数量已达上限。</translation>
    </message>
    <message>
        <source>The ECS is associated with the CSBS service.</source>
        <translation>该云服务器已关联 CSBS 服务。</translation>
    </message>
    <message>
        <source>KMS access traffic has reached the upper limit.</source>
        <translation>KMS 访问流量已达上限。</translation>
    </message>
    <message>
        <source>Vault is unavailable.</source>
        <translation>存储库不可用。</translation>
    </message>
    <message>
        <source>The target CBR vault does not support image replication.</source>
        <translation>目标 CBR 存储库不支持镜像复制。</translation>
    </message>
    <message>
        <source>Full-ECS images can be created only from CBR backups.</source>
        <translation>整机镜像只能由 CBR 备份创建。</translation>
    </message>
    <message>
        <source>Failed to query ECS flavors.</source>
        <translation>查询云服务器规格失败。</translation>
    </message>
    <message>
        <source>The flavor used to query images is invalid.</source>
        <translation>用于查询镜像的规格无效。</translation>
    </message>
    <message>
        <source>The vault is not a cloud server backup vault.</source>
        <translation>该存储库不是云服务器备份存储库。</translation>
    </message>
    <message>
        <source>The maximum number of images that can be imported at one time has been reached.</source>
        <translation>一次可导入的镜像数量已达上限。</translation>
    </message>
    <message>
        <source>Full-ECS images created from CBR backups must contain an OS.</source>
        <translation>由 CBR 备份创建的整机镜像必须包含操作系统。</translation>
    </message>
    <message>
        <source>The image cannot be replicated because it is not accepted by the recipient.</source>
        <translation>接收方尚未接受该镜像，不能复制。</translation>
    </message>
    <message>
        <source>Failed to replicate the shared image because it is encrypted using KMS.</source>
        <translation>共享镜像使用了 KMS 加密，复制失败。</translation>
    </message>
    <message>
        <source>Backup ID does not match the backup type or does not exist.</source>
        <translation>备份 ID 与备份类型不匹配或不存在。</translation>
    </message>
    <message>
        <source>The value of Architecture must be x86 or Arm.</source>
        <translation>Architecture 的值必须是 x86 或 Arm。</translation>
    </message>
    <message>
        <source>Not real-name authentication.</source>
        <translation>未完成实名认证。</translation>
    </message>
    <message>
        <source>Insufficient balance.</source>
        <translation>余额不足。</translation>
    </message>
    <message>
        <source>Incomplete payment information.</source>
        <translation>付款信息不完整。</translation>
    </message>
    <message>
        <source>Insufficient budget of enterprise department.</source>
        <translation>企业部门预算不足。</translation>
    </message>
    <message>
        <source>Failed to register the image file.</source>
        <translation>注册镜像文件失败。</translation>
    </message>
    <message>
        <source>Shorten the image name to 128 characters.</source>
        <translation>请将镜像名称缩短到 128 个字符以内。</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, -, . and _ in the name.</source>
        <translation>名称中只能使用字母、数字、空格、-、. 和 _。</translation>
    </message>
    <message>
        <source>Stop the ECS, then submit again.</source>
        <translation>请先关闭云服务器，再重新提交。</translation>
    </message>
    <message>
        <source>Choose another image name.</source>
        <translation>请换一个镜像名称。</translation>
    </message>
    <message>
        <source>Wait until the ECS&apos;s running tasks end, then submit again.</source>
        <translation>请等云服务器上正在进行的任务结束后再重新提交。</translation>
    </message>
    <message>
        <source>Your private image quota is reached: delete images you no longer need or ask for a higher quota.</source>
        <translation>私有镜像配额已用完：请删除不再需要的镜像，或申请提高配额。</translation>
    </message>
    <message>
        <source>Check the minimum disk and memory values against their ranges.</source>
        <translation>请对照取值范围检查最小磁盘和内存的值。</translation>
    </message>
    <message>
        <source>Pick the OS version from the list the server offers.</source>
        <translation>请从服务器提供的列表中选择操作系统版本。</translation>
    </message>
    <message>
        <source>Check that the file exists in the bucket, is in a supported format, and that IMS may read it.</source>
        <translation>请检查该文件是否存在于桶中、格式是否受支持，以及 IMS 是否有权读取。</translation>
    </message>
    <message>
        <source>Use a bucket in the same region as the image.</source>
        <translation>请使用与镜像位于同一区域的桶。</translation>
    </message>
    <message>
        <source>The file is too large for this method; quick import takes files up to 1 TB.</source>
        <translation>文件对此方式而言太大；快速导入支持最大 1 TB 的文件。</translation>
    </message>
    <message>
        <source>Too many tasks at once: try again in a few minutes.</source>
        <translation>同时进行的任务太多：请过几分钟再试。</translation>
    </message>
    <message>
        <source>Give IMS access to the bucket (its storage class must be Standard).</source>
        <translation>请授权 IMS 访问该桶（桶的存储类别必须为标准存储）。</translation>
    </message>
    <message>
        <source>Check the tags: key.value, key up to 36 and value up to 43 characters.</source>
        <translation>请检查标签：key.value，键最多 36 个字符，值最多 43 个字符。</translation>
    </message>
    <message>
        <source>Use fewer tags (at most 10).</source>
        <translation>请减少标签数量（最多 10 个）。</translation>
    </message>
    <message>
        <source>Rename the folder or file in OBS so that it has no spaces.</source>
        <translation>请在 OBS 中重命名文件夹或文件，使其不含空格。</translation>
    </message>
    <message>
        <source>Too many imports at once: wait for some to finish.</source>
        <translation>同时进行的导入太多：请等待部分导入完成。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>The server could not be reached: %1. Check the endpoint, the proxy and the network.</source>
        <translation>无法连接服务器：%1。请检查终端节点、代理和网络。</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the endpoint and, for a private cloud, the CA file.</source>
        <translation>安全连接失败：%1。请检查终端节点；如果是私有云，请检查 CA 文件。</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>服务器未及时应答（%1）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation>无法理解服务器的应答：%1</translation>
    </message>
    <message>
        <source>Authentication failed (%1): the AK/SK signature was rejected. Check the secret key and that this computer&apos;s clock is right (within 15 minutes).</source>
        <translation>认证失败（%1）：AK/SK 签名被拒绝。请检查私有访问密钥（SK），并确认本机时钟准确（误差在 15 分钟以内）。</translation>
    </message>
    <message>
        <source>Authentication failed (%1): the token has expired. It will be renewed; try again.</source>
        <translation>认证失败（%1）：Token 已过期。程序会自动续期，请重试。</translation>
    </message>
    <message>
        <source>Authentication failed (%1): check the user, password (or AK/SK), account and project.</source>
        <translation>认证失败（%1）：请检查用户名、密码（或 AK/SK）、账号和项目。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>Not allowed (%1): your IAM user lacks the permission for this operation.</source>
        <translation>不允许（%1）：您的 IAM 用户没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>Too many requests (%1): the request was throttled; it is retried automatically where safe.</source>
        <translation>请求过多（%1）：请求被限流；在安全的情况下会自动重试。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404, %1): check the endpoint and region.</source>
        <translation>未找到（HTTP 404，%1）：请检查终端节点和区域。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1, %2).</source>
        <translation>服务内部错误（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>The request was rejected (%1): %2</source>
        <translation>请求被拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>the answer was still not complete after %1 s</source>
        <translation>%1 秒后回答仍不完整</translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>超过 %1 MiB 的数据</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The server sent %1 in its answer; the call was stopped and failed. This is not an answer of the IMS API: check the endpoint and any proxy between.</source>
        <translation>服务器在回答中发送了%1；调用已中止并失败。这不是 IMS API 的回答：请检查终端节点以及中间的代理。</translation>
    </message>
    <message>
        <source>Not allowed (%1): your IAM user lacks the permission %2; ask the account&apos;s administrator to grant it.</source>
        <translation>不允许（%1）：您的 IAM 用户缺少权限 %2；请联系账号管理员授予该权限。</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; 不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; 不是 true 或 false</translation>
    </message>
    <message>
        <source>not a JSON list: %1</source>
        <translation>不是 JSON 列表：%1</translation>
    </message>
    <message>
        <source>a list of objects is written as JSON: [{&quot;…&quot;: …}]</source>
        <translation>对象列表须写成 JSON：[{&quot;…&quot;: …}]</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; 不是创建方式；可用的方式有：%2</translation>
    </message>
    <message>
        <source>%1: no request files (*.json) in this folder</source>
        <translation>%1：此文件夹中没有请求文件 (*.json)</translation>
    </message>
    <message>
        <source>%1: no rows under the header</source>
        <translation>%1：表头下没有数据行</translation>
    </message>
    <message>
        <source>%1: %2 rows; a batch holds at most %3</source>
        <translation>%1：共 %2 行；一个批量最多 %3 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; split it into several batches</source>
        <translation>%1：超过 %2 MB；请拆分为多个批量</translation>
    </message>
    <message>
        <source>%1: row 1 (the header), column %2: &quot;%3&quot; is named twice</source>
        <translation>%1：第 1 行（表头）第 %2 列：&quot;%3&quot; 重复出现</translation>
    </message>
    <message>
        <source>%1: row 1 (the header), column %2: &quot;%3&quot; is not a field of any method (see &apos;ims-wizard-cli methods&apos;)</source>
        <translation>%1：第 1 行（表头）第 %2 列：&quot;%3&quot; 不是任何创建方式的字段（参见 &apos;ims-wizard-cli methods&apos;）</translation>
    </message>
    <message>
        <source>%1: no method column; add one, or choose the method of its rows (on the command line: --method)</source>
        <translation>%1：没有 method 列；请添加该列，或为各行选择创建方式（命令行中使用 --method）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 values but the header names %2 columns (a value with a comma must be quoted)</source>
        <translation>有 %1 个值，但表头有 %2 列（含逗号的值必须加引号）</translation>
    </message>
    <message>
        <source>no method</source>
        <translation>没有创建方式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method</source>
        <translation>&quot;%1&quot; 不是创建方式</translation>
    </message>
    <message>
        <source>not a field of %1</source>
        <translation>不是 %1 的字段</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a method</source>
        <translation>%1：&quot;%2&quot; 不是创建方式</translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Not sent: quota</source>
        <translation>未发送：配额不足</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>BatchSubmit</name>
    <message>
        <source>job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>(sent before)</source>
        <translation>（之前已发送）</translation>
    </message>
    <message>
        <source>%1 (sent before)</source>
        <translation>%1（之前已发送）</translation>
    </message>
    <message>
        <source>Resuming batch %1 (%2): rows sent by an earlier run, not sent again: %3.</source>
        <translation>正在继续批量 %1（%2）：之前运行已发送、不再重复发送的行：%3。</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows, %3 sent (%4 running, %5 succeeded, %6 failed), %7 not valid, %8 refused, %9 outcome unknown, %10 not sent</source>
        <translation>批量 %1：共 %2 行，已发送 %3 行（运行中 %4，成功 %5，失败 %6），无效 %7，被拒绝 %8，结果未知 %9，未发送 %10</translation>
    </message>
    <message>
        <source>%1 create calls in %2 s, at most %3 at once</source>
        <translation>%2 秒内发出 %1 个创建请求，最多同时 %3 个</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>提前停止：%1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>The name the image is listed under in the console.</source>
        <translation>镜像在控制台中显示的名称。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Supplementary information about the image.</source>
        <translation>镜像的补充信息。</translation>
    </message>
    <message>
        <source>Image tags (key/value objects)</source>
        <translation>镜像标签（键/值对象）</translation>
    </message>
    <message>
        <source>Tags as {&quot;key&quot;: …, &quot;value&quot;: …} objects. Use either tags or image_tags.</source>
        <translation>以 {&quot;key&quot;: …, &quot;value&quot;: …} 对象表示的标签。tags 和 image_tags 只能二选一。</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Tags (key.value)</source>
        <translation>标签（key.value）</translation>
    </message>
    <message>
        <source>Tags as &quot;key.value&quot; strings. Use either tags or image_tags.</source>
        <translation>以 &quot;key.value&quot; 字符串表示的标签。tags 和 image_tags 只能二选一。</translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>The minimum memory the image needs, in MB; 0 means no limit.</source>
        <translation>镜像所需的最小内存，单位 MB；0 表示不限制。</translation>
    </message>
    <message>
        <source>The maximum memory the image supports, in MB.</source>
        <translation>镜像支持的最大内存，单位 MB。</translation>
    </message>
    <message>
        <source>Image file in OBS</source>
        <translation>OBS 中的镜像文件</translation>
    </message>
    <message>
        <source>The external image file as OBS bucket name:file name. The bucket must be in the same region and of the Standard storage class.</source>
        <translation>外部镜像文件，格式为“OBS 桶名:文件名”。桶必须位于同一区域，且存储类别为标准存储。</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>操作系统版本</translation>
    </message>
    <message>
        <source>The operating system in the image, exactly as the OS version list spells it.</source>
        <translation>镜像中的操作系统，须与操作系统版本列表中的写法完全一致。</translation>
    </message>
    <message>
        <source>OS type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <source>The family of the operating system in the image file.</source>
        <translation>镜像文件中操作系统的类型。</translation>
    </message>
    <message>
        <source>Encryption key (KMS)</source>
        <translation>加密密钥（KMS）</translation>
    </message>
    <message>
        <source>A custom KMS key that encrypts the image. Leave empty for no encryption.</source>
        <translation>用于加密镜像的自定义 KMS 密钥。留空表示不加密。</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>0 or empty for the default enterprise project, or the ID of another one.</source>
        <translation>0 或留空表示默认企业项目，也可以填写其他企业项目的 ID。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>tags 和 image_tags 只能二选一，不能同时使用。</translation>
    </message>
    <message>
        <source>cannot be sent together with tags: use either tags or image_tags</source>
        <translation>不能与 tags 同时发送：tags 和 image_tags 只能二选一</translation>
    </message>
    <message>
        <source>The minimum memory must not exceed the maximum memory.</source>
        <translation>最小内存不能大于最大内存。</translation>
    </message>
    <message>
        <source>must not be less than the minimum memory (%1 MB)</source>
        <translation>不能小于最小内存（%1 MB）</translation>
    </message>
    <message>
        <source>The OS version is required for an ISO file and for quick import.</source>
        <translation>使用 ISO 文件和快速导入时必须填写操作系统版本。</translation>
    </message>
    <message>
        <source>is required for quick import</source>
        <translation>快速导入时必须填写</translation>
    </message>
    <message>
        <source>is required for an ISO image file</source>
        <translation>ISO 镜像文件必须填写</translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 image files.</source>
        <translation>快速导入只支持 RAW 和 ZVHD2 格式的镜像文件。</translation>
    </message>
    <message>
        <source>must be a RAW or ZVHD2 file for quick import; import other formats the common way</source>
        <translation>快速导入必须使用 RAW 或 ZVHD2 文件；其他格式请使用普通方式导入</translation>
    </message>
    <message>
        <source>The OS type must match the OS version.</source>
        <translation>操作系统类型必须与操作系统版本一致。</translation>
    </message>
    <message>
        <source>is %1 but the OS version is a %2 version</source>
        <translation>为 %1，但操作系统版本是 %2 版本</translation>
    </message>
    <message>
        <source>Huawei Cloud no longer creates Windows data disk images from external files.</source>
        <translation>华为云已不再支持使用外部镜像文件创建 Windows 数据盘镜像。</translation>
    </message>
    <message>
        <source>Windows: Huawei Cloud has stopped creating Windows data disk images from external files</source>
        <translation>Windows：华为云已停止支持使用外部镜像文件创建 Windows 数据盘镜像</translation>
    </message>
    <message>
        <source>Without a name or OS version, ECS creation from the image may fail.</source>
        <translation>没有名称或操作系统版本时，使用该镜像创建云服务器可能失败。</translation>
    </message>
    <message>
        <source>is empty: ECS creation using this image will fail</source>
        <translation>为空：使用该镜像创建云服务器将会失败</translation>
    </message>
    <message>
        <source>is not set: Other Linux(64 bit) will be used and ECS creation may fail</source>
        <translation>未设置：将使用 Other Linux(64 bit)，创建云服务器可能失败</translation>
    </message>
    <message>
        <source>System disk image from an ECS</source>
        <translation>使用云服务器创建系统盘镜像</translation>
    </message>
    <message>
        <source>Capture the system disk of an existing ECS as a private image.</source>
        <translation>将现有弹性云服务器（ECS）的系统盘制作为私有镜像。</translation>
    </message>
    <message>
        <source>ECS ID</source>
        <translation>云服务器 ID</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>使用云服务器的数据盘创建数据盘镜像</translation>
    </message>
    <message>
        <source>Capture one or more data disks attached to an ECS as data disk images.</source>
        <translation>将云服务器挂载的一块或多块数据盘分别制作为数据盘镜像。</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>One entry per data disk to capture, each becoming its own data disk image.</source>
        <translation>每块要制作镜像的数据盘一项，每块生成一个数据盘镜像。</translation>
    </message>
    <message>
        <source>Data disk ID</source>
        <translation>数据盘 ID</translation>
    </message>
    <message>
        <source>System disk image from a file in OBS</source>
        <translation>使用 OBS 中的镜像文件创建系统盘镜像</translation>
    </message>
    <message>
        <source>Register an image file uploaded to OBS as a system disk image, with up to three data disk files.</source>
        <translation>将已上传到对象存储服务（OBS）的镜像文件注册为系统盘镜像，可同时带最多三个数据盘镜像文件。</translation>
    </message>
    <message>
        <source>Minimum system disk</source>
        <translation>最小系统盘</translation>
    </message>
    <message>
        <source>The smallest system disk an ECS created from the image may have.</source>
        <translation>使用该镜像创建的云服务器的系统盘最小容量。</translation>
    </message>
    <message>
        <source>Automatic configuration</source>
        <translation>自动配置</translation>
    </message>
    <message>
        <source>Let IMS configure the image (drivers, cloud-init) during registration.</source>
        <translation>注册时由 IMS 配置镜像（驱动、cloud-init）。</translation>
    </message>
    <message>
        <source>Initialise configuration</source>
        <translation>初始化配置</translation>
    </message>
    <message>
        <source>Appears only in the developer guide&apos;s example; leave unset unless support asks for it.</source>
        <translation>只出现在开发指南的示例中；除非技术支持要求，否则不要设置。</translation>
    </message>
    <message>
        <source>Data disk files</source>
        <translation>数据盘镜像文件</translation>
    </message>
    <message>
        <source>Up to three data disk image files registered together with the system disk.</source>
        <translation>与系统盘一起注册的数据盘镜像文件，最多三个。</translation>
    </message>
    <message>
        <source>Minimum data disk</source>
        <translation>最小数据盘</translation>
    </message>
    <message>
        <source>The smallest data disk created from this image.</source>
        <translation>使用该镜像创建的数据盘的最小容量。</translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation>快速导入</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly.</source>
        <translation>快速导入大容量的 RAW 或 ZVHD2 文件。</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly; needs the OS version.</source>
        <translation>快速导入大容量的 RAW 或 ZVHD2 文件；需要填写操作系统版本。</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>使用数据盘创建系统盘镜像</translation>
    </message>
    <message>
        <source>Turn a data disk with an installed, optimised OS into a system disk image.</source>
        <translation>将已安装并优化了操作系统的数据盘制作为系统盘镜像。</translation>
    </message>
    <message>
        <source>The data disk that holds the installed OS.</source>
        <translation>安装了操作系统的数据盘。</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>ECS or FusionCompute for an ECS image; BMS or Ironic for a BMS image.</source>
        <translation>ECS 镜像填写 ECS 或 FusionCompute；BMS 镜像填写 BMS 或 Ironic。</translation>
    </message>
    <message>
        <source>Data disk image from a file in OBS</source>
        <translation>使用 OBS 中的镜像文件创建数据盘镜像</translation>
    </message>
    <message>
        <source>Register a data disk image file uploaded to OBS as a data disk image.</source>
        <translation>将已上传到 OBS 的数据盘镜像文件注册为数据盘镜像。</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Must be larger than the image file. The range depends on the OS.</source>
        <translation>必须大于镜像文件的大小。取值范围取决于操作系统。</translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a system disk image</source>
        <translation>快速导入 RAW/ZVHD2 文件为系统盘镜像</translation>
    </message>
    <message>
        <source>Import a large, optimised RAW (with bitmap) or ZVHD2 file of up to 1 TB quickly.</source>
        <translation>快速导入经过优化的、最大 1 TB 的 RAW（带位图文件）或 ZVHD2 大文件。</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <source>platform: license from Huawei Cloud; byol: bring your own license.</source>
        <translation>platform：使用华为云提供的许可证；byol：自带许可证。</translation>
    </message>
    <message>
        <source>ECS for an ECS image, BMS for a BMS image.</source>
        <translation>ECS 镜像填写 ECS，BMS 镜像填写 BMS。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>x86 or arm; an arm image boots in UEFI mode.</source>
        <translation>x86 或 arm；arm 镜像以 UEFI 方式启动。</translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a data disk image</source>
        <translation>快速导入 RAW/ZVHD2 文件为数据盘镜像</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 data disk file of up to 1 TB quickly.</source>
        <translation>快速导入最大 1 TB 的 RAW 或 ZVHD2 数据盘大文件。</translation>
    </message>
    <message>
        <source>Always DataImage for a data disk image.</source>
        <translation>数据盘镜像固定为 DataImage。</translation>
    </message>
    <message>
        <source>Native OpenStack image metadata</source>
        <translation>原生 OpenStack 镜像元数据</translation>
    </message>
    <message>
        <source>Create the image record first (POST /v2/images), then upload a local file into it.</source>
        <translation>先创建镜像记录（POST /v2/images），再向其上传本地文件。</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Only private can be set when the metadata is created.</source>
        <translation>创建元数据时只能设置为 private。</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>A protected image cannot be deleted.</source>
        <translation>受保护的镜像不能删除。</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>The container format; IMS uses bare.</source>
        <translation>容器格式；IMS 使用 bare。</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>The format of the file you will upload.</source>
        <translation>您将上传的文件的格式。</translation>
    </message>
    <message>
        <source>Tags (key=value)</source>
        <translation>标签（key=value）</translation>
    </message>
    <message>
        <source>Tags as &quot;key=value&quot; strings, 1 to 255 characters each.</source>
        <translation>以 &quot;key=value&quot; 字符串表示的标签，每个 1 到 255 个字符。</translation>
    </message>
    <message>
        <source>Must be larger than the system disk in the image.</source>
        <translation>必须大于镜像中系统盘的大小。</translation>
    </message>
    <message>
        <source>letters, digits, spaces, hyphens (-), periods (.) and underscores (_); no space at either end</source>
        <translation>字母、数字、空格、连字符（-）、句点（.）和下划线（_）；首尾不能是空格</translation>
    </message>
    <message>
        <source>no line breaks and no angle brackets (&lt; &gt;)</source>
        <translation>不能换行，不能包含尖括号（&lt; &gt;）</translation>
    </message>
    <message>
        <source>an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation>ID，例如 877a2cda-ba63-4e1e-b95f-e67e48b6129a</translation>
    </message>
    <message>
        <source>OBS bucket name:file name, e.g. ims-image:centos70.qcow2; the bucket&apos;s storage class must be Standard</source>
        <translation>OBS 桶名:文件名，例如 ims-image:centos70.qcow2；桶的存储类别必须为标准存储</translation>
    </message>
    <message>
        <source>0 (the default project) or an enterprise project ID</source>
        <translation>0（默认企业项目）或企业项目 ID</translation>
    </message>
    <message>
        <source>key.value; key 1 to 36 letters, digits, _ or -; value up to 43 letters, digits, _, . or -</source>
        <translation>key.value；键为 1 到 36 个字母、数字、_ 或 -；值最多 43 个字母、数字、_、. 或 -</translation>
    </message>
    <message>
        <source>key=value, 1 to 255 characters</source>
        <translation>key=value，1 到 255 个字符</translation>
    </message>
    <message>
        <source>1 to 36 letters, digits, _ or -</source>
        <translation>1 到 36 个字母、数字、_ 或 -</translation>
    </message>
    <message>
        <source>up to 43 letters, digits, _, . or -</source>
        <translation>最多 43 个字母、数字、_、. 或 -</translation>
    </message>
    <message>
        <source>an OS version exactly as the OS version list spells it, e.g. CentOS 7.6 64bit</source>
        <translation>与操作系统版本列表写法完全一致的操作系统版本，例如 CentOS 7.6 64bit</translation>
    </message>
    <message>
        <source>a KMS key ID</source>
        <translation>KMS 密钥 ID</translation>
    </message>
    <message>
        <source>always %1 for this method</source>
        <translation>此方式下固定为 %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 到 %2 个字符</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 到 %2%3</translation>
    </message>
    <message>
        <source>at least %1%2</source>
        <translation>至少 %1%2</translation>
    </message>
    <message>
        <source>at most %1%2</source>
        <translation>最多 %1%2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>最多 %1 项</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>每项：%1</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>每个键只能出现一次</translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation>仅适用于 %1</translation>
    </message>
    <message>
        <source>Creating an Image</source>
        <translation>制作镜像</translation>
    </message>
    <message>
        <source>Creating a Data Disk Image Using an External Image File</source>
        <translation>使用外部镜像文件制作数据盘镜像</translation>
    </message>
    <message>
        <source>Importing an Image File Quickly</source>
        <translation>镜像文件快速导入</translation>
    </message>
    <message>
        <source>Creating Image Metadata (Native OpenStack API)</source>
        <translation>创建镜像元数据（OpenStack原生）</translation>
    </message>
    <message>
        <source>Image Attributes</source>
        <translation>镜像属性</translation>
    </message>
    <message>
        <source>Image Tag Format</source>
        <translation>镜像标签格式</translation>
    </message>
    <message>
        <source>Creating an Image Using an External Image File</source>
        <translation>使用外部镜像文件创建镜像</translation>
    </message>
    <message>
        <source>Values of Related Parameters</source>
        <translation>相关参数取值</translation>
    </message>
    <message>
        <source>OBS bucket name:file name, e.g. %1; the bucket&apos;s storage class must be Standard</source>
        <translation>OBS 桶名:文件名，例如 %1；桶的存储类别必须是标准存储</translation>
    </message>
    <message>
        <source>The ECS to capture: Browse… lists the ECSs of the project.</source>
        <translation>要制作镜像的云服务器：“浏览…”会列出该项目的云服务器。</translation>
    </message>
    <message>
        <source>The EVS disk attached to the ECS: pick one, or fill every row from an ECS.</source>
        <translation>挂载在云服务器上的云硬盘：选择一个，或从云服务器填充所有行。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a request file against the account before sending it: the ECS, disks, OBS file, name, quota, KMS key and enterprise project it names. Each check passes, warns, blocks or is skipped with its reason. Exit status: 0 when every check passes or only warns, 1 when a check blocks (the create call would fail) or the file is not valid, 2 when the file or the connection cannot be used. OBS is read with IMS_WIZARD_AK and IMS_WIZARD_SK; without them the OBS checks are skipped.</source>
        <translation>发送前根据账号检查请求文件：其中指定的云服务器、磁盘、OBS 文件、名称、配额、KMS 密钥和企业项目。每项检查的结果为通过、警告、阻止或跳过（附原因）。退出码：所有检查通过或仅有警告时为 0；有检查阻止（创建请求将失败）或文件无效时为 1；文件或连接无法使用时为 2。OBS 使用 IMS_WIZARD_AK 和 IMS_WIZARD_SK 读取；未设置时跳过 OBS 检查。</translation>
    </message>
    <message>
        <source>Print the checks as JSON: verdict, field and sentence of each.</source>
        <translation>以 JSON 输出检查结果：每项的结论、字段和说明。</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>请求文件，- 表示标准输入。</translation>
    </message>
    <message>
        <source>check takes exactly one request file</source>
        <translation>check 只接受一个请求文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; 不是创建方式；可用的方式有：%2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>the request is not valid, nothing checked (see &apos;ims-wizard-cli validate&apos;)</source>
        <translation>请求无效，未做任何检查（参见 &apos;ims-wizard-cli validate&apos;）</translation>
    </message>
    <message>
        <source>Checks: %1 pass, %2 warn, %3 block, %4 skipped.</source>
        <translation>检查：通过 %1，警告 %2，阻止 %3，跳过 %4。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &apos;ims-wizard-cli --help&apos; for usage.</source>
        <translation>运行 &apos;ims-wizard-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>List the image-creation methods.</source>
        <translation>列出镜像创建方式。</translation>
    </message>
    <message>
        <source>methods takes no arguments</source>
        <translation>methods 不接受参数</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>请求文件，- 表示标准输入。</translation>
    </message>
    <message>
        <source>%1 takes exactly one request file</source>
        <translation>%1 只接受一个请求文件</translation>
    </message>
    <message>
        <source>Check a request file against the IMS API reference.</source>
        <translation>根据 IMS API 参考检查请求文件。</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;: bool, &quot;issues&quot;: [...]} as JSON.</source>
        <translation>以 JSON 格式输出 {&quot;valid&quot;: bool, &quot;issues&quot;: [...]}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; 不是创建方式；可用的方式有：%2</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1：有效（%2）</translation>
    </message>
    <message>
        <source>%1: not valid</source>
        <translation>%1：无效</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Usage: ims-wizard-cli &lt;command&gt; [options]

Prepare and check Huawei Cloud IMS image-creation requests.

Commands:
  methods [-o FORMAT]       list the image-creation methods and their fields
  validate FILE [--json]    check a request file; exit 0 valid, 1 invalid, 2 unusable
  preview FILE [-o FORMAT]  show the exact HTTP request a request file makes (--auth aksk: signed)
  submit FILE [--wait] [--timeout S] [--dry-run] [-o FORMAT]
                            send a request file; prints the job id (native-metadata: the image id)
  submit --batch DIR|FILE.csv [--max-in-flight N] [--max-running N] [--method ID] [--wait] [-o FORMAT]
                            send many (a folder of request files or a CSV); rerun to resume
  job ID [--wait] [--timeout S] [-o FORMAT]
                            refresh and show one job (--wait: follow it to its end)
  jobs [refresh | rm ID… | prune [--older-than DAYS]] [--wait-all] [--timeout S] [-o FORMAT]
                            the shared job list: show, refresh, follow, remove, prune
  check FILE [--json]       check a request against the account (ECS, disks, OBS file, name, quota,
                            KMS key); exit 0 all pass or warn, 1 a check blocks
  inspect FILE [--json]     read an image file&apos;s format, virtual size and min_disk from its headers
  export FILE --to FORMAT [--region R] [--output OUT]
                            write the request as terraform, koocli, curl or python-sdk code
  sign --method M --url URL ...  compute an AK/SK Authorization header (debug a rejected signature)
  os-versions [-o FORMAT]   list the OS versions IMS knows
  connections [-o FORMAT]   list the connections the desktop program saved
  list KIND [--json]        list the account&apos;s servers, volumes, images, projects,
                            enterprise-projects or keys (enabled KMS keys), every page
  quota [--json]            show the private images used and allowed
  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]
                            run the local IMS/IAM look-alike in the foreground
  list buckets [--json]     list the OBS buckets and their regions
  list objects BUCKET[/PREFIX] [--json]
                            list a bucket&apos;s objects (every page)
  upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]
                            upload a file to OBS (multipart, resumed when run again)
  activity [--connection NAME] [--limit N] [--json]
                            the calls that changed something in the cloud: time, operation,
                            request id, status, outcome, job (kept beside the job list)

Connection options (preview, submit, check, job, jobs, list, quota): --connection NAME (a saved connection),
--endpoint, --iam-endpoint, --region, --project, --project-id, --domain, --user, --auth token|aksk,
or IMS_WIZARD_* variables; options and variables override a saved connection&apos;s settings. Secrets
come only from IMS_WIZARD_PASSWORD, IMS_WIZARD_AK/SK/SECURITY_TOKEN, the keychain or a prompt.

A request file is JSON: {&quot;method&quot;: &quot;&lt;id&gt;&quot;, &quot;fields&quot;: {...}}; FILE may be - for standard input.
Run &apos;ims-wizard-cli &lt;command&gt; --help&apos; for a command&apos;s options.

Exit status: 0 done; 1 failed or refused (nothing created); 2 wrong usage or unreadable file;
3 outcome unknown (may have been created: look before resending); 4 authentication or permission;
5 timed out; 6 the service could not be reached (nothing sent); 130 interrupted.

Options:
  -h, --help     show this help
  -v, --version  show the version (after a command: -v, --verbose)
  -q, --quiet    after a command: print only data and errors
  --verbose      after a command: show the program&apos;s progress (ims.* log categories)
  --debug        after a command: show every ims.* log message
</source>
        <translation>用法：ims-wizard-cli &lt;command&gt; [options]

准备并检查华为云 IMS 镜像创建请求。

命令：
  methods [-o FORMAT]       列出镜像创建方式及其字段
  validate FILE [--json]    检查请求文件；退出码 0 有效，1 无效，2 无法使用
  preview FILE [-o FORMAT]  显示请求文件将发出的完整 HTTP 请求（--auth aksk：已签名）
  submit FILE [--wait] [--timeout S] [--dry-run] [-o FORMAT]
                            发送请求文件；输出任务 ID（native-metadata：镜像 ID）
  submit --batch DIR|FILE.csv [--max-in-flight N] [--max-running N] [--method ID] [--wait] [-o FORMAT]
                            批量发送（请求文件所在的文件夹或 CSV）；再次运行即可继续
  job ID [--wait] [--timeout S] [-o FORMAT]
                            刷新并显示一个任务（--wait：跟踪直到结束）
  jobs [refresh | rm ID… | prune [--older-than DAYS]] [--wait-all] [--timeout S] [-o FORMAT]
                            共享任务列表：显示、刷新、跟踪、移除、清理
  check FILE [--json]       根据账号检查请求（云服务器、磁盘、OBS 文件、名称、配额、
                            KMS 密钥）；退出码 0 全部通过或仅警告，1 有检查阻止
  inspect FILE [--json]     从镜像文件头读取其格式、虚拟大小和 min_disk
  export FILE --to FORMAT [--region R] [--output OUT]
                            将请求导出为 terraform、koocli、curl 或 python-sdk 代码
  sign --method M --url URL ...  计算 AK/SK Authorization 请求头（调试被拒绝的签名）
  os-versions [-o FORMAT]   列出 IMS 已知的操作系统版本
  connections [-o FORMAT]   列出桌面程序保存的连接
  list KIND [--json]        列出账号的 servers、volumes、images、projects、
                            enterprise-projects 或 keys（已启用的 KMS 密钥），获取所有页
  quota [--json]            显示私有镜像的已用量和配额
  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]
                            在前台运行本地 IMS/IAM 模拟服务
  list buckets [--json]     列出 OBS 桶及其区域
  list objects BUCKET[/PREFIX] [--json]
                            列出桶中的对象（获取所有页）
  upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]
                            将文件上传到 OBS（分段上传，再次运行时续传）
  activity [--connection NAME] [--limit N] [--json]
                            在云上做出更改的调用：时间、操作、
                            请求 ID、状态、结果、任务（与任务列表保存在一起）

连接选项（preview、submit、check、job、jobs、list、quota）：--connection NAME（已保存的连接），
--endpoint、--iam-endpoint、--region、--project、--project-id、--domain、--user、--auth token|aksk，
或 IMS_WIZARD_* 变量；选项和变量优先于已保存连接的设置。密钥
只来自 IMS_WIZARD_PASSWORD、IMS_WIZARD_AK/SK/SECURITY_TOKEN、密钥环或提示输入。

请求文件为 JSON：{&quot;method&quot;: &quot;&lt;id&gt;&quot;, &quot;fields&quot;: {...}}；FILE 为 - 时表示标准输入。
运行 &apos;ims-wizard-cli &lt;command&gt; --help&apos; 查看命令的选项。

退出码：0 完成；1 失败或被拒绝（未创建任何内容）；2 用法错误或文件无法读取；
3 结果未知（可能已创建：重新发送前请先查看）；4 认证或权限问题；
5 超时；6 无法连接服务（未发送任何内容）；130 已中断。

选项：
  -h, --help     显示此帮助
  -v, --version  显示版本（在命令之后：-v, --verbose）
  -q, --quiet    在命令之后：只输出数据和错误
  --verbose      在命令之后：显示程序的进度（ims.* 日志类别）
  --debug        在命令之后：显示所有 ims.* 日志消息
</translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message>
        <source>IMS endpoint URL [IMS_WIZARD_ENDPOINT].</source>
        <translation>IMS 终端节点 URL [IMS_WIZARD_ENDPOINT]。</translation>
    </message>
    <message>
        <source>IAM endpoint URL [IMS_WIZARD_IAM_ENDPOINT].</source>
        <translation>IAM 终端节点 URL [IMS_WIZARD_IAM_ENDPOINT]。</translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-1 [IMS_WIZARD_REGION].</source>
        <translation>区域 ID，例如 ap-southeast-1 [IMS_WIZARD_REGION]。</translation>
    </message>
    <message>
        <source>Project name [IMS_WIZARD_PROJECT].</source>
        <translation>项目名称 [IMS_WIZARD_PROJECT]。</translation>
    </message>
    <message>
        <source>Project id [IMS_WIZARD_PROJECT_ID].</source>
        <translation>项目 ID [IMS_WIZARD_PROJECT_ID]。</translation>
    </message>
    <message>
        <source>Account (domain) name [IMS_WIZARD_DOMAIN].</source>
        <translation>账号（domain）名称 [IMS_WIZARD_DOMAIN]。</translation>
    </message>
    <message>
        <source>IAM user name [IMS_WIZARD_USER].</source>
        <translation>IAM 用户名 [IMS_WIZARD_USER]。</translation>
    </message>
    <message>
        <source>token (password) or aksk [IMS_WIZARD_AUTH].</source>
        <translation>token（密码）或 aksk [IMS_WIZARD_AUTH]。</translation>
    </message>
    <message>
        <source>--auth must be token or aksk, not &quot;%1&quot;</source>
        <translation>--auth 必须是 token 或 aksk，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>token auth needs --user and --domain (or IMS_WIZARD_USER and IMS_WIZARD_DOMAIN)</source>
        <translation>token 认证需要 --user 和 --domain（或 IMS_WIZARD_USER 和 IMS_WIZARD_DOMAIN）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>AK/SK auth needs IMS_WIZARD_AK and IMS_WIZARD_SK</source>
        <translation>AK/SK 认证需要 IMS_WIZARD_AK 和 IMS_WIZARD_SK</translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation>%1 的私有访问密钥（SK）：</translation>
    </message>
    <message>
        <source>AK/SK auth needs the project id: --project-id or IMS_WIZARD_PROJECT_ID</source>
        <translation>AK/SK 认证需要项目 ID：--project-id 或 IMS_WIZARD_PROJECT_ID</translation>
    </message>
    <message>
        <source>Send a request file to IMS and record its job.</source>
        <translation>将请求文件发送到 IMS 并记录其任务。</translation>
    </message>
    <message>
        <source>Follow the job to SUCCESS (exit 0) or FAIL (exit 1).</source>
        <translation>跟踪任务直到 SUCCESS（退出码 0）或 FAIL（退出码 1）。</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create endpoints where a method has one.</source>
        <translation>在有较新 /v2.1 创建接口的方式中使用该接口。</translation>
    </message>
    <message>
        <source>submit takes exactly one request file</source>
        <translation>submit 只接受一个请求文件</translation>
    </message>
    <message>
        <source>the request is not valid; nothing was sent</source>
        <translation>请求无效；未发送任何内容</translation>
    </message>
    <message>
        <source>Follow the job to its end; exit 0 on SUCCESS, 1 on FAIL.</source>
        <translation>跟踪任务直到结束；SUCCESS 时退出码为 0，FAIL 时为 1。</translation>
    </message>
    <message>
        <source>The job id.</source>
        <translation>任务 ID。</translation>
    </message>
    <message>
        <source>job takes exactly one job id</source>
        <translation>job 只接受一个任务 ID</translation>
    </message>
    <message>
        <source>Run the local IMS/IAM sandbox in the foreground (Ctrl+C stops it).</source>
        <translation>在前台运行本地 IMS/IAM 沙箱（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>127.0.0.1 上的端口（默认：任一空闲端口）。</translation>
    </message>
    <message>
        <source>How long a job runs (default 8).</source>
        <translation>任务运行的时长（默认 8 秒）。</translation>
    </message>
    <message>
        <source>Share of requests answered with 500/503/429 or dropped, 0 to 1.</source>
        <translation>以 500/503/429 应答或丢弃的请求比例，0 到 1。</translation>
    </message>
    <message>
        <source>Write export IMS_WIZARD_...=... lines for a shell to this file.</source>
        <translation>将供 shell 使用的 export IMS_WIZARD_...=... 行写入该文件。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port 必须是 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--job-seconds must be a number of seconds, 0 or more</source>
        <translation>--job-seconds 必须是秒数，0 或更大</translation>
    </message>
    <message>
        <source>--fault-rate must be a number from 0 to 1</source>
        <translation>--fault-rate 必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>无法监听 127.0.0.1:%1（端口是否已被占用？）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>IMS Wizard sandbox listening on %1 (jobs take %2 s, fault rate %3)</source>
        <translation>IMS Wizard 沙箱正在监听 %1（任务耗时 %2 秒，故障率 %3）</translation>
    </message>
    <message>
        <source>Demo account (sandbox only): domain %1, user %2, password %3, project %4 (%5), AK %6, SK %7</source>
        <translation>演示账号（仅限沙箱）：账号 %1，用户 %2，密码 %3，项目 %4（%5），AK %6，SK %7</translation>
    </message>
    <message>
        <source>Run &apos;. %1&apos; to point ims-wizard-cli at it.</source>
        <translation>运行 &apos;. %1&apos; 让 ims-wizard-cli 连接到沙箱。</translation>
    </message>
    <message>
        <source>A connection saved by the desktop program; the options above override its settings [IMS_WIZARD_CONNECTION].</source>
        <translation>桌面程序保存的连接；以上选项优先于其设置 [IMS_WIZARD_CONNECTION]。</translation>
    </message>
    <message>
        <source>cannot read the saved connections (%1): %2</source>
        <translation>无法读取已保存的连接（%1）：%2</translation>
    </message>
    <message>
        <source>no saved connection &quot;%1&quot;: the desktop program has saved none</source>
        <translation>没有已保存的连接 &quot;%1&quot;：桌面程序尚未保存任何连接</translation>
    </message>
    <message>
        <source>no saved connection &quot;%1&quot;; the saved ones are: %2</source>
        <translation>没有已保存的连接 &quot;%1&quot;；已保存的连接有：%2</translation>
    </message>
    <message>
        <source>no region and no endpoint: give --region (or IMS_WIZARD_REGION), --endpoint or --connection</source>
        <translation>未指定区域和终端节点：请提供 --region（或 IMS_WIZARD_REGION）、--endpoint 或 --connection</translation>
    </message>
    <message>
        <source>no password: set IMS_WIZARD_PASSWORD, save it with the connection, or run in a terminal to be asked</source>
        <translation>没有密码：请设置 IMS_WIZARD_PASSWORD、随连接保存密码，或在终端中运行以便提示输入</translation>
    </message>
    <message>
        <source>no secret key: set IMS_WIZARD_SK, save it with the connection, or run in a terminal to be asked</source>
        <translation>没有私有访问密钥（SK）：请设置 IMS_WIZARD_SK、随连接保存，或在终端中运行以便提示输入</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit 5); the job goes on.</source>
        <translation>等待这么多秒后放弃等待（退出码 5）；任务会继续运行。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout 必须是大于 0 的秒数</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>未能及时收到应答</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>连接在收到应答前已关闭</translation>
    </message>
    <message>
        <source>the request was sent but its outcome is unknown (%1). It may have created the image: look in the console or run &apos;ims-wizard-cli jobs&apos; before sending it again. Recorded as %2.</source>
        <translation>请求已发送，但结果未知（%1）。它可能已创建镜像：再次发送前，请在控制台中查看或运行 &apos;ims-wizard-cli jobs&apos;。已记录为 %2。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Show the exact HTTP request a request file makes (secrets masked).</source>
        <translation>显示请求文件将发出的完整 HTTP 请求（密钥已隐藏）。</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>请求文件，- 表示标准输入。</translation>
    </message>
    <message>
        <source>preview takes exactly one request file</source>
        <translation>preview 只接受一个请求文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; 不是创建方式；可用的方式有：%2</translation>
    </message>
    <message>
        <source>%1: not valid, nothing to preview</source>
        <translation>%1：无效，无法预览</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Sign in, check the request and show it; send nothing.</source>
        <translation>登录、检查请求并显示；不发送任何内容。</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>试运行：未发送任何内容</translation>
    </message>
    <message>
        <source>Show (and refresh in the job list) one job.</source>
        <translation>显示一个任务（并在任务列表中刷新它）。</translation>
    </message>
    <message>
        <source>jobs rm takes one or more job ids</source>
        <translation>jobs rm 需要一个或多个任务 ID</translation>
    </message>
    <message>
        <source>no job %1 in the job list; nothing was removed</source>
        <translation>任务列表中没有任务 %1；未移除任何内容</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>List the shared job list; refresh, follow, remove or prune its jobs.</source>
        <translation>列出共享的任务列表；刷新、跟踪、移除或清理其中的任务。</translation>
    </message>
    <message>
        <source>Follow every unfinished job of the endpoint to its end.</source>
        <translation>跟踪该终端节点的每个未结束任务直到结束。</translation>
    </message>
    <message>
        <source>prune: only jobs that ended (or were sent, when the outcome is unknown) this many days ago or more (default 30).</source>
        <translation>prune：只清理在这么多天或更早之前结束（结果未知时为发送）的任务（默认 30）。</translation>
    </message>
    <message>
        <source>Nothing to list; refresh; rm ID…; prune.</source>
        <translation>省略则列出；refresh；rm ID…；prune。</translation>
    </message>
    <message>
        <source>--older-than must be a number of days, 0 or more</source>
        <translation>--older-than 必须是天数，0 或更大</translation>
    </message>
    <message numerus="yes">
        <source>removed %n job(s)</source>
        <translation>
            <numerusform>已移除 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown jobs action &quot;%1&quot;: refresh, rm or prune</source>
        <translation>未知的 jobs 操作 &quot;%1&quot;：可用 refresh、rm 或 prune</translation>
    </message>
    <message>
        <source>jobs %1 takes no more arguments</source>
        <translation>jobs %1 不接受更多参数</translation>
    </message>
    <message>
        <source>the request named no image</source>
        <translation>请求未指定镜像名称</translation>
    </message>
    <message>
        <source>it was sent to %1, not to this connection</source>
        <translation>它发送到了 %1，而不是此连接</translation>
    </message>
    <message>
        <source>%1 (“%2”): outcome still unknown, the cloud was not asked: %3</source>
        <translation>%1（“%2”）：结果仍然未知，未向云端查询：%3</translation>
    </message>
    <message>
        <source>%1 (“%2”): outcome still unknown, asking the cloud failed: %3</source>
        <translation>%1（“%2”）：结果仍然未知，向云端查询失败：%3</translation>
    </message>
    <message>
        <source>%1 (“%2”): the request did create an image: %3 (%4)</source>
        <translation>%1（“%2”）：该请求确实创建了镜像：%3（%4）</translation>
    </message>
    <message>
        <source>%1 (“%2”): no such image was made since the request was sent: it created nothing</source>
        <translation>%1（“%2”）：自请求发送以来未创建该镜像：它没有创建任何内容</translation>
    </message>
    <message>
        <source>submit --batch takes no request file besides the batch</source>
        <translation>submit --batch 除批量外不接受其他请求文件</translation>
    </message>
    <message>
        <source>--dry-run is for one request; &apos;ims-wizard-cli validate&apos; checks files one by one</source>
        <translation>--dry-run 只用于单个请求；&apos;ims-wizard-cli validate&apos; 可逐个检查文件</translation>
    </message>
    <message>
        <source>--max-in-flight must be a number from 1 to 64</source>
        <translation>--max-in-flight 必须是 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>--max-running must be a number, 1 or more</source>
        <translation>--max-running 必须是数字，1 或更大</translation>
    </message>
    <message>
        <source>Send many: a folder of request files or a CSV file (a header row of field names, one image per row, {row} in a value becomes the row&apos;s number). Running it again resumes it.</source>
        <translation>批量发送：一个请求文件的文件夹或一个 CSV 文件（表头行为字段名，每行一个镜像，值中的 {row} 替换为行号）。再次运行即可继续。</translation>
    </message>
    <message>
        <source>--batch: at most N create calls at once (default %1).</source>
        <translation>--batch：最多同时发出 N 个创建请求（默认 %1）。</translation>
    </message>
    <message>
        <source>--batch: at most N of its jobs unfinished at once (default %1).</source>
        <translation>--batch：最多同时有 N 个未结束的任务（默认 %1）。</translation>
    </message>
    <message>
        <source>--batch: the method of CSV rows that name none.</source>
        <translation>--batch：未指定创建方式的 CSV 行所用的创建方式。</translation>
    </message>
    <message>
        <source>OBS look-alike on %1 (buckets sandbox-images, sandbox-backups, sandbox-empty, ims-image, image-test)</source>
        <translation>OBS 模拟服务位于 %1（桶 sandbox-images、sandbox-backups、sandbox-empty、ims-image、image-test）</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Run &apos;ims-wizard-cli --help&apos; for usage.</source>
        <translation>运行 &apos;ims-wizard-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Run &apos;ims-wizard-cli %1 --help&apos; for usage.</source>
        <translation>运行 &apos;ims-wizard-cli %1 --help&apos; 查看用法。</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Not an endpoint URL: write it as https://host[:port][/path].</source>
        <translation>不是终端节点 URL：请写成 https://host[:port][/path]。</translation>
    </message>
    <message>
        <source>Use https:// (plain http:// is accepted only for 127.0.0.1 and localhost).</source>
        <translation>请使用 https://（仅 127.0.0.1 和 localhost 可使用普通 http://）。</translation>
    </message>
    <message>
        <source>Only https://host[:port][/path]: no user, query or fragment.</source>
        <translation>只能是 https://host[:port][/path]：不能包含用户、查询参数或片段。</translation>
    </message>
    <message>
        <source>Required: pick a region, or give the endpoints of a private cloud.</source>
        <translation>必填：请选择区域，或填写私有云的终端节点。</translation>
    </message>
    <message>
        <source>A region id is lowercase letters, digits and &quot;-&quot;, e.g. ap-southeast-1.</source>
        <translation>区域 ID 只能包含小写字母、数字和 &quot;-&quot;，例如 ap-southeast-1。</translation>
    </message>
    <message>
        <source>Required: the %1 endpoint (or pick a region instead).</source>
        <translation>必填：%1 终端节点（或改为选择区域）。</translation>
    </message>
    <message>
        <source>Required: &quot;%1&quot; is not a public region, so give its %2 endpoint.</source>
        <translation>必填：“%1”不是公共区域，请填写其 %2 终端节点。</translation>
    </message>
    <message>
        <source>Required: the account (domain) your IAM user belongs to.</source>
        <translation>必填：IAM 用户所属的账号名。</translation>
    </message>
    <message>
        <source>Required: the IAM user name.</source>
        <translation>必填：IAM 用户名。</translation>
    </message>
    <message>
        <source>Required to get a token from IAM.</source>
        <translation>必填：用于从 IAM 获取 Token。</translation>
    </message>
    <message>
        <source>Required: a project name or ID (without a region there is no default).</source>
        <translation>必填：项目名称或 ID（未选择区域时没有默认值）。</translation>
    </message>
    <message>
        <source>Required: the access key ID (AK).</source>
        <translation>必填：访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>Required: the secret key (SK) that signs each request.</source>
        <translation>必填：用于为每个请求签名的私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Required with AK/SK: requests are signed for a project ID.</source>
        <translation>必填（AK/SK）：请求按项目 ID 签名。</translation>
    </message>
    <message>
        <source>A project ID is 32 hexadecimal characters (My Credentials → API Credentials).</source>
        <translation>项目 ID 为 32 个十六进制字符（我的凭证 → API 凭证）。</translation>
    </message>
    <message>
        <source>Required: the proxy, e.g. http://proxy.example.com:3128.</source>
        <translation>必填：代理，例如 http://proxy.example.com:3128。</translation>
    </message>
    <message>
        <source>Write it as http://host:port or socks5://host:port.</source>
        <translation>请写成 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>该文件不包含 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>The saved connections in %1 cannot be read (%2). The file is left as it is; it will be kept beside as a copy when you save a connection.</source>
        <translation>无法读取 %1 中保存的连接（%2）。该文件保持不变；保存连接时，它会作为副本保留在旁边。</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>no &quot;connections&quot; list</source>
        <translation>没有 &quot;connections&quot; 列表</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable %1, so it is not replaced.</source>
        <translation>无法为无法读取的 %1 保留副本，因此不替换它。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>连接需要一个名称。</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>“%1”是内置沙箱的名称。</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>该文件不是 UTF-8 文本（请从电子表格中另存为 &quot;CSV UTF-8&quot;）</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that does not start with one (quote the whole field and double the quote: &quot;a &quot;&quot;b&quot;&quot;&quot;)</source>
        <translation>第 %1 行，第 %2 列：字段不以引号开头，却在中间含有引号（请为整个字段加引号，并将引号写两次：&quot;a &quot;&quot;b&quot;&quot;&quot;）</translation>
    </message>
    <message>
        <source>line %1, column %2: text after a closing quote (a field is either all quoted or not at all)</source>
        <translation>第 %1 行，第 %2 列：结束引号后还有文本（字段要么整体加引号，要么完全不加）</translation>
    </message>
    <message>
        <source>line %1, column %2: this quote is never closed</source>
        <translation>第 %1 行，第 %2 列：此引号没有闭合</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row of field names</source>
        <translation>文件为空：需要一行字段名作为表头</translation>
    </message>
</context>
<context>
    <name>CurlExporter</name>
    <message>
        <source>curl command</source>
        <translation>curl 命令</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1”不是区域 ID，区域 ID 形如 ap-southeast-1。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write what a request file creates as code for another tool. Secrets are never written; each format names where they come from.</source>
        <translation>将请求文件所创建的内容写为其他工具的代码。密钥从不写入；每种格式都会注明密钥的来源。</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>格式：%1。</translation>
    </message>
    <message>
        <source>The region, e.g. ap-southeast-1 (default: IMS_WIZARD_REGION; without one the export reads it when it runs).</source>
        <translation>区域，例如 ap-southeast-1（默认：IMS_WIZARD_REGION；未指定时，导出的代码在运行时读取该值）。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>curl: token or aksk (default: IMS_WIZARD_AUTH, else token).</source>
        <translation>curl：token 或 aksk（默认：IMS_WIZARD_AUTH，否则为 token）。</translation>
    </message>
    <message>
        <source>curl: the IMS endpoint (default: IMS_WIZARD_ENDPOINT, else the region&apos;s).</source>
        <translation>curl：IMS 终端节点（默认：IMS_WIZARD_ENDPOINT，否则为该区域的终端节点）。</translation>
    </message>
    <message>
        <source>curl with aksk: the project id (default: IMS_WIZARD_PROJECT_ID).</source>
        <translation>curl 使用 aksk 时：项目 ID（默认：IMS_WIZARD_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>请求文件，- 表示标准输入。</translation>
    </message>
    <message>
        <source>export takes exactly one request file</source>
        <translation>export 只接受一个请求文件</translation>
    </message>
    <message>
        <source>--to must be one of: %1</source>
        <translation>--to 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a method; the methods are: %3</source>
        <translation>%1：&quot;%2&quot; 不是创建方式；可用的方式有：%3</translation>
    </message>
    <message>
        <source>%1: not valid, nothing to export</source>
        <translation>%1：无效，无可导出的内容</translation>
    </message>
    <message>
        <source>--auth aksk needs IMS_WIZARD_AK and IMS_WIZARD_SK to sign the command</source>
        <translation>--auth aksk 需要 IMS_WIZARD_AK 和 IMS_WIZARD_SK 来签名命令</translation>
    </message>
    <message>
        <source>--auth aksk needs --project-id and --region or --endpoint</source>
        <translation>--auth aksk 需要 --project-id 以及 --region 或 --endpoint</translation>
    </message>
    <message>
        <source>--auth must be token or aksk, not &quot;%1&quot;</source>
        <translation>--auth 必须是 token 或 aksk，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The Huawei Cloud Terraform provider has no resource for a quick import of a data disk image (huaweicloud_ims_obs_data_image has no is_quick_import).</source>
        <translation>华为云 Terraform provider 没有用于快速导入数据盘镜像的资源（huaweicloud_ims_obs_data_image 没有 is_quick_import）。</translation>
    </message>
    <message>
        <source>The Huawei Cloud Terraform provider has no resource for native image metadata (POST /v2/images without a file).</source>
        <translation>华为云 Terraform provider 没有用于原生镜像元数据的资源（不带文件的 POST /v2/images）。</translation>
    </message>
    <message>
        <source>%1 has no place for the field %2, so this request cannot be exported that way without creating a different image. Remove the field or choose another format.</source>
        <translation>%1 中没有字段 %2 的位置，因此无法以这种方式导出此请求，否则会创建不同的镜像。请删除该字段或选择其他格式。</translation>
    </message>
</context>
<context>
    <name>ImageInspector</name>
    <message>
        <source>The %1 header is damaged or cut short (%2); the file cannot be imported as it is.</source>
        <translation>%1 文件头已损坏或被截断（%2），该文件无法按原样导入。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 headers are not published, so the virtual disk size could not be read; set min_disk to at least the disk&apos;s size yourself.</source>
        <translation>%1 的文件头格式未公开，无法读取虚拟磁盘大小；请自行将 min_disk 设为不小于磁盘大小的值。</translation>
    </message>
    <message>
        <source>shorter than its 72-byte header</source>
        <translation>短于其 72 字节的文件头</translation>
    </message>
    <message>
        <source>QCOW2 version %1 is not one qemu-img or IMS knows (2 or 3).</source>
        <translation>QCOW2 版本 %1 不是 qemu-img 或 IMS 支持的版本（2 或 3）。</translation>
    </message>
    <message>
        <source>cluster size 2^%1</source>
        <translation>簇大小 2^%1</translation>
    </message>
    <message>
        <source>The file is encrypted (%1); IMS cannot read it. Convert it to an unencrypted file first (qemu-img convert with the key, -O qcow2).</source>
        <translation>该文件已加密（%1），IMS 无法读取。请先将其转换为未加密的文件（使用密钥执行 qemu-img convert，-O qcow2）。</translation>
    </message>
    <message>
        <source>header length %1</source>
        <translation>文件头长度 %1</translation>
    </message>
    <message>
        <source>The image was not closed cleanly (dirty); run &quot;qemu-img check -r all&quot; on it before uploading.</source>
        <translation>该镜像未正常关闭（dirty）；上传前请对其运行 &quot;qemu-img check -r all&quot;。</translation>
    </message>
    <message>
        <source>The image is marked corrupt; repair it with &quot;qemu-img check -r all&quot; or convert what can be read.</source>
        <translation>该镜像被标记为损坏；请用 &quot;qemu-img check -r all&quot; 修复，或转换其中可读取的部分。</translation>
    </message>
    <message>
        <source>The disk&apos;s data is in an external data file (%1), which IMS cannot follow; convert it to one file (qemu-img convert -O qcow2).</source>
        <translation>磁盘数据位于外部数据文件（%1）中，IMS 无法读取；请将其转换为单个文件（qemu-img convert -O qcow2）。</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>unreadable name</source>
        <translation>名称无法读取</translation>
    </message>
    <message>
        <source>shorter than its 48-byte header</source>
        <translation>短于其 48 字节的文件头</translation>
    </message>
    <message>
        <source>The file is encrypted (AES); IMS cannot read it. Convert it to an unencrypted file first.</source>
        <translation>该文件已加密（AES），IMS 无法读取。请先将其转换为未加密的文件。</translation>
    </message>
    <message>
        <source>shorter than its 64-byte header</source>
        <translation>短于其 64 字节的文件头</translation>
    </message>
    <message>
        <source>The image was not closed cleanly (needs check); run &quot;qemu-img check -r all&quot; on it before uploading.</source>
        <translation>该镜像未正常关闭（需要检查）；上传前请对其运行 &quot;qemu-img check -r all&quot;。</translation>
    </message>
    <message>
        <source>footer shorter than 512 bytes</source>
        <translation>文件尾短于 512 字节</translation>
    </message>
    <message>
        <source>This fixed VHD has its footer at the start of the file, where the specification has none.</source>
        <translation>该固定 VHD 的文件尾位于文件开头，而规范中该处没有文件尾。</translation>
    </message>
    <message>
        <source>disk type %1</source>
        <translation>磁盘类型 %1</translation>
    </message>
    <message>
        <source>no metadata region in the region table</source>
        <translation>区域表中没有元数据区域</translation>
    </message>
    <message>
        <source>metadata table signature</source>
        <translation>元数据表签名</translation>
    </message>
    <message>
        <source>a parent VHDX (differencing disk)</source>
        <translation>父 VHDX（差分磁盘）</translation>
    </message>
    <message>
        <source>no virtual disk size</source>
        <translation>没有虚拟磁盘大小</translation>
    </message>
    <message>
        <source>shorter than its 79-byte header</source>
        <translation>短于其 79 字节的文件头</translation>
    </message>
    <message>
        <source>This VMDK has no descriptor: it is one piece of a split disk. Convert the whole disk (its descriptor .vmdk) to one file: qemu-img convert -O vmdk -o subformat=streamOptimized.</source>
        <translation>该 VMDK 没有描述符：它是拆分磁盘的一部分。请将整个磁盘（其描述符 .vmdk）转换为单个文件：qemu-img convert -O vmdk -o subformat=streamOptimized。</translation>
    </message>
    <message>
        <source>no extent lines in the descriptor</source>
        <translation>描述符中没有 extent 行</translation>
    </message>
    <message>
        <source>a parent disk (CID %1)</source>
        <translation>父磁盘（CID %1）</translation>
    </message>
    <message>
        <source>This .vmdk is only a descriptor: the disk&apos;s data is in %1. IMS imports one file; convert the disk to one: qemu-img convert -O vmdk -o subformat=streamOptimized DESCRIPTOR.vmdk disk.vmdk.</source>
        <translation>该 .vmdk 只是描述符：磁盘数据位于 %1 中。IMS 只导入单个文件；请将磁盘转换为单个文件：qemu-img convert -O vmdk -o subformat=streamOptimized DESCRIPTOR.vmdk disk.vmdk。</translation>
    </message>
    <message>
        <source>shorter than its 456-byte header</source>
        <translation>短于其 456 字节的文件头</translation>
    </message>
    <message>
        <source>a parent VDI (differencing image)</source>
        <translation>父 VDI（差分镜像）</translation>
    </message>
    <message>
        <source>The file is a LUKS-encrypted disk; IMS cannot read it. Decrypt it and convert it (qemu-img convert -O qcow2).</source>
        <translation>该文件是 LUKS 加密磁盘，IMS 无法读取。请解密并转换（qemu-img convert -O qcow2）。</translation>
    </message>
    <message>
        <source>The file is shorter than its ISO volume (%1 of %2 bytes): it may be cut short, e.g. an unfinished download.</source>
        <translation>该文件短于其 ISO 卷（%1 / %2 字节）：可能已被截断，例如下载未完成。</translation>
    </message>
    <message>
        <source>The image depends on a backing file (%1) that IMS cannot follow; merge them into one file first: qemu-img convert -O %2 FILE merged.%3.</source>
        <translation>该镜像依赖 IMS 无法读取的后备文件（%1）；请先将它们合并为单个文件：qemu-img convert -O %2 FILE merged.%3。</translation>
    </message>
    <message>
        <source>IMS does not import %1 files; convert it to a format it takes, e.g. qemu-img convert -O qcow2.</source>
        <translation>IMS 不导入 %1 文件；请将其转换为 IMS 支持的格式，例如 qemu-img convert -O qcow2。</translation>
    </message>
    <message>
        <source>The disk is empty (virtual size 0).</source>
        <translation>磁盘为空（虚拟大小为 0）。</translation>
    </message>
    <message>
        <source>The name says %1 but the file is %2; give it the extension .%2 so that it is read as what it is.</source>
        <translation>文件名表明是 %1，但文件实际是 %2；请将扩展名改为 .%2，以便按实际格式读取。</translation>
    </message>
    <message>
        <source>The disk&apos;s virtual size (%1 GB) is larger than %2 takes (at most %3 GB).</source>
        <translation>磁盘的虚拟大小（%1 GB）超过 %2 的上限（最多 %3 GB）。</translation>
    </message>
    <message>
        <source>Quick import takes RAW and ZVHD2 files only, not %1; use the normal import or convert the file.</source>
        <translation>快速导入只接受 RAW 和 ZVHD2 文件，不接受 %1；请使用普通导入或转换该文件。</translation>
    </message>
</context>
<context>
    <name>ImportAdvice</name>
    <message>
        <source>The disk is larger than 128 GB: only the quick import takes it, and the quick import takes RAW and ZVHD2 files only. Convert the file to RAW (qemu-img convert -O raw) first.</source>
        <translation>磁盘大于 128 GB：只有快速导入支持，而快速导入只支持 RAW 和 ZVHD2 文件。请先将文件转换为 RAW（qemu-img convert -O raw）。</translation>
    </message>
    <message>
        <source>The disk is larger than 1 TB, the most the quick import takes.</source>
        <translation>磁盘大于 1 TB，超过快速导入的上限。</translation>
    </message>
    <message>
        <source>Quick import: the disk is larger than 128 GB, and a %1 file can be imported quickly.</source>
        <translation>快速导入：磁盘大于 128 GB，且 %1 文件可以快速导入。</translation>
    </message>
    <message>
        <source>Normal import (up to 128 GB). A %1 file could also use the quick import.</source>
        <translation>普通导入（最大 128 GB）。%1 文件也可以使用快速导入。</translation>
    </message>
    <message>
        <source>Normal import: a %1 file of up to 128 GB.</source>
        <translation>普通导入：不超过 128 GB 的 %1 文件。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Read an image file&apos;s format, virtual size and problems from its headers, and the smallest min_disk a method takes for it.</source>
        <translation>从镜像文件的文件头读取其格式、虚拟大小和问题，以及某个创建方式对它可接受的最小 min_disk。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>The creation method min_disk is computed for (default file-system).</source>
        <translation>计算 min_disk 所针对的创建方式（默认 file-system）。</translation>
    </message>
    <message>
        <source>Linux or Windows: the OS family min_disk floors depend on (default Linux).</source>
        <translation>Linux 或 Windows：min_disk 下限所依据的操作系统类型（默认 Linux）。</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>镜像文件。</translation>
    </message>
    <message>
        <source>inspect takes exactly one image file</source>
        <translation>inspect 只接受一个镜像文件</translation>
    </message>
    <message>
        <source>--method must be one of %1</source>
        <translation>--method 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--os-type must be Linux or Windows</source>
        <translation>--os-type 必须是 Linux 或 Windows</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file</source>
        <translation>%1 是文件夹，不是镜像文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation>（版本 %1）</translation>
    </message>
    <message>
        <source>format:       %1</source>
        <translation>format:       %1</translation>
    </message>
    <message>
        <source>virtual_size: %1 bytes (%2 GiB)</source>
        <translation>virtual_size: %1 字节（%2 GiB）</translation>
    </message>
    <message>
        <source>virtual_size: unknown</source>
        <translation>virtual_size: 未知</translation>
    </message>
    <message>
        <source>file_size:    %1 bytes (%2 GiB)</source>
        <translation>file_size:    %1 字节（%2 GiB）</translation>
    </message>
    <message>
        <source>min_disk_gb:  %1 (%2, %3)</source>
        <translation>min_disk_gb:  %1（%2，%3）</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>已压缩</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>IMS cannot import this file as it is.</source>
        <translation>IMS 无法按原样导入该文件。</translation>
    </message>
    <message>
        <source>IMS can import this file.</source>
        <translation>IMS 可以导入该文件。</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>the answer has no job status</source>
        <translation>应答中没有任务状态</translation>
    </message>
    <message>
        <source>unknown job status &quot;%1&quot;</source>
        <translation>未知的任务状态 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the job list %1: %2</source>
        <translation>无法读取任务列表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the job list %1: %2</source>
        <translation>无法写入任务列表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the job list %1: Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>无法打开任务列表 %1：未安装 Qt 的 SQLite 驱动（QSQLITE，Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the job list %1: %2</source>
        <translation>无法打开任务列表 %1：%2</translation>
    </message>
    <message>
        <source>The job list %1 was written by a newer version of IMS Wizard; this version leaves it as it is.</source>
        <translation>任务列表 %1 由更新版本的 IMS Wizard 写入；此版本保持其原样。</translation>
    </message>
    <message>
        <source>The old job list %1 is damaged (%2); it was kept as %3 and not imported.</source>
        <translation>旧的任务列表 %1 已损坏（%2）；已保留为 %3，未导入。</translation>
    </message>
    <message>
        <source>The job list %1 is damaged (%2) and could not be moved aside; it was left as it is.</source>
        <translation>任务列表 %1 已损坏（%2），且无法移到一旁；已保持原样。</translation>
    </message>
    <message>
        <source>The job list %1 is damaged (%2). It was kept as %3 and a new, empty list was started.</source>
        <translation>任务列表 %1 已损坏（%2）。已保留为 %3，并新建了一个空列表。</translation>
    </message>
</context>
<context>
    <name>KooCliExporter</name>
    <message>
        <source>KooCLI (hcloud)</source>
        <translation>KooCLI（hcloud）</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>创建方式 %1 不支持导出。</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1”不是区域 ID，区域 ID 形如 ap-southeast-1。</translation>
    </message>
</context>
<context>
    <name>ListAccountCommand</name>
    <message>
        <source>List the %1 of the account, every page followed.</source>
        <translation>列出账号的 %1，包含所有分页。</translation>
    </message>
    <message>
        <source>Print a JSON array of the API&apos;s own objects.</source>
        <translation>以 JSON 数组输出 API 自身的对象。</translation>
    </message>
    <message>
        <source>Only those with this name (servers, volumes: containing it).</source>
        <translation>只列出具有此名称的项（servers、volumes：名称包含该值）。</translation>
    </message>
    <message>
        <source>Only those in this status (servers, volumes, images).</source>
        <translation>只列出处于此状态的项（servers、volumes、images）。</translation>
    </message>
    <message>
        <source>Volumes: only those attached to this ECS.</source>
        <translation>Volumes：只列出挂载到此云服务器（ECS）的磁盘。</translation>
    </message>
    <message>
        <source>list %1 takes no argument, only options</source>
        <translation>list %1 不接受参数，只接受选项</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;: give one of %2</source>
        <translation>无法列出 &quot;%1&quot;：请指定 %2 之一</translation>
    </message>
    <message>
        <source>Show how many private images the project has and may have.</source>
        <translation>显示项目已有和可有的私有镜像数量。</translation>
    </message>
    <message>
        <source>Print the API&apos;s quota answer as JSON.</source>
        <translation>以 JSON 格式输出 API 的配额应答。</translation>
    </message>
    <message>
        <source>quota takes no argument, only options</source>
        <translation>quota 不接受参数，只接受选项</translation>
    </message>
    <message>
        <source>%1 of %2 private images used</source>
        <translation>已使用 %1 个私有镜像，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Run &apos;ims-wizard-cli list --help&apos; for usage.</source>
        <translation>运行 &apos;ims-wizard-cli list --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>list objects needs BUCKET or BUCKET/PREFIX</source>
        <translation>list objects 需要 BUCKET 或 BUCKET/PREFIX</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>（文件夹）</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>STORAGE CLASS</source>
        <translation>存储类别</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Print a JSON array with the API&apos;s field names.</source>
        <translation>以 JSON 数组输出，使用 API 的字段名。</translation>
    </message>
    <message>
        <source>objects: group keys into folders at this character, e.g. /.</source>
        <translation>objects：在该字符处将键归组为文件夹，例如 /。</translation>
    </message>
    <message>
        <source>buckets or objects</source>
        <translation>buckets 或 objects</translation>
    </message>
    <message>
        <source>objects: the bucket, and a key prefix</source>
        <translation>objects：桶，以及键前缀</translation>
    </message>
    <message>
        <source>list buckets takes no further argument</source>
        <translation>list buckets 不接受其他参数</translation>
    </message>
    <message>
        <source>list objects takes exactly one BUCKET or BUCKET/PREFIX</source>
        <translation>list objects 只接受一个 BUCKET 或 BUCKET/PREFIX</translation>
    </message>
    <message>
        <source>List what the account holds. Kinds: servers, volumes, images, projects, enterprise-projects, keys (see &apos;list KIND --help&apos; for their options); buckets (OBS buckets and their regions); objects BUCKET[/PREFIX] (the objects of a bucket, every page). --json prints the API&apos;s own field names.</source>
        <translation>列出账号拥有的资源。类别：servers、volumes、images、projects、enterprise-projects、keys（其选项见 &apos;list KIND --help&apos;）；buckets（OBS 桶及其区域）；objects BUCKET[/PREFIX]（桶中的对象，包含所有分页）。--json 输出 API 自身的字段名。</translation>
    </message>
    <message>
        <source>say what to list: %1, buckets or objects</source>
        <translation>请指定要列出的内容：%1、buckets 或 objects</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;: the kinds are %2, buckets and objects</source>
        <translation>无法列出 &quot;%1&quot;：可用的类别有 %2、buckets 和 objects</translation>
    </message>
</context>
<context>
    <name>ListingCommands</name>
    <message>
        <source>this command takes no arguments</source>
        <translation>此命令不接受参数</translation>
    </message>
    <message>
        <source>List the OS versions IMS knows (__os_version values).</source>
        <translation>列出 IMS 已知的操作系统版本（__os_version 的值）。</translation>
    </message>
    <message>
        <source>OS VERSION</source>
        <translation>操作系统版本</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>List the connections the desktop program saved (for --connection).</source>
        <translation>列出桌面程序保存的连接（用于 --connection）。</translation>
    </message>
    <message>
        <source>cannot read the saved connections (%1): %2</source>
        <translation>无法读取已保存的连接（%1）：%2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>终端节点</translation>
    </message>
</context>
<context>
    <name>ObsError</name>
    <message>
        <source>OBS did not answer for %1 s; check the network and try again.</source>
        <translation>OBS 在 %1 秒内没有应答；请检查网络后重试。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>OBS rejected the signature: the secret key is not the one of access key %1.</source>
        <translation>OBS 拒绝了签名：私有访问密钥（SK）与访问密钥 %1 不匹配。</translation>
    </message>
    <message>
        <source>OBS does not know the access key %1: check that it is typed right and has not been deleted.</source>
        <translation>OBS 不认识访问密钥 %1：请检查是否输入正确、是否已被删除。</translation>
    </message>
    <message>
        <source>OBS refused access to %1: the secret key is wrong or the user lacks the permission %2.</source>
        <translation>OBS 拒绝访问 %1：私有访问密钥错误，或用户缺少权限 %2。</translation>
    </message>
    <message>
        <source>the bucket list</source>
        <translation>桶列表</translation>
    </message>
    <message>
        <source>for it</source>
        <translation>所需的权限</translation>
    </message>
    <message>
        <source>OBS denied access to %1: the account or IAM user lacks the permission for it.</source>
        <translation>OBS 拒绝访问 %1：账号或 IAM 用户缺少相应权限。</translation>
    </message>
    <message>
        <source>OBS denied access to %1: the account or IAM user lacks the permission %2.</source>
        <translation>OBS 拒绝访问 %1：账号或 IAM 用户缺少权限 %2。</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist: check its name (and that it belongs to this account).</source>
        <translation>桶 &quot;%1&quot; 不存在：请检查其名称（以及它是否属于此账号）。</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; does not exist in bucket &quot;%2&quot;.</source>
        <translation>桶 &quot;%2&quot; 中不存在对象 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>OBS refused the request because this computer&apos;s clock is more than 15 minutes off: set the clock right and try again.</source>
        <translation>OBS 拒绝了请求，因为本机时钟偏差超过 15 分钟：请校正时钟后重试。</translation>
    </message>
    <message>
        <source>The bucket or endpoint belongs to another region than the one the request was signed for; choose the bucket&apos;s region (%1).</source>
        <translation>桶或终端节点属于另一个区域，而不是请求签名所用的区域；请选择桶所在的区域（%1）。</translation>
    </message>
    <message>
        <source>OBS asks to slow down (HTTP %1); try again in a moment.</source>
        <translation>OBS 要求降低请求速率（HTTP %1）；请稍后重试。</translation>
    </message>
    <message>
        <source>OBS had an internal problem (HTTP %1%2); try again later.</source>
        <translation>OBS 内部出现问题（HTTP %1%2）；请稍后重试。</translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation>，请求 %1</translation>
    </message>
    <message>
        <source>OBS refused %1 (HTTP %2%3).</source>
        <translation>OBS 拒绝了 %1（HTTP %2%3）。</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
    <message>
        <source>OBS takes access keys, not tokens, and IAM gave this connection no temporary access key: %1</source>
        <translation>OBS 只接受访问密钥，不接受 Token，而 IAM 没有为此连接提供临时访问密钥：%1</translation>
    </message>
    <message>
        <source>OBS refused the temporary access key %1: it has expired or its security token does not belong to it; get a new one.</source>
        <translation>OBS 拒绝了临时访问密钥 %1：该密钥已过期，或其安全令牌与之不匹配；请获取新的密钥。</translation>
    </message>
</context>
<context>
    <name>ObsOptions</name>
    <message>
        <source>OBS endpoint URL [IMS_WIZARD_OBS_ENDPOINT]; default https://obs.REGION.myhuaweicloud.com.</source>
        <translation>OBS 终端节点 URL [IMS_WIZARD_OBS_ENDPOINT]；默认 https://obs.REGION.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>Region id the requests are signed for, e.g. cn-north-4 [IMS_WIZARD_REGION].</source>
        <translation>请求签名所用的区域 ID，例如 cn-north-4 [IMS_WIZARD_REGION]。</translation>
    </message>
    <message>
        <source>Bucket addressing: virtual (BUCKET.host, Huawei Cloud OBS), path (host/BUCKET, an S3 peer on an IP address) or auto [IMS_WIZARD_OBS_ADDRESSING].</source>
        <translation>桶寻址方式：virtual（BUCKET.host，华为云 OBS）、path（host/BUCKET，IP 地址上的 S3 兼容服务）或 auto [IMS_WIZARD_OBS_ADDRESSING]。</translation>
    </message>
    <message>
        <source>the OBS endpoint must be a URL such as https://obs.cn-north-4.myhuaweicloud.com, not &quot;%1&quot;</source>
        <translation>OBS 终端节点必须是 URL，例如 https://obs.cn-north-4.myhuaweicloud.com，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no region to sign for: give --region (or IMS_WIZARD_REGION), or an OBS endpoint that names it</source>
        <translation>没有用于签名的区域：请指定 --region（或 IMS_WIZARD_REGION），或使用包含区域名的 OBS 终端节点</translation>
    </message>
    <message>
        <source>--addressing must be auto, virtual or path</source>
        <translation>--addressing 必须是 auto、virtual 或 path</translation>
    </message>
    <message>
        <source>OBS needs an access key: set IMS_WIZARD_AK and IMS_WIZARD_SK (and IMS_WIZARD_SECURITY_TOKEN for temporary keys), or give a password connection to get temporary keys from IAM (%1)</source>
        <translation>OBS 需要访问密钥：请设置 IMS_WIZARD_AK 和 IMS_WIZARD_SK（临时密钥还需 IMS_WIZARD_SECURITY_TOKEN），或提供密码方式的连接以从 IAM 获取临时密钥（%1）</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: text, json or table.</source>
        <translation>输出格式：text、json 或 table。</translation>
    </message>
    <message>
        <source>The same as -o json.</source>
        <translation>等同于 -o json。</translation>
    </message>
    <message>
        <source>-o must be text, json or table, not &quot;%1&quot;</source>
        <translation>-o 必须是 text、json 或 table，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--json and -o %1 contradict each other</source>
        <translation>--json 与 -o %1 相互矛盾</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Pick an ECS</source>
        <translation>选择云服务器</translation>
    </message>
    <message>
        <source>Pick the ECS whose data disks to capture</source>
        <translation>选择要制作数据盘镜像的云服务器</translation>
    </message>
    <message>
        <source>Pick an EVS disk</source>
        <translation>选择云硬盘</translation>
    </message>
    <message>
        <source>Pick an image file in OBS</source>
        <translation>选择 OBS 中的镜像文件</translation>
    </message>
    <message>
        <source>Pick a private image</source>
        <translation>选择私有镜像</translation>
    </message>
    <message>
        <source>Pick an enabled KMS key</source>
        <translation>选择已启用的 KMS 密钥</translation>
    </message>
    <message>
        <source>Pick an enterprise project</source>
        <translation>选择企业项目</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Space)</source>
        <translation>%1 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Not connected: connect (Connection menu) to pick from the account, or type the value by hand.</source>
        <translation>未连接：请连接（“连接”菜单）后从账号中选择，或手动输入值。</translation>
    </message>
    <message>
        <source>OBS takes access-key signatures only and &quot;%1&quot; has no access key: type the bucket:object by hand.</source>
        <translation>OBS 只接受访问密钥签名，而“%1”没有访问密钥：请手动输入 bucket:object。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>请求模板需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a creation method.</source>
        <translation>&quot;%1&quot; 不是创建方式。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为 &quot;%1&quot; 的请求模板已存在。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的请求模板。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a creation method; nothing was imported.</source>
        <translation>%1：&quot;%2&quot; 不是创建方式；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>PythonSdkExporter</name>
    <message>
        <source>Python SDK (huaweicloud-sdk-python-v3)</source>
        <translation>Python SDK（huaweicloud-sdk-python-v3）</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>创建方式 %1 不支持导出。</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1”不是区域 ID，区域 ID 形如 ap-southeast-1。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Create private images on Huawei Cloud IMS, step by step.</source>
        <translation>在华为云镜像服务（IMS）上逐步创建私有镜像。</translation>
    </message>
    <message>
        <source>Connect to a built-in local sandbox (no cloud account needed).</source>
        <translation>连接内置的本地沙箱（无需云账号）。</translation>
    </message>
    <message>
        <source>Walk through every page of every method, save one PNG per page into DIR, and quit.</source>
        <translation>依次浏览每种方式的每个页面，每页保存一个 PNG 到 DIR，然后退出。</translation>
    </message>
    <message>
        <source>Quit as soon as the first page is shown (smoke test).</source>
        <translation>显示第一个页面后立即退出（冒烟测试）。</translation>
    </message>
    <message>
        <source>Show the program in this language: zh_CN, pt_BR or en (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>以此语言显示程序：zh_CN、pt_BR 或 en（默认：“查看 &gt; 语言”中的选择，否则跟随系统）。</translation>
    </message>
    <message>
        <source>Show the version, the Qt version and the licence.</source>
        <translation>显示版本、Qt 版本和许可证。</translation>
    </message>
    <message>
        <source>With --screenshots: the window size, e.g. 800x600 (default: 1280x800).</source>
        <translation>与 --screenshots 一起使用：窗口大小，例如 800x600（默认：1280x800）。</translation>
    </message>
    <message>
        <source>--screenshot-size: &quot;%1&quot; is not a size such as 800x600 (at least 640x480).</source>
        <translation>--screenshot-size：&quot;%1&quot; 不是 800x600 这样的尺寸（至少 640x480）。</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation>非洲-开罗</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>亚太-马尼拉</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Ulanqab</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>华东二</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>华南-深圳</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation>欧洲-巴黎</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>ME-Abu Dhabi</source>
        <translation>中东-阿布扎比</translation>
    </message>
    <message>
        <source>MY-Kuala Lumpur</source>
        <translation>亚太-吉隆坡</translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation>俄罗斯-莫斯科</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>a request file must be a JSON object with &quot;method&quot; and &quot;fields&quot;</source>
        <translation>请求文件必须是包含 &quot;method&quot; 和 &quot;fields&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot;; a request file has only %2</source>
        <translation>未知的顶层键 &quot;%1&quot;；请求文件只有 %2</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number such as %1</source>
        <translation>&quot;schema&quot; 必须是整数，例如 %1</translation>
    </message>
    <message>
        <source>the file has schema %1, written by a newer IMS Wizard; this one reads schema %2</source>
        <translation>该文件的 schema 为 %1，由较新版本的 IMS Wizard 写入；本版本读取 schema %2</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing or not a string; it must be one of: %1</source>
        <translation>&quot;method&quot; 缺失或不是字符串；它必须是以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is missing or not a JSON object</source>
        <translation>&quot;fields&quot; 缺失或不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a request file may be at most %3 bytes</source>
        <translation>%1 大小为 %2 字节；请求文件最多 %3 字节</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the limit for a request file</source>
        <translation>%1 超过 %2 字节，即请求文件的大小上限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>is not a field of method %1; its fields are: %2</source>
        <translation>不是方式 %1 的字段；它的字段有：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>applies only to %1 images; remove it for this OS</source>
        <translation>仅适用于 %1 镜像；对此操作系统请删除</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be %1 for this method</source>
        <translation>此方式下必须为 %1</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters (now %3)</source>
        <translation>必须为 %1 到 %2 个字符（当前 %3 个）</translation>
    </message>
    <message>
        <source>must be at most %1 characters (now %2)</source>
        <translation>最多 %1 个字符（当前 %2 个）</translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces, hyphens (-), periods (.) and underscores (_)</source>
        <translation>只能包含字母、数字、空格、连字符（-）、句点（.）和下划线（_）</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>不能包含换行</translation>
    </message>
    <message>
        <source>must not contain angle brackets (&lt; &gt;)</source>
        <translation>不能包含尖括号（&lt; &gt;）</translation>
    </message>
    <message>
        <source>must be an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation>必须是 ID，例如 877a2cda-ba63-4e1e-b95f-e67e48b6129a</translation>
    </message>
    <message>
        <source>must be 0 (the default project) or an enterprise project ID</source>
        <translation>必须是 0（默认企业项目）或企业项目 ID</translation>
    </message>
    <message>
        <source>must be OBS bucket name:file name, e.g. ims-image:centos70.qcow2</source>
        <translation>格式必须为“OBS 桶名:文件名”，例如 ims-image:centos70.qcow2</translation>
    </message>
    <message>
        <source>bucket name &quot;%1&quot; must be 3 to 63 lower-case letters, digits, hyphens or periods, starting and ending with a letter or digit</source>
        <translation>桶名 &quot;%1&quot; 必须为 3 到 63 个小写字母、数字、连字符或句点，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>needs a file name after the colon, e.g. ims-image:centos70.qcow2</source>
        <translation>冒号后需要文件名，例如 ims-image:centos70.qcow2</translation>
    </message>
    <message>
        <source>the folder and file name must not contain spaces (IMG.0175)</source>
        <translation>文件夹和文件名不能包含空格（IMG.0175）</translation>
    </message>
    <message>
        <source>tag key &quot;%1&quot; must be 1 to 36 letters, digits, _ or - (format key.value)</source>
        <translation>标签键 &quot;%1&quot; 必须为 1 到 36 个字母、数字、_ 或 -（格式 key.value）</translation>
    </message>
    <message>
        <source>tag value &quot;%1&quot; must be up to 43 letters, digits, _, . or -</source>
        <translation>标签值 &quot;%1&quot; 最多 43 个字母、数字、_、. 或 -</translation>
    </message>
    <message>
        <source>must be key=value, e.g. test=testvalue</source>
        <translation>格式必须为 key=value，例如 test=testvalue</translation>
    </message>
    <message>
        <source>must be 1 to 36 letters, digits, _ or -</source>
        <translation>必须为 1 到 36 个字母、数字、_ 或 -</translation>
    </message>
    <message>
        <source>must be up to 43 letters, digits, _, . or -</source>
        <translation>最多 43 个字母、数字、_、. 或 -</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the known list of OS versions; check the spelling, or the image may be unusable</source>
        <translation>&quot;%1&quot; 不在已知的操作系统版本列表中；请检查拼写，否则镜像可能无法使用</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be %1 to %2%3</source>
        <translation>必须为 %1 到 %2%3</translation>
    </message>
    <message>
        <source>must be at least %1%2</source>
        <translation>必须至少为 %1%2</translation>
    </message>
    <message>
        <source>must be at most %1%2</source>
        <translation>必须最多为 %1%2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>may have at most %1 entries (now %2)</source>
        <translation>最多 %1 项（当前 %2 项）</translation>
    </message>
    <message>
        <source>needs at least %1 entry</source>
        <translation>至少需要 %1 项</translation>
    </message>
    <message>
        <source>repeats the tag key &quot;%1&quot;; each key may appear once</source>
        <translation>重复了标签键 &quot;%1&quot;；每个键只能出现一次</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>必须是对象列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must read key.value, e.g. team.web (the period separates key and value)</source>
        <translation>必须为 key.value 格式，例如 team.web（句点分隔键和值）</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Compute the SDK-HMAC-SHA256 Authorization header of a request (API Request Signing Guide).</source>
        <translation>计算请求的 SDK-HMAC-SHA256 Authorization 头（API 签名指南）。</translation>
    </message>
    <message>
        <source>HTTP method, e.g. POST.</source>
        <translation>HTTP 方法，例如 POST。</translation>
    </message>
    <message>
        <source>The full URL, with its query.</source>
        <translation>完整 URL，包括查询参数。</translation>
    </message>
    <message>
        <source>A header to sign, &apos;Name: value&apos; (repeatable).</source>
        <translation>要签名的请求头，格式 &apos;Name: value&apos;（可重复）。</translation>
    </message>
    <message>
        <source>The request body.</source>
        <translation>请求体。</translation>
    </message>
    <message>
        <source>Read the request body from a file.</source>
        <translation>从文件读取请求体。</translation>
    </message>
    <message>
        <source>Also print the canonical request and the string to sign.</source>
        <translation>同时输出规范请求和待签名字符串。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 为必填项</translation>
    </message>
    <message>
        <source>--date must look like 20200608T023900Z, not &quot;%1&quot;</source>
        <translation>--date 的格式应类似 20200608T023900Z，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both</source>
        <translation>--body 和 --body-file 只能二选一</translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages</source>
        <translation>--url 必须是完整 URL，例如 https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>--header 的格式必须为 &apos;Name: value&apos;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ims-wizard-cli sign: the Content-Type is not JSON, so the request is signed as the SDK does with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD; send that header too.</source>
        <translation>ims-wizard-cli sign：Content-Type 不是 JSON，因此按 SDK 的做法以 X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD 签名；请同时发送该请求头。</translation>
    </message>
    <message>
        <source>Access key [IMS_WIZARD_AK].</source>
        <translation>访问密钥（AK）[IMS_WIZARD_AK]。</translation>
    </message>
    <message>
        <source>Secret key [IMS_WIZARD_SK] (on the command line only a test key: command lines are visible to other users).</source>
        <translation>私有访问密钥（SK）[IMS_WIZARD_SK]（在命令行上只能使用测试密钥：命令行对其他用户可见）。</translation>
    </message>
    <message>
        <source>X-Sdk-Date, YYYYMMDDTHHMMSSZ (default: now).</source>
        <translation>X-Sdk-Date，格式为 YYYYMMDDTHHMMSSZ（默认：当前时间）。</translation>
    </message>
    <message>
        <source>--ak (or IMS_WIZARD_AK) is required</source>
        <translation>需要 --ak（或 IMS_WIZARD_AK）</translation>
    </message>
    <message>
        <source>--sk (or IMS_WIZARD_SK) is required</source>
        <translation>需要 --sk（或 IMS_WIZARD_SK）</translation>
    </message>
</context>
<context>
    <name>TerraformExporter</name>
    <message>
        <source>Terraform (Huawei Cloud provider)</source>
        <translation>Terraform（华为云 provider）</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>创建方式 %1 不支持导出。</translation>
    </message>
    <message>
        <source>Export it as koocli, curl or python-sdk instead.</source>
        <translation>请改为导出为 koocli、curl 或 python-sdk。</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1”不是区域 ID，区域 ID 形如 ap-southeast-1。</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Run &apos;ims-wizard-cli upload --help&apos; for usage.</source>
        <translation>运行 &apos;ims-wizard-cli upload --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Upload a file to OBS as BUCKET/KEY: multipart with several parts at once, resumed when run again after an interruption (the parts OBS already holds are not sent again).</source>
        <translation>将文件以 BUCKET/KEY 上传到 OBS：分段上传，同时发送多个分段；中断后再次运行时断点续传（OBS 已有的分段不会再次发送）。</translation>
    </message>
    <message>
        <source>The file to upload.</source>
        <translation>要上传的文件。</translation>
    </message>
    <message>
        <source>The bucket and the object name.</source>
        <translation>桶和对象名。</translation>
    </message>
    <message>
        <source>Parts sent at once, 1–16 (default 3).</source>
        <translation>同时发送的分段数，1–16（默认 3）。</translation>
    </message>
    <message>
        <source>Part size, e.g. 64M (100K–5G; default: from the file size, at least 16M).</source>
        <translation>分段大小，例如 64M（100K–5G；默认：根据文件大小确定，至少 16M）。</translation>
    </message>
    <message>
        <source>give a FILE and a BUCKET/KEY</source>
        <translation>请提供 FILE 和 BUCKET/KEY</translation>
    </message>
    <message>
        <source>the destination must be BUCKET/KEY, not &quot;%1&quot;</source>
        <translation>目标必须是 BUCKET/KEY，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to 16</source>
        <translation>--parallel 必须是 1 到 16 之间的数字</translation>
    </message>
    <message>
        <source>--part-size must be a size such as 100K, 64M or 1G, not &quot;%1&quot;</source>
        <translation>--part-size 必须是 100K、64M 或 1G 这样的大小，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%), %4, %5 left</source>
        <translation>%1 / %2 字节（%3%），%4，剩余 %5</translation>
    </message>
    <message>
        <source>The parts sent so far are kept: run the same command again to resume.</source>
        <translation>已发送的分段会保留：再次运行相同的命令即可续传。</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3 bytes, %4 parts sent in %5 s, ETag %6).</source>
        <translation>已将 %1 上传到 %2（%3 字节，%4 个分段，用时 %5 秒，ETag %6）。</translation>
    </message>
</context>
<context>
    <name>ims::AbortMultipartCall</name>
    <message>
        <source>abort the multipart upload</source>
        <translation>中止分段上传</translation>
    </message>
</context>
<context>
    <name>ims::AccountSource</name>
    <message>
        <source>Not connected: connect first, or type the value by hand.</source>
        <translation>未连接：请先连接，或手动输入值。</translation>
    </message>
</context>
<context>
    <name>ims::ActivityLog</name>
    <message numerus="yes">
        <source>The activity log could not be written; %n entry(s) wait and are written again shortly.</source>
        <translation>
            <numerusform>无法写入操作日志；%n 条记录正在等待，稍后将重新写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the activity log in %1: %2</source>
        <translation>无法写入 %1 中的操作日志：%2</translation>
    </message>
    <message>
        <source>Cannot read the activity log in %1: %2</source>
        <translation>无法读取 %1 中的操作日志：%2</translation>
    </message>
</context>
<context>
    <name>ims::ActivityModel</name>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>The call was sent but its answer did not come: it may have changed something. Look before sending it again.</source>
        <translation>调用已发送，但未收到应答：它可能已做出更改。请先查看，再决定是否重新发送。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
</context>
<context>
    <name>ims::ActivityWindow</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Activity — IMS Wizard</source>
        <translation>操作日志 — IMS Wizard</translation>
    </message>
    <message>
        <source>Filter: operation, path, request ID, job ID, error…</source>
        <translation>筛选：操作、路径、请求 ID、任务 ID、错误…</translation>
    </message>
    <message>
        <source>Filter the activity by text</source>
        <translation>按文本筛选操作日志</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Show the activity of connection</source>
        <translation>显示此连接的操作日志</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>连接(&amp;N)：</translation>
    </message>
    <message>
        <source>Calls that changed something in the cloud</source>
        <translation>在云上做出更改的调用</translation>
    </message>
    <message>
        <source>Copy the selected calls as text</source>
        <translation>以文本形式复制所选调用</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated (Ctrl+C in the table).</source>
        <translation>复制所选行，以制表符分隔（在表格中按 Ctrl+C）。</translation>
    </message>
    <message>
        <source>Export the calls shown as CSV</source>
        <translation>将显示的调用导出为 CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the activity window</source>
        <translation>关闭操作日志窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 / %n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the activity as CSV</source>
        <translation>将操作日志导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ims::BatchDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Batch file or folder</source>
        <translation>批量文件或文件夹</translation>
    </message>
    <message>
        <source>A CSV file or a folder of request files</source>
        <translation>CSV 文件或请求文件所在的文件夹</translation>
    </message>
    <message>
        <source>CSV &amp;file…</source>
        <translation>CSV 文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a folder of request files</source>
        <translation>选择请求文件所在的文件夹</translation>
    </message>
    <message>
        <source>Method of rows that name none</source>
        <translation>未指定创建方式的行所用的创建方式</translation>
    </message>
    <message>
        <source>(from the file&apos;s method column)</source>
        <translation>（取自文件的 method 列）</translation>
    </message>
    <message>
        <source>Creates in flight at most</source>
        <translation>同时进行的创建请求上限</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批量(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Method of rows without one:</source>
        <translation>未指定行的创建方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Creates &amp;in flight at most:</source>
        <translation>同时进行的创建请求上限(&amp;I)：</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>批量中的行</translation>
    </message>
    <message>
        <source>Submit the ready rows</source>
        <translation>提交就绪的行</translation>
    </message>
    <message>
        <source>Batch from a CSV file</source>
        <translation>从 CSV 文件批量创建</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Batch from a folder of request files</source>
        <translation>从请求文件所在的文件夹批量创建</translation>
    </message>
    <message>
        <source>Choose a CSV file (a header row of field names, one image per row; {row} in a value becomes the row&apos;s number) or a folder of request files.</source>
        <translation>选择一个 CSV 文件（表头行为字段名，每行一个镜像；值中的 {row} 替换为行号）或请求文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>正在检查 %1 行…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 not valid.</source>
        <translation>共 %1 行：就绪 %2，无效 %3。</translation>
    </message>
    <message>
        <source>%1 rows: %2 sent (%3 running, %4 succeeded, %5 failed), %6 refused, %7 outcome unknown, %8 not sent; the job monitor follows them as &quot;Batch %9&quot;.</source>
        <translation>共 %1 行：已发送 %2（运行中 %3，成功 %4，失败 %5），被拒绝 %6，结果未知 %7，未发送 %8；任务监控以“批量 %9”跟踪它们。</translation>
    </message>
    <message>
        <source>%1 rows were sent before and are not sent again.</source>
        <translation>有 %1 行之前已发送，不再重复发送。</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>提前停止：%1</translation>
    </message>
    <message>
        <source>Choose a connection (Connection menu) to send them.</source>
        <translation>请选择一个连接（“连接”菜单）以发送它们。</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>取消发送(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <source>&amp;Submit %1 ready</source>
        <translation>提交 %1 个就绪项(&amp;S)</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量进度</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>ims::BatchRunner</name>
    <message>
        <source>cannot note what was sent in %1 (%2): nothing more is sent, so that nothing is sent twice</source>
        <translation>无法在 %1 中记录已发送的内容（%2）：为避免重复发送，不再继续发送</translation>
    </message>
    <message>
        <source>sent by an earlier run of this batch that stopped before the answer came; it may have created the image: look before sending it again</source>
        <translation>由此批量之前的运行发送，但在收到应答前已停止；镜像可能已创建：请先查看，再决定是否重新发送</translation>
    </message>
    <message>
        <source>sent by an earlier run (its job is no longer in the job list)</source>
        <translation>由之前的运行发送（其任务已不在任务列表中）</translation>
    </message>
    <message>
        <source>the image quota would be exceeded: the rows from %1 on are not sent</source>
        <translation>将超出镜像配额：从第 %1 行起不再发送</translation>
    </message>
    <message>
        <source>not sent: the image quota would be exceeded</source>
        <translation>未发送：将超出镜像配额</translation>
    </message>
    <message>
        <source>sent, but no answer came (%1): it may have created the image; look before sending it again</source>
        <translation>已发送，但未收到应答（%1）：镜像可能已创建；请先查看，再决定是否重新发送</translation>
    </message>
    <message>
        <source>not sent: the image quota is reached</source>
        <translation>未发送：已达到镜像配额</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>not sent: cancelled</source>
        <translation>未发送：已取消</translation>
    </message>
</context>
<context>
    <name>ims::BatchTableModel</name>
    <message>
        <source>%1 (sent before)</source>
        <translation>%1（之前已发送）</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why / what happened</source>
        <translation>原因 / 经过</translation>
    </message>
</context>
<context>
    <name>ims::BucketObjectEditor</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;w bucket…</source>
        <translation>新建桶(&amp;W)…</translation>
    </message>
    <message>
        <source>OBS bucket</source>
        <translation>OBS 桶</translation>
    </message>
    <message>
        <source>List the buckets again</source>
        <translation>重新列出桶</translation>
    </message>
    <message>
        <source>Create a bucket</source>
        <translation>创建桶</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>对象名</translation>
    </message>
    <message>
        <source>Parts sent at once</source>
        <translation>同时发送的分段数</translation>
    </message>
    <message>
        <source>More parts at once can be faster on a fast line; 3 suits most.</source>
        <translation>网络较快时，同时发送更多分段可能更快；一般 3 即可。</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>桶(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>对象名(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Parts at once:</source>
        <translation>同时发送分段数(&amp;P)：</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to list its buckets.</source>
        <translation>未连接：请选择一个连接以列出其桶。</translation>
    </message>
    <message>
        <source>Listing the buckets…</source>
        <translation>正在列出桶…</translation>
    </message>
    <message>
        <source>No bucket in %1 yet: make one with “New bucket…”.</source>
        <translation>%1 中还没有桶：请用“新建桶…”创建一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个桶。</numerusform>
        </translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>新建桶</translation>
    </message>
    <message>
        <source>Bucket name (3–63 characters: lower-case letters, digits, hyphens and dots):</source>
        <translation>桶名称（3–63 个字符：小写字母、数字、连字符和句点）：</translation>
    </message>
    <message>
        <source>“%1” is not a valid bucket name: 3–63 lower-case letters, digits, hyphens and dots, starting and ending with a letter or digit.</source>
        <translation>“%1”不是有效的桶名称：须为 3–63 个小写字母、数字、连字符和句点，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>Creating the bucket %1…</source>
        <translation>正在创建桶 %1…</translation>
    </message>
</context>
<context>
    <name>ims::CompleteMultipartCall</name>
    <message>
        <source>complete the multipart upload</source>
        <translation>完成分段上传</translation>
    </message>
</context>
<context>
    <name>ims::ConnectionDialog</name>
    <message>
        <source>Connections — IMS Wizard</source>
        <translation>连接 — IMS Wizard</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1：问题</translation>
    </message>
    <message>
        <source>Connection&amp;s</source>
        <translation>连接(&amp;S)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>e.g. Production Singapore</source>
        <translation>例如：新加坡生产环境</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>Pick a region, or type a private cloud&apos;s region id</source>
        <translation>选择区域，或输入私有云的区域 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;IMS endpoint</source>
        <translation>IMS 终端节点(&amp;I)</translation>
    </message>
    <message>
        <source>I&amp;AM endpoint</source>
        <translation>IAM 终端节点(&amp;A)</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create pat&amp;hs</source>
        <translation>使用较新的 /v2.1 创建路径(&amp;H)</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create paths</source>
        <translation>使用较新的 /v2.1 创建路径</translation>
    </message>
    <message>
        <source>The &quot;(New)&quot; create endpoints of the IMS API reference; leave off unless your region asks for them.</source>
        <translation>IMS API 参考中标为“(New)”的创建接口；除非您的区域要求，否则不要勾选。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>IAM user and password (token)</source>
        <translation>IAM 用户名和密码（Token）</translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Si&amp;gn in with</source>
        <translation>登录方式(&amp;G)</translation>
    </message>
    <message>
        <source>the account name your IAM user belongs to</source>
        <translation>IAM 用户所属的账号名</translation>
    </message>
    <message>
        <source>Acc&amp;ount (domain)</source>
        <translation>账号名(&amp;O)</translation>
    </message>
    <message>
        <source>IAM us&amp;er</source>
        <translation>IAM 用户名(&amp;E)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Access &amp;key (AK)</source>
        <translation>访问密钥（AK）(&amp;K)</translation>
    </message>
    <message>
        <source>Secret ke&amp;y (SK)</source>
        <translation>私有访问密钥（SK）(&amp;Y)</translation>
    </message>
    <message>
        <source>only for temporary AK/SK</source>
        <translation>仅用于临时 AK/SK</translation>
    </message>
    <message>
        <source>Security &amp;token</source>
        <translation>安全令牌(&amp;T)</translation>
    </message>
    <message>
        <source>usually the region id</source>
        <translation>通常为区域 ID</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>项目名称(&amp;P)</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 个十六进制字符</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID</source>
        <translation>项目 ID(&amp;J)</translation>
    </message>
    <message>
        <source>Remem&amp;ber secrets in the keychain</source>
        <translation>将密钥保存在密钥环中(&amp;B)</translation>
    </message>
    <message>
        <source>Remember secrets in the keychain</source>
        <translation>将密钥保存在密钥环中</translation>
    </message>
    <message>
        <source>Off: the secrets are kept in memory for this session only. They are never written to a file.</source>
        <translation>不勾选时：密钥仅在本次会话中保留在内存里，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>代理(&amp;X)</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128 or socks5://…</source>
        <translation>http://proxy.example.com:3128 或 socks5://…</translation>
    </message>
    <message>
        <source>Proxy UR&amp;L</source>
        <translation>代理 URL(&amp;L)</translation>
    </message>
    <message>
        <source>PEM file trusted besides the system&apos;s CAs (optional)</source>
        <translation>除系统 CA 外额外信任的 PEM 文件（可选）</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>额外 CA 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>选择额外 CA 文件</translation>
    </message>
    <message>
        <source>Extra CA &amp;file</source>
        <translation>额外 CA 文件(&amp;F)</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>尚缺少的内容</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>正在测试</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Sandbox (built in)</source>
        <translation>沙箱（内置）</translation>
    </message>
    <message>
        <source>A look-alike of IMS on this computer; not editable.</source>
        <translation>本机上的 IMS 模拟服务；不可编辑。</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>正在从密钥环读取…</translation>
    </message>
    <message>
        <source>Not stored yet: type it</source>
        <translation>尚未保存：请输入</translation>
    </message>
    <message>
        <source>Required: a name to find this connection by.</source>
        <translation>必填：用于识别此连接的名称。</translation>
    </message>
    <message>
        <source>No spaces at the start or the end.</source>
        <translation>开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>“%1”是内置沙箱的名称。</translation>
    </message>
    <message>
        <source>Another connection has this name.</source>
        <translation>已有其他连接使用此名称。</translation>
    </message>
    <message>
        <source>%1 — endpoints left empty mean %2 and %3.</source>
        <translation>%1 — 终端节点留空时使用 %2 和 %3。</translation>
    </message>
    <message>
        <source>Not a public region: give the IMS and IAM endpoints.</source>
        <translation>不是公共区域：请填写 IMS 和 IAM 终端节点。</translation>
    </message>
    <message>
        <source>Not a public region: give the IMS endpoint.</source>
        <translation>不是公共区域：请填写 IMS 终端节点。</translation>
    </message>
    <message>
        <source>https://ims.example.com</source>
        <translation>https://ims.example.com</translation>
    </message>
    <message>
        <source>https://iam.example.com</source>
        <translation>https://iam.example.com</translation>
    </message>
    <message>
        <source>e.g. ap-southeast-1</source>
        <translation>例如 ap-southeast-1</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空即 %1</translation>
    </message>
    <message>
        <source>To connect, fill in or correct: %1.</source>
        <translation>要连接，请填写或更正：%1。</translation>
    </message>
    <message>
        <source>The unreadable connections file was kept as %1.</source>
        <translation>无法读取的连接文件已另存为 %1。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>删除连接“%1”及其保存在密钥环中的密钥？</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>The test failed; the steps above say where.</source>
        <translation>测试失败；上面的步骤显示了失败之处。</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation>已连接到“%1”。</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; are kept in memory until the program ends.</source>
        <translation>“%1”的密钥保留在内存中，直到程序退出。</translation>
    </message>
    <message>
        <source>Secrets kept for this session only.</source>
        <translation>密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the fields listed after &apos;To connect, fill in or correct:&apos;</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The last test of &quot;%1&quot; did not pass. Connect anyway?</source>
        <translation>“%1”的上次测试未通过。仍要连接吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been tested as it is now. Connect anyway?</source>
        <translation>“%1”当前的设置尚未测试。仍要连接吗？</translation>
    </message>
    <message>
        <source>Requests may fail at Submit if the endpoints, the project or the secret are wrong.</source>
        <translation>如果终端节点、项目或密钥有误，提交时请求可能失败。</translation>
    </message>
    <message>
        <source>Connect &amp;anyway</source>
        <translation>仍然连接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test first</source>
        <translation>先测试(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The built-in sandbox&lt;/b&gt; is a look-alike of IAM and IMS that runs on this computer (127.0.0.1) with a demo account. It needs no cloud account and no secret, and it cannot be edited or deleted.&lt;/p&gt;&lt;p&gt;Connect starts it; its jobs join the job list until the program ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;内置沙箱&lt;/b&gt;是在本机（127.0.0.1）上运行的 IAM 和 IMS 模拟服务，使用演示账号。它不需要云账号和密钥，也无法编辑或删除。&lt;/p&gt;&lt;p&gt;点击“连接”即可启动；它的任务加入任务列表，直到程序退出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fill in the account and its secret first; then the lists can be asked for.</source>
        <translation>请先填写账号及其密钥，然后才能获取列表。</translation>
    </message>
    <message>
        <source>Loading regions and projects…</source>
        <translation>正在加载区域和项目…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 regions and %2 projects loaded: pick them from the region list and as you type the project.</source>
        <translation>已加载 %1 个区域和 %2 个项目：可从区域列表中选择，输入项目时也可选择。</translation>
    </message>
    <message>
        <source>Load regions and projects</source>
        <translation>加载区域和项目</translation>
    </message>
    <message>
        <source>Load regions and projects from the account</source>
        <translation>从账号加载区域和项目</translation>
    </message>
    <message>
        <source>Asks IAM for its regions and the projects this user may use, to pick from.</source>
        <translation>向 IAM 查询区域及此用户可使用的项目，以供选择。</translation>
    </message>
    <message>
        <source>Region and project lists</source>
        <translation>区域和项目列表</translation>
    </message>
</context>
<context>
    <name>ims::ConnectionTester</name>
    <message>
        <source>IAM at %1 gave no token. %2</source>
        <translation>%1 处的 IAM 未返回 Token。%2</translation>
    </message>
    <message>
        <source>IAM at %1 answered: token for project %2 (id %3), valid until %4.</source>
        <translation>%1 处的 IAM 已应答：项目 %2（ID %3）的 Token，有效期至 %4。</translation>
    </message>
    <message>
        <source>IMS at %1 did not accept the test request (GET os_version). %2</source>
        <translation>%1 处的 IMS 未接受测试请求（GET os_version）。%2</translation>
    </message>
    <message>
        <source>IMS at %1 answered: the AK/SK signature of access key %2 was accepted (OS versions offered: %3).</source>
        <translation>%1 处的 IMS 已应答：访问密钥 %2 的 AK/SK 签名已通过（提供的操作系统版本：%3）。</translation>
    </message>
    <message>
        <source>IMS at %1 answered: the token was accepted (OS versions offered: %2).</source>
        <translation>%1 处的 IMS 已应答：Token 已通过（提供的操作系统版本：%2）。</translation>
    </message>
    <message>
        <source>Check the project name or id: IAM does not know it in this account.</source>
        <translation>请检查项目名称或 ID：此账号的 IAM 中没有该项目。</translation>
    </message>
    <message>
        <source>The proxy %1 is used for this connection.</source>
        <translation>此连接使用代理 %1。</translation>
    </message>
    <message>
        <source>No extra CA file is set for this connection.</source>
        <translation>此连接未设置额外的 CA 文件。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
</context>
<context>
    <name>ims::CreateImageCall</name>
    <message>
        <source>The create call succeeded (HTTP %1) but its answer is not JSON.</source>
        <translation>创建请求成功（HTTP %1），但应答不是 JSON。</translation>
    </message>
    <message>
        <source>The create call succeeded (HTTP %1) but named no job_id.</source>
        <translation>创建请求成功（HTTP %1），但应答中没有 job_id。</translation>
    </message>
    <message>
        <source>The image metadata was created (HTTP %1) but the answer has no image id.</source>
        <translation>镜像元数据已创建（HTTP %1），但应答中没有镜像 ID。</translation>
    </message>
</context>
<context>
    <name>ims::DataDisksEditor</name>
    <message>
        <source> *</source>
        <translation> *</translation>
    </message>
    <message>
        <source>Add &amp;data disk</source>
        <translation>添加数据盘(&amp;D)</translation>
    </message>
    <message>
        <source>Remove data dis&amp;k</source>
        <translation>删除数据盘(&amp;K)</translation>
    </message>
    <message>
        <source>At most %1 data disks.</source>
        <translation>最多 %1 块数据盘。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1：有问题</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>From an &amp;ECS…</source>
        <translation>从云服务器(&amp;E)…</translation>
    </message>
    <message>
        <source>Fill the data disks from an ECS</source>
        <translation>从云服务器填充数据盘</translation>
    </message>
    <message>
        <source>Pick an ECS: one row per data disk attached to it.</source>
        <translation>选择云服务器：其挂载的每个数据盘各占一行。</translation>
    </message>
    <message>
        <source>Browse for the row…</source>
        <translation>为该行浏览…</translation>
    </message>
    <message>
        <source>Browse for the %1 of the current row</source>
        <translation>为当前行浏览 %1</translation>
    </message>
    <message>
        <source>The ECS &quot;%1&quot; has no data disks attached: pick another, or type the disk IDs.</source>
        <translation>云服务器“%1”未挂载数据盘：请选择其他云服务器，或输入磁盘 ID。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ims::ExportButton</name>
    <message>
        <source>E&amp;xport ▸</source>
        <translation>导出(&amp;X) ▸</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write this request as Terraform, KooCLI, curl or Python SDK code. Secrets are never written.</source>
        <translation>将此请求写为 Terraform、KooCLI、curl 或 Python SDK 代码。密钥从不写入。</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>The %1 export is on the clipboard.</source>
        <translation>%1 导出内容已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save the %1 export</source>
        <translation>保存 %1 导出内容</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved the %1 export to %2.</source>
        <translation>已将 %1 导出内容保存到 %2。</translation>
    </message>
</context>
<context>
    <name>ims::FieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> *</source>
        <translation> *</translation>
    </message>
    <message>
        <source>Not set (server default: %1)</source>
        <translation>未设置（服务器默认值：%1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Type to search, e.g. CentOS 7.6</source>
        <translation>输入以搜索，例如 CentOS 7.6</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1：有问题</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览 %1</translation>
    </message>
    <message>
        <source>Type it, or Browse… (Ctrl+Space)</source>
        <translation>直接输入，或浏览…（Ctrl+Space）</translation>
    </message>
</context>
<context>
    <name>ims::FieldsPage</name>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>ims::FileUpload</name>
    <message>
        <source>The part size must be between 100 KB and 5 GB (OBS&apos;s limits), not %1 bytes.</source>
        <translation>分段大小必须在 100 KB 到 5 GB 之间（OBS 的限制），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>Parts of %1 bytes would make more than 10,000 parts for this file; choose at least %2 bytes.</source>
        <translation>%1 字节的分段会使此文件超过 10,000 个分段；请至少选择 %2 字节。</translation>
    </message>
    <message>
        <source>OBS refused the parts as too small: every part but the last must be at least 100 KB (the server may ask for more); choose a larger part size.</source>
        <translation>OBS 因分段太小而拒绝：除最后一个分段外，每个分段至少为 100 KB（服务器可能要求更大）；请选择更大的分段大小。</translation>
    </message>
    <message>
        <source>OBS received part bytes that differ from the file&apos;s (Content-MD5 mismatch); the file may be changing while it is read.</source>
        <translation>OBS 收到的分段字节与文件的不一致（Content-MD5 不匹配）；文件可能在读取时正在变化。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file changed since the interrupted upload (size or modification time differ); starting over.</source>
        <translation>自上传中断以来文件已更改（大小或修改时间不同）；将重新开始。</translation>
    </message>
    <message>
        <source>The upload&apos;s checkpoint cannot be written to %1: %2</source>
        <translation>无法将上传的检查点写入 %1：%2</translation>
    </message>
    <message>
        <source>OBS no longer knows the interrupted upload (it was completed, aborted or expired); starting over.</source>
        <translation>OBS 已不再记录中断的上传（已完成、已中止或已过期）；将重新开始。</translation>
    </message>
    <message>
        <source>Resuming upload %1: %2 of %3 parts are on OBS, %4 to send.</source>
        <translation>正在续传 %1：OBS 上已有 %2 / %3 个分段，还需发送 %4 个。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (at byte %2).</source>
        <translation>无法读取文件 %1（在第 %2 字节处）。</translation>
    </message>
</context>
<context>
    <name>ims::HelpWindow</name>
    <message>
        <source>IMS Wizard — User guide</source>
        <translation>IMS Wizard — 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide was not found. It is installed as /usr/share/doc/ims-wizard/user-guide.md and is docs/user-guide.md in the source.</source>
        <translation>未找到用户指南。它安装在 /usr/share/doc/ims-wizard/user-guide.md，在源代码中为 docs/user-guide.md。</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ims::ImageCall</name>
    <message>
        <source>The image was not found in the answer.</source>
        <translation>应答中未找到该镜像。</translation>
    </message>
</context>
<context>
    <name>ims::ImageListModel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ims::ImagePage</name>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The image&apos;s name, operating system, sizes and options.</source>
        <translation>镜像的名称、操作系统、大小和选项。</translation>
    </message>
</context>
<context>
    <name>ims::ImageWizard</name>
    <message>
        <source>Create a private image</source>
        <translation>创建私有镜像</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ims::ImagesWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>停止加载(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Create &amp;similar…</source>
        <translation>创建类似镜像(&amp;S)…</translation>
    </message>
    <message>
        <source>Images — IMS Wizard</source>
        <translation>镜像 — IMS Wizard</translation>
    </message>
    <message>
        <source>Search: name, ID, OS…</source>
        <translation>搜索：名称、ID、操作系统…</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>搜索镜像</translation>
    </message>
    <message>
        <source>Show images in status</source>
        <translation>显示处于此状态的镜像</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Private images</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>Choose an image to see all it records.</source>
        <translation>选择一个镜像以查看其全部记录信息。</translation>
    </message>
    <message>
        <source>Load the list again from IMS (F5).</source>
        <translation>从 IMS 重新加载列表（F5）。</translation>
    </message>
    <message>
        <source>Copy the chosen image&apos;s ID (Ctrl+Shift+C).</source>
        <translation>复制所选镜像的 ID（Ctrl+Shift+C）。</translation>
    </message>
    <message>
        <source>Open the wizard with this image&apos;s settings: name, OS, minimum disk, tags, description…</source>
        <translation>使用此镜像的设置打开向导：名称、操作系统、最小磁盘、标签、描述…</translation>
    </message>
    <message>
        <source>Images — %1</source>
        <translation>镜像 — %1</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to see its images.</source>
        <translation>未连接：请选择一个连接以查看其镜像。</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>正在加载镜像…</translation>
    </message>
    <message>
        <source>Loading… images so far: %1</source>
        <translation>正在加载… 已加载镜像：%1</translation>
    </message>
    <message>
        <source>Stopped: images loaded: %1; there may be more.</source>
        <translation>已停止：已加载镜像 %1 个；可能还有更多。</translation>
    </message>
    <message>
        <source>Private images: %1</source>
        <translation>私有镜像：%1</translation>
    </message>
    <message>
        <source>The image %1 is not among them: it was deleted, or belongs to another project or region.</source>
        <translation>镜像 %1 不在其中：它已被删除，或属于其他项目或区域。</translation>
    </message>
</context>
<context>
    <name>ims::InitiateMultipartCall</name>
    <message>
        <source>start a multipart upload</source>
        <translation>开始分段上传</translation>
    </message>
    <message>
        <source>The answer to starting a multipart upload names no UploadId.</source>
        <translation>开始分段上传的应答中没有 UploadId。</translation>
    </message>
</context>
<context>
    <name>ims::JobDetailsDialog</name>
    <message>
        <source>Request that started the job</source>
        <translation>启动该任务的请求</translation>
    </message>
    <message>
        <source>Last job answer</source>
        <translation>最近一次任务应答</translation>
    </message>
    <message>
        <source>Job summary</source>
        <translation>任务摘要</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出错原因</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>请求与应答</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>Job &amp;answer</source>
        <translation>任务应答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy job ID</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard</source>
        <translation>克隆到向导(&amp;L)</translation>
    </message>
    <message>
        <source>Open this request in the wizard to change it and submit it again.</source>
        <translation>在向导中打开此请求，修改后重新提交。</translation>
    </message>
    <message>
        <source>Job — %1</source>
        <translation>任务 — %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>none: the server&apos;s answer to the create call was lost</source>
        <translation>无：服务器对创建请求的应答已丢失</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Image IDs</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Sub-job %1</source>
        <translation>子任务 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The outcome of this submission is unknown.&lt;/b&gt; The request may or may not have created a job; it was not sent again. Check the image list in the console before submitting it again.</source>
        <translation>&lt;b&gt;本次提交的结果未知。&lt;/b&gt;该请求可能已创建任务，也可能没有；为避免重复，未再次发送。重新提交前，请先在控制台检查镜像列表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The job failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;任务失败。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation>上次查询失败：%1</translation>
    </message>
    <message>
        <source>Use “Clone into wizard” to fix the request and submit it again.</source>
        <translation>请使用“克隆到向导”修正请求并重新提交。</translation>
    </message>
    <message>
        <source>No answer from the job query yet.</source>
        <translation>任务查询尚无应答。</translation>
    </message>
    <message>
        <source>Request ID (create)</source>
        <translation>请求 ID（创建）</translation>
    </message>
    <message>
        <source>Request ID (last poll)</source>
        <translation>请求 ID（最近一次查询）</translation>
    </message>
    <message>
        <source>Show &amp;image</source>
        <translation>显示镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Show the image this job made in the Images window.</source>
        <translation>在“镜像”窗口中显示此任务创建的镜像。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>To OBS</source>
        <translation>上传至 OBS</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Create call</source>
        <translation>创建请求</translation>
    </message>
    <message>
        <source>sent once the upload has finished</source>
        <translation>上传完成后发送</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>sent: job %1</source>
        <translation>已发送：任务 %1</translation>
    </message>
    <message>
        <source>sent; no answer came back</source>
        <translation>已发送；未收到应答</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upload stopped.&lt;/b&gt;</source>
        <translation>&lt;b&gt;上传已停止。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation>上次查询失败：%1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Image IDs</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>百分之 %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Uploaded, create waits</source>
        <translation>已上传，等待创建</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation>，%1/s，剩余 %2</translation>
    </message>
    <message>
        <source>Batch %1: %2 jobs sent, %3 running, %4 succeeded, %5 failed, %6 outcome unknown</source>
        <translation>批量 %1：已发送 %2 个任务，运行中 %3，成功 %4，失败 %5，结果未知 %6</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批量 %1</translation>
    </message>
    <message>
        <source>%1 sent · %2 running · %3 succeeded · %4 failed</source>
        <translation>已发送 %1 · 运行中 %2 · 成功 %3 · 失败 %4</translation>
    </message>
    <message>
        <source> · %1 outcome unknown</source>
        <translation> · 结果未知 %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 个镜像</translation>
    </message>
    <message>
        <source>The create call was refused: %1</source>
        <translation>创建请求被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <translation>%1%，%2</translation>
    </message>
    <message>
        <source>Upload: %1</source>
        <translation>上传：%1</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>upload → %1</source>
        <translation>上传 → %1</translation>
    </message>
    <message>
        <source>%1 % · %2 left</source>
        <translation>%1% · 剩余 %2</translation>
    </message>
</context>
<context>
    <name>ims::JobMonitor</name>
    <message>
        <source>Not followed: no connection to %1 is open.</source>
        <translation>未跟踪：没有打开到 %1 的连接。</translation>
    </message>
    <message>
        <source>Not followed: its connection “%1” is not open.</source>
        <translation>未跟踪：其连接“%1”未打开。</translation>
    </message>
</context>
<context>
    <name>ims::JobNotifier</name>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Image creation failed</source>
        <translation>镜像创建失败</translation>
    </message>
    <message>
        <source>%1: the job failed.</source>
        <translation>%1：任务失败。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Image ready</source>
        <translation>镜像已就绪</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 已创建。</translation>
    </message>
    <message>
        <source>%1 was created (%2).</source>
        <translation>%1 已创建（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>IMS Wizard — %n job(s) running</source>
        <translation>
            <numerusform>IMS Wizard — %n 个任务运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>IMS Wizard — no job running</source>
        <translation>IMS Wizard — 没有运行中的任务</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上传完成</translation>
    </message>
    <message>
        <source>%1 is in the bucket %2.</source>
        <translation>%1 已在桶 %2 中。</translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation>批量已完成，但有失败</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>批量已完成</translation>
    </message>
    <message>
        <source>%1: %2 images created, %3 failed.</source>
        <translation>%1：已创建 %2 个镜像，失败 %3 个。</translation>
    </message>
</context>
<context>
    <name>ims::JobStatusCall</name>
    <message>
        <source>The job status answer could not be read: %1</source>
        <translation>无法读取任务状态应答：%1</translation>
    </message>
</context>
<context>
    <name>ims::JobWaiter</name>
    <message>
        <source>gave up after %1 s (--timeout); the job goes on in the cloud</source>
        <translation>%1 秒后放弃等待（--timeout）；任务在云上继续运行</translation>
    </message>
    <message>
        <source>interrupted; the job goes on in the cloud</source>
        <translation>已中断；任务在云上继续运行</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
</context>
<context>
    <name>ims::JobsView</name>
    <message>
        <source>Filter: name, job ID, image ID…</source>
        <translation>筛选：名称、任务 ID、镜像 ID…</translation>
    </message>
    <message>
        <source>Filter jobs by text</source>
        <translation>按文本筛选任务</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>显示处于此状态的任务</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Submitted jobs</source>
        <translation>已提交的任务</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard</source>
        <translation>克隆到向导(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy job ID</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;image ID</source>
        <translation>复制镜像 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove all &amp;finished jobs</source>
        <translation>移除所有已结束的任务(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep finished jobs for…</source>
        <translation>已结束任务的保留时长(&amp;K)…</translation>
    </message>
    <message>
        <source>Removes finished jobs from this list; images already made are not touched.</source>
        <translation>从此列表中移除已结束的任务；已创建的镜像不受影响。</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>任务操作</translation>
    </message>
    <message>
        <source>&amp;Show image</source>
        <translation>显示镜像(&amp;S)</translation>
    </message>
    <message>
        <source>Res&amp;ume upload</source>
        <translation>继续上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pause upload</source>
        <translation>暂停上传(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel &amp;upload…</source>
        <translation>取消上传(&amp;U)…</translation>
    </message>
    <message>
        <source>Pause it to resume later, or abort it and delete its parts on OBS.</source>
        <translation>暂停以便稍后继续，或中止上传并删除其在 OBS 上的分段。</translation>
    </message>
</context>
<context>
    <name>ims::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of IMS Wizard.</source>
        <translation>新语言将在下次启动 IMS Wizard 时生效。</translation>
    </message>
</context>
<context>
    <name>ims::ListObjectsCall</name>
    <message>
        <source>OBS said the listing of %1 goes on but named no marker to go on from.</source>
        <translation>OBS 表示 %1 的列表尚未结束，但没有给出继续列举的标记（marker）。</translation>
    </message>
</context>
<context>
    <name>ims::ListPageCall</name>
    <message>
        <source>The %1 answer has no &quot;%2&quot; list.</source>
        <translation>%1 应答中没有 &quot;%2&quot; 列表。</translation>
    </message>
</context>
<context>
    <name>ims::ListPartsCall</name>
    <message>
        <source>list the uploaded parts</source>
        <translation>列出已上传的分段</translation>
    </message>
    <message>
        <source>The list of uploaded parts cannot be read: %1</source>
        <translation>无法读取已上传分段的列表：%1</translation>
    </message>
</context>
<context>
    <name>ims::LocalFileEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Image file on this computer</source>
        <translation>本机上的镜像文件</translation>
    </message>
    <message>
        <source>/path/to/disk.qcow2</source>
        <translation>/path/to/disk.qcow2</translation>
    </message>
    <message>
        <source>Choose the image file</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <source>What the file&apos;s headers say</source>
        <translation>文件头信息</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.qcow *.vmdk *.vhd *.vhdx *.vdi *.qed *.raw *.img *.iso *.zvhd *.zvhd2);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.qcow *.vmdk *.vhd *.vhdx *.vdi *.qed *.raw *.img *.iso *.zvhd *.zvhd2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the disk image file to upload.</source>
        <translation>选择要上传的磁盘镜像文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the file&apos;s headers…</source>
        <translation>正在读取文件头…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Format: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>格式：&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Virtual disk size: &lt;b&gt;%1&lt;/b&gt; (%2 bytes); file size %3</source>
        <translation>虚拟磁盘大小：&lt;b&gt;%1&lt;/b&gt;（%2 字节）；文件大小 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Method: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>创建方式：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be imported:&lt;/b&gt;</source>
        <translation>&lt;b&gt;无法导入：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
</context>
<context>
    <name>ims::LocalFilePage</name>
    <message>
        <source>The disk file</source>
        <translation>磁盘文件</translation>
    </message>
    <message>
        <source>Choose the image file on this computer. Its own headers tell its format and size; nothing is sent yet.</source>
        <translation>选择本机上的镜像文件。程序根据文件头识别其格式和大小；此时不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Not connected — requests can be checked, previewed and saved</source>
        <translation>未连接 — 可以检查、预览和保存请求</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1.</source>
        <translation>本地沙箱无法监听 127.0.0.1。</translation>
    </message>
    <message>
        <source>Sandbox on %1 (local look-alike of IMS, no cloud account used)</source>
        <translation>沙箱位于 %1（本地 IMS 模拟服务，不使用云账号）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open request file…</source>
        <translation>打开请求文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save request file…</source>
        <translation>保存请求文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open an &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Use the local &amp;sandbox</source>
        <translation>使用本地沙箱(&amp;S)</translation>
    </message>
    <message>
        <source>A look-alike of IMS on this computer: try every method without a cloud account.</source>
        <translation>本机上的 IMS 模拟服务：无需云账号即可试用每种方式。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>Job &amp;Monitor window</source>
        <translation>任务监控窗口(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About IMS Wizard</source>
        <translation>关于 IMS Wizard(&amp;A)</translation>
    </message>
    <message>
        <source>About IMS Wizard</source>
        <translation>关于 IMS Wizard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IMS Wizard %1&lt;/h3&gt;&lt;p&gt;Create private images on Huawei Cloud IMS, step by step.&lt;/p&gt;&lt;p&gt;Every rule shown comes from the IMS API reference.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMS Wizard %1&lt;/h3&gt;&lt;p&gt;在华为云镜像服务（IMS）上逐步创建私有镜像。&lt;/p&gt;&lt;p&gt;显示的每条规则都来自 IMS API 参考。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job Monitor — IMS Wizard</source>
        <translation>任务监控 — IMS Wizard</translation>
    </message>
    <message>
        <source>Open request file</source>
        <translation>打开请求文件</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>请求文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 names the method &quot;%2&quot;, which this version does not know.</source>
        <translation>%1 使用的创建方式 &quot;%2&quot; 不受此版本支持。</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>保存请求文件</translation>
    </message>
    <message>
        <source>Choose a creation method first.</source>
        <translation>请先选择创建方式。</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>请求文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>另存为请求模板(&amp;P)…</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>请求模板(&amp;F)…</translation>
    </message>
    <message>
        <source>The request of “%1” is in the wizard: change what needs changing and submit it again.</source>
        <translation>“%1”的请求已在向导中打开：请修改需要更改的内容，然后重新提交。</translation>
    </message>
    <message>
        <source>IMS Wizard — %1</source>
        <translation>IMS Wizard — %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n job(s) running)</source>
        <translation>
            <numerusform>（%n 个任务运行中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job Monitor — %n job(s) running</source>
        <translation>
            <numerusform>任务监控 — %n 个任务运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove jobs</source>
        <translation>移除任务</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the list.</source>
        <translation>
            <numerusform>已从列表中移除 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished job to remove.</source>
        <translation>没有可移除的已结束任务。</translation>
    </message>
    <message>
        <source>Remove finished jobs</source>
        <translation>移除已结束的任务</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the list? The images are not touched.</source>
        <translation>
            <numerusform>从列表中移除 %n 个已结束的任务？镜像不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep finished jobs</source>
        <translation>保留已结束的任务</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list after this many days (0 keeps them; at most %1 are kept):</source>
        <translation>已结束的任务在列表中保留的天数，超过后移除（0 表示一直保留；最多保留 %1 个）：</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) older than the retention period.</source>
        <translation>
            <numerusform>已移除 %n 个超过保留期限的已结束任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>已打开请求模板“%1”。</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>另存为请求模板</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>请求模板名称：</translation>
    </message>
    <message>
        <source>A profile named “%1” exists. Replace it?</source>
        <translation>名为“%1”的请求模板已存在。是否替换？</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>已保存请求模板“%1”。</translation>
    </message>
    <message>
        <source>%1 — IMS at %2 (%3)</source>
        <translation>%1 — IMS：%2（%3）</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Reading the secret of &quot;%1&quot; from the keychain…</source>
        <translation>正在从密钥环读取“%1”的密钥…</translation>
    </message>
    <message>
        <source>Not connected: &quot;%1&quot; needs its secret (no keychain here).</source>
        <translation>未连接：“%1”需要其密钥（本机没有密钥环）。</translation>
    </message>
    <message>
        <source>Not connected: &quot;%1&quot; needs its secret.</source>
        <translation>未连接：“%1”需要其密钥。</translation>
    </message>
    <message>
        <source>Enter the secret…</source>
        <translation>输入密钥…</translation>
    </message>
    <message>
        <source>Enter the secret of the last connection</source>
        <translation>输入上次连接的密钥</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>管理连接(&amp;M)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1&lt;/p&gt;&lt;p&gt;Licence: %2, the &lt;a href=&quot;%3&quot;&gt;GNU General Public License&lt;/a&gt; version 3 or any later version. There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1&lt;/p&gt;&lt;p&gt;许可证：%2，即 &lt;a href=&quot;%3&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或任何更高版本。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job list is saved again.</source>
        <translation>任务列表已恢复保存。</translation>
    </message>
    <message>
        <source>%1 The changes are kept and saved again shortly.</source>
        <translation>%1 更改已保留，稍后会再次保存。</translation>
    </message>
    <message>
        <source>Job list</source>
        <translation>任务列表</translation>
    </message>
    <message>
        <source>Calls are recorded in the activity log again.</source>
        <translation>调用已恢复记录到操作日志中。</translation>
    </message>
    <message>
        <source>“%1” is uploaded, but the create call was refused: %2</source>
        <translation>“%1”已上传，但创建请求被拒绝：%2</translation>
    </message>
    <message>
        <source>“%1” is uploaded; the image is being created (job in the list).</source>
        <translation>“%1”已上传；正在创建镜像（任务见列表）。</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>批量(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Upload to OBS…</source>
        <translation>上传到 OBS(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>操作日志(&amp;A)</translation>
    </message>
    <message>
        <source>Every call that changed something in the cloud: creates, uploads, parts.</source>
        <translation>在云上做出更改的每个调用：创建、上传、分段。</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Uploading: follow it in the Jobs list (pause, resume or cancel it there).</source>
        <translation>正在上传：可在任务列表中跟踪（并在其中暂停、继续或取消）。</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Cancel the upload of “%1”?</source>
        <translation>取消“%1”的上传？</translation>
    </message>
    <message>
        <source>Pause keeps the parts on OBS so that it can resume later; abort deletes them.</source>
        <translation>暂停会保留 OBS 上的分段，以便稍后继续；中止会删除这些分段。</translation>
    </message>
    <message>
        <source>&amp;Pause (resume later)</source>
        <translation>暂停（稍后继续）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Abort (delete the parts on OBS)</source>
        <translation>中止（删除 OBS 上的分段）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep uploading</source>
        <translation>继续上传(&amp;K)</translation>
    </message>
    <message>
        <source>A request like the image “%1” is in the wizard: check its source and change what differs, then submit it.</source>
        <translation>向导中已填入与镜像“%1”类似的请求：请检查其来源并修改不同之处，然后提交。</translation>
    </message>
    <message>
        <source>The image of “%1” is in connection “%2”: connect to it to see the image.</source>
        <translation>“%1”的镜像位于连接“%2”中：请连接到该连接以查看镜像。</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>正在启动本地沙箱…</translation>
    </message>
</context>
<context>
    <name>ims::ObsCall</name>
    <message>
        <source>The answer to %1 is not the XML OBS sends (%2 at line %3).</source>
        <translation>%1 的应答不是 OBS 发送的 XML（第 %3 行：%2）。</translation>
    </message>
    <message>
        <source>The answer to %1 is larger than the %2 bytes asked for; reading stopped.</source>
        <translation>%1 的应答超过了请求的 %2 字节；已停止读取。</translation>
    </message>
</context>
<context>
    <name>ims::ObsSource</name>
    <message>
        <source>Bucket</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类别</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>buckets</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>folders and objects</source>
        <translation>文件夹和对象</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>所有桶</translation>
    </message>
    <message>
        <source>Not connected: connect first, or type the bucket:object by hand.</source>
        <translation>未连接：请先连接，或手动输入 bucket:object。</translation>
    </message>
</context>
<context>
    <name>ims::ObsTargetPage</name>
    <message>
        <source>Where to upload it</source>
        <translation>上传位置</translation>
    </message>
    <message>
        <source>A bucket in %1, the region of the connection, and the object&apos;s name.</source>
        <translation>连接所在区域 %1 中的桶，以及对象名。</translation>
    </message>
    <message>
        <source>Connect first: the buckets are those of the connection&apos;s region.</source>
        <translation>请先连接：桶为该连接所在区域的桶。</translation>
    </message>
</context>
<context>
    <name>ims::OsVersionsCall</name>
    <message>
        <source>The OS version list is not a JSON array.</source>
        <translation>操作系统版本列表不是 JSON 数组。</translation>
    </message>
</context>
<context>
    <name>ims::PickerDialog</name>
    <message>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>返回上一级文件夹</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type part of a name, id, status…</source>
        <translation>输入名称、ID、状态等的一部分…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>选择(&amp;P)</translation>
    </message>
    <message>
        <source>Loading… %1 %2 so far</source>
        <translation>正在加载… 已加载 %1 %2</translation>
    </message>
    <message>
        <source>No %1 here.</source>
        <translation>此处没有%1。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>显示 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ims::PickerModel</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1（文件夹）</translation>
    </message>
</context>
<context>
    <name>ims::PreSubmitChecks</name>
    <message>
        <source>Could not check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>ECS %1 is busy (%2): IMS refuses an ECS with a task in progress (IMG.0010); wait for it and check again.</source>
        <translation>云服务器 %1 正忙（%2）：IMS 不接受有任务正在进行的云服务器（IMG.0010）；请等待其完成后再检查。</translation>
    </message>
    <message>
        <source>ECS %1 exists in this project and is stopped.</source>
        <translation>云服务器 %1 存在于此项目中，且已关机。</translation>
    </message>
    <message>
        <source>ECS %1 exists in this project and is running; IMS takes it, but stop it first if it runs a database.</source>
        <translation>云服务器 %1 存在于此项目中，且正在运行；IMS 可以接受，但如果其上运行数据库，请先关机。</translation>
    </message>
    <message>
        <source>ECS %1 is %2: IMS makes images only from a stopped or running ECS.</source>
        <translation>云服务器 %1 的状态为 %2：IMS 只能使用已关机或运行中的云服务器创建镜像。</translation>
    </message>
    <message>
        <source>Checking that the ECS exists and is stopped or running…</source>
        <translation>正在检查云服务器是否存在且已关机或运行中…</translation>
    </message>
    <message>
        <source>Checking the ECS&apos;s system disk…</source>
        <translation>正在检查云服务器的系统盘…</translation>
    </message>
    <message>
        <source>There is no ECS %1 in project %2 (region %3): IMS would refuse it (IMG.0005).</source>
        <translation>项目 %2（区域 %3）中没有云服务器 %1：IMS 将拒绝该请求（IMG.0005）。</translation>
    </message>
    <message>
        <source>Not checked: there is no ECS.</source>
        <translation>未检查：没有云服务器。</translation>
    </message>
    <message>
        <source>Not checked: the ECS could not be read.</source>
        <translation>未检查：无法读取云服务器。</translation>
    </message>
    <message>
        <source>ECS %1 has no system disk attached (IMG.0119).</source>
        <translation>云服务器 %1 未挂载系统盘（IMG.0119）。</translation>
    </message>
    <message>
        <source>The system disk is %1 GB: IMS makes a system disk image of at most 1 TB (1024 GB); a larger ECS can only become a full-ECS image.</source>
        <translation>系统盘为 %1 GB：IMS 创建的系统盘镜像最大 1 TB（1024 GB）；更大的云服务器只能制作整机镜像。</translation>
    </message>
    <message>
        <source>The system disk is %1 GB (at most 1024 GB).</source>
        <translation>系统盘为 %1 GB（最大 1024 GB）。</translation>
    </message>
    <message>
        <source>Checking the ECS the data disks are attached to…</source>
        <translation>正在检查数据盘所挂载的云服务器…</translation>
    </message>
    <message>
        <source>Checking data disk %1…</source>
        <translation>正在检查数据盘 %1…</translation>
    </message>
    <message>
        <source>Disk %1 is %2 and attached to no ECS: this method captures data disks attached to an ECS (IMG.0120).</source>
        <translation>磁盘 %1 的状态为 %2，且未挂载到任何云服务器：此方式只能使用挂载在云服务器上的数据盘制作镜像（IMG.0120）。</translation>
    </message>
    <message>
        <source>Not checked: no disk named is attached to an ECS.</source>
        <translation>未检查：指定的磁盘均未挂载到云服务器。</translation>
    </message>
    <message>
        <source>Could not check that disk %1 is a data disk of its ECS.</source>
        <translation>无法检查磁盘 %1 是否为其云服务器的数据盘。</translation>
    </message>
    <message>
        <source>Disk %1 is attached to another ECS (%2) than the first disk&apos;s (%3): all disks of one request must come from the same ECS (IMG.0140).</source>
        <translation>磁盘 %1 挂载的云服务器（%2）与第一个磁盘的（%3）不同：同一请求中的所有磁盘必须来自同一台云服务器（IMG.0140）。</translation>
    </message>
    <message>
        <source>Disk %1 is the system disk of ECS %2, not a data disk (IMG.0006); use &quot;System disk image from an ECS&quot;.</source>
        <translation>磁盘 %1 是云服务器 %2 的系统盘，不是数据盘（IMG.0006）；请使用“使用云服务器创建系统盘镜像”。</translation>
    </message>
    <message>
        <source>Data disk %1 is %2 GB: IMS makes a data disk image of at most 1 TB (1024 GB).</source>
        <translation>数据盘 %1 为 %2 GB：IMS 创建的数据盘镜像最大 1 TB（1024 GB）。</translation>
    </message>
    <message>
        <source>Disk %1 (%2 GB) is a data disk of ECS %3.</source>
        <translation>磁盘 %1（%2 GB）是云服务器 %3 的数据盘。</translation>
    </message>
    <message>
        <source>There is no disk %1 in project %2 (region %3) (IMG.0120).</source>
        <translation>项目 %2（区域 %3）中没有磁盘 %1（IMG.0120）。</translation>
    </message>
    <message>
        <source>Checking that the disk exists and can be captured…</source>
        <translation>正在检查磁盘是否存在且可用于制作镜像…</translation>
    </message>
    <message>
        <source>Disk %1 is %2: IMS takes a disk that is available or in use (IMG.0022).</source>
        <translation>磁盘 %1 的状态为 %2：IMS 只接受可用或正在使用的磁盘（IMG.0022）。</translation>
    </message>
    <message>
        <source>Disk %1 is the system disk of ECS %2 (%3); &quot;System disk image from an ECS&quot; may be what you want.</source>
        <translation>磁盘 %1 是云服务器 %2（%3）的系统盘；您可能需要的是“使用云服务器创建系统盘镜像”。</translation>
    </message>
    <message>
        <source>Disk %1 (%2 GB) exists in this project and is %3.</source>
        <translation>磁盘 %1（%2 GB）存在于此项目中，状态为 %3。</translation>
    </message>
    <message>
        <source>Checking that %1 exists in OBS…</source>
        <translation>正在检查 %1 是否存在于 OBS 中…</translation>
    </message>
    <message>
        <source>Reading the header of %1…</source>
        <translation>正在读取 %1 的文件头…</translation>
    </message>
    <message>
        <source>Comparing min_disk with the disk inside %1…</source>
        <translation>正在比较 min_disk 与 %1 中的磁盘…</translation>
    </message>
    <message>
        <source>Checking the region of bucket %1…</source>
        <translation>正在检查桶 %1 所在的区域…</translation>
    </message>
    <message>
        <source>%1 is uploaded from this computer before the create call (%2 GB).</source>
        <translation>%1 将在发出创建请求前从本机上传（%2 GB）。</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 (IMG.0057)</source>
        <translation>%1 不存在：%2（IMG.0057）</translation>
    </message>
    <message>
        <source>Not checked: the file could not be read.</source>
        <translation>未检查：无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 exists (%2 GB, Standard storage).</source>
        <translation>%1 存在（%2 GB，标准存储）。</translation>
    </message>
    <message>
        <source>%1 is empty (IMG.0057).</source>
        <translation>%1 为空（IMG.0057）。</translation>
    </message>
    <message>
        <source>Not checked: the file is empty.</source>
        <translation>未检查：文件为空。</translation>
    </message>
    <message>
        <source>Not checked: the file&apos;s header could not be read.</source>
        <translation>未检查：无法读取文件头。</translation>
    </message>
    <message>
        <source>%1 is in the %2 storage class: IMS reads only Standard storage; copy it to a Standard bucket first.</source>
        <translation>%1 的存储类别为 %2：IMS 只能读取标准存储；请先将其复制到标准存储的桶中。</translation>
    </message>
    <message>
        <source>%1 is %2 GB: the normal import takes at most 128 GB; convert it to RAW or ZVHD2 and use quick import.</source>
        <translation>%1 为 %2 GB：普通导入最大支持 128 GB；请将其转换为 RAW 或 ZVHD2 并使用快速导入。</translation>
    </message>
    <message>
        <source>%1 is %2 GB: quick import takes at most 1 TB.</source>
        <translation>%1 为 %2 GB：快速导入最大支持 1 TB。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a %2 file.</source>
        <translation>%1 是 %2 文件。</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its own header, with a virtual disk of %3 GB.</source>
        <translation>根据文件头，%1 是 %2 文件，虚拟磁盘大小为 %3 GB。</translation>
    </message>
    <message>
        <source>Not checked: min_disk is not set.</source>
        <translation>未检查：未设置 min_disk。</translation>
    </message>
    <message>
        <source>Not checked: the virtual size of %1 cannot be read from its header; make sure min_disk (%2 GB) holds the disk.</source>
        <translation>未检查：无法从文件头读取 %1 的虚拟大小；请确保 min_disk（%2 GB）能容纳该磁盘。</translation>
    </message>
    <message>
        <source>min_disk is %1 GB but the disk inside %2 is %3 GB: set min_disk to at least %3.</source>
        <translation>min_disk 为 %1 GB，但 %2 中的磁盘为 %3 GB：请将 min_disk 设为至少 %3。</translation>
    </message>
    <message>
        <source>min_disk (%1 GB) holds the disk inside %2 (%3 GB).</source>
        <translation>min_disk（%1 GB）可容纳 %2 中的磁盘（%3 GB）。</translation>
    </message>
    <message>
        <source>Bucket %1 is not among this account&apos;s buckets: IMS can read it only if its owner allows it.</source>
        <translation>桶 %1 不属于此账号：只有桶的所有者授权后 IMS 才能读取。</translation>
    </message>
    <message>
        <source>Could not check: OBS did not say which region bucket %1 is in.</source>
        <translation>无法检查：OBS 未返回桶 %1 所在的区域。</translation>
    </message>
    <message>
        <source>Bucket %1 is in region %2, not in %3 where the image is made (IMG.0058).</source>
        <translation>桶 %1 位于区域 %2，而不是创建镜像的区域 %3（IMG.0058）。</translation>
    </message>
    <message>
        <source>Bucket %1 is in region %2, as IMS needs.</source>
        <translation>桶 %1 位于区域 %2，符合 IMS 要求。</translation>
    </message>
    <message>
        <source>Checking that no private image is named %1…</source>
        <translation>正在检查是否已有名为 %1 的私有镜像…</translation>
    </message>
    <message>
        <source>A private image named %1 already exists (%2); IMS may refuse the name (IMG.0009).</source>
        <translation>名为 %1 的私有镜像已存在（%2）；IMS 可能拒绝该名称（IMG.0009）。</translation>
    </message>
    <message>
        <source>No private image is named %1 yet.</source>
        <translation>尚无名为 %1 的私有镜像。</translation>
    </message>
    <message>
        <source>Checking the private image quota…</source>
        <translation>正在检查私有镜像配额…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.</source>
        <translation>
            <numerusform>已使用 %1 / %2 个私有镜像：无法再创建 %n 个（IMG.0015）；请删除镜像或申请提高配额。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 private images used.</source>
        <translation>已使用 %1 / %2 个私有镜像。</translation>
    </message>
    <message>
        <source>Checking that KMS key %1 is enabled…</source>
        <translation>正在检查 KMS 密钥 %1 是否已启用…</translation>
    </message>
    <message>
        <source>There is no KMS key %1 in this region (IMG.0101).</source>
        <translation>此区域中没有 KMS 密钥 %1（IMG.0101）。</translation>
    </message>
    <message>
        <source>KMS key %1 is enabled.</source>
        <translation>KMS 密钥 %1 已启用。</translation>
    </message>
    <message>
        <source>KMS key %1 is disabled: enable it in KMS or choose another key (IMG.0102).</source>
        <translation>KMS 密钥 %1 已禁用：请在 KMS 中启用它或选择其他密钥（IMG.0102）。</translation>
    </message>
    <message>
        <source>KMS key %1 is scheduled for deletion: IMS cannot encrypt with it (IMG.0102).</source>
        <translation>KMS 密钥 %1 处于计划删除状态：IMS 无法使用它加密（IMG.0102）。</translation>
    </message>
    <message>
        <source>KMS key %1 is not enabled (state %2) (IMG.0102).</source>
        <translation>KMS 密钥 %1 未启用（状态 %2）（IMG.0102）。</translation>
    </message>
    <message>
        <source>Checking that enterprise project %1 exists…</source>
        <translation>正在检查企业项目 %1 是否存在…</translation>
    </message>
    <message>
        <source>There is no enterprise project %1 (IMG.0155).</source>
        <translation>企业项目 %1 不存在（IMG.0155）。</translation>
    </message>
    <message>
        <source>Enterprise project %1 exists and is enabled.</source>
        <translation>企业项目 %1 存在且已启用。</translation>
    </message>
    <message>
        <source>Only %1 of %2 private images left in this region&apos;s quota after this one.</source>
        <translation>创建此镜像后，此区域的私有镜像配额仅剩 %1 个（共 %2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %2 private images left in this region&apos;s quota after these %n.</source>
        <translation>
            <numerusform>创建这 %n 个镜像后，此区域的私有镜像配额仅剩 %1 个（共 %2 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise project %1 is disabled and takes no new images: enable it in Enterprise Project Management or choose another project (IMG.0155).</source>
        <translation>企业项目 %1 已停用，不能再添加新镜像：请在企业项目管理中启用它，或选择其他项目（IMG.0155）。</translation>
    </message>
</context>
<context>
    <name>ims::ProfilesDialog</name>
    <message>
        <source>Saved request profiles</source>
        <translation>已保存的请求模板</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的请求模板</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>&amp;Open in wizard</source>
        <translation>在向导中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>创建副本(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Request files as ims-wizard-cli reads them ({&quot;method&quot;: …, &quot;fields&quot;: {…}}).</source>
        <translation>ims-wizard-cli 可读取的请求文件（{&quot;method&quot;: …, &quot;fields&quot;: {…}}）。</translation>
    </message>
    <message>
        <source>Profiles are request files in %1. They never hold a password or key.</source>
        <translation>请求模板是保存在 %1 中的请求文件，从不包含密码或密钥。</translation>
    </message>
    <message>
        <source>Import request files</source>
        <translation>导入请求文件</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>请求文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import every request file of a folder</source>
        <translation>导入文件夹中的所有请求文件</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出请求模板</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>请求文件 (*.json)</translation>
    </message>
    <message>
        <source>Export every profile into a folder</source>
        <translation>将所有请求模板导出到文件夹</translation>
    </message>
    <message>
        <source>No profile yet. Save one from the review page (“Save as profile…”) or import request files.</source>
        <translation>还没有请求模板。请在“确认配置”页面保存（“另存为请求模板…”），或导入请求文件。</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>创建请求模板副本</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Copied “%1” as “%2”.</source>
        <translation>已将“%1”复制为“%2”。</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名请求模板</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除请求模板</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>删除请求模板“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 个请求模板：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个请求模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个请求模板导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::QuotaCall</name>
    <message>
        <source>The quota answer has no entry for images.</source>
        <translation>配额应答中没有镜像的配额项。</translation>
    </message>
</context>
<context>
    <name>ims::ResourceCall</name>
    <message>
        <source>The %1 answer has no &quot;%2&quot; object.</source>
        <translation>%1 应答中没有 &quot;%2&quot; 对象。</translation>
    </message>
</context>
<context>
    <name>ims::ReviewPage</name>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Save as re&amp;quest file…</source>
        <translation>另存为请求文件(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Create &amp;another with these values</source>
        <translation>用这些值再创建一个(&amp;A)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>确认配置</translation>
    </message>
    <message>
        <source>This is the exact request that will be sent. Secrets are masked.</source>
        <translation>这就是将要发送的完整请求。密钥已隐藏。</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to submit. You can still save or copy the request.</source>
        <translation>未连接：请选择一个连接后再提交。您仍可以保存或复制该请求。</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>保存请求文件</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>请求文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back (%1). It may or may not have created the image, so it was not sent again. Check the console before you submit it once more.</source>
        <translation>请求已发送，但没有收到应答（%1）。镜像可能已创建，也可能没有，因此未再次发送。请先在控制台确认，再决定是否重新提交。</translation>
    </message>
    <message>
        <source>Image metadata %1 created (status %2). Next: upload the image file.</source>
        <translation>镜像元数据 %1 已创建（状态 %2）。下一步：上传镜像文件。</translation>
    </message>
    <message>
        <source>Submitted. Job %1 is followed in the job monitor.</source>
        <translation>已提交。任务 %1 正在任务监控中跟踪。</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>另存为请求模板(&amp;P)…</translation>
    </message>
    <message>
        <source>Keep this request under a name, to open it again later (File ▸ Profiles…).</source>
        <translation>以一个名称保存此请求，以便日后再次打开（文件 ▸ 请求模板…）。</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>curl 命令已复制到剪贴板。</translation>
    </message>
    <message numerus="yes">
        <source>Copy as curl: the command carries this request&apos;s signature, valid for %n minute(s) and for this body only.</source>
        <translation>
            <numerusform>复制为 curl：命令带有此请求的签名，仅对此请求体有效，有效期 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as curl: the command reads the token from $IMS_WIZARD_TOKEN.</source>
        <translation>复制为 curl：命令从 $IMS_WIZARD_TOKEN 读取 Token。</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Pre-submit checks</source>
        <translation>提交前检查</translation>
    </message>
    <message>
        <source>Ask the account again, e.g. after stopping the ECS or uploading the file.</source>
        <translation>重新向账号查询，例如在关闭云服务器或上传文件之后。</translation>
    </message>
    <message>
        <source>Chec&amp;ks against the account:</source>
        <translation>根据账号检查(&amp;K)：</translation>
    </message>
    <message>
        <source>Not connected: the checks ask a connection&apos;s account whether what the request names exists.</source>
        <translation>未连接：检查需要通过连接的账号确认请求中指定的资源是否存在。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Blocks Submit</source>
        <translation>阻止提交</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Submit is disabled: the create call would fail. %1</source>
        <translation>提交已禁用：创建请求将会失败。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) warn: Submit asks before sending.</source>
        <translation>
            <numerusform>%n 项检查有警告：提交时将先确认再发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>Not sent: a check blocks it.</source>
        <translation>未发送：有检查阻止了提交。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the checks list)</source>
        <translation>
            <numerusform>… 另有 %n 项（见检查列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit despite warnings?</source>
        <translation>忽略警告并提交？</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) warn about this request:</source>
        <translation>
            <numerusform>%n 项检查对此请求发出警告：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit anyway</source>
        <translation>仍然提交(&amp;S)</translation>
    </message>
    <message>
        <source>A check shows the create call would fail: correct the request, then Check again.</source>
        <translation>有检查表明创建请求将会失败：请更正请求，然后重新检查。</translation>
    </message>
    <message>
        <source>Step 1 of 2 — upload (a job in the Jobs list, resumable):
  %1
  %2, virtual size %3
  → OBS bucket %4, object %5, %6 part(s) at once

Step 2 of 2 — when the upload has finished, this create call, sent once:

</source>
        <translation>第 1 步，共 2 步 — 上传（任务列表中的一个任务，可续传）：
  %1
  %2，虚拟大小 %3
  → OBS 桶 %4，对象 %5，同时上传 %6 个分段

第 2 步，共 2 步 — 上传完成后，发送以下创建请求（仅发送一次）：

</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>此处不支持上传。</translation>
    </message>
    <message>
        <source>Uploading %1. The image is created when the upload has finished; follow both in the Jobs list.</source>
        <translation>正在上传 %1。上传完成后将创建镜像；可在任务列表中跟踪这两步。</translation>
    </message>
    <message>
        <source>Submitting once the checks are done…</source>
        <translation>检查完成后将提交…</translation>
    </message>
</context>
<context>
    <name>ims::SecretStore</name>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>尚未为此连接保存密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>密钥环拒绝访问（%1）。</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so the secret cannot be stored; you may keep it for this session only, and nothing is written to disk.</source>
        <translation>本机没有可用的密钥环服务（%1），因此无法保存密钥；您可以只在本次会话中保留它，不会写入磁盘。</translation>
    </message>
    <message>
        <source>The keychain has no keyring to keep the secret in: its prompt to create or unlock one was cancelled (or could not be shown). Connect again and accept the prompt, or keep the secret for this session only.</source>
        <translation>密钥环中没有可保存密钥的钥匙串：创建或解锁钥匙串的提示已被取消（或无法显示）。请重新连接并接受该提示，或仅在本次会话中保留密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有应答。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::Session</name>
    <message>
        <source>Sent; no answer was recorded (the program stopped before it came?). It may have created the image: look in the console before sending it again.</source>
        <translation>已发送；未记录到应答（程序可能在应答到达前已退出）。镜像可能已创建：请先在控制台中查看，再决定是否重新发送。</translation>
    </message>
</context>
<context>
    <name>ims::SourcePage</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the image comes from. Each field shows its rule from the API reference.</source>
        <translation>镜像的来源。每个字段都显示其在 API 参考中的规则。</translation>
    </message>
</context>
<context>
    <name>ims::StartPage</name>
    <message>
        <source>What do you have?</source>
        <translation>您有什么？</translation>
    </message>
    <message>
        <source>Choose what the image is made from. Each answer leads to the matching IMS API call.</source>
        <translation>请选择镜像的来源。每个选项对应相应的 IMS API 调用。</translation>
    </message>
    <message>
        <source>An ECS, running or stopped: capture its system disk</source>
        <translation>一台云服务器（运行中或已关机）：制作其系统盘镜像</translation>
    </message>
    <message>
        <source>Data disks attached to an ECS: capture them as data disk images</source>
        <translation>云服务器挂载的数据盘：制作为数据盘镜像</translation>
    </message>
    <message>
        <source>A data disk with an installed OS: make it bootable as a system disk image</source>
        <translation>安装了操作系统的数据盘：制作为可启动的系统盘镜像</translation>
    </message>
    <message>
        <source>An image file in OBS (qcow2, vmdk, vhd, …), optionally with up to 3 data disk files</source>
        <translation>OBS 中的镜像文件（qcow2、vmdk、vhd、…），可另带最多 3 个数据盘镜像文件</translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 system disk file in OBS: quick import</source>
        <translation>OBS 中的大容量 RAW 或 ZVHD2 系统盘文件：快速导入</translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 data disk file in OBS: quick import</source>
        <translation>OBS 中的大容量 RAW 或 ZVHD2 数据盘文件：快速导入</translation>
    </message>
    <message>
        <source>A data disk image file in OBS</source>
        <translation>OBS 中的数据盘镜像文件</translation>
    </message>
    <message>
        <source>A local image file: register it with the native OpenStack API and upload it</source>
        <translation>本地镜像文件：通过原生 OpenStack API 注册并上传</translation>
    </message>
    <message>
        <source>I have…</source>
        <translation>我有…</translation>
    </message>
    <message>
        <source>Creation method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Choose a method…</source>
        <translation>选择一种方式…</translation>
    </message>
    <message>
        <source>Or pick the API &amp;method:</source>
        <translation>或者直接选择 API 方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;tt&gt;%3 %4&lt;/tt&gt; — %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;tt&gt;%3 %4&lt;/tt&gt; — %5</translation>
    </message>
    <message>
        <source>A disk file on this computer (qcow2, vmdk, vhd, raw…): upload it to OBS, then import it</source>
        <translation>本机上的磁盘文件（qcow2、vmdk、vhd、raw…）：先上传到 OBS，再导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upload, then import&lt;/b&gt;&lt;br&gt;The file goes to an OBS bucket of the connection&apos;s region (resumable, followed in the Jobs list); when it is there, the image is created from it: &lt;tt&gt;%1 %2&lt;/tt&gt;, the normal import, or the quick import for large RAW and ZVHD2 disks.</source>
        <translation>&lt;b&gt;先上传，再导入&lt;/b&gt;&lt;br&gt;文件上传到连接所在区域的 OBS 桶（可续传，可在任务列表中跟踪）；上传完成后，使用该文件创建镜像：&lt;tt&gt;%1 %2&lt;/tt&gt;，即普通导入，或对大容量 RAW 和 ZVHD2 磁盘使用快速导入。</translation>
    </message>
</context>
<context>
    <name>ims::TagsEditor</name>
    <message>
        <source>Tag format</source>
        <translation>标签格式</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>删除标签(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Write each tag as:</source>
        <translation>每个标签的写法(&amp;W)：</translation>
    </message>
    <message>
        <source>One text, key and value joined by a dot</source>
        <translation>一段文本，键和值用点连接</translation>
    </message>
    <message>
        <source>A key and a value, kept apart</source>
        <translation>键和值分开</translation>
    </message>
    <message>
        <source>Sent in the request&apos;s &quot;tags&quot; field, e.g. team.web</source>
        <translation>在请求的 &quot;tags&quot; 字段中发送，例如 team.web</translation>
    </message>
    <message>
        <source>Sent in the request&apos;s &quot;image_tags&quot; field, e.g. {&quot;key&quot;: &quot;team&quot;, &quot;value&quot;: &quot;web&quot;}</source>
        <translation>在请求的 &quot;image_tags&quot; 字段中发送，例如 {&quot;key&quot;: &quot;team&quot;, &quot;value&quot;: &quot;web&quot;}</translation>
    </message>
    <message>
        <source>Tags: problem</source>
        <translation>标签：问题</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ims::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Optional key/value tags to find the image by. Leave the table empty for none.</source>
        <translation>可选的键/值标签，用于查找镜像。表格留空表示不添加标签。</translation>
    </message>
</context>
<context>
    <name>ims::TemporaryKeyCall</name>
    <message>
        <source>The identity service answered without a temporary access key, its secret, security token or expiry.</source>
        <translation>身份认证服务的应答中缺少临时访问密钥、私有访问密钥、安全令牌或过期时间。</translation>
    </message>
</context>
<context>
    <name>ims::TokenProvider</name>
    <message>
        <source>The identity service answered without a token (X-Subject-Token) or its expiry.</source>
        <translation>身份认证服务的应答中没有 Token（X-Subject-Token）或其过期时间。</translation>
    </message>
</context>
<context>
    <name>ims::UploadDialog</name>
    <message>
        <source>Upload to OBS</source>
        <translation>上传到 OBS</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where it goes (region %1)</source>
        <translation>上传位置（区域 %1）</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>上传位置</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ims::UploadJobs</name>
    <message>
        <source>Interrupted when the program ended: Resume continues with the parts OBS already has.</source>
        <translation>程序退出时已中断：“继续”将从 OBS 上已有的分段接着上传。</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to upload.</source>
        <translation>未连接：请选择一个连接以上传。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>This upload is not paused.</source>
        <translation>此上传未暂停。</translation>
    </message>
    <message>
        <source>Connect to “%1” first: the upload goes on through its connection.</source>
        <translation>请先连接到“%1”：上传将通过该连接继续。</translation>
    </message>
    <message>
        <source>Paused: Resume continues with the parts OBS already has.</source>
        <translation>已暂停：“继续”将从 OBS 上已有的分段接着上传。</translation>
    </message>
    <message>
        <source>Aborted: the parts sent to OBS were deleted.</source>
        <translation>已中止：已发送到 OBS 的分段已删除。</translation>
    </message>
    <message>
        <source>Aborted; deleting the parts on OBS failed: %1</source>
        <translation>已中止；删除 OBS 上的分段失败：%1</translation>
    </message>
    <message>
        <source>The temporary access key expired; renewing it…</source>
        <translation>临时访问密钥已过期；正在更新…</translation>
    </message>
    <message>
        <source>The temporary access key for OBS expired and could not be renewed.</source>
        <translation>用于 OBS 的临时访问密钥已过期，且无法更新。</translation>
    </message>
    <message>
        <source>Uploaded. The create call waits for the connection “%1”.</source>
        <translation>已上传。创建请求正在等待连接“%1”。</translation>
    </message>
    <message>
        <source>This version does not know the method “%1”.</source>
        <translation>此版本不支持创建方式“%1”。</translation>
    </message>
    <message>
        <source>Aborted. Its parts stay on OBS until they expire: no connection to “%1” was open to delete them.</source>
        <translation>已中止。其分段将保留在 OBS 上直到过期：没有打开到“%1”的连接来删除它们。</translation>
    </message>
</context>
<context>
    <name>ims::UploadPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>取消上传(&amp;C)</translation>
    </message>
    <message>
        <source>Upload the image file</source>
        <translation>上传镜像文件</translation>
    </message>
    <message>
        <source>The file is streamed from disk. Huawei Cloud accepts files below 2 GB on this (deprecated) API; for larger files upload to OBS and use an image from a file in OBS.</source>
        <translation>文件将从磁盘流式上传。华为云在此（已废弃的）API 上只接受小于 2 GB 的文件；更大的文件请先上传到 OBS，再使用 OBS 中的镜像文件创建镜像。</translation>
    </message>
    <message>
        <source>Image file to upload</source>
        <translation>要上传的镜像文件</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the image file</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;All files (*)</source>
        <translation>镜像文件 (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Image %1 waits for its file.</source>
        <translation>镜像 %1 正在等待其文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation>%1 / %2 — %3/s</translation>
    </message>
    <message>
        <source>Uploaded. Checking the image…</source>
        <translation>已上传。正在检查镜像…</translation>
    </message>
    <message>
        <source>Image %1 is active: %2 bytes, MD5 %3.</source>
        <translation>镜像 %1 已可用：%2 字节，MD5 %3。</translation>
    </message>
    <message>
        <source>The image is %1.</source>
        <translation>镜像为 %1。</translation>
    </message>
    <message>
        <source>The image has its file already.</source>
        <translation>该镜像已有文件。</translation>
    </message>
    <message>
        <source>Choose the image file first.</source>
        <translation>请先选择镜像文件。</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
</context>
<context>
    <name>ims::UploadPartCall</name>
    <message>
        <source>upload part %1</source>
        <translation>上传分段 %1</translation>
    </message>
    <message>
        <source>upload the file</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>The answer to %1 has no ETag.</source>
        <translation>%1 的应答中没有 ETag。</translation>
    </message>
</context>
</TS>
