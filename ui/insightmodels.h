#pragma once

#include "aggregate/performance.h"
#include "aggregate/ranking.h"
#include "model/money.h"

#include <QAbstractTableModel>

namespace QuotaScope {

/// Translated names of dimensions and metrics for the selectors, titles and headers.
QString dimensionLabel(Dimension d);
QString metricLabel(Metric m);

/**
 * A Ranking as a table. DisplayRole holds formatted text; SortRole (Qt::UserRole) the raw number, so a
 * QSortFilterProxyModel sorts by value; the trend column's SparklineRole holds the per-bucket values.
 */
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Key, Requests, Spend, Tokens, Share, Change, Trend, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyRole, SparklineRole, ShareRole };

    explicit RankingModel(QObject *parent = nullptr);

    void setRanking(const Ranking &ranking, const CurrencyDisplay &currency);
    const Ranking &ranking() const { return m_ranking; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Ranking m_ranking;
    CurrencyDisplay m_currency;
};

/** A Performance (prompt caching and latency per key) as a table; roles as in RankingModel. */
class PerformanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Key,
        Requests,
        CacheRead,
        CacheWrite,
        HitRate,
        Saved,
        UseP50,
        UseP95,
        FrtP50,
        FrtP95,
        StreamShare,
        ErrorRate,
        ColumnCount
    };

    explicit PerformanceModel(QObject *parent = nullptr);

    void setPerformance(const Performance &performance, const CurrencyDisplay &currency);
    const Performance &performance() const { return m_performance; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Performance m_performance;
    CurrencyDisplay m_currency;
};

} // namespace QuotaScope
