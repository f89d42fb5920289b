// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizardPage>

namespace ims {

class BucketObjectEditor;

// "A disk file on this computer", second step: the bucket of the connection's region and the object
// name the file is uploaded as. Next puts "bucket:object" in the request's image_url.
class ObsTargetPage : public QWizardPage
{
    Q_OBJECT
public:
    ObsTargetPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    BucketObjectEditor *editor() const { return m_editor; }

private:
    WizardContext *m_context;
    BucketObjectEditor *m_editor;
};

} // namespace ims
