#pragma once

#include "aggregate/aggregator.h"

#include "chartview.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Tokens per time bucket (prompt + completion, and totals the gateway did not split). */
class TokenTrendChart : public ChartView
{
    Q_OBJECT
public:
    explicit TokenTrendChart(QWidget *parent = nullptr);

    /// The line is solid over whole buckets and dashed into a partial first or a still-filling last bucket (see
    /// ChartStyle::partialBuckets; now 0: not known), so an unfinished bucket does not read as a plunge.
    /// previous, when given, is drawn as a dashed line over the same bucket positions (the previous period).
    void setReport(const Report &report, qint64 now = 0, const Report *previous = nullptr);
    /// The previous period's tokens per bucket as drawn; empty when there is no overlay.
    QList<double> previousValues() const;

    /// Tokens per bucket as drawn, in bucket order.
    QList<double> values() const;
    QList<qint64> buckets() const { return m_buckets; }
    QList<bool> partial() const { return m_partial; }
    /// The dashed segments as drawn: (first, last) bucket index of each.
    QList<QPair<int, int>> dashedSegments() const { return m_dashed; }

protected:
    /// And the previous period's dashed line: darker than the series on a light background, lighter on a dark one.
    void restyle() override;

private:
    QList<QPointF> m_points;
    QLineSeries *m_previous = nullptr;
    QList<qint64> m_buckets;
    QList<bool> m_partial;
    QList<QPair<int, int>> m_dashed;
    double m_scale = 1.0;
};

} // namespace QuotaScope
