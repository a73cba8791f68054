#pragma once

#include "aggregate/aggregator.h"
#include "forecast/forecaster.h"
#include "model/money.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace QuotaScope {

/** The row of stat cards above the charts. */
class StatCardsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Card { Requests, Spend, Tokens, AvgRpm, AvgTpm, PeakRpm, Refunds, FailureRate, MonthEnd, CardCount };

    explicit StatCardsPanel(QWidget *parent = nullptr);

    void setStats(const StatCards &stats, const CurrencyDisplay &currency, const QTimeZone &tz);
    QString value(Card card) const;
    QString detail(Card card) const;
    /// Shows each card's change against the previous period (arrow and percentage; both values on hover), or
    /// hides the changes when previous is empty.
    void setComparison(const StatCards &current, const std::optional<StatCards> &previous, qint64 previousFrom,
        qint64 previousTo, const CurrencyDisplay &currency, const QTimeZone &tz);
    /// The month-end card: the projected spend of the month holding the forecast's asOf, its interval, and the
    /// earliest balance run-out date; "n/a" without a week of history.
    void setForecast(const std::optional<SpendForecast> &month, const QList<BalanceForecast> &balances,
        const CurrencyDisplay &currency, const QTimeZone &tz);
    QString toolTip(Card card) const;
    QString delta(Card card) const; ///< the change shown ("▲ 12.5%"); empty when hidden
    QString deltaToolTip(Card card) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);

    struct CardLabels
    {
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        QLabel *delta = nullptr; ///< created by the first setComparison()
    };
    QList<CardLabels> m_cards;
    QList<QWidget *> m_frames;
    int m_columns = 0;
};

/// "1,234", "12.3 k", "4.56 M" in the UI locale.
QString compactNumber(double value);

} // namespace QuotaScope
