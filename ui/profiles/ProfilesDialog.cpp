// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ProfilesDialog.h"

#include "catalogue/Catalogue.h"
#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ims {

ProfilesDialog::ProfilesDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Saved request profiles"));
    m_list->setObjectName(QStringLiteral("profilesList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setHeaderLabels({tr("Name"), tr("Method"), tr("Saved")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->resizeSection(0, 220);
    m_list->header()->resizeSection(1, 260);
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Result of the last action"));

    auto *side = new QDialogButtonBox(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("profilesButtons"));
    auto add = [side](const QString &text, const QString &name) {
        QPushButton *b = side->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        return b;
    };
    m_open = add(tr("&Open in wizard"), QStringLiteral("profileOpen"));
    m_duplicate = add(tr("&Duplicate…"), QStringLiteral("profileDuplicate"));
    m_rename = add(tr("Re&name…"), QStringLiteral("profileRename"));
    m_remove = add(tr("De&lete"), QStringLiteral("profileDelete"));
    QPushButton *importFile = add(tr("&Import files…"), QStringLiteral("profileImportFile"));
    QPushButton *importDir = add(tr("Import &folder…"), QStringLiteral("profileImportFolder"));
    m_export = add(tr("&Export…"), QStringLiteral("profileExport"));
    QPushButton *exportAllButton = add(tr("Export &all…"), QStringLiteral("profileExportAll"));
    m_open->setDefault(true);
    importFile->setToolTip(tr("Request files as ims-wizard-cli reads them ({\"method\": …, \"fields\": {…}})."));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addWidget(side);
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("Profiles are request files in %1. They never hold a password or key.")
                                 .arg(QDir::toNativeSeparators(store->directory())), this);
    where->setObjectName(QStringLiteral("profilesWhere"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(760, 440);

    connect(m_list, &QTreeWidget::itemActivated, this, &ProfilesDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &ProfilesDialog::openCurrent);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateCurrent);
    connect(m_rename, &QPushButton::clicked, this, &ProfilesDialog::renameCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(importFile, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import request files"), QString(), tr("Request files (*.json);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(importDir, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import every request file of a folder"));
        if (!folder.isEmpty())
            importFolder(folder);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), ProfileStore::fileNameFor(name), tr("Request files (*.json)"));
        if (!path.isEmpty())
            exportCurrent(path);
    });
    connect(exportAllButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export every profile into a folder"));
        if (!folder.isEmpty())
            exportAll(folder);
    });
    reload();
}

void ProfilesDialog::reload()
{
    const QString keep = currentName();
    m_list->clear();
    for (const auto &p : m_store->list()) {
        const MethodSpec *m = Catalogue::instance().method(p.methodId);
        auto *item = new QTreeWidgetItem(m_list, {p.name, m ? m->displayTitle() : p.methodId, QLocale().toString(p.modified, QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, p.name);
        item->setToolTip(0, QDir::toNativeSeparators(p.path));
    }
    if (!keep.isEmpty())
        selectName(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString ProfilesDialog::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ProfilesDialog::selectName(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

QString ProfilesDialog::lastMessage() const
{
    return m_message->text();
}

void ProfilesDialog::updateButtons()
{
    const bool any = !currentName().isEmpty();
    for (QPushButton *b : {m_open, m_duplicate, m_rename, m_remove, m_export})
        b->setEnabled(any);
    if (m_list->topLevelItemCount() == 0 && m_message->text().isEmpty())
        m_message->setText(tr("No profile yet. Save one from the review page (“Save as profile…”) or import request files."));
}

void ProfilesDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString ProfilesDialog::askName(const QString &title, const QString &label, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, suggestion, &ok).trimmed();
    return ok ? name : QString();
}

void ProfilesDialog::openCurrent()
{
    const QString name = currentName();
    QString error;
    const auto file = m_store->load(name, &error);
    if (!file) {
        say(error, true);
        return;
    }
    emit openRequested(file->method, file->fields, name);
    accept();
}

void ProfilesDialog::duplicateCurrent()
{
    const QString from = currentName();
    const QString to = askName(tr("Duplicate profile"), tr("Name of the copy:"), tr("%1 (copy)").arg(from));
    if (to.isEmpty())
        return;
    QString error;
    if (!m_store->duplicate(from, to, &error))
        return say(error, true);
    reload();
    selectName(to);
    say(tr("Copied “%1” as “%2”.").arg(from, to), false);
}

void ProfilesDialog::renameCurrent()
{
    const QString from = currentName();
    const QString to = askName(tr("Rename profile"), tr("New name:"), from);
    if (to.isEmpty() || to == from)
        return;
    QString error;
    if (!m_store->rename(from, to, &error))
        return say(error, true);
    reload();
    selectName(to);
    say(tr("Renamed “%1” to “%2”.").arg(from, to), false);
}

void ProfilesDialog::removeCurrent()
{
    const QString name = currentName();
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile “%1”? This cannot be undone.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->remove(name, &error))
        return say(error, true);
    reload();
    say(tr("Deleted “%1”.").arg(name), false);
}

void ProfilesDialog::importFiles(const QStringList &paths)
{
    QStringList imported;
    QStringList errors;
    for (const auto &path : paths) {
        QString name;
        QString error;
        if (m_store->importFile(path, &name, &error))
            imported.append(name);
        else
            errors.append(error);
    }
    reload();
    if (!imported.isEmpty())
        selectName(imported.last());
    QString text = imported.isEmpty() ? QString() : tr("Imported %n profile(s): %1.", nullptr, int(imported.size())).arg(imported.join(QLatin1String(", ")));
    if (!errors.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Not imported:") + QStringLiteral("\n") + errors.join(QLatin1Char('\n'));
    say(text, !errors.isEmpty());
}

void ProfilesDialog::importFolder(const QString &folder)
{
    int imported = 0;
    const QStringList errors = m_store->importFolder(folder, &imported);
    reload();
    QString text = tr("Imported %n profile(s) from %1.", nullptr, imported).arg(QDir::toNativeSeparators(folder));
    if (!errors.isEmpty())
        text += QStringLiteral("\n") + tr("Not imported:") + QStringLiteral("\n") + errors.join(QLatin1Char('\n'));
    say(text, !errors.isEmpty());
}

void ProfilesDialog::exportCurrent(const QString &path)
{
    QString error;
    if (!m_store->exportTo(currentName(), path, &error))
        return say(error, true);
    say(tr("Exported “%1” to %2.").arg(currentName(), QDir::toNativeSeparators(path)), false);
}

void ProfilesDialog::exportAll(const QString &folder)
{
    QString error;
    if (!m_store->exportAll(folder, &error))
        return say(error, true);
    say(tr("Exported %n profile(s) to %1.", nullptr, m_list->topLevelItemCount()).arg(QDir::toNativeSeparators(folder)), false);
}

} // namespace ims
