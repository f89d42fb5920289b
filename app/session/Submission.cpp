// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Submission.h"

#include "cloud/ImsCalls.h"

namespace ims {

Submission::Submission(QObject *parent)
    : QObject(parent)
{
}

void Submission::abort()
{
    if (m_call)
        m_call->abort();
}

} // namespace ims
