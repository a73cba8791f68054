#pragma once

#include "aggregate/aggregator.h"

#include <QList>

struct sqlite3;

namespace QuotaScope {

struct RankingRow
{
    QString key; ///< a key of query.by, or Aggregator::otherKey() for the keys past the top N
    Counters current; ///< over [query.from, query.to)
    Counters previous; ///< over the period of the same length just before
    QList<qint64> sparkline; ///< the metric per bucket of the current period (Report::buckets)
    double share = 0; ///< the metric's share of the total, 0..1
};

/** Keys of one dimension ranked by a metric, with their previous-period values and per-bucket trend. */
struct Ranking
{
    ReportQuery query; ///< as reported (the metric's filter applied, range as Aggregator::report covered)
    qint64 previousFrom = 0; ///< the previous period: [previousFrom, query.from)
    QList<qint64> buckets;
    QList<RankingRow> rows; ///< by the metric, descending; "Other" last
    Counters totals;
    Counters previousTotals;
    QString note; ///< Report::note of the current period

    /// (current - previous) / previous of the metric; NaN when previous is 0 (no base to compare with).
    static double change(qint64 current, qint64 previous);
};

/**
 * Ranks query.by's keys by query.rankBy over [query.from, query.to): the top query.topN (0: every key) plus
 * "Other". Read from the rollups, two reports: the period itself and the one before it.
 */
Result<Ranking> rankKeys(sqlite3 *db, const ReportQuery &query);
class LiveAggregator;
/// The same ranking live from a gateway's database (its two reports pushed down to the server).
Result<Ranking> rankKeys(const LiveAggregator &live, const ReportQuery &query);

} // namespace QuotaScope
