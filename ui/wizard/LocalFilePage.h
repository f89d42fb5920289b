// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizardPage>

namespace ims {

class LocalFileEditor;

// "A disk file on this computer", first step: the file and what its headers say (format, virtual
// size, problems, the method that suits it). Next takes that method, and min_disk from the size.
class LocalFilePage : public QWizardPage
{
    Q_OBJECT
public:
    LocalFilePage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    LocalFileEditor *editor() const { return m_editor; }

private:
    WizardContext *m_context;
    LocalFileEditor *m_editor;
};

} // namespace ims
