#include "quotabarchart.h"

#include "chartstyle.h"

#include <QBarLegendMarker>
#include "insightmodels.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace QuotaScope {

QuotaBarChart::QuotaBarChart(QWidget *parent)
    : ChartView(parent)
{
    ChartStyle::applyBaseStyle(chart(), tr("Spend by model"));
    chart()->legend()->setAlignment(Qt::AlignRight);
    setAccessibleName(tr("Spend by model over time"));
    restyle();
}

void QuotaBarChart::restyle()
{
    ChartView::restyle();
    if (!m_projection)
        return;
    QPen dashed(palette().color(QPalette::Text));
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    m_projection->setPen(dashed);
}

void QuotaBarChart::setReport(
    const Report &report, const CurrencyDisplay &currency, qint64 now, const QList<QPair<qint64, double>> &projection)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }

    m_buckets = report.buckets;
    m_partial = ChartStyle::partialBuckets(report, now);
    QList<int> partialIndexes;
    for (int i = 0; i < m_partial.size(); ++i) {
        if (m_partial.at(i))
            partialIndexes.append(i);
    }
    m_rangeEnd = report.query.to;
    m_projection = nullptr;
    // The report's ranking metric is what the chart plots; spend in the display currency.
    const Metric metric = report.query.rankBy;
    const bool money = metric == Metric::Quota;
    // The projection's buckets after the report's extend the axis, with empty bars.
    const bool projected = money && !projection.isEmpty() && !m_buckets.isEmpty();
    if (projected) {
        for (const auto &p : projection) {
            if (p.first > m_buckets.constLast()) {
                m_buckets.append(p.first);
                m_partial.append(false);
            }
        }
    }
    c->setTitle(tr("%1 by %2").arg(metricLabel(metric), dimensionLabel(report.query.by).toLower()));
    QHash<qint64, int> bucketIndex;
    for (int i = 0; i < m_buckets.size(); ++i)
        bucketIndex.insert(m_buckets.at(i), i);
    QHash<QString, QList<qreal>> values;
    for (const QString &key : report.keys)
        values.insert(key, QList<qreal>(m_buckets.size(), 0.0));
    for (const ReportRow &row : report.rows) {
        auto it = values.find(row.key);
        const int i = bucketIndex.value(row.bucket, -1);
        if (it != values.end() && i >= 0)
            (*it)[i] += money ? currency.amount(row.counters.quota) : double(metricValue(row.counters, metric));
    }

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.85);
    QList<QBarSet *> sets;
    double maxStack = 0;
    QList<qreal> stack(m_buckets.size(), 0.0);
    for (int k = 0; k < report.keys.size(); ++k) {
        const QString &key = report.keys.at(k);
        const bool other = key == Aggregator::otherKey();
        const QString name = other ? tr("Other") : key;
        auto *set = new QBarSet(ChartStyle::legendLabel(name));
        set->setProperty("key", key);
        set->setProperty("name", name);
        set->append(values.value(key));
        const QColor color = ChartStyle::colorForKey(key, report.keys);
        set->setColor(color);
        set->setBorderColor(color);
        // Qt 6.4 colours single bars only through selection: the incomplete buckets are the selected ones.
        set->setSelectedColor(ChartStyle::incompleteColor(color));
        set->selectBars(partialIndexes);
        sets.append(set);
        const QList<qreal> &v = values[key];
        for (int i = 0; i < v.size(); ++i)
            stack[i] += v.at(i);
    }
    for (qreal s : std::as_const(stack))
        maxStack = qMax(maxStack, double(s));
    m_series->append(sets);
    c->addSeries(m_series);
    if (projected) {
        m_projection = new QLineSeries;
        m_projection->setName(tr("Projected"));
        QList<QPointF> points;
        for (const auto &p : projection) {
            const int i = bucketIndex.value(p.first, -1);
            if (i < 0)
                continue;
            const double amount = currency.amount(qint64(p.second));
            points.append(QPointF(i, amount));
            maxStack = qMax(maxStack, amount);
        }
        m_projection->replace(points);
        c->addSeries(m_projection);
    }

    auto *x = ChartStyle::makeTimeAxis(m_buckets, report.query.tz, report.query.granularity, 10);
    c->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    if (m_projection)
        m_projection->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, ChartStyle::niceMaximum(maxStack));
    y->applyNiceNumbers();
    const QString symbol = QString(currency.symbol()).replace(QLatin1Char('%'), QLatin1String("%%"));
    y->setLabelFormat(!money || currency.type == CurrencyDisplay::Type::Tokens ? QStringLiteral("%.0f")
            : maxStack >= 100                                        ? symbol + QStringLiteral("%.0f")
                                                                     : symbol + QStringLiteral("%.2f"));
    y->setTitleText(!money                                             ? metricLabel(metric)
            : currency.type == CurrencyDisplay::Type::Tokens ? tr("Quota")
                                                             : CurrencyDisplay::typeName(currency.type));
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);
    if (m_projection)
        m_projection->attachAxis(y);

    const auto markers = c->legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker))
            ChartStyle::showFullNameOnHover(marker, barMarker->barset()->property("name").toString());
    }
    setState(report.rows.isEmpty() ? State::Empty : State::Ready);
    restyle();
    emit contentChanged();

    connect(m_series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        if (index < 0 || index >= m_buckets.size())
            return;
        const qint64 end = index + 1 < m_buckets.size() ? m_buckets.at(index + 1) : m_rangeEnd;
        emit barClicked(set->property("key").toString(), m_buckets.at(index), end);
    });
}

QList<QPair<qint64, double>> QuotaBarChart::projection() const
{
    QList<QPair<qint64, double>> out;
    if (!m_projection)
        return out;
    const auto points = m_projection->points();
    for (const QPointF &p : points) {
        const int i = int(qRound(p.x()));
        if (i >= 0 && i < m_buckets.size())
            out.append({ m_buckets.at(i), p.y() });
    }
    return out;
}

QStringList QuotaBarChart::keys() const
{
    QStringList out;
    if (!m_series)
        return out;
    const auto sets = m_series->barSets();
    for (const QBarSet *set : sets)
        out.append(set->property("key").toString());
    return out;
}

QList<double> QuotaBarChart::values(const QString &key) const
{
    QList<double> out;
    if (!m_series)
        return out;
    const auto sets = m_series->barSets();
    for (const QBarSet *set : sets) {
        if (set->property("key").toString() != key)
            continue;
        for (int i = 0; i < set->count(); ++i)
            out.append(set->at(i));
    }
    return out;
}

} // namespace QuotaScope
