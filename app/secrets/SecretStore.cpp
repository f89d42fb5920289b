// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 IMS Wizard authors

#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>
#include <QEventLoop>

#include <memory>

namespace ims {

namespace {
QString kindName(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::Password:
        return QStringLiteral("password");
    case SecretStore::Kind::SecretKey:
        return QStringLiteral("secret-key");
    case SecretStore::Kind::SecurityToken:
        return QStringLiteral("security-token");
    case SecretStore::Kind::IamToken:
        return QStringLiteral("iam-token");
    }
    return {};
}

// QtKeychain 0.13 reports a missing Secret Service as OtherError (never NoBackendAvailable), with
// messages such as "Unknown error" or "The name org.freedesktop.secrets was not provided by any
// .service files" (toolchain notes): all of those mean "no keychain here".
SecretStore::Result succeeded()
{
    SecretStore::Result r;
    r.ok = true;
    return r;
}

SecretStore::Result resultOf(const QKeychain::Job *job, SecretStore::Operation operation)
{
    return SecretStore::resultFor(job->error(), job->errorString(), operation);
}
} // namespace

SecretStore::Result SecretStore::resultFor(int keychainError, const QString &errorString, Operation operation)
{
    SecretStore::Result r;
    // Writing into a keyring that does not exist yet makes the Secret Service ask the user to create
    // it (or to unlock one). Cancelled, libsecret answers "No such secret collection" (EntryNotFound)
    // or G_IO_ERROR_CANCELLED (OtherError, "…cancelled…"): the keychain is there, the user said no.
    // gnome-keyring: with no "login" keyring and its creation prompt cancelled (or impossible to show),
    // the write fails with "Object does not exist at path …/collection/login".
    const bool cancelledText = errorString.contains(QLatin1String("ancel")) || errorString.contains(QLatin1String("ismiss"))
                               || errorString.contains(QLatin1String("/org/freedesktop/secrets/collection/"));
    if (operation == Operation::Write
        && (keychainError == QKeychain::EntryNotFound || keychainError == QKeychain::AccessDeniedByUser
            || (keychainError == QKeychain::OtherError && cancelledText))) {
        r.promptCancelled = true;
        r.message = SecretStore::tr("The keychain has no keyring to keep the secret in: its prompt to create or unlock one was "
                                    "cancelled (or could not be shown). Connect again and accept the prompt, or keep the secret "
                                    "for this session only.");
        return r;
    }
    switch (keychainError) {
    case QKeychain::NoError:
        r.ok = true;
        return r;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.message = SecretStore::tr("No secret is stored for this connection yet.");
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.message = SecretStore::tr("The keychain refused access (%1).").arg(errorString);
        return r;
    default:
        r.noKeychain = true;
        r.message = SecretStore::tr("No keychain service is available on this computer (%1), so the secret cannot be "
                                    "stored; you may keep it for this session only, and nothing is written to disk.")
                        .arg(errorString);
        return r;
    }
}

// Jobs have no parent: the libsecret backend calls back into a job that was deleted while it was
// still pending (a crash seen when a window closed during a read). Each job deletes itself once it
// has finished; connecting with `this` as context drops the answer if the store is gone by then.

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::keyFor(const QString &connection, Kind kind)
{
    return connection + QLatin1Char('/') + kindName(kind);
}

void SecretStore::write(const QString &connection, Kind kind, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service()); // no parent: see the note above
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(keyFor(connection, kind));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j, Operation::Write)); });
    job->start();
}

void SecretStore::read(const QString &connection, Kind kind, Callback done)
{
    const QString key = keyFor(connection, kind);
    if (m_session.contains(key)) {
        Result r;
        r.ok = true;
        r.secret = m_session.value(key);
        done(r);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service()); // no parent: see the note above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result r = resultOf(j, Operation::Read);
        if (r.ok)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString &connection, Kind kind, Callback done)
{
    m_session.remove(keyFor(connection, kind));
    auto *job = new QKeychain::DeletePasswordJob(service()); // no parent: see the note above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(connection, kind));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result r = resultOf(j, Operation::Delete);
        if (r.notFound) // nothing to delete is what was asked for
            r = succeeded();
        done(r);
    });
    job->start();
}

void SecretStore::move(const QString &from, const QString &to, Kind kind, Callback done)
{
    const QString oldKey = keyFor(from, kind);
    if (m_session.contains(oldKey))
        m_session.insert(keyFor(to, kind), m_session.take(oldKey));
    auto *job = new QKeychain::ReadPasswordJob(service()); // no parent: see the note above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(oldKey);
    connect(job, &QKeychain::Job::finished, this, [this, from, to, kind, done](QKeychain::Job *j) {
        const Result r = resultOf(j, Operation::Read);
        if (!r.ok) {
            done(r.notFound ? succeeded() : r);
            return;
        }
        write(to, kind, static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), [this, from, kind, done](const Result &w) {
            if (!w.ok) {
                done(w);
                return;
            }
            remove(from, kind, done);
        });
    });
    job->start();
}

QList<SecretStore::Kind> SecretStore::kindsFor(AuthMode auth)
{
    if (auth == AuthMode::AkSk)
        return {Kind::SecretKey, Kind::SecurityToken};
    return {Kind::Password, Kind::IamToken};
}

void SecretStore::readCredentials(const ConnectionSettings &settings, CredentialsCallback done)
{
    const QString name = settings.name;
    if (settings.auth == AuthMode::Token) {
        read(name, Kind::Password, [done](const Result &r) {
            Credentials c;
            c.password = r.secret;
            done(c, r);
        });
        return;
    }
    const QString accessKey = settings.accessKey;
    read(name, Kind::SecretKey, [this, name, accessKey, done](const Result &sk) {
        if (!sk.ok) {
            done({}, sk);
            return;
        }
        // The security token is optional: only temporary AK/SK have one.
        read(name, Kind::SecurityToken, [sk, accessKey, done](const Result &token) {
            Credentials c;
            c.accessKey = accessKey;
            c.secretKey = sk.secret;
            c.securityToken = token.secret;
            done(c, token.ok || token.notFound ? sk : token);
        });
    });
}

void SecretStore::keepForSession(const QString &connection, Kind kind, const QString &secret)
{
    m_session.insert(keyFor(connection, kind), secret);
}

bool SecretStore::hasSessionSecret(const QString &connection, Kind kind) const
{
    return m_session.contains(keyFor(connection, kind));
}

namespace {
SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &start, int timeoutMs)
{
    // Shared with the callback: an answer that comes after the timeout finds it still there.
    struct Wait
    {
        SecretStore::Result result;
        bool answered = false;
        QEventLoop loop;
    };
    auto wait = std::make_shared<Wait>();
    wait->result.message = SecretStore::tr("The keychain did not answer within %n second(s).", nullptr, timeoutMs / 1000);
    start([wait](const SecretStore::Result &r) {
        wait->result = r;
        wait->answered = true;
        wait->loop.quit();
    });
    if (!wait->answered) {
        QTimer::singleShot(timeoutMs, &wait->loop, &QEventLoop::quit);
        wait->loop.exec();
    }
    return wait->result;
}
} // namespace

SecretStore::Result SecretStore::readAndWait(const QString &connection, Kind kind, int timeoutMs)
{
    return waitFor([&](Callback done) { read(connection, kind, std::move(done)); }, timeoutMs);
}

SecretStore::Result SecretStore::writeAndWait(const QString &connection, Kind kind, const QString &secret, int timeoutMs)
{
    return waitFor([&](Callback done) { write(connection, kind, secret, std::move(done)); }, timeoutMs);
}

} // namespace ims
