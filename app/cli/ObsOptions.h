// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace ims {

class ObsClient;

// The OBS connection of a CLI command: endpoint, signing region, addressing style, each with an
// environment variable as its default, and the keys from IMS_WIZARD_AK / IMS_WIZARD_SK /
// IMS_WIZARD_SECURITY_TOKEN only (a command line is visible to other users). Without them, the
// connection of the other cloud commands (--connection, --user… and its password): a password
// connection signs with temporary keys IAM gives it, an AK/SK one with its own key. Shared by every
// command that talks to OBS.
class ObsOptions
{
    Q_DECLARE_TR_FUNCTIONS(ObsOptions)
public:
    ObsOptions();
    void addTo(QCommandLineParser &p) const;
    // Sets up the client; false with a sentence in `error` when something needed is missing.
    bool configure(const QCommandLineParser &p, ObsClient &client, QString *error) const;

private:
    QCommandLineOption m_endpoint;
    QCommandLineOption m_region;
    QCommandLineOption m_addressing;
};

} // namespace ims
