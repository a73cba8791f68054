#pragma once

#include "model/counters.h"
#include "model/query.h"
#include "support/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <utility>
#include <vector>

struct sqlite3;

namespace QuotaScope {

struct ReportRow
{
    qint64 bucket = 0; ///< bucket start, UTC seconds
    QString key;       ///< group value; "" for Dimension::None; Aggregator::otherKey() for the rest
    Counters counters;
};

struct Report
{
    ReportQuery query;
    QList<qint64> buckets; ///< every bucket start in the range, including empty ones, ascending
    QStringList keys;      ///< keys by rankBy descending; the "Other" key, when present, last
    QList<ReportRow> rows; ///< non-empty (bucket, key) cells, ordered by bucket then keys order
    Counters totals;       ///< over the whole range and filter (equals the sum of rows)
    /// The range held more than Limits::MaxBuckets buckets: it is narrowed to the data, then to its first
    /// Limits::MaxBuckets buckets; query.from/to say what is covered, and note says so (CLI and dashboard show it).
    bool capped = false;
    QString note;

    Counters keyTotal(const QString &key) const;
};

/** One cell of a breakdown: a key of the outer dimension, a key of the inner one, and their sums. */
struct BreakdownCell
{
    QString key;   ///< as a report grouped by the outer dimension names it
    QString inner; ///< as a report grouped by the inner dimension names it
    Counters counters;
};

/** The stat cards. Averages follow the gateway's definition: range total / range minutes. */
struct StatCards
{
    Counters totals;          ///< the filtered types (consumption by default)
    double avgRpm = 0;        ///< requests / minutes(range)
    double avgTpm = 0;        ///< tokens / minutes(range)
    qint64 peakRpm = -1;      ///< most requests in one calendar minute, from raw records; -1 when unknown
    qint64 peakRpmAt = 0;     ///< start of that minute
    qint64 refunds = 0;       ///< type 6 count in range (same non-type filters)
    qint64 refundQuota = 0;
    qint64 errors = 0;        ///< type 5 count in range
    qint64 netQuota = 0;      ///< totals.quota - refundQuota
    double failureRate = 0;   ///< errors / (errors + consumption requests)
    /// Records of the filtered types whose tokens were estimated from text on import (other.estimated_tokens),
    /// and their prompt + completion tokens: part of totals, shown apart so estimates never pass for counts.
    qint64 estimatedRequests = 0;
    qint64 estimatedTokens = 0;
};

/** One time bucket's records whose tokens were estimated from text on import. */
struct EstimatedBucket
{
    qint64 bucket = 0; ///< the bucket's start (UTC seconds), as in Report rows
    qint64 requests = 0;
    qint64 tokens = 0; ///< prompt + completion
};

/**
 * Fills report->keys, rows and totals from sums per (bucket start, key) and per key: ranks the keys by
 * report->query.rankBy and folds all but the top N into otherKey(). The one way a report is put together, from the
 * cache's rollups (Aggregator) or from a gateway database's own sums (LiveAggregator).
 */
Result<void> assembleReport(
    Report *report, const QMap<qint64, QHash<QString, Counters>> &cells, const QHash<QString, Counters> &keyTotals);

/// A report's sums with their keys numbered: each cell names its key by an index into keys (distinct names).
struct NumberedCells
{
    struct Cell
    {
        qint64 bucket = 0;
        int key = 0;
        Counters counters;
    };
    QStringList keys;
    std::vector<Cell> cells; ///< at most one per (bucket, key), in any order
};

/// The same from numbered cells: what the other form does, without hashing a key's name per cell (a ranking of
/// 2,000 tokens has 60,000 cells).
Result<void> assembleReport(Report *report, NumberedCells numbered);

/// Fills the cards' averages, net quota and failure rate from their totals, refunds and errors, and the count
/// of consumption requests (the types the totals cover may be others).
Result<void> deriveStatCards(StatCards *cards, const ReportQuery &query, qint64 consumption);

/**
 * Reads rollups (never raw records, except for the peak RPM) and answers reports and stat cards. Raw
 * records are bucketed by the cache at a resolution fine enough for any zone's day boundary.
 */
class Aggregator
{
public:
    explicit Aggregator(sqlite3 *db);

    static QString otherKey(); ///< "Other"

    Result<Report> report(const ReportQuery &query) const;
    /// What report() returns for full.query ranked by rankBy and cut to topN keys (plus Other), computed from
    /// full without reading the cache again: full must hold every key (its query's topN 0).
    static Result<Report> reranked(const Report &full, Metric rankBy, int topN);
    Result<StatCards> stats(const ReportQuery &query) const;
    /// Records in the query's range and filter whose tokens were estimated from text on import, and their
    /// prompt + completion tokens (raw records only; hourly data carries no text).
    Result<std::pair<qint64, qint64>> estimatedTokens(const ReportQuery &query) const;
    /// The same per time bucket of the query's granularity and zone (ascending; buckets without estimates left
    /// out); they add up to estimatedTokens(). Reads the same marked records through the same partial index, so
    /// it costs what the total costs and nothing when the cache holds no estimates.
    Result<QList<EstimatedBucket>> estimatedByBucket(const ReportQuery &query) const;
    /**
     * The range and filter of query (its metric's filter applied, as report() applies it) summed per pair of a key
     * of query.by and a key of inner, over the whole range [query.from, query.to): for each key, what report()
     * grouped by inner and filtered to that key totals. One pass over the rollups, however many keys; cells in no
     * particular order. For the ranking's breakdown of each row (a token's channels). Neither dimension may be
     * None, and they must differ.
     */
    Result<QList<BreakdownCell>> breakdown(const ReportQuery &query, Dimension inner) const;
    /// Distinct values of a dimension within the filter's sources (for filter pickers), sorted.
    Result<QStringList> distinctValues(Dimension dimension, const Filter &filter) const;
    /// Earliest and latest data (UTC seconds) for the filter's sources; {0,0} when empty.
    Result<QPair<qint64, qint64>> dataSpan(const Filter &filter) const;

private:
    sqlite3 *m_db;
};

} // namespace QuotaScope
