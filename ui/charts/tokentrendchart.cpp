#include "tokentrendchart.h"

#include "chartstyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace QuotaScope {

TokenTrendChart::TokenTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    ChartStyle::applyBaseStyle(chart(), tr("Tokens over time"));
    chart()->legend()->hide();
    setAccessibleName(tr("Tokens over time"));
}

void TokenTrendChart::setReport(const Report &report, const Report *previous)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_buckets = report.buckets;
    QHash<qint64, double> perBucket;
    for (const ReportRow &row : report.rows)
        perBucket[row.bucket] += double(row.counters.totalTokens());
    double maxValue = 0;
    for (double v : std::as_const(perBucket))
        maxValue = qMax(maxValue, v);
    // The previous period's buckets, by position: its i-th bucket is drawn over this period's i-th.
    QList<double> before;
    if (previous) {
        QHash<qint64, double> prevPerBucket;
        for (const ReportRow &row : previous->rows)
            prevPerBucket[row.bucket] += double(row.counters.totalTokens());
        for (int i = 0; i < qMin(previous->buckets.size(), m_buckets.size()); ++i) {
            before.append(prevPerBucket.value(previous->buckets.at(i)));
            maxValue = qMax(maxValue, before.last());
        }
    }
    // Long digit strings crowd the axis: draw thousands or millions and say so in the axis title.
    m_scale = maxValue >= 2e6 ? 1e6 : maxValue >= 2e4 ? 1e3 : 1.0;
    QList<QPointF> points;
    points.reserve(m_buckets.size());
    for (int i = 0; i < m_buckets.size(); ++i)
        points.append(QPointF(i, perBucket.value(m_buckets.at(i)) / m_scale));
    m_series = new QLineSeries;
    m_series->setName(tr("Tokens"));
    m_series->replace(points);
    auto *lower = new QLineSeries;
    QList<QPointF> base;
    base.reserve(points.size());
    for (const QPointF &p : std::as_const(points))
        base.append(QPointF(p.x(), 0));
    lower->replace(base);
    auto *area = new QAreaSeries(m_series, lower);
    // The area series does not own its line series: without a parent they outlived every refresh's removeAllSeries().
    m_series->setParent(area);
    lower->setParent(area);
    const QColor color = ChartStyle::keyColor(0, false);
    QColor fill = color;
    fill.setAlpha(60);
    area->setBrush(fill);
    QPen pen(color);
    pen.setWidthF(2.0);
    area->setPen(pen);
    c->addSeries(area);
    m_previous = nullptr;
    if (previous) {
        QList<QPointF> prevPoints;
        prevPoints.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            prevPoints.append(QPointF(i, before.at(i) / m_scale));
        m_previous = new QLineSeries;
        m_previous->setName(tr("Previous period"));
        m_previous->replace(prevPoints);
        QPen dashed(ChartStyle::keyColor(0, false).darker(130));
        dashed.setWidthF(1.5);
        dashed.setStyle(Qt::DashLine);
        m_previous->setPen(dashed);
        c->addSeries(m_previous);
    }

    auto *x = ChartStyle::makeTimeAxis(m_buckets, report.query.tz, report.query.granularity, 10);
    x->setRange(-0.5, qMax(0.5, m_buckets.size() - 0.5));
    c->addAxis(x, Qt::AlignBottom);
    area->attachAxis(x);
    if (m_previous)
        m_previous->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, ChartStyle::niceMaximum(maxValue / m_scale));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(m_scale == 1e6 ? tr("million tokens") : m_scale == 1e3 ? tr("thousand tokens") : tr("tokens"));
    c->addAxis(y, Qt::AlignLeft);
    area->attachAxis(y);
    if (m_previous) {
        m_previous->attachAxis(y);
        c->legend()->show();
        c->legend()->setAlignment(Qt::AlignTop);
        // The area's own entry says nothing the title does not.
        for (QLegendMarker *marker : c->legend()->markers(area))
            marker->setVisible(false);
    } else {
        c->legend()->hide();
    }
}

namespace {
/// A line's values in tokens (the axis draws them divided by scale).
QList<double> unscaled(const QLineSeries *series, double scale)
{
    QList<double> out;
    if (!series)
        return out;
    const auto points = series->points();
    for (const QPointF &p : points)
        out.append(p.y() * scale);
    return out;
}
} // namespace

QList<double> TokenTrendChart::previousValues() const
{
    return unscaled(m_previous, m_scale);
}

QList<double> TokenTrendChart::values() const
{
    return unscaled(m_series, m_scale);
}

} // namespace QuotaScope
