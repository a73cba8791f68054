#include "forecast/forecaster.h"

#include "aggregate/aggregator.h"
#include "aggregate/timebuckets.h"
#include "alerts/alertstore.h"
#include "gateway/gatewaystatus.h"
#include "model/usagerecord.h"
#include "store/sourcerepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace QuotaScope {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Week = 7 * Day;

/// The profile slot of an hour: weekday (0 Monday) * 24 + hour of the day, in tz.
int slotOf(qint64 t, const QTimeZone &tz)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, tz);
    return (local.date().dayOfWeek() - 1) * 24 + local.time().hour();
}

struct Profile
{
    std::array<double, 7 * 24> sum {};
    std::array<int, 7 * 24> count {};
    std::array<double, Forecaster::ProfileWeeks> weeks {};
};

} // namespace

Forecaster::Forecaster(sqlite3 *db)
    : m_db(db)
{ }

Result<SpendForecast> Forecaster::monthEnd(const Filter &filter, qint64 asOf, const QTimeZone &tz) const
{
    auto all = forecast(filter, Dimension::None, asOf, tz);
    if (!all)
        return all.error();
    return all->isEmpty() ? SpendForecast() : all->constFirst();
}

Result<QList<SpendForecast>> Forecaster::monthEndByUser(
    const Filter &filter, qint64 asOf, const QTimeZone &tz, int topN) const
{
    auto all = forecast(filter, Dimension::User, asOf, tz);
    if (!all)
        return all.error();
    QList<SpendForecast> list = all.value();
    std::sort(list.begin(), list.end(), [](const SpendForecast &a, const SpendForecast &b) {
        return a.projected != b.projected ? a.projected > b.projected : a.key < b.key;
    });
    return topN > 0 ? list.mid(0, topN) : list;
}

Result<QList<SpendForecast>> Forecaster::forecast(
    const Filter &filterIn, Dimension by, qint64 asOf, const QTimeZone &tz) const
{
    Filter filter = filterIn;
    filter.types = { int(LogType::Consume) };
    const Aggregator aggregator(m_db);
    const qint64 monthStart = TimeBuckets::floor(asOf, tz, Granularity::Month);
    const qint64 monthEnd = TimeBuckets::next(monthStart, tz, Granularity::Month);

    // Whole weeks of history before asOf, at most ProfileWeeks.
    auto span = aggregator.dataSpan(filter);
    if (!span)
        return span.error();
    const int weeks = span->first == 0 ? 0 : int(std::clamp<qint64>((asOf - span->first) / Week, 0, ProfileWeeks));

    ReportQuery q;
    q.tz = tz;
    q.filter = filter;
    q.by = by;
    q.granularity = Granularity::Hour;
    QHash<QString, SpendForecast> out;
    const auto entry = [&](const QString &key) -> SpendForecast & {
        auto it = out.find(key);
        if (it == out.end()) {
            SpendForecast f;
            f.key = key;
            f.monthStart = monthStart;
            f.monthEnd = monthEnd;
            f.asOf = asOf;
            f.weeksOfHistory = weeks;
            it = out.insert(key, f);
        }
        return it.value();
    };

    q.from = monthStart;
    q.to = asOf;
    if (q.to > q.from) {
        // Only the month's sum so far: one bucket, so that its whole days are read from the daily rollups.
        q.granularity = Granularity::Month;
        auto soFar = aggregator.report(q);
        q.granularity = Granularity::Hour;
        if (!soFar)
            return soFar.error();
        for (const ReportRow &row : soFar->rows)
            entry(row.key).spent += row.counters.quota;
    }

    QHash<QString, Profile> profiles;
    if (weeks > 0) {
        // Hours in tz, from a whole number of weeks before asOf's hour.
        const qint64 end = TimeBuckets::floor(asOf, tz, Granularity::Hour);
        q.from = end - weeks * Week;
        q.to = end;
        auto history = aggregator.report(q);
        if (!history)
            return history.error();
        for (const ReportRow &row : history->rows) {
            Profile &p = profiles[row.key];
            const int slot = slotOf(row.bucket, tz);
            p.sum[size_t(slot)] += double(row.counters.quota);
            const int week = int((end - 1 - row.bucket) / Week);
            if (week >= 0 && week < weeks)
                p.weeks[size_t(week)] += double(row.counters.quota);
            entry(row.key);
        }
        // Every slot occurs once a week (a DST hour that a week lacks or repeats shifts one slot slightly).
        for (Profile &p : profiles)
            p.count.fill(weeks);
    }

    // The rest of the month, hour by hour; the hour holding asOf counts for what is left of it.
    const QList<qint64> rest
        = TimeBuckets::starts(TimeBuckets::floor(asOf, tz, Granularity::Hour), monthEnd, tz, Granularity::Hour);
    for (auto it = out.begin(); it != out.end(); ++it) {
        SpendForecast &f = it.value();
        const auto p = profiles.constFind(it.key());
        double expected = 0;
        QList<QPair<qint64, double>> hours;
        if (p != profiles.cend()) {
            hours.reserve(rest.size());
            for (int i = 0; i < rest.size(); ++i) {
                const qint64 start = rest[i];
                const qint64 stop = i + 1 < rest.size() ? rest[i + 1] : monthEnd;
                const qint64 from = std::max(start, asOf);
                if (stop <= from)
                    continue;
                const size_t slot = size_t(slotOf(start, tz));
                const double perHour = p->count[slot] ? p->sum[slot] / p->count[slot] : 0;
                const double inHour = perHour * double(stop - from) / double(stop - start);
                expected += inHour;
                hours.append({ start, inHour });
            }
        }
        // The level of the profile's weeks, as a straight line through them (usage grows or shrinks), carried
        // to the middle of the rest of the month; the interval is twice the weeks' scatter around the line.
        double factor = 1, spread = 0;
        if (p != profiles.cend() && weeks > 0) {
            double mean = 0;
            for (int w = 0; w < weeks; ++w)
                mean += p->weeks[size_t(w)];
            mean /= weeks;
            if (mean > 0) {
                // Week w ends w weeks before the profile's end; x in weeks, 0 at the profile's end.
                double sx = 0, sxx = 0, sxy = 0;
                for (int w = 0; w < weeks; ++w) {
                    const double x = -(w + 0.5);
                    sx += x;
                    sxx += x * x;
                    sxy += x * (p->weeks[size_t(w)] / mean - 1);
                }
                const double xbar = sx / weeks;
                const double varX = sxx / weeks - xbar * xbar;
                const double slope = weeks > 1 && varX > 0 ? (sxy / weeks) / varX : 0; // per week, relative
                const double restMid = double(monthEnd - asOf) / 2.0 / double(Week);
                factor = std::clamp(1 + slope * (restMid - xbar), 0.5, 2.0);
                double ss = 0;
                for (int w = 0; w < weeks; ++w) {
                    const double fitted = 1 + slope * (-(w + 0.5) - xbar);
                    ss += std::pow(p->weeks[size_t(w)] / mean - fitted, 2);
                }
                spread = 2 * std::sqrt(ss / weeks) + std::abs(factor - 1) / 2;
            }
        }
        f.projected = double(f.spent) + expected * factor;
        for (auto &h : hours)
            h.second *= factor;
        f.restByHour = std::move(hours);
        f.low = double(f.spent) + expected * std::max(0.0, factor - spread);
        f.high = double(f.spent) + expected * (factor + spread);
    }
    return QList<SpendForecast>(out.cbegin(), out.cend());
}

Result<QList<BalanceForecast>> Forecaster::balanceRunOut(const QList<qint64> &sourceIds, qint64 asOf) const
{
    auto sources = SourceRepository(m_db).list();
    if (!sources)
        return sources.error();
    const Aggregator aggregator(m_db);
    QList<BalanceForecast> out;
    for (const SourceInfo &s : sources.value()) {
        if (!sourceIds.isEmpty() && !sourceIds.contains(s.id))
            continue;
        const auto account = accountFromMeta(s.meta);
        if (!account)
            continue;
        BalanceForecast f;
        f.sourceId = s.id;
        f.source = s.name;
        f.balance = account->quota;
        auto history = AlertStore(m_db).balances(s.id);
        if (!history)
            return history.error();
        if (!history->isEmpty())
            f.recordedAt = history->constLast().first;
        ReportQuery q;
        q.filter.sourceIds = { s.id };
        q.filter.types = { int(LogType::Consume) };
        q.from = asOf - Week;
        q.to = asOf;
        auto burnt = aggregator.stats(q);
        if (!burnt)
            return burnt.error();
        f.burnPerDay = double(burnt->totals.quota) / 7.0;
        double since = 0;
        if (f.recordedAt > 0 && f.recordedAt < asOf) {
            q.from = f.recordedAt;
            auto spent = aggregator.stats(q);
            if (!spent)
                return spent.error();
            since = double(spent->totals.quota);
        }
        f.remaining = std::max(0.0, double(f.balance) - since);
        if (f.burnPerDay > 0)
            f.runOutAt = asOf + qint64(f.remaining / f.burnPerDay * Day);
        out << f;
    }
    return out;
}

} // namespace QuotaScope
