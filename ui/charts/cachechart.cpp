#include "cachechart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace QuotaScope {

namespace {
constexpr int MaxKeys = 12; // bars stay readable
}

CacheChart::CacheChart(QWidget *parent)
    : ChartView(parent)
{
    ChartStyle::applyBaseStyle(chart(), tr("Prompt cache tokens"));
    setAccessibleName(tr("Prompt cache tokens"));
    restyle();
}

void CacheChart::setPerformance(const Performance &performance)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_keys.clear();
    QStringList axisKeys;
    QList<qreal> read, write;
    double max = 0;
    // Bottom to top in a horizontal bar chart: the busiest key goes last so it is drawn on top.
    const int n = int(qMin<qsizetype>(MaxKeys, performance.rows.size()));
    for (int i = n - 1; i >= 0; --i) {
        const PerformanceRow &row = performance.rows[i];
        m_keys.prepend(row.key);
        axisKeys << (row.key == Aggregator::otherKey() ? tr("Other") : row.key);
        read << double(row.counters.cacheReadTokens);
        write << double(row.counters.cacheWriteTokens);
        max = qMax(max, qMax(read.last(), write.last()));
    }
    // Millions of tokens keep the axis labels short enough for a narrow chart.
    m_scale = max >= 1e6 ? 1e6 : 1.0;
    for (QList<qreal> *list : { &read, &write }) {
        for (qreal &v : *list)
            v /= m_scale;
    }
    auto *readSet = new QBarSet(tr("Cache read"));
    readSet->append(read);
    readSet->setColor(ChartStyle::keyColor(0, false));
    auto *writeSet = new QBarSet(tr("Cache write"));
    writeSet->append(write);
    writeSet->setColor(ChartStyle::keyColor(1, false));
    m_series = new QHorizontalBarSeries;
    m_series->append(QList<QBarSet *> { readSet, writeSet });
    c->addSeries(m_series);
    auto *y = new QBarCategoryAxis;
    y->append(axisKeys);
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, ChartStyle::niceMaximum(max / m_scale));
    x->setLabelFormat(m_scale > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    x->setTickCount(3);
    x->setTitleText(m_scale > 1 ? tr("million tokens") : tr("tokens"));
    c->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    setState(performance.rows.isEmpty() ? State::Empty : State::Ready);
    restyle();
    emit contentChanged();
}

QList<double> CacheChart::values(int series) const
{
    QList<double> out;
    if (!m_series || series < 0 || series >= m_series->count())
        return out;
    const QBarSet *set = m_series->barSets().at(series);
    for (int i = set->count() - 1; i >= 0; --i)
        out << set->at(i) * m_scale; // back in the keys' order, in tokens
    return out;
}

} // namespace QuotaScope
