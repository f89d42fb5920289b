// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "batch/BatchRunner.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ims {

class BatchTableModel;
class JobStore;
class Session;

// File ▸ Batch…: many images at once from a CSV file or a folder of request files. Every row is
// read, validated and checked first and shown with its verdict; Submit sends only the ready ones
// through the current connection (a cap on creates in flight, a stop at the image quota), and the
// job monitor follows them as one batch. Loading the same batch again resumes it.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    BatchDialog(std::function<Session *()> currentSession, JobStore *store, QWidget *parent = nullptr);

    // Reads the batch at `path` (a .csv file or a folder) on a worker thread, then checks its rows;
    // the dialog says "Reading…" meanwhile and stays usable.
    void load(const QString &path);
    bool isReading() const { return m_reading; }
    BatchRunner *runner() const { return m_runner; }
    QTableView *table() const { return m_table; }

signals:
    void sendingStarted(); // the main window shows the job monitor

private:
    void chooseFile();
    void chooseFolder();
    void submitOrCancel();
    void updateStatus();
    void takeInput(const BatchInput &input);

    std::function<Session *()> m_currentSession;
    JobStore *m_store;
    QPointer<BatchRunner> m_runner;
    BatchTableModel *m_model;
    QLineEdit *m_path;
    QComboBox *m_method;
    QSpinBox *m_maxInFlight;
    QTableView *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_submit;
    int m_readGeneration = 0; // a read whose generation is not the latest is dropped when it ends
    bool m_reading = false;
};

} // namespace ims
