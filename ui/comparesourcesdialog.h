#pragma once

#include "aggregate/aggregator.h"
#include "dashboardquery.h"
#include "model/money.h"
#include "support/result.h"

#include <QAbstractTableModel>
#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace QuotaScope {

class StatCardsPanel;

/** Two sources over the same range and filters: their stat cards and their totals per model. */
struct SourceComparison
{
    qint64 from = 0, to = 0;
    StatCards a, b;
    struct ModelRow
    {
        QString model;
        Counters a, b;
    };
    QList<ModelRow> models; ///< every model either source used, by combined spend, descending
};

/// Loads both sources' cards and per-model totals for [from, to) with request's filters (its sources ignored).
Result<SourceComparison> loadSourceComparison(
    sqlite3 *db, const DashboardRequest &request, qint64 from, qint64 to, qint64 sourceA, qint64 sourceB);

/** The per-model table: requests and spend of each source and the change from the first to the second. */
class SourceComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, RequestsA, RequestsB, RequestsDelta, QuotaA, QuotaB, QuotaDelta, ColumnCount };

    explicit SourceComparisonModel(QObject *parent = nullptr);
    void setComparison(const SourceComparison &comparison, const QString &nameA, const QString &nameB);
    void setCurrency(const CurrencyDisplay &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: names and formatted values; Qt::UserRole: the raw number (quota, requests).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SourceComparison::ModelRow> m_rows; ///< a first row "All models" with the totals
    QString m_nameA, m_nameB;
    CurrencyDisplay m_currency;
};

/** "Compare sources": two gateways side by side over the dashboard's range and filters. */
class CompareSourcesDialog : public QDialog
{
    Q_OBJECT
public:
    /// sources: id and name of each source; request: the dashboard's current view.
    CompareSourcesDialog(const QString &dbPath, const QList<SourceInfo> &sources, const DashboardRequest &request,
        qint64 from, qint64 to, const CurrencyDisplay &currency, QWidget *parent = nullptr);

    void setSources(qint64 a, qint64 b);
    bool isLoading() const { return m_loading; }
    const SourceComparison &comparison() const { return m_comparison; }
    SourceComparisonModel *model() const { return m_model; }
    StatCardsPanel *cards(int side) const { return side == 0 ? m_cardsA : m_cardsB; }

signals:
    void loaded();

private:
    void reload();

    QString m_dbPath;
    DashboardRequest m_request;
    qint64 m_from = 0, m_to = 0;
    CurrencyDisplay m_currency;
    SourceComparison m_comparison;
    quint64 m_serial = 0;
    bool m_loading = false;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QLabel *m_status = nullptr;
    StatCardsPanel *m_cardsA = nullptr;
    StatCardsPanel *m_cardsB = nullptr;
    SourceComparisonModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace QuotaScope
