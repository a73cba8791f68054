#pragma once

#include "model/money.h"
#include "model/query.h"

#include <QJsonObject>
#include <QString>

struct sqlite3;

namespace QuotaScope::Cli {

/// The month-end forecast (as of asOf, for the query's filter and zone) and each balance's run-out date, as lines
/// for the stats table; empty when there is nothing to forecast. Errors become a line too.
/// byUserTop > 0 adds the month-end forecast of each of the top users by projection (0: none).
QString forecastText(
    sqlite3 *db, const ReportQuery &query, const CurrencyDisplay &currency, qint64 asOf, int byUserTop = 0);
/// The same as JSON ({"month_end": {...}, "balances": [...], "month_end_by_user": [...]}), in quota.
QJsonObject forecastJson(sqlite3 *db, const ReportQuery &query, qint64 asOf, int byUserTop = 0);

} // namespace QuotaScope::Cli
