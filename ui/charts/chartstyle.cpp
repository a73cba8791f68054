#include "chartstyle.h"

#include "aggregate/aggregator.h"
#include "aggregate/timebuckets.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QCursor>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QPalette>
#include <QToolTip>

#include <cmath>

namespace QuotaScope::ChartStyle {

namespace {
const QList<QColor> &palette()
{
    static const QList<QColor> colors { QColor(0x2F, 0x6D, 0xB5), QColor(0xF2, 0x8E, 0x2B), QColor(0x3A, 0xA6, 0x5B),
        QColor(0xD6, 0x45, 0x50), QColor(0x8C, 0x6B, 0xC8), QColor(0x1F, 0xA9, 0xB3), QColor(0xE3, 0x77, 0xC2),
        QColor(0x8C, 0x56, 0x4B), QColor(0xBC, 0xBD, 0x22), QColor(0x4E, 0x79, 0xA7), QColor(0xF1, 0xCE, 0x63),
        QColor(0x76, 0xB7, 0xB2) };
    return colors;
}
} // namespace

QColor keyColor(int index, bool isOther)
{
    if (isOther)
        return QColor(0xA0, 0xA4, 0xAB);
    return palette().at(index % palette().size());
}

QColor colorForKey(const QString &key, const QStringList &together)
{
    if (key == Aggregator::otherKey())
        return keyColor(0, true);
    static QHash<QString, int> assigned;
    const int n = int(palette().size());
    if (const auto it = assigned.constFind(key); it != assigned.constEnd())
        return palette().at(*it);
    QList<bool> used(n, false);
    for (const QString &k : together) {
        if (const auto it = assigned.constFind(k); it != assigned.constEnd())
            used[*it] = true;
    }
    int pick = int(used.indexOf(false));
    if (pick < 0)
        pick = int(assigned.size() % n);
    assigned.insert(key, pick);
    return palette().at(pick);
}

void applyBaseStyle(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    chart->setTitleFont(f);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QCategoryAxis *makeTimeAxis(const QList<qint64> &buckets, const QTimeZone &tz, Granularity g, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(buckets.size());
    axis->setRange(-0.5, qMax(0.5, n - 0.5));
    const int step = qMax(1, (n + maxLabels - 1) / qMax(1, maxLabels));
    for (int i = 0; i < n; i += step)
        axis->append(TimeBuckets::shortLabel(buckets.at(i), tz, g), i);
    axis->setGridLineVisible(false);
    return axis;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < text.lightness();
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QColor line = palette.color(QPalette::Mid);
    const QColor grid = dark ? base.lighter(170) : base.darker(112);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

QList<bool> partialBuckets(const Report &report, qint64 now)
{
    const ReportQuery &q = report.query;
    const int n = int(report.buckets.size());
    QList<bool> out(n, false);
    for (int i = 0; i < n; ++i) {
        const qint64 start = report.buckets.at(i);
        const qint64 end = i + 1 < n ? report.buckets.at(i + 1) : TimeBuckets::next(start, q.tz, q.granularity, q.weekStart);
        out[i] = start < q.from || end > q.to || (now > 0 && end > now && start <= now);
    }
    return out;
}

QColor incompleteColor(const QColor &color)
{
    QColor c = color;
    c.setAlphaF(0.38);
    return c;
}

QString legendLabel(const QString &name)
{
    if (name.size() <= LegendMaxChars)
        return name;
    const int keep = LegendMaxChars - 1;
    return name.left(keep - keep / 2) + QChar(0x2026) + name.right(keep / 2);
}

void showFullNameOnHover(QLegendMarker *marker, const QString &fullName)
{
    if (fullName == marker->label())
        return;
    QObject::connect(marker, &QLegendMarker::hovered, marker, [fullName](bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), fullName);
        else
            QToolTip::hideText();
    });
}

double niceMaximum(double value)
{
    if (value <= 0)
        return 1.0;
    const double padded = value * 1.08;
    const double magnitude = std::pow(10.0, std::floor(std::log10(padded)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (m * magnitude >= padded)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace QuotaScope::ChartStyle
