#include "dashboardquery.h"

#include "aggregate/timebuckets.h"
#include "gateway/gatewaystatus.h"

#include <QDateTime>

namespace QuotaScope {

namespace {
const char *const rangePresetNames[] = { "last-24-hours", "last-7-days", "last-30-days", "last-90-days", "this-month",
    "all", "custom" };
} // namespace

QString rangePresetName(RangePreset preset)
{
    return QLatin1String(rangePresetNames[int(preset)]);
}

bool parseRangePreset(const QString &name, RangePreset *out)
{
    for (int i = 0; i <= int(RangePreset::Custom); ++i) {
        if (name.compare(QLatin1String(rangePresetNames[i]), Qt::CaseInsensitive) == 0) {
            *out = RangePreset(i);
            return true;
        }
    }
    return false;
}

QPair<qint64, qint64> resolveRange(const DashboardRequest &request, QPair<qint64, qint64> dataSpan)
{
    const qint64 now = request.now;
    // Ranges end at the end of the current hour so the newest bucket is whole and includes "now".
    const qint64 end
        = TimeBuckets::next(TimeBuckets::floor(now, request.tz, Granularity::Hour), request.tz, Granularity::Hour);
    const auto daysBack = [&](int days) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(end, request.tz).addDays(-days);
        return qMakePair(t.toSecsSinceEpoch(), end);
    };
    switch (request.preset) {
    case RangePreset::Last24Hours:
        return { end - 24 * 3600, end };
    case RangePreset::Last7Days:
        return daysBack(7);
    case RangePreset::Last30Days:
        return daysBack(30);
    case RangePreset::Last90Days:
        return daysBack(90);
    case RangePreset::ThisMonth:
        return { TimeBuckets::floor(now, request.tz, Granularity::Month), end };
    case RangePreset::All:
        if (dataSpan.first == 0 && dataSpan.second == 0)
            return daysBack(30);
        return { TimeBuckets::floor(dataSpan.first, request.tz, Granularity::Day),
            TimeBuckets::next(
                TimeBuckets::floor(dataSpan.second, request.tz, Granularity::Day), request.tz, Granularity::Day) };
    case RangePreset::Custom:
        return { request.customFrom, qMax(request.customFrom + 1, request.customTo) };
    }
    return { end - 24 * 3600, end };
}

Granularity coarsenGranularity(qint64 from, qint64 to, const QTimeZone &tz, Granularity requested)
{
    Granularity g = requested;
    while (g != Granularity::Month && TimeBuckets::starts(from, to, tz, g).size() > MaxChartBuckets)
        g = Granularity(int(g) + 1);
    return g;
}

namespace {

/// The range, granularity, stat cards and the three charts' reports, from the cache's Aggregator or a
/// LiveAggregator alike (both answer report() and stats() for the same ReportQuery). q is left as the charts'
/// query, for the cache's extra views.
template <typename Source>
Result<DashboardData> loadCharts(const Source &source, const DashboardRequest &request, QPair<qint64, qint64> span,
                                 ReportQuery *chartQuery)
{
    DashboardData data;
    std::tie(data.from, data.to) = resolveRange(request, span);
    data.now = request.now;
    data.granularity = coarsenGranularity(data.from, data.to, request.tz, request.granularity);
    data.requestedGranularity = request.granularity;
    data.coarsened = data.granularity != request.granularity;
    data.requestedBuckets
        = int(TimeBuckets::starts(data.from, data.to, request.tz, request.granularity, request.weekStart).size());

    ReportQuery q;
    q.from = data.from;
    q.to = data.to;
    q.tz = request.tz;
    q.granularity = data.granularity;
    q.filter = request.filter;
    q.by = request.by;
    q.topN = request.topN;
    q.rankBy = request.metric;
    q.weekStart = request.weekStart;

    auto stats = source.stats(q);
    if (!stats)
        return stats.error();
    data.stats = stats.value();
    auto quota = source.report(q);
    if (!quota)
        return quota.error();
    data.quotaByModel = quota.value();

    q.rankBy = Metric::Requests;
    auto requests = source.report(q);
    if (!requests)
        return requests.error();
    data.requestsByModel = requests.value();
    *chartQuery = q;

    q.by = Dimension::None;
    q.topN = 0;
    q.rankBy = Metric::Tokens;
    auto tokens = source.report(q);
    if (!tokens)
        return tokens.error();
    data.tokens = tokens.value();
    return data;
}

} // namespace

Result<DashboardData> loadDashboard(sqlite3 *db, const DashboardRequest &request)
{
    Aggregator aggregator(db);
    QPair<qint64, qint64> span { 0, 0 };
    if (request.preset == RangePreset::All) {
        auto s = aggregator.dataSpan(request.filter);
        if (!s)
            return s.error();
        span = s.value();
    }
    ReportQuery q;
    auto loaded = loadCharts(aggregator, request, span, &q);
    if (!loaded)
        return loaded.error();
    DashboardData data = loaded.value();

    // The ranking lists every key (a table scrolls; charts keep the top N).
    ReportQuery ranked = q;
    ranked.by = request.rankingBy;
    ranked.rankBy = request.metric;
    ranked.topN = 0;
    if (request.withRanking) {
        auto ranking = rankKeys(db, ranked);
        if (!ranking)
            return ranking.error();
        data.ranking = ranking.value();
    }
    ReportQuery perf = q;
    perf.by = request.performanceBy;
    if (request.withPerformance) {
        auto performance = QuotaScope::performance(db, perf);
        if (!performance)
            return performance.error();
        data.performance = performance.value();
    }

    auto sources = SourceRepository(db).list();
    if (!sources)
        return sources.error();
    data.currency = currencyForSources(sources.value(), request.filter.sourceIds);
    if (request.comparePrevious) {
        auto previous = loadPreviousPeriod(db, request, data.from, data.to, request.overlayPrevious, data.granularity);
        if (!previous)
            return previous.error();
        data.previous = previous.value();
    }
    return data;
}

Result<DashboardData> loadLiveDashboard(GatewayDatabase *db, const DashboardRequest &request)
{
    QPair<qint64, qint64> span { 0, 0 };
    if (request.preset == RangePreset::All) {
        auto s = db->selectLogs(QStringLiteral("SELECT MIN(created_at), MAX(created_at) FROM logs"));
        if (!s)
            return s.error();
        if (!s->isEmpty() && s->first().size() == 2)
            span = { s->first().at(0).toLongLong(), s->first().at(1).toLongLong() };
    }
    // The database is one source: the cache's source filter does not apply to it.
    DashboardRequest live = request;
    live.filter.sourceIds.clear();
    const LiveAggregator aggregator(db);
    ReportQuery q;
    return loadCharts(aggregator, live, span, &q);
}

Result<FilterChoices> loadFilterChoices(sqlite3 *db, const QList<qint64> &sourceIds)
{
    FilterChoices c;
    auto sources = SourceRepository(db).list();
    if (!sources)
        return sources.error();
    c.sources = sources.value();
    Aggregator aggregator(db);
    Filter f;
    f.sourceIds = sourceIds;
    const QList<QPair<Dimension, QStringList *>> dims { { Dimension::User, &c.users }, { Dimension::Token, &c.tokens },
        { Dimension::Model, &c.models }, { Dimension::Channel, &c.channels }, { Dimension::Group, &c.groups } };
    for (const auto &d : dims) {
        auto values = aggregator.distinctValues(d.first, f);
        if (!values)
            return values.error();
        *d.second = values.value();
    }
    return c;
}

} // namespace QuotaScope
