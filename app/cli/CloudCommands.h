#pragma once

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

} // namespace ims
