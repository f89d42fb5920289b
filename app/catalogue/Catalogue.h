#pragma once

#include "MethodSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ims {

// The documentation pages rules come from, named as their titles read, so a user can look them up.
namespace Pages {
inline const QString createImage = QStringLiteral("Creating an Image");
inline const QString dataImageFromFile = QStringLiteral("Creating a Data Disk Image Using an External Image File");
inline const QString quickImport = QStringLiteral("Importing an Image File Quickly");
inline const QString nativeMetadata = QStringLiteral("Creating Image Metadata (Native OpenStack API)");
inline const QString imageAttributes = QStringLiteral("Image Attributes");
inline const QString tagFormat = QStringLiteral("Image Tag Format");
inline const QString externalFileGuide = QStringLiteral("Creating an Image Using an External Image File");
inline const QString osValues = QStringLiteral("Values of Related Parameters");
} // namespace Pages

// Every image-creation method of the IMS API reference, described once as data.
class Catalogue
{
public:
    static const Catalogue &instance();

    const QList<MethodSpec> &methods() const { return m_methods; }
    const MethodSpec *method(const QString &id) const;
    QStringList methodIds() const;

private:
    Catalogue();
    QList<MethodSpec> m_methods;
};

} // namespace ims
