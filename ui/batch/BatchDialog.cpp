// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "BatchDialog.h"

#include "BatchTableModel.h"
#include "RunInBackground.h"
#include "batch/BatchRunner.h"
#include "catalogue/Catalogue.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ims {

BatchDialog::BatchDialog(std::function<Session *()> currentSession, JobStore *store, QWidget *parent)
    : QDialog(parent)
    , m_currentSession(std::move(currentSession))
    , m_store(store)
    , m_model(new BatchTableModel(this))
    , m_path(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_maxInFlight(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_submit(new QPushButton(tr("&Submit"), this))
{
    setWindowTitle(tr("Batch"));
    setObjectName(QStringLiteral("batchDialog"));

    m_path->setObjectName(QStringLiteral("batchPath"));
    m_path->setAccessibleName(tr("Batch file or folder"));
    m_path->setPlaceholderText(tr("A CSV file or a folder of request files"));
    auto *chooseFile = new QPushButton(tr("CSV &file…"), this);
    chooseFile->setAccessibleName(tr("Choose a CSV file"));
    auto *chooseFolder = new QPushButton(tr("F&older…"), this);
    chooseFolder->setAccessibleName(tr("Choose a folder of request files"));
    // Return in the path loads it; it must not also press a button.
    for (QPushButton *b : {chooseFile, chooseFolder, m_submit})
        b->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);

    m_method->setObjectName(QStringLiteral("batchMethod"));
    m_method->setAccessibleName(tr("Method of rows that name none"));
    m_method->addItem(tr("(from the file's method column)"), QString());
    for (const auto &m : Catalogue::instance().methods())
        m_method->addItem(QStringLiteral("%1 — %2").arg(m.id, m.displayTitle()), m.id);
    m_maxInFlight->setObjectName(QStringLiteral("batchMaxInFlight"));
    m_maxInFlight->setAccessibleName(tr("Creates in flight at most"));
    m_maxInFlight->setRange(1, 16);
    m_maxInFlight->setValue(BatchRunner::defaultMaxInFlight);
    if (auto *edit = m_maxInFlight->findChild<QLineEdit *>()) // the part that takes the focus
        edit->setAccessibleName(m_maxInFlight->accessibleName());
    auto *form = new QFormLayout;
    auto labelFor = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field); // Alt+letter goes to the field
        return label;
    };
    form->addRow(labelFor(tr("&Batch:"), m_path), pathRow);
    form->addRow(labelFor(tr("&Method of rows without one:"), m_method), m_method);
    form->addRow(labelFor(tr("Creates &in flight at most:"), m_maxInFlight), m_maxInFlight);

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Rows of the batch"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8); // many rows in view
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BatchTableModel::RowColumn, 70);
    m_table->setColumnWidth(BatchTableModel::NameColumn, 140);
    m_table->setColumnWidth(BatchTableModel::MethodColumn, 100);
    m_table->setColumnWidth(BatchTableModel::VerdictColumn, 120);

    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setAccessibleName(tr("Batch progress"));
    m_progress->setTextVisible(false);
    m_progress->hide(); // shown while reading, checking and sending

    m_submit->setObjectName(QStringLiteral("submitBatch"));
    m_submit->setAccessibleName(tr("Submit the ready rows"));
    m_submit->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_submit, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Return belongs to the path field

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(chooseFile, &QPushButton::clicked, this, &BatchDialog::chooseFile);
    connect(chooseFolder, &QPushButton::clicked, this, &BatchDialog::chooseFolder);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { load(m_path->text()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path->text().isEmpty() && !(m_runner && m_runner->isSending()))
            load(m_path->text());
    });
    connect(m_submit, &QPushButton::clicked, this, &BatchDialog::submitOrCancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateStatus();
}

void BatchDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Batch from a CSV file"), QFileInfo(m_path->text()).path(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void BatchDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Batch from a folder of request files"), m_path->text());
    if (!path.isEmpty())
        load(path);
}

void BatchDialog::load(const QString &path)
{
    m_path->setText(path);
    if (m_runner && !m_runner->isSending())
        m_runner->deleteLater();
    m_runner = nullptr; // a runner that is sending goes on by itself (its parent is the session)
    m_model->setRunner(nullptr);
    // Read on a worker thread: a CSV of up to 16 MB, a folder of many files, or a file on a slow or
    // network disk must not freeze the window. The answer comes back to this (living) dialog only,
    // and only for the latest path asked.
    const int generation = ++m_readGeneration;
    m_reading = true;
    struct Reading
    {
        std::optional<BatchInput> input;
        QString error;
    };
    runInBackground(
        this,
        [path, method = m_method->currentData().toString()] {
            Reading done;
            done.input = BatchInput::read(path, method, &done.error);
            return done;
        },
        [this, generation](const Reading &done) {
            if (generation != m_readGeneration)
                return;
            m_reading = false;
            if (!done.input) {
                m_status->setText(done.error);
                updateStatus();
                return;
            }
            takeInput(*done.input);
        });
    updateStatus();
}

void BatchDialog::takeInput(const BatchInput &input)
{
    Session *session = m_currentSession ? m_currentSession() : nullptr;
    // Owned by the session when there is one, so that a batch being sent outlives this dialog.
    m_runner = new BatchRunner(session, m_store, input, session ? static_cast<QObject *>(session) : this);
    m_model->setRunner(m_runner);
    connect(m_runner, &BatchRunner::rowChanged, this, &BatchDialog::updateStatus);
    connect(m_runner, &BatchRunner::checked, this, &BatchDialog::updateStatus);
    connect(m_runner, &BatchRunner::sendingFinished, this, &BatchDialog::updateStatus);
    m_runner->check();
    updateStatus();
}

void BatchDialog::submitOrCancel()
{
    if (!m_runner)
        return;
    if (m_runner->isSending()) {
        m_runner->cancel();
    } else {
        m_runner->setMaxInFlight(m_maxInFlight->value());
        m_runner->send();
        emit sendingStarted();
    }
    updateStatus();
}

void BatchDialog::updateStatus()
{
    Session *session = m_currentSession ? m_currentSession() : nullptr;
    if (!m_runner) {
        if (m_reading)
            m_status->setText(tr("Reading %1…").arg(QFileInfo(m_path->text()).fileName()));
        else if (m_path->text().isEmpty())
            m_status->setText(tr("Choose a CSV file (a header row of field names, one image per row; {row} in a value becomes the "
                                 "row's number) or a folder of request files."));
        m_progress->setRange(0, 0); // busy: how long a read takes is not known
        m_progress->setVisible(m_reading);
        m_submit->setText(tr("&Submit"));
        m_submit->setEnabled(false);
        return;
    }
    const BatchRunner::Counts c = m_runner->counts();
    QString text;
    if (m_runner->isChecking())
        text = tr("Checking %1 rows…").arg(c.rows);
    else if (!m_runner->wasSent())
        text = tr("%1 rows: %2 ready, %3 not valid.").arg(c.rows).arg(c.ready).arg(c.invalid);
    else
        text = tr("%1 rows: %2 sent (%3 running, %4 succeeded, %5 failed), %6 refused, %7 outcome unknown, %8 not sent; the job "
                  "monitor follows them as \"Batch %9\".")
                   .arg(c.rows)
                   .arg(c.sent)
                   .arg(c.running)
                   .arg(c.succeeded)
                   .arg(c.failed)
                   .arg(c.refused)
                   .arg(c.unknown)
                   .arg(c.notSent)
                   .arg(m_runner->input().name);
    if (m_runner->resumedRows() > 0)
        text += QLatin1Char(' ') + tr("%1 rows were sent before and are not sent again.").arg(m_runner->resumedRows());
    if (!m_runner->stopReason().isEmpty())
        text += QLatin1Char(' ') + tr("Stopped early: %1").arg(m_runner->stopReason());
    if (!session)
        text += QLatin1Char(' ') + tr("Choose a connection (Connection menu) to send them.");
    m_status->setText(text);
    // Checking: rows checked of all; sending: rows answered of those sent or still to send.
    if (m_runner->isChecking()) {
        m_progress->setRange(0, c.rows);
        m_progress->setValue(c.rows - c.checking);
    } else if (m_runner->isSending()) {
        const int answered = c.sent + c.refused + c.unknown;
        m_progress->setRange(0, answered + c.sending + c.ready);
        m_progress->setValue(answered);
    }
    m_progress->setVisible(m_runner->isChecking() || m_runner->isSending());
    if (m_runner->isSending()) {
        m_submit->setText(tr("&Cancel sending"));
        m_submit->setAccessibleName(tr("Cancel sending"));
        m_submit->setEnabled(c.ready > 0);
    } else {
        m_submit->setText(tr("&Submit %1 ready").arg(c.ready));
        m_submit->setAccessibleName(tr("Submit the ready rows"));
        m_submit->setEnabled(session && !m_runner->isChecking() && c.ready > 0);
    }
}

} // namespace ims
