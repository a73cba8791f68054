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

    void setReport(const Report &report);

    /// Tokens per bucket as drawn, in bucket order.
    QList<double> values() const;
    QList<qint64> buckets() const { return m_buckets; }

private:
    QLineSeries *m_series = nullptr;
    QList<qint64> m_buckets;
    double m_scale = 1.0;
};

} // namespace QuotaScope
