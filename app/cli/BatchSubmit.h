// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace ims {

class BatchRunner;
class OutputFormat;

// `ims-wizard-cli submit --batch`: runs a BatchRunner (already made, with its session) to its end,
// printing one line per row as it is decided and a summary (or one JSON document), and returns the
// exit status the rows call for (ExitStatus conventions: any outcome unknown 3, a stop on
// authentication 4, any row not sent or failed 1, else 0).
class BatchSubmit
{
    Q_DECLARE_TR_FUNCTIONS(BatchSubmit)
public:
    static int run(BatchRunner &runner, bool waitForJobs, const OutputFormat &format, QTextStream &out, QTextStream &err);
};

} // namespace ims
