#include "chartview.h"

#include "chartstyle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace QuotaScope {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    setAccessibleDescription(stateText());
    scene()->update();
    viewport()->update();
}

QString ChartView::stateText() const
{
    switch (m_state) {
    case State::Ready:
        return QString();
    case State::Loading:
        return m_message.isEmpty() ? tr("Loading…") : m_message;
    case State::Empty:
        return m_message.isEmpty() ? tr("No requests in this range") : m_message;
    case State::Error:
        return m_message.isEmpty() ? tr("Could not load the data") : m_message;
    }
    return QString();
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void ChartView::restyle()
{
    ChartStyle::applyPalette(chart(), palette());
    setBackgroundBrush(palette().color(QPalette::Base));
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QString text = stateText();
    if (text.isEmpty())
        return;
    const QRectF area = chart()->plotArea().isEmpty() ? chart()->geometry() : chart()->plotArea();
    painter->save();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal maxWidth = qMax<qreal>(80, area.width() - 24);
    QRectF box = fm.boundingRect(QRectF(0, 0, maxWidth, 1000), Qt::AlignCenter | Qt::TextWordWrap, text);
    box.adjust(-14, -8, 14, 8);
    box.moveCenter(area.center());
    const QPalette pal = palette();
    QColor fill = pal.color(QPalette::Base);
    fill.setAlpha(m_state == State::Empty ? 255 : 225);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter->fillPath(path, fill);
    painter->setPen(QPen(m_state == State::Error ? QColor(0xD6, 0x45, 0x50) : pal.color(QPalette::Mid), 1));
    painter->drawPath(path);
    painter->setPen(m_state == State::Error ? QColor(0xD6, 0x45, 0x50) : pal.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace QuotaScope
