<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityCommand</name>
    <message numerus="yes">
        <source>%n call(s) could not be written to the activity log in %1.</source>
        <translation>
            <numerusform>%n call could not be written to the activity log in %1.</numerusform>
            <numerusform>%n calls could not be written to the activity log in %1.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ims::ActivityLog</name>
    <message numerus="yes">
        <source>The activity log could not be written; %n entry(s) wait and are written again shortly.</source>
        <translation>
            <numerusform>The activity log could not be written; %n entry waits and is written again shortly.</numerusform>
            <numerusform>The activity log could not be written; %n entries wait and are written again shortly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::ActivityWindow</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 of %n call</numerusform>
            <numerusform>%1 of %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::BucketObjectEditor</name>
    <message numerus="yes">
        <source>%n bucket(s) in %1.</source>
        <translation>
            <numerusform>%n bucket in %1.</numerusform>
            <numerusform>%n buckets in %1.</numerusform>
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
    <name>ims::PickerDialog</name>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ims::PreSubmitChecks</name>
    <message numerus="yes">
        <source>%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.</source>
        <translation>
            <numerusform>%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.</numerusform>
            <numerusform>%1 of %2 private images used: no room for %n more (IMG.0015); delete images or ask for a higher quota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %2 private images left in this region&apos;s quota after these %n.</source>
        <translation>
            <numerusform>Only %1 of %2 private images left in this region&apos;s quota after this %n.</numerusform>
            <numerusform>Only %1 of %2 private images left in this region&apos;s quota after these %n.</numerusform>
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
    <message numerus="yes">
        <source>%n check(s) warn: Submit asks before sending.</source>
        <translation>
            <numerusform>%n check warns: Submit asks before sending.</numerusform>
            <numerusform>%n checks warn: Submit asks before sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the checks list)</source>
        <translation>
            <numerusform>… and %n more (see the checks list)</numerusform>
            <numerusform>… and %n more (see the checks list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) warn about this request:</source>
        <translation>
            <numerusform>%n check warns about this request:</numerusform>
            <numerusform>%n checks warn about this request:</numerusform>
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
