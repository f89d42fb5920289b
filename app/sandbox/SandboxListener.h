// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace ims {

// The sandbox's listening socket. It peeks at the request line of each new connection (without
// reading it) and hands native image uploads (PUT /v2/images/{id}/file) to the sandbox, which streams
// them to disk; every other connection goes to Qt's HTTP server, which reads requests whole.
class SandboxListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    void uploadConnection(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void waitForData(qintptr handle, int attempt);
    void decide(qintptr handle, int attempt);
};

} // namespace ims
