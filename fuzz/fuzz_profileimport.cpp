// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// ProfileStore::importFile: a profile file someone handed over. Invariant: an imported profile is
// saved inside the profile folder, shows up in the list under its name and loads again.
#include "FuzzSupport.h"

#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ims;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static QTemporaryDir *root = new QTemporaryDir(QDir::temp().filePath(QStringLiteral("ims-fuzz-profiles-XXXXXX")));
    IMS_FUZZ_CHECK(root->isValid());
    const QString storeDir = root->filePath(QStringLiteral("store"));
    const QString file = root->filePath(QStringLiteral("handed-over.json"));

    QFile f(file);
    IMS_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(fuzz::input(data, size)) == qint64(size));
    f.close();

    ProfileStore store(storeDir);
    QString name, error;
    if (store.importFile(file, &name, &error)) {
        IMS_FUZZ_CHECK(!name.isEmpty());
        const auto profiles = store.list();
        IMS_FUZZ_CHECK(profiles.size() == 1);
        IMS_FUZZ_CHECK(profiles.first().name == name);
        IMS_FUZZ_CHECK(QFileInfo(profiles.first().path).absolutePath() == QFileInfo(storeDir).absoluteFilePath());
        IMS_FUZZ_CHECK(store.load(name));
    } else {
        IMS_FUZZ_CHECK(!error.isEmpty());
        IMS_FUZZ_CHECK(store.list().isEmpty());
    }
    // Hidden files too: a profile saved where list() does not look must not survive into the next input.
    QDir(storeDir).removeRecursively();
    return 0;
}
