// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SandboxListener.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace ims {

void SandboxListener::incomingConnection(qintptr handle)
{
    waitForData(handle, 0);
}

void SandboxListener::waitForData(qintptr handle, int attempt)
{
    auto *notifier = new QSocketNotifier(handle, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, handle, attempt] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        decide(handle, attempt);
    });
}

void SandboxListener::decide(qintptr handle, int attempt)
{
    char buffer[256];
    const ssize_t n = ::recv(int(handle), buffer, sizeof buffer, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0) { // closed before saying anything
        ::close(int(handle));
        return;
    }
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            waitForData(handle, attempt);
        else
            ::close(int(handle));
        return;
    }
    const QByteArray head(buffer, int(n));
    const qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0 && head.size() < qsizetype(sizeof buffer) && attempt < 3000) {
        // Only part of the request line is there: look again shortly (peeking leaves it unread).
        QTimer::singleShot(10, this, [this, handle, attempt] { decide(handle, attempt + 1); });
        return;
    }
    const QByteArray line = lineEnd < 0 ? head : head.left(lineEnd);
    const QList<QByteArray> parts = line.split(' ');
    const QByteArray target = parts.value(1);
    const QByteArray path = target.contains('?') ? target.left(target.indexOf('?')) : target;
    const bool upload = parts.value(0) == "PUT" && path.startsWith("/v2/images/") && path.endsWith("/file");
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    if (upload) {
        emit uploadConnection(socket);
        return;
    }
    addPendingConnection(socket);
    emit newConnection();
}

} // namespace ims
