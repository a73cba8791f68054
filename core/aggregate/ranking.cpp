#include "aggregate/ranking.h"

#include "aggregate/liveaggregator.h"

#include <QHash>

#include <limits>

namespace QuotaScope {

double Ranking::change(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (double(current) - double(previous)) / double(previous);
}

namespace {

/// The ranking from the cache's Aggregator or a LiveAggregator alike: both answer report() for a ReportQuery.
template <typename Source>
Result<Ranking> rankKeysFrom(const Source &aggregator, const ReportQuery &query)
{
    const auto current = aggregator.report(query);
    if (!current)
        return current.error();
    Ranking ranking;
    ranking.query = current->query;
    ranking.buckets = current->buckets;
    ranking.totals = current->totals;
    ranking.note = current->note;
    const qint64 length = ranking.query.to - ranking.query.from;
    ranking.previousFrom = ranking.query.from - length;

    // One bucket is enough for the previous period: only its per-key totals are shown. Month buckets in UTC keep
    // it to a few buckets for any range within the bucket cap.
    ReportQuery before = query;
    before.from = ranking.previousFrom;
    before.to = ranking.query.from;
    before.topN = 0;
    before.granularity = Granularity::Month;
    before.tz = QTimeZone::utc();
    QHash<QString, Counters> previous;
    if (length > 0) {
        const auto report = aggregator.report(before);
        if (!report)
            return report.error();
        for (const ReportRow &r : report->rows) {
            if (!previous[r.key].add(r.counters))
                return Error(
                    QStringLiteral("the previous period's totals do not fit in 64 bits"), Error::Kind::Database);
        }
        ranking.previousTotals = report->totals;
    }

    QHash<QString, int> index;
    for (const QString &key : current->keys) {
        index.insert(key, int(ranking.rows.size()));
        RankingRow row;
        row.key = key;
        row.sparkline.fill(0, current->buckets.size());
        ranking.rows << row;
    }
    QHash<qint64, int> bucketIndex;
    for (int i = 0; i < current->buckets.size(); ++i)
        bucketIndex.insert(current->buckets[i], i);
    for (const ReportRow &r : current->rows) {
        RankingRow &row = ranking.rows[index.value(r.key)];
        // The report's checked totals bound every per-key sum.
        (void)row.current.add(r.counters);
        row.sparkline[bucketIndex.value(r.bucket)] += metricValue(r.counters, query.rankBy);
    }
    // The report folds the keys past the top N into a last "Other" row (a key that is itself named so is not it).
    const bool folded = query.topN > 0 && ranking.rows.size() == query.topN + 1
        && ranking.rows.constLast().key == Aggregator::otherKey();
    Counters listedBefore;
    const double total = double(metricValue(ranking.totals, query.rankBy));
    for (int i = 0; i < ranking.rows.size(); ++i) {
        RankingRow &row = ranking.rows[i];
        if (!folded || i + 1 < ranking.rows.size()) {
            row.previous = previous.value(row.key);
            (void)listedBefore.add(row.previous);
        }
        row.share = total > 0 ? double(metricValue(row.current, query.rankBy)) / total : 0.0;
    }
    // "Other" before: everything the previous period had outside the listed keys.
    if (folded) {
        Counters &other = ranking.rows.last().previous;
        const Counters &all = ranking.previousTotals;
        other.requests = all.requests - listedBefore.requests;
        other.quota = all.quota - listedBefore.quota;
        other.promptTokens = all.promptTokens - listedBefore.promptTokens;
        other.completionTokens = all.completionTokens - listedBefore.completionTokens;
        other.cacheReadTokens = all.cacheReadTokens - listedBefore.cacheReadTokens;
        other.cacheWriteTokens = all.cacheWriteTokens - listedBefore.cacheWriteTokens;
        other.unsplitTokens = all.unsplitTokens - listedBefore.unsplitTokens;
    }
    return ranking;
}

} // namespace

Result<Ranking> rankKeys(sqlite3 *db, const ReportQuery &query)
{
    return rankKeysFrom(Aggregator(db), query);
}

Result<Ranking> rankKeys(const LiveAggregator &live, const ReportQuery &query)
{
    return rankKeysFrom(live, query);
}

} // namespace QuotaScope
