#pragma once

#include "insightmodels.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace QuotaScope {

/**
 * The ranking: users, tokens, channels, models, groups or sources by the dashboard's metric, with share bars,
 * change against the previous period and a trend line per row. Clicking a row filters the dashboard to it;
 * "Show logs" lists its requests.
 */
class RankingView : public QWidget
{
    Q_OBJECT
public:
    explicit RankingView(QWidget *parent = nullptr);

    Dimension dimension() const;
    void setDimension(Dimension d);
    void setRanking(const Ranking &ranking, const CurrencyDisplay &currency);

    RankingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The key of the selected row; empty when none (or "Other").
    QString selectedKey() const;

signals:
    void dimensionChanged(Dimension d);
    void filterRequested(Dimension d, const QString &key);
    void logsRequested(Dimension d, const QString &key);

private:
    QComboBox *m_dimension = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_filter = nullptr;
    QPushButton *m_logs = nullptr;
    QTableView *m_table = nullptr;
    RankingModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace QuotaScope
