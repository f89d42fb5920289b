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
