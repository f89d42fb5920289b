// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#pragma once

#include "cloud/Connection.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace ims {

// Credentials in the OS keychain through QtKeychain: one entry per connection and kind of secret,
// key "<connection>/<kind>" under the service "ims-wizard", the insecure plain-text fallback off.
// When no keychain service answers, it says so in one sentence; the caller may then keep the secret
// for this session only, in memory. Nothing here is ever written to a file or a log.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // IamToken: a token IAM issued, kept between runs of the CLI (it is a secret like the password).
    enum class Kind { Password, SecretKey, SecurityToken, IamToken };

    struct Result
    {
        bool ok = false;
        QString secret;          // read only
        bool notFound = false;   // read: nothing stored under this key
        bool noKeychain = false; // no keychain service could be reached
        QString message;         // for the user, when !ok
        bool promptCancelled = false; // write: the keychain's own prompt (create or unlock a keyring) was cancelled
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);

    enum class Operation { Read, Write, Delete };
    // What a keychain job's outcome means for the user (QKeychain's error code and text).
    static Result resultFor(int keychainError, const QString &errorString, Operation operation);

    // For the command line, which has nothing else to do meanwhile: read or write and wait for the
    // keychain's answer (a local event loop, at most `timeoutMs`).
    Result readAndWait(const QString &connection, Kind kind, int timeoutMs = 30000);
    Result writeAndWait(const QString &connection, Kind kind, const QString &secret, int timeoutMs = 30000);

    static QString service() { return QStringLiteral("ims-wizard"); }
    static QString keyFor(const QString &connection, Kind kind);

    // Each calls back once, in this thread, when the keychain has answered.
    void write(const QString &connection, Kind kind, const QString &secret, Callback done);
    void read(const QString &connection, Kind kind, Callback done);
    void remove(const QString &connection, Kind kind, Callback done);
    // A renamed connection: the entry is written under the new name, then removed under the old one
    // (nothing stored is fine). The old entry stays when the new one cannot be written.
    void move(const QString &from, const QString &to, Kind kind, Callback done);

    // The secrets a connection's auth mode needs (password, or secret key and optional security
    // token); `problem` is ok when every required one was found. The access key comes from the settings.
    using CredentialsCallback = std::function<void(const Credentials &credentials, const Result &problem)>;
    void readCredentials(const ConnectionSettings &settings, CredentialsCallback done);
    // The kinds a connection with this auth mode uses.
    static QList<Kind> kindsFor(AuthMode auth);

    // The user chose to keep a secret for this session only (no keychain): memory, never disk.
    void keepForSession(const QString &connection, Kind kind, const QString &secret);
    bool hasSessionSecret(const QString &connection, Kind kind) const;

private:
    QHash<QString, QString> m_session;
};

} // namespace ims
