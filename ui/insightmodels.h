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
    /// Breakdown: each row's top channels (or models, in a ranking of channels) with their share of the row.
    enum Column { Rank, Key, Breakdown, Requests, Spend, Tokens, Share, Change, Trend, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyRole, SparklineRole, ShareRole };

    explicit RankingModel(QObject *parent = nullptr);

    /// A new ranking; its breakdown column says "Loading…" until setBreakdown().
    void setRanking(const Ranking &ranking, const CurrencyDisplay &currency);
    const Ranking &ranking() const { return m_ranking; }
    /// The breakdown of the ranking's rows (loadRankingBreakdown), or why it could not be loaded.
    void setBreakdown(const Result<QList<BreakdownCell>> &cells);
    bool breakdownLoaded() const { return m_breakdownState == BreakdownState::Loaded; }
    /// What a row splits into, largest by the ranking's metric first (ties by name): empty until loaded.
    QList<QPair<QString, Counters>> breakdown(int row) const;
    /// How many of a row's largest parts the breakdown column names before "+N".
    static constexpr int BreakdownShown = 3;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class BreakdownState { Loading, Loaded, Failed };
    QString breakdownText(int row) const;
    QString breakdownToolTip(int row) const;

    Ranking m_ranking;
    CurrencyDisplay m_currency;
    BreakdownState m_breakdownState = BreakdownState::Loading;
    QString m_breakdownError;
    QHash<QString, QList<QPair<QString, Counters>>> m_breakdown; ///< by row key
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
