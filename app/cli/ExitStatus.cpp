// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ExitStatus.h"

namespace ims {

int exitStatusFor(const ApiError &error, bool outcomeUnknown)
{
    if (outcomeUnknown)
        return ExitOutcomeUnknown;
    switch (error.kind()) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden:
        return ExitAuth;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
        // A create whose sending had begun is outcomeUnknown above; here nothing reached the service.
        return ExitUnreachable;
    case ApiError::Kind::Timeout:
        return ExitTimedOut;
    case ApiError::Kind::Cancelled:
        return ExitInterrupted;
    case ApiError::Kind::Http:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Throttled:
    case ApiError::Kind::Server:
    case ApiError::Kind::MalformedAnswer:
    case ApiError::Kind::TooLarge:
        return ExitFailed;
    }
    return ExitFailed;
}

int exitStatusFor(const std::optional<ApiError> &error, bool outcomeUnknown)
{
    if (outcomeUnknown)
        return ExitOutcomeUnknown;
    return error ? exitStatusFor(*error, false) : int(ExitOk);
}

} // namespace ims
