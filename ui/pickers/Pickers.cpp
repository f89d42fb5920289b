// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "Pickers.h"

#include "AccountSource.h"
#include "ObsSource.h"
#include "PickerDialog.h"
#include "session/Session.h"

#include <QPointer>

namespace ims {

namespace {

AccountListing::Kind listingFor(PickFrom kind)
{
    switch (kind) {
    case PickFrom::Volume:
        return AccountListing::Kind::Volumes;
    case PickFrom::PrivateImage:
        return AccountListing::Kind::PrivateImages;
    case PickFrom::KmsKey:
        return AccountListing::Kind::KmsKeys;
    case PickFrom::EnterpriseProject:
        return AccountListing::Kind::EnterpriseProjects;
    default:
        return AccountListing::Kind::Servers;
    }
}

QString titleFor(PickFrom kind)
{
    switch (kind) {
    case PickFrom::Server:
        return Pickers::tr("Pick an ECS");
    case PickFrom::ServerDataDisks:
        return Pickers::tr("Pick the ECS whose data disks to capture");
    case PickFrom::Volume:
        return Pickers::tr("Pick an EVS disk");
    case PickFrom::ObsObject:
        return Pickers::tr("Pick an image file in OBS");
    case PickFrom::PrivateImage:
        return Pickers::tr("Pick a private image");
    case PickFrom::KmsKey:
        return Pickers::tr("Pick an enabled KMS key");
    case PickFrom::EnterpriseProject:
        return Pickers::tr("Pick an enterprise project");
    case PickFrom::Nothing:
        break;
    }
    return {};
}

} // namespace

QString Pickers::browseHint(PickFrom kind)
{
    return tr("%1 (Ctrl+Space)").arg(titleFor(kind));
}

PickerDialog *Pickers::open(PickFrom kind, Session *session, const QString &current, QWidget *parent, const Picked &picked,
                            QString *whyNot)
{
    if (kind == PickFrom::Nothing)
        return nullptr;
    if (!session) {
        if (whyNot)
            *whyNot = tr("Not connected: connect (Connection menu) to pick from the account, or type the value by hand.");
        return nullptr;
    }
    PickerSource *source = nullptr;
    if (kind == PickFrom::ObsObject) {
        ObsClient *obs = session->obsClient();
        if (!obs) {
            if (whyNot)
                *whyNot = tr("OBS takes access-key signatures only and \"%1\" has no access key: type the bucket:object by hand.")
                              .arg(session->name());
            return nullptr;
        }
        auto *objects = new ObsSource(obs);
        objects->openAt(current);
        source = objects;
    } else {
        source = new AccountSource(listingFor(kind), session->client());
    }
    auto *dialog = new PickerDialog(source, titleFor(kind), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &PickerDialog::picked, dialog, [picked](const QString &value, const QJsonObject &item) { picked(value, item); });
    // Closed either way: the keyboard goes back to the window and the field it came from.
    QPointer<QWidget> window = parent ? parent->window() : nullptr;
    QObject::connect(dialog, &QDialog::finished, dialog, [window] {
        if (window)
            window->activateWindow();
    });
    dialog->show();
    return dialog;
}

} // namespace ims
