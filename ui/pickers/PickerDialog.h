// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ims {

class PickerModel;
class PickerSource;
struct PickerRow;

// The one picker of the program: a table of what the account has, a search box that filters as you
// type, rows appearing page by page while the rest loads (the window stays usable), Refresh, a
// status line ("Loading… 200 ECSs so far", or what went wrong in one sentence), Cancel, and a pick
// by OK, double-click or Enter. Folders (OBS) open instead of being picked.
class PickerDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes the source; starts loading when shown.
    PickerDialog(PickerSource *source, const QString &title, QWidget *parent = nullptr);
    ~PickerDialog() override;

    QString pickedValue() const { return m_value; }
    QJsonObject pickedItem() const { return m_item; }
    PickerSource *source() const { return m_source; }
    bool isLoading() const { return m_loading; }
    int loadedRows() const;
    QString statusText() const;
    // Milliseconds from the start of the last load to its first row and to its end (-1: not yet).
    qint64 msToFirstRow() const { return m_firstRowMs; }
    qint64 msToLastRow() const { return m_lastRowMs; }

    void reload();

signals:
    void picked(const QString &value, const QJsonObject &item);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRows(const QList<PickerRow> &rows);
    void onFinished(const QString &error);
    void choose();
    void updateStatus();
    void updateButtons();
    void ensureCurrentRow();

    PickerSource *m_source;
    PickerModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_location;
    QPushButton *m_up;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_pick;
    QString m_error;
    QString m_value;
    QJsonObject m_item;
    QElapsedTimer m_clock;
    qint64 m_firstRowMs = -1;
    qint64 m_lastRowMs = -1;
    bool m_loading = false;
    bool m_started = false;
};

} // namespace ims
