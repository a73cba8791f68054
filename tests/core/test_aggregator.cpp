#include "aggregate/aggregator.h"
#include "aggregate/ranking.h"
#include "aggregate/timebuckets.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sqlitestatement.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace QuotaScope;
using QuotaScope::Test::TempDir;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

UsageRecord record(const QString &identity, qint64 at, int type = 2)
{
    UsageRecord r;
    r.identity = identity;
    r.createdAt = at;
    r.type = type;
    return r;
}

/// Which local period a time falls in, computed with Qt's own conversion (independent of TimeBuckets).
QString localPeriod(qint64 t, const QTimeZone &tz, Granularity g)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, tz);
    const QDate d = local.date();
    switch (g) {
    case Granularity::Hour:
        return local.toString(QStringLiteral("yyyy-MM-dd HH")) + QString::number(local.offsetFromUtc());
    case Granularity::Day:
        return d.toString(Qt::ISODate);
    case Granularity::Week:
        return d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate);
    case Granularity::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    }
    return QString();
}

QString dimensionKey(const UsageRecord &r, Dimension by)
{
    switch (by) {
    case Dimension::None:
        return QString();
    case Dimension::Model:
        return r.model;
    case Dimension::User:
        return r.userName;
    case Dimension::Token:
        return r.tokenName;
    case Dimension::Channel:
        return r.channelName.isEmpty() ? QString::number(r.channelId) : r.channelName;
    case Dimension::Group:
        return r.group;
    case Dimension::Source:
        return QString(); // the caller knows the source
    }
    return QString();
}

bool matches(const UsageRecord &r, qint64 source, const Filter &f)
{
    const auto in = [](const QStringList &list, const QString &v) { return list.isEmpty() || list.contains(v); };
    return (f.sourceIds.isEmpty() || f.sourceIds.contains(source)) && (f.types.isEmpty() || f.types.contains(r.type))
        && in(f.users, r.userName) && in(f.tokens, r.tokenName) && in(f.models, r.model) && in(f.groups, r.group)
        && (f.channels.isEmpty() || f.channels.contains(r.channelName)
            || f.channels.contains(QString::number(r.channelId)));
}

class AggregatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = CacheDb::open(m_dir.path(), QStringLiteral("agg")).value();
        SourceRepository repo(m_cache.db());
        m_sourceA = repo.ensure(QStringLiteral("a"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        m_sourceB = repo.ensure(QStringLiteral("b"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
    }

    void write(qint64 source, const QList<UsageRecord> &records)
    {
        RecordWriter w(m_cache.db(), source);
        ASSERT_TRUE(w.begin().ok());
        const auto written = w.write(records);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        ASSERT_TRUE(w.commit().ok());
        for (const UsageRecord &r : records)
            m_written.append({ source, r });
    }

    /// Random records around a year boundary and both 2026 DST changes, at random seconds.
    void writeRandom(quint32 seed, int count)
    {
        QRandomGenerator rng(seed);
        const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("o3"), QStringLiteral("claude"),
            QStringLiteral("deepseek"), QStringLiteral("qwen"), QStringLiteral("glm") };
        const qint64 windows[][2] = { { utc(2025, 12, 20), utc(2026, 1, 12) }, { utc(2026, 3, 5), utc(2026, 4, 5) },
            { utc(2026, 10, 20), utc(2026, 11, 5) } };
        for (qint64 source : { m_sourceA, m_sourceB }) {
            QList<UsageRecord> batch;
            for (int i = 0; i < count; ++i) {
                const auto &w = windows[rng.bounded(3)];
                UsageRecord r = record(QStringLiteral("id:%1").arg(i), w[0] + qint64(rng.bounded(w[1] - w[0])),
                    QList<int> { 2, 2, 2, 2, 5, 6 }[int(rng.bounded(6))]);
                // Skewed model use so that ranking and top-N have something to do.
                r.model = models[int(models.size() * std::pow(rng.generateDouble(), 2.0))];
                r.userName = QStringLiteral("user%1").arg(rng.bounded(7));
                r.tokenName = QStringLiteral("tok%1").arg(rng.bounded(4));
                r.channelId = 1 + rng.bounded(5);
                r.channelName = r.channelId == 5 ? QString() : QStringLiteral("ch%1").arg(r.channelId);
                r.group = rng.bounded(3) == 0 ? QStringLiteral("vip") : QStringLiteral("default");
                r.quota = rng.bounded(50000);
                r.promptTokens = rng.bounded(3000);
                r.completionTokens = rng.bounded(800);
                r.cacheReadTokens = rng.bounded(100);
                r.cacheWriteTokens = rng.bounded(50);
                batch << r;
            }
            write(source, batch);
        }
    }

    /// (local period, key) -> counters over the raw records, as a report should show them.
    QMap<QPair<QString, QString>, Counters> bruteForce(const ReportQuery &q) const
    {
        QMap<QPair<QString, QString>, Counters> out;
        for (const auto &[source, r] : m_written) {
            if (r.createdAt < q.from || r.createdAt >= q.to || !matches(r, source, q.filter))
                continue;
            Counters &c = out[{ localPeriod(r.createdAt, q.tz, q.granularity), dimensionKey(r, q.by) }];
            c.requests += 1;
            c.quota += r.quota;
            c.promptTokens += r.promptTokens;
            c.completionTokens += r.completionTokens;
            c.cacheReadTokens += r.cacheReadTokens;
            c.cacheWriteTokens += r.cacheWriteTokens;
        }
        return out;
    }

    static QMap<QPair<QString, QString>, Counters> reported(const Report &report)
    {
        QMap<QPair<QString, QString>, Counters> out;
        for (const ReportRow &row : report.rows) {
            Counters &cell = out[{ localPeriod(row.bucket, report.query.tz, report.query.granularity), row.key }];
            EXPECT_TRUE(cell.add(row.counters));
        }
        return out;
    }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_sourceA = 0;
    qint64 m_sourceB = 0;
    QList<std::pair<qint64, UsageRecord>> m_written;
};

} // namespace

TEST_F(AggregatorTest, ReportsEqualBruteForceInZonesAndGranularities)
{
    writeRandom(77, 3000);
    Aggregator agg(m_cache.db());
    const char *zones[] = { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu" };
    const qint64 ranges[][2] = { { utc(2025, 12, 18), utc(2026, 1, 14) }, // weeks across the year boundary
        { utc(2026, 3, 1, 3, 15), utc(2026, 4, 10, 18, 45) }, // both DST springs
        { utc(2026, 10, 24), utc(2026, 11, 3) } }; // both DST autumns
    int compared = 0;
    for (const char *id : zones) {
        for (const auto &range : ranges) {
            for (Granularity g : { Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month }) {
                for (Dimension by : { Dimension::Model, Dimension::Channel, Dimension::None }) {
                    ReportQuery q;
                    q.from = range[0];
                    q.to = range[1];
                    q.tz = QTimeZone(id);
                    q.granularity = g;
                    q.by = by;
                    const auto report = agg.report(q);
                    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
                    const auto expected = bruteForce(q);
                    ASSERT_EQ(reported(report.value()), expected) << id << " g=" << int(g) << " by=" << int(by);
                    EXPECT_EQ(report->buckets, TimeBuckets::starts(q.from, q.to, q.tz, g));
                    Counters sum;
                    for (const Counters &c : expected)
                        ASSERT_TRUE(sum.add(c));
                    EXPECT_EQ(report->totals, sum);
                    for (const ReportRow &row : report->rows)
                        ASSERT_TRUE(report->buckets.contains(row.bucket));
                    compared += expected.size();
                }
            }
        }
    }
    EXPECT_GT(compared, 1000);
}

TEST_F(AggregatorTest, FiltersMatchBruteForce)
{
    writeRandom(99, 2000);
    Aggregator agg(m_cache.db());
    QList<Filter> filters;
    Filter f;
    f.users = QStringList { QStringLiteral("user1"), QStringLiteral("user4") };
    filters << f;
    f = Filter();
    f.channels = QStringList { QStringLiteral("5"), QStringLiteral("ch2") }; // an id (nameless channel) and a name
    filters << f;
    f = Filter();
    f.types.clear(); // every type
    f.sourceIds = { m_sourceB };
    f.groups = QStringList { QStringLiteral("vip") };
    filters << f;
    f = Filter();
    f.types = { 5, 6 };
    f.models = QStringList { QStringLiteral("o3"), QStringLiteral("no-such-model") };
    f.tokens = QStringList { QStringLiteral("tok0"), QStringLiteral("tok2") };
    filters << f;
    f = Filter();
    f.users = QStringList { QStringLiteral("nobody") };
    filters << f;
    for (const Filter &filter : filters) {
        for (Dimension by : { Dimension::User, Dimension::Token, Dimension::Group }) {
            ReportQuery q;
            q.from = utc(2025, 12, 1);
            q.to = utc(2026, 12, 1);
            q.tz = QTimeZone("Asia/Kolkata");
            q.granularity = Granularity::Month;
            q.by = by;
            q.filter = filter;
            const auto report = agg.report(q);
            ASSERT_TRUE(report.ok());
            EXPECT_EQ(reported(report.value()), bruteForce(q));
        }
    }
}

TEST_F(AggregatorTest, TopNFoldsTheRestIntoOther)
{
    writeRandom(5, 2000);
    Aggregator agg(m_cache.db());
    ReportQuery q;
    q.from = utc(2026, 3, 1);
    q.to = utc(2026, 4, 10);
    q.tz = QTimeZone("Europe/Berlin");
    q.granularity = Granularity::Week;
    q.by = Dimension::Model;
    q.rankBy = Metric::Requests;
    const auto all = agg.report(q);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->keys.size(), 6);
    for (int i = 1; i < all->keys.size(); ++i)
        EXPECT_GE(all->keyTotal(all->keys[i - 1]).requests, all->keyTotal(all->keys[i]).requests);

    q.topN = 3;
    const auto top = agg.report(q);
    ASSERT_TRUE(top.ok());
    ASSERT_EQ(top->keys.size(), 4);
    EXPECT_EQ(top->keys.mid(0, 3), all->keys.mid(0, 3));
    EXPECT_EQ(top->keys.last(), Aggregator::otherKey());
    EXPECT_EQ(top->totals, all->totals);
    Counters rest;
    for (const QString &k : all->keys.mid(3))
        ASSERT_TRUE(rest.add(all->keyTotal(k)));
    EXPECT_EQ(top->keyTotal(Aggregator::otherKey()), rest);
    for (qint64 bucket : top->buckets) {
        Counters inAll, inTop;
        for (const ReportRow &r : all->rows) {
            if (r.bucket == bucket) {
                ASSERT_TRUE(inAll.add(r.counters));
            }
        }
        for (const ReportRow &r : top->rows) {
            if (r.bucket == bucket) {
                ASSERT_TRUE(inTop.add(r.counters));
            }
        }
        EXPECT_EQ(inAll, inTop);
    }
    Counters rowSum;
    for (const ReportRow &r : top->rows)
        ASSERT_TRUE(rowSum.add(r.counters));
    EXPECT_EQ(rowSum, top->totals);

    q.rankBy = Metric::Quota;
    q.topN = 10;
    const auto byQuota = agg.report(q);
    ASSERT_TRUE(byQuota.ok());
    EXPECT_EQ(byQuota->keys.size(), 6);
    EXPECT_FALSE(byQuota->keys.contains(Aggregator::otherKey()));
    for (int i = 1; i < byQuota->keys.size(); ++i)
        EXPECT_GE(byQuota->keyTotal(byQuota->keys[i - 1]).quota, byQuota->keyTotal(byQuota->keys[i]).quota);
}

TEST_F(AggregatorTest, StatCardsOnASmallDataset)
{
    const qint64 t0 = utc(2026, 5, 4, 10);
    QList<UsageRecord> rs;
    const auto add
        = [&](int minute, int second, int type, qint64 quota, qint64 prompt, qint64 completion, const char *user) {
              UsageRecord r = record(QStringLiteral("id:%1").arg(rs.size()), t0 + minute * 60 + second, type);
              r.quota = quota;
              r.promptTokens = prompt;
              r.completionTokens = completion;
              r.userName = QLatin1String(user);
              r.model = QStringLiteral("gpt-4o");
              rs << r;
          };
    add(0, 1, 2, 100, 10, 5, "ann");
    add(0, 30, 2, 200, 20, 5, "ann");
    add(0, 59, 2, 300, 30, 5, "bob");
    add(5, 0, 2, 400, 40, 5, "bob");
    add(5, 10, 2, 500, 50, 5, "ann");
    add(7, 0, 6, 50, 0, 0, "ann"); // refund
    add(8, 0, 5, 0, 0, 0, "bob"); // error
    add(9, 0, 5, 0, 0, 0, "bob"); // error
    add(61, 0, 2, 9999, 1, 1, "ann"); // outside the hour
    write(m_sourceA, rs);

    Aggregator agg(m_cache.db());
    ReportQuery q;
    q.from = t0;
    q.to = t0 + 3600;
    const auto s = agg.stats(q);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(s->totals.requests, 5);
    EXPECT_EQ(s->totals.quota, 1500);
    EXPECT_EQ(s->totals.totalTokens(), 175);
    EXPECT_DOUBLE_EQ(s->avgRpm, 5.0 / 60.0);
    EXPECT_DOUBLE_EQ(s->avgTpm, 175.0 / 60.0);
    EXPECT_EQ(s->peakRpm, 3);
    EXPECT_EQ(s->peakRpmAt, t0);
    EXPECT_EQ(s->refunds, 1);
    EXPECT_EQ(s->refundQuota, 50);
    EXPECT_EQ(s->errors, 2);
    EXPECT_EQ(s->netQuota, 1450);
    EXPECT_DOUBLE_EQ(s->failureRate, 2.0 / 7.0);

    q.filter.users = QStringList { QStringLiteral("bob") };
    const auto bob = agg.stats(q);
    ASSERT_TRUE(bob.ok());
    EXPECT_EQ(bob->totals.requests, 2);
    EXPECT_EQ(bob->peakRpm, 1);
    EXPECT_EQ(bob->peakRpmAt, t0);
    EXPECT_EQ(bob->refunds, 0);
    EXPECT_EQ(bob->errors, 2);
    EXPECT_DOUBLE_EQ(bob->failureRate, 0.5);
}

TEST_F(AggregatorTest, PeakRpmEqualsBruteForceWithAndWithoutNameFilters)
{
    writeRandom(3, 4000);
    // A burst: many requests in one minute, split across both sources.
    QList<UsageRecord> burst;
    for (int i = 0; i < 9; ++i) {
        UsageRecord r = record(QStringLiteral("burst:%1").arg(i), utc(2026, 3, 20, 8, 41, 5 * i));
        r.userName = QStringLiteral("user1");
        burst << r;
    }
    write(m_sourceA, burst.mid(0, 5));
    write(m_sourceB, burst.mid(5));
    Aggregator agg(m_cache.db());
    for (const QStringList &users :
        { QStringList(), QStringList { QStringLiteral("user1"), QStringLiteral("user2") } }) {
        ReportQuery q;
        q.from = utc(2026, 3, 1);
        q.to = utc(2026, 4, 1);
        q.filter.users = users;
        QMap<qint64, qint64> perMinute;
        for (const auto &[source, r] : m_written) {
            if (r.createdAt >= q.from && r.createdAt < q.to && matches(r, source, q.filter))
                ++perMinute[r.createdAt - r.createdAt % 60];
        }
        qint64 peak = 0, peakAt = 0;
        for (auto it = perMinute.cbegin(); it != perMinute.cend(); ++it) {
            if (it.value() > peak) {
                peak = it.value();
                peakAt = it.key();
            }
        }
        const auto s = agg.stats(q);
        ASSERT_TRUE(s.ok());
        EXPECT_EQ(s->peakRpm, peak);
        EXPECT_EQ(s->peakRpmAt, peakAt);
        EXPECT_EQ(peakAt, utc(2026, 3, 20, 8, 41));
    }
    EXPECT_EQ(verifyRollups(m_cache.db())->mismatches, 0);
}

TEST_F(AggregatorTest, AggregateSourcesHaveNoPeakRpmButCountInReports)
{
    const qint64 hourly
        = SourceRepository(m_cache.db())
              .ensure(QStringLiteral("hourly"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate)
              .value();
    HourlyBucket b;
    b.hourStart = utc(2026, 5, 4, 10);
    b.userName = QStringLiteral("ann");
    b.model = QStringLiteral("o3");
    b.requests = 12;
    b.quota = 3400;
    b.tokens = 5600;
    AggregateWriter w(m_cache.db(), hourly);
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.replace({ b }).ok());
    ASSERT_TRUE(w.commit().ok());

    Aggregator agg(m_cache.db());
    ReportQuery q;
    q.from = utc(2026, 5, 4);
    q.to = utc(2026, 5, 5);
    q.filter.sourceIds = { hourly };
    const auto s = agg.stats(q);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->peakRpm, -1);
    EXPECT_EQ(s->totals.requests, 12);
    EXPECT_EQ(s->totals.totalTokens(), 5600);
    EXPECT_DOUBLE_EQ(s->avgRpm, 12.0 / 1440.0);
    q.by = Dimension::User;
    const auto report = agg.report(q);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->rows.size(), 1);
    EXPECT_EQ(report->rows.first().key, QStringLiteral("ann"));
    EXPECT_EQ(report->rows.first().counters.unsplitTokens, 5600);
    const auto span = agg.dataSpan(q.filter);
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->first, b.hourStart);
}

TEST_F(AggregatorTest, DistinctValuesAndDataSpan)
{
    UsageRecord r1 = record(QStringLiteral("id:1"), utc(2026, 1, 2, 3, 4, 5));
    r1.model = QStringLiteral("o3");
    r1.channelId = 9;
    UsageRecord r2 = record(QStringLiteral("id:2"), utc(2026, 2, 3, 4, 5, 6));
    r2.model = QStringLiteral("gpt-4o");
    r2.channelName = QStringLiteral("azure");
    write(m_sourceA, { r1, r2 });
    UsageRecord r3 = record(QStringLiteral("id:3"), utc(2026, 3, 1));
    r3.model = QStringLiteral("claude");
    write(m_sourceB, { r3 });

    Aggregator agg(m_cache.db());
    Filter onlyA;
    onlyA.sourceIds = { m_sourceA };
    EXPECT_EQ(agg.distinctValues(Dimension::Model, onlyA).value(),
        (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("o3") }));
    EXPECT_EQ(agg.distinctValues(Dimension::Model, Filter()).value().size(), 3);
    EXPECT_EQ(agg.distinctValues(Dimension::Channel, onlyA).value(),
        (QStringList { QStringLiteral("9"), QStringLiteral("azure") }));
    EXPECT_TRUE(agg.distinctValues(Dimension::None, onlyA).value().isEmpty());
    const auto span = agg.dataSpan(onlyA);
    ASSERT_TRUE(span.ok());
    EXPECT_EQ(span->first, r1.createdAt);
    EXPECT_EQ(span->second, r2.createdAt);
    EXPECT_EQ(agg.dataSpan(Filter()).value().second, r3.createdAt);
}

TEST_F(AggregatorTest, RecordPagesNewestFirstWithFilterAndTotal)
{
    writeRandom(11, 500);
    RecordQuery query(m_cache.db());
    Filter f;
    f.users = QStringList { QStringLiteral("user2") };
    f.channels = QStringList { QStringLiteral("5") };
    const qint64 from = utc(2026, 3, 1);
    const qint64 to = utc(2026, 4, 1);
    QList<qint64> expected;
    for (const auto &[source, r] : m_written) {
        if (r.createdAt >= from && r.createdAt < to && matches(r, source, f))
            expected << r.createdAt;
    }
    std::sort(expected.begin(), expected.end(), std::greater<qint64>());
    ASSERT_GT(expected.size(), 3);
    const auto first = query.page(from, to, f, 0, 3);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->total, expected.size());
    ASSERT_EQ(first->records.size(), 3);
    QList<qint64> seen;
    for (qint64 offset = 0; offset < expected.size(); offset += 3) {
        const auto page = query.page(from, to, f, offset, 3);
        ASSERT_TRUE(page.ok());
        for (const UsageRecord &r : page->records) {
            seen << r.createdAt;
            EXPECT_EQ(r.userName, QStringLiteral("user2"));
            EXPECT_EQ(r.channelId, 5);
        }
    }
    EXPECT_EQ(seen, expected);
    EXPECT_TRUE(query.page(from, to, f, expected.size(), 3)->records.isEmpty());
}

/*
 * A filter on one user, token, channel or group is answered from rollup_pairs (whole UTC days inside a display bucket
 * from rollup_pair_days); the same filter with every model named as well takes the full rollups. Both must equal the
 * raw records, in a zone whose days are not whole UTC hours and in UTC, by hour, day, week and month, for reports by
 * model and totals and for the stat cards.
 */
TEST_F(AggregatorTest, SingleKeyFiltersFromRollupPairsEqualTheFullRollupsAndTheRecords)
{
    writeRandom(2024, 3000);
    Aggregator agg(m_cache.db());
    const QStringList allModels = agg.distinctValues(Dimension::Model, Filter()).value();
    ASSERT_GT(allModels.size(), 3);
    QList<Filter> filters;
    for (const QString &user : { QStringLiteral("user3"), QStringLiteral("nobody") }) {
        Filter f;
        f.users = QStringList { user };
        filters << f;
    }
    Filter f;
    f.users = QStringList { QStringLiteral("user1"), QStringLiteral("user5") };
    filters << f;
    f = Filter();
    f.tokens = QStringList { QStringLiteral("tok2") };
    filters << f;
    f = Filter();
    f.channels = QStringList { QStringLiteral("ch3") };
    filters << f;
    f = Filter();
    f.channels = QStringList { QStringLiteral("5") }; // a nameless channel's id: the full rollups answer
    filters << f;
    f = Filter();
    f.groups = QStringList { QStringLiteral("vip") };
    f.types.clear();
    f.sourceIds = { m_sourceA };
    filters << f;
    int compared = 0;
    for (const Filter &filter : filters) {
        Filter viaRollups = filter;
        viaRollups.models = allModels;
        for (Dimension by : { Dimension::Model, Dimension::None }) {
            for (const auto &[g, zone] : { std::pair { Granularity::Hour, "Asia/Kathmandu" },
                     std::pair { Granularity::Day, "Asia/Kathmandu" }, std::pair { Granularity::Day, "UTC" },
                     std::pair { Granularity::Week, "UTC" }, std::pair { Granularity::Month, "UTC" } }) {
                ReportQuery q;
                q.from = utc(2026, 3, 10, 6, 15);
                q.to = utc(2026, 4, 2, 18, 45);
                q.tz = QTimeZone(zone);
                q.granularity = g;
                q.by = by;
                q.filter = filter;
                const auto pairs = agg.report(q);
                ASSERT_TRUE(pairs.ok()) << pairs.error().message.toStdString();
                const auto expected = bruteForce(q);
                EXPECT_EQ(reported(pairs.value()), expected) << filter.users.join(u',').toStdString();
                q.filter = viaRollups;
                const auto rollups = agg.report(q);
                ASSERT_TRUE(rollups.ok());
                EXPECT_EQ(pairs->rows.size(), rollups->rows.size());
                EXPECT_EQ(reported(pairs.value()), reported(rollups.value()));
                EXPECT_EQ(pairs->totals, rollups->totals);
                compared += expected.size();
            }
        }
        // The cards over whole UTC days and over a range with partial days at both ends.
        for (const auto &[from, to] : { std::pair { utc(2026, 3, 1), utc(2026, 4, 6) },
                 std::pair { utc(2026, 3, 9, 13, 30), utc(2026, 3, 27, 2, 15) } }) {
            ReportQuery q;
            q.from = from;
            q.to = to;
            q.filter = filter;
            const auto pairs = agg.stats(q);
            q.filter = viaRollups;
            const auto rollups = agg.stats(q);
            ASSERT_TRUE(pairs.ok());
            ASSERT_TRUE(rollups.ok());
            EXPECT_EQ(pairs->totals, rollups->totals);
            EXPECT_EQ(pairs->refunds, rollups->refunds);
            EXPECT_EQ(pairs->refundQuota, rollups->refundQuota);
            EXPECT_EQ(pairs->errors, rollups->errors);
            EXPECT_EQ(pairs->peakRpm, rollups->peakRpm);
            EXPECT_EQ(pairs->peakRpmAt, rollups->peakRpmAt);
        }
    }
    EXPECT_GT(compared, 500);
    EXPECT_EQ(verifyRollups(m_cache.db())->mismatches, 0);

    // The token filter did read the pairs: a changed pair changes its answer, not the full rollups'. Hours read the
    // 15-minute pairs; whole UTC days in UTC read the daily pairs, and the edges of a range the 15-minute ones.
    const auto quotaDiff = [&](Granularity g, qint64 from, qint64 to) {
        ReportQuery q;
        q.from = from;
        q.to = to;
        q.granularity = g;
        q.filter.tokens = QStringList { QStringLiteral("tok2") };
        const auto pairs = agg.report(q);
        q.filter.models = allModels;
        const auto rollups = agg.report(q);
        EXPECT_TRUE(pairs.ok()) << pairs.error().message.toStdString();
        EXPECT_TRUE(rollups.ok()) << rollups.error().message.toStdString();
        return pairs->totals.quota - rollups->totals.quota;
    };
    const auto tamper = [&](const char *sql) {
        SqliteStatement st;
        ASSERT_TRUE(st.prepare(m_cache.db(), sql).ok());
        st.step();
        ASSERT_TRUE(st.ok());
    };
    tamper("UPDATE rollup_pair_days SET quota = quota + 1 WHERE dimension = 3");
    EXPECT_EQ(quotaDiff(Granularity::Hour, utc(2026, 3, 1), utc(2026, 4, 6)), 0);
    EXPECT_GT(quotaDiff(Granularity::Day, utc(2026, 3, 1), utc(2026, 4, 6)), 0);
    const auto tampered = verifyRollups(m_cache.db());
    ASSERT_TRUE(tampered.ok());
    EXPECT_GT(tampered->mismatches, 0);
    EXPECT_TRUE(tampered->details.join(u'\n').contains(QLatin1String("rollup_pair_days: dimension 3")));
    tamper("UPDATE rollup_pair_days SET quota = quota - 1 WHERE dimension = 3");
    tamper("UPDATE rollup_pairs SET quota = quota + 1 WHERE dimension = 3");
    EXPECT_GT(quotaDiff(Granularity::Hour, utc(2026, 3, 1), utc(2026, 4, 6)), 0);
    EXPECT_EQ(quotaDiff(Granularity::Day, utc(2026, 3, 1), utc(2026, 4, 6)), 0);
    // A range that ends inside a day in which the token has a row: that day is an edge.
    SqliteStatement edge;
    ASSERT_TRUE(edge.prepare(m_cache.db(),
                        "SELECT min(bucket) FROM rollup_pairs WHERE dimension = 3 AND type = 2 AND bucket % 86400 < "
                        "85500 AND key = (SELECT id FROM dims WHERE value = 'tok2') AND bucket >= "
                            + QByteArray::number(utc(2026, 3, 5)))
                    .ok());
    ASSERT_TRUE(edge.step());
    ASSERT_FALSE(edge.isNull(0));
    const qint64 edgeBucket = edge.int64(0);
    edge.reset();
    EXPECT_GT(quotaDiff(Granularity::Day, utc(2026, 3, 1), edgeBucket + 900), 0);
}

TEST_F(AggregatorTest, RerankedEqualsAReportRankedThatWay)
{
    writeRandom(5, 1500);
    Aggregator agg(m_cache.db());
    ReportQuery q;
    q.from = utc(2026, 3, 1);
    q.to = utc(2026, 4, 6);
    q.tz = QTimeZone("Europe/Berlin");
    q.by = Dimension::Model;
    const auto full = agg.report(q);
    ASSERT_TRUE(full.ok());
    ASSERT_GT(full->keys.size(), 3);
    for (Metric m : { Metric::Quota, Metric::Requests, Metric::Tokens }) {
        for (int topN : { 0, 2, 3, 50 }) {
            q.rankBy = m;
            q.topN = topN;
            const auto direct = agg.report(q);
            const auto reranked = Aggregator::reranked(full.value(), m, topN);
            ASSERT_TRUE(direct.ok());
            ASSERT_TRUE(reranked.ok());
            EXPECT_EQ(reranked->keys, direct->keys) << int(m) << " top " << topN;
            EXPECT_EQ(reranked->totals, direct->totals);
            ASSERT_EQ(reranked->rows.size(), direct->rows.size());
            for (qsizetype i = 0; i < direct->rows.size(); ++i) {
                EXPECT_EQ(reranked->rows[i].bucket, direct->rows[i].bucket);
                EXPECT_EQ(reranked->rows[i].key, direct->rows[i].key);
                EXPECT_EQ(reranked->rows[i].counters, direct->rows[i].counters);
            }
            EXPECT_EQ(reranked->query.topN, topN);
            EXPECT_EQ(reranked->query.rankBy, m);
        }
    }
}

/*
 * Reports grouped by one dimension read whole UTC days inside a display bucket from rollup_days and the edges from
 * the 15-minute rows: in zones whose days are and are not whole UTC days (+05:30, +05:45, DST changes), for ranges
 * that do not start or end at midnight, every cell must equal the raw records, and a ranking (rankKeys) the same.
 */
TEST_F(AggregatorTest, DailyRollupsAnswerEqualsTheRecordsInEveryZone)
{
    writeRandom(808, 3000);
    Aggregator agg(m_cache.db());
    const char *zones[] = { "UTC", "Asia/Kolkata", "Asia/Kathmandu", "Europe/Berlin", "America/New_York" };
    const qint64 ranges[][2] = { { utc(2025, 12, 19, 7, 45), utc(2026, 1, 11, 16, 15) },
        { utc(2026, 3, 2), utc(2026, 4, 4) }, { utc(2026, 10, 20, 23, 30), utc(2026, 11, 4, 0, 15) } };
    int compared = 0;
    for (const char *id : zones) {
        for (const auto &range : ranges) {
            for (Granularity g : { Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month }) {
                for (Dimension by : { Dimension::Token, Dimension::User, Dimension::Group, Dimension::None }) {
                    ReportQuery q;
                    q.from = range[0];
                    q.to = range[1];
                    q.tz = QTimeZone(id);
                    q.granularity = g;
                    q.by = by;
                    const auto report = agg.report(q);
                    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
                    ASSERT_EQ(reported(report.value()), bruteForce(q)) << id << " g=" << int(g) << " by=" << int(by);
                    compared += int(report->rows.size());
                }
            }
            ReportQuery q;
            q.from = range[0];
            q.to = range[1];
            q.tz = QTimeZone(id);
            q.granularity = Granularity::Day;
            q.by = Dimension::Token;
            const auto ranking = rankKeys(m_cache.db(), q);
            ASSERT_TRUE(ranking.ok());
            ReportQuery before = q;
            before.from = ranking->previousFrom;
            before.to = q.from;
            before.tz = QTimeZone::utc();
            before.granularity = Granularity::Month;
            QHash<QString, Counters> previous;
            const auto previousCells = bruteForce(before);
            for (auto it = previousCells.cbegin(); it != previousCells.cend(); ++it)
                ASSERT_TRUE(previous[it.key().second].add(it.value()));
            const auto current = bruteForce(q);
            for (const RankingRow &row : ranking->rows) {
                Counters sum;
                for (auto it = current.cbegin(); it != current.cend(); ++it) {
                    if (it.key().second == row.key) {
                        ASSERT_TRUE(sum.add(it.value()));
                    }
                }
                EXPECT_EQ(row.current, sum) << id << " " << row.key.toStdString();
                EXPECT_EQ(row.previous, previous.value(row.key)) << id << " " << row.key.toStdString();
                qint64 sparkline = 0;
                for (qint64 v : row.sparkline)
                    sparkline += v;
                EXPECT_EQ(sparkline, sum.quota);
            }
        }
    }
    EXPECT_GT(compared, 3000);
    const auto verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // A UTC day report reads the day rows: a changed one changes its answer, and verify finds it.
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(),
        "UPDATE rollup_days SET quota = quota + 7 WHERE dimension = 3 AND type = 2 AND day = 1773100800 AND key = "
        "(SELECT min(key) FROM rollup_days WHERE dimension = 3 AND type = 2 AND day = 1773100800)")
                    .ok());
    ReportQuery q;
    q.from = utc(2026, 3, 2);
    q.to = utc(2026, 4, 4);
    q.tz = QTimeZone::utc();
    q.granularity = Granularity::Day;
    q.by = Dimension::Token;
    const auto tampered = agg.report(q);
    ASSERT_TRUE(tampered.ok());
    EXPECT_NE(reported(tampered.value()), bruteForce(q));
    const auto found = verifyRollups(m_cache.db());
    ASSERT_TRUE(found.ok());
    EXPECT_GT(found->mismatches, 0);
    EXPECT_TRUE(found->details.join(u'\n').contains(QLatin1String("rollup_days: dimension 3")))
        << found->details.join(u'\n').toStdString();
}

/*
 * A zone whose days are not UTC days (+08:00, +05:45) reads its days from rollup_zone_days, derived on first use:
 * every answer must equal the raw records as records arrive in days already derived, as a source leaves, after a
 * rebuild, and inside a caller's transaction (which reads the 15-minute rows); a tampered row is found by verify.
 */
TEST_F(AggregatorTest, DisplayZoneDaysStayEqualToTheRecordsAsDataArrivesAndLeaves)
{
    writeRandom(909, 2000);
    Aggregator agg(m_cache.db());
    const auto count = [this](const char *sql) {
        SqliteStatement st;
        EXPECT_TRUE(st.prepare(m_cache.db(), sql).ok());
        EXPECT_TRUE(st.step());
        return st.int64(0);
    };
    const auto check = [&](const char *zone, Granularity g, Dimension by, const char *when) {
        ReportQuery q;
        q.from = utc(2026, 3, 6, 9);
        q.to = utc(2026, 4, 3, 5);
        q.tz = QTimeZone(zone);
        q.granularity = g;
        q.by = by;
        const auto report = agg.report(q);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        // The report widens the range to whole buckets; the records are compared over the same range.
        q.from = report->query.from;
        q.to = report->query.to;
        EXPECT_EQ(reported(report.value()), bruteForce(q)) << zone << " " << when;
    };
    const auto checkAll = [&](const char *when) {
        for (const char *zone : { "Asia/Shanghai", "Asia/Kathmandu", "America/New_York" }) {
            for (Granularity g : { Granularity::Day, Granularity::Week })
                for (Dimension by : { Dimension::Token, Dimension::Model, Dimension::Channel })
                    check(zone, g, by, when);
        }
    };
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), 0);
    checkAll("first use");
    const qint64 doneDays = count("SELECT count(*) FROM rollup_zone_days_done");
    EXPECT_EQ(doneDays, 3 * 3 * 27) << "three zones, three dimensions, the 27 whole local days of the range";
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zones"), 3);
    checkAll("second use, from the stored days");
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), doneDays);

    // A done day that is not one of the zone's days now (its rules changed since it was derived) is dropped with
    // its rows, not counted besides the days that replaced it.
    for (const char *sql : {
             "CREATE TEMP TABLE shifted AS SELECT zone, dimension, day FROM rollup_zone_days ORDER BY zone, dimension, "
             "day LIMIT 1",
             "INSERT INTO rollup_zone_days SELECT z.zone, z.dimension, z.day + 3600, type, source_id, key, requests, "
             "quota, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens FROM "
             "rollup_zone_days z JOIN shifted USING (zone, dimension, day)",
             "INSERT INTO rollup_zone_days_done SELECT d.zone, d.dimension, d.day + 3600, d.day_end FROM "
             "rollup_zone_days_done d JOIN shifted USING (zone, dimension, day)",
             "DROP TABLE shifted" })
        ASSERT_TRUE(SqliteStatement::exec(m_cache.db(), sql).ok()) << sql;
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), doneDays + 1);
    checkAll("after the zone's days moved");
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), doneDays);

    // Records arriving in days already derived: those days are forgotten, then derived again with them.
    QList<UsageRecord> late;
    for (int i = 0; i < 40; ++i) {
        UsageRecord r = record(QStringLiteral("late:%1").arg(i), utc(2026, 3, 20, 15, 50) + i * 97);
        r.tokenName = QStringLiteral("late-token");
        r.quota = 1000 + i;
        late << r;
    }
    write(m_sourceA, late);
    EXPECT_LT(count("SELECT count(*) FROM rollup_zone_days_done"), doneDays);
    checkAll("after records arrived");

    // A source removed: its rows leave, the other source's days stay right.
    ASSERT_TRUE(SourceRepository(m_cache.db()).remove(m_sourceB).ok());
    m_written.removeIf([this](const auto &w) { return w.first == m_sourceB; });
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days WHERE source_id NOT IN (SELECT id FROM sources)"), 0);
    checkAll("after a source was removed");

    // Verify compares the stored days with rollup_keys and finds a changed row.
    auto verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(),
        "UPDATE rollup_zone_days SET quota = quota + 7 WHERE (zone, dimension, day, type, source_id, key) = "
        "(SELECT zone, dimension, day, type, source_id, key FROM rollup_zone_days LIMIT 1)")
                    .ok());
    verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_GT(verified->mismatches, 0);
    EXPECT_TRUE(verified->details.join(u'\n').contains(QLatin1String("rollup_zone_days: zone")))
        << verified->details.join(u'\n').toStdString();

    // A rebuild forgets every derived day; the next reports derive them again.
    ASSERT_TRUE(rebuildRollups(m_cache.db(), "SELECT id FROM sources").ok());
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), 0);
    checkAll("after a rebuild");
    verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // Inside a caller's transaction nothing is derived, and the answer comes from the 15-minute rows.
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(), "DELETE FROM rollup_zone_days_done").ok());
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(), "BEGIN").ok());
    check("Asia/Shanghai", Granularity::Day, Dimension::Token, "inside a transaction");
    EXPECT_EQ(count("SELECT count(*) FROM rollup_zone_days_done"), 0);
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(), "ROLLBACK").ok());
}

/*
 * The peak-RPM card of a view filtered by one dimension's keys reads minute_keys; it must equal the busiest minute
 * of the raw records for every dimension, one or several keys, with types and sources narrowed.
 */
TEST_F(AggregatorTest, FilteredPeakRpmFromMinuteKeysEqualsTheRecords)
{
    writeRandom(41, 4000);
    QList<UsageRecord> burst;
    for (int i = 0; i < 7; ++i) {
        UsageRecord r = record(QStringLiteral("burst:%1").arg(i), utc(2026, 3, 21, 9, 12, 8 * i));
        r.userName = QStringLiteral("user4");
        r.tokenName = QStringLiteral("tok1");
        r.model = QStringLiteral("o3");
        r.channelId = 5; // nameless: keyed by its id
        r.group = QStringLiteral("vip");
        burst << r;
    }
    write(m_sourceB, burst);
    Aggregator agg(m_cache.db());
    QList<Filter> filters;
    const auto add = [&](QStringList Filter::*field, const QStringList &values) {
        Filter f;
        (f.*field) = values;
        filters << f;
    };
    add(&Filter::users, { QStringLiteral("user4") });
    add(&Filter::users, { QStringLiteral("user1"), QStringLiteral("user2") });
    add(&Filter::users, { QStringLiteral("nobody") });
    add(&Filter::tokens, { QStringLiteral("tok1") });
    add(&Filter::models, { QStringLiteral("o3") });
    add(&Filter::channels, { QStringLiteral("ch2") });
    add(&Filter::channels, { QStringLiteral("5") }); // a number: counted from the records
    add(&Filter::groups, { QStringLiteral("vip") });
    Filter typed;
    typed.tokens = QStringList { QStringLiteral("tok3") };
    typed.types = { 5 };
    filters << typed;
    Filter sourced;
    sourced.groups = QStringList { QStringLiteral("default") };
    sourced.sourceIds = { m_sourceA };
    filters << sourced;
    // A month from and to the middle of an hour, and parts of the burst's hour before, at and after its minute:
    // the hour rows are cut to the range's minutes.
    const std::pair<qint64, qint64> ranges[] = {
        { utc(2026, 3, 1, 5, 30), utc(2026, 4, 2, 18, 45) },
        { utc(2026, 3, 21, 9, 0), utc(2026, 3, 21, 9, 12) },
        { utc(2026, 3, 21, 9, 12), utc(2026, 3, 21, 9, 13) },
        { utc(2026, 3, 21, 9, 13), utc(2026, 3, 21, 10, 0) },
    };
    for (const auto &[from, to] : ranges)
    for (const Filter &filter : filters) {
        ReportQuery q;
        q.from = from;
        q.to = to;
        q.filter = filter;
        QMap<qint64, qint64> perMinute;
        for (const auto &[source, r] : m_written) {
            if (r.createdAt >= q.from && r.createdAt < q.to && matches(r, source, q.filter))
                ++perMinute[r.createdAt - r.createdAt % 60];
        }
        qint64 peak = 0, peakAt = 0;
        for (auto it = perMinute.cbegin(); it != perMinute.cend(); ++it) {
            if (it.value() > peak) {
                peak = it.value();
                peakAt = it.key();
            }
        }
        const auto s = agg.stats(q);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(s->peakRpm, peak) << filter.users.join(u',').toStdString() << filter.tokens.join(u',').toStdString();
        EXPECT_EQ(s->peakRpmAt, peakAt);
    }
    const auto verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // The token filter's peak is read from minute_keys: a changed count changes it, and verify finds it.
    ASSERT_TRUE(SqliteStatement::exec(m_cache.db(),
        "UPDATE minute_keys SET minutes = qs_minutes_add(minutes, X'0c32') WHERE dimension = 3 AND hour = 1774083600")
                    .ok());
    ReportQuery q;
    q.from = utc(2026, 3, 1);
    q.to = utc(2026, 4, 1);
    q.filter.tokens = QStringList { QStringLiteral("tok1") };
    const auto s = agg.stats(q);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->peakRpmAt, utc(2026, 3, 21, 9, 12));
    EXPECT_GE(s->peakRpm, 57);
    const auto found = verifyRollups(m_cache.db());
    ASSERT_TRUE(found.ok());
    EXPECT_GT(found->mismatches, 0);
    EXPECT_TRUE(found->details.join(u'\n').contains(QLatin1String("minute_keys: dimension 3")))
        << found->details.join(u'\n').toStdString();
}
