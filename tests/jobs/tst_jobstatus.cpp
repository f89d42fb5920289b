// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "cloud/JobStatus.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ims;

// Job answers of both query APIs, as the digest shows them, and broken ones.
class TestJobStatus : public QObject
{
    Q_OBJECT

    static QByteArray q(const char *text) { return QByteArray(text).replace('\'', '"'); }

private slots:
    void progressApiSuccess()
    {
        QString error;
        const auto s = JobStatus::parse(q("{'job_id': '9a175ac89d2a5e14019d2cde77f03a0f', 'job_type': 'imsImportImageJob',"
                                          " 'begin_time': '2026-03-27T01:17:50.446Z', 'end_time': '2026-03-27T01:57:11.143Z',"
                                          " 'status': 'SUCCESS', 'error_code': null, 'fail_reason': null,"
                                          " 'entities': {'image_name': 'name', 'subJobId': '0825e1f7fae2477b9db78d7ea34a1a10',"
                                          " 'image_id': '698a61e2-abde-4151-a778-f9035e214c92', 'process_percent': 1, 'current_task': ''}}"),
                                        &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->state, JobStatus::State::Success);
        QVERIFY(s->isFinished());
        QCOMPARE(s->imageIds, QStringList{QStringLiteral("698a61e2-abde-4151-a778-f9035e214c92")});
        QCOMPARE(s->progress, 1.0);
        QCOMPARE(s->beginTime, QDateTime(QDate(2026, 3, 27), QTime(1, 17, 50, 446), QTimeZone::utc()));
        QVERIFY(s->failReason.isEmpty());
    }

    void multiDiskImageIdsComeFromSubJobs()
    {
        QString error;
        const auto s = JobStatus::parse(q("{'job_id': '9a175ac792fa12d201930031febf2bdd', 'job_type': 'imsVolumesToSysDataImagesJob',"
                                          " 'begin_time': '2024-11-06T06:38:16.765Z', 'end_time': '2024-11-06T06:48:16.765Z', 'status': 'SUCCESS',"
                                          " 'error_code': null, 'fail_reason': null, 'entities': {'sub_jobs_result': ["
                                          "{'job_id': 'a', 'job_type': 'imsCopyVolumeToImageJob', 'status': 'SUCCESS', 'entities': {'image_name': 'test', 'image_id': 'bfb2de92-e7b9-4820-9522-416d8f2c812a'}},"
                                          "{'job_id': 'b', 'job_type': 'imsCopyVolumeToImageJob', 'status': 'SUCCESS', 'entities': {'image_name': 'test2', 'image_id': 'c0000000-e7b9-4820-9522-416d8f2c812a'}}],"
                                          " 'sub_jobs_list': ['a', 'b']}}"),
                                        &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->imageIds.size(), 2);
        QCOMPARE(s->subJobs.size(), 2);
        QCOMPARE(s->subJobs.at(1).imageName, QStringLiteral("test2"));
    }

    void legacyTimestampsAndRunningProgress()
    {
        QString error;
        const auto s = JobStatus::parse(q("{'status': 'RUNNING', 'entities': {'process_percent': 0.35}, 'job_id': 'ff8080814dbd65d7014dbe0d84db0013',"
                                          " 'job_type': 'createImageByInstance', 'begin_time': '04-Jun-2015 18:11:06:586', 'end_time': ''}"),
                                        &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->state, JobStatus::State::Running);
        QCOMPARE(s->beginTime, QDateTime(QDate(2015, 6, 4), QTime(18, 11, 6, 586), QTimeZone::utc()));
        QVERIFY(!s->endTime.isValid());
        QCOMPARE(s->progress, 0.35);
        const auto percent = JobStatus::parse(q("{'status': 'RUNNING', 'entities': {'process_percent': 40}}"), &error);
        QCOMPARE(percent->progress, 0.4); // more than 1 can only be a percentage
        const auto none = JobStatus::parse(q("{'status': 'INIT'}"), &error);
        QCOMPARE(none->progress, -1.0);
    }

    void aFailureCarriesItsReason()
    {
        QString error;
        const auto s = JobStatus::parse(q("{'status': 'FAIL', 'job_id': 'j', 'error_code': 'IMG.0057', 'fail_reason': 'The image file is empty', 'entities': {}}"), &error);
        QCOMPARE(s->state, JobStatus::State::Fail);
        QCOMPARE(s->errorCode, QStringLiteral("IMG.0057"));
        QCOMPARE(s->failReason, QStringLiteral("The image file is empty"));
        const auto sub = JobStatus::parse(q("{'status': 'FAIL', 'entities': {'sub_jobs_result': [{'status': 'FAIL', 'fail_reason': 'disk 2 unreadable', 'error_code': 'IMG.0120'}]}}"), &error);
        QCOMPARE(sub->failReason, QStringLiteral("disk 2 unreadable"));
        QCOMPARE(sub->errorCode, QStringLiteral("IMG.0120"));
    }

    void brokenAnswersAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("word");
        QTest::newRow("truncated") << QByteArray("{\"status\": \"RUNN") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("status a number") << QByteArray("{\"status\": 3}") << QStringLiteral("no job status");
        QTest::newRow("no status") << QByteArray("{\"job_id\": \"x\"}") << QStringLiteral("no job status");
        QTest::newRow("unknown status") << QByteArray("{\"status\": \"PAUSED\"}") << QStringLiteral("unknown job status \"PAUSED\"");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not a JSON object");
    }

    void brokenAnswersAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, word);
        QString error;
        QVERIFY(!JobStatus::parse(answer, &error));
        QVERIFY2(error.contains(word), qPrintable(error));
    }

    void oddTypesInsideAreTolerated()
    {
        QString error;
        const auto s = JobStatus::parse(q("{'status': 'SUCCESS', 'entities': 'x', 'fail_reason': 5, 'begin_time': 7}"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->imageIds.isEmpty());
        QVERIFY(s->failReason.isEmpty());
        QVERIFY(!s->beginTime.isValid());
    }
};

QTEST_GUILESS_MAIN(TestJobStatus)
#include "tst_jobstatus.moc"
