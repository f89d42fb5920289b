// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The desktop program as the kill storm runs it (tests/killstorm/killstorm.py): the real main window
// (wizard, jobs dock, job monitor on the shared list) connected to an external sandbox through the
// IMS_WIZARD_* variables the CLI reads, submitting through the window's session as the review page
// does, and saving a profile, a connection and its settings as a person using it would, until it is
// killed. `killstorm_desktop REQUEST_FILE NAME_PREFIX`: each create gets the image name
// NAME_PREFIX-N. Prints, flushed at once, "accepted RECORD JOB" when a create gave a job,
// "unknown RECORD" when its outcome is unknown (recorded so), "refused" when nothing was created.

#include "MainWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestFile.h"
#include "cli/CloudCommands.h"
#include "profiles/ConnectionStore.h"
#include "profiles/ProfileStore.h"
#include "session/Session.h"
#include "session/Submission.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace ims;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The desktop program's names: its settings file is the one the storm checks.
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: killstorm_desktop REQUEST_FILE NAME_PREFIX\n");
        return 2;
    }
    QString error;
    const auto request = RequestFile::load(QString::fromLocal8Bit(argv[1]), &error);
    const MethodSpec *method = request ? Catalogue::instance().method(request->method) : nullptr;
    if (!method) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString prefix = QString::fromLocal8Bit(argv[2]);

    // The connection exactly as `ims-wizard-cli submit` takes it from the environment.
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.process(QStringList{QStringLiteral("killstorm_desktop")});
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFromParser(parser, &settings, &credentials, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    settings.name = QStringLiteral("killstorm");

    MainWindow window;
    window.useConnection(settings, credentials);
    window.show();

    int next = 0;
    std::function<void()> submitOne = [&] {
        // What a person does between submits: saves the request as a profile, the connection, a setting.
        RequestFile saved = *request;
        saved.name = QStringLiteral("killstorm profile");
        QString problem;
        if (!window.profiles()->save(saved, &problem))
            std::fprintf(stderr, "profile: %s\n", qPrintable(problem));
        ConnectionStore connections;
        if (connections.load(&problem)) {
            connections.put(settings);
            connections.setLastUsed(settings.name);
            if (!connections.save(&problem))
                std::fprintf(stderr, "connections: %s\n", qPrintable(problem));
        } else {
            std::fprintf(stderr, "connections: %s\n", qPrintable(problem));
        }
        window.setJobRetentionDays(30 + next % 5);
        QSettings().sync();

        QJsonObject fields = request->fields;
        fields.insert(QStringLiteral("name"), QStringLiteral("%1-%2").arg(prefix).arg(next++));
        Submission *submission = window.session()->submit(*method, fields);
        QObject::connect(submission, &Submission::finished, &app, [&, submission] {
            switch (submission->outcome()) {
            case Submission::Outcome::JobStarted:
                std::printf("accepted %s %s\n", qPrintable(submission->recordId()), qPrintable(submission->jobId()));
                break;
            case Submission::Outcome::OutcomeUnknown:
                std::printf("unknown %s\n", qPrintable(submission->recordId()));
                break;
            default:
                std::printf("refused\n");
                break;
            }
            std::fflush(stdout);
            submission->deleteLater();
            QTimer::singleShot(100, &app, submitOne);
        });
    };
    QTimer::singleShot(0, &app, submitOne);
    return app.exec();
}
