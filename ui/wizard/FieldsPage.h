// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QStringList>
#include <QWizardPage>

class QVBoxLayout;

namespace ims {

class FieldEditor;
class DataDisksEditor;

// A step that shows the fields of the chosen method that belong to it (the source, or the image's
// own attributes); fields the method does not have are not shown. Next stays disabled while any of
// them is wrong. SourcePage and ImagePage are the two steps built on it.
class FieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    FieldsPage(WizardContext *context, const QStringList &keys, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override; // Next (also when pressed by code) only from a page without errors
    // The page has something to show for the current method (otherwise the wizard skips it).
    bool appliesToMethod() const;
    QStringList keysOnPage() const;
    void setOsVersionChoices(const QStringList &versions);
    // The first field a person can type in, in the order the page shows them.
    QWidget *firstField() const;

private:
    void rebuild();
    void refresh();

    WizardContext *m_context;
    QStringList m_keys;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QList<FieldEditor *> m_editors;
    QList<DataDisksEditor *> m_lists;
    QList<QWidget *> m_focusOrder;
    QString m_builtFor;
};

class SourcePage : public FieldsPage
{
    Q_OBJECT
public:
    SourcePage(WizardContext *context, QWidget *parent = nullptr);
};

class ImagePage : public FieldsPage
{
    Q_OBJECT
public:
    ImagePage(WizardContext *context, QWidget *parent = nullptr);
};

} // namespace ims
