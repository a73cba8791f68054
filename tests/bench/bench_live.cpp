// Live mode against the cache: the same 30-day dashboard refresh (a day-granularity report by model plus the
// stat cards) answered by the gateway's PostgreSQL and by the local cache that a copy of it filled. Run by
// tests/bench/dbbench.py, which starts the server, loads it and copies it first; skipped without its variables.

#include "aggregate/aggregator.h"
#include "aggregate/liveaggregator.h"
#include "gateway/dbsource.h"
#include "store/cachedb.h"

#include <QDateTime>

#include <benchmark/benchmark.h>

using namespace QuotaScope;

namespace {

ReportQuery thirtyDays()
{
    ReportQuery q;
    q.to = QDateTime::currentSecsSinceEpoch();
    q.from = q.to - 30 * 86400;
    q.tz = QTimeZone::systemTimeZone();
    q.granularity = Granularity::Day;
    q.by = Dimension::Model;
    q.topN = 10;
    q.filter.types = { 2 };
    return q;
}

void BM_Refresh30DaysLive(benchmark::State &state)
{
    auto profile = DatabaseProfile::fromDsn(qEnvironmentVariable("QS_BENCH_PG_DSN"));
    if (!profile || qEnvironmentVariable("QS_BENCH_PG_DSN").isEmpty()) {
        state.SkipWithError("set QS_BENCH_PG_DSN and QS_BENCH_PG_PASSWORD (tests/bench/dbbench.py does)");
        return;
    }
    auto db = GatewayDatabase::open(profile.value(), qEnvironmentVariable("QS_BENCH_PG_PASSWORD"));
    if (!db) {
        state.SkipWithError(db.error().message.toUtf8().constData());
        return;
    }
    LiveAggregator live(db.value().get());
    const ReportQuery q = thirtyDays();
    for (auto _ : state) {
        auto report = live.report(q);
        auto stats = live.stats(q);
        if (!report || !stats) {
            state.SkipWithError("live query failed");
            return;
        }
        benchmark::DoNotOptimize(report->totals.quota + stats->totals.quota);
    }
}

void BM_Refresh30DaysFromTheCopy(benchmark::State &state)
{
    const QString path = qEnvironmentVariable("QS_BENCH_CACHE");
    if (path.isEmpty()) {
        state.SkipWithError("set QS_BENCH_CACHE (tests/bench/dbbench.py does)");
        return;
    }
    auto cache = CacheDb::open(path, QStringLiteral("bench"));
    if (!cache) {
        state.SkipWithError(cache.error().message.toUtf8().constData());
        return;
    }
    const Aggregator local(cache->db());
    const ReportQuery q = thirtyDays();
    for (auto _ : state) {
        auto report = local.report(q);
        auto stats = local.stats(q);
        if (!report || !stats) {
            state.SkipWithError("local query failed");
            return;
        }
        benchmark::DoNotOptimize(report->totals.quota + stats->totals.quota);
    }
}

} // namespace

BENCHMARK(BM_Refresh30DaysLive)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Refresh30DaysFromTheCopy)->Unit(benchmark::kMillisecond)->Iterations(3);
