// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "ElidingLabel.h"

#include <QFontMetricsF>
#include <QResizeEvent>

#include <cmath>

namespace ims {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    elide();
}

QSize ElidingLabel::sizeHint() const
{
    // The whole text's width, not the shortened one's: otherwise the label would shrink itself away.
    // (Rounded up from the exact advance: elidedText() measures in fractions, a rounded-down width
    // would cut the last character of a text that fits.)
    return {int(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_fullText))) + contentsMargins().left() + contentsMargins().right(),
            QLabel::sizeHint().height()};
}

QSize ElidingLabel::minimumSizeHint() const
{
    // May shrink to a few characters: the rest is in the tooltip.
    return {fontMetrics().horizontalAdvance(QStringLiteral("Mmmmmm…")), QLabel::minimumSizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(0, contentsRect().width()));
    if (shown != text())
        QLabel::setText(shown);
}

} // namespace ims
