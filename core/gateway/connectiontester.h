#pragma once

#include "gateway/gatewayclient.h"
#include "gateway/gatewaystatus.h"
#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace QuotaScope {

/** The answer to "Test connection". Optional fields are unknown when the gateway did not say. */
struct ConnectionReport
{
    bool reachable = false;  ///< /api/status answered
    bool authenticated = false; ///< /api/user/self accepted the token (and user id)
    Error error;             ///< the first failure, if any (Kind::Auth: fix token or user id)
    GatewayProfile::Kind kind = GatewayProfile::Kind::Auto;
    QString version;
    QString systemName;
    int role = 0;
    QString userName;
    qint64 userId = 0;
    bool adminScopeAllowed = false; ///< role >= admin: everyone's logs are readable
    CurrencyDisplay currency;       ///< quota_per_unit and display type
    std::optional<bool> dataExportEnabled;     ///< /api/status (new-api) or /api/option/ (root)
    std::optional<int> dataExportIntervalMinutes; ///< only readable with root (/api/option/)
    QStringList warnings;           ///< e.g. plain http to a remote host

    /// Human-readable lines ("Gateway: new-api v1.0.0", "Data export interval: unknown (needs root)", ...).
    QStringList summary() const;
};

/**
 * Runs "Test connection" for a profile: GET /api/status (reachability, kind, version, currency), GET
 * /api/user/self (token, user id, role) and, for root users, GET /api/option/ (data export settings).
 * Asynchronous: test() returns at once and finished() follows exactly once.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const GatewayProfile &profile, const QString &token, const ClientOptions &options = quickOptions());
    /// Fewer and shorter retries than a sync: the user is waiting.
    static ClientOptions quickOptions();

Q_SIGNALS:
    void finished(const QuotaScope::ConnectionReport &report);

private:
    void done();

    QNetworkAccessManager *m_nam;
    std::unique_ptr<GatewayClient> m_client;
    ConnectionReport m_report;
    GatewayProfile m_profile;
};

} // namespace QuotaScope

Q_DECLARE_METATYPE(QuotaScope::ConnectionReport)
