#include "aggregate/performance.h"

#include "model/latencybins.h"
#include "store/perfrollups.h"

#include <algorithm>

namespace QuotaScope {

namespace {

LatencyStats statsOf(const QList<qint64> &bins)
{
    LatencyStats s;
    for (qint64 n : bins)
        s.count += n;
    if (s.count > 0) {
        s.p50 = LatencyBins::percentile(bins, 0.50);
        s.p95 = LatencyBins::percentile(bins, 0.95);
    }
    return s;
}

void merge(PerfRollups::Sums *into, const PerfRollups::Sums &s)
{
    into->requests += s.requests;
    into->errors += s.errors;
    into->streams += s.streams;
    into->savedQuota += s.savedQuota;
    if (into->useTimeBins.isEmpty()) {
        into->useTimeBins.fill(0, LatencyBins::Count);
        into->frtBins.fill(0, LatencyBins::Count);
    }
    for (int b = 0; b < s.useTimeBins.size() && b < LatencyBins::Count; ++b) {
        into->useTimeBins[b] += s.useTimeBins[b];
        into->frtBins[b] += s.frtBins.value(b);
    }
}

PerformanceRow rowOf(const QString &key, const PerfRollups::Sums &s, const Counters &c)
{
    PerformanceRow row;
    row.key = key;
    row.requests = s.requests;
    row.errors = s.errors;
    row.streams = s.streams;
    row.savedQuota = s.savedQuota;
    row.counters = c;
    row.useTime = statsOf(s.useTimeBins);
    row.firstResponse = statsOf(s.frtBins);
    return row;
}

} // namespace

double PerformanceRow::hitRate() const
{
    return counters.promptTokens > 0 ? double(counters.cacheReadTokens) / double(counters.promptTokens) : 0.0;
}

double PerformanceRow::streamShare() const
{
    return requests > 0 ? double(streams) / double(requests) : 0.0;
}

double PerformanceRow::errorRate() const
{
    const double attempts = double(errors) + double(requests);
    return attempts > 0 ? double(errors) / attempts : 0.0;
}

Result<Performance> performance(sqlite3 *db, const ReportQuery &request)
{
    ReportQuery query = request;
    if (query.by != Dimension::Model && query.by != Dimension::Channel && query.by != Dimension::Source)
        query.by = Dimension::None;
    query.filter.types = { int(LogType::Consume) };
    Performance out;
    out.query = query;

    const auto sums = PerfRollups::read(db, query.from, query.to, query.filter, query.by);
    if (!sums)
        return sums.error();
    // Token counters per key from the rollups, in one bucket per UTC month (only key totals are needed).
    ReportQuery counters = query;
    counters.topN = 0;
    counters.granularity = Granularity::Month;
    counters.tz = QTimeZone::utc();
    counters.rankBy = Metric::Requests;
    const auto report = Aggregator(db).report(counters);
    if (!report)
        return report.error();
    QHash<QString, Counters> byKey;
    for (const ReportRow &r : report->rows)
        (void)byKey[r.key].add(r.counters); // bounded by the report's checked totals

    QStringList keys = sums->keys();
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (!sums->contains(it.key()))
            keys << it.key();
    }
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qint64 ra = sums->value(a).requests, rb = sums->value(b).requests;
        return ra != rb ? ra > rb : a < b;
    });
    PerfRollups::Sums all, rest;
    Counters allCounters, restCounters;
    for (int i = 0; i < keys.size(); ++i) {
        const PerfRollups::Sums s = sums->value(keys[i]);
        const Counters c = byKey.value(keys[i]);
        merge(&all, s);
        (void)allCounters.add(c);
        if (query.topN > 0 && i >= query.topN) {
            merge(&rest, s);
            (void)restCounters.add(c);
        } else {
            out.rows << rowOf(keys[i], s, c);
        }
    }
    if (query.topN > 0 && keys.size() > query.topN)
        out.rows << rowOf(Aggregator::otherKey(), rest, restCounters);
    out.totals = rowOf(QString(), all, allCounters);
    return out;
}

} // namespace QuotaScope
