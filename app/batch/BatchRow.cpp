// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchRow.h"

#include <QJsonArray>

namespace ims {

QString BatchRow::name() const
{
    const QString name = fields.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return name;
    return fields.value(QStringLiteral("data_images")).toArray().first().toObject().value(QStringLiteral("name")).toString();
}

bool BatchRow::isSent() const
{
    switch (state) {
    case State::Sending:
    case State::Sent:
    case State::Running:
    case State::Succeeded:
    case State::Failed:
    case State::OutcomeUnknown:
        return true;
    case State::Refused: // it went out, but the server made nothing
    default:
        return false;
    }
}

bool BatchRow::isOver() const
{
    switch (state) {
    case State::Checking:
    case State::Ready:
    case State::Sending:
    case State::Sent:
    case State::Running:
        return false;
    default:
        return true;
    }
}

QString BatchRow::stateText(State state)
{
    switch (state) {
    case State::Invalid:
        return tr("Not valid");
    case State::Checking:
        return tr("Checking…");
    case State::Ready:
        return tr("Ready");
    case State::Sending:
        return tr("Sending…");
    case State::Sent:
        return tr("Sent");
    case State::Running:
        return tr("Running");
    case State::Succeeded:
        return tr("Succeeded");
    case State::Failed:
        return tr("Failed");
    case State::Refused:
        return tr("Refused");
    case State::OutcomeUnknown:
        return tr("Outcome unknown");
    case State::NotSentQuota:
        return tr("Not sent: quota");
    case State::NotSent:
        return tr("Not sent");
    }
    return {};
}

} // namespace ims
