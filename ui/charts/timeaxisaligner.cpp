#include "timeaxisaligner.h"

#include "chartview.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QTimer>

namespace QuotaScope {

TimeAxisAligner::TimeAxisAligner(ChartView *upper, ChartView *lower, QObject *parent)
    : QObject(parent)
    , m_upper(upper)
    , m_lower(lower)
{
    for (ChartView *view : { upper, lower }) {
        view->installEventFilter(this);
        connect(view, &ChartView::contentChanged, this, &TimeAxisAligner::schedule);
    }
}

bool TimeAxisAligner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void TimeAxisAligner::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // After the views have passed their new size on to their charts.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        alignNow();
    });
}

void TimeAxisAligner::alignNow()
{
    if (!m_upper || !m_lower)
        return;
    QChart *charts[] = { m_upper->chart(), m_lower->chart() };
    QRectF natural[2];
    for (int i = 0; i < 2; ++i) {
        charts[i]->setPlotArea(QRectF()); // automatic again: the natural area for the current size and axes
        charts[i]->layout()->invalidate();
        charts[i]->layout()->activate();
        natural[i] = charts[i]->plotArea();
    }
    if (natural[0].isEmpty() || natural[1].isEmpty())
        return;
    const qreal left = qMax(natural[0].left(), natural[1].left());
    const qreal right = qMin(natural[0].right(), natural[1].right());
    if (right - left < 50)
        return;
    for (int i = 0; i < 2; ++i) {
        charts[i]->setPlotArea(QRectF(left, natural[i].top(), right - left, natural[i].height()));
        // The axes take the new area only in a layout pass of their own.
        charts[i]->layout()->invalidate();
        charts[i]->layout()->activate();
    }
}

} // namespace QuotaScope
