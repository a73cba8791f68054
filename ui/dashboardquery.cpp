#include "dashboardquery.h"

#include "aggregate/timebuckets.h"
#include "gateway/gatewaystatus.h"

#include <QDateTime>

namespace QuotaScope {

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
    DashboardData data;
    std::tie(data.from, data.to) = resolveRange(request, span);
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
    q.by = Dimension::Model;
    q.topN = request.topN;
    q.rankBy = Metric::Quota;
    q.weekStart = request.weekStart;

    auto stats = aggregator.stats(q);
    if (!stats)
        return stats.error();
    data.stats = stats.value();
    // Both model charts rank the same cells: read them once, with every model, and rank them twice.
    q.topN = 0;
    const auto byModel = aggregator.report(q);
    if (!byModel)
        return byModel.error();
    auto quota = Aggregator::reranked(byModel.value(), Metric::Quota, request.topN);
    if (!quota)
        return quota.error();
    data.quotaByModel = quota.value();
    auto requests = Aggregator::reranked(byModel.value(), Metric::Requests, request.topN);
    if (!requests)
        return requests.error();
    data.requestsByModel = requests.value();

    q.by = Dimension::None;
    q.topN = 0;
    q.rankBy = Metric::Tokens;
    auto tokens = aggregator.report(q);
    if (!tokens)
        return tokens.error();
    data.tokens = tokens.value();

    auto sources = SourceRepository(db).list();
    if (!sources)
        return sources.error();
    data.currency = currencyForSources(sources.value(), request.filter.sourceIds);
    return data;
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
