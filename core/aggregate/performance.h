#pragma once

#include "aggregate/aggregator.h"

#include <QList>

struct sqlite3;

namespace QuotaScope {

/// Percentiles of a latency in ms, read from log-spaced bins (LatencyBins: within 4.4 % of the exact value).
struct LatencyStats
{
    qint64 count = 0; ///< requests that carried the value
    double p50 = -1; ///< -1 when count is 0
    double p95 = -1;
};

/** Prompt caching and latency of one key (a model, a channel, a source, or "" for the whole view). */
struct PerformanceRow
{
    QString key;
    qint64 requests = 0; ///< consumption logs
    qint64 errors = 0; ///< error logs
    qint64 streams = 0; ///< consumption logs that streamed
    Counters counters; ///< consumption counters from the rollups (prompt, cache read and write tokens, quota)
    qint64 savedQuota = 0; ///< quota prompt caching saved at the logged ratios
    LatencyStats useTime;
    LatencyStats firstResponse;

    double hitRate() const; ///< cache read / prompt tokens; 0 without prompt tokens
    double streamShare() const; ///< streams / requests
    double errorRate() const; ///< errors / (errors + requests)
};

struct Performance
{
    ReportQuery query;
    QList<PerformanceRow> rows; ///< by requests, descending; the top query.topN plus "Other" when topN > 0
    PerformanceRow totals; ///< key ""
};

/**
 * Prompt caching and latency for [query.from, query.to) by query.by (None, Model, Channel or Source; other
 * dimensions read as None). Reads the rollups; filters on users, tokens or groups read raw records instead.
 * query.filter.types is ignored: latency and caching are about consumption, the error rate about error logs.
 */
Result<Performance> performance(sqlite3 *db, const ReportQuery &query);

} // namespace QuotaScope
