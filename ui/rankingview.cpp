#include "rankingview.h"

#include "aggregate/timebuckets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace QuotaScope {

namespace {

/// Draws the share column as a horizontal bar under its text, and the trend column as a sparkline.
class RankingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == RankingModel::Share) {
            const double share = index.data(RankingModel::ShareRole).toDouble();
            QRectF bar = QRectF(option.rect).adjusted(3, 4, -3, -4);
            bar.setWidth(bar.width() * qBound(0.0, share, 1.0));
            painter->save();
            painter->setPen(Qt::NoPen);
            QColor c = option.palette.color(QPalette::Highlight);
            c.setAlpha(90);
            painter->setBrush(c);
            painter->drawRect(bar);
            painter->restore();
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        if (index.column() != RankingModel::Trend) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyledItemDelegate::paint(painter, option, index);
        const QVariantList values = index.data(RankingModel::SparklineRole).toList();
        if (values.size() < 2)
            return;
        double max = 0;
        for (const QVariant &v : values)
            max = qMax(max, v.toDouble());
        const QRectF r = QRectF(option.rect).adjusted(4, 4, -4, -4);
        QPainterPath path;
        for (int i = 0; i < values.size(); ++i) {
            const double x = r.left() + r.width() * i / (values.size() - 1);
            const double y = r.bottom() - (max > 0 ? r.height() * values[i].toDouble() / max : 0);
            if (i == 0)
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1.5));
        painter->drawPath(path);
        painter->restore();
    }
};

} // namespace

RankingView::RankingView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    m_dimension = new QComboBox(this);
    for (Dimension d : { Dimension::Token, Dimension::User, Dimension::Channel, Dimension::Model, Dimension::Group,
             Dimension::Source })
        m_dimension->addItem(dimensionLabel(d), int(d));
    m_dimension->setAccessibleName(tr("Rank"));
    auto *label = new QLabel(tr("Ran&k:"), this);
    label->setBuddy(m_dimension);
    m_caption = new QLabel(this);
    m_filter = new QPushButton(tr("&Filter dashboard"), this);
    m_logs = new QPushButton(tr("Show &logs"), this);
    m_filter->setEnabled(false);
    m_logs->setEnabled(false);
    top->addWidget(label);
    top->addWidget(m_dimension);
    top->addSpacing(8);
    top->addWidget(m_caption, 1);
    top->addWidget(m_filter);
    top->addWidget(m_logs);
    layout->addLayout(top);

    m_model = new RankingModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RankingModel::SortRole);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RankingDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Ranking"));
    // One line per row: a long breakdown is elided (its tooltip lists every part); it takes the room the key leaves.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RankingModel::Breakdown, QHeaderView::Stretch);
    m_table->setColumnWidth(RankingModel::Key, 170);
    m_table->setColumnWidth(RankingModel::Rank, 36);
    m_table->setColumnWidth(RankingModel::Share, 110);
    m_table->setColumnWidth(RankingModel::Trend, 140);
    layout->addWidget(m_table, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] { emit dimensionChanged(dimension()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = !selectedKey().isEmpty();
        m_filter->setEnabled(any);
        m_logs->setEnabled(any);
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &) {
        if (!selectedKey().isEmpty())
            emit filterRequested(dimension(), selectedKey());
    });
    connect(m_filter, &QPushButton::clicked, this, [this] { emit filterRequested(dimension(), selectedKey()); });
    connect(m_logs, &QPushButton::clicked, this, [this] { emit logsRequested(dimension(), selectedKey()); });
}

Dimension RankingView::dimension() const
{
    return Dimension(m_dimension->currentData().toInt());
}

void RankingView::setDimension(Dimension d)
{
    const int i = m_dimension->findData(int(d));
    if (i >= 0)
        m_dimension->setCurrentIndex(i);
}

void RankingView::setRanking(const Ranking &ranking, const CurrencyDisplay &currency)
{
    const QString keep = selectedKey();
    m_model->setRanking(ranking, currency);
    m_caption->setText(tr("by %1, change against %2 to %3")
                           .arg(metricLabel(ranking.query.rankBy),
                               TimeBuckets::shortLabel(ranking.previousFrom, ranking.query.tz, Granularity::Day),
                               TimeBuckets::shortLabel(ranking.query.from, ranking.query.tz, Granularity::Day)));
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (!keep.isEmpty() && m_proxy->index(r, 0).data(RankingModel::KeyRole).toString() == keep)
            m_table->selectRow(r);
    }
}

QString RankingView::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    const bool other = source.row() + 1 == m_model->rowCount()
        && source.data(RankingModel::KeyRole).toString() == Aggregator::otherKey() && m_model->ranking().query.topN > 0;
    return other ? QString() : source.data(RankingModel::KeyRole).toString();
}

} // namespace QuotaScope
