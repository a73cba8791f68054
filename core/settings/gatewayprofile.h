#pragma once

#include "gateway/dbprofile.h"

#include <QString>
#include <QUrl>

namespace QuotaScope {

/**
 * A gateway the app syncs from: over its HTTP API, or straight from its database (source Database). The access
 * token, or the database password, is not here: it lives only in the CredentialStore, under the profile's name.
 */
struct GatewayProfile
{
    enum class Source { Http, Database };
    enum class DbMode { Copy, Live }; ///< copy the logs into the cache, or query the server for each view
    enum class Kind { Auto, NewApi, OneApi };
    enum class Scope { Admin, Self };  ///< admin: everyone's logs (/api/log/); self: the caller's (/api/log/self)
    enum class Mode { Logs, Hourly };   ///< request logs, or the gateway's hourly quota data (/api/data)

    QString id;              ///< stable across renames (ProfileStore gives one); tags the cache source
    QString name;            ///< unique; also the cache source name
    QUrl baseUrl;
    Kind kind = Kind::Auto;
    qint64 userId = 0;       ///< sent as New-Api-User (new-api)
    Scope scope = Scope::Self;
    Mode mode = Mode::Logs;
    int refreshSeconds = 60; ///< 0 = manual only
    bool enabled = true;
    int requestBudget = 150; ///< requests per 180 s (the gateway allows 180 per IP)
    qint64 backfillFrom = 0; ///< first sync starts here (UTC s); 0 = 30 days back
    /// Each incremental sync reads this much behind its cursor again, for logs the gateway writes late (it
    /// stamps a log when its request starts and writes it when the request ends; node clocks drift).
    int overlapSeconds = 600;
    Source source = Source::Http;
    DatabaseProfile database; ///< for Source::Database (baseUrl, kind, scope, budget do not apply)
    DbMode dbMode = DbMode::Copy;

    bool isDatabase() const { return source == Source::Database; }
    /// A token or a password is needed (everything but a gateway's SQLite file).
    bool needsSecret() const { return !isDatabase() || database.engine != DatabaseProfile::Engine::Sqlite; }
    /// False for a database profile in live mode: the dashboard queries its server, nothing is synced.
    bool syncsToCache() const { return !(isDatabase() && dbMode == DbMode::Live); }

    /// Compares the settings; the id is identity, not a setting (an edited copy without one is still equal).
    bool operator==(const GatewayProfile &o) const
    {
        return name == o.name && baseUrl == o.baseUrl && kind == o.kind && userId == o.userId && scope == o.scope
            && mode == o.mode && refreshSeconds == o.refreshSeconds && enabled == o.enabled
            && requestBudget == o.requestBudget && backfillFrom == o.backfillFrom && overlapSeconds == o.overlapSeconds
            && source == o.source && database == o.database && dbMode == o.dbMode;
    }
};

} // namespace QuotaScope
