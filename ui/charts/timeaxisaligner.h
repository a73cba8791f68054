#pragma once

#include <QObject>
#include <QPointer>

namespace QuotaScope {

class ChartView;

/**
 * Keeps two charts over the same buckets (the stacked bar and the trend line) on one horizontal time axis:
 * both plot areas get the same left and right edges, so a day sits under the same day whatever the width of
 * each chart's y-axis labels or legend.
 */
class TimeAxisAligner : public QObject
{
    Q_OBJECT
public:
    TimeAxisAligner(ChartView *upper, ChartView *lower, QObject *parent = nullptr);

    /// Lays both charts out now and aligns them (also used by the report, which has no event loop running).
    void alignNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    QPointer<ChartView> m_upper;
    QPointer<ChartView> m_lower;
    bool m_scheduled = false;
};

} // namespace QuotaScope
