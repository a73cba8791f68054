#pragma once

#include <QChartView>

namespace QuotaScope {

/**
 * The dashboard's chart views: colours follow the widget's palette (light or dark), and the empty, loading
 * and error states are drawn in place, over the chart, instead of leaving a blank or stale chart.
 */
class ChartView : public QChartView
{
    Q_OBJECT
public:
    enum class State { Ready, Loading, Empty, Error };

    explicit ChartView(QWidget *parent = nullptr);

    /// Loading and Error keep what is drawn and say so over it; Empty says there is nothing to draw.
    void setState(State state, const QString &message = QString());
    State state() const { return m_state; }
    /// The text drawn over the chart ("" when Ready).
    QString stateText() const;

signals:
    /// New series or axes were set (their labels may need another width).
    void contentChanged();

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    /// Re-applies the palette to the chart (call after replacing axes or series); runs again whenever the palette
    /// changes (a light or dark choice, or the desktop's theme while following the system). Charts that colour
    /// parts of their series from the palette extend it.
    virtual void restyle();

private:
    State m_state = State::Ready;
    QString m_message;
};

} // namespace QuotaScope
