// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "TableCellDelegate.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>

namespace ims {

bool TableCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            // The editor sits in the view's viewport: the view is the viewport's parent.
            QWidget *view = editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr;
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (view) {
                // The view has the focus again and does not move between cells with Tab: the key
                // takes the focus to the next control of the page.
                QKeyEvent again(QEvent::KeyPress, key->key(), key->modifiers());
                QCoreApplication::sendEvent(view, &again);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace ims
