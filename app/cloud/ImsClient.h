#pragma once

#include "ApiCall.h"
#include "Connection.h"

#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

namespace ims {

class TokenProvider;

// The IMS API on QNetworkAccessManager: one connection (endpoints, auth, proxy, CA), and the factory
// of the calls made through it. Calls are asynchronous; nothing here blocks.
class ImsClient : public QObject
{
    Q_OBJECT
public:
    explicit ImsClient(QObject *parent = nullptr);
    ~ImsClient() override;

    void setConnection(const ConnectionSettings &settings, const Credentials &credentials);
    const ConnectionSettings &settings() const { return m_settings; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }

    // The project id: from the settings, or from the token once there is one.
    QString projectId() const;
    TokenProvider *tokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    // Uploads go through their own manager: a fresh connection, never one a quick call is waiting for.
    QNetworkAccessManager *uploadNetwork() const { return m_uploadNetwork; }

    // Sends a request as it is (the typed calls in ImsCalls.h are built on this). The call is a child
    // of the client: delete it (deleteLater) once finished() has been handled.
    ApiCall *send(const ApiRequest &request);

    // For ApiCall: the network request with endpoint, headers and auth (token or AK/SK signature).
    QNetworkRequest networkRequest(const ApiRequest &request, const QByteArray &token, QByteArray *bodyForSigning) const;

private:
    void applyProxy();

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_uploadNetwork;
    TokenProvider *m_tokens;
    ConnectionSettings m_settings;
    Credentials m_credentials;
    RetryPolicy m_retry;
};

} // namespace ims
