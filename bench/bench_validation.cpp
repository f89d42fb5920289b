// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The cost of one keystroke's validation on the busiest page: the file-system method with 3 data disks
// and 10 tags, judged by the catalogue through RequestDraft::setValue (what every field widget calls on
// each edit). `bench_validation [EDITS]` (default 10,000) types and erases names, descriptions and disk
// sizes one character at a time and prints one line: edits=N p50_us=… p99_us=… max_us=…

#include "wizard/RequestDraft.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int edits = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;

    QJsonArray tags;
    for (int i = 0; i < 10; ++i)
        tags.append(QStringLiteral("team%1.value-%1").arg(i));
    QJsonArray disks;
    for (int i = 0; i < 3; ++i)
        disks.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("data-disk-%1").arg(i)},
                                 {QStringLiteral("image_url"), QStringLiteral("ims-image:data-%1.qcow2").arg(i)},
                                 {QStringLiteral("min_disk"), 100 + i}});
    RequestDraft draft;
    draft.setMethod(QStringLiteral("file-system"));
    draft.setFields(QJsonObject{{QStringLiteral("name"), QStringLiteral("centos-7-base")},
                                {QStringLiteral("description"), QStringLiteral("Imported from OBS")},
                                {QStringLiteral("os_version"), QStringLiteral("CentOS 7.6 64bit")},
                                {QStringLiteral("image_url"), QStringLiteral("ims-image:centos76.qcow2")},
                                {QStringLiteral("min_disk"), 40},
                                {QStringLiteral("is_config"), true},
                                {QStringLiteral("tags"), tags},
                                {QStringLiteral("data_images"), disks}});
    const QString typed = QStringLiteral("golden-image-for-the-web-tier");
    std::vector<double> us;
    us.reserve(size_t(edits));
    QElapsedTimer t;
    for (int i = 0; i < edits; ++i) {
        // Type the name a character at a time, then the description, then a data disk's name.
        const int round = i / typed.size();
        const QString text = typed.left(i % typed.size() + 1);
        t.start();
        switch (round % 3) {
        case 0:
            draft.setValue(QStringLiteral("name"), text);
            break;
        case 1:
            draft.setValue(QStringLiteral("description"), text);
            break;
        default: {
            QJsonArray d = disks;
            QJsonObject first = d.at(0).toObject();
            first.insert(QStringLiteral("name"), text);
            d.replace(0, first);
            draft.setValue(QStringLiteral("data_images"), d);
        }
        }
        us.push_back(t.nsecsElapsed() / 1e3);
    }
    if (draft.issues().isEmpty() && draft.fields().isEmpty())
        return 1;
    std::sort(us.begin(), us.end());
    std::printf("edits=%d p50_us=%.1f p99_us=%.1f max_us=%.1f issues=%lld\n", edits, us[us.size() / 2],
                us[us.size() * 99 / 100], us.back(), qlonglong(draft.issues().size()));
    return 0;
}
