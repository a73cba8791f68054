#pragma once

#include "aggregate/aggregator.h"
#include "model/money.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace QuotaScope {

/**
 * The report and stat-card renderings shared by the CLI and the GUI's exports, so both print the same
 * numbers. JSON: {"granularity","tz","from","to","by","rows":[{"bucket","key","requests","quota",
 * "prompt_tokens","completion_tokens","cache_read_tokens","cache_write_tokens","total_tokens"}],"totals":{...}} plus "capped" and "note" when the range
 * held more buckets than a report builds; buckets and bounds are ISO 8601 with the zone's offset.
 */
namespace ReportFormat {

/// A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. For numbers and fixed labels.
QString csvField(const QString &s);
/// A CSV cell holding free text (names, content): csvFormulaSafe() (a quote before what a spreadsheet would run
/// as a formula), then quoted whenever it was changed.
QString csvTextField(const QString &s);
QJsonObject countersJson(const Counters &c);
/// An aligned text table: the first leftAligned columns left-aligned, the rest right-aligned.
QString textTable(const QStringList &header, const QList<QStringList> &rows, int leftAligned);
/// A count as the CLI prints it (no group separators).
QString number(qint64 v);
QJsonObject reportJson(const Report &report);
QByteArray reportCsv(const Report &report);
/// An aligned text table; quota also shown in the currency when one is given.
QString reportTable(const Report &report, const CurrencyDisplay *currency = nullptr);

QJsonObject statsJson(const StatCards &stats, const ReportQuery &query);
QString statsTable(const StatCards &stats, const ReportQuery &query, const CurrencyDisplay *currency = nullptr);

} // namespace ReportFormat
} // namespace QuotaScope
