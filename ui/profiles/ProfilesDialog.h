// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ims {

class ProfileStore;

// Saved request profiles: list, open into the wizard, duplicate, rename, delete, import (a file or
// a folder) and export (one or all) as the CLI's request files.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore *store, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *list() const { return m_list; }
    QString currentName() const;
    void selectName(const QString &name);
    // What the last action said (also shown in the dialog): for the user and for tests.
    QString lastMessage() const;

    // The file actions, with the path given (the buttons ask for it first).
    void importFiles(const QStringList &paths);
    void importFolder(const QString &folder);
    void exportCurrent(const QString &path);
    void exportAll(const QString &folder);

signals:
    void openRequested(const QString &methodId, const QJsonObject &fields, const QString &profileName);

private:
    void updateButtons();
    void openCurrent();
    void duplicateCurrent();
    void renameCurrent();
    void removeCurrent();
    void say(const QString &text, bool error);
    QString askName(const QString &title, const QString &label, const QString &suggestion);

    ProfileStore *m_store;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_export;
};

} // namespace ims
