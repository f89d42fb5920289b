// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QLabel>

#include <array>

namespace ims {

// A word-wrapped label of plain text that is cheap to lay out, for a page that shows several long ones
// at once (the answers of the wizard's start page). While a window first opens, its layouts ask each
// label for its size hints and then again and again for its height at the same few widths, and a
// QLabel lays the whole text out for every one of these questions: for a word-wrapped label, its size
// hint alone is up to five layouts, and the start page's nine answers took 99 layouts (a third of the
// time from start to first paint beyond what a bare QWizard needs). This label:
// - remembers its height for the last few widths it was asked about;
// - knows the width its text needs on one line (one measurement) and answers the height of one line for
//   any width at least that wide without a layout;
// - answers its size hints from these: a width of at most 80 characters (QLabel's first try) and a
//   minimum of the widest word, as QLabel's, so a narrow window shows every word.
// The answers are kept for the label's text and font as they were (a new text or font measures again).
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetIfTextChanged() const;
    void forget() const;
    int extraWidth() const;
    int oneLineWidth() const;

    struct Known
    {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Known, 8> m_known;
    mutable qsizetype m_nextSlot = 0;
    mutable QString m_knownFor; // the text the heights are of
    mutable int m_oneLineWidth = -1; // the narrowest width that shows the text on one line
    mutable int m_oneLineHeight = -1;
    mutable int m_widestPiece = -1; // the widest piece of text a line cannot break
};

} // namespace ims
