#include "aggregate/reportformat.h"

#include "aggregate/timebuckets.h"
#include "ingest/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace QuotaScope::ReportFormat {

namespace {

QString renderTable(const QStringList &header, const QList<QStringList> &rows, int leftAligned)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], r[i].size());
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << (i < leftAligned ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]));
        return out.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    text += rule.join(QLatin1String("  ")) + QLatin1Char('\n');
    for (const QStringList &r : rows)
        text += line(r);
    return text;
}

} // namespace

QString number(qint64 v)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({});
    return c.toString(v);
}

QString textTable(const QStringList &header, const QList<QStringList> &rows, int leftAligned)
{
    return renderTable(header, rows, leftAligned);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString csvTextField(const QString &s)
{
    const QString safe = csvFormulaSafe(s);
    return safe == s ? csvField(s) : csvQuoted(safe);
}

QJsonObject countersJson(const Counters &c)
{
    return QJsonObject{{QStringLiteral("requests"), c.requests},
                       {QStringLiteral("quota"), c.quota},
                       {QStringLiteral("prompt_tokens"), c.promptTokens},
                       {QStringLiteral("completion_tokens"), c.completionTokens},
                       {QStringLiteral("cache_read_tokens"), c.cacheReadTokens},
                       {QStringLiteral("cache_write_tokens"), c.cacheWriteTokens},
                       {QStringLiteral("total_tokens"), c.totalTokens()}};
}

QJsonObject reportJson(const Report &report)
{
    const ReportQuery &q = report.query;
    QJsonArray rows;
    for (const ReportRow &r : report.rows) {
        QJsonObject o = countersJson(r.counters);
        o.insert(QStringLiteral("bucket"), TimeBuckets::isoLabel(r.bucket, q.tz));
        o.insert(QStringLiteral("key"), r.key);
        rows.append(o);
    }
    QJsonObject o{{QStringLiteral("granularity"), granularityName(q.granularity)},
                  {QStringLiteral("tz"), timeZoneName(q.tz)},
                  {QStringLiteral("from"), TimeBuckets::isoLabel(q.from, q.tz)},
                  {QStringLiteral("to"), TimeBuckets::isoLabel(q.to, q.tz)},
                  {QStringLiteral("by"), dimensionName(q.by)},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("totals"), countersJson(report.totals)}};
    if (report.capped) {
        o.insert(QStringLiteral("capped"), true);
        o.insert(QStringLiteral("note"), report.note);
    }
    return o;
}

QByteArray reportCsv(const Report &report)
{
    QString out = QStringLiteral("bucket,key,requests,quota,prompt_tokens,completion_tokens,total_tokens\n");
    for (const ReportRow &r : report.rows) {
        const Counters &c = r.counters;
        out += QStringList{TimeBuckets::isoLabel(r.bucket, report.query.tz), csvTextField(r.key),
                           QString::number(c.requests), QString::number(c.quota), QString::number(c.promptTokens),
                           QString::number(c.completionTokens), QString::number(c.totalTokens())}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString reportTable(const Report &report, const CurrencyDisplay *currency)
{
    QStringList header{QStringLiteral("bucket"), QStringLiteral("key"), QStringLiteral("requests"),
                       QStringLiteral("quota")};
    if (currency)
        header << QStringLiteral("cost");
    header << QStringLiteral("prompt") << QStringLiteral("completion") << QStringLiteral("total tokens");
    auto cells = [&](const QString &bucket, const QString &key, const Counters &c) {
        QStringList r{bucket, key, number(c.requests), number(c.quota)};
        if (currency)
            r << currency->format(c.quota);
        r << number(c.promptTokens) << number(c.completionTokens) << number(c.totalTokens());
        return r;
    };
    QList<QStringList> rows;
    for (const ReportRow &r : report.rows)
        rows << cells(TimeBuckets::isoLabel(r.bucket, report.query.tz), r.key, r.counters);
    rows << cells(QStringLiteral("total"), QString(), report.totals);
    QString text = renderTable(header, rows, 2);
    if (report.capped)
        text += QStringLiteral("note: ") + report.note + QLatin1Char('\n');
    return text;
}

QJsonObject statsJson(const StatCards &s, const ReportQuery &q)
{
    QJsonObject o = countersJson(s.totals);
    o.insert(QStringLiteral("from"), TimeBuckets::isoLabel(q.from, q.tz));
    o.insert(QStringLiteral("to"), TimeBuckets::isoLabel(q.to, q.tz));
    o.insert(QStringLiteral("tz"), timeZoneName(q.tz));
    o.insert(QStringLiteral("avg_rpm"), s.avgRpm);
    o.insert(QStringLiteral("avg_tpm"), s.avgTpm);
    o.insert(QStringLiteral("peak_rpm"), s.peakRpm);
    if (s.peakRpm > 0)
        o.insert(QStringLiteral("peak_rpm_at"), TimeBuckets::isoLabel(s.peakRpmAt, q.tz));
    o.insert(QStringLiteral("refunds"), s.refunds);
    o.insert(QStringLiteral("refund_quota"), s.refundQuota);
    o.insert(QStringLiteral("net_quota"), s.netQuota);
    o.insert(QStringLiteral("errors"), s.errors);
    o.insert(QStringLiteral("failure_rate"), s.failureRate);
    o.insert(QStringLiteral("estimated_requests"), s.estimatedRequests);
    o.insert(QStringLiteral("estimated_tokens"), s.estimatedTokens);
    return o;
}

QString statsTable(const StatCards &s, const ReportQuery &q, const CurrencyDisplay *currency)
{
    QList<QStringList> rows;
    auto add = [&](const QString &k, const QString &v) { rows << QStringList{k, v}; };
    add(QStringLiteral("range"), TimeBuckets::isoLabel(q.from, q.tz) + QStringLiteral(" .. ")
            + TimeBuckets::isoLabel(q.to, q.tz));
    add(QStringLiteral("requests"), number(s.totals.requests));
    add(QStringLiteral("quota"), number(s.totals.quota));
    if (currency)
        add(QStringLiteral("cost"), currency->format(s.totals.quota));
    add(QStringLiteral("prompt tokens"), number(s.totals.promptTokens));
    add(QStringLiteral("completion tokens"), number(s.totals.completionTokens));
    add(QStringLiteral("total tokens"), number(s.totals.totalTokens()));
    if (s.estimatedRequests > 0) {
        add(QStringLiteral("of which estimated"), number(s.estimatedTokens) + QStringLiteral(" tokens in ")
                + number(s.estimatedRequests) + QStringLiteral(" requests (from text, not counted)"));
    }
    add(QStringLiteral("avg RPM"), QString::number(s.avgRpm, 'f', 3));
    add(QStringLiteral("avg TPM"), QString::number(s.avgTpm, 'f', 3));
    add(QStringLiteral("peak RPM"), s.peakRpm < 0 ? QStringLiteral("unknown (hourly data only)")
                                                  : number(s.peakRpm) + (s.peakRpm > 0
                                                         ? QStringLiteral(" at ") + TimeBuckets::isoLabel(s.peakRpmAt, q.tz)
                                                         : QString()));
    add(QStringLiteral("refunds"), number(s.refunds) + QStringLiteral(" (quota ") + number(s.refundQuota)
            + QStringLiteral(")"));
    add(QStringLiteral("net quota"), number(s.netQuota));
    add(QStringLiteral("errors"), number(s.errors));
    add(QStringLiteral("failure rate"), QString::number(s.failureRate * 100.0, 'f', 2) + QLatin1Char('%'));
    return renderTable({QStringLiteral("stat"), QStringLiteral("value")}, rows, 1);
}

} // namespace QuotaScope::ReportFormat
