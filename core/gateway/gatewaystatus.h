#pragma once

#include "model/money.h"
#include "settings/gatewayprofile.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace QuotaScope {

/** What a gateway says about itself on GET /api/status (no authentication needed). */
struct GatewayStatus
{
    GatewayProfile::Kind kind = GatewayProfile::Kind::NewApi; ///< detected: new-api fields present or not
    QString version;
    QString systemName;
    CurrencyDisplay currency;
    std::optional<bool> dataExportEnabled; ///< new-api only
    QString dataExportDefaultTime;

    /// Reads the status object. new-api is recognised by its data-export or display-type fields; a status
    /// without them is one-api.
    static GatewayStatus fromJson(const QJsonObject &status);
    /// The part of the status kept in a source's meta (key "gateway").
    QJsonObject toMeta() const;
};

/** The caller's account from GET /api/user/self: balance and lifetime counters for the stat cards. */
struct GatewayAccount
{
    qint64 id = 0;
    QString userName;
    int role = 0; ///< 1 common, 10 admin, 100 root
    QString group;
    qint64 quota = 0;       ///< remaining balance
    qint64 usedQuota = 0;   ///< lifetime
    qint64 requestCount = 0; ///< lifetime, ignores any date range

    static GatewayAccount fromJson(const QJsonObject &user);
    QJsonObject toMeta() const; ///< kept in a source's meta (key "account"); never holds a token
    static QString roleName(int role); ///< "common user", "admin", "root"
};

/// The money display recorded by the last sync in a source's meta (SourceInfo::meta); the gateway default
/// (USD, 500000 quota per dollar) when the source never synced.
CurrencyDisplay currencyFromMeta(const QJsonObject &meta);
/// The account recorded by the last sync; nullopt when none.
std::optional<GatewayAccount> accountFromMeta(const QJsonObject &meta);

} // namespace QuotaScope
