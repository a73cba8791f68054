#pragma once

#include "aggregate/performance.h"
#include "aggregate/ranking.h"
#include "model/money.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace QuotaScope::InsightFormat {

/// "+12.5%", "-3.0%", "new" (nothing before), or "-" (nothing either time).
QString changeText(qint64 current, qint64 previous);
/// The values as eight-level block characters, scaled to their maximum.
QString sparkText(const QList<qint64> &values);

/**
 * Rankings: JSON {"by","metric","from","to","previous_from","tz","rows":[{"rank","key","requests","quota",
 * "total_tokens","prompt_tokens","completion_tokens","cache_read_tokens","cache_write_tokens","value",
 * "previous_value","share","change","sparkline":[...]}],"totals":{...}}; change is null without a previous value.
 */
QJsonObject rankingJson(const Ranking &ranking);
QByteArray rankingCsv(const Ranking &ranking);
QString rankingTable(const Ranking &ranking, const CurrencyDisplay *currency = nullptr);

/**
 * Cache and latency: JSON {"by","from","to","tz","rows":[row],"totals":row} with row {"key","requests","errors",
 * "error_rate","streams","stream_share","prompt_tokens","cache_read_tokens","cache_write_tokens","cache_hit_rate",
 * "saved_quota","use_time_p50_ms","use_time_p95_ms","frt_p50_ms","frt_p95_ms","frt_requests"}; percentiles are
 * null when nothing was measured.
 */
QJsonObject performanceRowJson(const PerformanceRow &row);
QJsonObject performanceJson(const Performance &performance);
QByteArray performanceCsv(const Performance &performance);
QString performanceTable(const Performance &performance, const CurrencyDisplay *currency = nullptr);
/// The stat-card lines `stats` adds for the view's totals: (label, value) pairs.
QList<QStringList> performanceStatRows(const PerformanceRow &totals, const CurrencyDisplay *currency = nullptr);

} // namespace QuotaScope::InsightFormat
