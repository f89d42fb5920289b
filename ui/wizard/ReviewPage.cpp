// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ReviewPage.h"

#include "ExportButton.h"
#include "ImageWizard.h"
#include "RequestDraft.h"
#include "catalogue/RequestBuilder.h"
#include "catalogue/RequestFile.h"
#include "checks/PreSubmitChecks.h"
#include "cloud/ImsClient.h"
#include "session/Session.h"
#include "session/Submission.h"
#include "session/UploadJobs.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPainter>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace ims {

namespace {

// A check's mark as a small round badge (✓ green, ⚠ amber, ✗ red, … grey while checking, – skipped),
// drawn here so that it looks the same under every style and icon theme.
QIcon checkIcon(const QString &glyph, const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 30, 30));
    QFont font = p.font();
    font.setPixelSize(20);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, glyph);
    return QIcon(pixmap);
}

} // namespace

ReviewPage::ReviewPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_view(new QPlainTextEdit(this))
    , m_warnings(new QLabel(this))
    , m_status(new QLabel(this))
    , m_curlNote(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy as c&url"), this))
    , m_save(new QPushButton(tr("Save as re&quest file…"), this))
    , m_saveProfile(new QPushButton(tr("Save as &profile…"), this))
    , m_submit(new QPushButton(tr("&Submit"), this))
    , m_another(new QPushButton(tr("Create &another with these values"), this))
    , m_checkList(new QListWidget(this))
    , m_checkAgain(new QPushButton(tr("Check a&gain"), this))
    , m_checkStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("This is the exact request that will be sent. Secrets are masked."));
    setFinalPage(true);

    m_view->setObjectName(QStringLiteral("requestView"));
    m_view->setAccessibleName(tr("HTTP request"));
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("submitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyCurl"));
    m_curlNote->setObjectName(QStringLiteral("curlNote"));
    m_curlNote->setWordWrap(true);
    m_curlNote->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(QStringLiteral("saveRequest"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    m_saveProfile->setToolTip(tr("Keep this request under a name, to open it again later (File ▸ Profiles…)."));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_another->setObjectName(QStringLiteral("createAnother"));
    m_another->setVisible(false);
    m_checkList->setObjectName(QStringLiteral("checksList"));
    m_checkList->setAccessibleName(tr("Pre-submit checks"));
    m_checkList->setWordWrap(true);
    m_checkList->setResizeMode(QListView::Adjust); // long sentences wrap to the list's width
    m_checkList->setUniformItemSizes(false);
    m_checkList->setIconSize(QSize(16, 16));
    m_checkList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Five rows, then a scroll bar: the request above keeps the rest of an 800×600 screen.
    m_checkList->setMaximumHeight(m_checkList->fontMetrics().height() * 6 + 2 * m_checkList->frameWidth() + 12);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_checkAgain->setToolTip(tr("Ask the account again, e.g. after stopping the ECS or uploading the file."));
    m_checkStatus->setObjectName(QStringLiteral("checksStatus"));
    m_checkStatus->setWordWrap(true);
    m_checkStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *checksLabel = new QLabel(tr("Chec&ks against the account:"), this);
    checksLabel->setBuddy(m_checkList);

    // Two rows: what to do with the text, then what to do with the request. In one row the five
    // buttons are wider than the page on an 800×600 screen.
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_copy);
    keep->addWidget(m_save);
    keep->addWidget(m_saveProfile);
    auto *exportButton = new ExportButton([this] {
        // Connected: the connection's region, and curl signed as the session sends it.
        const QString region = m_context->session ? m_context->session->client()->settings().region : QString();
        return ExportButton::Source{m_context->draft->method(), m_context->draft->fields(), {region, QString(), m_context->session.data()}};
    }, this);
    connect(exportButton, &ExportButton::finished, this, &ReviewPage::setStatus);
    keep->addWidget(exportButton);
    keep->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_another);
    buttons->addWidget(m_submit);
    auto *checksHeader = new QHBoxLayout;
    checksHeader->addWidget(checksLabel, 1);
    checksHeader->addWidget(m_checkAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(checksHeader);
    layout->addWidget(m_checkList);
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_warnings);
    layout->addLayout(keep);
    layout->addLayout(buttons);
    layout->addWidget(m_curlNote);
    layout->addWidget(m_status);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(curlCommand());
        setStatus(tr("The curl command is on the clipboard."), false);
    });
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveRequestFile);
    connect(m_saveProfile, &QPushButton::clicked, this, &ReviewPage::saveAsProfileRequested);
    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::submit);
    connect(m_another, &QPushButton::clicked, this, &ReviewPage::createAnotherRequested);
    connect(m_checkAgain, &QPushButton::clicked, this, &ReviewPage::runChecks);
}

QString ReviewPage::requestText() const
{
    const MethodSpec *m = m_context->draft->method();
    if (!m)
        return {};
    // Connected: exactly what the session will send, auth headers included. Not connected: the
    // request with a token placeholder, the host left out.
    const PreparedRequest r = m_context->session ? m_context->session->prepare(*m, m_context->draft->fields())
                                                 : RequestBuilder::masked(RequestBuilder::prepare(*m, m_context->draft->fields(), {}));
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(r.verb), r.baseUrl.isEmpty() ? r.path : r.url());
    for (const auto &h : r.headers)
        text += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    return uploadStepText() + text + QLatin1Char('\n') + QString::fromUtf8(r.prettyBody);
}

QString ReviewPage::curlCommand() const
{
    const MethodSpec *m = m_context->draft->method();
    if (!m)
        return {};
    if (m_context->session)
        return m_context->session->curlCommand(*m, m_context->draft->fields());
    return RequestBuilder::curlCommand(RequestBuilder::prepare(*m, m_context->draft->fields(), {QStringLiteral("https://ims.REGION.myhuaweicloud.com")}));
}

void ReviewPage::initializePage()
{
    // Native metadata goes on to the upload step; every other method ends here.
    setFinalPage(!m_context->draft->method() || m_context->draft->method()->answer == Answer::Job);
    m_jobId.clear();
    m_imageId.clear();
    m_another->setVisible(false);
    m_status->clear();
    m_submitWhenChecked = false;
    refresh();
    runChecks();
}

void ReviewPage::cleanupPage()
{
    m_jobId.clear();
    m_imageId.clear();
    m_submitWhenChecked = false;
    if (m_checks)
        m_checks->cancel(); // the request is being changed: its answers would be about another one
}

void ReviewPage::runChecks()
{
    if (m_checks) {
        m_checks->cancel();
        m_checks->deleteLater();
    }
    m_checkList->clear();
    const MethodSpec *m = m_context->draft->method();
    if (!m || !m_context->session || hasErrors(m_context->draft->issues())) {
        m_checkStatus->setText(m_context->session ? QString()
                                                  : tr("Not connected: the checks ask a connection's account whether what the request names exists."));
        refresh();
        return;
    }
    m_checks = new PreSubmitChecks(m_context->session->client(), *m, m_context->draft->fields(), this);
    const LocalFileChoice &local = m_context->localFile;
    if (local.active) // the object is made by the upload that goes first: judged by the local file
        m_checks->setUploadedFirst(local.bucket + QLatin1Char(':') + local.key, local.inspection);
    connect(m_checks, &PreSubmitChecks::resultChanged, this, &ReviewPage::showCheck);
    connect(m_checks, &PreSubmitChecks::finished, this, &ReviewPage::checksFinished);
    m_checkStatus->setText(tr("Checking…"));
    m_checks->start();
    for (int i = 0; i < m_checks->results().size(); ++i) {
        new QListWidgetItem(m_checkList);
        showCheck(i);
    }
    if (m_checks->isFinished())
        checksFinished();
    refresh();
}

void ReviewPage::showCheck(int index)
{
    QListWidgetItem *item = m_checkList->item(index);
    if (!item || !m_checks)
        return; // a row settled while start() was still adding rows: shown once the rows are there
    const CheckResult r = m_checks->results().at(index);
    QString state;
    QIcon icon;
    if (m_checks->isPending(index)) {
        state = tr("Checking");
        icon = checkIcon(QStringLiteral("…"), QColor(0x75, 0x75, 0x75));
    } else {
        switch (r.verdict) {
        case CheckResult::Verdict::Pass:
            state = tr("Passed");
            icon = checkIcon(QStringLiteral("✓"), QColor(0x2e, 0x7d, 0x32));
            break;
        case CheckResult::Verdict::Warning:
            state = tr("Warning");
            icon = checkIcon(QStringLiteral("!"), QColor(0xe6, 0x8a, 0x00));
            break;
        case CheckResult::Verdict::Blocking:
            state = tr("Blocks Submit");
            icon = checkIcon(QStringLiteral("✗"), QColor(0xc6, 0x28, 0x28));
            break;
        case CheckResult::Verdict::Skipped:
            state = tr("Not checked");
            icon = checkIcon(QStringLiteral("–"), QColor(0x9e, 0x9e, 0x9e));
            break;
        }
    }
    item->setIcon(icon);
    item->setText(r.sentence);
    item->setData(Qt::UserRole, PreSubmitChecks::verdictName(r.verdict));
    // What a screen reader says: the verdict first, as the mark shows it.
    item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(state, r.sentence));
    item->setToolTip(r.field.isEmpty() ? r.sentence : QStringLiteral("%1 — %2").arg(r.field, r.sentence));
}

void ReviewPage::checksFinished()
{
    if (!m_checks)
        return;
    QStringList blocking;
    int warnings = 0;
    for (const auto &r : m_checks->results()) {
        blocking += r.verdict == CheckResult::Verdict::Blocking ? QStringList{r.sentence} : QStringList{};
        warnings += r.verdict == CheckResult::Verdict::Warning;
    }
    if (!blocking.isEmpty())
        m_checkStatus->setText(tr("Submit is disabled: the create call would fail. %1").arg(blocking.first()));
    else if (warnings > 0)
        m_checkStatus->setText(tr("%n check(s) warn: Submit asks before sending.", nullptr, warnings));
    else
        m_checkStatus->setText(tr("Every check passed."));
    refresh();
    if (m_submitWhenChecked) {
        m_submitWhenChecked = false;
        if (!blocking.isEmpty())
            setStatus(tr("Not sent: a check blocks it."), true);
        else if (confirmWarnings())
            send();
        else
            setStatus(QString(), false);
    }
}

bool ReviewPage::confirmWarnings()
{
    if (!m_checks)
        return true;
    QStringList warnings;
    for (const auto &r : m_checks->results())
        if (r.verdict == CheckResult::Verdict::Warning)
            warnings << QStringLiteral("• ") + r.sentence;
    if (warnings.isEmpty())
        return true;
    constexpr int shown = 6; // the dialog stays within an 800×600 screen
    const int total = int(warnings.size());
    const int more = total - shown;
    if (more > 0) {
        warnings = warnings.mid(0, shown);
        warnings << tr("… and %n more (see the checks list)", nullptr, more);
    }
    QMessageBox box(QMessageBox::Warning, tr("Submit despite warnings?"),
                    tr("%n check(s) warn about this request:", nullptr, total),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("checkWarningsDialog"));
    box.setInformativeText(warnings.join(QLatin1Char('\n')));
    QPushButton *go = box.addButton(tr("&Submit anyway"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("submitAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void ReviewPage::refresh()
{
    m_view->setPlainText(requestText());
    QStringList warnings;
    for (const auto &i : m_context->draft->issues())
        warnings << QStringLiteral("%1: %2").arg(i.field, i.message);
    m_warnings->setText(warnings.isEmpty() ? QString() : tr("Please note:") + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    const bool valid = !hasErrors(m_context->draft->issues());
    const bool done = !m_jobId.isEmpty() || !m_imageId.isEmpty();
    const bool blocked = m_checks && m_checks->hasBlocking();
    // Connected later (while on this page), the checks are one click away.
    m_checkAgain->setEnabled(valid && m_context->session && !m_busy);
    m_submit->setEnabled(valid && m_context->session && !m_busy && !done && !blocked);
    m_submit->setToolTip(!m_context->session ? tr("Not connected: choose a connection to submit. You can still save or copy the request.")
                         : blocked         ? tr("A check shows the create call would fail: correct the request, then Check again.")
                                           : QString());
    const bool signedCurl = m_context->session && m_context->session->settings().auth == AuthMode::AkSk;
    m_curlNote->setText(signedCurl ? tr("Copy as curl: the command carries this request's signature, valid for %n minute(s) and for this body only.",
                                        nullptr, Session::signatureValidityMinutes)
                                   : tr("Copy as curl: the command reads the token from $IMS_WIZARD_TOKEN."));
    emit completeChanged();
}

void ReviewPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

void ReviewPage::saveRequestFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save request file"), QString(), tr("Request files (*.json)"));
    if (path.isEmpty())
        return;
    RequestFile file;
    file.method = m_context->draft->methodId();
    file.fields = m_context->draft->fields();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toJson()) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save request file"), tr("Cannot save %1: %2").arg(path, out.errorString()));
        return;
    }
    setStatus(tr("Saved to %1").arg(path), false);
}

QString ReviewPage::uploadStepText() const
{
    const LocalFileChoice &f = m_context->localFile;
    if (!f.active)
        return {};
    const QLocale locale;
    return tr("Step 1 of 2 — upload (a job in the Jobs list, resumable):\n"
              "  %1\n  %2, virtual size %3\n  → OBS bucket %4, object %5, %6 part(s) at once\n\n"
              "Step 2 of 2 — when the upload has finished, this create call, sent once:\n\n")
        .arg(f.file, f.format, locale.formattedDataSize(f.virtualSize, 1, QLocale::DataSizeTraditionalFormat), f.bucket, f.key)
        .arg(f.parallel);
}

void ReviewPage::submitAfterUpload()
{
    const LocalFileChoice &f = m_context->localFile;
    UploadJobs::Request request;
    request.file = f.file;
    request.bucket = f.bucket;
    request.key = f.key;
    request.parallel = f.parallel;
    request.methodId = m_context->draft->methodId();
    request.fields = m_context->draft->fields();
    QString error;
    const QString id = m_context->uploads ? m_context->uploads->start(m_context->session, request, &error) : QString();
    if (id.isEmpty()) {
        setStatus(error.isEmpty() ? tr("Uploads are not available here.") : error, true);
        return;
    }
    m_jobId = id;
    setStatus(tr("Uploading %1. The image is created when the upload has finished; follow both in the Jobs list.").arg(f.key), false);
    emit submitted(id);
    m_another->setVisible(false); // another image needs another file: start a new request
    refresh();
}

void ReviewPage::submit()
{
    if (!m_context->draft->method() || !m_context->session || m_busy)
        return;
    if (m_checks && !m_checks->isFinished()) {
        // Not sent past a check that has not answered yet: it goes (or asks) when they end.
        m_submitWhenChecked = true;
        setStatus(tr("Submitting once the checks are done…"), false);
        return;
    }
    if (m_checks && m_checks->hasBlocking())
        return;
    if (!confirmWarnings())
        return;
    send();
}

void ReviewPage::send()
{
    const MethodSpec *m = m_context->draft->method();
    if (!m || !m_context->session || m_busy)
        return;
    if (m_context->localFile.active)
        return submitAfterUpload();
    m_busy = true;
    refresh();
    setStatus(tr("Sending…"), false);
    Submission *submission = m_context->session->submit(*m, m_context->draft->fields());
    connect(submission, &Submission::finished, this, [this, submission] {
        submission->deleteLater();
        m_busy = false;
        switch (submission->outcome()) {
        case Submission::Outcome::OutcomeUnknown:
            setStatus(tr("The request was sent but no answer came back (%1). It may or may not have created the image, "
                         "so it was not sent again. Check the console before you submit it once more.")
                          .arg(submission->error()->userMessage()),
                      true);
            break;
        case Submission::Outcome::Failed:
            setStatus(submission->error()->userMessage(), true);
            if (const QString field = submission->rejectedField(); !field.isEmpty()) {
                m_context->draft->setServerIssue(field, submission->error()->userMessage());
                emit fieldRejected(field);
            }
            break;
        case Submission::Outcome::ImageCreated:
            m_imageId = submission->image().value(QStringLiteral("id")).toString();
            setStatus(tr("Image metadata %1 created (status %2). Next: upload the image file.")
                          .arg(m_imageId, submission->image().value(QStringLiteral("status")).toString()),
                      false);
            emit submitted(m_imageId);
            setFinalPage(false); // makes QWizard ask nextId() again: the upload step is there now
            m_another->setVisible(true);
            break;
        case Submission::Outcome::JobStarted:
            m_jobId = submission->jobId();
            setStatus(tr("Submitted. Job %1 is followed in the job monitor.").arg(m_jobId), false);
            emit submitted(m_jobId);
            m_another->setVisible(true);
            break;
        case Submission::Outcome::Pending:
            break;
        }
        refresh();
    });
}

bool ReviewPage::isComplete() const
{
    return !m_jobId.isEmpty() || !m_imageId.isEmpty();
}

int ReviewPage::nextId() const
{
    return m_imageId.isEmpty() ? -1 : ImageWizard::UploadPageId;
}

} // namespace ims
