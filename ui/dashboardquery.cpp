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
    // Both charts rank the same cells (unless the metric counts other logs, as errors do): read them once, with
    // every key, and rank them twice.
    const bool sameCells = filterForMetric(q.filter, request.metric) == filterForMetric(q.filter, Metric::Requests);
    q.topN = 0;
    const auto byKey = source.report(q);
    if (!byKey)
        return byKey.error();
    auto shown = Aggregator::reranked(byKey.value(), request.metric, request.topN);
    if (!shown)
        return shown.error();
    data.quotaByModel = shown.value();
    Result<Report> requests = sameCells ? Aggregator::reranked(byKey.value(), Metric::Requests, request.topN)
                                        : Result<Report>(Report());
    if (!sameCells) {
        ReportQuery byRequests = q;
        byRequests.topN = request.topN;
        byRequests.rankBy = Metric::Requests;
        requests = source.report(byRequests);
    }
    if (!requests)
        return requests.error();
    data.requestsByModel = requests.value();
    q.topN = request.topN;
    q.rankBy = Metric::Requests; // as the requests chart asked
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
    if (request.withForecast) {
        const Forecaster forecaster(db);
        auto month = forecaster.monthEnd(request.filter, request.now, request.tz);
        if (!month)
            return month.error();
        data.forecast = month.value();
        auto balances = forecaster.balanceRunOut(request.filter.sourceIds, request.now);
        if (!balances)
            return balances.error();
        data.balances = balances.value();
        data.projection = projectionBuckets(data, month.value(), data.quotaByModel, request.tz, request.weekStart);
    }
    if (request.comparePrevious) {
        auto previous = loadPreviousPeriod(db, request, data.from, data.to, request.overlayPrevious, data.granularity);
        if (!previous)
            return previous.error();
        data.previous = previous.value();
    }
    return data;
}

QList<QPair<qint64, double>> projectionBuckets(const DashboardData &data, const SpendForecast &forecast,
    const Report &soFar, const QTimeZone &tz, Qt::DayOfWeek weekStart)
{
    QList<QPair<qint64, double>> out;
    const Granularity g = data.granularity;
    // Only a range within the current month that reaches the present is extended (a longer one would squeeze its
    // history); a month bucket would be one point.
    if (forecast.weeksOfHistory == 0 || g == Granularity::Month || data.from < forecast.monthStart
        || data.now < data.from || data.now >= data.to || data.now >= forecast.monthEnd)
        return out;
    const qint64 first = TimeBuckets::floor(data.now, tz, g, weekStart);
    const QList<qint64> starts = TimeBuckets::starts(first, forecast.monthEnd, tz, g, weekStart);
    const qint64 chartFrom = TimeBuckets::floor(data.from, tz, g, weekStart);
    if (starts.size() < 2 || TimeBuckets::starts(chartFrom, starts.constLast(), tz, g, weekStart).size() + 1
            > MaxChartBuckets)
        return out;
    for (const qint64 start : starts)
        out.append({ start, 0.0 });
    // The bucket holding now starts with what it has spent so far (in the month).
    for (const ReportRow &row : soFar.rows) {
        if (row.bucket == first)
            out[0].second += double(row.counters.quota);
    }
    int i = 0;
    for (const auto &hour : forecast.restByHour) {
        while (i + 1 < out.size() && hour.first >= out[i + 1].first)
            ++i;
        out[i].second += hour.second;
    }
    return out;
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
    auto loaded = loadCharts(aggregator, live, span, &q);
    if (!loaded)
        return loaded.error();
    DashboardData data = loaded.value();
    data.live = true;
    // The ranking and the comparison are reports and stat cards too: pushed down the same way. A ranking by
    // source has one key here and stays empty.
    if (request.withRanking && request.rankingBy != Dimension::Source) {
        ReportQuery ranked = q;
        ranked.by = request.rankingBy;
        ranked.rankBy = request.metric;
        ranked.topN = 0;
        auto ranking = rankKeys(aggregator, ranked);
        if (!ranking)
            return ranking.error();
        data.ranking = ranking.value();
    }
    if (request.comparePrevious) {
        auto previous
            = loadPreviousPeriod(aggregator, live, data.from, data.to, request.overlayPrevious, data.granularity);
        if (!previous)
            return previous.error();
        data.previous = previous.value();
    }
    return data;
}

Result<FilterChoices> loadLiveFilterChoices(GatewayDatabase *db)
{
    FilterChoices c;
    const LiveAggregator aggregator(db);
    const QList<QPair<Dimension, QStringList *>> dims { { Dimension::User, &c.users }, { Dimension::Token, &c.tokens },
        { Dimension::Model, &c.models }, { Dimension::Channel, &c.channels }, { Dimension::Group, &c.groups } };
    for (const auto &d : dims) {
        auto values = aggregator.distinctValues(d.first);
        if (!values)
            return values.error();
        *d.second = values.value();
    }
    return c;
}

Dimension rankingBreakdownDimension(Dimension rankingBy)
{
    switch (rankingBy) {
    case Dimension::None:
        return Dimension::None;
    case Dimension::Channel:
        return Dimension::Model;
    default:
        return Dimension::Channel;
    }
}

Result<QList<BreakdownCell>> loadRankingBreakdown(sqlite3 *db, const Ranking &ranking)
{
    return Aggregator(db).breakdown(ranking.query, rankingBreakdownDimension(ranking.query.by));
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
