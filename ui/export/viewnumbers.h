#pragma once

#include "aggregate/aggregator.h"
#include "dashboardquery.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace QuotaScope {

class QuotaBarChart;
class RequestPieChart;
class TokenTrendChart;

/** What a view shows besides its numbers: where they come from and which filters made them. */
struct ViewContext
{
    QString title; ///< the report's heading
    QStringList sourceNames; ///< the sources shown; empty: every source
    qint64 generatedAt = 0; ///< UTC seconds
};

/** One chart's numbers as drawn: a value per (key, bucket), or per key when the chart has no time axis. */
struct ChartNumbers
{
    QString id; ///< "spend_by_model", "requests_by_model", "tokens"
    QString title; ///< the chart's title as shown
    QString unit; ///< "USD", "requests", "tokens", ...
    QList<qint64> buckets;
    QStringList keys;
    QList<QList<double>> values; ///< values[key][bucket]; one value per key without buckets
};

/** The numbers of the dashboard's current view, read back from its charts so an export says what they draw. */
struct ViewNumbers
{
    DashboardData data;
    Filter filter;
    ViewContext context;
    QList<ChartNumbers> charts;

    static ViewNumbers fromCharts(const DashboardData &data, const Filter &filter, const ViewContext &context,
        const QuotaBarChart *quota, const RequestPieChart *requests, const TokenTrendChart *tokens);

    /// (label, value) lines for a header: title, sources, range, time zone, granularity, each filter, currency.
    QList<QPair<QString, QString>> header() const;
    /// {"view": {...range, tz, filters}, "generated_at", "stats": {...}, "charts": [{id, title, unit, buckets,
    /// series: [{key, values}]}]}; buckets and bounds as ISO 8601 in the view's zone.
    QJsonObject toJson() const;
    /// "# label: value" header lines, then chart,bucket,key,value rows (bucket empty for a chart without time).
    QByteArray toCsv() const;
};

/// "2026-11-01 00:00 – 2026-12-01 00:00" in tz.
QString rangeText(qint64 from, qint64 to, const QTimeZone &tz);

} // namespace QuotaScope
