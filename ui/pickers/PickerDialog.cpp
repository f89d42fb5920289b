// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "PickerDialog.h"

#include "PickerModel.h"
#include "PickerSource.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ims {

PickerDialog::PickerDialog(PickerSource *source, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_model(new PickerModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pickerDialog"));
    setWindowTitle(title);
    source->setParent(this);

    m_up = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogToParent), tr("&Up"), this);
    m_up->setObjectName(QStringLiteral("pickerUp"));
    m_up->setAccessibleName(tr("Up one folder"));
    m_up->setAutoDefault(false);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("pickerLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setTextFormat(Qt::PlainText);
    auto *where = new QHBoxLayout;
    where->addWidget(m_up);
    where->addWidget(m_location, 1);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Type part of a name, id, status…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setAccessibleName(title);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as the API lists them until a heading is clicked
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pickerStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("pickerRefresh"));
    m_refresh->setAutoDefault(false);
    auto *box = new QDialogButtonBox(this);
    m_pick = box->addButton(tr("&Pick"), QDialogButtonBox::AcceptRole);
    m_pick->setObjectName(QStringLiteral("pickerPick"));
    m_pick->setDefault(true);
    QPushButton *cancel = box->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("pickerCancel"));
    cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(box);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_table);
    // Room for the columns a person decides by, and never more than an 800×600 screen has.
    resize(QSize(780, 500).boundedTo(screen()->availableGeometry().size() - QSize(20, 60)));

    connect(m_source, &PickerSource::rowsArrived, this, &PickerDialog::onRows);
    connect(m_source, &PickerSource::finished, this, &PickerDialog::onFinished);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        ensureCurrentRow();
        updateStatus();
    });
    connect(m_table, &QAbstractItemView::activated, this, &PickerDialog::choose); // double-click, Enter
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PickerDialog::updateButtons);
    connect(m_pick, &QPushButton::clicked, this, &PickerDialog::choose);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &PickerDialog::reload);
    connect(m_up, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_source->goUp();
        m_started = false;
        reload();
    });
    updateButtons();
}

PickerDialog::~PickerDialog()
{
    m_source->cancel();
}

void PickerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        reload();
    m_search->setFocus(Qt::OtherFocusReason); // a person starts by typing what they look for
}

void PickerDialog::reload()
{
    m_started = true;
    m_source->cancel();
    m_model->reset(m_source->headers());
    m_error.clear();
    m_loading = true;
    m_firstRowMs = m_lastRowMs = -1;
    m_clock.start();
    const QString location = m_source->location();
    m_location->setText(location);
    m_location->setVisible(!location.isEmpty());
    m_up->setVisible(!location.isEmpty());
    m_up->setEnabled(m_source->canGoUp());
    updateStatus();
    updateButtons();
    m_source->load();
}

int PickerDialog::loadedRows() const
{
    return m_model->rowCount();
}

void PickerDialog::onRows(const QList<PickerRow> &rows)
{
    if (m_firstRowMs < 0 && !rows.isEmpty())
        m_firstRowMs = m_clock.elapsed();
    const bool first = m_model->rowCount() == 0;
    m_model->append(rows);
    if (first) {
        // By the first page, so later pages do not make columns jump; none so wide that the columns
        // after it (zone, disks) leave the window.
        m_table->resizeColumnsToContents();
        const int widest = std::max(120, m_table->viewport()->width() / 3);
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    }
    ensureCurrentRow();
    updateStatus();
}

void PickerDialog::onFinished(const QString &error)
{
    m_loading = false;
    m_lastRowMs = m_clock.elapsed();
    m_error = error;
    updateStatus();
    updateButtons();
}

void PickerDialog::ensureCurrentRow()
{
    if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateButtons();
}

QString PickerDialog::statusText() const
{
    return m_status->text();
}

void PickerDialog::updateStatus()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_loading)
        text = tr("Loading… %1 %2 so far").arg(all).arg(m_source->noun());
    else if (all == 0)
        text = tr("No %1 here.").arg(m_source->noun());
    else
        text = tr("%1 %2.").arg(all).arg(m_source->noun());
    if (m_error.isEmpty() && shown != all)
        text += QLatin1Char(' ') + tr("%n shown.", nullptr, shown);
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, m_error.isEmpty() ? palette().color(QPalette::WindowText) : QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(pal);
}

void PickerDialog::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool folder = current.isValid() && m_model->row(m_filter->mapToSource(current).row()).isFolder;
    m_pick->setEnabled(current.isValid());
    m_pick->setText(folder ? tr("&Open") : tr("&Pick"));
}

void PickerDialog::choose()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const PickerRow row = m_model->row(m_filter->mapToSource(current).row());
    if (row.isFolder) {
        m_search->clear();
        m_source->enter(row);
        m_started = false;
        reload();
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_item = row.item;
    m_value = m_source->valueOf(row.item);
    m_source->cancel();
    emit picked(m_value, m_item);
    accept();
}

bool PickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // From the search box, the arrows walk the rows without leaving it.
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
                                    key->key() == Qt::Key_PageUp)) {
            QApplication::sendEvent(m_table, event);
            return true;
        }
        // Backspace in the table goes up a folder, as in a file dialog.
        if (watched == m_table && key->key() == Qt::Key_Backspace && m_source->canGoUp()) {
            m_up->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ims
