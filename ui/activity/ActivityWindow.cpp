// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ActivityWindow.h"

#include "ActivityFilterModel.h"
#include "ActivityModel.h"

#include "jobs/ActivityLog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ims {

ActivityWindow::ActivityWindow(ActivityLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new ActivityModel(log, this))
    , m_filter(new ActivityFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_connection(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("activityWindow"));
    setWindowTitle(tr("Activity — IMS Wizard"));
    m_filter->setSourceModel(m_model);

    m_text->setObjectName(QStringLiteral("activityFilter"));
    m_text->setPlaceholderText(tr("Filter: operation, path, request ID, job ID, error…"));
    m_text->setAccessibleName(tr("Filter the activity by text"));
    m_text->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_text);
    m_connection->setObjectName(QStringLiteral("activityConnection"));
    m_connection->setAccessibleName(tr("Show the activity of connection"));
    m_connection->addItem(tr("All connections"), QString());
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_connection);
    m_count->setObjectName(QStringLiteral("activityCount"));

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Calls that changed something in the cloud"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setColumnWidth(ActivityModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("2026-12-01 19:10:15")) + 16);
    m_table->setColumnWidth(ActivityModel::Connection, 150);
    m_table->setColumnWidth(ActivityModel::Operation, 190);
    m_table->setColumnWidth(ActivityModel::Method, 70);
    m_table->setColumnWidth(ActivityModel::Path, 260);
    m_table->setColumnWidth(ActivityModel::Status, 60);
    m_table->setColumnWidth(ActivityModel::Outcome, 160);

    m_copy->setObjectName(QStringLiteral("activityCopy"));
    m_copy->setAccessibleName(tr("Copy the selected calls as text"));
    m_copy->setToolTip(tr("Copy the selected rows, tab-separated (Ctrl+C in the table)."));
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setAccessibleName(tr("Export the calls shown as CSV"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("activityClose"));
    close->setAccessibleName(tr("Close the activity window"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_text, 2);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_export);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_text, m_connection);
    setTabOrder(m_connection, m_table);
    setTabOrder(m_table, m_copy);
    setTabOrder(m_copy, m_export);
    setTabOrder(m_export, close);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &ActivityWindow::copySelection);
    connect(m_copy, &QPushButton::clicked, this, &ActivityWindow::copySelection);
    connect(m_export, &QPushButton::clicked, this, &ActivityWindow::askExportPath);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_text, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    connect(m_connection, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setConnection(m_connection->currentData().toString()); });
    connect(m_model, &ActivityModel::connectionsChanged, this, &ActivityWindow::updateConnections);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActivityWindow::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copy->setEnabled(m_table->selectionModel()->hasSelection()); });
    // Newest at the bottom, kept in view while the person has not scrolled up.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->selectionModel()->hasSelection())
            m_table->scrollToBottom();
    });
    // Calls another process (the CLI) records show within a second: one tiny query a second.
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, m_model, &ActivityModel::poll);
    m_poll->start();

    updateConnections();
    updateCount();
    m_copy->setEnabled(false);
    m_table->scrollToBottom();
    m_text->setFocus();
    resize(QSize(1000, 480).boundedTo(screen()->availableGeometry().size() - QSize(16, 48)));
}

void ActivityWindow::updateConnections()
{
    const QString chosen = m_connection->currentData().toString();
    for (const auto &name : m_model->connections())
        if (m_connection->findData(name) < 0)
            m_connection->addItem(name, name);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(chosen)));
}

void ActivityWindow::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n call(s)", nullptr, all) : tr("%1 of %n call(s)", nullptr, all).arg(shown));
}

QString ActivityWindow::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines << m_model->entry(row).columns().join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

void ActivityWindow::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ActivityWindow::askExportPath()
{
    auto *dialog = new QFileDialog(this, tr("Export the activity as CSV"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("activityExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("ims-wizard-activity.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export the activity"), error);
    });
    dialog->open();
}

bool ActivityWindow::exportCsv(const QString &path, QString *error) const
{
    QList<ActivityEntry> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ActivityLog::toCsv(shown)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace ims
