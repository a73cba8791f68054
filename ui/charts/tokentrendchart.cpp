#include "tokentrendchart.h"

#include "chartstyle.h"
#include "theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace QuotaScope {

TokenTrendChart::TokenTrendChart(QWidget *parent)
    : ChartView(parent)
{
    ChartStyle::applyBaseStyle(chart(), tr("Tokens over time"));
    chart()->legend()->hide();
    setAccessibleName(tr("Tokens over time"));
    restyle();
}

void TokenTrendChart::restyle()
{
    ChartView::restyle();
    if (!m_previous)
        return;
    const QColor series = ChartStyle::keyColor(0, false);
    QPen dashed(Theme::isDark(palette()) ? series.lighter(140) : series.darker(130));
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    m_previous->setPen(dashed);
}

void TokenTrendChart::setReport(const Report &report, qint64 now, const Report *previous)
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
    m_points.clear();
    m_points.reserve(m_buckets.size());
    for (int i = 0; i < m_buckets.size(); ++i)
        m_points.append(QPointF(i, perBucket.value(m_buckets.at(i)) / m_scale));

    // Whole buckets: a filled area with a solid line. The partial buckets at either end: a dashed line from the
    // nearest whole bucket, without fill.
    int first = 0;
    int last = int(m_points.size()) - 1;
    while (first <= last && m_partial.value(first))
        ++first;
    while (last >= first && m_partial.value(last))
        --last;
    const QColor color = ChartStyle::keyColor(0, false);
    QList<QAbstractSeries *> added;
    if (first <= last) {
        auto *upper = new QLineSeries;
        upper->setName(tr("Tokens"));
        auto *lower = new QLineSeries;
        QList<QPointF> top, base;
        for (int i = first; i <= last; ++i) {
            top.append(m_points.at(i));
            base.append(QPointF(m_points.at(i).x(), 0));
        }
        upper->replace(top);
        lower->replace(base);
        auto *area = new QAreaSeries(upper, lower);
        // The area series does not own its line series: without a parent they outlived every refresh's
        // removeAllSeries().
        upper->setParent(area);
        lower->setParent(area);
        QColor fill = color;
        fill.setAlpha(60);
        area->setBrush(fill);
        // The outline of the area would draw its sides down to zero: the line goes on top, on its own.
        area->setPen(Qt::NoPen);
        added.append(area);
        auto *line = new QLineSeries;
        line->replace(top);
        QPen pen(color);
        pen.setWidthF(2.0);
        line->setPen(pen);
        added.append(line);
    }
    m_dashed.clear();
    const auto addDashed = [&](int from, int to) {
        if (from < 0 || to >= m_points.size() || from >= to)
            return;
        auto *line = new QLineSeries;
        line->replace(m_points.mid(from, to - from + 1));
        QPen pen(color);
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        added.append(line);
        m_dashed.append({ from, to });
    };
    if (first > last) {
        addDashed(0, int(m_points.size()) - 1); // nothing whole: every bucket partial
    } else {
        addDashed(0, first);
        addDashed(last, int(m_points.size()) - 1);
    }
    // A lone partial bucket has no neighbour to draw a line from: mark it with a point.
    if (m_points.size() == 1 && m_partial.value(0)) {
        auto *dot = new QLineSeries;
        dot->replace(m_points);
        dot->setPointsVisible(true);
        dot->setColor(color);
        added.append(dot);
    }
    for (QAbstractSeries *series : std::as_const(added))
        c->addSeries(series);
    m_previous = nullptr;
    if (previous) {
        QList<QPointF> prevPoints;
        prevPoints.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            prevPoints.append(QPointF(i, before.at(i) / m_scale));
        m_previous = new QLineSeries;
        m_previous->setName(tr("Previous period"));
        m_previous->replace(prevPoints);
        c->addSeries(m_previous);
    }

    auto *x = ChartStyle::makeTimeAxis(m_buckets, report.query.tz, report.query.granularity, 10);
    x->setRange(-0.5, qMax(0.5, m_buckets.size() - 0.5));
    c->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, ChartStyle::niceMaximum(maxValue / m_scale));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(m_scale == 1e6 ? tr("million tokens") : m_scale == 1e3 ? tr("thousand tokens") : tr("tokens"));
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : std::as_const(added)) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (m_previous) {
        m_previous->attachAxis(x);
        m_previous->attachAxis(y);
        c->legend()->show();
        c->legend()->setAlignment(Qt::AlignTop);
        // Only the previous period gets an entry: the current period's lines say nothing the title does not.
        for (QAbstractSeries *series : std::as_const(added)) {
            for (QLegendMarker *marker : c->legend()->markers(series))
                marker->setVisible(false);
        }
    } else {
        c->legend()->hide();
    }
    setState(report.rows.isEmpty() ? State::Empty : State::Ready);
    restyle();
    emit contentChanged();
}

QList<double> TokenTrendChart::previousValues() const
{
    QList<double> out;
    if (!m_previous)
        return out;
    const auto points = m_previous->points();
    for (const QPointF &p : points)
        out.append(p.y() * m_scale);
    return out;
}

QList<double> TokenTrendChart::values() const
{
    QList<double> out;
    out.reserve(m_points.size());
    for (const QPointF &p : m_points)
        out.append(p.y() * m_scale);
    return out;
}

} // namespace QuotaScope
