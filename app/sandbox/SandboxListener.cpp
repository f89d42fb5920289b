#include "SandboxListener.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace ims {

void SandboxListener::incomingConnection(qintptr handle)
{
    auto *notifier = new QSocketNotifier(handle, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, handle] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        decide(handle, 0);
    });
}

void SandboxListener::decide(qintptr handle, int attempt)
{
    char buffer[256];
    const ssize_t n = ::recv(int(handle), buffer, sizeof buffer, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && attempt > 200)) { // closed before saying anything, or silent for a second
        ::close(int(handle));
        return;
    }
    const QByteArray head = n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    const qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0 && head.size() < qsizetype(sizeof buffer) && attempt <= 200) {
        // The request line has not arrived whole: look again shortly (peeking leaves it unread).
        QTimer::singleShot(5, this, [this, handle, attempt] { decide(handle, attempt + 1); });
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
