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

} // namespace

QString forecastText(sqlite3 *db, const ReportQuery &query, const CurrencyDisplay &currency, qint64 asOf)
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

QJsonObject forecastJson(sqlite3 *db, const ReportQuery &query, qint64 asOf)
{
    const Forecaster forecaster(db);
    QJsonObject o;
    auto month = forecaster.monthEnd(query.filter, asOf, query.tz);
    if (month && month->weeksOfHistory > 0) {
        o.insert(QStringLiteral("month_end"),
            QJsonObject { { QStringLiteral("month_start"), isoDate(month->monthStart, query.tz) },
                { QStringLiteral("spent_quota"), month->spent },
                { QStringLiteral("projected_quota"), qint64(month->projected) },
                { QStringLiteral("low_quota"), qint64(month->low) },
                { QStringLiteral("high_quota"), qint64(month->high) },
                { QStringLiteral("weeks_of_history"), month->weeksOfHistory } });
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
