#pragma once

#include "model/usagerecord.h"
#include "settings/gatewayprofile.h"
#include "support/result.h"

#include <QJsonValue>
#include <QList>

namespace QuotaScope {

/**
 * One answer of /api/log/ or /api/log/self in any of the gateway's shapes: new-api's PageInfo object
 * ({page, page_size, total, items}), or a bare array (older new-api /api/log/self, one-api), which carries no
 * total. Records get their identity here, except the "#k" occurrence suffix, which only the caller can add
 * because it depends on the whole window.
 */
struct LogPage
{
    QList<UsageRecord> records;
    bool paged = false;  ///< PageInfo shape: `total` is meaningful, pages are 1-based
    qint64 total = -1;   ///< rows matching the query on the gateway (PageInfo only)
    int pageSize = 0;    ///< as echoed by the gateway (PageInfo only)

    /// Parses `data`. Admin logs are identified by "id:<id>"; self logs (whose ids are row numbers) by
    /// "r:<created_at>:<request_id>", or "h:<content hash>" when there is no request id. A log with a value
    /// outside the plausible ranges (see RowMapper) fails the page, naming the log and the field.
    static Result<LogPage> parse(const QJsonValue &data, GatewayProfile::Scope scope, GatewayProfile::Kind kind);
    /// One log through the mapping file imports use (RowMapperConfig::gatewayLog), with its base identity.
    static Result<UsageRecord> parseRecord(
        const QJsonObject &log, GatewayProfile::Scope scope, GatewayProfile::Kind kind);
};

} // namespace QuotaScope
