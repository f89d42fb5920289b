// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "WizardContext.h"

#include <QWizard>

namespace ims {

class FieldsPage;
class LocalFilePage;
class ObsTargetPage;
class Session;
class UploadJobs;
class RequestDraft;
class ReviewPage;
class StartPage;
class TagsPage;
class UploadPage;

// The image-creation wizard: what you have → source → image → tags → review and submit
// (→ upload, for native metadata). Pages a method does not need are skipped.
class ImageWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StartPageId, SourcePageId, ImagePageId, TagsPageId, ReviewPageId, UploadPageId, LocalFilePageId, ObsTargetPageId };

    // The pages after the start page: built with the wizard, or only when asked for (addLaterPages(),
    // or Next): the program's window paints its first page before it builds them.
    enum class LaterPages { Now, OnDemand };
    explicit ImageWizard(QWidget *parent = nullptr, LaterPages laterPages = LaterPages::Now);
    // Builds the pages after the start page (once; nothing the second time).
    void addLaterPages();

    RequestDraft *draft() const { return m_draft; }
    // The connection requests are shown for and sent through; null when not connected.
    void setSession(Session *session, const QString &connectionName);
    Session *session() const { return m_context.session; }
    // Where "a disk file on this computer" runs its upload (and then its create call).
    void setUploadJobs(UploadJobs *uploads) { m_context.uploads = uploads; }
    const LocalFileChoice &localFile() const { return m_context.localFile; }
    // Starts over with this request (a profile, a request file, "clone into wizard").
    void loadRequest(const QString &methodId, const QJsonObject &fields);
    void setOsVersionChoices(const QStringList &versions);
    int nextId() const override;
    bool validateCurrentPage() override;
    ReviewPage *reviewPage() const { return m_review; }
    // File ▸ New request and the Finish button ("New request"): an empty request on the start page.
    void startOver();
    // Keyboard focus to the current page's first field a person fills in (or its main button).
    void focusFirstField();
    // Goes to the page that has `key` and puts the keyboard focus in its field.
    void focusField(const QString &key);

    // The wizard is a part of the main window, not a dialog: Finish starts a new request and Esc
    // closes nothing (QDialog's accept()/reject() would hide it for good).
    void done(int result) override;

signals:
    void jobSubmitted(const QString &jobId);
    void saveAsProfileRequested();

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void goToField(const QString &key);

    RequestDraft *m_draft;
    WizardContext m_context;
    StartPage *m_start;
    FieldsPage *m_source = nullptr;
    FieldsPage *m_image = nullptr;
    TagsPage *m_tags = nullptr;
    ReviewPage *m_review = nullptr;
    UploadPage *m_upload = nullptr;
    LocalFilePage *m_localFile = nullptr;
    ObsTargetPage *m_obsTarget = nullptr;
};

} // namespace ims
