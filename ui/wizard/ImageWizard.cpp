#include "ImageWizard.h"


#include "FieldsPage.h"
#include "RequestDraft.h"
#include "ReviewPage.h"
#include "StartPage.h"
#include "TagsPage.h"
#include "UploadPage.h"

namespace ims {

ImageWizard::ImageWizard(QWidget *parent)
    : QWizard(parent)
    , m_draft(new RequestDraft(this))
{
    setObjectName(QStringLiteral("imageWizard"));
    setWindowTitle(tr("Create a private image"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    m_context.draft = m_draft;
    m_start = new StartPage(&m_context, this);
    m_source = new SourcePage(&m_context, this);
    m_image = new ImagePage(&m_context, this);
    m_tags = new TagsPage(&m_context, this);
    m_review = new ReviewPage(&m_context, this);
    m_upload = new UploadPage(&m_context, this);
    setPage(StartPageId, m_start);
    setPage(SourcePageId, m_source);
    setPage(ImagePageId, m_image);
    setPage(TagsPageId, m_tags);
    setPage(ReviewPageId, m_review);
    setPage(UploadPageId, m_upload);
    setStartId(StartPageId);

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
        setCurrentId(StartPageId);
    });
    connect(m_review, &ReviewPage::fieldRejected, this, &ImageWizard::goToField);
    connect(m_review, &ReviewPage::saveAsProfileRequested, this, &ImageWizard::saveAsProfileRequested);
}

void ImageWizard::setSession(Session *session, const QString &connectionName)
{
    m_context.session = session;
    m_context.connectionName = connectionName;
    if (currentId() == ReviewPageId)
        m_review->initializePage();
}

void ImageWizard::loadRequest(const QString &methodId, const QJsonObject &fields)
{
    m_draft->setMethod(methodId);
    m_draft->setFields(fields);
    if (currentId() == StartPageId)
        m_start->initializePage();
}

void ImageWizard::setOsVersionChoices(const QStringList &versions)
{
    m_draft->setKnownOsVersions(versions);
    m_image->setOsVersionChoices(versions);
}

int ImageWizard::nextId() const
{
    switch (currentId()) {
    case StartPageId:
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

void ImageWizard::goToField(const QString &key)
{
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
