#pragma once

#include "model/query.h"
#include "support/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

struct sqlite3;

namespace QuotaScope {

/** Where a calendar month's spend is heading. Quota units; the caller converts to money. */
struct SpendForecast
{
    QString key; ///< the user (per-user forecasts), empty for the total
    qint64 monthStart = 0; ///< UTC seconds
    qint64 monthEnd = 0;
    qint64 asOf = 0;
    qint64 spent = 0; ///< consumption quota from monthStart to asOf
    double projected = 0; ///< spent + the expected rest of the month
    double low = 0; ///< the rest at the quietest of the profile's weeks
    double high = 0; ///< ... and at the busiest
    int weeksOfHistory = 0; ///< weeks the weekday/hour profile was taken from (0: none: no projection)
    /// The rest of the month hour by hour: each hour's start and the spend expected in it after asOf (they add
    /// up to projected - spent; the first hour is the one holding asOf).
    QList<QPair<qint64, double>> restByHour;
};

/** When a gateway account's balance runs out at the recent burn rate. */
struct BalanceForecast
{
    qint64 sourceId = 0;
    QString source;
    qint64 balance = 0; ///< quota, as recorded by the last sync
    qint64 recordedAt = 0; ///< when (UTC seconds); 0 when unknown
    double remaining = 0; ///< the balance less what the cache shows spent since then
    double burnPerDay = 0; ///< consumption quota per day over the last 7 days
    qint64 runOutAt = 0; ///< UTC seconds; 0 when nothing is being spent
};

/**
 * Month-end spend from the month so far plus the weekday-and-hour profile of recent weeks: each remaining hour
 * of the month is expected to cost what that weekday's hour cost on average over the last (up to) 4 whole
 * weeks. The interval scales the rest of the month by the level of the quietest and of the busiest of those
 * weeks. Reads rollups through the Aggregator.
 */
class Forecaster
{
public:
    static constexpr int ProfileWeeks = 4;

    explicit Forecaster(sqlite3 *db);

    /// The total for the filter (consumption only) in the month (of tz) that holds asOf.
    Result<SpendForecast> monthEnd(const Filter &filter, qint64 asOf, const QTimeZone &tz) const;
    /// The same per user, the largest projections first, at most topN.
    Result<QList<SpendForecast>> monthEndByUser(const Filter &filter, qint64 asOf, const QTimeZone &tz, int topN) const;
    /// For every source (or those in sourceIds) whose last sync recorded a balance.
    Result<QList<BalanceForecast>> balanceRunOut(const QList<qint64> &sourceIds, qint64 asOf) const;

private:
    Result<QList<SpendForecast>> forecast(const Filter &filter, Dimension by, qint64 asOf, const QTimeZone &tz) const;

    sqlite3 *m_db;
};

} // namespace QuotaScope
