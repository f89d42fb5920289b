#pragma once

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
    enum class Kind { Password, SecretKey, SecurityToken };

    struct Result
    {
        bool ok = false;
        QString secret;          // read only
        bool notFound = false;   // read: nothing stored under this key
        bool noKeychain = false; // no keychain service could be reached
        QString message;         // for the user, when !ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);

    static QString service() { return QStringLiteral("ims-wizard"); }
    static QString keyFor(const QString &connection, Kind kind);

    // Each calls back once, in this thread, when the keychain has answered.
    void write(const QString &connection, Kind kind, const QString &secret, Callback done);
    void read(const QString &connection, Kind kind, Callback done);
    void remove(const QString &connection, Kind kind, Callback done);

    // The user chose to keep a secret for this session only (no keychain): memory, never disk.
    void keepForSession(const QString &connection, Kind kind, const QString &secret);
    bool hasSessionSecret(const QString &connection, Kind kind) const;

private:
    QHash<QString, QString> m_session;
};

} // namespace ims
