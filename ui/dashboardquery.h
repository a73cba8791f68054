#pragma once

#include "aggregate/aggregator.h"
#include "aggregate/liveaggregator.h"
#include "comparison.h"
#include "aggregate/performance.h"
#include "aggregate/ranking.h"
#include "forecast/forecaster.h"
#include "model/money.h"
#include "model/query.h"
#include "store/sourcerepository.h"
#include "support/result.h"

#include <QTimeZone>

namespace QuotaScope {

enum class RangePreset { Last24Hours, Last7Days, Last30Days, Last90Days, ThisMonth, All, Custom };

/// Bar charts stay readable and fast up to about this many buckets (design §7).
constexpr int MaxChartBuckets = 200;

/// Everything the dashboard shows is derived from this; the window builds it from its controls.
struct DashboardRequest
{
    RangePreset preset = RangePreset::Last30Days;
    qint64 customFrom = 0; ///< Custom only, UTC seconds
    qint64 customTo = 0;
    qint64 now = 0; ///< the clock, UTC seconds (injected so results are reproducible)
    QTimeZone tz = QTimeZone::systemTimeZone();
    Granularity granularity = Granularity::Day;
    Filter filter;
    int topN = 8;
    Qt::DayOfWeek weekStart = Qt::Monday;
    bool comparePrevious = true; ///< also load the stat cards of the previous period of the same length
    bool overlayPrevious = false; ///< and its tokens per bucket, for the trend chart
    Dimension by = Dimension::Model;                ///< what the charts are split by
    Metric metric = Metric::Quota;                  ///< what the stacked chart plots and the ranking ranks by
    Dimension rankingBy = Dimension::Token;         ///< the ranking view's keys
    Dimension performanceBy = Dimension::Model;     ///< the cache and latency view's keys
    /// The ranking and the cache and latency view cost as much as the rest together: loaded only when shown.
    bool withRanking = false;
    bool withPerformance = false;
    bool withForecast = true; ///< the month-end and run-out forecasts (as of now, for the filter)
};

/// "last-24-hours", "last-7-days", "last-30-days", "last-90-days", "this-month", "all", "custom" (as saved views
/// and `quotascope-cli render --range` name them).
QString rangePresetName(RangePreset preset);
bool parseRangePreset(const QString &name, RangePreset *out);

/// [from, to) for a preset. All needs the data span (UTC seconds of the first and last record).
QPair<qint64, qint64> resolveRange(const DashboardRequest &request, QPair<qint64, qint64> dataSpan);

/// The finest granularity, starting at the requested one, that puts at most MaxChartBuckets buckets in
/// [from, to).
Granularity coarsenGranularity(qint64 from, qint64 to, const QTimeZone &tz, Granularity requested);

struct DashboardData
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 now = 0; ///< the request's clock: buckets after it are still filling
    Granularity granularity = Granularity::Day; ///< what was used
    Granularity requestedGranularity = Granularity::Day;
    bool coarsened = false; ///< granularity differs from the request's
    int requestedBuckets = 0; ///< buckets the requested granularity would have made
    StatCards stats;
    Report quotaByModel; ///< top N keys of request.by by request.metric per bucket (the stacked chart)
    Report requestsByModel; ///< top N keys of request.by by requests
    Report tokens; ///< no split, tokens per bucket
    Ranking ranking; ///< every key of request.rankingBy by request.metric (when withRanking)
    Performance performance; ///< prompt caching and latency by request.performanceBy, top N + Other (when withPerformance)
    CurrencyDisplay currency;
    std::optional<PreviousPeriod> previous; ///< when the request compares with the previous period
    std::optional<SpendForecast> forecast; ///< the month holding now (when withForecast)
    QList<BalanceForecast> balances; ///< each filtered source with a recorded balance (when withForecast)
    /// Expected spend (quota) per bucket of the chart's granularity, from the bucket holding now to the month's
    /// end; the first bucket includes what it has spent so far. Empty unless the range starts in the month holding
    /// now and reaches now, the
    /// forecast has history, and the extended chart stays within MaxChartBuckets.
    QList<QPair<qint64, double>> projection;
    bool live = false; ///< from a gateway's database (loadLiveDashboard)
};

/// The projection series for data (see DashboardData::projection): forecast.restByHour summed into buckets.
QList<QPair<qint64, double>> projectionBuckets(const DashboardData &data, const SpendForecast &forecast,
    const Report &soFar, const QTimeZone &tz, Qt::DayOfWeek weekStart);

/// Runs every dashboard query on db (call it off the GUI thread).
Result<DashboardData> loadDashboard(sqlite3 *db, const DashboardRequest &request);
/// The stat cards, the three charts, the ranking and the previous period live from a gateway's database
/// (LiveAggregator: only aggregates cross the wire), on the thread that opened db. The cache and latency view
/// and the forecasts need the cache's rollups and stay empty (DashboardData::live says so); the currency is the
/// default display.
Result<DashboardData> loadLiveDashboard(GatewayDatabase *db, const DashboardRequest &request);

/// What the ranking breaks each row down by: its channels, or its models when the ranking lists channels; None when
/// there is nothing to break down (a ranking of nothing).
Dimension rankingBreakdownDimension(Dimension rankingBy);
/**
 * Each row of a ranking broken down by rankingBreakdownDimension(ranking.query.by) over the ranking's range, filter
 * and metric (Aggregator::breakdown): the channels of each token. Loaded apart from the ranking, after it, so the
 * ranking itself stays as fast as it was.
 */
Result<QList<BreakdownCell>> loadRankingBreakdown(sqlite3 *db, const Ranking &ranking);

/// What the filter pickers offer.
struct FilterChoices
{
    QList<SourceInfo> sources;
    QStringList users, tokens, models, channels, groups;
};
Result<FilterChoices> loadFilterChoices(sqlite3 *db, const QList<qint64> &sourceIds);
/// The same from a gateway's database (no sources: it is one).
Result<FilterChoices> loadLiveFilterChoices(GatewayDatabase *db);

} // namespace QuotaScope
