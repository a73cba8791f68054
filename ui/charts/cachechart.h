#pragma once

#include "aggregate/performance.h"

#include "chartview.h"

QT_BEGIN_NAMESPACE
class QHorizontalBarSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Cache read and cache write tokens per key (model, channel or source), as horizontal bars. */
class CacheChart : public ChartView
{
    Q_OBJECT
public:
    explicit CacheChart(QWidget *parent = nullptr);

    /// Replaces everything with fresh bar sets (two: read and write), keys top to bottom by requests.
    void setPerformance(const Performance &performance);

    QStringList keys() const { return m_keys; } ///< as Performance::rows orders them
    /// Tokens per key as drawn: series 0 cache read, 1 cache write.
    QList<double> values(int series) const;

private:
    QHorizontalBarSeries *m_series = nullptr;
    QStringList m_keys;
    double m_scale = 1.0;
};

} // namespace QuotaScope
