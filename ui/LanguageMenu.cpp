// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace ims {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    // Each language is named in itself, so that it can be found whatever language is shown now.
    const QList<QPair<QString, QString>> entries = {{QString(), tr("System default")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                    {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
    const QString stored = storedLanguage();
    for (const auto &[code, name] : entries) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setChecked(code == stored);
        a->setData(code);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { choose(code); });
    }
}

QString LanguageMenu::storedLanguage()
{
    return QSettings().value(QLatin1String(languageSettingsKey)).toString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code == storedLanguage())
        return;
    QSettings().setValue(QLatin1String(languageSettingsKey), code);
    emit languageChosen(code);
    QMessageBox::information(QApplication::activeWindow(), tr("Language"),
                             tr("The new language is used from the next start of IMS Wizard."));
}

} // namespace ims
