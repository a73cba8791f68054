#pragma once

#include "aggregate/aggregator.h"
#include "gateway/dbsource.h"
#include "store/recordquery.h"

#include <optional>

namespace QuotaScope {

/**
 * Answers the dashboard's reports and stat cards from a gateway's database instead of the cache, for a gateway
 * too big to copy. The work is pushed down: the server groups `logs` by UTC 15-minute bucket (the cache's rollup
 * resolution), type and the grouped dimension over its created_at index, and only those sums cross the wire;
 * they are merged into display buckets here, as the cache's rollups are, so any display time zone (also :30 and
 * :45 offsets) gets the same buckets as a local report. Keys are ranked and folded into "Other" by the same
 * assembleReport(). Each query runs under the connection's statement timeout.
 *
 * Values are mapped as the one log mapping maps them: NULL is 0 or empty, one-api's type 5 is a channel test
 * (System), cache tokens come from `other` (cache_tokens, cache_creation_tokens or its _5m and _1h parts).
 * Filter::sourceIds is ignored: the database is one source.
 */
class LiveAggregator
{
public:
    explicit LiveAggregator(GatewayDatabase *db);

    Result<Report> report(const ReportQuery &query) const;
    Result<StatCards> stats(const ReportQuery &query) const;
    /// What the filter pickers offer for a dimension: every non-empty value in `logs`, sorted as the cache's
    /// Aggregator::distinctValues sorts them (one DISTINCT query; only the values cross the wire).
    Result<QStringList> distinctValues(Dimension dimension) const;
    /// The log table's page, live: up to limit rows of `logs` in the selection in (created_at, id) order,
    /// descending or ascending, after the cursor (none: from the newest or oldest end). A keyset query (no
    /// OFFSET): the cursor is the last row's (created_at, gateway log id), so a page costs one index seek
    /// however deep it lies. Rows are mapped by the copy's LogRowMapping, so they equal the copied records and
    /// come in the copied cache's order; rows the copy would skip as implausible are left out here too.
    /// The selection's range, types and dimension filters are the dashboard's (where()); its request id is
    /// matched exactly and its text case-insensitively (non-ASCII letters too, unlike the cache) in user,
    /// token, model, channel name, group, request id, IP and content.
    Result<KeysetPage> logPage(const RecordSelection &selection, bool descending,
        const std::optional<RecordCursor> &after, int limit) const;
    /// How many rows of `logs` the selection holds.
    Result<qint64> logCount(const RecordSelection &selection) const;
    /// "live from PostgreSQL 16.2 at db.example.com", for the status bar.
    QString statusText() const;

private:
    /// The filter as a condition on `logs`. Like the cache, which keeps 15-minute rollups and per-minute counts, a
    /// range covers the units that start in it: the bounds move up to the next multiple of unitSeconds.
    Result<QString> where(const ReportQuery &query, bool withTypes, qint64 unitSeconds) const;
    /// where() for a log table's selection: to the second, with types, and the search.
    Result<QString> logWhere(const RecordSelection &selection, const GatewaySchema &schema) const;
    QString counterSums() const;
    /// The grouped dimension as an expression over `logs`, NULL as the mapping maps it.
    Result<QString> keyOf(Dimension by, const GatewaySchema &schema) const;
    GatewayDatabase *m_db;
};

} // namespace QuotaScope
