// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ims {

// The QSettings key that holds the language chosen in the Language menu ("" = system default).
inline constexpr char languageSettingsKey[] = "ui/language";

// The languages IMS Wizard is translated into, besides English (the source language): zh_CN, pt_BR.
QStringList translatedLanguages();

// The language to use: the override (from --language) if given, else the one chosen in the Language
// menu, else the system locale's. An override that names no translation means English.
QLocale chosenLocale(const QString &languageOverride = QString());

// Installs IMS Wizard's translator and Qt's own (qtbase_<lang>.qm, for the standard buttons) for
// the chosen language and makes it the default QLocale. Returns the language in use, "en" when the
// texts stay English. The translators belong to app.
QString installTranslators(QCoreApplication &app, const QString &languageOverride = QString());

} // namespace ims
