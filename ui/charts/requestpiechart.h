#pragma once

#include "aggregate/aggregator.h"

#include "chartview.h"

QT_BEGIN_NAMESPACE
class QPieSeries;
QT_END_NAMESPACE

namespace QuotaScope {

/** Requests by model over the whole range: the top N plus "Other". */
class RequestPieChart : public ChartView
{
    Q_OBJECT
public:
    explicit RequestPieChart(QWidget *parent = nullptr);

    /// colorKeys: the keys in the order whose colours the other charts use, so a model keeps its colour.
    void setReport(const Report &report, const QStringList &colorKeys = {});

    /// (key, requests) per slice as drawn, in order.
    QList<QPair<QString, double>> slices() const;

signals:
    void sliceClicked(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void restyle() override; ///< and the slices' borders, in the background colour

private:
    void placeLegend();

    QPieSeries *m_series = nullptr;
};

} // namespace QuotaScope
