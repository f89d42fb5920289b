<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountListing</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>Discos de dados</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>Tamanho (GB)</translation>
    </message>
    <message>
        <source>Bootable</source>
        <translation>Inicializável</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Min disk (GB)</source>
        <translation>Disco mín. (GB)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Especificação</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>ECSs</source>
        <translation>ECSs</translation>
    </message>
    <message>
        <source>EVS disks</source>
        <translation>discos EVS</translation>
    </message>
    <message>
        <source>private images</source>
        <translation>imagens privadas</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projetos</translation>
    </message>
    <message>
        <source>enterprise projects</source>
        <translation>projetos empresariais</translation>
    </message>
    <message>
        <source>KMS keys</source>
        <translation>chaves do KMS</translation>
    </message>
</context>
<context>
    <name>ActivityCommand</name>
    <message>
        <source>Show the activity log: every call that changed something in the cloud (creates, uploads, parts), oldest first, with its request id, status, outcome and job. Kept beside the job list: the newest %1 calls of the last %2 days.</source>
        <translation>Mostra o registro de atividades: cada chamada que alterou algo na nuvem (criações, envios, partes), da mais antiga para a mais recente, com ID da solicitação, status, resultado e tarefa. Mantido junto à lista de tarefas: as %1 chamadas mais recentes dos últimos %2 dias.</translation>
    </message>
    <message>
        <source>Only the calls of this connection (its name, or the endpoint&apos;s host when it had none).</source>
        <translation>Somente as chamadas desta conexão (seu nome ou, se não tiver, o host do endpoint).</translation>
    </message>
    <message>
        <source>Only the newest N calls.</source>
        <translation>Somente as N chamadas mais recentes.</translation>
    </message>
    <message>
        <source>activity takes no arguments</source>
        <translation>activity não aceita argumentos</translation>
    </message>
    <message>
        <source>--limit must be a number above 0</source>
        <translation>--limit deve ser um número maior que 0</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be written to the activity log in %1.</source>
        <translation>
            <numerusform>%n chamada não pôde ser gravada no registro de atividades em %1.</numerusform>
            <numerusform>%n chamadas não puderam ser gravadas no registro de atividades em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request message format is invalid.</source>
        <translation>O formato da mensagem de solicitação é inválido.</translation>
    </message>
    <message>
        <source>The image name contains more than 128 characters.</source>
        <translation>O nome da imagem tem mais de 128 caracteres.</translation>
    </message>
    <message>
        <source>The image name format is invalid.</source>
        <translation>O formato do nome da imagem é inválido.</translation>
    </message>
    <message>
        <source>The description contains more than 1024 characters.</source>
        <translation>A descrição tem mais de 1024 caracteres.</translation>
    </message>
    <message>
        <source>The ECS does not exist.</source>
        <translation>O ECS não existe.</translation>
    </message>
    <message>
        <source>The ECS system disk cannot be used to create an image.</source>
        <translation>O disco do sistema do ECS não pode ser usado para criar uma imagem.</translation>
    </message>
    <message>
        <source>The request body is empty.</source>
        <translation>O corpo da solicitação está vazio.</translation>
    </message>
    <message>
        <source>The ECS cannot be used to create images because it is not in stopped state.</source>
        <translation>O ECS não pode ser usado para criar imagens porque não está parado.</translation>
    </message>
    <message>
        <source>The image name already exists.</source>
        <translation>O nome da imagem já existe.</translation>
    </message>
    <message>
        <source>The ECS cannot be used to create an image because it has in-progress tasks.</source>
        <translation>O ECS não pode ser usado para criar uma imagem porque tem tarefas em andamento.</translation>
    </message>
    <message>
        <source>forceCreate must be set to true.</source>
        <translation>forceCreate deve ser definido como true.</translation>
    </message>
    <message>
        <source>The ECS ID is not specified.</source>
        <translation>O ID do ECS não foi especificado.</translation>
    </message>
    <message>
        <source>The image name is not specified.</source>
        <translation>O nome da imagem não foi especificado.</translation>
    </message>
    <message>
        <source>An exception occurred when IaaS OpenStack was executing the task.</source>
        <translation>Ocorreu uma exceção quando o IaaS OpenStack executava a tarefa.</translation>
    </message>
    <message>
        <source>The number of private images has reached the maximum allowed.</source>
        <translation>O número de imagens privadas atingiu o máximo permitido.</translation>
    </message>
    <message>
        <source>An error occurred when the request body was deleted.</source>
        <translation>Ocorreu um erro ao excluir o corpo da solicitação.</translation>
    </message>
    <message>
        <source>The URL format is incorrect.</source>
        <translation>O formato da URL está incorreto.</translation>
    </message>
    <message>
        <source>An error occurred when the job was submitted.</source>
        <translation>Ocorreu um erro ao enviar a tarefa.</translation>
    </message>
    <message>
        <source>The backup ID is not specified.</source>
        <translation>O ID do backup não foi especificado.</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>O backup não existe.</translation>
    </message>
    <message>
        <source>The resource type is unknown.</source>
        <translation>O tipo de recurso é desconhecido.</translation>
    </message>
    <message>
        <source>The disk in the current state cannot be used to create images.</source>
        <translation>O disco no estado atual não pode ser usado para criar imagens.</translation>
    </message>
    <message>
        <source>An exception occurred during task query.</source>
        <translation>Ocorreu uma exceção durante a consulta da tarefa.</translation>
    </message>
    <message>
        <source>The image type in the request is incorrect.</source>
        <translation>O tipo de imagem na solicitação está incorreto.</translation>
    </message>
    <message>
        <source>The user type in the request is incorrect.</source>
        <translation>O tipo de usuário na solicitação está incorreto.</translation>
    </message>
    <message>
        <source>The role is invalid. You need to apply for the required permissions or pass the real-name authentication.</source>
        <translation>A função é inválida. Solicite as permissões necessárias ou conclua a autenticação de nome real.</translation>
    </message>
    <message>
        <source>The image ID in the request does not exist.</source>
        <translation>O ID de imagem na solicitação não existe.</translation>
    </message>
    <message>
        <source>The image in the request is protected.</source>
        <translation>A imagem na solicitação está protegida.</translation>
    </message>
    <message>
        <source>The backup in the request has already been used to create an image.</source>
        <translation>O backup na solicitação já foi usado para criar uma imagem.</translation>
    </message>
    <message>
        <source>The project ID and token in the request are invalid.</source>
        <translation>O ID do projeto e o token na solicitação são inválidos.</translation>
    </message>
    <message>
        <source>The resource ID in the request is incorrect.</source>
        <translation>O ID de recurso na solicitação está incorreto.</translation>
    </message>
    <message>
        <source>The backup is unavailable.</source>
        <translation>O backup não está disponível.</translation>
    </message>
    <message>
        <source>The backup is not a system disk backup.</source>
        <translation>O backup não é um backup de disco do sistema.</translation>
    </message>
    <message>
        <source>The number of images cannot be modified.</source>
        <translation>O número de imagens não pode ser modificado.</translation>
    </message>
    <message>
        <source>An attribute conflict occurred during the modification.</source>
        <translation>Ocorreu um conflito de atributos durante a modificação.</translation>
    </message>
    <message>
        <source>An error occurred when the value of asumeToken was obtained.</source>
        <translation>Ocorreu um erro ao obter o valor de asumeToken.</translation>
    </message>
    <message>
        <source>An error occurred in the AK/SK was obtained.</source>
        <translation>Ocorreu um erro ao obter a AK/SK.</translation>
    </message>
    <message>
        <source>An error occurred when the bucket was created.</source>
        <translation>Ocorreu um erro ao criar o bucket.</translation>
    </message>
    <message>
        <source>An error occurred when read and write permissions of the bucket were granted to a specified user.</source>
        <translation>Ocorreu um erro ao conceder a um usuário as permissões de leitura e gravação do bucket.</translation>
    </message>
    <message>
        <source>An error occurred in the object storage address was obtained.</source>
        <translation>Ocorreu um erro ao obter o endereço de armazenamento de objetos.</translation>
    </message>
    <message>
        <source>The authorized account is empty.</source>
        <translation>A conta autorizada está vazia.</translation>
    </message>
    <message>
        <source>Failed to generate the image product code.</source>
        <translation>Falha ao gerar o código de produto da imagem.</translation>
    </message>
    <message>
        <source>The image is unavailable.</source>
        <translation>A imagem não está disponível.</translation>
    </message>
    <message>
        <source>This operation can be performed only by the image owner.</source>
        <translation>Somente o proprietário da imagem pode realizar esta operação.</translation>
    </message>
    <message>
        <source>An error occurred when the domain information of the shadow account was obtained.</source>
        <translation>Ocorreu um erro ao obter as informações de domínio da conta sombra.</translation>
    </message>
    <message>
        <source>The image description format is invalid.</source>
        <translation>O formato da descrição da imagem é inválido.</translation>
    </message>
    <message>
        <source>The memory or disk size is invalid.</source>
        <translation>O tamanho da memória ou do disco é inválido.</translation>
    </message>
    <message>
        <source>Invalid OS version.</source>
        <translation>Versão do SO inválida.</translation>
    </message>
    <message>
        <source>The image file is empty, not found, or in incorrect format, or you do not have enough permission to access the file.</source>
        <translation>O arquivo de imagem está vazio, não foi encontrado ou tem formato incorreto, ou você não tem permissão suficiente para acessá-lo.</translation>
    </message>
    <message>
        <source>The region of the bucket where the image file is stored is inconsistent with that of the user.</source>
        <translation>A região do bucket onde o arquivo de imagem está armazenado é diferente da região do usuário.</translation>
    </message>
    <message>
        <source>The size of the image file exceeds the maximum allowed.</source>
        <translation>O tamanho do arquivo de imagem excede o máximo permitido.</translation>
    </message>
    <message>
        <source>The number of tasks exceeds the flow control limit.</source>
        <translation>O número de tarefas excede o limite de controle de fluxo.</translation>
    </message>
    <message>
        <source>Unknown system error.</source>
        <translation>Erro de sistema desconhecido.</translation>
    </message>
    <message>
        <source>The image name is incorrect.</source>
        <translation>O nome da imagem está incorreto.</translation>
    </message>
    <message>
        <source>The VM type does not support image creation.</source>
        <translation>O tipo de VM não permite a criação de imagens.</translation>
    </message>
    <message>
        <source>Failed to obtain tenant information from IAM.</source>
        <translation>Falha ao obter as informações do locatário no IAM.</translation>
    </message>
    <message>
        <source>Failed to obtain the tenant domain from IAM.</source>
        <translation>Falha ao obter o domínio do locatário no IAM.</translation>
    </message>
    <message>
        <source>The image ID is incorrect.</source>
        <translation>O ID da imagem está incorreto.</translation>
    </message>
    <message>
        <source>The project ID is incorrect.</source>
        <translation>O ID do projeto está incorreto.</translation>
    </message>
    <message>
        <source>The specified bucket name is empty.</source>
        <translation>O nome do bucket especificado está vazio.</translation>
    </message>
    <message>
        <source>The specified bucket cannot be accessed.</source>
        <translation>O bucket especificado não pode ser acessado.</translation>
    </message>
    <message>
        <source>The image file already exists. Confirm the file in the corresponding directory of the OBS bucket or in the OBS bucket.</source>
        <translation>O arquivo de imagem já existe. Confira o arquivo no diretório correspondente do bucket do OBS ou no próprio bucket.</translation>
    </message>
    <message>
        <source>The image cannot be exported.</source>
        <translation>A imagem não pode ser exportada.</translation>
    </message>
    <message>
        <source>The specified image format is not supported.</source>
        <translation>O formato de imagem especificado não é suportado.</translation>
    </message>
    <message>
        <source>The name of the exported file is empty.</source>
        <translation>O nome do arquivo exportado está vazio.</translation>
    </message>
    <message>
        <source>The file name length exceeds the limit.</source>
        <translation>O comprimento do nome do arquivo excede o limite.</translation>
    </message>
    <message>
        <source>The file name contains invalid characters.</source>
        <translation>O nome do arquivo contém caracteres inválidos.</translation>
    </message>
    <message>
        <source>You cannot share an image with yourself.</source>
        <translation>Você não pode compartilhar uma imagem com você mesmo.</translation>
    </message>
    <message>
        <source>The public image cannot be exported.</source>
        <translation>A imagem pública não pode ser exportada.</translation>
    </message>
    <message>
        <source>The system disk image created from a charged image cannot be exported.</source>
        <translation>A imagem de disco do sistema criada a partir de uma imagem paga não pode ser exportada.</translation>
    </message>
    <message>
        <source>The image created from a CSBS or CBR backup cannot be exported.</source>
        <translation>A imagem criada a partir de um backup do CSBS ou do CBR não pode ser exportada.</translation>
    </message>
    <message>
        <source>The image cannot be exported because it is created from an image file.</source>
        <translation>A imagem não pode ser exportada porque foi criada a partir de um arquivo de imagem.</translation>
    </message>
    <message>
        <source>The image is a public image.</source>
        <translation>A imagem é uma imagem pública.</translation>
    </message>
    <message>
        <source>The image is a private image.</source>
        <translation>A imagem é uma imagem privada.</translation>
    </message>
    <message>
        <source>The publishing mode is incorrect.</source>
        <translation>O modo de publicação está incorreto.</translation>
    </message>
    <message>
        <source>No image was found.</source>
        <translation>Nenhuma imagem foi encontrada.</translation>
    </message>
    <message>
        <source>The token is incorrect.</source>
        <translation>O token está incorreto.</translation>
    </message>
    <message>
        <source>The number of shared images has reached the maximum allowed.</source>
        <translation>O número de imagens compartilhadas atingiu o máximo permitido.</translation>
    </message>
    <message>
        <source>The public image cannot be shared.</source>
        <translation>A imagem pública não pode ser compartilhada.</translation>
    </message>
    <message>
        <source>The image being created cannot be deleted.</source>
        <translation>A imagem em criação não pode ser excluída.</translation>
    </message>
    <message>
        <source>The image can only be deleted by the owner.</source>
        <translation>A imagem só pode ser excluída pelo proprietário.</translation>
    </message>
    <message>
        <source>The public image cannot be deleted.</source>
        <translation>A imagem pública não pode ser excluída.</translation>
    </message>
    <message>
        <source>The KMS key does not exist.</source>
        <translation>A chave do KMS não existe.</translation>
    </message>
    <message>
        <source>The specified KMS key ID must be different from the image key ID.</source>
        <translation>O ID da chave do KMS especificada deve ser diferente do ID da chave da imagem.</translation>
    </message>
    <message>
        <source>The key is not enabled.</source>
        <translation>A chave não está habilitada.</translation>
    </message>
    <message>
        <source>The encrypted image cannot be shared.</source>
        <translation>A imagem criptografada não pode ser compartilhada.</translation>
    </message>
    <message>
        <source>You do not have the permission to access the key.</source>
        <translation>Você não tem permissão para acessar a chave.</translation>
    </message>
    <message>
        <source>You do not have OBT permission for KMS.</source>
        <translation>Você não tem permissão de OBT (teste beta aberto) para o KMS.</translation>
    </message>
    <message>
        <source>The original key does not exist.</source>
        <translation>A chave original não existe.</translation>
    </message>
    <message>
        <source>The original key is not enabled.</source>
        <translation>A chave original não está habilitada.</translation>
    </message>
    <message>
        <source>You do not have the permission to access the original key.</source>
        <translation>Você não tem permissão para acessar a chave original.</translation>
    </message>
    <message>
        <source>Enter the project name if there are multiple projects in the same region.</source>
        <translation>Informe o nome do projeto se houver vários projetos na mesma região.</translation>
    </message>
    <message>
        <source>The operation is not supported.</source>
        <translation>A operação não é suportada.</translation>
    </message>
    <message>
        <source>The image owner is another tenant.</source>
        <translation>O proprietário da imagem é outro locatário.</translation>
    </message>
    <message>
        <source>The tenant ID was not found in the current region.</source>
        <translation>O ID do locatário não foi encontrado na região atual.</translation>
    </message>
    <message>
        <source>The bucket name contains invalid characters.</source>
        <translation>O nome do bucket contém caracteres inválidos.</translation>
    </message>
    <message>
        <source>The system disk is unavailable and cannot be used to create images.</source>
        <translation>O disco do sistema não está disponível e não pode ser usado para criar imagens.</translation>
    </message>
    <message>
        <source>The size of the system disk exceeds the maximum allowed.</source>
        <translation>O tamanho do disco do sistema excede o máximo permitido.</translation>
    </message>
    <message>
        <source>Failed to add the tenant.</source>
        <translation>Falha ao adicionar o locatário.</translation>
    </message>
    <message>
        <source>Failed to delete the tenant.</source>
        <translation>Falha ao excluir o locatário.</translation>
    </message>
    <message>
        <source>Failed to query the tenant details.</source>
        <translation>Falha ao consultar os detalhes do locatário.</translation>
    </message>
    <message>
        <source>The image tag is invalid.</source>
        <translation>A tag da imagem é inválida.</translation>
    </message>
    <message>
        <source>The number of image tags exceeds the quota.</source>
        <translation>O número de tags da imagem excede a cota.</translation>
    </message>
    <message>
        <source>The image source can only be BMS or ECS.</source>
        <translation>A origem da imagem só pode ser BMS ou ECS.</translation>
    </message>
    <message>
        <source>The BMS image does not support KMS encryption.</source>
        <translation>A imagem de BMS não suporta criptografia do KMS.</translation>
    </message>
    <message>
        <source>The VM does not have a system disk.</source>
        <translation>A VM não tem disco do sistema.</translation>
    </message>
    <message>
        <source>The specified data disk ID is unavailable.</source>
        <translation>O ID do disco de dados especificado não está disponível.</translation>
    </message>
    <message>
        <source>The object cannot be found.</source>
        <translation>O objeto não foi encontrado.</translation>
    </message>
    <message>
        <source>The OS type is invalid.</source>
        <translation>O tipo de SO é inválido.</translation>
    </message>
    <message>
        <source>The image file address in the request is duplicate.</source>
        <translation>O endereço do arquivo de imagem na solicitação está duplicado.</translation>
    </message>
    <message>
        <source>The data disk image cannot be converted to a public image.</source>
        <translation>A imagem de disco de dados não pode ser convertida em imagem pública.</translation>
    </message>
    <message>
        <source>The VM in the current stage cannot be used to create a full-ECS image.</source>
        <translation>A VM no estágio atual não pode ser usada para criar uma imagem de ECS completo.</translation>
    </message>
    <message>
        <source>The CSBS backup does not exist.</source>
        <translation>O backup do CSBS não existe.</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported.</source>
        <translation>A imagem de ECS completo não pode ser exportada.</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be exported or replicated.</source>
        <translation>A imagem de ECS completo não pode ser exportada nem replicada.</translation>
    </message>
    <message>
        <source>The CSBS backup in the current state cannot be used to create a full-ECS image.</source>
        <translation>O backup do CSBS no estado atual não pode ser usado para criar uma imagem de ECS completo.</translation>
    </message>
    <message>
        <source>You are not allowed to access the CSBS backup.</source>
        <translation>Você não tem autorização para acessar o backup do CSBS.</translation>
    </message>
    <message>
        <source>The CSBS backup has been registered as an image.</source>
        <translation>O backup do CSBS já foi registrado como imagem.</translation>
    </message>
    <message>
        <source>The full-ECS image cannot be shared.</source>
        <translation>A imagem de ECS completo não pode ser compartilhada.</translation>
    </message>
    <message>
        <source>Failed to create a full-ECS image because the ECS is being backed up.</source>
        <translation>Falha ao criar a imagem de ECS completo porque o ECS está em backup.</translation>
    </message>
    <message>
        <source>Failed to obtain the VM information.</source>
        <translation>Falha ao obter as informações da VM.</translation>
    </message>
    <message>
        <source>Failed to obtain the OS type information.</source>
        <translation>Falha ao obter as informações do tipo de SO.</translation>
    </message>
    <message>
        <source>Other disks on the VM are being used to created VMs.</source>
        <translation>Outros discos da VM estão sendo usados para criar VMs.</translation>
    </message>
    <message>
        <source>The disks in the request come from different ECSs.</source>
        <translation>Os discos na solicitação vêm de ECSs diferentes.</translation>
    </message>
    <message>
        <source>The value of hw_firmware_type is not uefi or bios.</source>
        <translation>O valor de hw_firmware_type não é uefi nem bios.</translation>
    </message>
    <message>
        <source>The image does not exist.</source>
        <translation>A imagem não existe.</translation>
    </message>
    <message>
        <source>The project name is incorrect.</source>
        <translation>O nome do projeto está incorreto.</translation>
    </message>
    <message>
        <source>The image is being exported.</source>
        <translation>A imagem está sendo exportada.</translation>
    </message>
    <message>
        <source>DESS or DSS disks cannot be used to create images.</source>
        <translation>Discos DESS ou DSS não podem ser usados para criar imagens.</translation>
    </message>
    <message>
        <source>Failed to communicate with Enterprise Project Management Service (EPS).</source>
        <translation>Falha na comunicação com o Enterprise Project Management Service (EPS).</translation>
    </message>
    <message>
        <source>Failed to check the enterprise project ID validity.</source>
        <translation>Falha ao verificar a validade do ID do projeto empresarial.</translation>
    </message>
    <message>
        <source>Failed to associate the image with the enterprise project ID.</source>
        <translation>Falha ao associar a imagem ao ID do projeto empresarial.</translation>
    </message>
    <message>
        <source>Only images less than 128 GB can be exported.</source>
        <translation>Somente imagens menores que 128 GB podem ser exportadas.</translation>
    </message>
    <message>
        <source>You do not have permission.</source>
        <translation>Você não tem permissão.</translation>
    </message>
    <message>
        <source>The value contains a maximum of 12 characters that consist of letters and spaces, and cannot start or end with a space</source>
        <translation>O valor tem no máximo 12 caracteres, entre letras e espaços, e não pode começar nem terminar com espaço</translation>
    </message>
    <message>
        <source>This image cannot be titled by vendors. Only images running a Windows OS booted in BIOS mode can be titled by vendors.</source>
        <translation>Esta imagem não pode receber o título de fornecedor. Somente imagens com SO Windows inicializado no modo BIOS podem recebê-lo.</translation>
    </message>
    <message>
        <source>Failed to create an image because the spot ECS is being reclaimed.</source>
        <translation>Falha ao criar a imagem porque o ECS spot está sendo recuperado.</translation>
    </message>
    <message>
        <source>You do not have permission to access the CSBS backup.</source>
        <translation>Você não tem permissão para acessar o backup do CSBS.</translation>
    </message>
    <message>
        <source>OS information must be contained in the ISO files used to create images.</source>
        <translation>Os arquivos ISO usados para criar imagens devem conter as informações do SO.</translation>
    </message>
    <message>
        <source>This operation cannot be performed for ISO images.</source>
        <translation>Esta operação não pode ser realizada em imagens ISO.</translation>
    </message>
    <message>
        <source>Data disk images cannot be updated.</source>
        <translation>Imagens de disco de dados não podem ser atualizadas.</translation>
    </message>
    <message>
        <source>Failed to update the image because the OS versions are different.</source>
        <translation>Falha ao atualizar a imagem porque as versões do SO são diferentes.</translation>
    </message>
    <message>
        <source>Failed to update the image because the image formats are different.</source>
        <translation>Falha ao atualizar a imagem porque os formatos de imagem são diferentes.</translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum disk space is less than that of the source image.</source>
        <translation>Falha ao atualizar a imagem porque o disco mínimo é menor que o da imagem de origem.</translation>
    </message>
    <message>
        <source>Failed to update the image because the minimum memory is less than that of the source image.</source>
        <translation>Falha ao atualizar a imagem porque a memória mínima é menor que a da imagem de origem.</translation>
    </message>
    <message>
        <source>Failed to update the image because the image environment types are different.</source>
        <translation>Falha ao atualizar a imagem porque os tipos de ambiente da imagem são diferentes.</translation>
    </message>
    <message>
        <source>Failed to update the image because the name of the source image is different from that of the target image.</source>
        <translation>Falha ao atualizar a imagem porque o nome da imagem de origem é diferente do nome da imagem de destino.</translation>
    </message>
    <message>
        <source>The folder name and image file name cannot contain spaces.</source>
        <translation>O nome da pasta e o nome do arquivo de imagem não podem conter espaços.</translation>
    </message>
    <message>
        <source>Failed to delete the full-ECS backup.</source>
        <translation>Falha ao excluir o backup do ECS completo.</translation>
    </message>
    <message>
        <source>The source and target tenants reside in different regions.</source>
        <translation>Os locatários de origem e de destino estão em regiões diferentes.</translation>
    </message>
    <message>
        <source>The target tenant is the same as the source tenant.</source>
        <translation>O locatário de destino é o mesmo que o de origem.</translation>
    </message>
    <message>
        <source>The token of the source image agency is invalid.</source>
        <translation>O token da agência da imagem de origem é inválido.</translation>
    </message>
    <message>
        <source>CBR does not support full-ECS image creation.</source>
        <translation>O CBR não suporta a criação de imagens de ECS completo.</translation>
    </message>
    <message>
        <source>Failed to obtain ECSs that can be protected.</source>
        <translation>Falha ao obter os ECSs que podem ser protegidos.</translation>
    </message>
    <message>
        <source>Insufficient vault capacity. Please expand the capacity.</source>
        <translation>Capacidade do cofre insuficiente. Expanda a capacidade.</translation>
    </message>
    <message>
        <source>The ECS can only be associated with one vault.</source>
        <translation>O ECS só pode ser associado a um cofre.</translation>
    </message>
    <message>
        <source>Failed to obtain the vault.</source>
        <translation>Falha ao obter o cofre.</translation>
    </message>
    <message>
        <source>The number of ECSs associated with the vault has reached the upper limit.</source>
        <translation>O número de ECSs associados ao cofre atingiu o limite.</translation>
    </message>
    <message>
        <source>The ECS is associated with the CSBS service.</source>
        <translation>O ECS está associado ao serviço CSBS.</translation>
    </message>
    <message>
        <source>KMS access traffic has reached the upper limit.</source>
        <translation>O tráfego de acesso ao KMS atingiu o limite.</translation>
    </message>
    <message>
        <source>Vault is unavailable.</source>
        <translation>O cofre não está disponível.</translation>
    </message>
    <message>
        <source>The target CBR vault does not support image replication.</source>
        <translation>O cofre do CBR de destino não suporta replicação de imagens.</translation>
    </message>
    <message>
        <source>Full-ECS images can be created only from CBR backups.</source>
        <translation>Imagens de ECS completo só podem ser criadas a partir de backups do CBR.</translation>
    </message>
    <message>
        <source>Failed to query ECS flavors.</source>
        <translation>Falha ao consultar os flavors de ECS.</translation>
    </message>
    <message>
        <source>The flavor used to query images is invalid.</source>
        <translation>O flavor usado para consultar imagens é inválido.</translation>
    </message>
    <message>
        <source>The vault is not a cloud server backup vault.</source>
        <translation>O cofre não é um cofre de backup de servidor em nuvem.</translation>
    </message>
    <message>
        <source>The maximum number of images that can be imported at one time has been reached.</source>
        <translation>Foi atingido o número máximo de imagens que podem ser importadas de uma vez.</translation>
    </message>
    <message>
        <source>Full-ECS images created from CBR backups must contain an OS.</source>
        <translation>Imagens de ECS completo criadas a partir de backups do CBR devem conter um SO.</translation>
    </message>
    <message>
        <source>The image cannot be replicated because it is not accepted by the recipient.</source>
        <translation>A imagem não pode ser replicada porque não foi aceita pelo destinatário.</translation>
    </message>
    <message>
        <source>Failed to replicate the shared image because it is encrypted using KMS.</source>
        <translation>Falha ao replicar a imagem compartilhada porque ela está criptografada com o KMS.</translation>
    </message>
    <message>
        <source>Backup ID does not match the backup type or does not exist.</source>
        <translation>O ID do backup não corresponde ao tipo de backup ou não existe.</translation>
    </message>
    <message>
        <source>The value of Architecture must be x86 or Arm.</source>
        <translation>O valor de Architecture deve ser x86 ou Arm.</translation>
    </message>
    <message>
        <source>Not real-name authentication.</source>
        <translation>Autenticação de nome real não concluída.</translation>
    </message>
    <message>
        <source>Insufficient balance.</source>
        <translation>Saldo insuficiente.</translation>
    </message>
    <message>
        <source>Incomplete payment information.</source>
        <translation>Informações de pagamento incompletas.</translation>
    </message>
    <message>
        <source>Insufficient budget of enterprise department.</source>
        <translation>Orçamento insuficiente do departamento da empresa.</translation>
    </message>
    <message>
        <source>Failed to register the image file.</source>
        <translation>Falha ao registrar o arquivo de imagem.</translation>
    </message>
    <message>
        <source>Shorten the image name to 128 characters.</source>
        <translation>Reduza o nome da imagem para até 128 caracteres.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, -, . and _ in the name.</source>
        <translation>Use no nome somente letras, dígitos, espaços, -, . e _.</translation>
    </message>
    <message>
        <source>Stop the ECS, then submit again.</source>
        <translation>Pare o ECS e envie novamente.</translation>
    </message>
    <message>
        <source>Choose another image name.</source>
        <translation>Escolha outro nome de imagem.</translation>
    </message>
    <message>
        <source>Wait until the ECS&apos;s running tasks end, then submit again.</source>
        <translation>Aguarde o fim das tarefas em andamento no ECS e envie novamente.</translation>
    </message>
    <message>
        <source>Your private image quota is reached: delete images you no longer need or ask for a higher quota.</source>
        <translation>Sua cota de imagens privadas foi atingida: exclua as imagens de que não precisa mais ou solicite uma cota maior.</translation>
    </message>
    <message>
        <source>Check the minimum disk and memory values against their ranges.</source>
        <translation>Verifique os valores de disco mínimo e memória em relação aos intervalos permitidos.</translation>
    </message>
    <message>
        <source>Pick the OS version from the list the server offers.</source>
        <translation>Escolha a versão do SO na lista oferecida pelo servidor.</translation>
    </message>
    <message>
        <source>Check that the file exists in the bucket, is in a supported format, and that IMS may read it.</source>
        <translation>Verifique se o arquivo existe no bucket, se está em um formato suportado e se o IMS pode lê-lo.</translation>
    </message>
    <message>
        <source>Use a bucket in the same region as the image.</source>
        <translation>Use um bucket na mesma região da imagem.</translation>
    </message>
    <message>
        <source>The file is too large for this method; quick import takes files up to 1 TB.</source>
        <translation>O arquivo é grande demais para este método; a importação rápida aceita arquivos de até 1 TB.</translation>
    </message>
    <message>
        <source>Too many tasks at once: try again in a few minutes.</source>
        <translation>Tarefas demais ao mesmo tempo: tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>Give IMS access to the bucket (its storage class must be Standard).</source>
        <translation>Dê ao IMS acesso ao bucket (a classe de armazenamento dele deve ser Standard).</translation>
    </message>
    <message>
        <source>Check the tags: key.value, key up to 36 and value up to 43 characters.</source>
        <translation>Verifique as tags: key.value, com chave de até 36 e valor de até 43 caracteres.</translation>
    </message>
    <message>
        <source>Use fewer tags (at most 10).</source>
        <translation>Use menos tags (no máximo 10).</translation>
    </message>
    <message>
        <source>Rename the folder or file in OBS so that it has no spaces.</source>
        <translation>Renomeie a pasta ou o arquivo no OBS para que não tenha espaços.</translation>
    </message>
    <message>
        <source>Too many imports at once: wait for some to finish.</source>
        <translation>Importações demais ao mesmo tempo: aguarde algumas terminarem.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>The server could not be reached: %1. Check the endpoint, the proxy and the network.</source>
        <translation>Não foi possível alcançar o servidor: %1. Verifique o endpoint, o proxy e a rede.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the endpoint and, for a private cloud, the CA file.</source>
        <translation>A conexão segura falhou: %1. Verifique o endpoint e, em uma nuvem privada, o arquivo de CA.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>O servidor não respondeu a tempo (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood: %1</source>
        <translation>Não foi possível entender a resposta do servidor: %1</translation>
    </message>
    <message>
        <source>Authentication failed (%1): the AK/SK signature was rejected. Check the secret key and that this computer&apos;s clock is right (within 15 minutes).</source>
        <translation>Falha na autenticação (%1): a assinatura AK/SK foi recusada. Verifique a chave secreta e se o relógio deste computador está certo (com até 15 minutos de diferença).</translation>
    </message>
    <message>
        <source>Authentication failed (%1): the token has expired. It will be renewed; try again.</source>
        <translation>Falha na autenticação (%1): o token expirou. Ele será renovado; tente novamente.</translation>
    </message>
    <message>
        <source>Authentication failed (%1): check the user, password (or AK/SK), account and project.</source>
        <translation>Falha na autenticação (%1): verifique o usuário, a senha (ou AK/SK), a conta e o projeto.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>Not allowed (%1): your IAM user lacks the permission for this operation.</source>
        <translation>Não permitido (%1): seu usuário do IAM não tem permissão para esta operação.</translation>
    </message>
    <message>
        <source>Too many requests (%1): the request was throttled; it is retried automatically where safe.</source>
        <translation>Solicitações demais (%1): a solicitação foi limitada; ela é repetida automaticamente quando for seguro.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404, %1): check the endpoint and region.</source>
        <translation>Não encontrado (HTTP 404, %1): verifique o endpoint e a região.</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1, %2).</source>
        <translation>O serviço teve um erro interno (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>The request was rejected (%1): %2</source>
        <translation>A solicitação foi recusada (%1): %2</translation>
    </message>
    <message>
        <source>the answer was still not complete after %1 s</source>
        <translation>a resposta ainda não estava completa após %1 s</translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>mais de %1 MiB</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID da solicitação: %1</translation>
    </message>
    <message>
        <source>The server sent %1 in its answer; the call was stopped and failed. This is not an answer of the IMS API: check the endpoint and any proxy between.</source>
        <translation>O servidor enviou %1 na resposta; a chamada foi interrompida e falhou. Isso não é uma resposta da API do IMS: verifique o endpoint e qualquer proxy no caminho.</translation>
    </message>
    <message>
        <source>Not allowed (%1): your IAM user lacks the permission %2; ask the account&apos;s administrator to grant it.</source>
        <translation>Não permitido (%1): seu usuário do IAM não tem a permissão %2; peça ao administrador da conta que a conceda.</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; não é um número inteiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; não é true nem false</translation>
    </message>
    <message>
        <source>not a JSON list: %1</source>
        <translation>não é uma lista JSON: %1</translation>
    </message>
    <message>
        <source>a list of objects is written as JSON: [{&quot;…&quot;: …}]</source>
        <translation>uma lista de objetos é escrita como JSON: [{&quot;…&quot;: …}]</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; não é um método; os métodos são: %2</translation>
    </message>
    <message>
        <source>%1: no request files (*.json) in this folder</source>
        <translation>%1: nenhum arquivo de solicitação (*.json) nesta pasta</translation>
    </message>
    <message>
        <source>%1: no rows under the header</source>
        <translation>%1: nenhuma linha abaixo do cabeçalho</translation>
    </message>
    <message>
        <source>%1: %2 rows; a batch holds at most %3</source>
        <translation>%1: %2 linhas; um lote comporta no máximo %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB; split it into several batches</source>
        <translation>%1: maior que %2 MB; divida-o em vários lotes</translation>
    </message>
    <message>
        <source>%1: row 1 (the header), column %2: &quot;%3&quot; is named twice</source>
        <translation>%1: linha 1 (o cabeçalho), coluna %2: &quot;%3&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: row 1 (the header), column %2: &quot;%3&quot; is not a field of any method (see &apos;ims-wizard-cli methods&apos;)</source>
        <translation>%1: linha 1 (o cabeçalho), coluna %2: &quot;%3&quot; não é campo de nenhum método (veja &apos;ims-wizard-cli methods&apos;)</translation>
    </message>
    <message>
        <source>%1: no method column; add one, or choose the method of its rows (on the command line: --method)</source>
        <translation>%1: nenhuma coluna de método; adicione uma ou escolha o método das linhas (na linha de comando: --method)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>linha %1, coluna %2 (%3): %4</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>%1 values but the header names %2 columns (a value with a comma must be quoted)</source>
        <translation>%1 valores, mas o cabeçalho nomeia %2 colunas (um valor com vírgula deve estar entre aspas)</translation>
    </message>
    <message>
        <source>no method</source>
        <translation>nenhum método</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method</source>
        <translation>&quot;%1&quot; não é um método</translation>
    </message>
    <message>
        <source>not a field of %1</source>
        <translation>não é um campo de %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a method</source>
        <translation>%1: &quot;%2&quot; não é um método</translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Not valid</source>
        <translation>Inválida</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Not sent: quota</source>
        <translation>Não enviada: cota</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
</context>
<context>
    <name>BatchSubmit</name>
    <message>
        <source>job %1</source>
        <translation>tarefa %1</translation>
    </message>
    <message>
        <source>(sent before)</source>
        <translation>(enviada antes)</translation>
    </message>
    <message>
        <source>%1 (sent before)</source>
        <translation>%1 (enviada antes)</translation>
    </message>
    <message>
        <source>Resuming batch %1 (%2): rows sent by an earlier run, not sent again: %3.</source>
        <translation>Retomando o lote %1 (%2): linhas enviadas por uma execução anterior, não reenviadas: %3.</translation>
    </message>
    <message>
        <source>Batch %1: %2 rows, %3 sent (%4 running, %5 succeeded, %6 failed), %7 not valid, %8 refused, %9 outcome unknown, %10 not sent</source>
        <translation>Lote %1: %2 linhas, %3 enviadas (%4 em execução, %5 concluídas, %6 com falha), %7 inválidas, %8 recusadas, %9 com resultado desconhecido, %10 não enviadas</translation>
    </message>
    <message>
        <source>%1 create calls in %2 s, at most %3 at once</source>
        <translation>%1 chamadas de criação em %2 s, no máximo %3 simultâneas</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>interrompido antes do fim: %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Image name</source>
        <translation>Nome da imagem</translation>
    </message>
    <message>
        <source>The name the image is listed under in the console.</source>
        <translation>O nome com que a imagem aparece no console.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Supplementary information about the image.</source>
        <translation>Informações adicionais sobre a imagem.</translation>
    </message>
    <message>
        <source>Image tags (key/value objects)</source>
        <translation>Tags da imagem (objetos chave/valor)</translation>
    </message>
    <message>
        <source>Tags as {&quot;key&quot;: …, &quot;value&quot;: …} objects. Use either tags or image_tags.</source>
        <translation>Tags como objetos {&quot;key&quot;: …, &quot;value&quot;: …}. Use tags ou image_tags, não ambos.</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Chave da tag</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>Valor da tag</translation>
    </message>
    <message>
        <source>Tags (key.value)</source>
        <translation>Tags (key.value)</translation>
    </message>
    <message>
        <source>Tags as &quot;key.value&quot; strings. Use either tags or image_tags.</source>
        <translation>Tags como strings &quot;key.value&quot;. Use tags ou image_tags, não ambos.</translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>Memória mínima</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>Memória máxima</translation>
    </message>
    <message>
        <source>The minimum memory the image needs, in MB; 0 means no limit.</source>
        <translation>A memória mínima de que a imagem precisa, em MB; 0 significa sem limite.</translation>
    </message>
    <message>
        <source>The maximum memory the image supports, in MB.</source>
        <translation>A memória máxima que a imagem suporta, em MB.</translation>
    </message>
    <message>
        <source>Image file in OBS</source>
        <translation>Arquivo de imagem no OBS</translation>
    </message>
    <message>
        <source>The external image file as OBS bucket name:file name. The bucket must be in the same region and of the Standard storage class.</source>
        <translation>O arquivo de imagem externo como nome do bucket do OBS:nome do arquivo. O bucket deve estar na mesma região e ser da classe de armazenamento Standard.</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versão do SO</translation>
    </message>
    <message>
        <source>The operating system in the image, exactly as the OS version list spells it.</source>
        <translation>O sistema operacional da imagem, escrito exatamente como na lista de versões do SO.</translation>
    </message>
    <message>
        <source>OS type</source>
        <translation>Tipo de SO</translation>
    </message>
    <message>
        <source>The family of the operating system in the image file.</source>
        <translation>A família do sistema operacional do arquivo de imagem.</translation>
    </message>
    <message>
        <source>Encryption key (KMS)</source>
        <translation>Chave de criptografia (KMS)</translation>
    </message>
    <message>
        <source>A custom KMS key that encrypts the image. Leave empty for no encryption.</source>
        <translation>Uma chave personalizada do KMS que criptografa a imagem. Deixe vazio para não criptografar.</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>Projeto empresarial</translation>
    </message>
    <message>
        <source>0 or empty for the default enterprise project, or the ID of another one.</source>
        <translation>0 ou vazio para o projeto empresarial padrão, ou o ID de outro.</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>Use tags ou image_tags, não ambos.</translation>
    </message>
    <message>
        <source>cannot be sent together with tags: use either tags or image_tags</source>
        <translation>não pode ser enviado junto com tags: use tags ou image_tags</translation>
    </message>
    <message>
        <source>The minimum memory must not exceed the maximum memory.</source>
        <translation>A memória mínima não pode exceder a memória máxima.</translation>
    </message>
    <message>
        <source>must not be less than the minimum memory (%1 MB)</source>
        <translation>não pode ser menor que a memória mínima (%1 MB)</translation>
    </message>
    <message>
        <source>The OS version is required for an ISO file and for quick import.</source>
        <translation>A versão do SO é obrigatória para um arquivo ISO e para a importação rápida.</translation>
    </message>
    <message>
        <source>is required for quick import</source>
        <translation>é obrigatório na importação rápida</translation>
    </message>
    <message>
        <source>is required for an ISO image file</source>
        <translation>é obrigatório para um arquivo de imagem ISO</translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 image files.</source>
        <translation>A importação rápida aceita somente arquivos de imagem RAW e ZVHD2.</translation>
    </message>
    <message>
        <source>must be a RAW or ZVHD2 file for quick import; import other formats the common way</source>
        <translation>deve ser um arquivo RAW ou ZVHD2 para a importação rápida; importe outros formatos pelo método comum</translation>
    </message>
    <message>
        <source>The OS type must match the OS version.</source>
        <translation>O tipo de SO deve corresponder à versão do SO.</translation>
    </message>
    <message>
        <source>is %1 but the OS version is a %2 version</source>
        <translation>é %1, mas a versão do SO é uma versão %2</translation>
    </message>
    <message>
        <source>Huawei Cloud no longer creates Windows data disk images from external files.</source>
        <translation>A Huawei Cloud não cria mais imagens de disco de dados Windows a partir de arquivos externos.</translation>
    </message>
    <message>
        <source>Windows: Huawei Cloud has stopped creating Windows data disk images from external files</source>
        <translation>Windows: a Huawei Cloud deixou de criar imagens de disco de dados Windows a partir de arquivos externos</translation>
    </message>
    <message>
        <source>Without a name or OS version, ECS creation from the image may fail.</source>
        <translation>Sem nome ou versão do SO, a criação de ECSs a partir da imagem pode falhar.</translation>
    </message>
    <message>
        <source>is empty: ECS creation using this image will fail</source>
        <translation>está vazio: a criação de ECSs com esta imagem vai falhar</translation>
    </message>
    <message>
        <source>is not set: Other Linux(64 bit) will be used and ECS creation may fail</source>
        <translation>não está definido: será usado Other Linux(64 bit) e a criação de ECSs pode falhar</translation>
    </message>
    <message>
        <source>System disk image from an ECS</source>
        <translation>Imagem de disco do sistema a partir de um ECS</translation>
    </message>
    <message>
        <source>Capture the system disk of an existing ECS as a private image.</source>
        <translation>Captura o disco do sistema de um servidor em nuvem (ECS) existente como imagem privada.</translation>
    </message>
    <message>
        <source>ECS ID</source>
        <translation>ID do ECS</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>Imagens de disco de dados a partir dos discos de dados de um ECS</translation>
    </message>
    <message>
        <source>Capture one or more data disks attached to an ECS as data disk images.</source>
        <translation>Captura um ou mais discos de dados anexados a um ECS como imagens de disco de dados.</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>Discos de dados</translation>
    </message>
    <message>
        <source>One entry per data disk to capture, each becoming its own data disk image.</source>
        <translation>Uma entrada por disco de dados a capturar; cada um vira sua própria imagem de disco de dados.</translation>
    </message>
    <message>
        <source>Data disk ID</source>
        <translation>ID do disco de dados</translation>
    </message>
    <message>
        <source>System disk image from a file in OBS</source>
        <translation>Imagem de disco do sistema a partir de um arquivo no OBS</translation>
    </message>
    <message>
        <source>Register an image file uploaded to OBS as a system disk image, with up to three data disk files.</source>
        <translation>Registra um arquivo de imagem enviado ao Serviço de Armazenamento de Objetos (OBS) como imagem de disco do sistema, com até três arquivos de disco de dados.</translation>
    </message>
    <message>
        <source>Minimum system disk</source>
        <translation>Disco mínimo do sistema</translation>
    </message>
    <message>
        <source>The smallest system disk an ECS created from the image may have.</source>
        <translation>O menor disco do sistema que um ECS criado a partir da imagem pode ter.</translation>
    </message>
    <message>
        <source>Automatic configuration</source>
        <translation>Configuração automática</translation>
    </message>
    <message>
        <source>Let IMS configure the image (drivers, cloud-init) during registration.</source>
        <translation>Deixa o IMS configurar a imagem (drivers, cloud-init) durante o registro.</translation>
    </message>
    <message>
        <source>Initialise configuration</source>
        <translation>Configuração de inicialização</translation>
    </message>
    <message>
        <source>Appears only in the developer guide&apos;s example; leave unset unless support asks for it.</source>
        <translation>Aparece só no exemplo do guia do desenvolvedor; deixe sem definir, a menos que o suporte peça.</translation>
    </message>
    <message>
        <source>Data disk files</source>
        <translation>Arquivos de disco de dados</translation>
    </message>
    <message>
        <source>Up to three data disk image files registered together with the system disk.</source>
        <translation>Até três arquivos de imagem de disco de dados registrados junto com o disco do sistema.</translation>
    </message>
    <message>
        <source>Minimum data disk</source>
        <translation>Disco de dados mínimo</translation>
    </message>
    <message>
        <source>The smallest data disk created from this image.</source>
        <translation>O menor disco de dados criado a partir desta imagem.</translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation>Importação rápida</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly.</source>
        <translation>Importa rapidamente um arquivo RAW ou ZVHD2 grande.</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 file quickly; needs the OS version.</source>
        <translation>Importa rapidamente um arquivo RAW ou ZVHD2 grande; exige a versão do SO.</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>Imagem de disco do sistema a partir de um disco de dados</translation>
    </message>
    <message>
        <source>Turn a data disk with an installed, optimised OS into a system disk image.</source>
        <translation>Transforma um disco de dados com um SO instalado e otimizado em uma imagem de disco do sistema.</translation>
    </message>
    <message>
        <source>The data disk that holds the installed OS.</source>
        <translation>O disco de dados que contém o SO instalado.</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagem</translation>
    </message>
    <message>
        <source>ECS or FusionCompute for an ECS image; BMS or Ironic for a BMS image.</source>
        <translation>ECS ou FusionCompute para uma imagem de ECS; BMS ou Ironic para uma imagem de BMS.</translation>
    </message>
    <message>
        <source>Data disk image from a file in OBS</source>
        <translation>Imagem de disco de dados a partir de um arquivo no OBS</translation>
    </message>
    <message>
        <source>Register a data disk image file uploaded to OBS as a data disk image.</source>
        <translation>Registra um arquivo de imagem de disco de dados enviado ao OBS como imagem de disco de dados.</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>Disco mínimo</translation>
    </message>
    <message>
        <source>Must be larger than the image file. The range depends on the OS.</source>
        <translation>Deve ser maior que o arquivo de imagem. O intervalo depende do SO.</translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a system disk image</source>
        <translation>Importação rápida de um arquivo RAW/ZVHD2 como imagem de disco do sistema</translation>
    </message>
    <message>
        <source>Import a large, optimised RAW (with bitmap) or ZVHD2 file of up to 1 TB quickly.</source>
        <translation>Importa rapidamente um arquivo RAW (com bitmap) otimizado ou ZVHD2 grande, de até 1 TB.</translation>
    </message>
    <message>
        <source>License type</source>
        <translation>Tipo de licença</translation>
    </message>
    <message>
        <source>platform: license from Huawei Cloud; byol: bring your own license.</source>
        <translation>platform: licença da Huawei Cloud; byol: traga sua própria licença.</translation>
    </message>
    <message>
        <source>ECS for an ECS image, BMS for a BMS image.</source>
        <translation>ECS para uma imagem de ECS, BMS para uma imagem de BMS.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>x86 or arm; an arm image boots in UEFI mode.</source>
        <translation>x86 ou arm; uma imagem arm inicializa no modo UEFI.</translation>
    </message>
    <message>
        <source>Quick import of a RAW/ZVHD2 file as a data disk image</source>
        <translation>Importação rápida de um arquivo RAW/ZVHD2 como imagem de disco de dados</translation>
    </message>
    <message>
        <source>Import a large RAW or ZVHD2 data disk file of up to 1 TB quickly.</source>
        <translation>Importa rapidamente um arquivo de disco de dados RAW ou ZVHD2 grande, de até 1 TB.</translation>
    </message>
    <message>
        <source>Always DataImage for a data disk image.</source>
        <translation>Sempre DataImage para uma imagem de disco de dados.</translation>
    </message>
    <message>
        <source>Native OpenStack image metadata</source>
        <translation>Metadados de imagem nativos do OpenStack</translation>
    </message>
    <message>
        <source>Create the image record first (POST /v2/images), then upload a local file into it.</source>
        <translation>Cria primeiro o registro da imagem (POST /v2/images) e depois envia um arquivo local para ele.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidade</translation>
    </message>
    <message>
        <source>Only private can be set when the metadata is created.</source>
        <translation>Somente private pode ser definido quando os metadados são criados.</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <source>A protected image cannot be deleted.</source>
        <translation>Uma imagem protegida não pode ser excluída.</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>Formato de contêiner</translation>
    </message>
    <message>
        <source>The container format; IMS uses bare.</source>
        <translation>O formato de contêiner; o IMS usa bare.</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Formato de disco</translation>
    </message>
    <message>
        <source>The format of the file you will upload.</source>
        <translation>O formato do arquivo que você vai enviar.</translation>
    </message>
    <message>
        <source>Tags (key=value)</source>
        <translation>Tags (key=value)</translation>
    </message>
    <message>
        <source>Tags as &quot;key=value&quot; strings, 1 to 255 characters each.</source>
        <translation>Tags como strings &quot;key=value&quot;, de 1 a 255 caracteres cada.</translation>
    </message>
    <message>
        <source>Must be larger than the system disk in the image.</source>
        <translation>Deve ser maior que o disco do sistema da imagem.</translation>
    </message>
    <message>
        <source>letters, digits, spaces, hyphens (-), periods (.) and underscores (_); no space at either end</source>
        <translation>letras, dígitos, espaços, hifens (-), pontos (.) e sublinhados (_); sem espaço no início nem no fim</translation>
    </message>
    <message>
        <source>no line breaks and no angle brackets (&lt; &gt;)</source>
        <translation>sem quebras de linha e sem sinais de menor e maior (&lt; &gt;)</translation>
    </message>
    <message>
        <source>an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation>um ID como 877a2cda-ba63-4e1e-b95f-e67e48b6129a</translation>
    </message>
    <message>
        <source>OBS bucket name:file name, e.g. ims-image:centos70.qcow2; the bucket&apos;s storage class must be Standard</source>
        <translation>nome do bucket do OBS:nome do arquivo, p. ex. ims-image:centos70.qcow2; a classe de armazenamento do bucket deve ser Standard</translation>
    </message>
    <message>
        <source>0 (the default project) or an enterprise project ID</source>
        <translation>0 (o projeto padrão) ou um ID de projeto empresarial</translation>
    </message>
    <message>
        <source>key.value; key 1 to 36 letters, digits, _ or -; value up to 43 letters, digits, _, . or -</source>
        <translation>key.value; chave de 1 a 36 letras, dígitos, _ ou -; valor de até 43 letras, dígitos, _, . ou -</translation>
    </message>
    <message>
        <source>key=value, 1 to 255 characters</source>
        <translation>key=value, de 1 a 255 caracteres</translation>
    </message>
    <message>
        <source>1 to 36 letters, digits, _ or -</source>
        <translation>de 1 a 36 letras, dígitos, _ ou -</translation>
    </message>
    <message>
        <source>up to 43 letters, digits, _, . or -</source>
        <translation>até 43 letras, dígitos, _, . ou -</translation>
    </message>
    <message>
        <source>an OS version exactly as the OS version list spells it, e.g. CentOS 7.6 64bit</source>
        <translation>uma versão do SO escrita exatamente como na lista de versões do SO, p. ex. CentOS 7.6 64bit</translation>
    </message>
    <message>
        <source>a KMS key ID</source>
        <translation>um ID de chave do KMS</translation>
    </message>
    <message>
        <source>always %1 for this method</source>
        <translation>sempre %1 neste método</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>um de: %1</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>de %1 a %2%3</translation>
    </message>
    <message>
        <source>at least %1%2</source>
        <translation>no mínimo %1%2</translation>
    </message>
    <message>
        <source>at most %1%2</source>
        <translation>no máximo %1%2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>no máximo %1 entradas</translation>
    </message>
    <message>
        <source>each %1</source>
        <translation>cada uma: %1</translation>
    </message>
    <message>
        <source>each key once</source>
        <translation>cada chave uma vez</translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation>somente para %1</translation>
    </message>
    <message>
        <source>Creating an Image</source>
        <translation>Criação de uma imagem</translation>
    </message>
    <message>
        <source>Creating a Data Disk Image Using an External Image File</source>
        <translation>Criação de uma imagem de disco de dados usando um arquivo de imagem externo</translation>
    </message>
    <message>
        <source>Importing an Image File Quickly</source>
        <translation>Importação rápida de um arquivo de imagem</translation>
    </message>
    <message>
        <source>Creating Image Metadata (Native OpenStack API)</source>
        <translation>Criação de metadados de imagem (API nativa do OpenStack)</translation>
    </message>
    <message>
        <source>Image Attributes</source>
        <translation>Atributos da imagem</translation>
    </message>
    <message>
        <source>Image Tag Format</source>
        <translation>Formato de tag de imagem</translation>
    </message>
    <message>
        <source>Creating an Image Using an External Image File</source>
        <translation>Criação de uma imagem usando um arquivo de imagem externo</translation>
    </message>
    <message>
        <source>Values of Related Parameters</source>
        <translation>Valores de parâmetros relacionados</translation>
    </message>
    <message>
        <source>OBS bucket name:file name, e.g. %1; the bucket&apos;s storage class must be Standard</source>
        <translation>nome do bucket do OBS:nome do arquivo, p. ex. %1; a classe de armazenamento do bucket deve ser Standard</translation>
    </message>
    <message>
        <source>The ECS to capture: Browse… lists the ECSs of the project.</source>
        <translation>O ECS a capturar: Procurar… lista os ECSs do projeto.</translation>
    </message>
    <message>
        <source>The EVS disk attached to the ECS: pick one, or fill every row from an ECS.</source>
        <translation>O disco EVS anexado ao ECS: escolha um ou preencha todas as linhas a partir de um ECS.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a request file against the account before sending it: the ECS, disks, OBS file, name, quota, KMS key and enterprise project it names. Each check passes, warns, blocks or is skipped with its reason. Exit status: 0 when every check passes or only warns, 1 when a check blocks (the create call would fail) or the file is not valid, 2 when the file or the connection cannot be used. OBS is read with IMS_WIZARD_AK and IMS_WIZARD_SK; without them the OBS checks are skipped.</source>
        <translation>Verifica um arquivo de solicitação na conta antes de enviá-lo: o ECS, os discos, o arquivo no OBS, o nome, a cota, a chave do KMS e o projeto empresarial que ele indica. Cada verificação passa, avisa, bloqueia ou é ignorada com o motivo. Status de saída: 0 quando todas as verificações passam ou só avisam, 1 quando uma verificação bloqueia (a chamada de criação falharia) ou o arquivo é inválido, 2 quando o arquivo ou a conexão não pode ser usado. O OBS é lido com IMS_WIZARD_AK e IMS_WIZARD_SK; sem elas, as verificações do OBS são ignoradas.</translation>
    </message>
    <message>
        <source>Print the checks as JSON: verdict, field and sentence of each.</source>
        <translation>Imprime as verificações como JSON: veredito, campo e frase de cada uma.</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>O arquivo de solicitação, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>check takes exactly one request file</source>
        <translation>check aceita exatamente um arquivo de solicitação</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; não é um método; os métodos são: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>the request is not valid, nothing checked (see &apos;ims-wizard-cli validate&apos;)</source>
        <translation>a solicitação é inválida, nada foi verificado (veja &apos;ims-wizard-cli validate&apos;)</translation>
    </message>
    <message>
        <source>Checks: %1 pass, %2 warn, %3 block, %4 skipped.</source>
        <translation>Verificações: %1 aprovadas, %2 com aviso, %3 bloqueando, %4 ignoradas.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &apos;ims-wizard-cli --help&apos; for usage.</source>
        <translation>Execute &apos;ims-wizard-cli --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>List the image-creation methods.</source>
        <translation>Lista os métodos de criação de imagens.</translation>
    </message>
    <message>
        <source>methods takes no arguments</source>
        <translation>methods não aceita argumentos</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>O arquivo de solicitação, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>%1 takes exactly one request file</source>
        <translation>%1 aceita exatamente um arquivo de solicitação</translation>
    </message>
    <message>
        <source>Check a request file against the IMS API reference.</source>
        <translation>Verifica um arquivo de solicitação conforme a referência da API do IMS.</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;: bool, &quot;issues&quot;: [...]} as JSON.</source>
        <translation>Imprime {&quot;valid&quot;: bool, &quot;issues&quot;: [...]} em JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; não é um método; os métodos são: %2</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: válido (%2)</translation>
    </message>
    <message>
        <source>%1: not valid</source>
        <translation>%1: inválido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
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
        <translation>Uso: ims-wizard-cli &lt;command&gt; [options]

Prepara e verifica solicitações de criação de imagens do IMS da Huawei Cloud.

Comandos:
  methods [-o FORMAT]       lista os métodos de criação de imagens e seus campos
  validate FILE [--json]    verifica um arquivo de solicitação; saída 0 válido, 1 inválido, 2 inutilizável
  preview FILE [-o FORMAT]  mostra a solicitação HTTP exata que um arquivo gera (--auth aksk: assinada)
  submit FILE [--wait] [--timeout S] [--dry-run] [-o FORMAT]
                            envia um arquivo de solicitação; imprime o ID da tarefa (native-metadata: o ID da imagem)
  submit --batch DIR|FILE.csv [--max-in-flight N] [--max-running N] [--method ID] [--wait] [-o FORMAT]
                            envia vários (uma pasta de arquivos de solicitação ou um CSV); execute de novo para retomar
  job ID [--wait] [--timeout S] [-o FORMAT]
                            atualiza e mostra uma tarefa (--wait: acompanha até o fim)
  jobs [refresh | rm ID… | prune [--older-than DAYS]] [--wait-all] [--timeout S] [-o FORMAT]
                            a lista de tarefas compartilhada: mostrar, atualizar, acompanhar, remover, limpar
  check FILE [--json]       verifica uma solicitação na conta (ECS, discos, arquivo no OBS, nome, cota,
                            chave do KMS); saída 0 tudo passa ou avisa, 1 uma verificação bloqueia
  inspect FILE [--json]     lê o formato, o tamanho virtual e o min_disk de um arquivo de imagem nos cabeçalhos
  export FILE --to FORMAT [--region R] [--output OUT]
                            grava a solicitação como código terraform, koocli, curl ou python-sdk
  sign --method M --url URL ...  calcula um cabeçalho Authorization AK/SK (depurar uma assinatura recusada)
  os-versions [-o FORMAT]   lista as versões de SO que o IMS conhece
  connections [-o FORMAT]   lista as conexões salvas pelo programa de desktop
  list KIND [--json]        lista os servidores, volumes, imagens, projetos, projetos empresariais
                            ou chaves (chaves do KMS habilitadas) da conta, todas as páginas
  quota [--json]            mostra as imagens privadas usadas e permitidas
  sandbox [--port N] [--job-seconds S] [--fault-rate R] [--env-file F]
                            executa a imitação local do IMS/IAM em primeiro plano
  list buckets [--json]     lista os buckets do OBS e suas regiões
  list objects BUCKET[/PREFIX] [--json]
                            lista os objetos de um bucket (todas as páginas)
  upload FILE BUCKET/KEY [--parallel N] [--part-size SIZE]
                            envia um arquivo ao OBS (multipart, retomado ao executar de novo)
  activity [--connection NAME] [--limit N] [--json]
                            as chamadas que alteraram algo na nuvem: hora, operação,
                            ID da solicitação, status, resultado, tarefa (mantidas junto à lista de tarefas)

Opções de conexão (preview, submit, check, job, jobs, list, quota): --connection NAME (uma conexão salva),
--endpoint, --iam-endpoint, --region, --project, --project-id, --domain, --user, --auth token|aksk,
ou variáveis IMS_WIZARD_*; opções e variáveis substituem as configurações de uma conexão salva. Os segredos
vêm somente de IMS_WIZARD_PASSWORD, IMS_WIZARD_AK/SK/SECURITY_TOKEN, do chaveiro ou de um prompt.

Um arquivo de solicitação é JSON: {&quot;method&quot;: &quot;&lt;id&gt;&quot;, &quot;fields&quot;: {...}}; FILE pode ser - para a entrada padrão.
Execute &apos;ims-wizard-cli &lt;command&gt; --help&apos; para ver as opções de um comando.

Status de saída: 0 concluído; 1 falhou ou recusado (nada criado); 2 uso incorreto ou arquivo ilegível;
3 resultado desconhecido (pode ter sido criado: verifique antes de reenviar); 4 autenticação ou permissão;
5 tempo esgotado; 6 o serviço não pôde ser alcançado (nada enviado); 130 interrompido.

Opções:
  -h, --help     mostra esta ajuda
  -v, --version  mostra a versão (após um comando: -v, --verbose)
  -q, --quiet    após um comando: imprime só dados e erros
  --verbose      após um comando: mostra o progresso do programa (categorias de log ims.*)
  --debug        após um comando: mostra todas as mensagens de log ims.*
</translation>
    </message>
</context>
<context>
    <name>CloudCommands</name>
    <message>
        <source>IMS endpoint URL [IMS_WIZARD_ENDPOINT].</source>
        <translation>URL do endpoint do IMS [IMS_WIZARD_ENDPOINT].</translation>
    </message>
    <message>
        <source>IAM endpoint URL [IMS_WIZARD_IAM_ENDPOINT].</source>
        <translation>URL do endpoint do IAM [IMS_WIZARD_IAM_ENDPOINT].</translation>
    </message>
    <message>
        <source>Region id, e.g. ap-southeast-1 [IMS_WIZARD_REGION].</source>
        <translation>ID da região, p. ex. ap-southeast-1 [IMS_WIZARD_REGION].</translation>
    </message>
    <message>
        <source>Project name [IMS_WIZARD_PROJECT].</source>
        <translation>Nome do projeto [IMS_WIZARD_PROJECT].</translation>
    </message>
    <message>
        <source>Project id [IMS_WIZARD_PROJECT_ID].</source>
        <translation>ID do projeto [IMS_WIZARD_PROJECT_ID].</translation>
    </message>
    <message>
        <source>Account (domain) name [IMS_WIZARD_DOMAIN].</source>
        <translation>Nome da conta (domínio) [IMS_WIZARD_DOMAIN].</translation>
    </message>
    <message>
        <source>IAM user name [IMS_WIZARD_USER].</source>
        <translation>Nome do usuário do IAM [IMS_WIZARD_USER].</translation>
    </message>
    <message>
        <source>token (password) or aksk [IMS_WIZARD_AUTH].</source>
        <translation>token (senha) ou aksk [IMS_WIZARD_AUTH].</translation>
    </message>
    <message>
        <source>--auth must be token or aksk, not &quot;%1&quot;</source>
        <translation>--auth deve ser token ou aksk, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>token auth needs --user and --domain (or IMS_WIZARD_USER and IMS_WIZARD_DOMAIN)</source>
        <translation>a autenticação por token precisa de --user e --domain (ou IMS_WIZARD_USER e IMS_WIZARD_DOMAIN)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Senha de %1: </translation>
    </message>
    <message>
        <source>AK/SK auth needs IMS_WIZARD_AK and IMS_WIZARD_SK</source>
        <translation>a autenticação AK/SK precisa de IMS_WIZARD_AK e IMS_WIZARD_SK</translation>
    </message>
    <message>
        <source>Secret key for %1: </source>
        <translation>Chave secreta de %1: </translation>
    </message>
    <message>
        <source>AK/SK auth needs the project id: --project-id or IMS_WIZARD_PROJECT_ID</source>
        <translation>a autenticação AK/SK precisa do ID do projeto: --project-id ou IMS_WIZARD_PROJECT_ID</translation>
    </message>
    <message>
        <source>Send a request file to IMS and record its job.</source>
        <translation>Envia um arquivo de solicitação ao IMS e registra sua tarefa.</translation>
    </message>
    <message>
        <source>Follow the job to SUCCESS (exit 0) or FAIL (exit 1).</source>
        <translation>Acompanha a tarefa até SUCCESS (sai com 0) ou FAIL (sai com 1).</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create endpoints where a method has one.</source>
        <translation>Usa os endpoints de criação /v2.1, mais novos, quando o método tiver um.</translation>
    </message>
    <message>
        <source>submit takes exactly one request file</source>
        <translation>submit aceita exatamente um arquivo de solicitação</translation>
    </message>
    <message>
        <source>the request is not valid; nothing was sent</source>
        <translation>a solicitação não é válida; nada foi enviado</translation>
    </message>
    <message>
        <source>Follow the job to its end; exit 0 on SUCCESS, 1 on FAIL.</source>
        <translation>Acompanha a tarefa até o fim; sai com 0 em SUCCESS e 1 em FAIL.</translation>
    </message>
    <message>
        <source>The job id.</source>
        <translation>O ID da tarefa.</translation>
    </message>
    <message>
        <source>job takes exactly one job id</source>
        <translation>job aceita exatamente um ID de tarefa</translation>
    </message>
    <message>
        <source>Run the local IMS/IAM sandbox in the foreground (Ctrl+C stops it).</source>
        <translation>Executa o sandbox local do IMS/IAM em primeiro plano (Ctrl+C o encerra).</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Porta em 127.0.0.1 (padrão: qualquer porta livre).</translation>
    </message>
    <message>
        <source>How long a job runs (default 8).</source>
        <translation>Quanto tempo uma tarefa leva (padrão 8).</translation>
    </message>
    <message>
        <source>Share of requests answered with 500/503/429 or dropped, 0 to 1.</source>
        <translation>Fração das solicitações respondidas com 500/503/429 ou descartadas, de 0 a 1.</translation>
    </message>
    <message>
        <source>Write export IMS_WIZARD_...=... lines for a shell to this file.</source>
        <translation>Grava neste arquivo linhas export IMS_WIZARD_...=... para um shell.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port deve ser um número de 0 a 65535</translation>
    </message>
    <message>
        <source>--job-seconds must be a number of seconds, 0 or more</source>
        <translation>--job-seconds deve ser um número de segundos, 0 ou mais</translation>
    </message>
    <message>
        <source>--fault-rate must be a number from 0 to 1</source>
        <translation>--fault-rate deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>não é possível escutar em 127.0.0.1:%1 (a porta está em uso?)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>IMS Wizard sandbox listening on %1 (jobs take %2 s, fault rate %3)</source>
        <translation>Sandbox do IMS Wizard escutando em %1 (as tarefas levam %2 s, taxa de falhas %3)</translation>
    </message>
    <message>
        <source>Demo account (sandbox only): domain %1, user %2, password %3, project %4 (%5), AK %6, SK %7</source>
        <translation>Conta de demonstração (só no sandbox): domínio %1, usuário %2, senha %3, projeto %4 (%5), AK %6, SK %7</translation>
    </message>
    <message>
        <source>Run &apos;. %1&apos; to point ims-wizard-cli at it.</source>
        <translation>Execute &apos;. %1&apos; para apontar o ims-wizard-cli para ele.</translation>
    </message>
    <message>
        <source>A connection saved by the desktop program; the options above override its settings [IMS_WIZARD_CONNECTION].</source>
        <translation>Uma conexão salva pelo programa desktop; as opções acima substituem as configurações dela [IMS_WIZARD_CONNECTION].</translation>
    </message>
    <message>
        <source>cannot read the saved connections (%1): %2</source>
        <translation>não é possível ler as conexões salvas (%1): %2</translation>
    </message>
    <message>
        <source>no saved connection &quot;%1&quot;: the desktop program has saved none</source>
        <translation>nenhuma conexão salva &quot;%1&quot;: o programa desktop não salvou nenhuma</translation>
    </message>
    <message>
        <source>no saved connection &quot;%1&quot;; the saved ones are: %2</source>
        <translation>nenhuma conexão salva &quot;%1&quot;; as salvas são: %2</translation>
    </message>
    <message>
        <source>no region and no endpoint: give --region (or IMS_WIZARD_REGION), --endpoint or --connection</source>
        <translation>sem região e sem endpoint: informe --region (ou IMS_WIZARD_REGION), --endpoint ou --connection</translation>
    </message>
    <message>
        <source>no password: set IMS_WIZARD_PASSWORD, save it with the connection, or run in a terminal to be asked</source>
        <translation>sem senha: defina IMS_WIZARD_PASSWORD, salve-a com a conexão ou execute em um terminal para que ela seja pedida</translation>
    </message>
    <message>
        <source>no secret key: set IMS_WIZARD_SK, save it with the connection, or run in a terminal to be asked</source>
        <translation>sem chave secreta: defina IMS_WIZARD_SK, salve-a com a conexão ou execute em um terminal para que ela seja pedida</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSO</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>IMAGENS</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>ENVIADA EM</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit 5); the job goes on.</source>
        <translation>Desiste de esperar após este número de segundos (sai com 5); a tarefa continua.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout deve ser um número de segundos maior que 0</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>nenhuma resposta chegou a tempo</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>a conexão foi fechada antes de a resposta chegar</translation>
    </message>
    <message>
        <source>the request was sent but its outcome is unknown (%1). It may have created the image: look in the console or run &apos;ims-wizard-cli jobs&apos; before sending it again. Recorded as %2.</source>
        <translation>a solicitação foi enviada, mas o resultado é desconhecido (%1). Ela pode ter criado a imagem: verifique no console ou execute &apos;ims-wizard-cli jobs&apos; antes de enviá-la novamente. Registrada como %2.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Show the exact HTTP request a request file makes (secrets masked).</source>
        <translation>Mostra a solicitação HTTP exata que um arquivo de solicitação gera (segredos ocultos).</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>O arquivo de solicitação, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>preview takes exactly one request file</source>
        <translation>preview aceita exatamente um arquivo de solicitação</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method; the methods are: %2</source>
        <translation>&quot;%1&quot; não é um método; os métodos são: %2</translation>
    </message>
    <message>
        <source>%1: not valid, nothing to preview</source>
        <translation>%1: inválido, nada para pré-visualizar</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>Sign in, check the request and show it; send nothing.</source>
        <translation>Faz login, verifica a solicitação e a mostra; não envia nada.</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulação: nada foi enviado</translation>
    </message>
    <message>
        <source>Show (and refresh in the job list) one job.</source>
        <translation>Mostra uma tarefa (e a atualiza na lista de tarefas).</translation>
    </message>
    <message>
        <source>jobs rm takes one or more job ids</source>
        <translation>jobs rm aceita um ou mais IDs de tarefa</translation>
    </message>
    <message>
        <source>no job %1 in the job list; nothing was removed</source>
        <translation>nenhuma tarefa %1 na lista de tarefas; nada foi removido</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 removida</translation>
    </message>
    <message>
        <source>List the shared job list; refresh, follow, remove or prune its jobs.</source>
        <translation>Lista a lista de tarefas compartilhada; atualiza, acompanha, remove ou limpa as tarefas dela.</translation>
    </message>
    <message>
        <source>Follow every unfinished job of the endpoint to its end.</source>
        <translation>Acompanha até o fim cada tarefa não finalizada do endpoint.</translation>
    </message>
    <message>
        <source>prune: only jobs that ended (or were sent, when the outcome is unknown) this many days ago or more (default 30).</source>
        <translation>prune: só as tarefas que terminaram (ou foram enviadas, quando o resultado é desconhecido) há este número de dias ou mais (padrão 30).</translation>
    </message>
    <message>
        <source>Nothing to list; refresh; rm ID…; prune.</source>
        <translation>Omitida: listar; refresh; rm ID…; prune.</translation>
    </message>
    <message>
        <source>--older-than must be a number of days, 0 or more</source>
        <translation>--older-than deve ser um número de dias, 0 ou mais</translation>
    </message>
    <message numerus="yes">
        <source>removed %n job(s)</source>
        <translation>
            <numerusform>%n tarefa removida</numerusform>
            <numerusform>%n tarefas removidas</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown jobs action &quot;%1&quot;: refresh, rm or prune</source>
        <translation>ação de jobs desconhecida &quot;%1&quot;: refresh, rm ou prune</translation>
    </message>
    <message>
        <source>jobs %1 takes no more arguments</source>
        <translation>jobs %1 não aceita mais argumentos</translation>
    </message>
    <message>
        <source>the request named no image</source>
        <translation>a solicitação não deu nome a nenhuma imagem</translation>
    </message>
    <message>
        <source>it was sent to %1, not to this connection</source>
        <translation>ela foi enviada para %1, não para esta conexão</translation>
    </message>
    <message>
        <source>%1 (“%2”): outcome still unknown, the cloud was not asked: %3</source>
        <translation>%1 (“%2”): resultado ainda desconhecido, a nuvem não foi consultada: %3</translation>
    </message>
    <message>
        <source>%1 (“%2”): outcome still unknown, asking the cloud failed: %3</source>
        <translation>%1 (“%2”): resultado ainda desconhecido, a consulta à nuvem falhou: %3</translation>
    </message>
    <message>
        <source>%1 (“%2”): the request did create an image: %3 (%4)</source>
        <translation>%1 (“%2”): a solicitação criou uma imagem: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (“%2”): no such image was made since the request was sent: it created nothing</source>
        <translation>%1 (“%2”): nenhuma imagem com esse nome foi criada desde o envio: ela não criou nada</translation>
    </message>
    <message>
        <source>submit --batch takes no request file besides the batch</source>
        <translation>submit --batch não aceita arquivo de solicitação além do lote</translation>
    </message>
    <message>
        <source>--dry-run is for one request; &apos;ims-wizard-cli validate&apos; checks files one by one</source>
        <translation>--dry-run é para uma única solicitação; &apos;ims-wizard-cli validate&apos; verifica os arquivos um a um</translation>
    </message>
    <message>
        <source>--max-in-flight must be a number from 1 to 64</source>
        <translation>--max-in-flight deve ser um número de 1 a 64</translation>
    </message>
    <message>
        <source>--max-running must be a number, 1 or more</source>
        <translation>--max-running deve ser um número, 1 ou mais</translation>
    </message>
    <message>
        <source>Send many: a folder of request files or a CSV file (a header row of field names, one image per row, {row} in a value becomes the row&apos;s number). Running it again resumes it.</source>
        <translation>Envia vários: uma pasta de arquivos de solicitação ou um arquivo CSV (uma linha de cabeçalho com nomes de campos, uma imagem por linha; {row} em um valor vira o número da linha). Executá-lo de novo o retoma.</translation>
    </message>
    <message>
        <source>--batch: at most N create calls at once (default %1).</source>
        <translation>--batch: no máximo N chamadas de criação simultâneas (padrão %1).</translation>
    </message>
    <message>
        <source>--batch: at most N of its jobs unfinished at once (default %1).</source>
        <translation>--batch: no máximo N tarefas dele não concluídas ao mesmo tempo (padrão %1).</translation>
    </message>
    <message>
        <source>--batch: the method of CSV rows that name none.</source>
        <translation>--batch: o método das linhas CSV que não indicam nenhum.</translation>
    </message>
    <message>
        <source>OBS look-alike on %1 (buckets sandbox-images, sandbox-backups, sandbox-empty, ims-image, image-test)</source>
        <translation>Imitação do OBS em %1 (buckets sandbox-images, sandbox-backups, sandbox-empty, ims-image, image-test)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Run &apos;ims-wizard-cli --help&apos; for usage.</source>
        <translation>Execute &apos;ims-wizard-cli --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>Run &apos;ims-wizard-cli %1 --help&apos; for usage.</source>
        <translation>Execute &apos;ims-wizard-cli %1 --help&apos; para ver o uso.</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Not an endpoint URL: write it as https://host[:port][/path].</source>
        <translation>Não é uma URL de endpoint: escreva como https://host[:port][/path].</translation>
    </message>
    <message>
        <source>Use https:// (plain http:// is accepted only for 127.0.0.1 and localhost).</source>
        <translation>Use https:// (http:// simples só é aceito para 127.0.0.1 e localhost).</translation>
    </message>
    <message>
        <source>Only https://host[:port][/path]: no user, query or fragment.</source>
        <translation>Somente https://host[:port][/path]: sem usuário, consulta nem fragmento.</translation>
    </message>
    <message>
        <source>Required: pick a region, or give the endpoints of a private cloud.</source>
        <translation>Obrigatório: escolha uma região ou informe os endpoints de uma nuvem privada.</translation>
    </message>
    <message>
        <source>A region id is lowercase letters, digits and &quot;-&quot;, e.g. ap-southeast-1.</source>
        <translation>Um ID de região tem letras minúsculas, dígitos e &quot;-&quot;, por exemplo, ap-southeast-1.</translation>
    </message>
    <message>
        <source>Required: the %1 endpoint (or pick a region instead).</source>
        <translation>Obrigatório: o endpoint do %1 (ou escolha uma região).</translation>
    </message>
    <message>
        <source>Required: &quot;%1&quot; is not a public region, so give its %2 endpoint.</source>
        <translation>Obrigatório: “%1” não é uma região pública; informe o endpoint do %2.</translation>
    </message>
    <message>
        <source>Required: the account (domain) your IAM user belongs to.</source>
        <translation>Obrigatório: a conta (domínio) à qual seu usuário do IAM pertence.</translation>
    </message>
    <message>
        <source>Required: the IAM user name.</source>
        <translation>Obrigatório: o nome do usuário do IAM.</translation>
    </message>
    <message>
        <source>Required to get a token from IAM.</source>
        <translation>Obrigatório para obter um token do IAM.</translation>
    </message>
    <message>
        <source>Required: a project name or ID (without a region there is no default).</source>
        <translation>Obrigatório: um nome ou ID de projeto (sem região não há padrão).</translation>
    </message>
    <message>
        <source>Required: the access key ID (AK).</source>
        <translation>Obrigatório: o ID da chave de acesso (AK).</translation>
    </message>
    <message>
        <source>Required: the secret key (SK) that signs each request.</source>
        <translation>Obrigatório: a chave secreta (SK) que assina cada solicitação.</translation>
    </message>
    <message>
        <source>Required with AK/SK: requests are signed for a project ID.</source>
        <translation>Obrigatório com AK/SK: as solicitações são assinadas para um ID de projeto.</translation>
    </message>
    <message>
        <source>A project ID is 32 hexadecimal characters (My Credentials → API Credentials).</source>
        <translation>Um ID de projeto tem 32 caracteres hexadecimais (My Credentials → API Credentials).</translation>
    </message>
    <message>
        <source>Required: the proxy, e.g. http://proxy.example.com:3128.</source>
        <translation>Obrigatório: o proxy, por exemplo, http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>Write it as http://host:port or socks5://host:port.</source>
        <translation>Escreva como http://host:port ou socks5://host:port.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>O arquivo não existe.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>O arquivo não pode ser lido.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>O arquivo não contém nenhum certificado PEM.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>The saved connections in %1 cannot be read (%2). The file is left as it is; it will be kept beside as a copy when you save a connection.</source>
        <translation>As conexões salvas em %1 não podem ser lidas (%2). O arquivo fica como está; ao salvar uma conexão, ele é guardado ao lado como cópia.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>não é JSON: %1 no byte %2</translation>
    </message>
    <message>
        <source>no &quot;connections&quot; list</source>
        <translation>sem a lista &quot;connections&quot;</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable %1, so it is not replaced.</source>
        <translation>Não é possível guardar uma cópia do arquivo ilegível %1, por isso ele não é substituído.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Uma conexão precisa de um nome.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>Um nome não pode começar nem terminar com espaço.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>“%1” é o nome do sandbox integrado.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Já existe uma conexão chamada “%1”.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>o arquivo não é texto UTF-8 (salve-o na planilha como &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that does not start with one (quote the whole field and double the quote: &quot;a &quot;&quot;b&quot;&quot;&quot;)</source>
        <translation>linha %1, coluna %2: aspas dentro de um campo que não começa com aspas (coloque o campo inteiro entre aspas e duplique as aspas: &quot;a &quot;&quot;b&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1, column %2: text after a closing quote (a field is either all quoted or not at all)</source>
        <translation>linha %1, coluna %2: texto após aspas de fechamento (um campo fica todo entre aspas ou nada)</translation>
    </message>
    <message>
        <source>line %1, column %2: this quote is never closed</source>
        <translation>linha %1, coluna %2: estas aspas nunca são fechadas</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row of field names</source>
        <translation>o arquivo está vazio: ele precisa de uma linha de cabeçalho com nomes de campos</translation>
    </message>
</context>
<context>
    <name>CurlExporter</name>
    <message>
        <source>curl command</source>
        <translation>comando curl</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1” não é um ID de região como ap-southeast-1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write what a request file creates as code for another tool. Secrets are never written; each format names where they come from.</source>
        <translation>Grava o que um arquivo de solicitação cria como código para outra ferramenta. Os segredos nunca são gravados; cada formato indica de onde eles vêm.</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>O formato: %1.</translation>
    </message>
    <message>
        <source>The region, e.g. ap-southeast-1 (default: IMS_WIZARD_REGION; without one the export reads it when it runs).</source>
        <translation>A região, p. ex. ap-southeast-1 (padrão: IMS_WIZARD_REGION; sem ela, a exportação a lê quando for executada).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Grava neste arquivo em vez da saída padrão.</translation>
    </message>
    <message>
        <source>curl: token or aksk (default: IMS_WIZARD_AUTH, else token).</source>
        <translation>curl: token ou aksk (padrão: IMS_WIZARD_AUTH, senão token).</translation>
    </message>
    <message>
        <source>curl: the IMS endpoint (default: IMS_WIZARD_ENDPOINT, else the region&apos;s).</source>
        <translation>curl: o endpoint do IMS (padrão: IMS_WIZARD_ENDPOINT, senão o da região).</translation>
    </message>
    <message>
        <source>curl with aksk: the project id (default: IMS_WIZARD_PROJECT_ID).</source>
        <translation>curl com aksk: o ID do projeto (padrão: IMS_WIZARD_PROJECT_ID).</translation>
    </message>
    <message>
        <source>The request file, or - for standard input.</source>
        <translation>O arquivo de solicitação, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>export takes exactly one request file</source>
        <translation>export aceita exatamente um arquivo de solicitação</translation>
    </message>
    <message>
        <source>--to must be one of: %1</source>
        <translation>--to deve ser um destes: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a method; the methods are: %3</source>
        <translation>%1: &quot;%2&quot; não é um método; os métodos são: %3</translation>
    </message>
    <message>
        <source>%1: not valid, nothing to export</source>
        <translation>%1: inválido, nada para exportar</translation>
    </message>
    <message>
        <source>--auth aksk needs IMS_WIZARD_AK and IMS_WIZARD_SK to sign the command</source>
        <translation>--auth aksk precisa de IMS_WIZARD_AK e IMS_WIZARD_SK para assinar o comando</translation>
    </message>
    <message>
        <source>--auth aksk needs --project-id and --region or --endpoint</source>
        <translation>--auth aksk precisa de --project-id e de --region ou --endpoint</translation>
    </message>
    <message>
        <source>--auth must be token or aksk, not &quot;%1&quot;</source>
        <translation>--auth deve ser token ou aksk, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The Huawei Cloud Terraform provider has no resource for a quick import of a data disk image (huaweicloud_ims_obs_data_image has no is_quick_import).</source>
        <translation>O provider Terraform da Huawei Cloud não tem recurso para a importação rápida de uma imagem de disco de dados (huaweicloud_ims_obs_data_image não tem is_quick_import).</translation>
    </message>
    <message>
        <source>The Huawei Cloud Terraform provider has no resource for native image metadata (POST /v2/images without a file).</source>
        <translation>O provider Terraform da Huawei Cloud não tem recurso para metadados nativos de imagem (POST /v2/images sem arquivo).</translation>
    </message>
    <message>
        <source>%1 has no place for the field %2, so this request cannot be exported that way without creating a different image. Remove the field or choose another format.</source>
        <translation>%1 não tem lugar para o campo %2, então esta solicitação não pode ser exportada assim sem criar uma imagem diferente. Remova o campo ou escolha outro formato.</translation>
    </message>
</context>
<context>
    <name>ImageInspector</name>
    <message>
        <source>The %1 header is damaged or cut short (%2); the file cannot be imported as it is.</source>
        <translation>O cabeçalho %1 está danificado ou cortado (%2); o arquivo não pode ser importado como está.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>%1 headers are not published, so the virtual disk size could not be read; set min_disk to at least the disk&apos;s size yourself.</source>
        <translation>Os cabeçalhos %1 não são publicados, então o tamanho virtual do disco não pôde ser lido; defina min_disk com pelo menos o tamanho do disco.</translation>
    </message>
    <message>
        <source>shorter than its 72-byte header</source>
        <translation>menor que seu cabeçalho de 72 bytes</translation>
    </message>
    <message>
        <source>QCOW2 version %1 is not one qemu-img or IMS knows (2 or 3).</source>
        <translation>A versão %1 de QCOW2 não é uma que o qemu-img ou o IMS conheçam (2 ou 3).</translation>
    </message>
    <message>
        <source>cluster size 2^%1</source>
        <translation>tamanho de cluster 2^%1</translation>
    </message>
    <message>
        <source>The file is encrypted (%1); IMS cannot read it. Convert it to an unencrypted file first (qemu-img convert with the key, -O qcow2).</source>
        <translation>O arquivo está criptografado (%1); o IMS não consegue lê-lo. Converta-o antes para um arquivo sem criptografia (qemu-img convert com a chave, -O qcow2).</translation>
    </message>
    <message>
        <source>header length %1</source>
        <translation>tamanho do cabeçalho %1</translation>
    </message>
    <message>
        <source>The image was not closed cleanly (dirty); run &quot;qemu-img check -r all&quot; on it before uploading.</source>
        <translation>A imagem não foi fechada corretamente (dirty); execute &quot;qemu-img check -r all&quot; nela antes de enviar.</translation>
    </message>
    <message>
        <source>The image is marked corrupt; repair it with &quot;qemu-img check -r all&quot; or convert what can be read.</source>
        <translation>A imagem está marcada como corrompida; repare-a com &quot;qemu-img check -r all&quot; ou converta o que puder ser lido.</translation>
    </message>
    <message>
        <source>The disk&apos;s data is in an external data file (%1), which IMS cannot follow; convert it to one file (qemu-img convert -O qcow2).</source>
        <translation>Os dados do disco estão em um arquivo de dados externo (%1), que o IMS não consegue seguir; converta-o em um único arquivo (qemu-img convert -O qcow2).</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>unreadable name</source>
        <translation>nome ilegível</translation>
    </message>
    <message>
        <source>shorter than its 48-byte header</source>
        <translation>menor que seu cabeçalho de 48 bytes</translation>
    </message>
    <message>
        <source>The file is encrypted (AES); IMS cannot read it. Convert it to an unencrypted file first.</source>
        <translation>O arquivo está criptografado (AES); o IMS não consegue lê-lo. Converta-o antes para um arquivo sem criptografia.</translation>
    </message>
    <message>
        <source>shorter than its 64-byte header</source>
        <translation>menor que seu cabeçalho de 64 bytes</translation>
    </message>
    <message>
        <source>The image was not closed cleanly (needs check); run &quot;qemu-img check -r all&quot; on it before uploading.</source>
        <translation>A imagem não foi fechada corretamente (precisa de verificação); execute &quot;qemu-img check -r all&quot; nela antes de enviar.</translation>
    </message>
    <message>
        <source>footer shorter than 512 bytes</source>
        <translation>rodapé menor que 512 bytes</translation>
    </message>
    <message>
        <source>This fixed VHD has its footer at the start of the file, where the specification has none.</source>
        <translation>Este VHD fixo tem o rodapé no início do arquivo, onde a especificação não tem nenhum.</translation>
    </message>
    <message>
        <source>disk type %1</source>
        <translation>tipo de disco %1</translation>
    </message>
    <message>
        <source>no metadata region in the region table</source>
        <translation>nenhuma região de metadados na tabela de regiões</translation>
    </message>
    <message>
        <source>metadata table signature</source>
        <translation>assinatura da tabela de metadados</translation>
    </message>
    <message>
        <source>a parent VHDX (differencing disk)</source>
        <translation>um VHDX pai (disco diferencial)</translation>
    </message>
    <message>
        <source>no virtual disk size</source>
        <translation>sem tamanho de disco virtual</translation>
    </message>
    <message>
        <source>shorter than its 79-byte header</source>
        <translation>menor que seu cabeçalho de 79 bytes</translation>
    </message>
    <message>
        <source>This VMDK has no descriptor: it is one piece of a split disk. Convert the whole disk (its descriptor .vmdk) to one file: qemu-img convert -O vmdk -o subformat=streamOptimized.</source>
        <translation>Este VMDK não tem descritor: é uma parte de um disco dividido. Converta o disco inteiro (seu .vmdk descritor) em um único arquivo: qemu-img convert -O vmdk -o subformat=streamOptimized.</translation>
    </message>
    <message>
        <source>no extent lines in the descriptor</source>
        <translation>nenhuma linha de extent no descritor</translation>
    </message>
    <message>
        <source>a parent disk (CID %1)</source>
        <translation>um disco pai (CID %1)</translation>
    </message>
    <message>
        <source>This .vmdk is only a descriptor: the disk&apos;s data is in %1. IMS imports one file; convert the disk to one: qemu-img convert -O vmdk -o subformat=streamOptimized DESCRIPTOR.vmdk disk.vmdk.</source>
        <translation>Este .vmdk é só um descritor: os dados do disco estão em %1. O IMS importa um único arquivo; converta o disco em um só: qemu-img convert -O vmdk -o subformat=streamOptimized DESCRIPTOR.vmdk disk.vmdk.</translation>
    </message>
    <message>
        <source>shorter than its 456-byte header</source>
        <translation>menor que seu cabeçalho de 456 bytes</translation>
    </message>
    <message>
        <source>a parent VDI (differencing image)</source>
        <translation>um VDI pai (imagem diferencial)</translation>
    </message>
    <message>
        <source>The file is a LUKS-encrypted disk; IMS cannot read it. Decrypt it and convert it (qemu-img convert -O qcow2).</source>
        <translation>O arquivo é um disco criptografado com LUKS; o IMS não consegue lê-lo. Descriptografe-o e converta-o (qemu-img convert -O qcow2).</translation>
    </message>
    <message>
        <source>The file is shorter than its ISO volume (%1 of %2 bytes): it may be cut short, e.g. an unfinished download.</source>
        <translation>O arquivo é menor que seu volume ISO (%1 de %2 bytes): pode estar cortado, por exemplo um download não concluído.</translation>
    </message>
    <message>
        <source>The image depends on a backing file (%1) that IMS cannot follow; merge them into one file first: qemu-img convert -O %2 FILE merged.%3.</source>
        <translation>A imagem depende de um arquivo de apoio (%1) que o IMS não consegue seguir; junte-os antes em um único arquivo: qemu-img convert -O %2 FILE merged.%3.</translation>
    </message>
    <message>
        <source>IMS does not import %1 files; convert it to a format it takes, e.g. qemu-img convert -O qcow2.</source>
        <translation>O IMS não importa arquivos %1; converta-o para um formato aceito, por exemplo qemu-img convert -O qcow2.</translation>
    </message>
    <message>
        <source>The disk is empty (virtual size 0).</source>
        <translation>O disco está vazio (tamanho virtual 0).</translation>
    </message>
    <message>
        <source>The name says %1 but the file is %2; give it the extension .%2 so that it is read as what it is.</source>
        <translation>O nome diz %1, mas o arquivo é %2; dê a ele a extensão .%2 para que seja lido como o que é.</translation>
    </message>
    <message>
        <source>The disk&apos;s virtual size (%1 GB) is larger than %2 takes (at most %3 GB).</source>
        <translation>O tamanho virtual do disco (%1 GB) é maior do que %2 aceita (no máximo %3 GB).</translation>
    </message>
    <message>
        <source>Quick import takes RAW and ZVHD2 files only, not %1; use the normal import or convert the file.</source>
        <translation>A importação rápida aceita somente arquivos RAW e ZVHD2, não %1; use a importação normal ou converta o arquivo.</translation>
    </message>
</context>
<context>
    <name>ImportAdvice</name>
    <message>
        <source>The disk is larger than 128 GB: only the quick import takes it, and the quick import takes RAW and ZVHD2 files only. Convert the file to RAW (qemu-img convert -O raw) first.</source>
        <translation>O disco é maior que 128 GB: só a importação rápida o aceita, e ela aceita somente arquivos RAW e ZVHD2. Converta antes o arquivo para RAW (qemu-img convert -O raw).</translation>
    </message>
    <message>
        <source>The disk is larger than 1 TB, the most the quick import takes.</source>
        <translation>O disco é maior que 1 TB, o máximo que a importação rápida aceita.</translation>
    </message>
    <message>
        <source>Quick import: the disk is larger than 128 GB, and a %1 file can be imported quickly.</source>
        <translation>Importação rápida: o disco é maior que 128 GB, e um arquivo %1 pode ser importado rapidamente.</translation>
    </message>
    <message>
        <source>Normal import (up to 128 GB). A %1 file could also use the quick import.</source>
        <translation>Importação normal (até 128 GB). Um arquivo %1 também poderia usar a importação rápida.</translation>
    </message>
    <message>
        <source>Normal import: a %1 file of up to 128 GB.</source>
        <translation>Importação normal: um arquivo %1 de até 128 GB.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Read an image file&apos;s format, virtual size and problems from its headers, and the smallest min_disk a method takes for it.</source>
        <translation>Lê o formato, o tamanho virtual e os problemas de um arquivo de imagem nos seus cabeçalhos, e o menor min_disk que um método aceita para ele.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime o resultado como JSON.</translation>
    </message>
    <message>
        <source>The creation method min_disk is computed for (default file-system).</source>
        <translation>O método de criação para o qual min_disk é calculado (padrão file-system).</translation>
    </message>
    <message>
        <source>Linux or Windows: the OS family min_disk floors depend on (default Linux).</source>
        <translation>Linux ou Windows: a família de SO da qual dependem os mínimos de min_disk (padrão Linux).</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>O arquivo de imagem.</translation>
    </message>
    <message>
        <source>inspect takes exactly one image file</source>
        <translation>inspect recebe exatamente um arquivo de imagem</translation>
    </message>
    <message>
        <source>--method must be one of %1</source>
        <translation>--method deve ser um de %1</translation>
    </message>
    <message>
        <source>--os-type must be Linux or Windows</source>
        <translation>--os-type deve ser Linux ou Windows</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file</source>
        <translation>%1 é uma pasta, não um arquivo de imagem</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (versão %1)</translation>
    </message>
    <message>
        <source>format:       %1</source>
        <translation>format:       %1</translation>
    </message>
    <message>
        <source>virtual_size: %1 bytes (%2 GiB)</source>
        <translation>virtual_size: %1 bytes (%2 GiB)</translation>
    </message>
    <message>
        <source>virtual_size: unknown</source>
        <translation>virtual_size: desconhecido</translation>
    </message>
    <message>
        <source>file_size:    %1 bytes (%2 GiB)</source>
        <translation>file_size:    %1 bytes (%2 GiB)</translation>
    </message>
    <message>
        <source>min_disk_gb:  %1 (%2, %3)</source>
        <translation>min_disk_gb:  %1 (%2, %3)</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>compactado</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>criptografado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>IMS cannot import this file as it is.</source>
        <translation>O IMS não consegue importar este arquivo como está.</translation>
    </message>
    <message>
        <source>IMS can import this file.</source>
        <translation>O IMS pode importar este arquivo.</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>the answer has no job status</source>
        <translation>a resposta não tem status de tarefa</translation>
    </message>
    <message>
        <source>unknown job status &quot;%1&quot;</source>
        <translation>status de tarefa desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>não é um objeto JSON (%1)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>outro valor JSON</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the job list %1: %2</source>
        <translation>Não é possível ler a lista de tarefas %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the job list %1: %2</source>
        <translation>Não é possível gravar a lista de tarefas %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the job list %1: Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>Não é possível abrir a lista de tarefas %1: o driver SQLite do Qt (QSQLITE, pacote Debian libqt6sql6-sqlite) não está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the job list %1: %2</source>
        <translation>Não é possível abrir a lista de tarefas %1: %2</translation>
    </message>
    <message>
        <source>The job list %1 was written by a newer version of IMS Wizard; this version leaves it as it is.</source>
        <translation>A lista de tarefas %1 foi gravada por uma versão mais nova do IMS Wizard; esta versão a mantém como está.</translation>
    </message>
    <message>
        <source>The old job list %1 is damaged (%2); it was kept as %3 and not imported.</source>
        <translation>A lista de tarefas antiga %1 está danificada (%2); ela foi guardada como %3 e não foi importada.</translation>
    </message>
    <message>
        <source>The job list %1 is damaged (%2) and could not be moved aside; it was left as it is.</source>
        <translation>A lista de tarefas %1 está danificada (%2) e não pôde ser posta de lado; ela foi mantida como está.</translation>
    </message>
    <message>
        <source>The job list %1 is damaged (%2). It was kept as %3 and a new, empty list was started.</source>
        <translation>A lista de tarefas %1 está danificada (%2). Ela foi guardada como %3 e uma nova lista vazia foi iniciada.</translation>
    </message>
</context>
<context>
    <name>KooCliExporter</name>
    <message>
        <source>KooCLI (hcloud)</source>
        <translation>KooCLI (hcloud)</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>O método %1 não tem exportação.</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1” não é um ID de região como ap-southeast-1.</translation>
    </message>
</context>
<context>
    <name>ListAccountCommand</name>
    <message>
        <source>List the %1 of the account, every page followed.</source>
        <translation>Lista os %1 da conta, seguindo todas as páginas.</translation>
    </message>
    <message>
        <source>Print a JSON array of the API&apos;s own objects.</source>
        <translation>Imprime um array JSON com os próprios objetos da API.</translation>
    </message>
    <message>
        <source>Only those with this name (servers, volumes: containing it).</source>
        <translation>Só os que têm este nome (servers, volumes: que o contêm).</translation>
    </message>
    <message>
        <source>Only those in this status (servers, volumes, images).</source>
        <translation>Só os que estão neste status (servers, volumes, images).</translation>
    </message>
    <message>
        <source>Volumes: only those attached to this ECS.</source>
        <translation>Volumes: só os anexados a este ECS.</translation>
    </message>
    <message>
        <source>list %1 takes no argument, only options</source>
        <translation>list %1 não aceita argumentos, só opções</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;: give one of %2</source>
        <translation>não é possível listar &quot;%1&quot;: informe um destes: %2</translation>
    </message>
    <message>
        <source>Show how many private images the project has and may have.</source>
        <translation>Mostra quantas imagens privadas o projeto tem e pode ter.</translation>
    </message>
    <message>
        <source>Print the API&apos;s quota answer as JSON.</source>
        <translation>Imprime em JSON a resposta de cota da API.</translation>
    </message>
    <message>
        <source>quota takes no argument, only options</source>
        <translation>quota não aceita argumentos, só opções</translation>
    </message>
    <message>
        <source>%1 of %2 private images used</source>
        <translation>%1 de %2 imagens privadas usadas</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Run &apos;ims-wizard-cli list --help&apos; for usage.</source>
        <translation>Execute &apos;ims-wizard-cli list --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCALIZAÇÃO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO EM</translation>
    </message>
    <message>
        <source>list objects needs BUCKET or BUCKET/PREFIX</source>
        <translation>list objects precisa de BUCKET ou BUCKET/PREFIX</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(pasta)</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>STORAGE CLASS</source>
        <translation>CLASSE DE ARMAZENAMENTO</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>ÚLTIMA MODIFICAÇÃO</translation>
    </message>
    <message>
        <source>Print a JSON array with the API&apos;s field names.</source>
        <translation>Imprime um array JSON com os nomes de campo da API.</translation>
    </message>
    <message>
        <source>objects: group keys into folders at this character, e.g. /.</source>
        <translation>objects: agrupa as chaves em pastas neste caractere, por exemplo /.</translation>
    </message>
    <message>
        <source>buckets or objects</source>
        <translation>buckets ou objects</translation>
    </message>
    <message>
        <source>objects: the bucket, and a key prefix</source>
        <translation>objects: o bucket e um prefixo de chave</translation>
    </message>
    <message>
        <source>list buckets takes no further argument</source>
        <translation>list buckets não aceita outro argumento</translation>
    </message>
    <message>
        <source>list objects takes exactly one BUCKET or BUCKET/PREFIX</source>
        <translation>list objects aceita exatamente um BUCKET ou BUCKET/PREFIX</translation>
    </message>
    <message>
        <source>List what the account holds. Kinds: servers, volumes, images, projects, enterprise-projects, keys (see &apos;list KIND --help&apos; for their options); buckets (OBS buckets and their regions); objects BUCKET[/PREFIX] (the objects of a bucket, every page). --json prints the API&apos;s own field names.</source>
        <translation>Lista o que a conta contém. Tipos: servers, volumes, images, projects, enterprise-projects, keys (veja &apos;list KIND --help&apos; para as opções deles); buckets (os buckets do OBS e suas regiões); objects BUCKET[/PREFIX] (os objetos de um bucket, todas as páginas). --json imprime os nomes de campo da própria API.</translation>
    </message>
    <message>
        <source>say what to list: %1, buckets or objects</source>
        <translation>diga o que listar: %1, buckets ou objects</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;: the kinds are %2, buckets and objects</source>
        <translation>não é possível listar &quot;%1&quot;: os tipos são %2, buckets e objects</translation>
    </message>
</context>
<context>
    <name>ListingCommands</name>
    <message>
        <source>this command takes no arguments</source>
        <translation>este comando não aceita argumentos</translation>
    </message>
    <message>
        <source>List the OS versions IMS knows (__os_version values).</source>
        <translation>Lista as versões de SO que o IMS conhece (valores de __os_version).</translation>
    </message>
    <message>
        <source>OS VERSION</source>
        <translation>VERSÃO DO SO</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>List the connections the desktop program saved (for --connection).</source>
        <translation>Lista as conexões salvas pelo programa desktop (para --connection).</translation>
    </message>
    <message>
        <source>cannot read the saved connections (%1): %2</source>
        <translation>não é possível ler as conexões salvas (%1): %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIÃO</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICAÇÃO</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
</context>
<context>
    <name>ObsError</name>
    <message>
        <source>OBS did not answer for %1 s; check the network and try again.</source>
        <translation>O OBS não respondeu por %1 s; verifique a rede e tente de novo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>OBS rejected the signature: the secret key is not the one of access key %1.</source>
        <translation>O OBS recusou a assinatura: a chave secreta não é a da chave de acesso %1.</translation>
    </message>
    <message>
        <source>OBS does not know the access key %1: check that it is typed right and has not been deleted.</source>
        <translation>O OBS não conhece a chave de acesso %1: verifique se foi digitada corretamente e se não foi excluída.</translation>
    </message>
    <message>
        <source>OBS refused access to %1: the secret key is wrong or the user lacks the permission %2.</source>
        <translation>O OBS recusou o acesso a %1: a chave secreta está errada ou o usuário não tem a permissão %2.</translation>
    </message>
    <message>
        <source>the bucket list</source>
        <translation>a lista de buckets</translation>
    </message>
    <message>
        <source>for it</source>
        <translation>necessária</translation>
    </message>
    <message>
        <source>OBS denied access to %1: the account or IAM user lacks the permission for it.</source>
        <translation>O OBS negou o acesso a %1: a conta ou o usuário IAM não tem permissão para isso.</translation>
    </message>
    <message>
        <source>OBS denied access to %1: the account or IAM user lacks the permission %2.</source>
        <translation>O OBS negou o acesso a %1: a conta ou o usuário IAM não tem a permissão %2.</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist: check its name (and that it belongs to this account).</source>
        <translation>O bucket &quot;%1&quot; não existe: verifique o nome (e se ele pertence a esta conta).</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; does not exist in bucket &quot;%2&quot;.</source>
        <translation>O objeto &quot;%1&quot; não existe no bucket &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>OBS refused the request because this computer&apos;s clock is more than 15 minutes off: set the clock right and try again.</source>
        <translation>O OBS recusou a solicitação porque o relógio deste computador está errado em mais de 15 minutos: acerte o relógio e tente de novo.</translation>
    </message>
    <message>
        <source>The bucket or endpoint belongs to another region than the one the request was signed for; choose the bucket&apos;s region (%1).</source>
        <translation>O bucket ou o endpoint pertence a outra região que não a da assinatura da solicitação; escolha a região do bucket (%1).</translation>
    </message>
    <message>
        <source>OBS asks to slow down (HTTP %1); try again in a moment.</source>
        <translation>O OBS pede para diminuir o ritmo (HTTP %1); tente de novo em instantes.</translation>
    </message>
    <message>
        <source>OBS had an internal problem (HTTP %1%2); try again later.</source>
        <translation>O OBS teve um problema interno (HTTP %1%2); tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation>, solicitação %1</translation>
    </message>
    <message>
        <source>OBS refused %1 (HTTP %2%3).</source>
        <translation>O OBS recusou %1 (HTTP %2%3).</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>a solicitação</translation>
    </message>
    <message>
        <source>OBS takes access keys, not tokens, and IAM gave this connection no temporary access key: %1</source>
        <translation>O OBS aceita chaves de acesso, não tokens, e o IAM não deu a esta conexão nenhuma chave de acesso temporária: %1</translation>
    </message>
    <message>
        <source>OBS refused the temporary access key %1: it has expired or its security token does not belong to it; get a new one.</source>
        <translation>O OBS recusou a chave de acesso temporária %1: ela expirou ou o token de segurança não pertence a ela; obtenha uma nova.</translation>
    </message>
</context>
<context>
    <name>ObsOptions</name>
    <message>
        <source>OBS endpoint URL [IMS_WIZARD_OBS_ENDPOINT]; default https://obs.REGION.myhuaweicloud.com.</source>
        <translation>URL do endpoint do OBS [IMS_WIZARD_OBS_ENDPOINT]; padrão https://obs.REGION.myhuaweicloud.com.</translation>
    </message>
    <message>
        <source>Region id the requests are signed for, e.g. cn-north-4 [IMS_WIZARD_REGION].</source>
        <translation>ID da região para a qual as solicitações são assinadas, por exemplo cn-north-4 [IMS_WIZARD_REGION].</translation>
    </message>
    <message>
        <source>Bucket addressing: virtual (BUCKET.host, Huawei Cloud OBS), path (host/BUCKET, an S3 peer on an IP address) or auto [IMS_WIZARD_OBS_ADDRESSING].</source>
        <translation>Endereçamento do bucket: virtual (BUCKET.host, OBS da Huawei Cloud), path (host/BUCKET, um serviço S3 em um endereço IP) ou auto [IMS_WIZARD_OBS_ADDRESSING].</translation>
    </message>
    <message>
        <source>the OBS endpoint must be a URL such as https://obs.cn-north-4.myhuaweicloud.com, not &quot;%1&quot;</source>
        <translation>o endpoint do OBS deve ser uma URL como https://obs.cn-north-4.myhuaweicloud.com, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no region to sign for: give --region (or IMS_WIZARD_REGION), or an OBS endpoint that names it</source>
        <translation>nenhuma região para assinar: informe --region (ou IMS_WIZARD_REGION) ou um endpoint do OBS que a nomeie</translation>
    </message>
    <message>
        <source>--addressing must be auto, virtual or path</source>
        <translation>--addressing deve ser auto, virtual ou path</translation>
    </message>
    <message>
        <source>OBS needs an access key: set IMS_WIZARD_AK and IMS_WIZARD_SK (and IMS_WIZARD_SECURITY_TOKEN for temporary keys), or give a password connection to get temporary keys from IAM (%1)</source>
        <translation>O OBS precisa de uma chave de acesso: defina IMS_WIZARD_AK e IMS_WIZARD_SK (e IMS_WIZARD_SECURITY_TOKEN para chaves temporárias) ou use uma conexão com senha para obter chaves temporárias do IAM (%1)</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: text, json or table.</source>
        <translation>Formato de saída: text, json ou table.</translation>
    </message>
    <message>
        <source>The same as -o json.</source>
        <translation>O mesmo que -o json.</translation>
    </message>
    <message>
        <source>-o must be text, json or table, not &quot;%1&quot;</source>
        <translation>-o deve ser text, json ou table, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--json and -o %1 contradict each other</source>
        <translation>--json e -o %1 se contradizem</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Pick an ECS</source>
        <translation>Escolher um ECS</translation>
    </message>
    <message>
        <source>Pick the ECS whose data disks to capture</source>
        <translation>Escolher o ECS cujos discos de dados capturar</translation>
    </message>
    <message>
        <source>Pick an EVS disk</source>
        <translation>Escolher um disco EVS</translation>
    </message>
    <message>
        <source>Pick an image file in OBS</source>
        <translation>Escolher um arquivo de imagem no OBS</translation>
    </message>
    <message>
        <source>Pick a private image</source>
        <translation>Escolher uma imagem privada</translation>
    </message>
    <message>
        <source>Pick an enabled KMS key</source>
        <translation>Escolher uma chave do KMS habilitada</translation>
    </message>
    <message>
        <source>Pick an enterprise project</source>
        <translation>Escolher um projeto empresarial</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Space)</source>
        <translation>%1 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Not connected: connect (Connection menu) to pick from the account, or type the value by hand.</source>
        <translation>Não conectado: conecte-se (menu Conexão) para escolher na conta ou digite o valor manualmente.</translation>
    </message>
    <message>
        <source>OBS takes access-key signatures only and &quot;%1&quot; has no access key: type the bucket:object by hand.</source>
        <translation>O OBS aceita somente assinaturas com chave de acesso e &quot;%1&quot; não tem chave de acesso: digite o bucket:object manualmente.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a creation method.</source>
        <translation>&quot;%1&quot; não é um método de criação.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Não há nenhum perfil chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a creation method; nothing was imported.</source>
        <translation>%1: &quot;%2&quot; não é um método de criação; nada foi importado.</translation>
    </message>
</context>
<context>
    <name>PythonSdkExporter</name>
    <message>
        <source>Python SDK (huaweicloud-sdk-python-v3)</source>
        <translation>Python SDK (huaweicloud-sdk-python-v3)</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>O método %1 não tem exportação.</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1” não é um ID de região como ap-southeast-1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Create private images on Huawei Cloud IMS, step by step.</source>
        <translation>Crie imagens privadas no IMS da Huawei Cloud, passo a passo.</translation>
    </message>
    <message>
        <source>Connect to a built-in local sandbox (no cloud account needed).</source>
        <translation>Conecta a um sandbox local integrado (não precisa de conta na nuvem).</translation>
    </message>
    <message>
        <source>Walk through every page of every method, save one PNG per page into DIR, and quit.</source>
        <translation>Percorre todas as páginas de todos os métodos, salva um PNG por página em DIR e sai.</translation>
    </message>
    <message>
        <source>Quit as soon as the first page is shown (smoke test).</source>
        <translation>Sai assim que a primeira página é exibida (teste rápido).</translation>
    </message>
    <message>
        <source>Show the program in this language: zh_CN, pt_BR or en (default: as chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>Mostra o programa neste idioma: zh_CN, pt_BR ou en (padrão: o escolhido em Exibir &gt; Idioma, senão o do sistema).</translation>
    </message>
    <message>
        <source>Show the version, the Qt version and the licence.</source>
        <translation>Mostra a versão, a versão do Qt e a licença.</translation>
    </message>
    <message>
        <source>With --screenshots: the window size, e.g. 800x600 (default: 1280x800).</source>
        <translation>Com --screenshots: o tamanho da janela, p. ex. 800x600 (padrão: 1280x800).</translation>
    </message>
    <message>
        <source>--screenshot-size: &quot;%1&quot; is not a size such as 800x600 (at least 640x480).</source>
        <translation>--screenshot-size: &quot;%1&quot; não é um tamanho como 800x600 (no mínimo 640x480).</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>AF-Johannesburg</source>
        <translation>AF-Joanesburgo</translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation>AF-Cairo</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>CN-Hong Kong</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>AP-Bangkok</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>AP-Singapura</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>AP-Jacarta</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>AP-Manila</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>CN Norte-Pequim1</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>CN Norte-Pequim2</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>CN Norte-Pequim4</translation>
    </message>
    <message>
        <source>CN North-Ulanqab</source>
        <translation>CN Norte-Ulanqab</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>CN Leste-Xangai2</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>CN Leste-Xangai1</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>CN Leste2</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>CN Leste-Qingdao</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>CN Sul-Cantão</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>CN Sul-Shenzhen</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>CN Sudoeste-Guiyang1</translation>
    </message>
    <message>
        <source>EU-Paris</source>
        <translation>UE-Paris</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>UE-Dublin</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>LA-Cidade do México2</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>LA-Santiago</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>LA-Cidade do México1</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>LA-São Paulo1</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>ME-Riade</translation>
    </message>
    <message>
        <source>ME-Abu Dhabi</source>
        <translation>ME-Abu Dhabi</translation>
    </message>
    <message>
        <source>MY-Kuala Lumpur</source>
        <translation>MY-Kuala Lumpur</translation>
    </message>
    <message>
        <source>RU-Moscow</source>
        <translation>RU-Moscou</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>TR-Istambul</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON inválido: %1 no byte %2</translation>
    </message>
    <message>
        <source>a request file must be a JSON object with &quot;method&quot; and &quot;fields&quot;</source>
        <translation>um arquivo de solicitação deve ser um objeto JSON com &quot;method&quot; e &quot;fields&quot;</translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot;; a request file has only %2</source>
        <translation>chave de nível superior desconhecida &quot;%1&quot;; um arquivo de solicitação tem somente %2</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be a whole number such as %1</source>
        <translation>&quot;schema&quot; deve ser um número inteiro como %1</translation>
    </message>
    <message>
        <source>the file has schema %1, written by a newer IMS Wizard; this one reads schema %2</source>
        <translation>o arquivo tem o schema %1, gravado por um IMS Wizard mais novo; este lê o schema %2</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing or not a string; it must be one of: %1</source>
        <translation>&quot;method&quot; está ausente ou não é uma string; deve ser um de: %1</translation>
    </message>
    <message>
        <source>&quot;fields&quot; is missing or not a JSON object</source>
        <translation>&quot;fields&quot; está ausente ou não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a request file may be at most %3 bytes</source>
        <translation>%1 tem %2 bytes; um arquivo de solicitação pode ter no máximo %3 bytes</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the limit for a request file</source>
        <translation>%1 é maior que %2 bytes, o limite para um arquivo de solicitação</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>is not a field of method %1; its fields are: %2</source>
        <translation>não é um campo do método %1; os campos dele são: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>applies only to %1 images; remove it for this OS</source>
        <translation>aplica-se somente a imagens %1; remova-o para este SO</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be %1 for this method</source>
        <translation>deve ser %1 neste método</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>deve ser um de: %1</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters (now %3)</source>
        <translation>deve ter de %1 a %2 caracteres (agora %3)</translation>
    </message>
    <message>
        <source>must be at most %1 characters (now %2)</source>
        <translation>deve ter no máximo %1 caracteres (agora %2)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces, hyphens (-), periods (.) and underscores (_)</source>
        <translation>pode conter somente letras, dígitos, espaços, hifens (-), pontos (.) e sublinhados (_)</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>não pode começar nem terminar com espaço</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>não pode conter quebras de linha</translation>
    </message>
    <message>
        <source>must not contain angle brackets (&lt; &gt;)</source>
        <translation>não pode conter sinais de menor e maior (&lt; &gt;)</translation>
    </message>
    <message>
        <source>must be an ID such as 877a2cda-ba63-4e1e-b95f-e67e48b6129a</source>
        <translation>deve ser um ID como 877a2cda-ba63-4e1e-b95f-e67e48b6129a</translation>
    </message>
    <message>
        <source>must be 0 (the default project) or an enterprise project ID</source>
        <translation>deve ser 0 (o projeto padrão) ou um ID de projeto empresarial</translation>
    </message>
    <message>
        <source>must be OBS bucket name:file name, e.g. ims-image:centos70.qcow2</source>
        <translation>deve ser nome do bucket do OBS:nome do arquivo, p. ex. ims-image:centos70.qcow2</translation>
    </message>
    <message>
        <source>bucket name &quot;%1&quot; must be 3 to 63 lower-case letters, digits, hyphens or periods, starting and ending with a letter or digit</source>
        <translation>o nome do bucket &quot;%1&quot; deve ter de 3 a 63 letras minúsculas, dígitos, hifens ou pontos, começando e terminando com letra ou dígito</translation>
    </message>
    <message>
        <source>needs a file name after the colon, e.g. ims-image:centos70.qcow2</source>
        <translation>precisa de um nome de arquivo depois dos dois-pontos, p. ex. ims-image:centos70.qcow2</translation>
    </message>
    <message>
        <source>the folder and file name must not contain spaces (IMG.0175)</source>
        <translation>o nome da pasta e do arquivo não pode conter espaços (IMG.0175)</translation>
    </message>
    <message>
        <source>tag key &quot;%1&quot; must be 1 to 36 letters, digits, _ or - (format key.value)</source>
        <translation>a chave de tag &quot;%1&quot; deve ter de 1 a 36 letras, dígitos, _ ou - (formato key.value)</translation>
    </message>
    <message>
        <source>tag value &quot;%1&quot; must be up to 43 letters, digits, _, . or -</source>
        <translation>o valor de tag &quot;%1&quot; deve ter até 43 letras, dígitos, _, . ou -</translation>
    </message>
    <message>
        <source>must be key=value, e.g. test=testvalue</source>
        <translation>deve ser key=value, p. ex. test=testvalue</translation>
    </message>
    <message>
        <source>must be 1 to 36 letters, digits, _ or -</source>
        <translation>deve ter de 1 a 36 letras, dígitos, _ ou -</translation>
    </message>
    <message>
        <source>must be up to 43 letters, digits, _, . or -</source>
        <translation>deve ter até 43 letras, dígitos, _, . ou -</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>não pode conter espaços</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the known list of OS versions; check the spelling, or the image may be unusable</source>
        <translation>&quot;%1&quot; não está na lista conhecida de versões do SO; confira a grafia, senão a imagem pode ficar inutilizável</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be %1 to %2%3</source>
        <translation>deve ser de %1 a %2%3</translation>
    </message>
    <message>
        <source>must be at least %1%2</source>
        <translation>deve ser no mínimo %1%2</translation>
    </message>
    <message>
        <source>must be at most %1%2</source>
        <translation>deve ser no máximo %1%2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <source>may have at most %1 entries (now %2)</source>
        <translation>pode ter no máximo %1 entradas (agora %2)</translation>
    </message>
    <message>
        <source>needs at least %1 entry</source>
        <translation>precisa de pelo menos %1 entrada</translation>
    </message>
    <message>
        <source>repeats the tag key &quot;%1&quot;; each key may appear once</source>
        <translation>repete a chave de tag &quot;%1&quot;; cada chave pode aparecer uma vez</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>deve ser uma lista de objetos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must read key.value, e.g. team.web (the period separates key and value)</source>
        <translation>deve ter a forma key.value, por exemplo team.web (o ponto separa a chave do valor)</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Compute the SDK-HMAC-SHA256 Authorization header of a request (API Request Signing Guide).</source>
        <translation>Calcula o cabeçalho Authorization SDK-HMAC-SHA256 de uma solicitação (guia de assinatura de solicitações da API).</translation>
    </message>
    <message>
        <source>HTTP method, e.g. POST.</source>
        <translation>Método HTTP, p. ex. POST.</translation>
    </message>
    <message>
        <source>The full URL, with its query.</source>
        <translation>A URL completa, com a consulta.</translation>
    </message>
    <message>
        <source>A header to sign, &apos;Name: value&apos; (repeatable).</source>
        <translation>Um cabeçalho a assinar, &apos;Name: value&apos; (repetível).</translation>
    </message>
    <message>
        <source>The request body.</source>
        <translation>O corpo da solicitação.</translation>
    </message>
    <message>
        <source>Read the request body from a file.</source>
        <translation>Lê o corpo da solicitação de um arquivo.</translation>
    </message>
    <message>
        <source>Also print the canonical request and the string to sign.</source>
        <translation>Também imprime a solicitação canônica e a string a assinar.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 é obrigatório</translation>
    </message>
    <message>
        <source>--date must look like 20200608T023900Z, not &quot;%1&quot;</source>
        <translation>--date deve ter o formato 20200608T023900Z, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both</source>
        <translation>informe --body ou --body-file, não ambos</translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages</source>
        <translation>--url deve ser uma URL completa, como https://ims.ap-southeast-1.myhuaweicloud.com/v2/cloudimages</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>--header deve ser &apos;Name: value&apos;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ims-wizard-cli sign: the Content-Type is not JSON, so the request is signed as the SDK does with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD; send that header too.</source>
        <translation>ims-wizard-cli sign: o Content-Type não é JSON, então a solicitação é assinada como o SDK faz, com X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD; envie esse cabeçalho também.</translation>
    </message>
    <message>
        <source>Access key [IMS_WIZARD_AK].</source>
        <translation>Chave de acesso [IMS_WIZARD_AK].</translation>
    </message>
    <message>
        <source>Secret key [IMS_WIZARD_SK] (on the command line only a test key: command lines are visible to other users).</source>
        <translation>Chave secreta [IMS_WIZARD_SK] (na linha de comando, só uma chave de teste: as linhas de comando são visíveis para outros usuários).</translation>
    </message>
    <message>
        <source>X-Sdk-Date, YYYYMMDDTHHMMSSZ (default: now).</source>
        <translation>X-Sdk-Date, YYYYMMDDTHHMMSSZ (padrão: agora).</translation>
    </message>
    <message>
        <source>--ak (or IMS_WIZARD_AK) is required</source>
        <translation>--ak (ou IMS_WIZARD_AK) é obrigatório</translation>
    </message>
    <message>
        <source>--sk (or IMS_WIZARD_SK) is required</source>
        <translation>--sk (ou IMS_WIZARD_SK) é obrigatório</translation>
    </message>
</context>
<context>
    <name>TerraformExporter</name>
    <message>
        <source>Terraform (Huawei Cloud provider)</source>
        <translation>Terraform (provider da Huawei Cloud)</translation>
    </message>
    <message>
        <source>The method %1 has no export.</source>
        <translation>O método %1 não tem exportação.</translation>
    </message>
    <message>
        <source>Export it as koocli, curl or python-sdk instead.</source>
        <translation>Exporte-a como koocli, curl ou python-sdk.</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as ap-southeast-1.</source>
        <translation>“%1” não é um ID de região como ap-southeast-1.</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Run &apos;ims-wizard-cli upload --help&apos; for usage.</source>
        <translation>Execute &apos;ims-wizard-cli upload --help&apos; para ver o uso.</translation>
    </message>
    <message>
        <source>Upload a file to OBS as BUCKET/KEY: multipart with several parts at once, resumed when run again after an interruption (the parts OBS already holds are not sent again).</source>
        <translation>Envia um arquivo ao OBS como BUCKET/KEY: multipart com várias partes ao mesmo tempo, retomado ao executar de novo após uma interrupção (as partes que o OBS já tem não são enviadas de novo).</translation>
    </message>
    <message>
        <source>The file to upload.</source>
        <translation>O arquivo a enviar.</translation>
    </message>
    <message>
        <source>The bucket and the object name.</source>
        <translation>O bucket e o nome do objeto.</translation>
    </message>
    <message>
        <source>Parts sent at once, 1–16 (default 3).</source>
        <translation>Partes enviadas ao mesmo tempo, 1–16 (padrão 3).</translation>
    </message>
    <message>
        <source>Part size, e.g. 64M (100K–5G; default: from the file size, at least 16M).</source>
        <translation>Tamanho da parte, p. ex. 64M (100K–5G; padrão: conforme o tamanho do arquivo, no mínimo 16M).</translation>
    </message>
    <message>
        <source>give a FILE and a BUCKET/KEY</source>
        <translation>informe um FILE e um BUCKET/KEY</translation>
    </message>
    <message>
        <source>the destination must be BUCKET/KEY, not &quot;%1&quot;</source>
        <translation>o destino deve ser BUCKET/KEY, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--parallel must be a number from 1 to 16</source>
        <translation>--parallel deve ser um número de 1 a 16</translation>
    </message>
    <message>
        <source>--part-size must be a size such as 100K, 64M or 1G, not &quot;%1&quot;</source>
        <translation>--part-size deve ser um tamanho como 100K, 64M ou 1G, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 of %2 bytes (%3%), %4, %5 left</source>
        <translation>%1 de %2 bytes (%3%), %4, faltam %5</translation>
    </message>
    <message>
        <source>The parts sent so far are kept: run the same command again to resume.</source>
        <translation>As partes enviadas até agora são mantidas: execute o mesmo comando de novo para retomar.</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3 bytes, %4 parts sent in %5 s, ETag %6).</source>
        <translation>%1 enviado para %2 (%3 bytes, %4 partes enviadas em %5 s, ETag %6).</translation>
    </message>
</context>
<context>
    <name>ims::AbortMultipartCall</name>
    <message>
        <source>abort the multipart upload</source>
        <translation>cancelar o envio multipart</translation>
    </message>
</context>
<context>
    <name>ims::AccountSource</name>
    <message>
        <source>Not connected: connect first, or type the value by hand.</source>
        <translation>Não conectado: conecte-se primeiro ou digite o valor manualmente.</translation>
    </message>
</context>
<context>
    <name>ims::ActivityLog</name>
    <message numerus="yes">
        <source>The activity log could not be written; %n entry(s) wait and are written again shortly.</source>
        <translation>
            <numerusform>Não foi possível gravar o registro de atividades; %n entrada aguarda e será gravada novamente em breve.</numerusform>
            <numerusform>Não foi possível gravar o registro de atividades; %n entradas aguardam e serão gravadas novamente em breve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the activity log in %1: %2</source>
        <translation>Não é possível gravar o registro de atividades em %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the activity log in %1: %2</source>
        <translation>Não é possível ler o registro de atividades em %1: %2</translation>
    </message>
</context>
<context>
    <name>ims::ActivityModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>falhou (%1)</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconhecido</translation>
    </message>
    <message>
        <source>The call was sent but its answer did not come: it may have changed something. Look before sending it again.</source>
        <translation>A chamada foi enviada, mas a resposta não chegou: ela pode ter alterado algo. Verifique antes de enviá-la novamente.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID da solicitação</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID da tarefa</translation>
    </message>
</context>
<context>
    <name>ims::ActivityWindow</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Activity — IMS Wizard</source>
        <translation>Atividade — IMS Wizard</translation>
    </message>
    <message>
        <source>Filter: operation, path, request ID, job ID, error…</source>
        <translation>Filtro: operação, caminho, ID da solicitação, ID da tarefa, erro…</translation>
    </message>
    <message>
        <source>Filter the activity by text</source>
        <translation>Filtrar a atividade por texto</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Show the activity of connection</source>
        <translation>Mostrar a atividade da conexão</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas as conexões</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nexão:</translation>
    </message>
    <message>
        <source>Calls that changed something in the cloud</source>
        <translation>Chamadas que alteraram algo na nuvem</translation>
    </message>
    <message>
        <source>Copy the selected calls as text</source>
        <translation>Copiar as chamadas selecionadas como texto</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated (Ctrl+C in the table).</source>
        <translation>Copia as linhas selecionadas, separadas por tabulação (Ctrl+C na tabela).</translation>
    </message>
    <message>
        <source>Export the calls shown as CSV</source>
        <translation>Exportar as chamadas mostradas como CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the activity window</source>
        <translation>Fechar a janela de atividade</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n chamada</numerusform>
            <numerusform>%n chamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 de %n chamada</numerusform>
            <numerusform>%1 de %n chamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the activity as CSV</source>
        <translation>Exportar a atividade como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>Exportar a atividade</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ims::BatchDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Batch file or folder</source>
        <translation>Arquivo ou pasta do lote</translation>
    </message>
    <message>
        <source>A CSV file or a folder of request files</source>
        <translation>Um arquivo CSV ou uma pasta de arquivos de solicitação</translation>
    </message>
    <message>
        <source>CSV &amp;file…</source>
        <translation>&amp;Arquivo CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Escolher um arquivo CSV</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Pasta…</translation>
    </message>
    <message>
        <source>Choose a folder of request files</source>
        <translation>Escolher uma pasta de arquivos de solicitação</translation>
    </message>
    <message>
        <source>Method of rows that name none</source>
        <translation>Método das linhas que não indicam nenhum</translation>
    </message>
    <message>
        <source>(from the file&apos;s method column)</source>
        <translation>(da coluna de método do arquivo)</translation>
    </message>
    <message>
        <source>Creates in flight at most</source>
        <translation>Máximo de criações simultâneas</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Method of rows without one:</source>
        <translation>&amp;Método das linhas sem método:</translation>
    </message>
    <message>
        <source>Creates &amp;in flight at most:</source>
        <translation>Máximo de criações &amp;simultâneas:</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Linhas do lote</translation>
    </message>
    <message>
        <source>Submit the ready rows</source>
        <translation>Enviar as linhas prontas</translation>
    </message>
    <message>
        <source>Batch from a CSV file</source>
        <translation>Lote a partir de um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Batch from a folder of request files</source>
        <translation>Lote a partir de uma pasta de arquivos de solicitação</translation>
    </message>
    <message>
        <source>Choose a CSV file (a header row of field names, one image per row; {row} in a value becomes the row&apos;s number) or a folder of request files.</source>
        <translation>Escolha um arquivo CSV (uma linha de cabeçalho com nomes de campos, uma imagem por linha; {row} em um valor vira o número da linha) ou uma pasta de arquivos de solicitação.</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Verificando %1 linhas…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 not valid.</source>
        <translation>%1 linhas: %2 prontas, %3 inválidas.</translation>
    </message>
    <message>
        <source>%1 rows: %2 sent (%3 running, %4 succeeded, %5 failed), %6 refused, %7 outcome unknown, %8 not sent; the job monitor follows them as &quot;Batch %9&quot;.</source>
        <translation>%1 linhas: %2 enviadas (%3 em execução, %4 concluídas, %5 com falha), %6 recusadas, %7 com resultado desconhecido, %8 não enviadas; o monitor de tarefas as acompanha como &quot;Lote %9&quot;.</translation>
    </message>
    <message>
        <source>%1 rows were sent before and are not sent again.</source>
        <translation>%1 linhas foram enviadas antes e não são reenviadas.</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Interrompido antes do fim: %1</translation>
    </message>
    <message>
        <source>Choose a connection (Connection menu) to send them.</source>
        <translation>Escolha uma conexão (menu Conexão) para enviá-las.</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>&amp;Submit %1 ready</source>
        <translation>&amp;Enviar %1 prontas</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
</context>
<context>
    <name>ims::BatchRunner</name>
    <message>
        <source>cannot note what was sent in %1 (%2): nothing more is sent, so that nothing is sent twice</source>
        <translation>não é possível registrar o que foi enviado em %1 (%2): nada mais é enviado, para que nada seja enviado duas vezes</translation>
    </message>
    <message>
        <source>sent by an earlier run of this batch that stopped before the answer came; it may have created the image: look before sending it again</source>
        <translation>enviada por uma execução anterior deste lote que parou antes de a resposta chegar; ela pode ter criado a imagem: verifique antes de enviá-la novamente</translation>
    </message>
    <message>
        <source>sent by an earlier run (its job is no longer in the job list)</source>
        <translation>enviada por uma execução anterior (a tarefa não está mais na lista de tarefas)</translation>
    </message>
    <message>
        <source>the image quota would be exceeded: the rows from %1 on are not sent</source>
        <translation>a cota de imagens seria excedida: as linhas a partir de %1 não são enviadas</translation>
    </message>
    <message>
        <source>not sent: the image quota would be exceeded</source>
        <translation>não enviada: a cota de imagens seria excedida</translation>
    </message>
    <message>
        <source>sent, but no answer came (%1): it may have created the image; look before sending it again</source>
        <translation>enviada, mas nenhuma resposta chegou (%1): ela pode ter criado a imagem; verifique antes de enviá-la novamente</translation>
    </message>
    <message>
        <source>not sent: the image quota is reached</source>
        <translation>não enviada: a cota de imagens foi atingida</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>não enviada: %1</translation>
    </message>
    <message>
        <source>not sent: cancelled</source>
        <translation>não enviada: cancelada</translation>
    </message>
</context>
<context>
    <name>ims::BatchTableModel</name>
    <message>
        <source>%1 (sent before)</source>
        <translation>%1 (enviada antes)</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>tarefa %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Why / what happened</source>
        <translation>Motivo / o que aconteceu</translation>
    </message>
</context>
<context>
    <name>ims::BucketObjectEditor</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Ne&amp;w bucket…</source>
        <translation>&amp;Novo bucket…</translation>
    </message>
    <message>
        <source>OBS bucket</source>
        <translation>Bucket do OBS</translation>
    </message>
    <message>
        <source>List the buckets again</source>
        <translation>Listar os buckets novamente</translation>
    </message>
    <message>
        <source>Create a bucket</source>
        <translation>Criar um bucket</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>Nome do objeto</translation>
    </message>
    <message>
        <source>Parts sent at once</source>
        <translation>Partes enviadas simultaneamente</translation>
    </message>
    <message>
        <source>More parts at once can be faster on a fast line; 3 suits most.</source>
        <translation>Mais partes simultâneas podem ser mais rápidas numa conexão rápida; 3 serve na maioria dos casos.</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>Nome do &amp;objeto:</translation>
    </message>
    <message>
        <source>&amp;Parts at once:</source>
        <translation>Partes &amp;simultâneas:</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to list its buckets.</source>
        <translation>Não conectado: escolha uma conexão para listar seus buckets.</translation>
    </message>
    <message>
        <source>Listing the buckets…</source>
        <translation>Listando os buckets…</translation>
    </message>
    <message>
        <source>No bucket in %1 yet: make one with “New bucket…”.</source>
        <translation>Ainda não há bucket em %1: crie um com “Novo bucket…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) in %1.</source>
        <translation>
            <numerusform>%n bucket em %1.</numerusform>
            <numerusform>%n buckets em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>Novo bucket</translation>
    </message>
    <message>
        <source>Bucket name (3–63 characters: lower-case letters, digits, hyphens and dots):</source>
        <translation>Nome do bucket (3–63 caracteres: letras minúsculas, dígitos, hifens e pontos):</translation>
    </message>
    <message>
        <source>“%1” is not a valid bucket name: 3–63 lower-case letters, digits, hyphens and dots, starting and ending with a letter or digit.</source>
        <translation>“%1” não é um nome de bucket válido: 3–63 letras minúsculas, dígitos, hifens e pontos, começando e terminando com letra ou dígito.</translation>
    </message>
    <message>
        <source>Creating the bucket %1…</source>
        <translation>Criando o bucket %1…</translation>
    </message>
</context>
<context>
    <name>ims::CompleteMultipartCall</name>
    <message>
        <source>complete the multipart upload</source>
        <translation>concluir o envio multipart</translation>
    </message>
</context>
<context>
    <name>ims::ConnectionDialog</name>
    <message>
        <source>Connections — IMS Wizard</source>
        <translation>Conexões — IMS Wizard</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
    <message>
        <source>Connection&amp;s</source>
        <translation>Conexõe&amp;s</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>e.g. Production Singapore</source>
        <translation>por exemplo, Produção Singapura</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>Pick a region, or type a private cloud&apos;s region id</source>
        <translation>Escolha uma região ou digite o ID de região de uma nuvem privada</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <source>&amp;IMS endpoint</source>
        <translation>Endpoint do &amp;IMS</translation>
    </message>
    <message>
        <source>I&amp;AM endpoint</source>
        <translation>Endpoint do I&amp;AM</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create pat&amp;hs</source>
        <translation>Usar no&amp;vos caminhos de criação /v2.1</translation>
    </message>
    <message>
        <source>Use the newer /v2.1 create paths</source>
        <translation>Usar novos caminhos de criação /v2.1</translation>
    </message>
    <message>
        <source>The &quot;(New)&quot; create endpoints of the IMS API reference; leave off unless your region asks for them.</source>
        <translation>Os endpoints de criação “(New)” da referência da API do IMS; deixe desmarcado, a menos que sua região os exija.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>IAM user and password (token)</source>
        <translation>Usuário do IAM e senha (token)</translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation>Chave de acesso (AK/SK)</translation>
    </message>
    <message>
        <source>Si&amp;gn in with</source>
        <translation>Lo&amp;gin com</translation>
    </message>
    <message>
        <source>the account name your IAM user belongs to</source>
        <translation>nome da conta do usuário do IAM</translation>
    </message>
    <message>
        <source>Acc&amp;ount (domain)</source>
        <translation>C&amp;onta (domínio)</translation>
    </message>
    <message>
        <source>IAM us&amp;er</source>
        <translation>Usuário &amp;do IAM</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Sen&amp;ha</translation>
    </message>
    <message>
        <source>Access &amp;key (AK)</source>
        <translation>Chave de &amp;acesso (AK)</translation>
    </message>
    <message>
        <source>Secret ke&amp;y (SK)</source>
        <translation>C&amp;have secreta (SK)</translation>
    </message>
    <message>
        <source>only for temporary AK/SK</source>
        <translation>só para AK/SK temporárias</translation>
    </message>
    <message>
        <source>Security &amp;token</source>
        <translation>T&amp;oken de segurança</translation>
    </message>
    <message>
        <source>usually the region id</source>
        <translation>normalmente o ID da região</translation>
    </message>
    <message>
        <source>&amp;Project name</source>
        <translation>Nome do &amp;projeto</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 caracteres hexadecimais</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID</source>
        <translation>ID do pro&amp;jeto</translation>
    </message>
    <message>
        <source>Remem&amp;ber secrets in the keychain</source>
        <translation>Lem&amp;brar os segredos no chaveiro</translation>
    </message>
    <message>
        <source>Remember secrets in the keychain</source>
        <translation>Lembrar os segredos no chaveiro</translation>
    </message>
    <message>
        <source>Off: the secrets are kept in memory for this session only. They are never written to a file.</source>
        <translation>Desmarcado: os segredos ficam na memória só nesta sessão. Nunca são gravados em arquivo.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar só nesta sessão</translation>
    </message>
    <message>
        <source>Keep the secrets for this session only</source>
        <translation>Guardar os segredos só nesta sessão</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Proxy do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128 or socks5://…</source>
        <translation>http://proxy.example.com:3128 ou socks5://…</translation>
    </message>
    <message>
        <source>Proxy UR&amp;L</source>
        <translation>URL do prox&amp;y</translation>
    </message>
    <message>
        <source>PEM file trusted besides the system&apos;s CAs (optional)</source>
        <translation>Arquivo PEM confiável além das CAs do sistema (opcional)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Arquivo de CA extra</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>Escolha o arquivo de CA extra</translation>
    </message>
    <message>
        <source>Extra CA &amp;file</source>
        <translation>Ar&amp;quivo de CA extra</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>O que ainda falta</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testando</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Resultados do teste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;lvar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>“%1” salva.</translation>
    </message>
    <message>
        <source>Sandbox (built in)</source>
        <translation>Sandbox (integrado)</translation>
    </message>
    <message>
        <source>A look-alike of IMS on this computer; not editable.</source>
        <translation>Uma imitação do IMS neste computador; não editável.</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>Lendo do chaveiro…</translation>
    </message>
    <message>
        <source>Not stored yet: type it</source>
        <translation>Ainda não armazenado: digite</translation>
    </message>
    <message>
        <source>Required: a name to find this connection by.</source>
        <translation>Obrigatório: um nome para identificar esta conexão.</translation>
    </message>
    <message>
        <source>No spaces at the start or the end.</source>
        <translation>Sem espaços no início nem no fim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>“%1” é o nome do sandbox integrado.</translation>
    </message>
    <message>
        <source>Another connection has this name.</source>
        <translation>Outra conexão já tem este nome.</translation>
    </message>
    <message>
        <source>%1 — endpoints left empty mean %2 and %3.</source>
        <translation>%1 — endpoints em branco usam %2 e %3.</translation>
    </message>
    <message>
        <source>Not a public region: give the IMS and IAM endpoints.</source>
        <translation>Não é uma região pública: informe os endpoints do IMS e do IAM.</translation>
    </message>
    <message>
        <source>Not a public region: give the IMS endpoint.</source>
        <translation>Não é uma região pública: informe o endpoint do IMS.</translation>
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
        <translation>por exemplo, ap-southeast-1</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>vazio: %1</translation>
    </message>
    <message>
        <source>To connect, fill in or correct: %1.</source>
        <translation>Para conectar, preencha ou corrija: %1.</translation>
    </message>
    <message>
        <source>The unreadable connections file was kept as %1.</source>
        <translation>O arquivo de conexões ilegível foi guardado como %1.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nova conexão</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 cópia</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Excluir conexão</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>Excluir a conexão “%1” e os segredos dela no chaveiro?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation>Funcionou: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>A conexão funciona.</translation>
    </message>
    <message>
        <source>The test failed; the steps above say where.</source>
        <translation>O teste falhou; as etapas acima mostram onde.</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation>Conectado a “%1”.</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; are kept in memory until the program ends.</source>
        <translation>Os segredos de “%1” ficam na memória até o programa terminar.</translation>
    </message>
    <message>
        <source>Secrets kept for this session only.</source>
        <translation>Segredos guardados só nesta sessão.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the fields listed after &apos;To connect, fill in or correct:&apos;</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The last test of &quot;%1&quot; did not pass. Connect anyway?</source>
        <translation>O último teste de &quot;%1&quot; não passou. Conectar mesmo assim?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been tested as it is now. Connect anyway?</source>
        <translation>&quot;%1&quot; não foi testada como está agora. Conectar mesmo assim?</translation>
    </message>
    <message>
        <source>Requests may fail at Submit if the endpoints, the project or the secret are wrong.</source>
        <translation>As solicitações podem falhar ao enviar se os endpoints, o projeto ou o segredo estiverem errados.</translation>
    </message>
    <message>
        <source>Connect &amp;anyway</source>
        <translation>Conectar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Test first</source>
        <translation>&amp;Testar antes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The built-in sandbox&lt;/b&gt; is a look-alike of IAM and IMS that runs on this computer (127.0.0.1) with a demo account. It needs no cloud account and no secret, and it cannot be edited or deleted.&lt;/p&gt;&lt;p&gt;Connect starts it; its jobs join the job list until the program ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O sandbox integrado&lt;/b&gt; é uma imitação do IAM e do IMS que roda neste computador (127.0.0.1) com uma conta de demonstração. Não precisa de conta na nuvem nem de segredo, e não pode ser editado nem excluído.&lt;/p&gt;&lt;p&gt;Conectar o inicia; as tarefas dele entram na lista de tarefas até o programa terminar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fill in the account and its secret first; then the lists can be asked for.</source>
        <translation>Preencha primeiro a conta e o segredo dela; depois as listas podem ser solicitadas.</translation>
    </message>
    <message>
        <source>Loading regions and projects…</source>
        <translation>Carregando regiões e projetos…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 regions and %2 projects loaded: pick them from the region list and as you type the project.</source>
        <translation>%1 regiões e %2 projetos carregados: escolha-os na lista de regiões e ao digitar o projeto.</translation>
    </message>
    <message>
        <source>Load regions and projects</source>
        <translation>Carregar regiões e projetos</translation>
    </message>
    <message>
        <source>Load regions and projects from the account</source>
        <translation>Carregar regiões e projetos da conta</translation>
    </message>
    <message>
        <source>Asks IAM for its regions and the projects this user may use, to pick from.</source>
        <translation>Solicita ao IAM suas regiões e os projetos que este usuário pode usar, para escolher.</translation>
    </message>
    <message>
        <source>Region and project lists</source>
        <translation>Listas de regiões e projetos</translation>
    </message>
</context>
<context>
    <name>ims::ConnectionTester</name>
    <message>
        <source>IAM at %1 gave no token. %2</source>
        <translation>O IAM em %1 não forneceu token. %2</translation>
    </message>
    <message>
        <source>IAM at %1 answered: token for project %2 (id %3), valid until %4.</source>
        <translation>O IAM em %1 respondeu: token do projeto %2 (ID %3), válido até %4.</translation>
    </message>
    <message>
        <source>IMS at %1 did not accept the test request (GET os_version). %2</source>
        <translation>O IMS em %1 não aceitou a solicitação de teste (GET os_version). %2</translation>
    </message>
    <message>
        <source>IMS at %1 answered: the AK/SK signature of access key %2 was accepted (OS versions offered: %3).</source>
        <translation>O IMS em %1 respondeu: a assinatura AK/SK da chave de acesso %2 foi aceita (versões de SO oferecidas: %3).</translation>
    </message>
    <message>
        <source>IMS at %1 answered: the token was accepted (OS versions offered: %2).</source>
        <translation>O IMS em %1 respondeu: o token foi aceito (versões de SO oferecidas: %2).</translation>
    </message>
    <message>
        <source>Check the project name or id: IAM does not know it in this account.</source>
        <translation>Verifique o nome ou o ID do projeto: o IAM não o conhece nesta conta.</translation>
    </message>
    <message>
        <source>The proxy %1 is used for this connection.</source>
        <translation>O proxy %1 é usado para esta conexão.</translation>
    </message>
    <message>
        <source>No extra CA file is set for this connection.</source>
        <translation>Nenhum arquivo de CA extra está definido para esta conexão.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
</context>
<context>
    <name>ims::CreateImageCall</name>
    <message>
        <source>The create call succeeded (HTTP %1) but its answer is not JSON.</source>
        <translation>A chamada de criação teve êxito (HTTP %1), mas a resposta não é JSON.</translation>
    </message>
    <message>
        <source>The create call succeeded (HTTP %1) but named no job_id.</source>
        <translation>A chamada de criação teve êxito (HTTP %1), mas não informou nenhum job_id.</translation>
    </message>
    <message>
        <source>The image metadata was created (HTTP %1) but the answer has no image id.</source>
        <translation>Os metadados da imagem foram criados (HTTP %1), mas a resposta não tem ID de imagem.</translation>
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
        <translation>Adicionar &amp;disco de dados</translation>
    </message>
    <message>
        <source>Remove data dis&amp;k</source>
        <translation>&amp;Remover disco de dados</translation>
    </message>
    <message>
        <source>At most %1 data disks.</source>
        <translation>No máximo %1 discos de dados.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>From an &amp;ECS…</source>
        <translation>De um &amp;ECS…</translation>
    </message>
    <message>
        <source>Fill the data disks from an ECS</source>
        <translation>Preencher os discos de dados a partir de um ECS</translation>
    </message>
    <message>
        <source>Pick an ECS: one row per data disk attached to it.</source>
        <translation>Escolha um ECS: uma linha por disco de dados anexado a ele.</translation>
    </message>
    <message>
        <source>Browse for the row…</source>
        <translation>Procurar para a linha…</translation>
    </message>
    <message>
        <source>Browse for the %1 of the current row</source>
        <translation>Procurar %1 da linha atual</translation>
    </message>
    <message>
        <source>The ECS &quot;%1&quot; has no data disks attached: pick another, or type the disk IDs.</source>
        <translation>O ECS &quot;%1&quot; não tem discos de dados anexados: escolha outro ou digite os IDs dos discos.</translation>
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
        <translation>E&amp;xportar ▸</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write this request as Terraform, KooCLI, curl or Python SDK code. Secrets are never written.</source>
        <translation>Grava esta solicitação como código Terraform, KooCLI, curl ou Python SDK. Os segredos nunca são gravados.</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Formatos de exportação</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Salvar em arquivo…</translation>
    </message>
    <message>
        <source>The %1 export is on the clipboard.</source>
        <translation>A exportação %1 está na área de transferência.</translation>
    </message>
    <message>
        <source>Save the %1 export</source>
        <translation>Salvar a exportação %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved the %1 export to %2.</source>
        <translation>A exportação %1 foi salva em %2.</translation>
    </message>
</context>
<context>
    <name>ims::FieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source> *</source>
        <translation> *</translation>
    </message>
    <message>
        <source>Not set (server default: %1)</source>
        <translation>Não definido (padrão do servidor: %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Type to search, e.g. CentOS 7.6</source>
        <translation>Digite para pesquisar, p. ex. CentOS 7.6</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Procurar %1</translation>
    </message>
    <message>
        <source>Type it, or Browse… (Ctrl+Space)</source>
        <translation>Digite-o ou use Procurar… (Ctrl+Space)</translation>
    </message>
</context>
<context>
    <name>ims::FieldsPage</name>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
</context>
<context>
    <name>ims::FileUpload</name>
    <message>
        <source>The part size must be between 100 KB and 5 GB (OBS&apos;s limits), not %1 bytes.</source>
        <translation>O tamanho da parte deve estar entre 100 KB e 5 GB (limites do OBS), não %1 bytes.</translation>
    </message>
    <message>
        <source>Parts of %1 bytes would make more than 10,000 parts for this file; choose at least %2 bytes.</source>
        <translation>Partes de %1 bytes dariam mais de 10.000 partes para este arquivo; escolha pelo menos %2 bytes.</translation>
    </message>
    <message>
        <source>OBS refused the parts as too small: every part but the last must be at least 100 KB (the server may ask for more); choose a larger part size.</source>
        <translation>O OBS recusou as partes por serem pequenas demais: toda parte, exceto a última, deve ter pelo menos 100 KB (o servidor pode exigir mais); escolha um tamanho de parte maior.</translation>
    </message>
    <message>
        <source>OBS received part bytes that differ from the file&apos;s (Content-MD5 mismatch); the file may be changing while it is read.</source>
        <translation>O OBS recebeu bytes de parte diferentes dos do arquivo (Content-MD5 não confere); o arquivo pode estar mudando enquanto é lido.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>O arquivo %1 não pode ser lido.</translation>
    </message>
    <message>
        <source>The file changed since the interrupted upload (size or modification time differ); starting over.</source>
        <translation>O arquivo mudou desde o envio interrompido (tamanho ou data de modificação diferentes); recomeçando.</translation>
    </message>
    <message>
        <source>The upload&apos;s checkpoint cannot be written to %1: %2</source>
        <translation>O ponto de controle do envio não pode ser gravado em %1: %2</translation>
    </message>
    <message>
        <source>OBS no longer knows the interrupted upload (it was completed, aborted or expired); starting over.</source>
        <translation>O OBS não conhece mais o envio interrompido (foi concluído, cancelado ou expirou); recomeçando.</translation>
    </message>
    <message>
        <source>Resuming upload %1: %2 of %3 parts are on OBS, %4 to send.</source>
        <translation>Retomando o envio %1: %2 de %3 partes estão no OBS, %4 a enviar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (at byte %2).</source>
        <translation>O arquivo %1 não pode ser lido (no byte %2).</translation>
    </message>
</context>
<context>
    <name>ims::HelpWindow</name>
    <message>
        <source>IMS Wizard — User guide</source>
        <translation>IMS Wizard — Guia do usuário</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>The user guide was not found. It is installed as /usr/share/doc/ims-wizard/user-guide.md and is docs/user-guide.md in the source.</source>
        <translation>O guia do usuário não foi encontrado. Ele é instalado como /usr/share/doc/ims-wizard/user-guide.md e está em docs/user-guide.md no código-fonte.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sumário</translation>
    </message>
</context>
<context>
    <name>ims::ImageCall</name>
    <message>
        <source>The image was not found in the answer.</source>
        <translation>A imagem não foi encontrada na resposta.</translation>
    </message>
</context>
<context>
    <name>ims::ImageListModel</name>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>Disco de dados</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Formato de disco</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>Disco mínimo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
</context>
<context>
    <name>ims::ImagePage</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>The image&apos;s name, operating system, sizes and options.</source>
        <translation>Nome, sistema operacional, tamanhos e opções da imagem.</translation>
    </message>
</context>
<context>
    <name>ims::ImageWizard</name>
    <message>
        <source>Create a private image</source>
        <translation>Criar uma imagem privada</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nova solicitação</translation>
    </message>
</context>
<context>
    <name>ims::ImagesWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Parar carregamento</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copiar ID</translation>
    </message>
    <message>
        <source>Create &amp;similar…</source>
        <translation>Criar &amp;semelhante…</translation>
    </message>
    <message>
        <source>Images — IMS Wizard</source>
        <translation>Imagens — IMS Wizard</translation>
    </message>
    <message>
        <source>Search: name, ID, OS…</source>
        <translation>Pesquisar: nome, ID, SO…</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Pesquisar imagens</translation>
    </message>
    <message>
        <source>Show images in status</source>
        <translation>Mostrar imagens no status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Private images</source>
        <translation>Imagens privadas</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Detalhes da imagem</translation>
    </message>
    <message>
        <source>Choose an image to see all it records.</source>
        <translation>Escolha uma imagem para ver tudo o que ela registra.</translation>
    </message>
    <message>
        <source>Load the list again from IMS (F5).</source>
        <translation>Carregar a lista novamente do IMS (F5).</translation>
    </message>
    <message>
        <source>Copy the chosen image&apos;s ID (Ctrl+Shift+C).</source>
        <translation>Copiar o ID da imagem escolhida (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <source>Open the wizard with this image&apos;s settings: name, OS, minimum disk, tags, description…</source>
        <translation>Abrir o assistente com as configurações desta imagem: nome, SO, disco mínimo, tags, descrição…</translation>
    </message>
    <message>
        <source>Images — %1</source>
        <translation>Imagens — %1</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to see its images.</source>
        <translation>Não conectado: escolha uma conexão para ver suas imagens.</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Carregando imagens…</translation>
    </message>
    <message>
        <source>Loading… images so far: %1</source>
        <translation>Carregando… imagens até agora: %1</translation>
    </message>
    <message>
        <source>Stopped: images loaded: %1; there may be more.</source>
        <translation>Interrompido: imagens carregadas: %1; pode haver mais.</translation>
    </message>
    <message>
        <source>Private images: %1</source>
        <translation>Imagens privadas: %1</translation>
    </message>
    <message>
        <source>The image %1 is not among them: it was deleted, or belongs to another project or region.</source>
        <translation>A imagem %1 não está entre elas: foi excluída ou pertence a outro projeto ou região.</translation>
    </message>
</context>
<context>
    <name>ims::InitiateMultipartCall</name>
    <message>
        <source>start a multipart upload</source>
        <translation>iniciar um envio multipart</translation>
    </message>
    <message>
        <source>The answer to starting a multipart upload names no UploadId.</source>
        <translation>A resposta ao início de um envio multipart não indica nenhum UploadId.</translation>
    </message>
</context>
<context>
    <name>ims::JobDetailsDialog</name>
    <message>
        <source>Request that started the job</source>
        <translation>Solicitação que iniciou a tarefa</translation>
    </message>
    <message>
        <source>Last job answer</source>
        <translation>Última resposta da tarefa</translation>
    </message>
    <message>
        <source>Job summary</source>
        <translation>Resumo da tarefa</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Solicitação e resposta</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitação</translation>
    </message>
    <message>
        <source>Job &amp;answer</source>
        <translation>&amp;Resposta da tarefa</translation>
    </message>
    <message>
        <source>&amp;Copy job ID</source>
        <translation>&amp;Copiar ID da tarefa</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard</source>
        <translation>C&amp;lonar no assistente</translation>
    </message>
    <message>
        <source>Open this request in the wizard to change it and submit it again.</source>
        <translation>Abre esta solicitação no assistente para alterá-la e enviá-la novamente.</translation>
    </message>
    <message>
        <source>Job — %1</source>
        <translation>Tarefa — %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nome da imagem</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>none: the server&apos;s answer to the create call was lost</source>
        <translation>nenhum: a resposta do servidor à chamada de criação se perdeu</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada em</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada em</translation>
    </message>
    <message>
        <source>Image IDs</source>
        <translation>IDs das imagens</translation>
    </message>
    <message>
        <source>Sub-job %1</source>
        <translation>Subtarefa %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The outcome of this submission is unknown.&lt;/b&gt; The request may or may not have created a job; it was not sent again. Check the image list in the console before submitting it again.</source>
        <translation>&lt;b&gt;O resultado deste envio é desconhecido.&lt;/b&gt; A solicitação pode ou não ter criado uma tarefa; ela não foi reenviada. Confira a lista de imagens no console antes de enviá-la novamente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The job failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A tarefa falhou.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de erro: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation>A última consulta falhou: %1</translation>
    </message>
    <message>
        <source>Use “Clone into wizard” to fix the request and submit it again.</source>
        <translation>Use “Clonar no assistente” para corrigir a solicitação e enviá-la novamente.</translation>
    </message>
    <message>
        <source>No answer from the job query yet.</source>
        <translation>Ainda não há resposta da consulta da tarefa.</translation>
    </message>
    <message>
        <source>Request ID (create)</source>
        <translation>ID da solicitação (criação)</translation>
    </message>
    <message>
        <source>Request ID (last poll)</source>
        <translation>ID da solicitação (última consulta)</translation>
    </message>
    <message>
        <source>Show &amp;image</source>
        <translation>Mostrar &amp;imagem</translation>
    </message>
    <message>
        <source>Show the image this job made in the Images window.</source>
        <translation>Mostrar na janela Imagens a imagem criada por esta tarefa.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>To OBS</source>
        <translation>Para o OBS</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Create call</source>
        <translation>Chamada de criação</translation>
    </message>
    <message>
        <source>sent once the upload has finished</source>
        <translation>enviada quando o envio terminar</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusada: %1</translation>
    </message>
    <message>
        <source>sent: job %1</source>
        <translation>enviada: tarefa %1</translation>
    </message>
    <message>
        <source>sent; no answer came back</source>
        <translation>enviada; nenhuma resposta voltou</translation>
    </message>
    <message>
        <source>&lt;b&gt;The upload stopped.&lt;/b&gt;</source>
        <translation>&lt;b&gt;O envio parou.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation>A última consulta falhou: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Image IDs</source>
        <translation>IDs das imagens</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 por cento</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Decorrido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Uploaded, create waits</source>
        <translation>Enviado, criação pendente</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Falha no envio</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation>, %1/s, faltam %2</translation>
    </message>
    <message>
        <source>Batch %1: %2 jobs sent, %3 running, %4 succeeded, %5 failed, %6 outcome unknown</source>
        <translation>Lote %1: %2 tarefas enviadas, %3 em execução, %4 concluídas, %5 com falha, %6 com resultado desconhecido</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>%1 sent · %2 running · %3 succeeded · %4 failed</source>
        <translation>%1 enviadas · %2 em execução · %3 concluídas · %4 com falha</translation>
    </message>
    <message>
        <source> · %1 outcome unknown</source>
        <translation> · %1 com resultado desconhecido</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imagens</translation>
    </message>
    <message>
        <source>The create call was refused: %1</source>
        <translation>A chamada de criação foi recusada: %1</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <translation>%1 por cento, %2</translation>
    </message>
    <message>
        <source>Upload: %1</source>
        <translation>Envio: %1</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>envio</translation>
    </message>
    <message>
        <source>upload → %1</source>
        <translation>envio → %1</translation>
    </message>
    <message>
        <source>%1 % · %2 left</source>
        <translation>%1 % · faltam %2</translation>
    </message>
</context>
<context>
    <name>ims::JobMonitor</name>
    <message>
        <source>Not followed: no connection to %1 is open.</source>
        <translation>Não acompanhada: nenhuma conexão com %1 está aberta.</translation>
    </message>
    <message>
        <source>Not followed: its connection “%1” is not open.</source>
        <translation>Não acompanhada: a conexão “%1” dela não está aberta.</translation>
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
        <translation>Falha na criação da imagem</translation>
    </message>
    <message>
        <source>%1: the job failed.</source>
        <translation>%1: a tarefa falhou.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image ready</source>
        <translation>Imagem pronta</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 foi criada.</translation>
    </message>
    <message>
        <source>%1 was created (%2).</source>
        <translation>%1 foi criada (%2).</translation>
    </message>
    <message numerus="yes">
        <source>IMS Wizard — %n job(s) running</source>
        <translation>
            <numerusform>IMS Wizard — %n tarefa em execução</numerusform>
            <numerusform>IMS Wizard — %n tarefas em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>IMS Wizard — no job running</source>
        <translation>IMS Wizard — nenhuma tarefa em execução</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Falha no envio</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Envio concluído</translation>
    </message>
    <message>
        <source>%1 is in the bucket %2.</source>
        <translation>%1 está no bucket %2.</translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation>Lote concluído com falhas</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Lote concluído</translation>
    </message>
    <message>
        <source>%1: %2 images created, %3 failed.</source>
        <translation>%1: %2 imagens criadas, %3 com falha.</translation>
    </message>
</context>
<context>
    <name>ims::JobStatusCall</name>
    <message>
        <source>The job status answer could not be read: %1</source>
        <translation>Não foi possível ler a resposta de status da tarefa: %1</translation>
    </message>
</context>
<context>
    <name>ims::JobWaiter</name>
    <message>
        <source>gave up after %1 s (--timeout); the job goes on in the cloud</source>
        <translation>desistiu após %1 s (--timeout); a tarefa continua na nuvem</translation>
    </message>
    <message>
        <source>interrupted; the job goes on in the cloud</source>
        <translation>interrompido; a tarefa continua na nuvem</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>tarefa %1: %2</translation>
    </message>
</context>
<context>
    <name>ims::JobsView</name>
    <message>
        <source>Filter: name, job ID, image ID…</source>
        <translation>Filtro: nome, ID da tarefa, ID da imagem…</translation>
    </message>
    <message>
        <source>Filter jobs by text</source>
        <translation>Filtrar tarefas por texto</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Mostrar tarefas no estado</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todas as tarefas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Submitted jobs</source>
        <translation>Tarefas enviadas</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <source>C&amp;lone into wizard</source>
        <translation>C&amp;lonar no assistente</translation>
    </message>
    <message>
        <source>&amp;Copy job ID</source>
        <translation>&amp;Copiar ID da tarefa</translation>
    </message>
    <message>
        <source>Copy &amp;image ID</source>
        <translation>Copiar ID da &amp;imagem</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <source>Remove all &amp;finished jobs</source>
        <translation>Remover todas as tarefas &amp;finalizadas</translation>
    </message>
    <message>
        <source>&amp;Keep finished jobs for…</source>
        <translation>&amp;Manter tarefas finalizadas por…</translation>
    </message>
    <message>
        <source>Removes finished jobs from this list; images already made are not touched.</source>
        <translation>Remove as tarefas finalizadas desta lista; as imagens já criadas não são afetadas.</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalhes da tarefa</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Ações da tarefa</translation>
    </message>
    <message>
        <source>&amp;Show image</source>
        <translation>M&amp;ostrar imagem</translation>
    </message>
    <message>
        <source>Res&amp;ume upload</source>
        <translation>Re&amp;tomar envio</translation>
    </message>
    <message>
        <source>&amp;Pause upload</source>
        <translation>&amp;Pausar envio</translation>
    </message>
    <message>
        <source>Cancel &amp;upload…</source>
        <translation>Cancelar e&amp;nvio…</translation>
    </message>
    <message>
        <source>Pause it to resume later, or abort it and delete its parts on OBS.</source>
        <translation>Pause-o para retomar depois, ou aborte-o e exclua as partes dele no OBS.</translation>
    </message>
</context>
<context>
    <name>ims::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start of IMS Wizard.</source>
        <translation>O novo idioma será usado a partir da próxima vez que o IMS Wizard for iniciado.</translation>
    </message>
</context>
<context>
    <name>ims::ListObjectsCall</name>
    <message>
        <source>OBS said the listing of %1 goes on but named no marker to go on from.</source>
        <translation>O OBS disse que a listagem de %1 continua, mas não indicou o marker de onde continuar.</translation>
    </message>
</context>
<context>
    <name>ims::ListPageCall</name>
    <message>
        <source>The %1 answer has no &quot;%2&quot; list.</source>
        <translation>A resposta de %1 não tem a lista &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ims::ListPartsCall</name>
    <message>
        <source>list the uploaded parts</source>
        <translation>listar as partes enviadas</translation>
    </message>
    <message>
        <source>The list of uploaded parts cannot be read: %1</source>
        <translation>A lista de partes enviadas não pode ser lida: %1</translation>
    </message>
</context>
<context>
    <name>ims::LocalFileEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Image file on this computer</source>
        <translation>Arquivo de imagem neste computador</translation>
    </message>
    <message>
        <source>/path/to/disk.qcow2</source>
        <translation>/caminho/para/disk.qcow2</translation>
    </message>
    <message>
        <source>Choose the image file</source>
        <translation>Escolha o arquivo de imagem</translation>
    </message>
    <message>
        <source>What the file&apos;s headers say</source>
        <translation>O que dizem os cabeçalhos do arquivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.qcow *.vmdk *.vhd *.vhdx *.vdi *.qed *.raw *.img *.iso *.zvhd *.zvhd2);;All files (*)</source>
        <translation>Imagens de disco (*.qcow2 *.qcow *.vmdk *.vhd *.vhdx *.vdi *.qed *.raw *.img *.iso *.zvhd *.zvhd2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the disk image file to upload.</source>
        <translation>Escolha o arquivo de imagem de disco a enviar.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>Reading the file&apos;s headers…</source>
        <translation>Lendo os cabeçalhos do arquivo…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>Format: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Formato: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Virtual disk size: &lt;b&gt;%1&lt;/b&gt; (%2 bytes); file size %3</source>
        <translation>Tamanho virtual do disco: &lt;b&gt;%1&lt;/b&gt; (%2 bytes); tamanho do arquivo %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Method: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Método: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be imported:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Não pode ser importado:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
</context>
<context>
    <name>ims::LocalFilePage</name>
    <message>
        <source>The disk file</source>
        <translation>O arquivo de disco</translation>
    </message>
    <message>
        <source>Choose the image file on this computer. Its own headers tell its format and size; nothing is sent yet.</source>
        <translation>Escolha o arquivo de imagem neste computador. Os próprios cabeçalhos dele informam o formato e o tamanho; nada é enviado ainda.</translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Not connected — requests can be checked, previewed and saved</source>
        <translation>Não conectado — as solicitações podem ser verificadas, pré-visualizadas e salvas</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1.</source>
        <translation>O sandbox local não conseguiu escutar em 127.0.0.1.</translation>
    </message>
    <message>
        <source>Sandbox on %1 (local look-alike of IMS, no cloud account used)</source>
        <translation>Sandbox em %1 (imitação local do IMS, nenhuma conta na nuvem é usada)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nova solicitação</translation>
    </message>
    <message>
        <source>&amp;Open request file…</source>
        <translation>&amp;Abrir arquivo de solicitação…</translation>
    </message>
    <message>
        <source>&amp;Save request file…</source>
        <translation>&amp;Salvar arquivo de solicitação…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open an &amp;example</source>
        <translation>Abrir um &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>Use the local &amp;sandbox</source>
        <translation>Usar o &amp;sandbox local</translation>
    </message>
    <message>
        <source>A look-alike of IMS on this computer: try every method without a cloud account.</source>
        <translation>Uma imitação do IMS neste computador: experimente cada método sem uma conta na nuvem.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <source>Job &amp;Monitor window</source>
        <translation>&amp;Janela do monitor de tarefas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About IMS Wizard</source>
        <translation>&amp;Sobre o IMS Wizard</translation>
    </message>
    <message>
        <source>About IMS Wizard</source>
        <translation>Sobre o IMS Wizard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IMS Wizard %1&lt;/h3&gt;&lt;p&gt;Create private images on Huawei Cloud IMS, step by step.&lt;/p&gt;&lt;p&gt;Every rule shown comes from the IMS API reference.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMS Wizard %1&lt;/h3&gt;&lt;p&gt;Crie imagens privadas no IMS da Huawei Cloud, passo a passo.&lt;/p&gt;&lt;p&gt;Cada regra exibida vem da referência da API do IMS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job Monitor — IMS Wizard</source>
        <translation>Monitor de tarefas — IMS Wizard</translation>
    </message>
    <message>
        <source>Open request file</source>
        <translation>Abrir arquivo de solicitação</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Arquivos de solicitação (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 names the method &quot;%2&quot;, which this version does not know.</source>
        <translation>%1 indica o método &quot;%2&quot;, que esta versão não conhece.</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>Salvar arquivo de solicitação</translation>
    </message>
    <message>
        <source>Choose a creation method first.</source>
        <translation>Escolha primeiro um método de criação.</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>Arquivos de solicitação (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Salvar como per&amp;fil…</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>The request of “%1” is in the wizard: change what needs changing and submit it again.</source>
        <translation>A solicitação de “%1” está no assistente: altere o que for preciso e envie-a novamente.</translation>
    </message>
    <message>
        <source>IMS Wizard — %1</source>
        <translation>IMS Wizard — %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n job(s) running)</source>
        <translation>
            <numerusform>(%n tarefa em execução)</numerusform>
            <numerusform>(%n tarefas em execução)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job Monitor — %n job(s) running</source>
        <translation>
            <numerusform>Monitor de tarefas — %n tarefa em execução</numerusform>
            <numerusform>Monitor de tarefas — %n tarefas em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove jobs</source>
        <translation>Remover tarefas</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the list.</source>
        <translation>
            <numerusform>%n tarefa removida da lista.</numerusform>
            <numerusform>%n tarefas removidas da lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished job to remove.</source>
        <translation>Nenhuma tarefa finalizada para remover.</translation>
    </message>
    <message>
        <source>Remove finished jobs</source>
        <translation>Remover tarefas finalizadas</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the list? The images are not touched.</source>
        <translation>
            <numerusform>Remover %n tarefa finalizada da lista? As imagens não são afetadas.</numerusform>
            <numerusform>Remover %n tarefas finalizadas da lista? As imagens não são afetadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep finished jobs</source>
        <translation>Manter tarefas finalizadas</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list after this many days (0 keeps them; at most %1 are kept):</source>
        <translation>Remover as tarefas finalizadas da lista após este número de dias (0 as mantém; no máximo %1 são mantidas):</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) older than the retention period.</source>
        <translation>
            <numerusform>%n tarefa finalizada removida por ultrapassar o período de retenção.</numerusform>
            <numerusform>%n tarefas finalizadas removidas por ultrapassarem o período de retenção.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>Perfil “%1” aberto.</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Salvar como perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>A profile named “%1” exists. Replace it?</source>
        <translation>Já existe um perfil chamado “%1”. Substituí-lo?</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Perfil “%1” salvo.</translation>
    </message>
    <message>
        <source>%1 — IMS at %2 (%3)</source>
        <translation>%1 — IMS em %2 (%3)</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>Reading the secret of &quot;%1&quot; from the keychain…</source>
        <translation>Lendo do chaveiro o segredo de “%1”…</translation>
    </message>
    <message>
        <source>Not connected: &quot;%1&quot; needs its secret (no keychain here).</source>
        <translation>Não conectado: “%1” precisa do segredo (não há chaveiro aqui).</translation>
    </message>
    <message>
        <source>Not connected: &quot;%1&quot; needs its secret.</source>
        <translation>Não conectado: “%1” precisa do segredo.</translation>
    </message>
    <message>
        <source>Enter the secret…</source>
        <translation>Informar o segredo…</translation>
    </message>
    <message>
        <source>Enter the secret of the last connection</source>
        <translation>Informe o segredo da última conexão</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gerenciar conexões…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1&lt;/p&gt;&lt;p&gt;Licence: %2, the &lt;a href=&quot;%3&quot;&gt;GNU General Public License&lt;/a&gt; version 3 or any later version. There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1&lt;/p&gt;&lt;p&gt;Licença: %2, a &lt;a href=&quot;%3&quot;&gt;Licença Pública Geral GNU&lt;/a&gt; versão 3 ou qualquer versão posterior. Não há garantia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job list is saved again.</source>
        <translation>A lista de tarefas voltou a ser salva.</translation>
    </message>
    <message>
        <source>%1 The changes are kept and saved again shortly.</source>
        <translation>%1 As alterações foram mantidas e serão salvas novamente em breve.</translation>
    </message>
    <message>
        <source>Job list</source>
        <translation>Lista de tarefas</translation>
    </message>
    <message>
        <source>Calls are recorded in the activity log again.</source>
        <translation>As chamadas voltaram a ser registradas no registro de atividades.</translation>
    </message>
    <message>
        <source>“%1” is uploaded, but the create call was refused: %2</source>
        <translation>“%1” foi enviado, mas a chamada de criação foi recusada: %2</translation>
    </message>
    <message>
        <source>“%1” is uploaded; the image is being created (job in the list).</source>
        <translation>“%1” foi enviado; a imagem está sendo criada (tarefa na lista).</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Lote…</translation>
    </message>
    <message>
        <source>&amp;Upload to OBS…</source>
        <translation>En&amp;viar para o OBS…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <source>Every call that changed something in the cloud: creates, uploads, parts.</source>
        <translation>Cada chamada que alterou algo na nuvem: criações, envios, partes.</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Imagens</translation>
    </message>
    <message>
        <source>Uploading: follow it in the Jobs list (pause, resume or cancel it there).</source>
        <translation>Enviando: acompanhe na lista de tarefas (pause, retome ou cancele lá).</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Cancel the upload of “%1”?</source>
        <translation>Cancelar o envio de “%1”?</translation>
    </message>
    <message>
        <source>Pause keeps the parts on OBS so that it can resume later; abort deletes them.</source>
        <translation>Pausar mantém as partes no OBS para que o envio possa ser retomado depois; abortar as exclui.</translation>
    </message>
    <message>
        <source>&amp;Pause (resume later)</source>
        <translation>&amp;Pausar (retomar depois)</translation>
    </message>
    <message>
        <source>&amp;Abort (delete the parts on OBS)</source>
        <translation>&amp;Abortar (excluir as partes no OBS)</translation>
    </message>
    <message>
        <source>&amp;Keep uploading</source>
        <translation>&amp;Continuar enviando</translation>
    </message>
    <message>
        <source>A request like the image “%1” is in the wizard: check its source and change what differs, then submit it.</source>
        <translation>Uma solicitação como a da imagem “%1” está no assistente: confira a origem, altere o que for diferente e envie-a.</translation>
    </message>
    <message>
        <source>The image of “%1” is in connection “%2”: connect to it to see the image.</source>
        <translation>A imagem de “%1” está na conexão “%2”: conecte-se a ela para ver a imagem.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando o sandbox local…</translation>
    </message>
</context>
<context>
    <name>ims::ObsCall</name>
    <message>
        <source>The answer to %1 is not the XML OBS sends (%2 at line %3).</source>
        <translation>A resposta a %1 não é o XML que o OBS envia (%2 na linha %3).</translation>
    </message>
    <message>
        <source>The answer to %1 is larger than the %2 bytes asked for; reading stopped.</source>
        <translation>A resposta a %1 é maior que os %2 bytes pedidos; a leitura foi interrompida.</translation>
    </message>
</context>
<context>
    <name>ims::ObsSource</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de armazenamento</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado em</translation>
    </message>
    <message>
        <source>buckets</source>
        <translation>buckets</translation>
    </message>
    <message>
        <source>folders and objects</source>
        <translation>pastas e objetos</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>Todos os buckets</translation>
    </message>
    <message>
        <source>Not connected: connect first, or type the bucket:object by hand.</source>
        <translation>Não conectado: conecte-se primeiro ou digite o bucket:object manualmente.</translation>
    </message>
</context>
<context>
    <name>ims::ObsTargetPage</name>
    <message>
        <source>Where to upload it</source>
        <translation>Para onde enviar</translation>
    </message>
    <message>
        <source>A bucket in %1, the region of the connection, and the object&apos;s name.</source>
        <translation>Um bucket em %1, a região da conexão, e o nome do objeto.</translation>
    </message>
    <message>
        <source>Connect first: the buckets are those of the connection&apos;s region.</source>
        <translation>Conecte-se primeiro: os buckets são os da região da conexão.</translation>
    </message>
</context>
<context>
    <name>ims::OsVersionsCall</name>
    <message>
        <source>The OS version list is not a JSON array.</source>
        <translation>A lista de versões do SO não é um array JSON.</translation>
    </message>
</context>
<context>
    <name>ims::PickerDialog</name>
    <message>
        <source>&amp;Up</source>
        <translation>A&amp;cima</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Subir uma pasta</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Type part of a name, id, status…</source>
        <translation>Digite parte de um nome, ID, status…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Escolher</translation>
    </message>
    <message>
        <source>Loading… %1 %2 so far</source>
        <translation>Carregando… %1 %2 até agora</translation>
    </message>
    <message>
        <source>No %1 here.</source>
        <translation>Sem %1 aqui.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n mostrado.</numerusform>
            <numerusform>%n mostrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>ims::PickerModel</name>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (pasta)</translation>
    </message>
</context>
<context>
    <name>ims::PreSubmitChecks</name>
    <message>
        <source>Could not check: %1</source>
        <translation>Não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>ECS %1 is busy (%2): IMS refuses an ECS with a task in progress (IMG.0010); wait for it and check again.</source>
        <translation>O ECS %1 está ocupado (%2): o IMS recusa um ECS com tarefa em andamento (IMG.0010); aguarde e verifique novamente.</translation>
    </message>
    <message>
        <source>ECS %1 exists in this project and is stopped.</source>
        <translation>O ECS %1 existe neste projeto e está parado.</translation>
    </message>
    <message>
        <source>ECS %1 exists in this project and is running; IMS takes it, but stop it first if it runs a database.</source>
        <translation>O ECS %1 existe neste projeto e está em execução; o IMS o aceita, mas pare-o antes se ele executar um banco de dados.</translation>
    </message>
    <message>
        <source>ECS %1 is %2: IMS makes images only from a stopped or running ECS.</source>
        <translation>O ECS %1 está no estado %2: o IMS cria imagens somente de um ECS parado ou em execução.</translation>
    </message>
    <message>
        <source>Checking that the ECS exists and is stopped or running…</source>
        <translation>Verificando se o ECS existe e está parado ou em execução…</translation>
    </message>
    <message>
        <source>Checking the ECS&apos;s system disk…</source>
        <translation>Verificando o disco do sistema do ECS…</translation>
    </message>
    <message>
        <source>There is no ECS %1 in project %2 (region %3): IMS would refuse it (IMG.0005).</source>
        <translation>Não há ECS %1 no projeto %2 (região %3): o IMS o recusaria (IMG.0005).</translation>
    </message>
    <message>
        <source>Not checked: there is no ECS.</source>
        <translation>Não verificado: não há ECS.</translation>
    </message>
    <message>
        <source>Not checked: the ECS could not be read.</source>
        <translation>Não verificado: não foi possível ler o ECS.</translation>
    </message>
    <message>
        <source>ECS %1 has no system disk attached (IMG.0119).</source>
        <translation>O ECS %1 não tem disco do sistema anexado (IMG.0119).</translation>
    </message>
    <message>
        <source>The system disk is %1 GB: IMS makes a system disk image of at most 1 TB (1024 GB); a larger ECS can only become a full-ECS image.</source>
        <translation>O disco do sistema tem %1 GB: o IMS cria uma imagem de disco do sistema de no máximo 1 TB (1024 GB); um ECS maior só pode virar uma imagem de ECS completo.</translation>
    </message>
    <message>
        <source>The system disk is %1 GB (at most 1024 GB).</source>
        <translation>O disco do sistema tem %1 GB (no máximo 1024 GB).</translation>
    </message>
    <message>
        <source>Checking the ECS the data disks are attached to…</source>
        <translation>Verificando o ECS ao qual os discos de dados estão anexados…</translation>
    </message>
    <message>
        <source>Checking data disk %1…</source>
        <translation>Verificando o disco de dados %1…</translation>
    </message>
    <message>
        <source>Disk %1 is %2 and attached to no ECS: this method captures data disks attached to an ECS (IMG.0120).</source>
        <translation>O disco %1 está no estado %2 e não está anexado a nenhum ECS: este método captura discos de dados anexados a um ECS (IMG.0120).</translation>
    </message>
    <message>
        <source>Not checked: no disk named is attached to an ECS.</source>
        <translation>Não verificado: nenhum disco indicado está anexado a um ECS.</translation>
    </message>
    <message>
        <source>Could not check that disk %1 is a data disk of its ECS.</source>
        <translation>Não foi possível verificar se o disco %1 é um disco de dados do seu ECS.</translation>
    </message>
    <message>
        <source>Disk %1 is attached to another ECS (%2) than the first disk&apos;s (%3): all disks of one request must come from the same ECS (IMG.0140).</source>
        <translation>O disco %1 está anexado a outro ECS (%2) que não o do primeiro disco (%3): todos os discos de uma solicitação devem vir do mesmo ECS (IMG.0140).</translation>
    </message>
    <message>
        <source>Disk %1 is the system disk of ECS %2, not a data disk (IMG.0006); use &quot;System disk image from an ECS&quot;.</source>
        <translation>O disco %1 é o disco do sistema do ECS %2, não um disco de dados (IMG.0006); use &quot;Imagem de disco do sistema a partir de um ECS&quot;.</translation>
    </message>
    <message>
        <source>Data disk %1 is %2 GB: IMS makes a data disk image of at most 1 TB (1024 GB).</source>
        <translation>O disco de dados %1 tem %2 GB: o IMS cria uma imagem de disco de dados de no máximo 1 TB (1024 GB).</translation>
    </message>
    <message>
        <source>Disk %1 (%2 GB) is a data disk of ECS %3.</source>
        <translation>O disco %1 (%2 GB) é um disco de dados do ECS %3.</translation>
    </message>
    <message>
        <source>There is no disk %1 in project %2 (region %3) (IMG.0120).</source>
        <translation>Não há disco %1 no projeto %2 (região %3) (IMG.0120).</translation>
    </message>
    <message>
        <source>Checking that the disk exists and can be captured…</source>
        <translation>Verificando se o disco existe e pode ser capturado…</translation>
    </message>
    <message>
        <source>Disk %1 is %2: IMS takes a disk that is available or in use (IMG.0022).</source>
        <translation>O disco %1 está no estado %2: o IMS aceita um disco disponível ou em uso (IMG.0022).</translation>
    </message>
    <message>
        <source>Disk %1 is the system disk of ECS %2 (%3); &quot;System disk image from an ECS&quot; may be what you want.</source>
        <translation>O disco %1 é o disco do sistema do ECS %2 (%3); talvez você queira &quot;Imagem de disco do sistema a partir de um ECS&quot;.</translation>
    </message>
    <message>
        <source>Disk %1 (%2 GB) exists in this project and is %3.</source>
        <translation>O disco %1 (%2 GB) existe neste projeto e está no estado %3.</translation>
    </message>
    <message>
        <source>Checking that %1 exists in OBS…</source>
        <translation>Verificando se %1 existe no OBS…</translation>
    </message>
    <message>
        <source>Reading the header of %1…</source>
        <translation>Lendo o cabeçalho de %1…</translation>
    </message>
    <message>
        <source>Comparing min_disk with the disk inside %1…</source>
        <translation>Comparando min_disk com o disco dentro de %1…</translation>
    </message>
    <message>
        <source>Checking the region of bucket %1…</source>
        <translation>Verificando a região do bucket %1…</translation>
    </message>
    <message>
        <source>%1 is uploaded from this computer before the create call (%2 GB).</source>
        <translation>%1 é enviado deste computador antes da chamada de criação (%2 GB).</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 (IMG.0057)</source>
        <translation>%1 não existe: %2 (IMG.0057)</translation>
    </message>
    <message>
        <source>Not checked: the file could not be read.</source>
        <translation>Não verificado: não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>%1 exists (%2 GB, Standard storage).</source>
        <translation>%1 existe (%2 GB, armazenamento Padrão).</translation>
    </message>
    <message>
        <source>%1 is empty (IMG.0057).</source>
        <translation>%1 está vazio (IMG.0057).</translation>
    </message>
    <message>
        <source>Not checked: the file is empty.</source>
        <translation>Não verificado: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>Not checked: the file&apos;s header could not be read.</source>
        <translation>Não verificado: não foi possível ler o cabeçalho do arquivo.</translation>
    </message>
    <message>
        <source>%1 is in the %2 storage class: IMS reads only Standard storage; copy it to a Standard bucket first.</source>
        <translation>%1 está na classe de armazenamento %2: o IMS lê somente armazenamento Padrão; copie-o antes para um bucket Padrão.</translation>
    </message>
    <message>
        <source>%1 is %2 GB: the normal import takes at most 128 GB; convert it to RAW or ZVHD2 and use quick import.</source>
        <translation>%1 tem %2 GB: a importação normal aceita no máximo 128 GB; converta-o para RAW ou ZVHD2 e use a importação rápida.</translation>
    </message>
    <message>
        <source>%1 is %2 GB: quick import takes at most 1 TB.</source>
        <translation>%1 tem %2 GB: a importação rápida aceita no máximo 1 TB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 file.</source>
        <translation>%1 é um arquivo %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its own header, with a virtual disk of %3 GB.</source>
        <translation>%1 é um arquivo %2 pelo próprio cabeçalho, com um disco virtual de %3 GB.</translation>
    </message>
    <message>
        <source>Not checked: min_disk is not set.</source>
        <translation>Não verificado: min_disk não está definido.</translation>
    </message>
    <message>
        <source>Not checked: the virtual size of %1 cannot be read from its header; make sure min_disk (%2 GB) holds the disk.</source>
        <translation>Não verificado: o tamanho virtual de %1 não pode ser lido do cabeçalho; garanta que min_disk (%2 GB) comporte o disco.</translation>
    </message>
    <message>
        <source>min_disk is %1 GB but the disk inside %2 is %3 GB: set min_disk to at least %3.</source>
        <translation>min_disk é %1 GB, mas o disco dentro de %2 tem %3 GB: defina min_disk como pelo menos %3.</translation>
    </message>
    <message>
        <source>min_disk (%1 GB) holds the disk inside %2 (%3 GB).</source>
        <translation>min_disk (%1 GB) comporta o disco dentro de %2 (%3 GB).</translation>
    </message>
    <message>
        <source>Bucket %1 is not among this account&apos;s buckets: IMS can read it only if its owner allows it.</source>
        <translation>O bucket %1 não está entre os buckets desta conta: o IMS só pode lê-lo se o proprietário permitir.</translation>
    </message>
    <message>
        <source>Could not check: OBS did not say which region bucket %1 is in.</source>
        <translation>Não foi possível verificar: o OBS não informou em qual região está o bucket %1.</translation>
    </message>
    <message>
        <source>Bucket %1 is in region %2, not in %3 where the image is made (IMG.0058).</source>
        <translation>O bucket %1 está na região %2, não em %3, onde a imagem é criada (IMG.0058).</translation>
    </message>
    <message>
        <source>Bucket %1 is in region %2, as IMS needs.</source>
        <translation>O bucket %1 está na região %2, como o IMS exige.</translation>
    </message>
    <message>
        <source>Checking that no private image is named %1…</source>
        <translation>Verificando se nenhuma imagem privada se chama %1…</translation>
    </message>
    <message>
        <source>A private image named %1 already exists (%2); IMS may refuse the name (IMG.0009).</source>
        <translation>Já existe uma imagem privada chamada %1 (%2); o IMS pode recusar o nome (IMG.0009).</translation>
    </message>
    <message>
        <source>No private image is named %1 yet.</source>
        <translation>Ainda não há imagem privada chamada %1.</translation>
    </message>
    <message>
        <source>Checking the private image quota…</source>
        <translation>Verificando a cota de imagens privadas…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.</source>
        <translation>
            <numerusform>%1 de %2 imagens privadas usadas: não há espaço para mais %n (IMG.0015); exclua imagens ou solicite uma cota maior.</numerusform>
            <numerusform>%1 de %2 imagens privadas usadas: não há espaço para mais %n (IMG.0015); exclua imagens ou solicite uma cota maior.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 private images used.</source>
        <translation>%1 de %2 imagens privadas usadas.</translation>
    </message>
    <message>
        <source>Checking that KMS key %1 is enabled…</source>
        <translation>Verificando se a chave do KMS %1 está habilitada…</translation>
    </message>
    <message>
        <source>There is no KMS key %1 in this region (IMG.0101).</source>
        <translation>Não há chave do KMS %1 nesta região (IMG.0101).</translation>
    </message>
    <message>
        <source>KMS key %1 is enabled.</source>
        <translation>A chave do KMS %1 está habilitada.</translation>
    </message>
    <message>
        <source>KMS key %1 is disabled: enable it in KMS or choose another key (IMG.0102).</source>
        <translation>A chave do KMS %1 está desabilitada: habilite-a no KMS ou escolha outra chave (IMG.0102).</translation>
    </message>
    <message>
        <source>KMS key %1 is scheduled for deletion: IMS cannot encrypt with it (IMG.0102).</source>
        <translation>A chave do KMS %1 está agendada para exclusão: o IMS não pode criptografar com ela (IMG.0102).</translation>
    </message>
    <message>
        <source>KMS key %1 is not enabled (state %2) (IMG.0102).</source>
        <translation>A chave do KMS %1 não está habilitada (estado %2) (IMG.0102).</translation>
    </message>
    <message>
        <source>Checking that enterprise project %1 exists…</source>
        <translation>Verificando se o projeto empresarial %1 existe…</translation>
    </message>
    <message>
        <source>There is no enterprise project %1 (IMG.0155).</source>
        <translation>Não há projeto empresarial %1 (IMG.0155).</translation>
    </message>
    <message>
        <source>Enterprise project %1 exists and is enabled.</source>
        <translation>O projeto empresarial %1 existe e está habilitado.</translation>
    </message>
    <message>
        <source>Only %1 of %2 private images left in this region&apos;s quota after this one.</source>
        <translation>Restarão apenas %1 de %2 imagens privadas na cota desta região depois desta.</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %2 private images left in this region&apos;s quota after these %n.</source>
        <translation>
            <numerusform>Restarão apenas %1 de %2 imagens privadas na cota desta região depois desta %n.</numerusform>
            <numerusform>Restarão apenas %1 de %2 imagens privadas na cota desta região depois destas %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise project %1 is disabled and takes no new images: enable it in Enterprise Project Management or choose another project (IMG.0155).</source>
        <translation>O projeto empresarial %1 está desativado e não aceita novas imagens: ative-o no Gerenciamento de Projetos Empresariais ou escolha outro projeto (IMG.0155).</translation>
    </message>
</context>
<context>
    <name>ims::ProfilesDialog</name>
    <message>
        <source>Saved request profiles</source>
        <translation>Perfis de solicitação salvos</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfis salvos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo em</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado da última ação</translation>
    </message>
    <message>
        <source>&amp;Open in wizard</source>
        <translation>&amp;Abrir no assistente</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>Exportar &amp;todos…</translation>
    </message>
    <message>
        <source>Request files as ims-wizard-cli reads them ({&quot;method&quot;: …, &quot;fields&quot;: {…}}).</source>
        <translation>Arquivos de solicitação como o ims-wizard-cli os lê ({&quot;method&quot;: …, &quot;fields&quot;: {…}}).</translation>
    </message>
    <message>
        <source>Profiles are request files in %1. They never hold a password or key.</source>
        <translation>Os perfis são arquivos de solicitação em %1. Eles nunca guardam senha nem chave.</translation>
    </message>
    <message>
        <source>Import request files</source>
        <translation>Importar arquivos de solicitação</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Arquivos de solicitação (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import every request file of a folder</source>
        <translation>Importar todos os arquivos de solicitação de uma pasta</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>Arquivos de solicitação (*.json)</translation>
    </message>
    <message>
        <source>Export every profile into a folder</source>
        <translation>Exportar todos os perfis para uma pasta</translation>
    </message>
    <message>
        <source>No profile yet. Save one from the review page (“Save as profile…”) or import request files.</source>
        <translation>Ainda não há perfis. Salve um na página Revisão (“Salvar como perfil…”) ou importe arquivos de solicitação.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nome da cópia:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Copied “%1” as “%2”.</source>
        <translation>“%1” copiado como “%2”.</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” renomeado para “%2”.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>Excluir o perfil “%1”? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluído.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n perfil importado: %1.</numerusform>
            <numerusform>%n perfis importados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Não importados:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n perfil importado de %1.</numerusform>
            <numerusform>%n perfis importados de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” exportado para %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>%n perfil exportado para %1.</numerusform>
            <numerusform>%n perfis exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::QuotaCall</name>
    <message>
        <source>The quota answer has no entry for images.</source>
        <translation>A resposta de cota não tem entrada para imagens.</translation>
    </message>
</context>
<context>
    <name>ims::ResourceCall</name>
    <message>
        <source>The %1 answer has no &quot;%2&quot; object.</source>
        <translation>A resposta de %1 não tem o objeto &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ims::ReviewPage</name>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Co&amp;piar como curl</translation>
    </message>
    <message>
        <source>Save as re&amp;quest file…</source>
        <translation>Salvar como a&amp;rquivo de solicitação…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Create &amp;another with these values</source>
        <translation>Criar &amp;outra com estes valores</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>This is the exact request that will be sent. Secrets are masked.</source>
        <translation>Esta é a solicitação exata que será enviada. Os segredos estão ocultos.</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>Solicitação HTTP</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to submit. You can still save or copy the request.</source>
        <translation>Não conectado: escolha uma conexão para enviar. Você ainda pode salvar ou copiar a solicitação.</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>Salvar arquivo de solicitação</translation>
    </message>
    <message>
        <source>Request files (*.json)</source>
        <translation>Arquivos de solicitação (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The request was sent but no answer came back (%1). It may or may not have created the image, so it was not sent again. Check the console before you submit it once more.</source>
        <translation>A solicitação foi enviada, mas nenhuma resposta voltou (%1). Ela pode ou não ter criado a imagem, por isso não foi reenviada. Confira o console antes de enviá-la mais uma vez.</translation>
    </message>
    <message>
        <source>Image metadata %1 created (status %2). Next: upload the image file.</source>
        <translation>Metadados da imagem %1 criados (status %2). Próximo passo: enviar o arquivo de imagem.</translation>
    </message>
    <message>
        <source>Submitted. Job %1 is followed in the job monitor.</source>
        <translation>Enviada. A tarefa %1 é acompanhada no monitor de tarefas.</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Salvar como per&amp;fil…</translation>
    </message>
    <message>
        <source>Keep this request under a name, to open it again later (File ▸ Profiles…).</source>
        <translation>Guarda esta solicitação com um nome, para abri-la de novo mais tarde (Arquivo ▸ Perfis…).</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>O comando curl está na área de transferência.</translation>
    </message>
    <message numerus="yes">
        <source>Copy as curl: the command carries this request&apos;s signature, valid for %n minute(s) and for this body only.</source>
        <translation>
            <numerusform>Copiar como curl: o comando leva a assinatura desta solicitação, válida por %n minuto e só para este corpo.</numerusform>
            <numerusform>Copiar como curl: o comando leva a assinatura desta solicitação, válida por %n minutos e só para este corpo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as curl: the command reads the token from $IMS_WIZARD_TOKEN.</source>
        <translation>Copiar como curl: o comando lê o token de $IMS_WIZARD_TOKEN.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Pre-submit checks</source>
        <translation>Verificações antes do envio</translation>
    </message>
    <message>
        <source>Ask the account again, e.g. after stopping the ECS or uploading the file.</source>
        <translation>Consultar a conta novamente, p. ex. depois de parar o ECS ou de enviar o arquivo.</translation>
    </message>
    <message>
        <source>Chec&amp;ks against the account:</source>
        <translation>&amp;Verificações na conta:</translation>
    </message>
    <message>
        <source>Not connected: the checks ask a connection&apos;s account whether what the request names exists.</source>
        <translation>Não conectado: as verificações perguntam à conta de uma conexão se o que a solicitação indica existe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Blocks Submit</source>
        <translation>Bloqueia o envio</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificada</translation>
    </message>
    <message>
        <source>Submit is disabled: the create call would fail. %1</source>
        <translation>O botão Enviar está desativado: a chamada de criação falharia. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) warn: Submit asks before sending.</source>
        <translation>
            <numerusform>%n verificação avisa: Enviar pedirá confirmação antes de enviar.</numerusform>
            <numerusform>%n verificações avisam: Enviar pedirá confirmação antes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Todas as verificações foram aprovadas.</translation>
    </message>
    <message>
        <source>Not sent: a check blocks it.</source>
        <translation>Não enviada: uma verificação a bloqueia.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the checks list)</source>
        <translation>
            <numerusform>… e mais %n (veja a lista de verificações)</numerusform>
            <numerusform>… e mais %n (veja a lista de verificações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit despite warnings?</source>
        <translation>Enviar apesar dos avisos?</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) warn about this request:</source>
        <translation>
            <numerusform>%n verificação avisa sobre esta solicitação:</numerusform>
            <numerusform>%n verificações avisam sobre esta solicitação:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit anyway</source>
        <translation>&amp;Enviar mesmo assim</translation>
    </message>
    <message>
        <source>A check shows the create call would fail: correct the request, then Check again.</source>
        <translation>Uma verificação mostra que a chamada de criação falharia: corrija a solicitação e use Verificar novamente.</translation>
    </message>
    <message>
        <source>Step 1 of 2 — upload (a job in the Jobs list, resumable):
  %1
  %2, virtual size %3
  → OBS bucket %4, object %5, %6 part(s) at once

Step 2 of 2 — when the upload has finished, this create call, sent once:

</source>
        <translation>Etapa 1 de 2 — envio (uma tarefa na lista de tarefas, retomável):
  %1
  %2, tamanho virtual %3
  → bucket do OBS %4, objeto %5, %6 parte(s) simultânea(s)

Etapa 2 de 2 — quando o envio terminar, esta chamada de criação, enviada uma vez:

</translation>
    </message>
    <message>
        <source>Uploads are not available here.</source>
        <translation>Envios não estão disponíveis aqui.</translation>
    </message>
    <message>
        <source>Uploading %1. The image is created when the upload has finished; follow both in the Jobs list.</source>
        <translation>Enviando %1. A imagem é criada quando o envio terminar; acompanhe ambos na lista de tarefas.</translation>
    </message>
    <message>
        <source>Submitting once the checks are done…</source>
        <translation>Enviando assim que as verificações terminarem…</translation>
    </message>
</context>
<context>
    <name>ims::SecretStore</name>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>Ainda não há nenhum segredo armazenado para esta conexão.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>O chaveiro recusou o acesso (%1).</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so the secret cannot be stored; you may keep it for this session only, and nothing is written to disk.</source>
        <translation>Não há serviço de chaveiro disponível neste computador (%1), então o segredo não pode ser armazenado; você pode mantê-lo só nesta sessão, e nada é gravado em disco.</translation>
    </message>
    <message>
        <source>The keychain has no keyring to keep the secret in: its prompt to create or unlock one was cancelled (or could not be shown). Connect again and accept the prompt, or keep the secret for this session only.</source>
        <translation>O chaveiro não tem um conjunto de chaves onde guardar o segredo: o pedido para criar ou desbloquear um foi cancelado (ou não pôde ser mostrado). Conecte de novo e aceite o pedido, ou mantenha o segredo só nesta sessão.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>O chaveiro não respondeu em %n segundo.</numerusform>
            <numerusform>O chaveiro não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::Session</name>
    <message>
        <source>Sent; no answer was recorded (the program stopped before it came?). It may have created the image: look in the console before sending it again.</source>
        <translation>Enviada; nenhuma resposta foi registrada (o programa parou antes de ela chegar?). Ela pode ter criado a imagem: verifique no console antes de enviá-la novamente.</translation>
    </message>
</context>
<context>
    <name>ims::SourcePage</name>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Where the image comes from. Each field shows its rule from the API reference.</source>
        <translation>De onde vem a imagem. Cada campo mostra sua regra da referência da API.</translation>
    </message>
</context>
<context>
    <name>ims::StartPage</name>
    <message>
        <source>What do you have?</source>
        <translation>O que você tem?</translation>
    </message>
    <message>
        <source>Choose what the image is made from. Each answer leads to the matching IMS API call.</source>
        <translation>Escolha de que a imagem é feita. Cada resposta leva à chamada correspondente da API do IMS.</translation>
    </message>
    <message>
        <source>An ECS, running or stopped: capture its system disk</source>
        <translation>Um ECS, em execução ou parado: capturar o disco do sistema dele</translation>
    </message>
    <message>
        <source>Data disks attached to an ECS: capture them as data disk images</source>
        <translation>Discos de dados anexados a um ECS: capturá-los como imagens de disco de dados</translation>
    </message>
    <message>
        <source>A data disk with an installed OS: make it bootable as a system disk image</source>
        <translation>Um disco de dados com um SO instalado: torná-lo inicializável como imagem de disco do sistema</translation>
    </message>
    <message>
        <source>An image file in OBS (qcow2, vmdk, vhd, …), optionally with up to 3 data disk files</source>
        <translation>Um arquivo de imagem no OBS (qcow2, vmdk, vhd, …), opcionalmente com até 3 arquivos de disco de dados</translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 system disk file in OBS: quick import</source>
        <translation>Um arquivo RAW ou ZVHD2 grande de disco do sistema no OBS: importação rápida</translation>
    </message>
    <message>
        <source>A large RAW or ZVHD2 data disk file in OBS: quick import</source>
        <translation>Um arquivo RAW ou ZVHD2 grande de disco de dados no OBS: importação rápida</translation>
    </message>
    <message>
        <source>A data disk image file in OBS</source>
        <translation>Um arquivo de imagem de disco de dados no OBS</translation>
    </message>
    <message>
        <source>A local image file: register it with the native OpenStack API and upload it</source>
        <translation>Um arquivo de imagem local: registrá-lo pela API nativa do OpenStack e enviá-lo</translation>
    </message>
    <message>
        <source>I have…</source>
        <translation>Eu tenho…</translation>
    </message>
    <message>
        <source>Creation method</source>
        <translation>Método de criação</translation>
    </message>
    <message>
        <source>Choose a method…</source>
        <translation>Escolha um método…</translation>
    </message>
    <message>
        <source>Or pick the API &amp;method:</source>
        <translation>Ou escolha o &amp;método da API:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;tt&gt;%3 %4&lt;/tt&gt; — %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;tt&gt;%3 %4&lt;/tt&gt; — %5</translation>
    </message>
    <message>
        <source>A disk file on this computer (qcow2, vmdk, vhd, raw…): upload it to OBS, then import it</source>
        <translation>Um arquivo de disco neste computador (qcow2, vmdk, vhd, raw…): enviá-lo ao OBS e depois importá-lo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upload, then import&lt;/b&gt;&lt;br&gt;The file goes to an OBS bucket of the connection&apos;s region (resumable, followed in the Jobs list); when it is there, the image is created from it: &lt;tt&gt;%1 %2&lt;/tt&gt;, the normal import, or the quick import for large RAW and ZVHD2 disks.</source>
        <translation>&lt;b&gt;Enviar e depois importar&lt;/b&gt;&lt;br&gt;O arquivo vai para um bucket do OBS da região da conexão (retomável, acompanhado na lista de tarefas); quando estiver lá, a imagem é criada a partir dele: &lt;tt&gt;%1 %2&lt;/tt&gt;, a importação normal, ou a importação rápida para discos RAW e ZVHD2 grandes.</translation>
    </message>
</context>
<context>
    <name>ims::TagsEditor</name>
    <message>
        <source>Tag format</source>
        <translation>Formato das tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>A&amp;dicionar tag</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>&amp;Remover tag</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Write each tag as:</source>
        <translation>Escre&amp;ver cada tag como:</translation>
    </message>
    <message>
        <source>One text, key and value joined by a dot</source>
        <translation>Um texto, chave e valor unidos por um ponto</translation>
    </message>
    <message>
        <source>A key and a value, kept apart</source>
        <translation>Uma chave e um valor, separados</translation>
    </message>
    <message>
        <source>Sent in the request&apos;s &quot;tags&quot; field, e.g. team.web</source>
        <translation>Enviado no campo &quot;tags&quot; da solicitação, p. ex. team.web</translation>
    </message>
    <message>
        <source>Sent in the request&apos;s &quot;image_tags&quot; field, e.g. {&quot;key&quot;: &quot;team&quot;, &quot;value&quot;: &quot;web&quot;}</source>
        <translation>Enviado no campo &quot;image_tags&quot; da solicitação, p. ex. {&quot;key&quot;: &quot;team&quot;, &quot;value&quot;: &quot;web&quot;}</translation>
    </message>
    <message>
        <source>Tags: problem</source>
        <translation>Tags: problema</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
</context>
<context>
    <name>ims::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Optional key/value tags to find the image by. Leave the table empty for none.</source>
        <translation>Tags chave/valor opcionais para encontrar a imagem. Deixe a tabela vazia para não usar nenhuma.</translation>
    </message>
</context>
<context>
    <name>ims::TemporaryKeyCall</name>
    <message>
        <source>The identity service answered without a temporary access key, its secret, security token or expiry.</source>
        <translation>O serviço de identidade respondeu sem chave de acesso temporária, segredo, token de segurança ou validade.</translation>
    </message>
</context>
<context>
    <name>ims::TokenProvider</name>
    <message>
        <source>The identity service answered without a token (X-Subject-Token) or its expiry.</source>
        <translation>O serviço de identidade respondeu sem um token (X-Subject-Token) ou sem a validade dele.</translation>
    </message>
</context>
<context>
    <name>ims::UploadDialog</name>
    <message>
        <source>Upload to OBS</source>
        <translation>Enviar para o OBS</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>Where it goes (region %1)</source>
        <translation>Para onde vai (região %1)</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Para onde vai</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>ims::UploadJobs</name>
    <message>
        <source>Interrupted when the program ended: Resume continues with the parts OBS already has.</source>
        <translation>Interrompido quando o programa terminou: Retomar continua com as partes que o OBS já tem.</translation>
    </message>
    <message>
        <source>Not connected: choose a connection to upload.</source>
        <translation>Não conectado: escolha uma conexão para enviar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>O arquivo %1 não pode ser lido.</translation>
    </message>
    <message>
        <source>This upload is not paused.</source>
        <translation>Este envio não está pausado.</translation>
    </message>
    <message>
        <source>Connect to “%1” first: the upload goes on through its connection.</source>
        <translation>Conecte-se primeiro a “%1”: o envio continua pela conexão dele.</translation>
    </message>
    <message>
        <source>Paused: Resume continues with the parts OBS already has.</source>
        <translation>Pausado: Retomar continua com as partes que o OBS já tem.</translation>
    </message>
    <message>
        <source>Aborted: the parts sent to OBS were deleted.</source>
        <translation>Abortado: as partes enviadas ao OBS foram excluídas.</translation>
    </message>
    <message>
        <source>Aborted; deleting the parts on OBS failed: %1</source>
        <translation>Abortado; a exclusão das partes no OBS falhou: %1</translation>
    </message>
    <message>
        <source>The temporary access key expired; renewing it…</source>
        <translation>A chave de acesso temporária expirou; renovando…</translation>
    </message>
    <message>
        <source>The temporary access key for OBS expired and could not be renewed.</source>
        <translation>A chave de acesso temporária do OBS expirou e não pôde ser renovada.</translation>
    </message>
    <message>
        <source>Uploaded. The create call waits for the connection “%1”.</source>
        <translation>Enviado. A chamada de criação aguarda a conexão “%1”.</translation>
    </message>
    <message>
        <source>This version does not know the method “%1”.</source>
        <translation>Esta versão não conhece o método “%1”.</translation>
    </message>
    <message>
        <source>Aborted. Its parts stay on OBS until they expire: no connection to “%1” was open to delete them.</source>
        <translation>Abortado. As partes ficam no OBS até expirarem: nenhuma conexão com “%1” estava aberta para excluí-las.</translation>
    </message>
</context>
<context>
    <name>ims::UploadPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Upload the image file</source>
        <translation>Enviar o arquivo de imagem</translation>
    </message>
    <message>
        <source>The file is streamed from disk. Huawei Cloud accepts files below 2 GB on this (deprecated) API; for larger files upload to OBS and use an image from a file in OBS.</source>
        <translation>O arquivo é enviado direto do disco. A Huawei Cloud aceita arquivos menores que 2 GB nesta API (obsoleta); para arquivos maiores, envie ao OBS e use uma imagem a partir de um arquivo no OBS.</translation>
    </message>
    <message>
        <source>Image file to upload</source>
        <translation>Arquivo de imagem a enviar</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Choose the image file</source>
        <translation>Escolha o arquivo de imagem</translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;All files (*)</source>
        <translation>Arquivos de imagem (*.qcow2 *.vhd *.vmdk *.raw *.img *.iso *.zvhd2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Image %1 waits for its file.</source>
        <translation>A imagem %1 aguarda o arquivo dela.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 — %3/s</source>
        <translation>%1 de %2 — %3/s</translation>
    </message>
    <message>
        <source>Uploaded. Checking the image…</source>
        <translation>Enviado. Verificando a imagem…</translation>
    </message>
    <message>
        <source>Image %1 is active: %2 bytes, MD5 %3.</source>
        <translation>A imagem %1 está ativa: %2 bytes, MD5 %3.</translation>
    </message>
    <message>
        <source>The image is %1.</source>
        <translation>A imagem está %1.</translation>
    </message>
    <message>
        <source>The image has its file already.</source>
        <translation>A imagem já tem seu arquivo.</translation>
    </message>
    <message>
        <source>Choose the image file first.</source>
        <translation>Escolha primeiro o arquivo de imagem.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <translation>O envio falhou: %1</translation>
    </message>
</context>
<context>
    <name>ims::UploadPartCall</name>
    <message>
        <source>upload part %1</source>
        <translation>enviar a parte %1</translation>
    </message>
    <message>
        <source>upload the file</source>
        <translation>enviar o arquivo</translation>
    </message>
    <message>
        <source>The answer to %1 has no ETag.</source>
        <translation>A resposta a %1 não tem ETag.</translation>
    </message>
</context>
</TS>
