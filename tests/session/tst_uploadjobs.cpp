// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "jobs/JobMonitor.h"
#include "jobs/JobStore.h"
#include "sandbox/SandboxObsServer.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "session/UploadJobs.h"
#include "UploadTestFiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ims;
using ims::test::md5Of;

// Uploads as jobs of the job list, against the sandbox's IMS and OBS look-alikes over real HTTP: the
// upload is a row of the list with its bytes, it comes back paused after the program ended under it,
// Resume finishes it with the parts OBS already had, and the create call waiting for it is sent
// exactly once (the sandbox counts the creates it received), also after a restart.
class TestUploadJobs : public QObject
{
    Q_OBJECT

    static constexpr qint64 partSize = 128 * 1024;
    static constexpr qint64 fileSize = 24 * partSize - 1000;
    QTemporaryDir m_dir;

    // One run of the program: its job list, monitor, connection and upload jobs.
    struct Program
    {
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobMonitor> monitor;
        std::unique_ptr<Session> session;
        std::unique_ptr<UploadJobs> uploads;
        ~Program()
        {
            uploads.reset();
            session.reset();
            monitor.reset();
        }
    };
    std::unique_ptr<Program> startProgram(const SandboxServer &ims, const SandboxObsServer &obs)
    {
        auto p = std::make_unique<Program>();
        p->store = std::make_unique<JobStore>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        p->monitor = std::make_unique<JobMonitor>(p->store.get());
        p->monitor->setSchedule({200, 1.2, 500});
        p->uploads = std::make_unique<UploadJobs>(p->monitor.get());
        p->uploads->setProgressIntervalMs(0);
        p->uploads->restore();
        ConnectionSettings s = ims.connectionSettings();
        s.name = QStringLiteral("Sandbox");
        s.obsEndpoint = obs.url();
        p->session = std::make_unique<Session>(s, ims.credentials(), p->monitor.get());
        p->uploads->follow(p->session.get());
        return p;
    }
    QString makeFile(const QString &name) { return test::writeRandomFile(m_dir.filePath(name), fileSize); }
    static UploadJobs::Request request(const QString &file, const QString &key)
    {
        UploadJobs::Request r;
        r.file = file;
        r.bucket = QStringLiteral("images");
        r.key = key;
        r.parallel = 2;
        r.partSize = partSize;
        r.methodId = QStringLiteral("file-system");
        r.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("from-my-disk")},
                               {QStringLiteral("os_version"), QStringLiteral("Ubuntu 22.04 server 64bit")},
                               {QStringLiteral("image_url"), QStringLiteral("images:") + key},
                               {QStringLiteral("min_disk"), 40}};
        return r;
    }
    static SandboxServer::Options fastJobs()
    {
        SandboxServer::Options o;
        o.jobSeconds = 1;
        return o;
    }
    // IMS with jobs of a second, and OBS of the same account with a bucket "images" in its region.
    struct Sandboxes
    {
        SandboxServer ims{fastJobs()};
        SandboxObsServer obs{ims.account().accessKey, ims.account().secretKey, ims.account().region};
        bool start()
        {
            if (!ims.start() || !obs.start())
                return false;
            obs.addBucket(QStringLiteral("images"), ims.account().region);
            return true;
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("IMS_WIZARD_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8()); // checkpoints
    }
    void init() { JobStore::erase(m_dir.filePath(QStringLiteral("jobs.sqlite"))); }

    // An upload with a create call: a row of kind upload that fills up, the object equal to the file,
    // then the create sent once and followed as a job of its own.
    void uploadThenCreateOnce()
    {
        Sandboxes clouds;
        QVERIFY(clouds.start());
        SandboxServer &ims = clouds.ims;
        SandboxObsServer &obs = clouds.obs;
        const QString file = makeFile(QStringLiteral("disk.qcow2"));
        auto program = startProgram(ims, obs);
        QSignalSpy created(program->uploads.get(), &UploadJobs::createSubmitted);
        QSignalSpy updated(program->monitor.get(), &JobMonitor::jobUpdated);

        QString error;
        const QString id = program->uploads->start(program->session.get(), request(file, QStringLiteral("disk.qcow2")), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(program->store->contains(id)); // in the list at once
        QCOMPARE(program->monitor->record(id).kind, JobRecord::Kind::Upload);
        QCOMPARE(program->monitor->record(id).upload.bytesTotal, fileSize);

        QVERIFY(created.wait(20000));
        const JobRecord done = program->monitor->record(id);
        QCOMPARE(done.state, JobRecord::State::Success);
        QCOMPARE(done.upload.bytesDone, fileSize);
        QVERIFY(done.upload.createSent);
        QVERIFY(done.upload.createError.isEmpty());
        QCOMPARE(obs.objectMd5(QStringLiteral("images"), QStringLiteral("disk.qcow2")), md5Of(file));
        QVERIFY(updated.size() > 3); // the progress was shown on the way
        QCOMPARE(ims.createCount(), 1);
        const JobRecord job = program->monitor->record(done.upload.createRecordId);
        QVERIFY(!job.jobId.isEmpty());
        QCOMPARE(job.methodId, QStringLiteral("file-system"));
        QCOMPARE(job.fields.value(QStringLiteral("image_url")).toString(), QStringLiteral("images:disk.qcow2"));

        // Connecting again (a reconnect) finds nothing waiting: no second create.
        program->uploads->follow(program->session.get());
        QTest::qWait(300);
        QCOMPARE(ims.createCount(), 1);
    }

    // The program ends mid-upload: the next start shows the upload paused, Resume sends only the
    // missing parts of the same upload, and the create call is sent once after it.
    void survivesRestartAndSendsTheCreateOnce()
    {
        Sandboxes clouds;
        QVERIFY(clouds.start());
        SandboxServer &ims = clouds.ims;
        SandboxObsServer &obs = clouds.obs;
        const QString file = makeFile(QStringLiteral("big.qcow2"));
        QString id;
        {
            auto program = startProgram(ims, obs);
            id = program->uploads->start(program->session.get(), request(file, QStringLiteral("big.qcow2")));
            QVERIFY(!id.isEmpty());
            QSignalSpy stored(&obs, &SandboxObsServer::partStored);
            QTRY_VERIFY_WITH_TIMEOUT(obs.partPutCount() >= 6, 20000);
            QCOMPARE(program->monitor->record(id).state, JobRecord::State::Running);
            QVERIFY(program->monitor->record(id).upload.bytesDone > 0);
        } // the program ends under the upload
        const int partsBefore = obs.partPutCount();
        QVERIFY(partsBefore < 24);
        QCOMPARE(ims.createCount(), 0);

        auto program = startProgram(ims, obs);
        const JobRecord paused = program->monitor->record(id);
        QCOMPARE(paused.state, JobRecord::State::Paused);
        QVERIFY(UploadJobs::canResume(paused));
        QVERIFY(!paused.lastPollError.isEmpty()); // says why it is paused
        QCOMPARE(ims.createCount(), 0);            // nothing is sent before the upload is done

        QSignalSpy created(program->uploads.get(), &UploadJobs::createSubmitted);
        QString error;
        QVERIFY2(program->uploads->resume(id, &error), qPrintable(error));
        QVERIFY(created.wait(20000));
        QCOMPARE(program->monitor->record(id).state, JobRecord::State::Success);
        QCOMPARE(obs.objectMd5(QStringLiteral("images"), QStringLiteral("big.qcow2")), md5Of(file));
        QCOMPARE(obs.initiateCount(), 1);                    // the same upload, continued
        QVERIFY(obs.partPutCount() - partsBefore < 24);       // not all parts again
        QCOMPARE(ims.createCount(), 1);

        // Another restart: the create is not sent again.
        program.reset();
        program = startProgram(ims, obs);
        QTest::qWait(300);
        QCOMPARE(ims.createCount(), 1);
        QVERIFY(program->monitor->record(id).upload.createSent);
    }

    // Pause keeps the parts; Abort deletes them on OBS and ends the job.
    void pauseThenAbort()
    {
        Sandboxes clouds;
        QVERIFY(clouds.start());
        SandboxServer &ims = clouds.ims;
        SandboxObsServer &obs = clouds.obs;
        const QString file = makeFile(QStringLiteral("drop.qcow2"));
        auto program = startProgram(ims, obs);
        const QString id = program->uploads->start(program->session.get(), request(file, QStringLiteral("drop.qcow2")));
        QTRY_VERIFY_WITH_TIMEOUT(obs.partPutCount() >= 3, 20000);
        program->uploads->pause(id);
        QTRY_COMPARE(program->monitor->record(id).state, JobRecord::State::Paused);
        QCOMPARE(obs.openUploadCount(), 1); // the parts stay for a resume

        program->uploads->abort(id);
        QTRY_COMPARE(program->monitor->record(id).state, JobRecord::State::Fail);
        QTRY_COMPARE(obs.openUploadCount(), 0);
        QVERIFY(!program->monitor->record(id).failReason.isEmpty());
        QCOMPARE(ims.createCount(), 0);
    }

    // A temporary key that expires mid-upload is renewed once and the upload goes on from its
    // checkpoint; without a renewer it fails, saying so.
    void anExpiredKeyIsRenewedAndTheUploadGoesOn()
    {
        Sandboxes clouds;
        QVERIFY(clouds.start());
        SandboxServer &ims = clouds.ims;
        SandboxObsServer &obs = clouds.obs;
        const QString file = makeFile(QStringLiteral("renew.qcow2"));
        auto program = startProgram(ims, obs);
        int renewals = 0;
        program->uploads->setKeyRenewer([&renewals, &ims](Session *session, std::function<void(bool)> done) {
            ++renewals;
            session->setObsKey(ims.account().accessKey, ims.account().secretKey, QString());
            done(true);
        });
        QSignalSpy created(program->uploads.get(), &UploadJobs::createSubmitted);
        connect(&obs, &SandboxObsServer::partStored, this, [&obs](int count) {
            if (count == 3)
                obs.expireKeyNext(1);
        });
        const QString id = program->uploads->start(program->session.get(), request(file, QStringLiteral("renew.qcow2")));
        QVERIFY(created.wait(20000));
        QCOMPARE(renewals, 1);
        QCOMPARE(program->monitor->record(id).state, JobRecord::State::Success);
        QCOMPARE(obs.objectMd5(QStringLiteral("images"), QStringLiteral("renew.qcow2")), md5Of(file));
        QCOMPARE(obs.initiateCount(), 1); // continued, not started over
        QCOMPARE(ims.createCount(), 1);
        obs.disconnect(this);

        // No way to renew: the upload stops and says why; Resume can take it up later.
        program->uploads->setKeyRenewer({});
        const QString second = makeFile(QStringLiteral("norenew.qcow2"));
        connect(&obs, &SandboxObsServer::partStored, this, [&obs, start = obs.partPutCount()](int count) {
            if (count == start + 2)
                obs.expireKeyNext(1);
        });
        const QString id2 = program->uploads->start(program->session.get(), request(second, QStringLiteral("norenew.qcow2")));
        QTRY_COMPARE_WITH_TIMEOUT(program->monitor->record(id2).state, JobRecord::State::Fail, 20000);
        QVERIFY2(program->monitor->record(id2).failReason.contains(QStringLiteral("expired")), qPrintable(program->monitor->record(id2).failReason));
        QVERIFY(UploadJobs::canResume(program->monitor->record(id2)));
        obs.disconnect(this);
    }

    // Without an access key there is nothing to sign OBS requests with: said, nothing recorded.
    // A password connection has no AK/SK of its own: the upload signs with the temporary keys its
    // IAM issues, and the create call follows as with an AK/SK connection.
    void aPasswordConnectionUploadsWithTemporaryKeys()
    {
        SandboxServer ims(fastJobs());
        QVERIFY(ims.start());
        ims.obs().addBucket(QStringLiteral("images"), ims.account().region);
        JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        JobMonitor monitor(&store);
        UploadJobs uploads(&monitor);
        Credentials passwordOnly;
        passwordOnly.password = ims.account().password;
        Session session(ims.connectionSettings(AuthMode::Token), passwordOnly, &monitor);
        uploads.follow(&session);
        QSignalSpy created(&uploads, &UploadJobs::createSubmitted);
        const QString file = makeFile(QStringLiteral("x.qcow2"));
        QString error;
        const QString id = uploads.start(&session, request(file, QStringLiteral("x.qcow2")), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(created.wait(20000));
        QCOMPARE(monitor.record(id).state, JobRecord::State::Success);
        QCOMPARE(ims.obs().objectMd5(QStringLiteral("images"), QStringLiteral("x.qcow2")), md5Of(file));
        QCOMPARE(ims.temporaryKeysIssued(), 1); // one key for every part
        QCOMPARE(ims.createCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUploadJobs)
#include "tst_uploadjobs.moc"
