// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

// Shared by the libFuzzer targets: one QCoreApplication for the process, quiet Qt logging, an
// invariant check that libFuzzer counts as a crash, and the small text formats of the inputs.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ims::fuzz {

// Qt's tr(), resources and file-system code want an application object; made once, kept for the
// process's life (reachable, so LeakSanitizer does not count it).
inline void ensureApp()
{
    static QCoreApplication *app = [] {
        // Parsers may warn about what they refuse; millions of such lines would only slow the run.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
                std::abort();
            }
        });
        static int argc = 1;
        static char name[] = "ims-wizard-fuzz";
        static char *argv[] = {name, nullptr};
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

// A broken invariant is a finding like a crash: libFuzzer saves the input that caused it.
#define IMS_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)

// The input without a copy, so that AddressSanitizer sees a read past its end.
inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The inputs of the targets that need more than a body are written like an HTTP message, so that
// seeds are readable: `lines` head lines, then "Name: value" header lines up to an empty line,
// then the body.
struct Message
{
    QList<QByteArray> lines;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

inline Message message(const QByteArray &in, int lineCount)
{
    Message m;
    qsizetype pos = 0;
    auto nextLine = [&in, &pos](QByteArray *line) {
        if (pos >= in.size())
            return false;
        qsizetype end = in.indexOf('\n', pos);
        if (end < 0)
            end = in.size();
        *line = in.mid(pos, end - pos);
        if (line->endsWith('\r'))
            line->chop(1);
        pos = end + 1;
        return true;
    };
    QByteArray line;
    for (int i = 0; i < lineCount && nextLine(&line); ++i)
        m.lines << line;
    while (m.lines.size() == lineCount && nextLine(&line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            m.headers.append({line, QByteArray()});
        else
            m.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    if (pos < in.size())
        m.body = in.mid(pos);
    while (m.lines.size() < lineCount)
        m.lines << QByteArray();
    return m;
}

} // namespace ims::fuzz
