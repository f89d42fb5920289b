// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ims {

class ActivityFilterModel;
class ActivityLog;
class ActivityModel;

// View ▸ Activity: every call that changed something in the cloud, from this program and the CLI,
// live; filter by text and connection, copy the selected rows, export what is shown as CSV.
class ActivityWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityWindow(ActivityLog *log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ActivityModel *model() const { return m_model; }
    ActivityFilterModel *filter() const { return m_filter; }
    // Writes the rows shown (filtered) as CSV; false with `error` when the file cannot be written.
    // At most ActivityLog::maxRows rows, about 2 MB: written on the GUI thread in milliseconds.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // The selected rows as tab-separated text, one line a row, oldest first.
    QString selectedText() const;

private:
    void copySelection();
    void askExportPath();
    void updateConnections();
    void updateCount();

    ActivityModel *m_model;
    ActivityFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_connection;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_copy;
    QPushButton *m_export;
    QTimer *m_poll;
};

} // namespace ims
