// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/Connection.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace ims {

// The CLI commands that talk to a server, or take its connection options: preview, submit, job,
// jobs, and sandbox (which is one).
int runPreviewCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runSubmitCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runJobCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runJobsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runSandboxCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The connection options every cloud command takes (--endpoint, --region, … with IMS_WIZARD_*
// defaults), and the connection they make; secrets from the environment or a prompt.
void addConnectionOptions(QCommandLineParser &parser);
bool connectionFromParser(const QCommandLineParser &parser, ConnectionSettings *settings, Credentials *credentials, QString *error);

} // namespace ims
