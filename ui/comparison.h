#pragma once

#include "aggregate/aggregator.h"
#include "support/result.h"

#include <QString>

struct sqlite3;

namespace QuotaScope {

class LiveAggregator;
struct DashboardData;
struct DashboardRequest;

/** The period a view is compared with: as long as [from, to), ending where it starts. */
struct PreviousPeriod
{
    qint64 from = 0;
    qint64 to = 0;
    StatCards stats;
    Report tokens; ///< tokens per bucket, when asked for (withTokens); for the trend chart's overlay
};

/// [from - (to - from), from) with the request's filters; withTokens also buckets its tokens at granularity g.
Result<PreviousPeriod> loadPreviousPeriod(sqlite3 *db, const DashboardRequest &request, qint64 from, qint64 to,
    bool withTokens = false, Granularity g = Granularity::Day);
/// The same live from a gateway's database.
Result<PreviousPeriod> loadPreviousPeriod(const LiveAggregator &live, const DashboardRequest &request, qint64 from,
    qint64 to, bool withTokens, Granularity g);

/** The change of one card's value against the previous period, as shown under the value. */
struct CardDelta
{
    double current = 0;
    double previous = 0;
    bool percentagePoints = false; ///< for rates: the difference in points instead of a relative change

    /// "▲ 12.5%", "▼ 3.0%", "= 0%", "▲ new" (nothing before), "▲ 0.40 pp"; in the UI locale.
    QString text() const;
    /// +1 up, -1 down, 0 unchanged.
    int direction() const;
    /// The relative change ((current - previous) / previous); NaN when previous is 0.
    double relativeChange() const;
};

} // namespace QuotaScope
