#include "requestpiechart.h"

#include "chartstyle.h"

#include "insightmodels.h"

#include <QFontMetricsF>
#include <QPieLegendMarker>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>
#include <cmath>

namespace QuotaScope {

RequestPieChart::RequestPieChart(QWidget *parent)
    : ChartView(parent)
{
    ChartStyle::applyBaseStyle(chart(), tr("Requests by model"));
    chart()->legend()->setAlignment(Qt::AlignRight);
    setAccessibleName(tr("Requests by model"));
    restyle();
}

void RequestPieChart::setReport(const Report &report, const QStringList &colorKeys)
{
    QChart *c = chart();
    c->removeAllSeries();
    m_series = new QPieSeries;
    m_series->setHoleSize(0.38);
    m_series->setPieSize(0.9);
    const double total = double(report.totals.requests);
    QList<QPieSlice *> slices;
    // Keys first coloured by the other charts keep their colour here.
    const QStringList together = colorKeys + report.keys;
    c->setTitle(tr("Requests by %1").arg(dimensionLabel(report.query.by).toLower()));
    for (int k = 0; k < report.keys.size(); ++k) {
        const QString &key = report.keys.at(k);
        const bool other = key == Aggregator::otherKey();
        const double requests = double(report.keyTotal(key).requests);
        const QString name = other ? tr("Other") : key;
        const double share = total > 0 ? requests / total * 100.0 : 0.0;
        const QString shareText = QLocale().toString(share, 'f', 1);
        auto *slice = new QPieSlice(QStringLiteral("%1  %2%").arg(ChartStyle::legendLabel(name), shareText), requests);
        slice->setProperty("key", key);
        slice->setProperty("name", QStringLiteral("%1  %2%").arg(name, shareText));
        slice->setColor(ChartStyle::colorForKey(key, together));
        slices.append(slice);
    }
    m_series->append(slices);
    c->addSeries(m_series);
    connect(m_series, &QPieSeries::clicked, this,
        [this](QPieSlice *slice) { emit sliceClicked(slice->property("key").toString()); });
    connect(m_series, &QPieSeries::hovered, this, [](QPieSlice *slice, bool state) { slice->setExploded(state); });
    const auto markers = c->legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        if (auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker))
            ChartStyle::showFullNameOnHover(marker, pieMarker->slice()->property("name").toString());
    }
    setState(report.rows.isEmpty() ? State::Empty : State::Ready);
    restyle();
    placeLegend();
}

void RequestPieChart::restyle()
{
    ChartView::restyle();
    if (!m_series)
        return;
    const auto slices = m_series->slices();
    for (QPieSlice *slice : slices)
        slice->setBorderColor(palette().color(QPalette::Base));
}

void RequestPieChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLegend();
}

/// Qt's legend beside a chart gets at most 40 % of its width and cuts longer model names short. Placed here
/// instead, it is as wide as its longest entry: one column beside the pie, or one or two columns below it when
/// the chart is too narrow for both side by side.
void RequestPieChart::placeLegend()
{
    QChart *c = chart();
    QLegend *legend = c->legend();
    if (!m_series || m_series->count() == 0) {
        legend->attachToChart();
        c->setPlotArea(QRectF());
        return;
    }
    const QFontMetricsF fm(legend->font());
    qreal widest = 0;
    const auto slices = m_series->slices();
    for (const QPieSlice *slice : slices)
        widest = std::max(widest, fm.horizontalAdvance(slice->label()));
    // A legend entry: margin, marker, space, text, margin (see Qt's LegendMarkerItem), sized generously: an
    // estimate short of the real size would push the last entry into a column of its own.
    const qreal entryWidth = std::ceil(widest + fm.height() + 20);
    const qreal entryHeight = std::ceil(fm.height() + 12);
    const int entries = int(slices.size());

    const QMargins m = c->margins();
    const qreal top = m.top() + QFontMetricsF(c->titleFont()).height() + 8;
    const QRectF area(m.left(), top, c->size().width() - m.left() - m.right(), c->size().height() - top - m.bottom());
    if (area.width() <= 0 || area.height() <= 0)
        return;
    legend->detachFromChart();
    const qreal columnHeight = entries * entryHeight;
    const bool beside = area.width() - entryWidth >= std::min(area.height(), area.width() * 0.5)
        && area.height() >= columnHeight + 2 * entryHeight;
    if (beside) {
        legend->setAlignment(Qt::AlignLeft);
        const qreal legendTop = area.center().y() - columnHeight / 2;
        legend->setGeometry(QRectF(area.right() - entryWidth, legendTop, entryWidth, columnHeight + entryHeight));
        c->setPlotArea(area.adjusted(0, 0, -entryWidth, 0));
    } else {
        // Below the pie: two columns when they fit, else one; Qt fills a column and then starts the next.
        legend->setAlignment(Qt::AlignLeft);
        const int columns = area.width() >= 2 * entryWidth ? 2 : 1;
        const int rows = (entries + columns - 1) / columns;
        const qreal height = rows * entryHeight + entryHeight / 2;
        const qreal width = std::min(area.width(), columns * entryWidth);
        legend->setGeometry(QRectF(area.center().x() - width / 2, area.bottom() - height, width, height));
        c->setPlotArea(area.adjusted(0, 0, 0, -height));
    }
    legend->update();
}

QList<QPair<QString, double>> RequestPieChart::slices() const
{
    QList<QPair<QString, double>> out;
    if (!m_series)
        return out;
    const auto all = m_series->slices();
    for (const QPieSlice *s : all)
        out.append({ s->property("key").toString(), s->value() });
    return out;
}

} // namespace QuotaScope
