#include "aggregate/insightformat.h"

#include "aggregate/reportformat.h"
#include "aggregate/timebuckets.h"

#include <QJsonArray>

#include <cmath>

namespace QuotaScope::InsightFormat {

namespace {

QString percent(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 0);
}

QJsonValue msJson(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(std::round(value * 10.0) / 10.0);
}

QJsonObject rangeJson(const ReportQuery &q)
{
    return QJsonObject { { QStringLiteral("by"), dimensionName(q.by) },
        { QStringLiteral("from"), TimeBuckets::isoLabel(q.from, q.tz) },
        { QStringLiteral("to"), TimeBuckets::isoLabel(q.to, q.tz) }, { QStringLiteral("tz"), timeZoneName(q.tz) } };
}

QJsonObject rankingCounters(const Counters &c)
{
    return QJsonObject { { QStringLiteral("requests"), c.requests }, { QStringLiteral("quota"), c.quota },
        { QStringLiteral("total_tokens"), c.totalTokens() }, { QStringLiteral("prompt_tokens"), c.promptTokens },
        { QStringLiteral("completion_tokens"), c.completionTokens },
        { QStringLiteral("cache_read_tokens"), c.cacheReadTokens },
        { QStringLiteral("cache_write_tokens"), c.cacheWriteTokens } };
}

} // namespace

QString changeText(qint64 current, qint64 previous)
{
    if (previous == 0)
        return current == 0 ? QStringLiteral("-") : QStringLiteral("new");
    const double change = Ranking::change(current, previous);
    return (change >= 0 ? QStringLiteral("+") : QString()) + percent(change);
}

QString sparkText(const QList<qint64> &values)
{
    static const QString levels = QStringLiteral("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588");
    qint64 max = 0;
    for (qint64 v : values)
        max = qMax(max, v);
    QString out;
    for (qint64 v : values) {
        const int level = max > 0 && v > 0 ? int(std::ceil(double(v) / double(max) * 8.0)) - 1 : -1;
        out += level < 0 ? QLatin1Char(' ') : levels.at(qBound(0, level, 7));
    }
    return out;
}

QJsonObject rankingJson(const Ranking &r)
{
    const Metric m = r.query.rankBy;
    QJsonObject o = rangeJson(r.query);
    o.insert(QStringLiteral("metric"), metricName(m));
    o.insert(QStringLiteral("previous_from"), TimeBuckets::isoLabel(r.previousFrom, r.query.tz));
    QJsonArray rows;
    for (int i = 0; i < r.rows.size(); ++i) {
        const RankingRow &row = r.rows[i];
        QJsonObject j = rankingCounters(row.current);
        j.insert(QStringLiteral("rank"), i + 1);
        j.insert(QStringLiteral("key"), row.key);
        const qint64 now = metricValue(row.current, m), before = metricValue(row.previous, m);
        j.insert(QStringLiteral("value"), now);
        j.insert(QStringLiteral("previous_value"), before);
        j.insert(QStringLiteral("share"), row.share);
        const double change = Ranking::change(now, before);
        j.insert(QStringLiteral("change"), std::isnan(change) ? QJsonValue() : QJsonValue(change));
        QJsonArray spark;
        for (qint64 v : row.sparkline)
            spark.append(v);
        j.insert(QStringLiteral("sparkline"), spark);
        rows.append(j);
    }
    o.insert(QStringLiteral("rows"), rows);
    QJsonObject totals = rankingCounters(r.totals);
    totals.insert(QStringLiteral("value"), metricValue(r.totals, m));
    totals.insert(QStringLiteral("previous_value"), metricValue(r.previousTotals, m));
    o.insert(QStringLiteral("totals"), totals);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

QByteArray rankingCsv(const Ranking &r)
{
    const Metric m = r.query.rankBy;
    QString out = QStringLiteral("rank,key,requests,quota,total_tokens,value,previous_value,share,change\n");
    for (int i = 0; i < r.rows.size(); ++i) {
        const RankingRow &row = r.rows[i];
        const qint64 now = metricValue(row.current, m), before = metricValue(row.previous, m);
        const double change = Ranking::change(now, before);
        out += QStringList { QString::number(i + 1), ReportFormat::csvTextField(row.key),
            QString::number(row.current.requests), QString::number(row.current.quota),
            QString::number(row.current.totalTokens()), QString::number(now), QString::number(before),
            QString::number(row.share, 'g', 6), std::isnan(change) ? QString() : QString::number(change, 'g', 6) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString rankingTable(const Ranking &r, const CurrencyDisplay *currency)
{
    const Metric m = r.query.rankBy;
    QStringList header { QStringLiteral("#"), dimensionName(r.query.by), QStringLiteral("requests"),
        QStringLiteral("quota") };
    if (currency)
        header << QStringLiteral("cost");
    header << QStringLiteral("tokens") << QStringLiteral("share") << QStringLiteral("change")
           << QStringLiteral("trend");
    QList<QStringList> rows;
    for (int i = 0; i < r.rows.size(); ++i) {
        const RankingRow &row = r.rows[i];
        QStringList cells { QString::number(i + 1), row.key, ReportFormat::number(row.current.requests),
            ReportFormat::number(row.current.quota) };
        if (currency)
            cells << currency->format(row.current.quota);
        cells << ReportFormat::number(row.current.totalTokens()) << percent(row.share)
              << changeText(metricValue(row.current, m), metricValue(row.previous, m)) << sparkText(row.sparkline);
        rows << cells;
    }
    QString text
        = QStringLiteral("ranked by %1, %2 .. %3; change against %4 .. %2\n")
              .arg(metricName(m), TimeBuckets::isoLabel(r.query.from, r.query.tz),
                  TimeBuckets::isoLabel(r.query.to, r.query.tz), TimeBuckets::isoLabel(r.previousFrom, r.query.tz));
    text += ReportFormat::textTable(header, rows, 2);
    if (!r.note.isEmpty())
        text += QStringLiteral("note: ") + r.note + QLatin1Char('\n');
    return text;
}

QJsonObject performanceRowJson(const PerformanceRow &row)
{
    return QJsonObject { { QStringLiteral("key"), row.key }, { QStringLiteral("requests"), row.requests },
        { QStringLiteral("errors"), row.errors }, { QStringLiteral("error_rate"), row.errorRate() },
        { QStringLiteral("streams"), row.streams }, { QStringLiteral("stream_share"), row.streamShare() },
        { QStringLiteral("prompt_tokens"), row.counters.promptTokens },
        { QStringLiteral("cache_read_tokens"), row.counters.cacheReadTokens },
        { QStringLiteral("cache_write_tokens"), row.counters.cacheWriteTokens },
        { QStringLiteral("cache_hit_rate"), row.hitRate() }, { QStringLiteral("saved_quota"), row.savedQuota },
        { QStringLiteral("use_time_p50_ms"), msJson(row.useTime.p50) },
        { QStringLiteral("use_time_p95_ms"), msJson(row.useTime.p95) },
        { QStringLiteral("frt_p50_ms"), msJson(row.firstResponse.p50) },
        { QStringLiteral("frt_p95_ms"), msJson(row.firstResponse.p95) },
        { QStringLiteral("frt_requests"), row.firstResponse.count } };
}

QJsonObject performanceJson(const Performance &p)
{
    QJsonObject o = rangeJson(p.query);
    QJsonArray rows;
    for (const PerformanceRow &row : p.rows)
        rows.append(performanceRowJson(row));
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("totals"), performanceRowJson(p.totals));
    return o;
}

QByteArray performanceCsv(const Performance &p)
{
    QString out = QStringLiteral("key,requests,errors,error_rate,stream_share,prompt_tokens,cache_read_tokens,"
                                 "cache_write_tokens,cache_hit_rate,saved_quota,use_time_p50_ms,use_time_p95_ms,"
                                 "frt_p50_ms,frt_p95_ms\n");
    const auto msCell = [](double v) { return v < 0 ? QString() : QString::number(v, 'f', 1); };
    for (const PerformanceRow &row : p.rows) {
        out += QStringList { ReportFormat::csvTextField(row.key), QString::number(row.requests),
            QString::number(row.errors), QString::number(row.errorRate(), 'g', 6),
            QString::number(row.streamShare(), 'g', 6), QString::number(row.counters.promptTokens),
            QString::number(row.counters.cacheReadTokens), QString::number(row.counters.cacheWriteTokens),
            QString::number(row.hitRate(), 'g', 6), QString::number(row.savedQuota), msCell(row.useTime.p50),
            msCell(row.useTime.p95), msCell(row.firstResponse.p50), msCell(row.firstResponse.p95) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString performanceTable(const Performance &p, const CurrencyDisplay *currency)
{
    QStringList header { dimensionName(p.query.by), QStringLiteral("requests"), QStringLiteral("errors"),
        QStringLiteral("stream"), QStringLiteral("cache read"), QStringLiteral("hit rate"), QStringLiteral("saved"),
        QStringLiteral("p50 ms"), QStringLiteral("p95 ms"), QStringLiteral("frt p50"), QStringLiteral("frt p95") };
    QList<QStringList> rows;
    auto cells = [&](const PerformanceRow &row, const QString &key) {
        return QStringList { key, ReportFormat::number(row.requests), percent(row.errorRate()),
            percent(row.streamShare()), ReportFormat::number(row.counters.cacheReadTokens), percent(row.hitRate()),
            currency ? currency->format(row.savedQuota) : ReportFormat::number(row.savedQuota), ms(row.useTime.p50),
            ms(row.useTime.p95), ms(row.firstResponse.p50), ms(row.firstResponse.p95) };
    };
    for (const PerformanceRow &row : p.rows)
        rows << cells(row, row.key);
    rows << cells(p.totals, QStringLiteral("total"));
    return ReportFormat::textTable(header, rows, 1)
        + QStringLiteral("errors: error logs / (error + consumption logs); p50/p95 from log-spaced bins, within "
                         "4.4%\n");
}

QList<QStringList> performanceStatRows(const PerformanceRow &t, const CurrencyDisplay *currency)
{
    return {
        { QStringLiteral("cache read tokens"), ReportFormat::number(t.counters.cacheReadTokens) },
        { QStringLiteral("cache write tokens"), ReportFormat::number(t.counters.cacheWriteTokens) },
        { QStringLiteral("cache hit rate"), percent(t.hitRate()) },
        { QStringLiteral("cache saved"),
            ReportFormat::number(t.savedQuota)
                + (currency ? QStringLiteral(" (") + currency->format(t.savedQuota) + QLatin1Char(')') : QString()) },
        { QStringLiteral("stream share"), percent(t.streamShare()) },
        { QStringLiteral("use time p50/p95 ms"), ms(t.useTime.p50) + QLatin1Char('/') + ms(t.useTime.p95) },
        { QStringLiteral("first response p50/p95 ms"),
            ms(t.firstResponse.p50) + QLatin1Char('/') + ms(t.firstResponse.p95) },
    };
}

} // namespace QuotaScope::InsightFormat
