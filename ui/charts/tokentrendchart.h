#pragma once

#include "aggregate/aggregator.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Tokens per time bucket (prompt + completion, and totals the gateway did not split). */
class TokenTrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TokenTrendChart(QWidget *parent = nullptr);

    /// previous, when given, is drawn as a dashed line over the same bucket positions (the previous period).
    void setReport(const Report &report, const Report *previous = nullptr);
    /// The previous period's tokens per bucket as drawn; empty when there is no overlay.
    QList<double> previousValues() const;

    /// Tokens per bucket as drawn, in bucket order.
    QList<double> values() const;
    QList<qint64> buckets() const { return m_buckets; }

private:
    QLineSeries *m_series = nullptr;
    QLineSeries *m_previous = nullptr;
    QList<qint64> m_buckets;
    double m_scale = 1.0;
};

} // namespace QuotaScope
