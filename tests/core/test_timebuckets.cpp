#include "aggregate/timebuckets.h"
#include "support/printers.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace QuotaScope;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

QTimeZone zone(const char *id)
{
    const QTimeZone tz(id);
    EXPECT_TRUE(tz.isValid()) << id;
    return tz;
}

} // namespace

TEST(TimeBuckets, DstDaysInBerlinHave23And25Hours)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const qint64 spring = TimeBuckets::floor(utc(2026, 3, 29, 12), berlin, Granularity::Day);
    EXPECT_EQ(spring, utc(2026, 3, 28, 23));
    EXPECT_EQ(TimeBuckets::next(spring, berlin, Granularity::Day), utc(2026, 3, 29, 22));
    const qint64 autumn = TimeBuckets::floor(utc(2026, 10, 25, 12), berlin, Granularity::Day);
    EXPECT_EQ(autumn, utc(2026, 10, 24, 22));
    EXPECT_EQ(TimeBuckets::next(autumn, berlin, Granularity::Day), utc(2026, 10, 25, 23));
    EXPECT_EQ(TimeBuckets::isoLabel(spring, berlin), QStringLiteral("2026-03-29T00:00:00+01:00"));
    EXPECT_EQ(TimeBuckets::isoLabel(utc(2026, 3, 29, 22), berlin), QStringLiteral("2026-03-30T00:00:00+02:00"));
}

TEST(TimeBuckets, DstDaysInNewYork)
{
    const QTimeZone ny = zone("America/New_York");
    const qint64 spring = TimeBuckets::floor(utc(2026, 3, 8, 18), ny, Granularity::Day);
    EXPECT_EQ(spring, utc(2026, 3, 8, 5));
    EXPECT_EQ(TimeBuckets::next(spring, ny, Granularity::Day) - spring, 23 * 3600);
    const qint64 autumn = TimeBuckets::floor(utc(2026, 11, 1, 18), ny, Granularity::Day);
    EXPECT_EQ(autumn, utc(2026, 11, 1, 4));
    EXPECT_EQ(TimeBuckets::next(autumn, ny, Granularity::Day) - autumn, 25 * 3600);
    // Times just before midnight stay in their day.
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 11, 2, 4, 59), ny, Granularity::Day), autumn);
}

TEST(TimeBuckets, HourBucketsAcrossTheRepeatedAndTheSkippedHour)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const QList<qint64> autumn
        = TimeBuckets::starts(utc(2026, 10, 24, 23), utc(2026, 10, 25, 3), berlin, Granularity::Hour);
    ASSERT_EQ(autumn,
        (QList<qint64> { utc(2026, 10, 24, 23), utc(2026, 10, 25, 0), utc(2026, 10, 25, 1), utc(2026, 10, 25, 2) }));
    QStringList labels;
    for (qint64 b : autumn)
        labels << TimeBuckets::shortLabel(b, berlin, Granularity::Hour);
    EXPECT_EQ(labels,
        (QStringList {
            QStringLiteral("01:00"), QStringLiteral("02:00"), QStringLiteral("02:00"), QStringLiteral("03:00") }));
    EXPECT_EQ(TimeBuckets::isoLabel(autumn[1], berlin), QStringLiteral("2026-10-25T02:00:00+02:00"));
    EXPECT_EQ(TimeBuckets::isoLabel(autumn[2], berlin), QStringLiteral("2026-10-25T02:00:00+01:00"));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 10, 25, 1, 40), berlin, Granularity::Hour), utc(2026, 10, 25, 1));

    const QList<qint64> spring
        = TimeBuckets::starts(utc(2026, 3, 29, 0), utc(2026, 3, 29, 3), berlin, Granularity::Hour);
    labels.clear();
    for (qint64 b : spring)
        labels << TimeBuckets::shortLabel(b, berlin, Granularity::Hour);
    EXPECT_EQ(labels, (QStringList { QStringLiteral("01:00"), QStringLiteral("03:00"), QStringLiteral("04:00") }));
}

TEST(TimeBuckets, HalfAndQuarterHourZones)
{
    const QTimeZone kolkata = zone("Asia/Kolkata");
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 29, 20), kolkata, Granularity::Day), utc(2026, 3, 29, 18, 30));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 29, 18, 29), kolkata, Granularity::Day), utc(2026, 3, 28, 18, 30));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 29, 20, 10), kolkata, Granularity::Hour), utc(2026, 3, 29, 19, 30));
    EXPECT_EQ(TimeBuckets::shortLabel(utc(2026, 3, 29, 19, 30), kolkata, Granularity::Hour), QStringLiteral("01:00"));
    const QTimeZone kathmandu = zone("Asia/Kathmandu");
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 29, 20), kathmandu, Granularity::Day), utc(2026, 3, 29, 18, 15));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 29, 20, 10), kathmandu, Granularity::Hour), utc(2026, 3, 29, 19, 15));
    EXPECT_EQ(TimeBuckets::next(utc(2026, 3, 29, 19, 15), kathmandu, Granularity::Hour), utc(2026, 3, 29, 20, 15));
    EXPECT_EQ(TimeBuckets::isoLabel(utc(2026, 3, 29, 18, 15), kathmandu), QStringLiteral("2026-03-30T00:00:00+05:45"));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 3, 20), kathmandu, Granularity::Month), utc(2026, 2, 28, 18, 15));
}

TEST(TimeBuckets, WeeksStartOnMondayAcrossTheYearBoundary)
{
    // 2026-01-01 is a Thursday; its ISO week (W01) starts on Monday 2025-12-29.
    const QTimeZone tz = QTimeZone::utc();
    const qint64 w = TimeBuckets::floor(utc(2026, 1, 1, 15), tz, Granularity::Week);
    EXPECT_EQ(w, utc(2025, 12, 29));
    EXPECT_EQ(TimeBuckets::next(w, tz, Granularity::Week), utc(2026, 1, 5));
    EXPECT_EQ(TimeBuckets::shortLabel(w, tz, Granularity::Week), QStringLiteral("W01 12-29"));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 1, 4, 23, 59), tz, Granularity::Week), utc(2025, 12, 29));
    EXPECT_EQ(TimeBuckets::floor(utc(2026, 1, 5), tz, Granularity::Week), utc(2026, 1, 5));
    // Sunday 2026-03-29 in Berlin: the week began on Monday 03-23 (CET), the next one begins in CEST.
    const QTimeZone berlin = zone("Europe/Berlin");
    const qint64 dstWeek = TimeBuckets::floor(utc(2026, 3, 29, 12), berlin, Granularity::Week);
    EXPECT_EQ(dstWeek, utc(2026, 3, 22, 23));
    EXPECT_EQ(TimeBuckets::next(dstWeek, berlin, Granularity::Week), utc(2026, 3, 29, 22));
}

TEST(TimeBuckets, CalendarMonths)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const qint64 march = TimeBuckets::floor(utc(2026, 3, 15), berlin, Granularity::Month);
    EXPECT_EQ(march, utc(2026, 2, 28, 23));
    EXPECT_EQ(TimeBuckets::next(march, berlin, Granularity::Month), utc(2026, 3, 31, 22));
    EXPECT_EQ(TimeBuckets::shortLabel(march, berlin, Granularity::Month), QStringLiteral("2026-03"));
    const QList<qint64> year
        = TimeBuckets::starts(utc(2025, 12, 1), utc(2026, 3, 1), QTimeZone::utc(), Granularity::Month);
    EXPECT_EQ(year, (QList<qint64> { utc(2025, 12, 1), utc(2026, 1, 1), utc(2026, 2, 1) }));
}

// Checked against Qt's own conversion: every bucket starts at a local midnight (or the hour) and buckets tile
// time without gaps or overlaps.
TEST(TimeBuckets, BucketsTileTimeInManyZones)
{
    QRandomGenerator rng(1234);
    const char *zones[] = { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham" };
    for (const char *id : zones) {
        const QTimeZone tz = zone(id);
        for (Granularity g : { Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month }) {
            for (int i = 0; i < 200; ++i) {
                const qint64 t = utc(2025, 1, 1) + qint64(rng.bounded(2 * 365 * 86400));
                const qint64 b = TimeBuckets::floor(t, tz, g);
                const qint64 n = TimeBuckets::next(b, tz, g);
                ASSERT_LE(b, t) << id << " " << int(g);
                ASSERT_GT(n, t) << id << " " << int(g);
                ASSERT_EQ(TimeBuckets::floor(n, tz, g), n) << id << " " << int(g);
                ASSERT_EQ(TimeBuckets::floor(n - 1, tz, g), b) << id << " " << int(g);
                const QDateTime local = QDateTime::fromSecsSinceEpoch(b, tz);
                const QDateTime before = QDateTime::fromSecsSinceEpoch(b - 1, tz);
                if (g != Granularity::Hour) {
                    ASSERT_NE(local.date(), before.date()) << id << " " << b;
                    ASSERT_LE(local.date(), QDateTime::fromSecsSinceEpoch(t, tz).date()) << id << " " << t;
                }
                // Braces: gtest's assertions are if/else statements themselves.
                if (g == Granularity::Week) {
                    ASSERT_EQ(local.date().dayOfWeek(), 1) << id;
                }
                if (g == Granularity::Month) {
                    ASSERT_EQ(local.date().day(), 1) << id;
                }
            }
        }
    }
}

TEST(TimeBuckets, ParseTimePoint)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    qint64 t = 0;
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 28, 23));
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29T12:00"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 29, 10));
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29T12:00:00+05:30"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 29, 6, 30));
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29T12:00:00Z"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 29, 12));
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29T12:00:00-0400"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 29, 16));
    ASSERT_TRUE(parseTimePoint(QStringLiteral("1780732805"), berlin, &t));
    EXPECT_EQ(t, 1780732805);
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29"), QTimeZone("Asia/Kathmandu"), &t));
    EXPECT_EQ(t, utc(2026, 3, 28, 18, 15));
    // 02:30 does not exist on the spring day: it means the first instant after the gap.
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-03-29T02:30"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 3, 29, 1));
    // 02:30 happens twice on the autumn day: the first one is meant.
    ASSERT_TRUE(parseTimePoint(QStringLiteral("2026-10-25T02:30"), berlin, &t));
    EXPECT_EQ(t, utc(2026, 10, 25, 0, 30));
    for (const char *bad : { "2026-02-30", "tomorrow", "2026-03-29T25:00", "2026-3-29", "", "12:00" })
        EXPECT_FALSE(parseTimePoint(QLatin1String(bad), berlin, &t)) << bad;
}

TEST(TimeBucketsWeekStart, SundayWeeksStartOnSundayAcrossDst)
{
    const QTimeZone ny("America/New_York");
    // 2026-03-08 is a Sunday and the day New York springs forward.
    const qint64 wednesday = QDateTime(QDate(2026, 3, 11), QTime(12, 0), ny).toSecsSinceEpoch();
    const qint64 sunday = QDateTime(QDate(2026, 3, 8), QTime(0, 0), ny).toSecsSinceEpoch();
    EXPECT_EQ(QuotaScope::TimeBuckets::floor(wednesday, ny, QuotaScope::Granularity::Week, Qt::Sunday), sunday);
    EXPECT_EQ(QuotaScope::TimeBuckets::next(sunday, ny, QuotaScope::Granularity::Week, Qt::Sunday),
              QDateTime(QDate(2026, 3, 15), QTime(0, 0), ny).toSecsSinceEpoch());
    // One hour shorter than seven days: the week holds the DST change.
    EXPECT_EQ(QuotaScope::TimeBuckets::next(sunday, ny, QuotaScope::Granularity::Week, Qt::Sunday) - sunday,
              7 * 86400 - 3600);
    // Monday remains the default, and a Sunday belongs to the week that began the Monday before.
    EXPECT_EQ(QuotaScope::TimeBuckets::floor(sunday, ny, QuotaScope::Granularity::Week),
              QDateTime(QDate(2026, 3, 2), QTime(0, 0), ny).toSecsSinceEpoch());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const qint64 start = QuotaScope::TimeBuckets::floor(wednesday, ny, QuotaScope::Granularity::Week,
                                                            Qt::DayOfWeek(day));
        EXPECT_EQ(QDateTime::fromSecsSinceEpoch(start, ny).date().dayOfWeek(), day);
        EXPECT_LE(start, wednesday);
        EXPECT_GT(QuotaScope::TimeBuckets::next(start, ny, QuotaScope::Granularity::Week, Qt::DayOfWeek(day)),
                  wednesday);
    }
    EXPECT_EQ(QuotaScope::TimeBuckets::shortLabel(sunday, ny, QuotaScope::Granularity::Week), QStringLiteral("03-08"));
}
