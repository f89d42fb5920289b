#include "Connection.h"

#include "Regions.h"

namespace ims {

QUrl ConnectionSettings::effectiveImsEndpoint() const
{
    return imsEndpoint.isEmpty() ? Regions::defaultImsEndpoint(region) : imsEndpoint;
}

QUrl ConnectionSettings::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? Regions::defaultIamEndpoint(region) : iamEndpoint;
}

} // namespace ims
