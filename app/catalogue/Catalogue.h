// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "MethodSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ims {

// The documentation pages rules come from, named as their titles read, so a user can look them up.
// The API reference's page titles, in English as the API reference names them; FieldSpec::pageName()
// shows them in the user's language (the Chinese console's own titles for zh_CN).
namespace Pages {
inline const QString createImage = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Creating an Image"));
inline const QString dataImageFromFile = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Creating a Data Disk Image Using an External Image File"));
inline const QString quickImport = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Importing an Image File Quickly"));
inline const QString nativeMetadata = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Creating Image Metadata (Native OpenStack API)"));
inline const QString imageAttributes = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Image Attributes"));
inline const QString tagFormat = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Image Tag Format"));
inline const QString externalFileGuide = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Creating an Image Using an External Image File"));
inline const QString osValues = QString::fromLatin1(QT_TRANSLATE_NOOP("Catalogue", "Values of Related Parameters"));
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
