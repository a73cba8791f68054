// Plausible ranges, checked sums and checked conversions: one absurd value must neither wrap a total nor make a
// report build buckets without end.
#include "ingesttesthelpers.h"

#include "aggregate/aggregator.h"
#include "aggregate/timebuckets.h"
#include "model/counters.h"
#include "model/limits.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <limits>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

UsageRecord recordAt(qint64 createdAt, qint64 quota, const QString &identity)
{
    UsageRecord r;
    r.identity = identity;
    r.createdAt = createdAt;
    r.model = QStringLiteral("m");
    r.quota = quota;
    return r;
}

qint64 recordSource(const CacheDb &cache)
{
    auto id = SourceRepository(cache.db())
                  .ensure(QStringLiteral("s"), QStringLiteral("file"), SourceInfo::Backing::Records);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? id.value() : 0;
}

Result<void> writeRecords(const CacheDb &cache, qint64 source, const QList<UsageRecord> &records)
{
    RecordWriter w(cache.db(), source);
    if (auto r = w.begin(); !r)
        return r;
    if (auto r = w.write(records); !r)
        return r.error();
    return w.commit();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(Limits, AddCheckedRefusesWhatDoesNotFit)
{
    qint64 out = 7;
    EXPECT_TRUE(addChecked<qint64>(Max - 1, 1, &out));
    EXPECT_EQ(out, Max);
    EXPECT_FALSE(addChecked<qint64>(Max, 1, &out));
    EXPECT_EQ(out, Max) << "left unchanged";
    EXPECT_FALSE(addChecked<qint64>(Min, -1, &out));
    EXPECT_TRUE(addChecked<qint64>(Min, Max, &out));
    EXPECT_EQ(out, -1);
    // The report's example: two rows of 5 * 10^18 wrapped to -8446744073709551616 before.
    EXPECT_FALSE(addChecked<qint64>(5000000000000000000, 5000000000000000000, &out));
}

TEST(Limits, DoublesConvertOnlyWhenWholeAndInRange)
{
    EXPECT_EQ(toInt64(42.0), 42);
    EXPECT_EQ(toInt64(-9223372036854775808.0), Min);
    EXPECT_FALSE(toInt64(9223372036854775808.0).has_value());
    EXPECT_FALSE(toInt64(1e19).has_value());
    EXPECT_FALSE(toInt64(-1e300).has_value());
    EXPECT_FALSE(toInt64(0.5).has_value());
    EXPECT_FALSE(toInt64(std::numeric_limits<double>::quiet_NaN()).has_value());
    EXPECT_FALSE(toInt64(std::numeric_limits<double>::infinity()).has_value());
}

TEST(Limits, CountersRefuseToWrap)
{
    Counters a;
    a.quota = 5000000000000000000;
    a.requests = 1;
    Counters sum = a;
    EXPECT_FALSE(sum.add(a));
    EXPECT_EQ(sum, a) << "a failed add leaves the sum unchanged";
    Counters small;
    small.quota = -3;
    small.promptTokens = 10;
    ASSERT_TRUE(sum.add(small));
    EXPECT_EQ(sum.quota, a.quota - 3);
    EXPECT_EQ(sum.promptTokens, 10);
}

TEST(Limits, ImportSkipsRowsOutsideThePlausibleRangesAndSaysWhy)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("logs.jsonl"));
    const QByteArray ok
        = R"({"id":1,"created_at":1780732805,"type":2,"model_name":"m","quota":1562,"prompt_tokens":10})";
    writeFile(path,
        ok + "\n"
            + R"({"id":2,"created_at":1780732806,"type":2,"model_name":"m","quota":5000000000000000000})"
              "\n"
            + R"({"id":3,"created_at":1780732807,"type":2,"model_name":"m","quota":5000000000000000000})"
              "\n"
            + R"({"id":4,"created_at":1780732808,"type":2,"model_name":"m","prompt_tokens":-7})"
              "\n"
            + R"({"id":5,"created_at":1700000000000000000,"type":2,"model_name":"m","quota":1})"
              "\n"
            + R"({"id":6,"created_at":1780732809,"type":2,"model_name":"m","use_time":-1})"
              "\n"
            + R"({"id":7,"created_at":1780732810,"type":2,"model_name":"m","completion_tokens":1e13})"
              "\n"
            + R"({"id":8,"created_at":1780732811,"type":6,"model_name":"m","quota":25000})"
              "\n");
    Collected c;
    auto stats = readAll(path, ImportOptions(), &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(c.records.size(), 2);
    EXPECT_EQ(c.records.at(0).quota, 1562);
    EXPECT_EQ(c.records.at(1).quota, 25000) << "a refund's positive quota is plausible";
    EXPECT_EQ(stats->rowsRead, 8);
    EXPECT_EQ(stats->skipped, 6);
    auto countFor = [&](const char *field) {
        qint64 n = 0;
        QString key;
        for (auto it = stats->skippedBy.cbegin(); it != stats->skippedBy.cend(); ++it) {
            if (it.key().contains(QLatin1String(field))) {
                n += it.value();
                key = it.key();
            }
        }
        return std::make_pair(n, key);
    };
    const auto quota = countFor("`quota`");
    EXPECT_EQ(quota.first, 2);
    // Where to look: the file and the line of the first such row.
    EXPECT_TRUE(quota.second.contains(QLatin1String("logs.jsonl line 2"))) << quota.second.toStdString();
    EXPECT_EQ(countFor("`prompt_tokens`").first, 1);
    EXPECT_EQ(countFor("`created_at`").first, 1);
    EXPECT_EQ(countFor("`use_time`").first, 1);
    EXPECT_EQ(countFor("`completion_tokens`").first, 1);
}

TEST(Limits, TimesBeforeTwoThousandOrAfterTomorrowAreSkipped)
{
    TempDir dir;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString path = dir.path(QStringLiteral("logs.csv"));
    writeFile(path,
        QStringLiteral("created_at,model_name,quota\n%1,m,1\n%2,m,1\n%3,m,1\n%4,m,1\n")
            .arg(Limits::EarliestTime - 1)
            .arg(Limits::EarliestTime)
            .arg(now + 3600)
            .arg(now + 3 * 86400)
            .toUtf8());
    Collected c;
    auto stats = readAll(path, ImportOptions(), &c);
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    ASSERT_EQ(c.records.size(), 2);
    EXPECT_EQ(c.records.at(0).createdAt, Limits::EarliestTime);
    EXPECT_EQ(c.records.at(1).createdAt, now + 3600);
    EXPECT_EQ(stats->skipped, 2);
    ASSERT_EQ(stats->skippedBy.size(), 1);
    EXPECT_TRUE(stats->skippedBy.keys().first().contains(QLatin1String("line 2")))
        << stats->skippedBy.keys().first().toStdString();
}

TEST(Limits, RollupSumsThatOverflowAreErrorsNotWrongNumbers)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = recordSource(cache);
    const qint64 t = 1780732800;
    const qint64 big = 4000000000000000000;
    // Two rows of one rollup cell in one batch: the writer's own deltas overflow.
    auto sameBatch = writeRecords(cache, src,
        { recordAt(t, big, QStringLiteral("a")), recordAt(t, big, QStringLiteral("b")),
            recordAt(t, big, QStringLiteral("c")) });
    EXPECT_FALSE(sameBatch.ok());

    // One row per batch: SQLite adds to the stored cell, which must fail rather than turn into a float.
    ASSERT_TRUE(writeRecords(cache, src, { recordAt(t, big, QStringLiteral("d")) }).ok());
    ASSERT_TRUE(writeRecords(cache, src, { recordAt(t, big, QStringLiteral("e")) }).ok());
    auto third = writeRecords(cache, src, { recordAt(t, big, QStringLiteral("f")) });
    ASSERT_FALSE(third.ok());
    EXPECT_TRUE(third.error().message.contains(QLatin1String("integer overflow")))
        << third.error().message.toStdString();

    // A row in another hour of the same UTC day fits its 15-minute cell but not the day's (rollup_days): refused too.
    auto sameDay = writeRecords(cache, src, { recordAt(t + 3600, big, QStringLiteral("g")) });
    ASSERT_FALSE(sameDay.ok());
    EXPECT_TRUE(sameDay.error().message.contains(QLatin1String("integer overflow")))
        << sameDay.error().message.toStdString();

    // Rows on other days each fit; their sum over the range does not. The report says so instead of wrapping.
    ASSERT_TRUE(writeRecords(cache, src, { recordAt(t + 86400, big, QStringLiteral("g")) }).ok());
    ReportQuery q;
    q.from = t - 86400;
    q.to = t + 2 * 86400;
    q.granularity = Granularity::Day;
    auto report = Aggregator(cache.db()).report(q);
    ASSERT_FALSE(report.ok()) << "total quota " << report->totals.quota;
    EXPECT_TRUE(report.error().message.contains(QLatin1String("integer overflow"))
        || report.error().message.contains(QLatin1String("64-bit")))
        << report.error().message.toStdString();
    auto stats = Aggregator(cache.db()).stats(q);
    EXPECT_FALSE(stats.ok());
}

TEST(Limits, ReportsBuildAtMostMaxBucketsAndSaySo)
{
    bool capped = false;
    const qint64 from = Limits::EarliestTime;
    const qint64 to = 1780732800;
    const QList<qint64> hours = TimeBuckets::starts(from, to, QTimeZone::utc(), Granularity::Hour, Qt::Monday, &capped);
    EXPECT_TRUE(capped);
    ASSERT_EQ(hours.size(), Limits::MaxBuckets);
    EXPECT_EQ(hours.first(), from);
    EXPECT_EQ(hours.last(), from + qint64(Limits::MaxBuckets - 1) * 3600);
    const QList<qint64> months
        = TimeBuckets::starts(from, to, QTimeZone::utc(), Granularity::Month, Qt::Monday, &capped);
    EXPECT_FALSE(capped);
    EXPECT_LT(months.size(), Limits::MaxBuckets);

    // A stray far-future bound (what a created_at of 1.7e18 used to make the default range) stays bounded.
    const qint64 farAway = 1700000000000000000 / 1000; // still far beyond any real data
    TimeBuckets::starts(from, farAway, QTimeZone::utc(), Granularity::Hour, Qt::Monday, &capped);
    EXPECT_TRUE(capped);

    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = recordSource(cache);
    ASSERT_TRUE(writeRecords(cache, src,
        { recordAt(from + 7200, 5, QStringLiteral("early")), recordAt(to - 3600, 7, QStringLiteral("late")) })
                    .ok());
    ReportQuery q;
    q.from = from;
    q.to = to;
    q.granularity = Granularity::Hour;
    auto report = Aggregator(cache.db()).report(q);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->capped);
    EXPECT_FALSE(report->note.isEmpty());
    EXPECT_EQ(report->buckets.size(), Limits::MaxBuckets);
    EXPECT_EQ(report->query.to, report->buckets.last() + 3600);
    // Totals cover the buckets shown, no more.
    EXPECT_EQ(report->totals.quota, 5);

    // Data in a narrow part of a wide range: the report narrows to the data and still says so.
    const qint64 src2 = SourceRepository(cache.db())
                            .ensure(QStringLiteral("narrow"), QStringLiteral("file"), SourceInfo::Backing::Records)
                            .value();
    ASSERT_TRUE(writeRecords(cache, src2, { recordAt(to - 7200, 11, QStringLiteral("x")) }).ok());
    ReportQuery narrow = q;
    narrow.from = 0;
    narrow.to = 4102444800; // 2100-01-01
    narrow.granularity = Granularity::Day;
    narrow.filter.sourceIds = { src2 };
    auto narrowed = Aggregator(cache.db()).report(narrow);
    ASSERT_TRUE(narrowed.ok()) << narrowed.error().message.toStdString();
    EXPECT_TRUE(narrowed->capped);
    EXPECT_FALSE(narrowed->note.isEmpty());
    EXPECT_EQ(narrowed->buckets.size(), 1);
    EXPECT_EQ(narrowed->totals.quota, 11);

    q.granularity = Granularity::Month;
    q.filter.sourceIds = { src };
    auto monthly = Aggregator(cache.db()).report(q);
    ASSERT_TRUE(monthly.ok());
    EXPECT_FALSE(monthly->capped);
    EXPECT_TRUE(monthly->note.isEmpty());
    EXPECT_EQ(monthly->totals.quota, 12);
}
