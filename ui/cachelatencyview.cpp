#include "cachelatencyview.h"

#include "charts/cachechart.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace QuotaScope {

CacheLatencyView::CacheLatencyView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    auto *content = new QWidget(m_stack);
    m_stack->addWidget(content);
    m_unavailable = new QLabel(m_stack);
    m_unavailable->setObjectName(QStringLiteral("cacheLatencyUnavailable"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *cards = new QHBoxLayout;
    const QStringList titles { tr("Cache hit rate"), tr("Saved by caching"), tr("Use time p50 / p95"),
        tr("First response p50 / p95"), tr("Stream share"), tr("Error rate") };
    for (const QString &title : titles) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 4, 8, 4);
        auto *t = new QLabel(title, frame);
        auto *value = new QLabel(QStringLiteral("-"), frame);
        QFont f = value->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.3);
        value->setFont(f);
        value->setAccessibleName(title);
        v->addWidget(t);
        v->addWidget(value);
        cards->addWidget(frame, 1);
        m_values << value;
    }
    layout->addLayout(cards);

    auto *row = new QHBoxLayout;
    m_dimension = new QComboBox(this);
    m_dimension->addItem(dimensionLabel(Dimension::Model), int(Dimension::Model));
    m_dimension->addItem(dimensionLabel(Dimension::Channel), int(Dimension::Channel));
    m_dimension->addItem(dimensionLabel(Dimension::Source), int(Dimension::Source));
    auto *label = new QLabel(tr("&By:"), this);
    label->setBuddy(m_dimension);
    row->addWidget(label);
    row->addWidget(m_dimension);
    row->addStretch(1);
    auto *note
        = new QLabel(tr("Percentiles from log-spaced bins, within 4.4%; first response from the log's frt."), this);
    note->setEnabled(false);
    row->addWidget(note);
    layout->addLayout(row);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_chart = new CacheChart(split);
    m_chart->setMinimumWidth(380);
    m_model = new PerformanceModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RankingModel::SortRole);
    m_table = new QTableView(split);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Cache and latency"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { emit dimensionChanged(dimension()); });
}

Dimension CacheLatencyView::dimension() const
{
    return Dimension(m_dimension->currentData().toInt());
}

void CacheLatencyView::setDimension(Dimension d)
{
    const int i = m_dimension->findData(int(d));
    if (i >= 0)
        m_dimension->setCurrentIndex(i);
}

void CacheLatencyView::setUnavailable(const QString &reason)
{
    m_unavailable->setText(reason);
    m_stack->setCurrentWidget(reason.isEmpty() ? m_stack->widget(0) : m_unavailable);
}

QString CacheLatencyView::unavailableReason() const
{
    return m_stack->currentWidget() == m_unavailable ? m_unavailable->text() : QString();
}

void CacheLatencyView::setPerformance(const Performance &performance, const CurrencyDisplay &currency)
{
    m_model->setPerformance(performance, currency);
    m_chart->setPerformance(performance);
    const PerformanceRow &t = performance.totals;
    const auto percent = [](double r) { return QLocale().toString(r * 100.0, 'f', 1) + QLatin1Char('%'); };
    const auto ms = [](double v) { return v < 0 ? QStringLiteral("-") : QLocale().toString(v, 'f', 0); };
    m_values[HitRate]->setText(percent(t.hitRate()));
    m_values[Saved]->setText(currency.format(t.savedQuota));
    m_values[UseTime]->setText(tr("%1 / %2 ms").arg(ms(t.useTime.p50), ms(t.useTime.p95)));
    m_values[FirstResponse]->setText(tr("%1 / %2 ms").arg(ms(t.firstResponse.p50), ms(t.firstResponse.p95)));
    m_values[StreamShare]->setText(percent(t.streamShare()));
    m_values[ErrorRate]->setText(percent(t.errorRate()));
}

QString CacheLatencyView::cardValue(Card card) const
{
    return m_values.value(card) ? m_values.value(card)->text() : QString();
}

} // namespace QuotaScope
