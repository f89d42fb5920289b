// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

// The list answers of the account, read by the calls themselves (ListPageCall::readPage): ECS
// servers, EVS volumes, IMS private images, IAM projects and regions, EPS enterprise projects, KMS
// keys. Invariants: a page is read or refused with a sentence; a refused page has no items; the call
// for the next page is made without a crash whatever the answer said about paging, and an empty
// page asks for no next one (a server that keeps saying "more" must not keep the program asking),
// and a list paged by marker goes on from a marker.
// Input: the list's kind on the first line (servers, volumes, images, projects, regions,
// enterprise-projects, kms-keys), an empty line, then the JSON answer.
#include "FuzzSupport.h"

#include "cloud/AccountCalls.h"
#include "cloud/ImsClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

using namespace ims;

namespace {

ImsClient *client()
{
    static ImsClient *c = new ImsClient(ConnectionSettings(), {QString(), QStringLiteral("AK"), QStringLiteral("SK"), QString()});
    return c;
}

std::unique_ptr<ListPageCall> firstPage(const QByteArray &kind)
{
    // Small pages, so that short answers reach the paging rules too.
    if (kind == "servers")
        return std::make_unique<ServersCall>(client(), ServersCall::Filter(), 1, 2);
    if (kind == "volumes")
        return std::make_unique<VolumesCall>(client(), VolumesCall::Filter(), QString(), 2);
    if (kind == "images")
        return std::make_unique<PrivateImagesCall>(client(), PrivateImagesCall::Filter(), QString(), 2);
    if (kind == "projects")
        return std::make_unique<ProjectsCall>(client());
    if (kind == "regions")
        return std::make_unique<RegionsCall>(client());
    if (kind == "enterprise-projects")
        return std::make_unique<EnterpriseProjectsCall>(client(), 0, 2);
    if (kind == "kms-keys")
        return std::make_unique<KmsKeysCall>(client(), QString(), 2);
    return nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const fuzz::Message m = fuzz::message(fuzz::input(data, size), 1);
    const QByteArray kind = m.lines.at(0).trimmed();
    std::unique_ptr<ListPageCall> page = firstPage(kind);
    if (!page)
        return 0;
    page->readPage(m.body);
    if (page->error()) {
        IMS_FUZZ_CHECK(!page->error()->userMessage().trimmed().isEmpty());
        IMS_FUZZ_CHECK(page->items().isEmpty());
        return 0;
    }
    std::unique_ptr<ListPageCall> next(page->nextPage());
    if (page->items().isEmpty())
        IMS_FUZZ_CHECK(!next);
    if (next) {
        // The next page is of the same list, and reading the same answer there is safe too. A list
        // paged by marker goes on from one: never from the start again.
        IMS_FUZZ_CHECK(next->request().path == page->request().path);
        const QUrlQuery query = next->request().query;
        if (kind == "volumes" || kind == "images")
            IMS_FUZZ_CHECK(!query.queryItemValue(QStringLiteral("marker")).isEmpty());
        if (kind == "kms-keys")
            IMS_FUZZ_CHECK(!QJsonDocument::fromJson(next->request().body).object().value(QStringLiteral("marker")).toString().isEmpty());
        next->readPage(m.body);
        std::unique_ptr<ListPageCall> after(next->error() ? nullptr : next->nextPage());
    }
    return 0;
}
