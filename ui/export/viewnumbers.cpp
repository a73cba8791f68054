#include "viewnumbers.h"

#include "aggregate/reportformat.h"
#include "aggregate/timebuckets.h"
#include "charts/quotabarchart.h"
#include "charts/requestpiechart.h"
#include "charts/tokentrendchart.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace QuotaScope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ViewNumbers", text);
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

struct FilterList
{
    const char *key;
    const char *label;
    QStringList Filter::*list;
};
const FilterList filterLists[] = { { "users", QT_TRANSLATE_NOOP("ViewNumbers", "Users"), &Filter::users },
    { "tokens", QT_TRANSLATE_NOOP("ViewNumbers", "Tokens"), &Filter::tokens },
    { "models", QT_TRANSLATE_NOOP("ViewNumbers", "Models"), &Filter::models },
    { "channels", QT_TRANSLATE_NOOP("ViewNumbers", "Channels"), &Filter::channels },
    { "groups", QT_TRANSLATE_NOOP("ViewNumbers", "Groups"), &Filter::groups } };

} // namespace

QString rangeText(qint64 from, qint64 to, const QTimeZone &tz)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return QStringLiteral("%1 – %2").arg(QDateTime::fromSecsSinceEpoch(from, tz).toString(format),
        QDateTime::fromSecsSinceEpoch(to, tz).toString(format));
}

ViewNumbers ViewNumbers::fromCharts(const DashboardData &data, const Filter &filter, const ViewContext &context,
    const QuotaBarChart *quota, const RequestPieChart *requests, const TokenTrendChart *tokens)
{
    ViewNumbers n;
    n.data = data;
    n.filter = filter;
    n.context = context;
    if (quota) {
        ChartNumbers c;
        c.id = QStringLiteral("spend_by_model");
        c.title = quota->chart()->title();
        c.unit = CurrencyDisplay::typeName(data.currency.type);
        c.buckets = quota->buckets();
        c.keys = quota->keys();
        for (const QString &key : std::as_const(c.keys))
            c.values.append(quota->values(key));
        n.charts.append(c);
    }
    if (requests) {
        ChartNumbers c;
        c.id = QStringLiteral("requests_by_model");
        c.title = requests->chart()->title();
        c.unit = QStringLiteral("requests");
        const auto slices = requests->slices();
        for (const auto &s : slices) {
            c.keys.append(s.first);
            c.values.append(QList<double> { s.second });
        }
        n.charts.append(c);
    }
    if (tokens) {
        ChartNumbers c;
        c.id = QStringLiteral("tokens");
        c.title = tokens->chart()->title();
        c.unit = QStringLiteral("tokens");
        c.buckets = tokens->buckets();
        c.keys = { QStringLiteral("tokens") };
        c.values = { tokens->values() };
        n.charts.append(c);
    }
    return n;
}

QList<QPair<QString, QString>> ViewNumbers::header() const
{
    const QTimeZone tz = data.quotaByModel.query.tz;
    QList<QPair<QString, QString>> lines;
    if (!context.title.isEmpty())
        lines.append({ tr("Report"), context.title });
    lines.append({ tr("Source"),
        context.sourceNames.isEmpty() ? tr("All sources") : context.sourceNames.join(QStringLiteral(", ")) });
    lines.append({ tr("Range"), rangeText(data.from, data.to, tz) });
    lines.append({ tr("Time zone"), timeZoneName(tz) });
    lines.append({ tr("Granularity"), granularityName(data.granularity) });
    for (const FilterList &f : filterLists) {
        const QStringList &values = filter.*f.list;
        if (!values.isEmpty())
            lines.append({ tr(f.label), values.join(QStringLiteral(", ")) });
    }
    QStringList types;
    for (int t : filter.types)
        types.append(QString::number(t));
    lines.append({ tr("Log types"), types.isEmpty() ? tr("all") : types.join(QStringLiteral(", ")) });
    lines.append({ tr("Currency"), CurrencyDisplay::typeName(data.currency.type) });
    if (context.generatedAt > 0)
        lines.append({ tr("Generated"), TimeBuckets::isoLabel(context.generatedAt, tz) });
    return lines;
}

QJsonObject ViewNumbers::toJson() const
{
    const QTimeZone tz = data.quotaByModel.query.tz;
    QJsonObject filters;
    filters.insert(QStringLiteral("sources"), QJsonArray::fromStringList(context.sourceNames));
    for (const FilterList &f : filterLists)
        filters.insert(QLatin1String(f.key), QJsonArray::fromStringList(filter.*f.list));
    QJsonArray types;
    for (int t : filter.types)
        types.append(t);
    filters.insert(QStringLiteral("types"), types);
    QJsonObject view { { QStringLiteral("title"), context.title },
        { QStringLiteral("from"), TimeBuckets::isoLabel(data.from, tz) },
        { QStringLiteral("to"), TimeBuckets::isoLabel(data.to, tz) }, { QStringLiteral("tz"), timeZoneName(tz) },
        { QStringLiteral("granularity"), granularityName(data.granularity) },
        { QStringLiteral("currency"), CurrencyDisplay::typeName(data.currency.type) },
        { QStringLiteral("filters"), filters } };
    QJsonArray chartArray;
    for (const ChartNumbers &c : charts) {
        QJsonArray buckets;
        for (qint64 b : c.buckets)
            buckets.append(TimeBuckets::isoLabel(b, tz));
        QJsonArray series;
        for (int k = 0; k < c.keys.size(); ++k) {
            QJsonArray values;
            for (double v : c.values.value(k))
                values.append(v);
            series.append(
                QJsonObject { { QStringLiteral("key"), c.keys.at(k) }, { QStringLiteral("values"), values } });
        }
        QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("title"), c.title },
            { QStringLiteral("unit"), c.unit }, { QStringLiteral("series"), series } };
        if (!c.buckets.isEmpty())
            o.insert(QStringLiteral("buckets"), buckets);
        chartArray.append(o);
    }
    QJsonObject out { { QStringLiteral("view"), view },
        { QStringLiteral("stats"), ReportFormat::statsJson(data.stats, data.quotaByModel.query) },
        { QStringLiteral("charts"), chartArray } };
    if (context.generatedAt > 0)
        out.insert(QStringLiteral("generated_at"), TimeBuckets::isoLabel(context.generatedAt, tz));
    return out;
}

QByteArray ViewNumbers::toCsv() const
{
    const QTimeZone tz = data.quotaByModel.query.tz;
    QString out;
    const auto lines = header();
    for (const auto &line : lines)
        out += QStringLiteral("# %1: %2\n")
                   .arg(line.first, QString(line.second).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    out += QStringLiteral("chart,unit,bucket,key,value\n");
    for (const ChartNumbers &c : charts) {
        for (int k = 0; k < c.keys.size(); ++k) {
            const QList<double> values = c.values.value(k);
            for (int i = 0; i < values.size(); ++i) {
                const QString bucket = c.buckets.isEmpty() ? QString() : TimeBuckets::isoLabel(c.buckets.value(i), tz);
                out += QStringList { c.id, ReportFormat::csvField(c.unit), bucket,
                    ReportFormat::csvTextField(c.keys.at(k)), number(values.at(i)) }
                           .join(QLatin1Char(','));
                out += QLatin1Char('\n');
            }
        }
    }
    return out.toUtf8();
}

} // namespace QuotaScope
