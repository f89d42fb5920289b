#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ims {

// The command-line front end: `ims-wizard-cli <command> [options]`. Exit codes are a contract:
// 0 success / valid, 1 invalid request (or a failed job), 2 unusable input or wrong usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Ok = 0, Invalid = 1, Unusable = 2 };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int methods(const QStringList &args);
    int validate(const QStringList &args);
    int preview(const QStringList &args);
    int usage(const QString &problem);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ims
