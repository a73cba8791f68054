#pragma once

#include "model/query.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace QuotaScope {

/**
 * Calendar buckets in a display time zone. Days follow the zone's midnight (23 or 25 hours on DST days,
 * starting at :30 or :45 past a UTC hour in such zones); weeks start on weekStart (Monday, as ISO 8601, unless
 * set otherwise); months are calendar months.
 */
namespace TimeBuckets {

/// Start (UTC seconds) of the bucket that contains t.
qint64 floor(qint64 t, const QTimeZone &tz, Granularity g, Qt::DayOfWeek weekStart = Qt::Monday);
/// Start of the bucket after the one starting at bucketStart.
qint64 next(qint64 bucketStart, const QTimeZone &tz, Granularity g, Qt::DayOfWeek weekStart = Qt::Monday);
/// Starts of every bucket that overlaps [from, to), ascending, but never more than Limits::MaxBuckets: *capped
/// (when given) tells whether the range went on beyond the last start returned.
QList<qint64> starts(qint64 from, qint64 to, const QTimeZone &tz, Granularity g,
                     Qt::DayOfWeek weekStart = Qt::Monday, bool *capped = nullptr);
/// ISO 8601 with the zone's offset at that instant, e.g. "2026-03-29T00:00:00+01:00".
QString isoLabel(qint64 t, const QTimeZone &tz);
/// A short axis label in the zone: "14:00" / "03-29" / "W13 03-23" (ISO weeks; other week starts show only
/// the first day) / "2026-03".
QString shortLabel(qint64 bucketStart, const QTimeZone &tz, Granularity g);

} // namespace TimeBuckets

/// Parses an ISO 8601 date or date-time (with offset or Z; otherwise read in tz) or epoch seconds.
bool parseTimePoint(const QString &text, const QTimeZone &tz, qint64 *out);

} // namespace QuotaScope
