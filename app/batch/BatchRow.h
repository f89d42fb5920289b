// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ims {

// One image of a batch: the request one CSV row or one request file makes, what the checks said of
// it, and what came of sending it.
struct BatchRow
{
    Q_DECLARE_TR_FUNCTIONS(BatchRow)
public:
    enum class State {
        Invalid,        // unreadable, not valid or refused by a check: never sent
        Checking,       // the checks are running
        Ready,          // valid and checked: will be sent
        Sending,        // the create call is out
        Sent,           // a job started (followed in the job list)
        Running,        // its job runs
        Succeeded,      // its job ended in SUCCESS (or native: the image record was made)
        Failed,         // its job ended in FAIL
        Refused,        // the server refused the create call: nothing was created
        OutcomeUnknown, // sent, answer never seen: never re-sent by itself
        NotSentQuota,   // not sent: the image quota would have been exceeded
        NotSent,        // not sent: cancelled, or stopped by an error that would refuse every row
    };

    int number = 0;   // 1-based: the CSV's data row (1 = the first under the header), the file's place in the folder
    QString source;   // where it comes from: "row 3", "web.json"
    QString methodId;
    QJsonObject fields;
    State state = State::Checking;
    QString field;    // the field a verdict is about, if any
    QString sentence; // why it is not sent, a warning, or what happened
    QString recordId; // the job list's id once sent (job or outcome unknown)
    QString jobId;
    QString imageId;  // native metadata: the image made at once
    bool sentBefore = false; // a previous run of the same batch sent it (resumed)

    QString name() const; // the image name (the first data disk's for ecs-data)
    bool isSent() const;  // its create call went out (whatever came of it)
    bool isOver() const;  // nothing more will happen to it in this run
    static QString stateText(State state);
};

} // namespace ims
