// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ims {

QStringList translatedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("pt_BR")};
}

QLocale chosenLocale(const QString &languageOverride)
{
    QString code = languageOverride.trimmed();
    if (code.isEmpty())
        code = QSettings().value(QLatin1String(languageSettingsKey)).toString();
    if (code.isEmpty())
        return QLocale::system();
    // QLocale takes "zh_CN", "zh-CN" and "pt_BR" alike; "en" and unknown codes give English texts.
    return QLocale(code);
}

QString installTranslators(QCoreApplication &app, const QString &languageOverride)
{
    const QLocale locale = chosenLocale(languageOverride);
    // Numbers and dates follow the chosen language too, not only the texts.
    QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    // load(QLocale, …) tries the locale's UI languages in turn (zh_Hans_CN, zh_CN, zh, …).
    if (!own->load(locale, QStringLiteral("ims-wizard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, with its plural forms ("1 job", "2 jobs").
        if (own->load(QStringLiteral(":/i18n/ims-wizard_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // English buttons are better than none; the rest of the program is still translated.
    return own->language();
}

} // namespace ims
