#pragma once

#include "aggregate/aggregator.h"
#include "model/money.h"

#include "chartview.h"

QT_BEGIN_NAMESPACE
class QStackedBarSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Quota (in the display currency) per time bucket, stacked by model: the top N plus "Other". */
class QuotaBarChart : public ChartView
{
    Q_OBJECT
public:
    explicit QuotaBarChart(QWidget *parent = nullptr);

    /// Replaces everything: fresh bar sets built from whole lists, one per key. Buckets that cover only part of
    /// their time (see ChartStyle::partialBuckets; now is the clock, 0 when not known) are drawn lighter.
    void setReport(const Report &report, const CurrencyDisplay &currency, qint64 now = 0);

    /// What the chart draws, read back from its bar sets (for tests and accessibility).
    QStringList keys() const;
    QList<double> values(const QString &key) const;
    QList<qint64> buckets() const { return m_buckets; }
    /// Per bucket, whether it is drawn as incomplete.
    QList<bool> partial() const { return m_partial; }

signals:
    void barClicked(const QString &key, qint64 bucketStart, qint64 bucketEnd);

private:
    QStackedBarSeries *m_series = nullptr;
    QList<qint64> m_buckets;
    QList<bool> m_partial;
    qint64 m_rangeEnd = 0;
};

} // namespace QuotaScope
