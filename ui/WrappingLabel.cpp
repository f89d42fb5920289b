// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "WrappingLabel.h"

#include <QEvent>

namespace ims {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!text().isSharedWith(m_knownFor)) { // (setText() is not virtual: the text is checked here)
        m_known.fill({});
        m_knownFor = text();
    }
    for (const Known &known : m_known)
        if (known.width == width)
            return known.height;
    const int height = QLabel::heightForWidth(width);
    m_known[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % qsizetype(m_known.size());
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_known.fill({});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace ims
