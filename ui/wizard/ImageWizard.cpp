// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ImageWizard.h"


#include "FieldsPage.h"
#include "LocalFilePage.h"
#include "ObsTargetPage.h"
#include "RequestDraft.h"
#include "ReviewPage.h"
#include "StartPage.h"
#include "TagsPage.h"
#include "UploadPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextEdit>

namespace ims {

ImageWizard::ImageWizard(QWidget *parent, LaterPages laterPages)
    : QWizard(parent)
    , m_draft(new RequestDraft(this))
{
    setObjectName(QStringLiteral("imageWizard"));
    setWindowTitle(tr("Create a private image"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    // After a submission the last button starts the next request: the wizard never goes away.
    setButtonText(QWizard::FinishButton, tr("&New request"));
    m_context.draft = m_draft;
    m_start = new StartPage(&m_context, this);
    setPage(StartPageId, m_start);
    setStartId(StartPageId);
    // Next and Back put the keyboard where the person goes on typing.
    connect(this, &QWizard::currentIdChanged, this, &ImageWizard::focusFirstField);
    if (laterPages == LaterPages::Now)
        addLaterPages();
}

void ImageWizard::addLaterPages()
{
    if (m_review)
        return;
    m_source = new SourcePage(&m_context, this);
    m_image = new ImagePage(&m_context, this);
    m_tags = new TagsPage(&m_context, this);
    m_review = new ReviewPage(&m_context, this);
    m_upload = new UploadPage(&m_context, this);
    m_localFile = new LocalFilePage(&m_context, this);
    m_obsTarget = new ObsTargetPage(&m_context, this);
    setPage(SourcePageId, m_source);
    setPage(ImagePageId, m_image);
    setPage(TagsPageId, m_tags);
    setPage(ReviewPageId, m_review);
    setPage(UploadPageId, m_upload);
    setPage(LocalFilePageId, m_localFile);
    setPage(ObsTargetPageId, m_obsTarget);
    connect(m_review, &ReviewPage::submitted, this, [this] {
        // Once the review page has shown the outcome: the keyboard on what comes next (create
        // another, upload, or a new request), not wherever Submit's being disabled left it.
        QMetaObject::invokeMethod(this, [this] {
            if (currentId() != ReviewPageId)
                return;
            auto *another = m_review->findChild<QAbstractButton *>(QStringLiteral("createAnother"));
            QAbstractButton *target = another && another->isVisible() ? another : nullptr;
            if (QAbstractButton *onward = button(nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
                onward && onward->isVisible() && onward->isEnabled() && (!target || nextId() != -1))
                target = onward;
            if (target)
                target->setFocus(Qt::OtherFocusReason);
        }, Qt::QueuedConnection);
    });
    connect(m_review, &ReviewPage::submitted, this, [this](const QString &id) {
        if (m_draft->method() && m_draft->method()->answer == Answer::Image)
            m_upload->setImageId(id);
        else
            emit jobSubmitted(id);
    });
    connect(m_review, &ReviewPage::createAnotherRequested, this, [this] {
        const QString method = m_draft->methodId();
        const QJsonObject fields = m_draft->fields();
        restart();
        loadRequest(method, fields);
        // Another image with these values needs another name first: straight to that field.
        focusField(QStringLiteral("name"));
    });
    connect(m_review, &ReviewPage::fieldRejected, this, &ImageWizard::goToField);
    connect(m_review, &ReviewPage::saveAsProfileRequested, this, &ImageWizard::saveAsProfileRequested);
}

void ImageWizard::setSession(Session *session, const QString &connectionName)
{
    m_context.session = session;
    m_context.connectionName = connectionName;
    if (m_review && currentId() == ReviewPageId)
        m_review->initializePage();
}

void ImageWizard::loadRequest(const QString &methodId, const QJsonObject &fields)
{
    m_context.localFile = {}; // a saved request names its OBS file already
    m_draft->setMethod(methodId);
    m_draft->setFields(fields);
    if (currentId() == StartPageId)
        m_start->initializePage();
}

void ImageWizard::setOsVersionChoices(const QStringList &versions)
{
    m_draft->setKnownOsVersions(versions);
    addLaterPages();
    m_image->setOsVersionChoices(versions);
}

bool ImageWizard::validateCurrentPage()
{
    addLaterPages(); // QWizard::next() asks nextId() right after this: the pages it names exist
    return QWizard::validateCurrentPage();
}

int ImageWizard::nextId() const
{
    // Only the start page so far (the window's first paint comes first): there is a next page, and
    // validateCurrentPage() builds it before Next goes there.
    if (!m_review)
        return currentId() == StartPageId ? SourcePageId : -1;
    switch (currentId()) {
    case LocalFilePageId:
        return ObsTargetPageId;
    case StartPageId:
        if (m_context.localFile.active)
            return LocalFilePageId;
        [[fallthrough]];
    case ObsTargetPageId:
        if (m_source->appliesToMethod())
            return SourcePageId;
        [[fallthrough]];
    case SourcePageId:
        if (m_image->appliesToMethod())
            return ImagePageId;
        [[fallthrough]];
    case ImagePageId:
        if (m_tags->appliesToMethod())
            return TagsPageId;
        [[fallthrough]];
    case TagsPageId:
        return ReviewPageId;
    case ReviewPageId:
        return m_review->nextId();
    default:
        return -1;
    }
}

void ImageWizard::startOver()
{
    m_context.localFile = {};
    m_draft->setFields({});
    restart();
}

void ImageWizard::done(int result)
{
    if (result == QDialog::Accepted)
        startOver();
    // Rejected (Esc): nothing to close, the wizard is the window's centre.
}

bool ImageWizard::focusNextPrevChild(bool next)
{
    // QWizard hides its inner widget for a moment whenever it updates its buttons (every time a page
    // says its completeness may have changed, i.e. on each keystroke) and whenever it changes page.
    // Hiding the widget that has the focus moves the focus on to the next widget of the *window*:
    // inside a standalone QWizard there is none, but embedded in the main window it is the Jobs
    // filter, which then gets the rest of what the person types. A focus widget that is only hidden
    // for that moment keeps the focus; Tab from a visible widget moves it as usual.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus) || !isVisible() || (focus->isVisible() && focus->isEnabled()))
        return QWizard::focusNextPrevChild(next); // Tab and Shift+Tab
    QWidget *inner = focus;
    while (inner->parentWidget() != this)
        inner = inner->parentWidget();
    if (!inner->isVisible())
        return true; // the moment QWizard's inner widget is hidden: keep the focus where it is
    // The focus widget itself was hidden or disabled (Submit once it was used): the next control of
    // the wizard takes the focus, not a control of the dock.
    for (QWidget *w = next ? focus->nextInFocusChain() : focus->previousInFocusChain(); w && w != focus;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain())
        if (isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    return QWizard::focusNextPrevChild(next);
}

namespace {
// What a person fills in: not a label, a read-only view or a page-wide button.
bool takesInput(const QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
        return false;
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly();
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QRadioButton *>(w);
}
} // namespace

void ImageWizard::focusFirstField()
{
    QWizardPage *page = currentPage();
    if (!page)
        return;
    QWidget *target = nullptr;
    if (page == m_start) {
        // The chosen answer, else the first one: arrow keys move between the answers.
        for (auto *radio : page->findChildren<QRadioButton *>()) {
            if (!target)
                target = radio;
            if (radio->isChecked()) {
                target = radio;
                break;
            }
        }
    } else if (page == m_source || page == m_image) {
        target = static_cast<FieldsPage *>(page)->firstField();
    } else if (page == m_review) {
        auto *submit = page->findChild<QAbstractButton *>(QStringLiteral("submitButton"));
        target = submit && submit->isEnabled() ? submit : nullptr;
    }
    for (QWidget *w = page->nextInFocusChain(); !target && w && w != page; w = w->nextInFocusChain())
        if (page->isAncestorOf(w) && takesInput(w))
            target = w;
    QAbstractButton *onward = button(nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
    if (!target)
        target = onward;
    if (target)
        target->setFocus(Qt::TabFocusReason);
    // An auto-default button that had the focus for a moment during the page change (Back, a page's
    // own button) took the default from Next; embedded in the main window, QDialog does not give it
    // back (it restores only buttons whose window is the dialog). Enter in a field goes onward again.
    if (auto *push = qobject_cast<QPushButton *>(onward); push && push->isVisible() && push->isEnabled() && page != m_review)
        push->setDefault(true);
}

void ImageWizard::focusField(const QString &key)
{
    // Forward through the pages (each initialised on the way) until the one that has the field.
    for (int guard = 0; guard < 6 && !currentPage()->findChild<QWidget *>(QStringLiteral("edit_") + key); ++guard) {
        if (currentId() == ReviewPageId || !currentPage()->isComplete())
            break;
        next();
    }
    if (auto *editor = currentPage()->findChild<QWidget *>(QStringLiteral("edit_") + key)) {
        editor->setFocus(Qt::TabFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->selectAll();
    }
}

void ImageWizard::goToField(const QString &key)
{
    if (!m_review) // only the start page so far: no field's page to go to
        return;
    int target = -1;
    if (m_source->keysOnPage().contains(key))
        target = SourcePageId;
    else if (m_image->keysOnPage().contains(key))
        target = ImagePageId;
    else if (key == QLatin1String("tags") || key == QLatin1String("image_tags"))
        target = TagsPageId;
    if (target < 0)
        return;
    while (currentId() != target && currentId() != StartPageId && !visitedIds().isEmpty())
        back();
}

} // namespace ims
