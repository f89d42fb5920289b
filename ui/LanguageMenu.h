// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QMenu>

class QActionGroup;

namespace ims {

// "Language": System default, English, 简体中文, Português (Brasil). The choice is stored in
// QSettings (ui/language) and applies at the next start: the pages build their texts once.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The stored choice: "" (system default), "en", "zh_CN" or "pt_BR".
    static QString storedLanguage();

signals:
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);

    QActionGroup *m_group = nullptr;
};

} // namespace ims
