// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "StartPage.h"

#include "RequestDraft.h"
#include "WrappingLabel.h"
#include "catalogue/Catalogue.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ims {

namespace {
// The answer that is not one method: upload a file of this computer, then import it (issue 13).
const QString localFileAnswer = QStringLiteral("local-file");
} // namespace

StartPage::StartPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_answers(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("What do you have?"));
    setSubTitle(tr("Choose what the image is made from. Each answer leads to the matching IMS API call."));

    // The situations a user is in, in the order people meet them; each maps to one method id.
    const QList<QPair<QString, QString>> answers = {
        {QStringLiteral("ecs-system"), tr("An ECS, running or stopped: capture its system disk")},
        {QStringLiteral("ecs-data"), tr("Data disks attached to an ECS: capture them as data disk images")},
        {QStringLiteral("volume-system"), tr("A data disk with an installed OS: make it bootable as a system disk image")},
        {localFileAnswer, tr("A disk file on this computer (qcow2, vmdk, vhd, raw…): upload it to OBS, then import it")},
        {QStringLiteral("file-system"), tr("An image file in OBS (qcow2, vmdk, vhd, …), optionally with up to 3 data disk files")},
        {QStringLiteral("quick-system"), tr("A large RAW or ZVHD2 system disk file in OBS: quick import")},
        {QStringLiteral("quick-data"), tr("A large RAW or ZVHD2 data disk file in OBS: quick import")},
        {QStringLiteral("file-data"), tr("A data disk image file in OBS")},
        {QStringLiteral("native-metadata"), tr("A local image file: register it with the native OpenStack API and upload it")},
    };
    auto *box = new QGroupBox(tr("I have…"), this);
    auto *boxLayout = new QVBoxLayout(box);
    int id = 0;
    for (const auto &[methodId, text] : answers) {
        // A radio button does not wrap its text: the answer is a word-wrapped label beside it, so the
        // page fits a narrow window. The button keeps the answer as its accessible name.
        auto *radio = new QRadioButton(box);
        radio->setObjectName(QStringLiteral("answer_") + methodId);
        radio->setAccessibleName(text);
        auto *label = new WrappingLabel(text, box);
        label->setObjectName(QStringLiteral("answerText_") + methodId);
        label->setProperty("answer", id);
        label->installEventFilter(this); // a click on the words chooses the answer, as on a radio's own text
        m_answers->addButton(radio, id++);
        m_methodIds << methodId;
        auto *row = new QHBoxLayout;
        row->addWidget(radio, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        boxLayout->addLayout(row);
    }

    m_expert = new QComboBox(this);
    m_expert->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_expert->setMinimumContentsLength(24);
    m_expert->setObjectName(QStringLiteral("methodCombo"));
    m_expert->setAccessibleName(tr("Creation method"));
    m_expert->addItem(tr("Choose a method…"), QString());
    for (const auto &m : Catalogue::instance().methods())
        m_expert->addItem(QStringLiteral("%1 — %2").arg(m.id, m.displayTitle()), m.id);
    auto *form = new QFormLayout;
    form->addRow(tr("Or pick the API &method:"), m_expert);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("methodExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setMinimumHeight(60);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    connect(m_answers, &QButtonGroup::idClicked, this, [this](int i) { choose(m_methodIds.value(i)); });
    connect(m_expert, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_expert->currentData().toString();
        if (!id.isEmpty()) {
            m_context->localFile.active = false; // a method picked by name: its source as the API takes it
            choose(id);
        }
    });
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && watched->property("answer").isValid()) {
        if (QAbstractButton *radio = m_answers->button(watched->property("answer").toInt())) {
            radio->setFocus(Qt::MouseFocusReason);
            radio->click();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void StartPage::initializePage()
{
    if (m_context->localFile.active)
        choose(localFileAnswer);
    else if (!m_context->draft->methodId().isEmpty())
        choose(m_context->draft->methodId());
}

void StartPage::choose(const QString &answerId)
{
    // A local file is imported from OBS once uploaded: the normal import until its inspection says otherwise.
    const bool localFile = answerId == localFileAnswer;
    const QString methodId = localFile ? QStringLiteral("file-system") : answerId;
    const MethodSpec *m = Catalogue::instance().method(methodId);
    if (!m)
        return;
    if (localFile != m_context->localFile.active)
        m_context->localFile = {};
    m_context->localFile.active = localFile;
    if (!localFile || m_context->draft->methodId() != QLatin1String("quick-system"))
        m_context->draft->setMethod(methodId);
    if (auto *radio = m_answers->button(int(m_methodIds.indexOf(answerId))); radio && !radio->isChecked())
        radio->setChecked(true);
    const int index = m_expert->findData(methodId);
    if (m_expert->currentIndex() != index) {
        const QSignalBlocker block(m_expert);
        m_expert->setCurrentIndex(index);
    }
    m_explanation->setText(tr("<b>%1</b><br>%2<br><tt>%3 %4</tt> — %5")
                               .arg(m->displayTitle().toHtmlEscaped(), m->displaySummary().toHtmlEscaped(),
                                    QString::fromLatin1(m->httpMethod), m->path, FieldSpec::pageName(m->source).toHtmlEscaped()));
    if (localFile)
        m_explanation->setText(tr("<b>Upload, then import</b><br>The file goes to an OBS bucket of the connection's region "
                                  "(resumable, followed in the Jobs list); when it is there, the image is created from it: "
                                  "<tt>%1 %2</tt>, the normal import, or the quick import for large RAW and ZVHD2 disks.")
                                   .arg(QString::fromLatin1(m->httpMethod), m->path));
    emit completeChanged();
}

bool StartPage::isComplete() const
{
    return m_context->draft->method() != nullptr;
}

} // namespace ims
