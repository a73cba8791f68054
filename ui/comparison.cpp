#include "comparison.h"

#include "dashboardquery.h"

#include "aggregate/liveaggregator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace QuotaScope {

namespace {

/// From the cache's Aggregator or a LiveAggregator alike.
template <typename Source>
Result<PreviousPeriod> previousPeriodFrom(
    const Source &source, const DashboardRequest &request, qint64 from, qint64 to, bool withTokens, Granularity g)
{
    PreviousPeriod p;
    p.to = from;
    p.from = from - (to - from);
    ReportQuery q;
    q.from = p.from;
    q.to = p.to;
    q.tz = request.tz;
    q.filter = request.filter;
    q.weekStart = request.weekStart;
    auto stats = source.stats(q);
    if (!stats)
        return stats.error();
    p.stats = stats.value();
    if (withTokens) {
        q.granularity = g;
        q.by = Dimension::None;
        q.rankBy = Metric::Tokens;
        auto tokens = source.report(q);
        if (!tokens)
            return tokens.error();
        p.tokens = tokens.value();
    }
    return p;
}

} // namespace

Result<PreviousPeriod> loadPreviousPeriod(
    sqlite3 *db, const DashboardRequest &request, qint64 from, qint64 to, bool withTokens, Granularity g)
{
    return previousPeriodFrom(Aggregator(db), request, from, to, withTokens, g);
}

Result<PreviousPeriod> loadPreviousPeriod(const LiveAggregator &live, const DashboardRequest &request, qint64 from,
    qint64 to, bool withTokens, Granularity g)
{
    return previousPeriodFrom(live, request, from, to, withTokens, g);
}

double CardDelta::relativeChange() const
{
    if (previous == 0)
        return std::nan("");
    return (current - previous) / std::abs(previous);
}

int CardDelta::direction() const
{
    if (current > previous)
        return 1;
    if (current < previous)
        return -1;
    return 0;
}

QString CardDelta::text() const
{
    const QLocale locale;
    const QString arrow = direction() > 0 ? QStringLiteral("▲")
        : direction() < 0                 ? QStringLiteral("▼")
                                          : QStringLiteral("=");
    if (percentagePoints) {
        return QCoreApplication::translate("QuotaScope::CardDelta", "%1 %2 pp")
            .arg(arrow, locale.toString(std::abs(current - previous) * 100.0, 'f', 2));
    }
    if (previous == 0) {
        if (current == 0)
            return QCoreApplication::translate("QuotaScope::CardDelta", "= 0%");
        return QCoreApplication::translate("QuotaScope::CardDelta", "%1 new").arg(arrow);
    }
    return QStringLiteral("%1 %2%").arg(arrow, locale.toString(std::abs(relativeChange()) * 100.0, 'f', 1));
}

} // namespace QuotaScope
