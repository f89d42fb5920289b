<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CloudCommands</name>
    <message numerus="yes">
        <source>removed %n job(s)</source>
        <translation>
            <numerusform>removed %n job</numerusform>
            <numerusform>removed %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::JobNotifier</name>
    <message numerus="yes">
        <source>IMS Wizard — %n job(s) running</source>
        <translation>
            <numerusform>IMS Wizard — %n job running</numerusform>
            <numerusform>IMS Wizard — %n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message numerus="yes">
        <source>(%n job(s) running)</source>
        <translation>
            <numerusform>(%n job running)</numerusform>
            <numerusform>(%n jobs running)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job Monitor — %n job(s) running</source>
        <translation>
            <numerusform>Job Monitor — %n job running</numerusform>
            <numerusform>Job Monitor — %n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the list.</source>
        <translation>
            <numerusform>Removed %n job from the list.</numerusform>
            <numerusform>Removed %n jobs from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the list? The images are not touched.</source>
        <translation>
            <numerusform>Remove %n finished job from the list? The images are not touched.</numerusform>
            <numerusform>Remove %n finished jobs from the list? The images are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) older than the retention period.</source>
        <translation>
            <numerusform>Removed %n finished job older than the retention period.</numerusform>
            <numerusform>Removed %n finished jobs older than the retention period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::ProfilesDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Imported %n profile: %1.</numerusform>
            <numerusform>Imported %n profiles: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Imported %n profile from %1.</numerusform>
            <numerusform>Imported %n profiles from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation>
            <numerusform>Exported %n profile to %1.</numerusform>
            <numerusform>Exported %n profiles to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::ReviewPage</name>
    <message numerus="yes">
        <source>Copy as curl: the command carries this request&apos;s signature, valid for %n minute(s) and for this body only.</source>
        <translation>
            <numerusform>Copy as curl: the command carries this request&apos;s signature, valid for %n minute and for this body only.</numerusform>
            <numerusform>Copy as curl: the command carries this request&apos;s signature, valid for %n minutes and for this body only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::SecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
