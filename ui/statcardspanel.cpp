#include "statcardspanel.h"

#include "comparison.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <functional>

namespace QuotaScope {

QString compactNumber(double value)
{
    const QLocale locale;
    const double a = qAbs(value);
    if (a >= 1e9)
        return locale.toString(value / 1e9, 'f', 2) + QStringLiteral(" B");
    if (a >= 1e6)
        return locale.toString(value / 1e6, 'f', 2) + QStringLiteral(" M");
    if (a >= 1e4)
        return locale.toString(value / 1e3, 'f', 1) + QStringLiteral(" k");
    return locale.toString(qint64(qRound64(value)));
}

namespace {

/**
 * A card: a rounded box in the palette's base colour with a border in its mid colour, painted from the palette the
 * widget has now. (A style sheet would freeze the colours it was polished with: the cards would stay light when the
 * desktop turns dark while the app runs.)
 */
class CardFrame : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
};

/// Captions, details and changes: small, in the palette's muted text colour.
void makeMuted(QLabel *label, qreal pointSize)
{
    label->setForegroundRole(QPalette::Dark);
    if (pointSize > 0) {
        QFont f = label->font();
        f.setPointSizeF(pointSize);
        label->setFont(f);
    }
}

QString forecastMethod()
{
    return StatCardsPanel::tr(
        "Projected spend of this month (with the filters, whatever the range): the month so far plus each\n"
        "remaining hour at what that weekday's hour cost on average over the last 4 whole weeks, with the\n"
        "trend of those weeks. The interval is twice the weeks' scatter. Needs a week of history.");
}

} // namespace

StatCardsPanel::StatCardsPanel(QWidget *parent)
    : QWidget(parent)
{
    const QStringList titles { tr("Requests"), tr("Spend"), tr("Tokens"), tr("Avg RPM"), tr("Avg TPM"), tr("Peak RPM"),
        tr("Refunds / net"), tr("Failure rate"), tr("Month-end") };
    const QStringList tips { tr("Consumption requests in the range (with the filters)"),
        tr("Quota consumed, in the gateway's display currency"), tr("Prompt + completion tokens"),
        tr("Average requests per minute: requests / minutes in the range"),
        tr("Average tokens per minute: tokens / minutes in the range"),
        tr("Most requests in one calendar minute, from the raw records"),
        tr("Refunded quota (type 6 logs) and the net spend after refunds"),
        tr("Errors (type 5 logs) / (errors + consumption requests)"), forecastMethod() };
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    for (int i = 0; i < CardCount; ++i) {
        auto *frame = new CardFrame(this);
        frame->setObjectName(QStringLiteral("statCard"));
        frame->setToolTip(tips.at(i));
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 6, 10, 6);
        v->setSpacing(1);
        CardLabels card;
        card.title = new QLabel(titles.at(i), frame);
        card.title->setObjectName(QStringLiteral("statTitle"));
        makeMuted(card.title, 0);
        card.value = new QLabel(QStringLiteral("–"), frame);
        card.value->setObjectName(QStringLiteral("statValue"));
        QFont valueFont = card.value->font();
        valueFont.setPointSizeF(17);
        valueFont.setWeight(QFont::DemiBold);
        card.value->setFont(valueFont);
        card.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        card.detail = new QLabel(frame);
        card.detail->setObjectName(QStringLiteral("statDetail"));
        makeMuted(card.detail, 8);
        v->addWidget(card.title);
        v->addWidget(card.value);
        v->addWidget(card.detail);
        frame->setAccessibleName(titles.at(i));
        m_frames.append(frame);
        m_cards.append(card);
    }
    // The panel takes the width it is given and wraps to two rows when one row would not fit, so it never
    // forces a wide window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    arrange(CardCount);
}

void StatCardsPanel::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (QWidget *frame : std::as_const(m_frames))
        grid->removeWidget(frame);
    for (int i = 0; i < m_frames.size(); ++i)
        grid->addWidget(m_frames.at(i), i / columns, i % columns);
    for (int c = 0; c < CardCount; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
    grid->setVerticalSpacing(6);
    updateGeometry();
}

void StatCardsPanel::resizeEvent(QResizeEvent *event)
{
    int oneRow = 0;
    for (QWidget *frame : std::as_const(m_frames))
        oneRow += frame->minimumSizeHint().width() + 8;
    arrange(width() >= oneRow ? int(CardCount) : (int(CardCount) + 1) / 2);
    QWidget::resizeEvent(event);
}

void StatCardsPanel::setStats(const StatCards &stats, const CurrencyDisplay &currency, const QTimeZone &tz)
{
    const QLocale locale;
    const Counters &t = stats.totals;
    auto set = [this](Card c, const QString &value, const QString &detail) {
        m_cards[c].value->setText(value);
        m_cards[c].detail->setText(detail);
    };
    set(Requests, locale.toString(t.requests), tr("%1 errors").arg(locale.toString(stats.errors)));
    set(Spend, currency.format(t.quota, 2), tr("%1 quota").arg(compactNumber(double(t.quota))));
    QString tokensDetail
        = tr("in %1 · out %2").arg(compactNumber(double(t.promptTokens)), compactNumber(double(t.completionTokens)));
    // Tokens estimated from text on import are part of the total; the card says how many.
    if (stats.estimatedRequests > 0)
        tokensDetail += QStringLiteral(" · ") + tr("%1 estimated").arg(compactNumber(double(stats.estimatedTokens)));
    set(Tokens, compactNumber(double(t.totalTokens())), tokensDetail);
    set(AvgRpm, locale.toString(stats.avgRpm, 'f', 2), tr("per minute"));
    set(AvgTpm, compactNumber(stats.avgTpm), tr("per minute"));
    if (stats.peakRpm < 0)
        set(PeakRpm, tr("n/a"), tr("needs raw records"));
    else
        set(PeakRpm, locale.toString(stats.peakRpm),
            stats.peakRpm > 0
                ? QDateTime::fromSecsSinceEpoch(stats.peakRpmAt, tz).toString(QStringLiteral("MM-dd HH:mm"))
                : QString());
    set(Refunds, currency.format(stats.refundQuota, 2),
        tr("%n refund(s) · net %1", nullptr, int(stats.refunds)).arg(currency.format(stats.netQuota, 2)));
    set(FailureRate, locale.toString(stats.failureRate * 100.0, 'f', 2) + QLatin1Char('%'),
        tr("%1 of %2").arg(locale.toString(stats.errors), locale.toString(stats.errors + t.requests)));
}

void StatCardsPanel::setComparison(const StatCards &current, const std::optional<StatCards> &previous,
    qint64 previousFrom, qint64 previousTo, const CurrencyDisplay &currency, const QTimeZone &tz)
{
    const QLocale locale;
    const QString period = tr("%1 – %2").arg(
        QDateTime::fromSecsSinceEpoch(previousFrom, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        QDateTime::fromSecsSinceEpoch(previousTo, tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (int c = 0; c < CardCount; ++c) {
        CardLabels &card = m_cards[c];
        if (!card.delta) {
            card.delta = new QLabel(m_frames.at(c));
            card.delta->setObjectName(QStringLiteral("statDelta"));
            makeMuted(card.delta, 8);
            static_cast<QVBoxLayout *>(m_frames.at(c)->layout())->addWidget(card.delta);
        }
        if (!previous) {
            card.delta->hide();
            card.delta->clear();
            continue;
        }
        CardDelta d;
        std::function<QString(double)> format = [&locale](double v) { return locale.toString(v, 'f', 0); };
        switch (Card(c)) {
        case Requests:
            d = { double(current.totals.requests), double(previous->totals.requests), false };
            break;
        case Spend:
            d = { double(current.totals.quota), double(previous->totals.quota), false };
            format = [&currency](double v) { return currency.format(qint64(v), 2); };
            break;
        case Tokens:
            d = { double(current.totals.totalTokens()), double(previous->totals.totalTokens()), false };
            break;
        case AvgRpm:
            d = { current.avgRpm, previous->avgRpm, false };
            format = [&locale](double v) { return locale.toString(v, 'f', 2); };
            break;
        case AvgTpm:
            d = { current.avgTpm, previous->avgTpm, false };
            format = [](double v) { return compactNumber(v); };
            break;
        case PeakRpm:
            if (current.peakRpm < 0 || previous->peakRpm < 0) {
                card.delta->hide();
                card.delta->clear();
                continue;
            }
            d = { double(current.peakRpm), double(previous->peakRpm), false };
            break;
        case Refunds:
            d = { double(current.refundQuota), double(previous->refundQuota), false };
            format = [&currency](double v) { return currency.format(qint64(v), 2); };
            break;
        case FailureRate:
            d = { current.failureRate, previous->failureRate, true };
            format = [&locale](double v) { return locale.toString(v * 100.0, 'f', 2) + QLatin1Char('%'); };
            break;
        case MonthEnd: // a projection, not a period's total
            card.delta->hide();
            card.delta->clear();
            continue;
        case CardCount:
            break;
        }
        card.delta->setText(d.text());
        card.delta->setToolTip(
            tr("This period: %1\nPrevious period (%2): %3").arg(format(d.current), period, format(d.previous)));
        card.delta->setAccessibleName(tr("Change against the previous period: %1").arg(d.text()));
        card.delta->show();
    }
}

void StatCardsPanel::setForecast(const std::optional<SpendForecast> &month, const QList<BalanceForecast> &balances,
    const CurrencyDisplay &currency, const QTimeZone &tz)
{
    CardLabels &card = m_cards[MonthEnd];
    QStringList detail;
    QString tip = forecastMethod();
    if (month && month->weeksOfHistory > 0) {
        card.value->setText(currency.format(qint64(month->projected), 2));
        detail << tr("%1 – %2").arg(currency.format(qint64(month->low), 2), currency.format(qint64(month->high), 2));
        tip += QLatin1Char('\n')
            + tr("%1: %2 spent so far, %3 projected (%4 – %5), from %n week(s) of history", nullptr,
                month->weeksOfHistory)
                  .arg(QDateTime::fromSecsSinceEpoch(month->monthStart, tz).toString(QStringLiteral("yyyy-MM")),
                      currency.format(month->spent, 2), currency.format(qint64(month->projected), 2),
                      currency.format(qint64(month->low), 2), currency.format(qint64(month->high), 2));
    } else {
        card.value->setText(tr("n/a"));
        detail << tr("needs a week of history");
    }
    // The balance that runs out first; every balance in the tooltip.
    const BalanceForecast *first = nullptr;
    for (const BalanceForecast &b : balances) {
        if (b.runOutAt > 0 && (!first || b.runOutAt < first->runOutAt))
            first = &b;
        tip += QLatin1Char('\n')
            + (b.runOutAt > 0 ? tr("Balance of %1: %2 left, %3 a day, runs out about %4")
                                    .arg(b.source, currency.format(qint64(b.remaining), 2),
                                        currency.format(qint64(b.burnPerDay), 2),
                                        QDateTime::fromSecsSinceEpoch(b.runOutAt, tz)
                                            .toString(QStringLiteral("yyyy-MM-dd")))
                              : tr("Balance of %1: %2 left, nothing spent in the last 7 days")
                                    .arg(b.source, currency.format(qint64(b.remaining), 2)));
    }
    if (first)
        detail << tr("balance runs out %1")
                      .arg(QDateTime::fromSecsSinceEpoch(first->runOutAt, tz).toString(QStringLiteral("yyyy-MM-dd")));
    card.detail->setText(detail.join(QLatin1Char('\n')));
    m_frames.at(MonthEnd)->setToolTip(tip);
}

QString StatCardsPanel::toolTip(Card card) const
{
    return m_frames.at(card)->toolTip();
}

QString StatCardsPanel::delta(Card card) const
{
    const QLabel *l = m_cards.at(card).delta;
    return l && l->isVisibleTo(this) ? l->text() : QString();
}

QString StatCardsPanel::deltaToolTip(Card card) const
{
    const QLabel *l = m_cards.at(card).delta;
    return l ? l->toolTip() : QString();
}

QString StatCardsPanel::value(Card card) const
{
    return m_cards.at(card).value->text();
}

QString StatCardsPanel::detail(Card card) const
{
    return m_cards.at(card).detail->text();
}

} // namespace QuotaScope
