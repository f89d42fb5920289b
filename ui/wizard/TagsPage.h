// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizardPage>

namespace ims {

class TagsEditor;

// Tags for the image, as key/value pairs; the page chooses the JSON shape the method takes.
class TagsPage : public QWizardPage
{
    Q_OBJECT
public:
    TagsPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool appliesToMethod() const;

private:
    WizardContext *m_context;
    TagsEditor *m_editor;
};

} // namespace ims
