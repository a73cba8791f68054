#pragma once

#include "insightmodels.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace QuotaScope {

class CacheChart;

/**
 * Prompt caching and latency: cards for the whole view (hit rate, saved money, p50/p95 of use time and first
 * response, stream share, error rate), a chart of cache read and write tokens per key, and a table per model or
 * channel.
 */
class CacheLatencyView : public QWidget
{
    Q_OBJECT
public:
    enum Card { HitRate, Saved, UseTime, FirstResponse, StreamShare, ErrorRate, CardCount };

    explicit CacheLatencyView(QWidget *parent = nullptr);

    Dimension dimension() const; ///< Model or Channel
    void setDimension(Dimension d);
    void setPerformance(const Performance &performance, const CurrencyDisplay &currency);
    /// Shows reason in place of the cards, chart and table (empty: shows them again), for a view that cannot be
    /// answered, such as live mode, which has no latency bins.
    void setUnavailable(const QString &reason);
    QString unavailableReason() const; ///< empty while the view is shown

    PerformanceModel *model() const { return m_model; }
    CacheChart *chart() const { return m_chart; }
    QString cardValue(Card card) const;

signals:
    void dimensionChanged(Dimension d);

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_unavailable = nullptr;
    QComboBox *m_dimension = nullptr;
    QList<QLabel *> m_values;
    CacheChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    PerformanceModel *m_model = nullptr;
};

} // namespace QuotaScope
