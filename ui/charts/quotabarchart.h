#pragma once

#include "aggregate/aggregator.h"
#include "model/money.h"

#include "chartview.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
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
    /// projection (spend metric only): expected quota per bucket to the month's end, drawn as a dashed line; its
    /// buckets after the report's last one are added to the axis (see DashboardData::projection).
    void setReport(const Report &report, const CurrencyDisplay &currency, qint64 now = 0,
        const QList<QPair<qint64, double>> &projection = {});
    /// The dashed projection as drawn: (bucket start, amount in the display currency); empty when none.
    QList<QPair<qint64, double>> projection() const;

    /// What the chart draws, read back from its bar sets (for tests and accessibility).
    QStringList keys() const;
    QList<double> values(const QString &key) const;
    QList<qint64> buckets() const { return m_buckets; }
    /// Per bucket, whether it is drawn as incomplete.
    QList<bool> partial() const { return m_partial; }

signals:
    void barClicked(const QString &key, qint64 bucketStart, qint64 bucketEnd);

protected:
    void restyle() override; ///< and the projection's dashed line, in the text colour

private:
    QStackedBarSeries *m_series = nullptr;
    QLineSeries *m_projection = nullptr;
    QList<qint64> m_buckets;
    QList<bool> m_partial;
    qint64 m_rangeEnd = 0;
};

} // namespace QuotaScope
