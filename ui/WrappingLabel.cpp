// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "WrappingLabel.h"

#include <QEvent>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ims {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // (the widths below are of plain text)
}

void WrappingLabel::forgetIfTextChanged() const
{
    if (!text().isSharedWith(m_knownFor)) { // (setText() is not virtual: the text is checked here)
        forget();
        m_knownFor = text();
    }
}

void WrappingLabel::forget() const
{
    m_known.fill({});
    m_oneLineWidth = -1;
    m_oneLineHeight = -1;
    m_widestPiece = -1;
}

int WrappingLabel::extraWidth() const
{
    // What QLabel adds to the text's width: its margin on both sides and the contents margins. (Its
    // indent counts only with a frame, and these labels have none.)
    const QMargins margins = contentsMargins();
    return 2 * margin() + margins.left() + margins.right();
}

int WrappingLabel::oneLineWidth() const
{
    forgetIfTextChanged();
    if (m_oneLineWidth < 0) {
        // One pixel to spare over the rounded-up advance, so that a layout at exactly this width keeps
        // the text on one line whatever the rounding of its glyph positions.
        const qreal advance = QFontMetricsF(font()).horizontalAdvance(text());
        m_oneLineWidth = int(std::ceil(advance)) + 1 + extraWidth();
        m_oneLineHeight = QLabel::heightForWidth(QWIDGETSIZE_MAX); // (QLabel's own "height of one line")
    }
    return m_oneLineWidth;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!text().contains(QLatin1Char('\n')) && width >= oneLineWidth())
        return m_oneLineHeight;
    for (const Known &known : m_known)
        if (known.width == width)
            return known.height;
    const int height = QLabel::heightForWidth(width);
    m_known[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % qsizetype(m_known.size());
    return height;
}

QSize WrappingLabel::sizeHint() const
{
    // As wide as the text on one line, up to 80 characters: QLabel's first try. (QLabel then tries half as
    // wide while the text stays under four lines, two more layouts for a hint its layout hardly uses: the
    // page's width comes from the window and the Jobs dock.) An "x" for a character's width:
    // QFontMetrics::averageCharWidth() reads the font's tables each time it is asked.
    const int width = std::min(oneLineWidth(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80 + extraWidth());
    return QSize(width, heightForWidth(width)).expandedTo(minimumSize());
}

QSize WrappingLabel::minimumSizeHint() const
{
    // As QLabel: as narrow as its widest piece a line cannot break (a word in Latin script, a character
    // in Chinese), one line high (the layout asks heightForWidth() for more).
    oneLineWidth();
    if (m_widestPiece < 0) {
        // QLabel's own measure (its text laid out at width 0: one piece a line), without the two other
        // layouts QLabel::minimumSizeHint() makes for its size hint and its height of one line.
        const int flags = Qt::TextWordWrap | (alignment() & ~(Qt::AlignVCenter | Qt::AlignHCenter));
        m_widestPiece = fontMetrics().boundingRect(0, 0, 0, 2000, flags, text()).width() + extraWidth();
    }
    return QSize(m_widestPiece, m_oneLineHeight);
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace ims
