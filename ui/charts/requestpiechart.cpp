#include "requestpiechart.h"

#include "chartstyle.h"

#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace QuotaScope {

RequestPieChart::RequestPieChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    ChartStyle::applyBaseStyle(chart(), tr("Requests by model"));
    chart()->legend()->setAlignment(Qt::AlignRight);
    setAccessibleName(tr("Requests by model"));
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
    int extraColor = int(colorKeys.size());
    for (int k = 0; k < report.keys.size(); ++k) {
        const QString &key = report.keys.at(k);
        const bool other = key == Aggregator::otherKey();
        const double requests = double(report.keyTotal(key).requests);
        const QString name = other ? tr("Other") : key;
        const double share = total > 0 ? requests / total * 100.0 : 0.0;
        auto *slice = new QPieSlice(QStringLiteral("%1  %2%").arg(name, QLocale().toString(share, 'f', 1)), requests);
        slice->setProperty("key", key);
        const int colorIndex = colorKeys.contains(key) ? int(colorKeys.indexOf(key)) : extraColor++;
        slice->setColor(ChartStyle::keyColor(colorIndex, other));
        slice->setBorderColor(Qt::white);
        slices.append(slice);
    }
    m_series->append(slices);
    c->addSeries(m_series);
    connect(m_series, &QPieSeries::clicked, this,
        [this](QPieSlice *slice) { emit sliceClicked(slice->property("key").toString()); });
    connect(m_series, &QPieSeries::hovered, this, [](QPieSlice *slice, bool state) { slice->setExploded(state); });
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
