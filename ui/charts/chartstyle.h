#pragma once

#include "model/query.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QLegendMarker;
class QPalette;
QT_END_NAMESPACE

namespace QuotaScope {
struct Report;
}

namespace QuotaScope::ChartStyle {

/// A colour for the i-th ranked key; the "Other" key is always grey so it never looks like a model.
QColor keyColor(int index, bool isOther);
/**
 * The colour of a series key, the same in every chart and across refreshes: a key keeps the palette colour it was
 * first given, chosen among those not taken by the keys shown with it (`together`). "Other" is always grey.
 * GUI thread only.
 */
QColor colorForKey(const QString &key, const QStringList &together);
/// Common look: no drop shadow, compact margins, legend at the bottom.
void applyBaseStyle(QChart *chart, const QString &title);
/// An x axis over bucket indices 0..n-1 with a readable subset of time labels in the display zone (Qt's
/// date-time axis knows only the local zone, and a bar category axis cannot skip labels).
QCategoryAxis *makeTimeAxis(const QList<qint64> &buckets, const QTimeZone &tz, Granularity g, int maxLabels);
/// Colours a chart, its axes and its legend from a palette (light or dark), so text and lines stay readable.
void applyPalette(QChart *chart, const QPalette &palette);
/// Per bucket: true when it covers only part of its time: the first bucket starting before the range, or a
/// bucket ending after the range or after now (still filling). now 0: not known.
QList<bool> partialBuckets(const Report &report, qint64 now);
/// How an incomplete bucket's bar is drawn: the same hue, lighter.
QColor incompleteColor(const QColor &color);
/// Legend entries longer than this many characters are elided (the whole name shows on hover).
constexpr int LegendMaxChars = 28;
/// The legend's text for a key: elided in the middle when long, so that two long names stay apart.
QString legendLabel(const QString &name);
/// Shows fullName as a tooltip while the pointer is over a legend marker whose label was elided.
void showFullNameOnHover(QLegendMarker *marker, const QString &fullName);
/// A y-axis maximum with some headroom, rounded up to a 1-2-5 step.
double niceMaximum(double value);

} // namespace QuotaScope::ChartStyle
