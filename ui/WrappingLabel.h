// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QLabel>

#include <array>

namespace ims {

// A word-wrapped label that remembers its height for the last few widths it was asked about. While a
// window first opens, its layouts ask each label again and again for the same few widths (22 times
// for 6 widths per answer of the wizard's start page), and QLabel lays the whole text out each time.
// The answer is kept for the label's text and font as they were (a new text or font asks QLabel again).
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Known
    {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Known, 8> m_known;
    mutable qsizetype m_nextSlot = 0;
    mutable QString m_knownFor; // the text the heights are of
};

} // namespace ims
