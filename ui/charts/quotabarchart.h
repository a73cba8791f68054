#pragma once

#include "aggregate/aggregator.h"
#include "model/money.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QStackedBarSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Quota (in the display currency) per time bucket, stacked by model: the top N plus "Other". */
class QuotaBarChart : public QChartView
{
    Q_OBJECT
public:
    explicit QuotaBarChart(QWidget *parent = nullptr);

    /// Replaces everything: fresh bar sets built from whole lists, one per key.
    void setReport(const Report &report, const CurrencyDisplay &currency);

    /// What the chart draws, read back from its bar sets (for tests and accessibility).
    QStringList keys() const;
    QList<double> values(const QString &key) const;
    QList<qint64> buckets() const { return m_buckets; }

signals:
    void barClicked(const QString &key, qint64 bucketStart, qint64 bucketEnd);

private:
    QStackedBarSeries *m_series = nullptr;
    QList<qint64> m_buckets;
    qint64 m_rangeEnd = 0;
};

} // namespace QuotaScope
