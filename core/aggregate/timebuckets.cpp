#include "aggregate/timebuckets.h"

#include "model/limits.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <limits>

namespace QuotaScope {

/*
 * All arithmetic is done on UTC seconds plus the zone's offset at an instant, never by constructing a
 * QDateTime from a local date and time: Qt 6.4 silently moves local times inside a DST gap and picks one of
 * the two instants of a repeated hour, which would make buckets overlap or skip. Wall-clock times are mapped
 * back to instants by fromLocal(), which handles both cases explicitly.
 */
namespace {

constexpr qint64 Day = 86400;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 offsetAt(qint64 t, const QTimeZone &tz)
{
    return tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
}

qint64 localDay(qint64 t, const QTimeZone &tz)
{
    return floorDiv(t + offsetAt(t, tz), Day);
}

/// The first instant whose wall-clock time in tz is at or after wall (wall-clock seconds since the epoch):
/// the earlier instant of a repeated time, the end of the gap for a time that was skipped.
qint64 fromLocal(qint64 wall, const QTimeZone &tz)
{
    // Offsets a day either side cover any single transition near wall (offsets are within +-14 h).
    const qint64 before = offsetAt(wall - Day, tz);
    const qint64 after = offsetAt(wall + Day, tz);
    qint64 best = std::numeric_limits<qint64>::max();
    for (const qint64 o : { before, after }) {
        if (offsetAt(wall - o, tz) == o)
            best = std::min(best, wall - o);
    }
    if (best != std::numeric_limits<qint64>::max())
        return best;
    const QTimeZone::OffsetData tr = tz.previousTransition(QDateTime::fromSecsSinceEpoch(wall - before + 1, Qt::UTC));
    return tr.atUtc.isValid() ? tr.atUtc.toSecsSinceEpoch() : wall - before;
}

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + JulianDayOfEpoch);
}

qint64 dayOfDate(const QDate &d)
{
    return d.toJulianDay() - JulianDayOfEpoch;
}

/// The first day of the week holding day (days since 1970-01-01, a Thursday).
qint64 weekStartOf(qint64 day, Qt::DayOfWeek weekStart)
{
    const qint64 weekday = (((day + 3) % 7) + 7) % 7 + 1; // 1 = Monday ... 7 = Sunday, as Qt::DayOfWeek
    return day - (((weekday - int(weekStart)) % 7) + 7) % 7;
}

qint64 floorHour(qint64 t, const QTimeZone &tz)
{
    const qint64 o = offsetAt(t, tz);
    const qint64 candidate = floorDiv(t + o, 3600) * 3600 - o;
    if (offsetAt(candidate, tz) == o)
        return candidate;
    // A transition inside this wall-clock hour (zones that shift by 30 minutes, or at a :30 instant): the
    // bucket starts at the transition, so that the repeated or shortened part is its own bucket.
    const QTimeZone::OffsetData tr = tz.previousTransition(QDateTime::fromSecsSinceEpoch(t + 1, Qt::UTC));
    return tr.atUtc.isValid() ? tr.atUtc.toSecsSinceEpoch() : candidate;
}

QString offsetText(qint64 offset)
{
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const qint64 a = qAbs(offset) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

namespace TimeBuckets {

qint64 floor(qint64 t, const QTimeZone &tz, Granularity g, Qt::DayOfWeek weekStart)
{
    switch (g) {
    case Granularity::Hour:
        return floorHour(t, tz);
    case Granularity::Day:
        return fromLocal(localDay(t, tz) * Day, tz);
    case Granularity::Week:
        return fromLocal(weekStartOf(localDay(t, tz), weekStart) * Day, tz);
    case Granularity::Month: {
        const QDate d = dateOfDay(localDay(t, tz));
        return fromLocal(dayOfDate(QDate(d.year(), d.month(), 1)) * Day, tz);
    }
    }
    return t;
}

qint64 next(qint64 bucketStart, const QTimeZone &tz, Granularity g, Qt::DayOfWeek weekStart)
{
    const qint64 day = localDay(bucketStart, tz);
    switch (g) {
    case Granularity::Hour: {
        const qint64 following = floorHour(bucketStart + 3600, tz);
        const QTimeZone::OffsetData tr = tz.nextTransition(QDateTime::fromSecsSinceEpoch(bucketStart, Qt::UTC));
        if (tr.atUtc.isValid()) {
            const qint64 at = tr.atUtc.toSecsSinceEpoch();
            if (at > bucketStart && at < following && floorHour(at, tz) == at)
                return at;
        }
        return following > bucketStart ? following : bucketStart + 3600;
    }
    case Granularity::Day:
        return fromLocal((day + 1) * Day, tz);
    case Granularity::Week:
        return fromLocal((weekStartOf(day, weekStart) + 7) * Day, tz);
    case Granularity::Month: {
        const QDate d = dateOfDay(day);
        return fromLocal(dayOfDate(QDate(d.year(), d.month(), 1).addMonths(1)) * Day, tz);
    }
    }
    return bucketStart + 3600;
}

QList<qint64> starts(qint64 from, qint64 to, const QTimeZone &tz, Granularity g, Qt::DayOfWeek weekStart, bool *capped)
{
    QList<qint64> out;
    if (capped)
        *capped = false;
    if (from >= to)
        return out;
    for (qint64 b = floor(from, tz, g, weekStart); b < to;) {
        if (out.size() >= Limits::MaxBuckets) {
            // A range of absurd width (a stray timestamp, a typo in --from) must not build millions of buckets.
            if (capped)
                *capped = true;
            break;
        }
        out.append(b);
        const qint64 n = next(b, tz, g, weekStart);
        if (n <= b)
            break;
        b = n;
    }
    return out;
}

QString isoLabel(qint64 t, const QTimeZone &tz)
{
    const qint64 offset = offsetAt(t, tz);
    return QDateTime::fromSecsSinceEpoch(t + offset, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + offsetText(offset);
}

QString shortLabel(qint64 bucketStart, const QTimeZone &tz, Granularity g)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(bucketStart + offsetAt(bucketStart, tz), Qt::UTC);
    switch (g) {
    case Granularity::Hour:
        return local.toString(QStringLiteral("HH:mm"));
    case Granularity::Day:
        return local.toString(QStringLiteral("MM-dd"));
    case Granularity::Week:
        // The ISO week number names Monday-based weeks only.
        if (local.date().dayOfWeek() != Qt::Monday)
            return local.toString(QStringLiteral("MM-dd"));
        return QStringLiteral("W%1 %2")
            .arg(local.date().weekNumber(), 2, 10, QLatin1Char('0'))
            .arg(local.toString(QStringLiteral("MM-dd")));
    case Granularity::Month:
        return local.toString(QStringLiteral("yyyy-MM"));
    }
    return QString();
}

} // namespace TimeBuckets

bool parseTimePoint(const QString &text, const QTimeZone &tz, qint64 *out)
{
    const QString s = text.trimmed();
    static const QRegularExpression epoch(QStringLiteral("^-?\\d+$"));
    if (epoch.match(s).hasMatch()) {
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (ok)
            *out = v;
        return ok;
    }
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                       "\\s*(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = iso.match(s);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return false;
    const qint64 wall = dayOfDate(date) * Day + hour * 3600 + minute * 60 + second;
    if (!m.captured(7).isEmpty()) {
        *out = wall;
    } else if (!m.captured(8).isEmpty()) {
        const int oh = m.captured(9).toInt();
        const int om = m.captured(10).toInt();
        if (oh > 14 || om > 59)
            return false;
        const qint64 offset = (oh * 3600 + om * 60) * (m.captured(8) == QLatin1String("-") ? -1 : 1);
        *out = wall - offset;
    } else {
        if (!tz.isValid())
            return false;
        *out = fromLocal(wall, tz);
    }
    return true;
}

} // namespace QuotaScope
