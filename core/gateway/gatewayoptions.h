#pragma once

#include "gateway/gatewayclient.h"
#include "settings/dashboardoptions.h"
#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace QuotaScope {

/**
 * Reads and writes a new-api gateway's data-dashboard options (GET/PUT /api/option/). The gateway allows
 * this only to its root account, so both calls first check the role on /api/user/self and answer a
 * non-root account with an Error of Kind::Auth that says so. Writes go one key per request, as the gateway
 * takes them. Callbacks run in the caller's thread, exactly once.
 */
class GatewayOptions : public QObject
{
    Q_OBJECT

public:
    using LoadDone = std::function<void(const Result<DataDashboardOptions> &options)>;
    using SaveDone = std::function<void(const Result<void> &result)>;

    GatewayOptions(QNetworkAccessManager *nam, const GatewayProfile &profile, const QString &token,
                   const ClientOptions &options = {}, QObject *parent = nullptr);
    ~GatewayOptions() override;

    void loadDataDashboard(LoadDone done);
    void saveDataDashboard(const QList<QPair<QString, QJsonValue>> &changes, SaveDone done);

private:
    void requireRoot(std::function<void(const Result<void> &)> next);
    void putNext(QList<QPair<QString, QJsonValue>> changes, SaveDone done);

    std::unique_ptr<GatewayClient> m_client;
};

} // namespace QuotaScope
