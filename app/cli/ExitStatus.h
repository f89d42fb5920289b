// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/ApiError.h"

#include <optional>

namespace ims {

// The exit status of every ims-wizard-cli command, decided here and nowhere else, so that a
// script's retry loop can tell "safe to send again" (1, 6) from "may have created the image" (3).
// The man page's EXIT STATUS section lists the same table.
enum ExitStatus : int {
    ExitOk = 0,             // done (a followed job ended in SUCCESS, a file is valid)
    ExitFailed = 1,         // the job or request failed, was refused or is invalid: nothing was created
    ExitUsage = 2,          // wrong usage, an unreadable file, a bad endpoint
    ExitOutcomeUnknown = 3, // sent, but whether it created something is unknown: look before resending
    ExitAuth = 4,           // authentication or permission refused
    ExitTimedOut = 5,       // --timeout ran out (or the service kept not answering in time)
    ExitUnreachable = 6,    // the service could not be reached: nothing was sent
    ExitInterrupted = 130,  // SIGINT during a wait (128 + SIGINT, as shells report it)
};

// What a failed call means for the exit status; `outcomeUnknown` is ApiCall::outcomeUnknown().
int exitStatusFor(const ApiError &error, bool outcomeUnknown = false);
// The same for a call that may have failed (none: ExitOk).
int exitStatusFor(const std::optional<ApiError> &error, bool outcomeUnknown = false);

} // namespace ims
