#include "cliforecast.h"

#include "forecast/forecaster.h"

#include <QDateTime>
#include <QJsonArray>

namespace QuotaScope::Cli {

namespace {

QString isoDate(qint64 t, const QTimeZone &tz)
{
    return QDateTime::fromSecsSinceEpoch(t, tz).toString(QStringLiteral("yyyy-MM-dd"));
}

QJsonObject monthEndJson(const SpendForecast &f, const QTimeZone &tz)
{
    QJsonObject o { { QStringLiteral("month_start"), isoDate(f.monthStart, tz) },
        { QStringLiteral("spent_quota"), f.spent }, { QStringLiteral("projected_quota"), qint64(f.projected) },
        { QStringLiteral("low_quota"), qint64(f.low) }, { QStringLiteral("high_quota"), qint64(f.high) },
        { QStringLiteral("weeks_of_history"), f.weeksOfHistory } };
    if (!f.key.isEmpty())
        o.insert(QStringLiteral("user"), f.key);
    return o;
}

} // namespace

QString forecastText(
    sqlite3 *db, const ReportQuery &query, const CurrencyDisplay &currency, qint64 asOf, int byUserTop)
{
    const Forecaster forecaster(db);
    QString out;
    auto month = forecaster.monthEnd(query.filter, asOf, query.tz);
    if (!month) {
        out += QStringLiteral("Month-end forecast: %1\n").arg(month.error().message);
    } else if (month->weeksOfHistory > 0) {
        out += QStringLiteral("Month-end forecast  %1: %2 spent, %3 projected (%4 to %5; from %6 weeks of history)\n")
                   .arg(QDateTime::fromSecsSinceEpoch(month->monthStart, query.tz).toString(QStringLiteral("yyyy-MM")),
                       currency.format(month->spent, 2), currency.format(qint64(month->projected), 2),
                       currency.format(qint64(month->low), 2), currency.format(qint64(month->high), 2))
                   .arg(month->weeksOfHistory);
    }
    if (byUserTop > 0) {
        auto users = forecaster.monthEndByUser(query.filter, asOf, query.tz, byUserTop);
        if (!users)
            out += QStringLiteral("Month-end forecast by user: %1\n").arg(users.error().message);
        else if (!users->isEmpty() && users->constFirst().weeksOfHistory > 0) {
            out += QStringLiteral("Month-end forecast by user (projected, interval, spent so far):\n");
            for (const SpendForecast &u : users.value())
                out += QStringLiteral("  %1  %2 (%3 to %4), %5 spent\n")
                           .arg(u.key, -24)
                           .arg(currency.format(qint64(u.projected), 2), currency.format(qint64(u.low), 2),
                               currency.format(qint64(u.high), 2), currency.format(u.spent, 2));
        }
    }
    auto balances = forecaster.balanceRunOut(query.filter.sourceIds, asOf);
    if (!balances)
        return out + QStringLiteral("Balance run-out: %1\n").arg(balances.error().message);
    for (const BalanceForecast &b : balances.value()) {
        out += QStringLiteral("Balance run-out     %1: %2 left, %3 a day, %4\n")
                   .arg(b.source, currency.format(qint64(b.remaining), 2), currency.format(qint64(b.burnPerDay), 2),
                       b.runOutAt ? QStringLiteral("runs out about %1").arg(isoDate(b.runOutAt, query.tz))
                                  : QStringLiteral("nothing spent in the last 7 days"));
    }
    return out;
}

QJsonObject forecastJson(sqlite3 *db, const ReportQuery &query, qint64 asOf, int byUserTop)
{
    const Forecaster forecaster(db);
    QJsonObject o;
    auto month = forecaster.monthEnd(query.filter, asOf, query.tz);
    if (month && month->weeksOfHistory > 0)
        o.insert(QStringLiteral("month_end"), monthEndJson(month.value(), query.tz));
    if (byUserTop > 0) {
        auto users = forecaster.monthEndByUser(query.filter, asOf, query.tz, byUserTop);
        QJsonArray list;
        if (users) {
            for (const SpendForecast &u : users.value()) {
                if (u.weeksOfHistory > 0)
                    list.append(monthEndJson(u, query.tz));
            }
        }
        o.insert(QStringLiteral("month_end_by_user"), list);
    }
    auto balances = forecaster.balanceRunOut(query.filter.sourceIds, asOf);
    if (balances) {
        QJsonArray list;
        for (const BalanceForecast &b : balances.value()) {
            QJsonObject e { { QStringLiteral("source"), b.source },
                { QStringLiteral("remaining_quota"), qint64(b.remaining) },
                { QStringLiteral("burn_quota_per_day"), qint64(b.burnPerDay) } };
            if (b.runOutAt)
                e.insert(QStringLiteral("runs_out"),
                    QDateTime::fromSecsSinceEpoch(b.runOutAt, Qt::UTC).toString(Qt::ISODate));
            list.append(e);
        }
        if (!list.isEmpty())
            o.insert(QStringLiteral("balances"), list);
    }
    return o;
}

} // namespace QuotaScope::Cli
