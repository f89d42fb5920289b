// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "JobDetailsDialog.h"

#include "JobListModel.h"
#include "catalogue/Catalogue.h"
#include "catalogue/RequestBuilder.h"
#include "cloud/ApiError.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ims {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QPlainTextEdit *codeView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

JobDetailsDialog::JobDetailsDialog(JobListModel *model, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_id(id)
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_request(codeView(QStringLiteral("jobDetailsRequest"), tr("Request that started the job"), this))
    , m_answer(codeView(QStringLiteral("jobDetailsAnswer"), tr("Last job answer"), this))
{
    setObjectName(QStringLiteral("jobDetailsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(QStringLiteral("jobDetailsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Job summary"));
    m_problem->setObjectName(QStringLiteral("jobDetailsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setAccessibleName(tr("What went wrong"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e5a29b; border-radius: 4px; padding: 8px; }"));
    m_tabs->setObjectName(QStringLiteral("jobDetailsTabs"));
    m_tabs->setAccessibleName(tr("Request and answer"));
    m_tabs->tabBar()->setAccessibleName(tr("Request and answer"));
    m_tabs->addTab(m_request, tr("&Request"));
    m_tabs->addTab(m_answer, tr("Job &answer"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("jobDetailsButtons"));
    m_copyJobId = buttons->addButton(tr("&Copy job ID"), QDialogButtonBox::ActionRole);
    m_copyJobId->setObjectName(QStringLiteral("jobDetailsCopyId"));
    m_clone = buttons->addButton(tr("C&lone into wizard"), QDialogButtonBox::ActionRole);
    m_clone->setObjectName(QStringLiteral("jobDetailsClone"));
    m_clone->setToolTip(tr("Open this request in the wizard to change it and submit it again."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyJobId, &QPushButton::clicked, this, [this] {
        if (m_model)
            QGuiApplication::clipboard()->setText(m_model->recordAt(m_model->rowOf(m_id)).jobId);
    });
    connect(m_clone, &QPushButton::clicked, this, [this] {
        emit cloneRequested(m_id);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_model->rowOf(m_id);
        if (!from.parent().isValid() && from.row() <= row && row <= to.row() && from.column() <= JobListModel::StateColumn)
            refresh();
    });
    connect(model, &QObject::destroyed, this, &QWidget::close); // another connection: another job list
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowOf(m_id) < 0)
            close(); // removed from the list meanwhile
    });
    refresh();
}

void JobDetailsDialog::refresh()
{
    if (!m_model)
        return;
    const JobRecord r = m_model->recordAt(m_model->rowOf(m_id));
    const MethodSpec *method = Catalogue::instance().method(r.methodId);
    setWindowTitle(tr("Job — %1").arg(r.imageName.isEmpty() ? r.jobId : r.imageName));

    QString html = QStringLiteral("<table>");
    html += row(tr("State"), JobListModel::stateText(r) + (r.progress >= 0 && !r.isFinished() && !r.isUpload() ? QStringLiteral(" (%1 %)").arg(int(r.progress * 100 + 0.5)) : QString()));
    html += row(tr("Image name"), r.imageName);
    html += row(tr("Method"), method ? QStringLiteral("%1 (%2)").arg(method->displayTitle(), r.methodId) : r.methodId);
    if (r.isUpload()) {
        // An upload (issue 13): the file, where it goes, how far, and the create call that waits for it.
        html += row(tr("File"), r.upload.file);
        html += row(tr("To OBS"), QStringLiteral("%1/%2").arg(r.upload.bucket, r.upload.key));
        html += row(tr("Uploaded"), JobListModel::uploadProgressText(r));
        if (!r.methodId.isEmpty())
            html += row(tr("Create call"), !r.upload.createSent        ? tr("sent once the upload has finished")
                                           : !r.upload.createError.isEmpty() ? tr("refused: %1").arg(r.upload.createError)
                                           : !r.upload.createRecordId.isEmpty() ? tr("sent: job %1").arg(r.upload.createRecordId)
                                                                                 : tr("sent; no answer came back"));
    } else {
        html += row(tr("Job ID"), r.jobId.isEmpty() ? tr("none: the server's answer to the create call was lost") : r.jobId);
    }
    html += row(tr("Region"), r.region);
    html += row(tr("Endpoint"), r.endpoint);
    html += row(tr("Submitted"), QLocale().toString(r.submittedAt.toLocalTime(), QLocale::LongFormat));
    if (r.finishedAt.isValid())
        html += row(tr("Ended"), QStringLiteral("%1 (%2)").arg(QLocale().toString(r.finishedAt.toLocalTime(), QLocale::LongFormat),
                                                              JobListModel::durationText(r.submittedAt.secsTo(r.finishedAt))));
    // Support asks for these: the server's X-Request-Id of the create call and of the latest job query.
    if (!r.requestId.isEmpty())
        html += row(tr("Request ID (create)"), r.requestId);
    if (!r.lastPollRequestId.isEmpty())
        html += row(tr("Request ID (last poll)"), r.lastPollRequestId);
    if (!r.imageIds.isEmpty())
        html += row(tr("Image IDs"), r.imageIds.join(QLatin1String(", ")));
    const auto subJobs = m_model->subJobsAt(m_model->rowOf(m_id));
    for (const auto &s : subJobs)
        html += row(tr("Sub-job %1").arg(s.jobId), QStringLiteral("%1 — %2 %3").arg(JobListModel::subJobStateText(s.state), s.imageName, s.imageId));
    m_summary->setText(html + QStringLiteral("</table>"));

    // What went wrong, in the server's words, and what to do (Error Codes table).
    QString problem;
    if (r.state == JobRecord::State::Fail || r.state == JobRecord::State::OutcomeUnknown || !r.lastPollError.isEmpty()) {
        if (r.isUpload() && r.state == JobRecord::State::Fail)
            problem = tr("<b>The upload stopped.</b>");
        else if (r.state == JobRecord::State::OutcomeUnknown)
            problem = tr("<b>The outcome of this submission is unknown.</b> The request may or may not have created a job; "
                         "it was not sent again. Check the image list in the console before submitting it again.");
        else if (r.state == JobRecord::State::Fail)
            problem = tr("<b>The job failed.</b>");
        if (!r.failReason.isEmpty())
            problem += QStringLiteral("<br>") + tr("Reason: %1").arg(r.failReason.toHtmlEscaped());
        for (const auto &s : subJobs)
            if (!s.failReason.isEmpty() && s.failReason != r.failReason) // only what the job's own reason does not say
                problem += QStringLiteral("<br>") + tr("%1: %2").arg(s.imageName.toHtmlEscaped(), s.failReason.toHtmlEscaped());
        if (!r.errorCode.isEmpty()) {
            problem += QStringLiteral("<br>") + tr("Error code: %1").arg(r.errorCode.toHtmlEscaped());
            if (const QString meaning = ApiError::imgMessage(r.errorCode); !meaning.isEmpty())
                problem += QStringLiteral(" — ") + meaning.toHtmlEscaped();
            if (const QString hint = ApiError::hintForCode(r.errorCode); !hint.isEmpty())
                problem += QStringLiteral("<br>") + tr("What to do: %1").arg(hint.toHtmlEscaped());
        }
        if (!r.lastPollError.isEmpty())
            problem += QStringLiteral("<br>") + (r.isUpload() ? r.lastPollError.toHtmlEscaped() : tr("Last poll failed: %1").arg(r.lastPollError.toHtmlEscaped()));
        if (r.state == JobRecord::State::Fail)
            problem += QStringLiteral("<br>") + tr("Use “Clone into wizard” to fix the request and submit it again.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    // The request as the review page showed it (secrets masked; none is stored with the job anyway).
    if (method) {
        const PreparedRequest p = RequestBuilder::masked(RequestBuilder::prepare(*method, r.fields, {r.endpoint, false}));
        m_request->setPlainText(QStringLiteral("%1 %2\n\n%3").arg(QString::fromLatin1(p.verb), p.url(), QString::fromUtf8(p.prettyBody)));
    } else {
        m_request->setPlainText(QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Indented)));
    }
    m_answer->setPlainText(r.lastAnswer.isEmpty() ? tr("No answer from the job query yet.")
                                                  : QString::fromUtf8(QJsonDocument(r.lastAnswer).toJson(QJsonDocument::Indented)));
    m_copyJobId->setEnabled(!r.jobId.isEmpty());
    m_clone->setEnabled(method != nullptr);
}

} // namespace ims
