// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace ims {

// "What do you have?": each answer leads to one creation method, and says which API it uses.
// The 8 methods are also one click away in a list for those who know the API.
class StartPage : public QWizardPage
{
    Q_OBJECT
public:
    StartPage(WizardContext *context, QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QString &answerId); // a method id, or "local-file"

    WizardContext *m_context;
    QButtonGroup *m_answers;
    QComboBox *m_expert;
    QLabel *m_explanation;
    QStringList m_methodIds;
};

} // namespace ims
