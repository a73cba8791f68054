#include "insightmodels.h"

#include "aggregate/insightformat.h"
#include "dashboardquery.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace QuotaScope {

namespace {

QString percentText(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString msText(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QLocale().toString(ms, 'f', 0);
}

} // namespace

QString dimensionLabel(Dimension d)
{
    switch (d) {
    case Dimension::None:
        return RankingModel::tr("Total");
    case Dimension::Model:
        return RankingModel::tr("Model");
    case Dimension::User:
        return RankingModel::tr("User");
    case Dimension::Token:
        return RankingModel::tr("Token");
    case Dimension::Channel:
        return RankingModel::tr("Channel");
    case Dimension::Group:
        return RankingModel::tr("Group");
    case Dimension::Source:
        return RankingModel::tr("Source");
    }
    return QString();
}

QString metricLabel(Metric m)
{
    switch (m) {
    case Metric::Quota:
        return RankingModel::tr("Spend");
    case Metric::Requests:
        return RankingModel::tr("Requests");
    case Metric::Tokens:
        return RankingModel::tr("Tokens");
    case Metric::PromptTokens:
        return RankingModel::tr("Prompt tokens");
    case Metric::CompletionTokens:
        return RankingModel::tr("Completion tokens");
    case Metric::CacheReadTokens:
        return RankingModel::tr("Cache read tokens");
    case Metric::CacheWriteTokens:
        return RankingModel::tr("Cache write tokens");
    case Metric::Errors:
        return RankingModel::tr("Errors");
    }
    return QString();
}

RankingModel::RankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RankingModel::setRanking(const Ranking &ranking, const CurrencyDisplay &currency)
{
    beginResetModel();
    m_ranking = ranking;
    m_currency = currency;
    m_breakdown.clear();
    m_breakdownError.clear();
    m_breakdownState = BreakdownState::Loading;
    endResetModel();
}

void RankingModel::setBreakdown(const Result<QList<BreakdownCell>> &cells)
{
    m_breakdown.clear();
    m_breakdownError.clear();
    if (!cells) {
        m_breakdownState = BreakdownState::Failed;
        m_breakdownError = cells.error().message;
    } else {
        m_breakdownState = BreakdownState::Loaded;
        for (const BreakdownCell &cell : cells.value())
            m_breakdown[cell.key].append({ cell.inner, cell.counters });
        const Metric m = m_ranking.query.rankBy;
        for (auto &parts : m_breakdown) {
            std::sort(parts.begin(), parts.end(), [m](const auto &a, const auto &b) {
                const qint64 va = metricValue(a.second, m), vb = metricValue(b.second, m);
                return va != vb ? va > vb : a.first < b.first;
            });
        }
    }
    if (!m_ranking.rows.isEmpty())
        emit dataChanged(index(0, Breakdown), index(rowCount() - 1, Breakdown));
}

QList<QPair<QString, Counters>> RankingModel::breakdown(int row) const
{
    if (row < 0 || row >= m_ranking.rows.size())
        return {};
    return m_breakdown.value(m_ranking.rows[row].key);
}

QString RankingModel::breakdownText(int row) const
{
    switch (m_breakdownState) {
    case BreakdownState::Loading:
        return tr("Loading…");
    case BreakdownState::Failed:
        return tr("not available");
    case BreakdownState::Loaded:
        break;
    }
    const Metric m = m_ranking.query.rankBy;
    const QList<QPair<QString, Counters>> parts = breakdown(row);
    const double whole = double(metricValue(m_ranking.rows[row].current, m));
    QStringList shown;
    for (int i = 0; i < parts.size() && i < BreakdownShown; ++i) {
        const QString name = parts[i].first.isEmpty() ? tr("(none)") : parts[i].first;
        shown << (whole > 0 ? tr("%1 %2").arg(name, percentText(double(metricValue(parts[i].second, m)) / whole))
                            : name);
    }
    if (parts.size() > BreakdownShown)
        shown << tr("+%1").arg(parts.size() - BreakdownShown);
    return shown.join(QStringLiteral(" · "));
}

QString RankingModel::breakdownToolTip(int row) const
{
    if (m_breakdownState == BreakdownState::Failed)
        return tr("Could not break the row down: %1").arg(m_breakdownError);
    if (m_breakdownState != BreakdownState::Loaded)
        return QString();
    const Metric m = m_ranking.query.rankBy;
    QStringList lines;
    for (const auto &[name, counters] : breakdown(row)) {
        const qint64 v = metricValue(counters, m);
        lines << tr("%1: %2").arg(name.isEmpty() ? tr("(none)") : name,
            m == Metric::Quota ? m_currency.format(v) : QLocale().toString(v));
    }
    return lines.join(QLatin1Char('\n'));
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ranking.rows.size())
        return QVariant();
    const RankingRow &row = m_ranking.rows[index.row()];
    const Metric m = m_ranking.query.rankBy;
    const qint64 now = metricValue(row.current, m), before = metricValue(row.previous, m);
    if (role == KeyRole)
        return row.key;
    if (role == SparklineRole) {
        QVariantList values;
        for (qint64 v : row.sparkline)
            values << v;
        return values;
    }
    if (role == ShareRole)
        return row.share;
    if (role == SortRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Key:
            return row.key;
        case Breakdown:
            return breakdownText(index.row());
        case Requests:
            return row.current.requests;
        case Spend:
            return row.current.quota;
        case Tokens:
            return row.current.totalTokens();
        case Share:
        case Trend:
            return row.share;
        case Change: {
            const double change = Ranking::change(now, before);
            return std::isnan(change) ? (now > 0 ? 1e300 : -1e300) : change;
        }
        }
        return QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Change)
        return tr("%1 now, %2 in the previous period").arg(QLocale().toString(now), QLocale().toString(before));
    if (role == Qt::ToolTipRole && index.column() == Breakdown)
        return breakdownToolTip(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key || index.column() == Breakdown ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    const bool other = row.key == Aggregator::otherKey() && index.row() + 1 == m_ranking.rows.size();
    switch (index.column()) {
    case Rank:
        return other ? QString() : QString::number(index.row() + 1);
    case Key:
        return other ? tr("Other") : row.key;
    case Breakdown:
        return breakdownText(index.row());
    case Requests:
        return QLocale().toString(row.current.requests);
    case Spend:
        return m_currency.format(row.current.quota);
    case Tokens:
        return QLocale().toString(row.current.totalTokens());
    case Share:
        return percentText(row.share);
    case Change:
        if (before == 0)
            return now == 0 ? QStringLiteral("-") : tr("new");
        return (now >= before ? QStringLiteral("\u25B2 ") : QStringLiteral("\u25BC "))
            + percentText(std::abs(Ranking::change(now, before)));
    case Trend:
        return role == Qt::AccessibleTextRole ? InsightFormat::sparkText(row.sparkline) : QString();
    }
    return QVariant();
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return QStringLiteral("#");
    case Key:
        return dimensionLabel(m_ranking.query.by);
    case Breakdown:
        return rankingBreakdownDimension(m_ranking.query.by) == Dimension::Model ? tr("Top models") : tr("Top channels");
    case Requests:
        return tr("Requests");
    case Spend:
        return tr("Spend");
    case Tokens:
        return tr("Tokens");
    case Share:
        return tr("Share");
    case Change:
        return tr("Change");
    case Trend:
        return tr("Trend");
    }
    return QVariant();
}

PerformanceModel::PerformanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PerformanceModel::setPerformance(const Performance &performance, const CurrencyDisplay &currency)
{
    beginResetModel();
    m_performance = performance;
    m_currency = currency;
    endResetModel();
}

int PerformanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_performance.rows.size());
}

int PerformanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PerformanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_performance.rows.size())
        return QVariant();
    const PerformanceRow &row = m_performance.rows[index.row()];
    if (role == RankingModel::KeyRole)
        return row.key;
    if (role == RankingModel::SortRole) {
        switch (index.column()) {
        case Key:
            return row.key;
        case Requests:
            return row.requests;
        case CacheRead:
            return row.counters.cacheReadTokens;
        case CacheWrite:
            return row.counters.cacheWriteTokens;
        case HitRate:
            return row.hitRate();
        case Saved:
            return row.savedQuota;
        case UseP50:
            return row.useTime.p50;
        case UseP95:
            return row.useTime.p95;
        case FrtP50:
            return row.firstResponse.p50;
        case FrtP95:
            return row.firstResponse.p95;
        case StreamShare:
            return row.streamShare();
        case ErrorRate:
            return row.errorRate();
        }
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Key:
        return row.key == Aggregator::otherKey() && index.row() + 1 == m_performance.rows.size() ? tr("Other")
                                                                                                 : row.key;
    case Requests:
        return QLocale().toString(row.requests);
    case CacheRead:
        return QLocale().toString(row.counters.cacheReadTokens);
    case CacheWrite:
        return QLocale().toString(row.counters.cacheWriteTokens);
    case HitRate:
        return percentText(row.hitRate());
    case Saved:
        return m_currency.format(row.savedQuota);
    case UseP50:
        return msText(row.useTime.p50);
    case UseP95:
        return msText(row.useTime.p95);
    case FrtP50:
        return msText(row.firstResponse.p50);
    case FrtP95:
        return msText(row.firstResponse.p95);
    case StreamShare:
        return percentText(row.streamShare());
    case ErrorRate:
        return percentText(row.errorRate());
    }
    return QVariant();
}

QVariant PerformanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return dimensionLabel(m_performance.query.by);
    case Requests:
        return tr("Requests");
    case CacheRead:
        return tr("Cache read");
    case CacheWrite:
        return tr("Cache write");
    case HitRate:
        return tr("Hit rate");
    case Saved:
        return tr("Saved");
    case UseP50:
        return tr("p50 ms");
    case UseP95:
        return tr("p95 ms");
    case FrtP50:
        return tr("First response p50");
    case FrtP95:
        return tr("First response p95");
    case StreamShare:
        return tr("Stream");
    case ErrorRate:
        return tr("Errors");
    }
    return QVariant();
}

} // namespace QuotaScope
