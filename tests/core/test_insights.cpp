// Rankings, the Source dimension, the added metrics, and the cache and latency rollups (schema version 4),
// checked against brute-force computations over the records written.
#include "aggregate/insightformat.h"
#include "aggregate/performance.h"
#include "aggregate/ranking.h"
#include "ingest/rowmapper.h"
#include "model/latencybins.h"
#include "store/cachedb.h"
#include "store/perfrollups.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

qint64 utc(int y, int mo, int d, int h = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
}

struct Written
{
    qint64 source;
    UsageRecord record;
    double frt; ///< -1: none
};

/// The exact nearest-rank percentile.
double exactPercentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))));
    return values[rank - 1];
}

void expectNear(double binned, double exact)
{
    // The bins' documented bound, plus a little for exact values right at a bin edge.
    EXPECT_LE(std::abs(binned - exact), exact * LatencyBins::maxRelativeError() + 1e-9)
        << "binned " << binned << " exact " << exact;
}

class InsightsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        SourceRepository repo(m_cache.db());
        m_a = repo.ensure(QStringLiteral("gw-a"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
        m_b = repo.ensure(QStringLiteral("gw-b"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
    }

    void write(qint64 source, const QList<UsageRecord> &records)
    {
        RecordWriter w(m_cache.db(), source);
        ASSERT_TRUE(w.begin().ok());
        const auto written = w.write(records);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        ASSERT_TRUE(w.commit().ok());
    }

    /// Random consumption and error logs over ten days in June 2026, in two sources.
    void writeRandom(quint32 seed, int count)
    {
        QRandomGenerator rng(seed);
        const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("claude"), QStringLiteral("qwen") };
        const QStringList channels { QStringLiteral("primary"), QStringLiteral("relay"), QString() };
        const QStringList users { QStringLiteral("ann"), QStringLiteral("bo") };
        QList<UsageRecord> batchA, batchB;
        for (int i = 0; i < count; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = utc(2026, 6, 1) + qint64(rng.bounded(10 * 86400));
            r.type = rng.bounded(10) == 0 ? 5 : 2;
            r.model = models[rng.bounded(int(models.size()))];
            r.channelName = channels[rng.bounded(int(channels.size()))];
            r.channelId = r.channelName.isEmpty() ? 7 : 1 + rng.bounded(2);
            r.userName = users[rng.bounded(int(users.size()))];
            r.tokenName = r.userName + QStringLiteral("-key%1").arg(rng.bounded(3));
            r.quota = rng.bounded(5000);
            r.promptTokens = 100 + rng.bounded(4000);
            r.cacheReadTokens = rng.bounded(2) ? rng.bounded(int(r.promptTokens)) : 0;
            r.completionTokens = rng.bounded(800);
            // Log-normal-ish latencies from 50 ms to a minute, whole seconds as new-api logs them for a third.
            const double useTime = std::exp(4.0 + rng.generateDouble() * 7.0);
            r.useTimeMs = rng.bounded(3) == 0 ? qint64(std::round(useTime / 1000.0)) * 1000 : qint64(useTime);
            r.isStream = rng.bounded(2) == 1;
            double frt = -1;
            if (r.type == 2 && rng.bounded(4) != 0) {
                frt = std::round(std::exp(3.0 + rng.generateDouble() * 5.0) * 10.0) / 10.0;
                r.other = QStringLiteral("{\"frt\":%1,\"cache_ratio\":0.1,\"model_ratio\":2.5,\"group_ratio\":1}")
                              .arg(frt)
                              .toUtf8();
            }
            const qint64 source = rng.bounded(3) == 0 ? m_b : m_a;
            (source == m_a ? batchA : batchB) << r;
            m_written << Written { source, r, frt };
        }
        write(m_a, batchA);
        write(m_b, batchB);
    }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_a = 0, m_b = 0;
    QList<Written> m_written;
};

} // namespace

TEST(LatencyBins, BoundsAndPercentiles)
{
    EXPECT_EQ(LatencyBins::binOf(0), 0);
    EXPECT_EQ(LatencyBins::binOf(-5), 0);
    EXPECT_EQ(LatencyBins::binOf(1), 1);
    EXPECT_EQ(LatencyBins::binOf(2), 1 + LatencyBins::PerDoubling);
    EXPECT_EQ(LatencyBins::binOf(1e12), LatencyBins::Count - 1);
    for (double v : { 1.0, 3.0, 17.5, 999.0, 4000.0, 61234.0 })
        expectNear(LatencyBins::valueOf(LatencyBins::binOf(v)), v);
    QList<qint64> bins(LatencyBins::Count, 0);
    EXPECT_EQ(LatencyBins::percentile(bins, 0.5), -1.0);
    bins[LatencyBins::binOf(100)] = 9;
    bins[LatencyBins::binOf(5000)] = 1;
    expectNear(LatencyBins::percentile(bins, 0.5), 100);
    expectNear(LatencyBins::percentile(bins, 0.9), 100);
    expectNear(LatencyBins::percentile(bins, 0.95), 5000);
}

TEST(PerfRollups, SavedQuotaFollowsTheGatewaysPricing)
{
    UsageRecord r;
    r.cacheReadTokens = 1000;
    // Through the fast parser and through Qt's (a repeated key makes the fast one decline): the same figures.
    const auto other = [](const char *json) { return PerfRollups::OtherValues::parse(QByteArrayView(json)); };
    // 1000 cache tokens at 0.1 of a prompt token: 900 prompt tokens not paid, x model 2 x group 1.5.
    EXPECT_EQ(PerfRollups::savedQuota(r, other(R"({"cache_ratio":0.1,"model_ratio":2,"group_ratio":1.5})")), 2700);
    // A user group ratio replaces the group ratio.
    EXPECT_EQ(PerfRollups::savedQuota(
                  r, other(R"({"cache_ratio":0.1,"model_ratio":2,"group_ratio":1.5,"user_group_ratio":0.5})")),
        900);
    // Per-call prices and logs without a cache ratio save nothing that can be told.
    EXPECT_EQ(PerfRollups::savedQuota(r, other(R"({"cache_ratio":0.1,"model_ratio":2,"model_price":0.02})")), 0);
    EXPECT_EQ(PerfRollups::savedQuota(r, other(R"({"model_ratio":2})")), 0);
    EXPECT_EQ(PerfRollups::firstResponseMs(other(R"({"frt":612.5})")), 612.5);
    EXPECT_EQ(PerfRollups::firstResponseMs(other(R"({"frt":"x"})")), -1);
    EXPECT_EQ(PerfRollups::firstResponseMs(other(R"({"frt":1,"admin_info":{"frt":5},"frt":612.5})")), 612.5);
    EXPECT_EQ(PerfRollups::savedQuota(r,
                  other(R"({"cache_ratio":0.5,"model_ratio":2,"group_ratio":1,"cache_ratio":0.1,"x":[1,{"a":2}]})")),
        1800);
    EXPECT_EQ(PerfRollups::firstResponseMs(other(R"({"frt": 612.5, "admin_info": {"use_channel": ["3"]}})")), 612.5);
    EXPECT_EQ(PerfRollups::firstResponseMs(other(R"({"admin_info":{"frt":5}})")), -1);
    EXPECT_EQ(PerfRollups::firstResponseMs(other("not json, frt")), -1);
    // Texts that cannot hold either figure are not parsed.
    EXPECT_TRUE(PerfRollups::OtherValues::parse(QByteArrayView(R"({"model_ratio":2})")).values[0].isUndefined());
    for (const char *json : { R"({"frt":612.5,"cache_ratio":0.1,"model_ratio":2,"user_group_ratio":-1})",
             R"({"frt":1e400})", R"({"cache_ratio":"0.1","model_ratio":2})", R"({"frt":-3})" }) {
        const auto fast = other(json);
        const auto qt = PerfRollups::OtherValues::of(QJsonDocument::fromJson(json).object());
        EXPECT_EQ(PerfRollups::firstResponseMs(fast), PerfRollups::firstResponseMs(qt)) << json;
        EXPECT_EQ(PerfRollups::savedQuota(r, fast), PerfRollups::savedQuota(r, qt)) << json;
    }
}

TEST_F(InsightsTest, PercentilesMatchBruteForceWithinTheBinError)
{
    writeRandom(20260601, 3000);
    ReportQuery q;
    q.from = utc(2026, 6, 1);
    q.to = utc(2026, 6, 11);
    q.by = Dimension::Model;
    const auto perf = performance(m_cache.db(), q);
    ASSERT_TRUE(perf.ok()) << perf.error().message.toStdString();
    ASSERT_EQ(perf->rows.size(), 3);
    qint64 totalRequests = 0;
    for (const PerformanceRow &row : perf->rows) {
        QList<double> useTimes, frts;
        qint64 errors = 0, streams = 0, prompt = 0, cacheRead = 0, saved = 0;
        for (const Written &w : m_written) {
            if (w.record.model != row.key)
                continue;
            if (w.record.type == 5) {
                ++errors;
                continue;
            }
            useTimes << double(w.record.useTimeMs);
            if (w.frt >= 0)
                frts << w.frt;
            streams += w.record.isStream ? 1 : 0;
            prompt += w.record.promptTokens;
            cacheRead += w.record.cacheReadTokens;
            if (w.frt >= 0)
                saved += qint64(std::round(double(w.record.cacheReadTokens) * 0.9 * 2.5));
        }
        SCOPED_TRACE(row.key.toStdString());
        EXPECT_EQ(row.requests, useTimes.size());
        EXPECT_EQ(row.errors, errors);
        EXPECT_EQ(row.streams, streams);
        EXPECT_EQ(row.counters.promptTokens, prompt);
        EXPECT_EQ(row.counters.cacheReadTokens, cacheRead);
        EXPECT_EQ(row.savedQuota, saved);
        EXPECT_EQ(row.firstResponse.count, frts.size());
        expectNear(row.useTime.p50, exactPercentile(useTimes, 0.5));
        expectNear(row.useTime.p95, exactPercentile(useTimes, 0.95));
        expectNear(row.firstResponse.p50, exactPercentile(frts, 0.5));
        expectNear(row.firstResponse.p95, exactPercentile(frts, 0.95));
        totalRequests += row.requests;
    }
    EXPECT_EQ(perf->totals.requests, totalRequests);

    // A range that is not whole days reads its whole days from the day bins and its edges from the hour bins.
    ReportQuery partial = q;
    partial.by = Dimension::None;
    partial.from = utc(2026, 6, 2, 5);
    partial.to = utc(2026, 6, 9, 17);
    const auto part = performance(m_cache.db(), partial);
    ASSERT_TRUE(part.ok());
    QList<double> useTimes, frts;
    for (const Written &w : m_written) {
        if (w.record.type != 2 || w.record.createdAt < partial.from || w.record.createdAt >= partial.to)
            continue;
        useTimes << double(w.record.useTimeMs);
        if (w.frt >= 0)
            frts << w.frt;
    }
    EXPECT_EQ(part->totals.requests, useTimes.size());
    EXPECT_EQ(part->totals.useTime.count, useTimes.size());
    EXPECT_EQ(part->totals.firstResponse.count, frts.size());
    expectNear(part->totals.useTime.p50, exactPercentile(useTimes, 0.5));
    expectNear(part->totals.useTime.p95, exactPercentile(useTimes, 0.95));
    expectNear(part->totals.firstResponse.p95, exactPercentile(frts, 0.95));

    // A filter the rollups cannot answer (a user) reads raw records and must agree with a brute-force pass too.
    q.filter.users = { QStringLiteral("ann") };
    q.by = Dimension::Channel;
    const auto byUser = performance(m_cache.db(), q);
    ASSERT_TRUE(byUser.ok());
    for (const PerformanceRow &row : byUser->rows) {
        QList<double> useTimes;
        for (const Written &w : m_written) {
            const QString channel
                = w.record.channelName.isEmpty() ? QString::number(w.record.channelId) : w.record.channelName;
            if (w.record.userName == QLatin1String("ann") && w.record.type == 2 && channel == row.key)
                useTimes << double(w.record.useTimeMs);
        }
        SCOPED_TRACE(row.key.toStdString());
        EXPECT_EQ(row.requests, useTimes.size());
        expectNear(row.useTime.p95, exactPercentile(useTimes, 0.95));
    }
}

TEST_F(InsightsTest, RankingSharesChangesAndOther)
{
    writeRandom(7, 1500);
    ReportQuery q;
    q.from = utc(2026, 6, 6);
    q.to = utc(2026, 6, 11); // previous period: June 1..6
    q.tz = QTimeZone::utc();
    q.by = Dimension::Token;
    q.rankBy = Metric::Quota;
    q.topN = 3;
    const auto ranking = rankKeys(m_cache.db(), q);
    ASSERT_TRUE(ranking.ok()) << ranking.error().message.toStdString();
    EXPECT_EQ(ranking->previousFrom, utc(2026, 6, 1));
    ASSERT_EQ(ranking->rows.size(), 4);
    EXPECT_EQ(ranking->rows.last().key, Aggregator::otherKey());
    QHash<QString, qint64> now, before;
    for (const Written &w : m_written) {
        if (w.record.type != 2)
            continue;
        if (w.record.createdAt >= q.from && w.record.createdAt < q.to)
            now[w.record.tokenName] += w.record.quota;
        else if (w.record.createdAt >= ranking->previousFrom && w.record.createdAt < q.from)
            before[w.record.tokenName] += w.record.quota;
    }
    qint64 total = 0, totalBefore = 0, listedNow = 0, listedBefore = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        total += it.value();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        totalBefore += it.value();
    for (int i = 0; i < 3; ++i) {
        const RankingRow &row = ranking->rows[i];
        EXPECT_EQ(row.current.quota, now.value(row.key));
        EXPECT_EQ(row.previous.quota, before.value(row.key));
        qint64 spark = 0;
        for (qint64 v : row.sparkline)
            spark += v;
        EXPECT_EQ(spark, row.current.quota);
        EXPECT_DOUBLE_EQ(row.share, double(row.current.quota) / double(total));
        if (i > 0) {
            EXPECT_GE(ranking->rows[i - 1].current.quota, row.current.quota);
        }
        listedNow += row.current.quota;
        listedBefore += row.previous.quota;
    }
    EXPECT_EQ(ranking->rows[3].current.quota, total - listedNow);
    EXPECT_EQ(ranking->rows[3].previous.quota, totalBefore - listedBefore);

    const QJsonObject json = InsightFormat::rankingJson(ranking.value());
    const QJsonObject first = json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("key")).toString(), ranking->rows[0].key);
    EXPECT_EQ(first.value(QStringLiteral("value")).toInteger(), ranking->rows[0].current.quota);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("change")).toDouble(),
        Ranking::change(ranking->rows[0].current.quota, ranking->rows[0].previous.quota));
    EXPECT_EQ(InsightFormat::changeText(150, 100), QStringLiteral("+50.0%"));
    EXPECT_EQ(InsightFormat::changeText(5, 0), QStringLiteral("new"));
    EXPECT_EQ(InsightFormat::sparkText({ 0, 4, 8 }), QStringLiteral(" \u2584\u2588"));
}

TEST_F(InsightsTest, SourceDimensionAndNewMetrics)
{
    writeRandom(11, 600);
    ReportQuery q;
    q.from = utc(2026, 6, 1);
    q.to = utc(2026, 6, 11);
    q.by = Dimension::Source;
    q.rankBy = Metric::CacheReadTokens;
    const auto report = Aggregator(m_cache.db()).report(q);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    QHash<QString, qint64> cacheRead, errors;
    for (const Written &w : m_written) {
        const QString name = w.source == m_a ? QStringLiteral("gw-a") : QStringLiteral("gw-b");
        if (w.record.type == 2)
            cacheRead[name] += w.record.cacheReadTokens;
        else
            errors[name] += 1;
    }
    ASSERT_EQ(report->keys.size(), 2);
    for (const QString &key : report->keys)
        EXPECT_EQ(report->keyTotal(key).cacheReadTokens, cacheRead.value(key)) << key.toStdString();
    EXPECT_GE(cacheRead.value(report->keys[0]), cacheRead.value(report->keys[1]));

    // Errors reads error logs, whatever the filter's types, and also when a model filter forces the full rollups.
    q.rankBy = Metric::Errors;
    for (const QStringList &models : { QStringList(), QStringList { QStringLiteral("qwen") } }) {
        q.filter.models = models;
        const auto byErrors = Aggregator(m_cache.db()).report(q);
        ASSERT_TRUE(byErrors.ok());
        EXPECT_EQ(byErrors->query.filter.types, QList<int> { 5 });
        qint64 expected = 0, got = 0;
        for (const Written &w : m_written)
            expected += w.record.type == 5 && (models.isEmpty() || models.contains(w.record.model)) ? 1 : 0;
        for (const QString &key : byErrors->keys)
            got += metricValue(byErrors->keyTotal(key), Metric::Errors);
        EXPECT_EQ(got, expected);
    }
    const auto names = Aggregator(m_cache.db()).distinctValues(Dimension::Source, Filter());
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(names.value(), (QStringList { QStringLiteral("gw-a"), QStringLiteral("gw-b") }));
}

TEST_F(InsightsTest, MigrationFromVersion3BackfillsTheRollups)
{
    writeRandom(3, 400);
    const auto before = rows(m_cache.db(), QStringLiteral("SELECT * FROM perf_rollups ORDER BY 1, 2, 3, 4, 5, 6"));
    const auto binsBefore = rows(m_cache.db(), QStringLiteral("SELECT count(*), sum(requests) FROM latency_bins"));
    ASSERT_FALSE(before.isEmpty());
    // Make it a version-3 cache: the tables gone, the version back.
    ASSERT_EQ(execSql(m_cache.db(),
                  QStringLiteral("DROP TABLE perf_rollups; DROP TABLE latency_bins; "
                                 "PRAGMA user_version = 3")),
        QString());
    m_cache = CacheDb();
    m_cache = openCache(m_dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(rows(m_cache.db(), QStringLiteral("SELECT * FROM perf_rollups ORDER BY 1, 2, 3, 4, 5, 6")), before);
    EXPECT_EQ(rows(m_cache.db(), QStringLiteral("SELECT count(*), sum(requests) FROM latency_bins")), binsBefore);

    // Removing a source removes its rows.
    ASSERT_TRUE(SourceRepository(m_cache.db()).remove(m_b).ok());
    EXPECT_EQ(
        scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM perf_rollups WHERE source_id = %1").arg(m_b)), 0);
    EXPECT_EQ(
        scalar(m_cache.db(), QStringLiteral("SELECT count(*) FROM latency_bins WHERE source_id = %1").arg(m_b)), 0);
}

TEST_F(InsightsTest, OtherIsReadOnceWhereARecordIsMappedAndTheWriterTakesWhatWasRead)
{
    // Mapped as an import maps a log, through the fast parser and through Qt's (a repeated key): the cache counts
    // and both figures from the one read.
    const RowMapper mapper(RowMapperConfig::gatewayLog(LogDialect::NewApi, true));
    for (const char *other : { R"({"frt":612.5,"cache_tokens":1000,"cache_ratio":0.1,"model_ratio":2,"group_ratio":1.5})",
             R"({"frt":1,"cache_tokens":1000,"cache_ratio":0.1,"model_ratio":2,"group_ratio":1.5,"frt":612.5})" }) {
        SCOPED_TRACE(other);
        const QJsonObject log { { QStringLiteral("id"), 1 }, { QStringLiteral("created_at"), utc(2026, 6, 1, 3) },
            { QStringLiteral("type"), 2 }, { QStringLiteral("model_name"), QStringLiteral("gpt-4o") },
            { QStringLiteral("other"), QString::fromUtf8(other) } };
        const auto r = mapper.map(log);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_TRUE(r->otherRead);
        EXPECT_EQ(r->cacheReadTokens, 1000);
        EXPECT_EQ(r->firstResponseMs, 612.5);
        EXPECT_EQ(r->savedQuota, 2700); // 900 prompt tokens not paid x model 2 x group 1.5
    }

    // The writer takes the figures read at mapping, and does not read `other` again.
    UsageRecord carried;
    carried.identity = QStringLiteral("id:carried");
    carried.createdAt = utc(2026, 6, 1, 3);
    carried.model = QStringLiteral("gpt-4o");
    carried.cacheReadTokens = 10;
    carried.other = QByteArrayLiteral(R"({"frt":9999,"cache_ratio":0.5,"model_ratio":2})");
    carried.otherRead = true;
    carried.firstResponseMs = 250;
    carried.savedQuota = 77;
    write(m_a, { carried });
    ReportQuery q;
    q.from = utc(2026, 6, 1);
    q.to = utc(2026, 6, 2);
    const auto perf = performance(m_cache.db(), q);
    ASSERT_TRUE(perf.ok()) << perf.error().message.toStdString();
    EXPECT_EQ(perf->totals.savedQuota, 77);
    EXPECT_EQ(perf->totals.firstResponse.count, 1);
    expectNear(perf->totals.firstResponse.p50, 250);

    // Records built in code (not read yet) and the same records mapped give the same rollups.
    writeRandom(77, 600);
    TempDir otherDir;
    CacheDb mapped = openCache(otherDir.path());
    SourceRepository repo(mapped.db());
    const qint64 a = repo.ensure(QStringLiteral("gw-a"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
    const qint64 b = repo.ensure(QStringLiteral("gw-b"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
    ASSERT_EQ(a, m_a);
    ASSERT_EQ(b, m_b);
    for (const qint64 source : { a, b }) {
        QList<UsageRecord> records;
        if (source == a)
            records << carried;
        for (const Written &w : m_written) {
            if (w.source != source)
                continue;
            UsageRecord r = w.record;
            applyOther(&r);
            EXPECT_TRUE(r.otherRead);
            EXPECT_EQ(r.cacheReadTokens, w.record.cacheReadTokens);
            records << r;
        }
        RecordWriter writer(mapped.db(), source);
        ASSERT_TRUE(writer.begin().ok());
        ASSERT_TRUE(writer.write(records).ok());
        ASSERT_TRUE(writer.commit().ok());
    }
    for (const char *table : { "perf_rollups", "latency_bins" }) {
        SCOPED_TRACE(table);
        const QString sum = QStringLiteral("SELECT count(*) * 1000003 + total(requests) %1 FROM %2")
                                .arg(QLatin1String(table) == QLatin1String("perf_rollups")
                                        ? QStringLiteral("+ total(saved_quota) * 7 + total(streams) * 13")
                                        : QStringLiteral("+ total(bin * requests) * 7 + total(kind * bin) * 13"),
                                    QLatin1String(table));
        EXPECT_GT(scalar(m_cache.db(), sum), 0);
        EXPECT_EQ(scalar(mapped.db(), sum), scalar(m_cache.db(), sum));
    }
}

TEST_F(InsightsTest, DuplicatesAddNothing)
{
    writeRandom(5, 200);
    const qint64 requests = scalar(m_cache.db(), QStringLiteral("SELECT sum(requests) FROM perf_rollups"));
    QList<UsageRecord> again;
    for (const Written &w : m_written) {
        if (w.source == m_a)
            again << w.record;
    }
    write(m_a, again);
    EXPECT_EQ(scalar(m_cache.db(), QStringLiteral("SELECT sum(requests) FROM perf_rollups")), requests);
    EXPECT_EQ(requests, m_written.size());
}

TEST(InsightsCli, RankAndPerfPrintTheViewsAndNameBadOptions)
{
    TempDir dir;
    const QString cli = QStringLiteral(QS_CLI_PATH);
    const QStringList db { QStringLiteral("--db"), dir.path() };
    ProcessResult r = runProcess(
        cli, db + QStringList { QStringLiteral("import"), fixturePath(QStringLiteral("ui-newapi-sample.jsonl")) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = runProcess(
        cli, db + QStringList { QStringLiteral("rank"), QStringLiteral("--metric"), QStringLiteral("colour") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--metric \"colour\""))) << r.err.toStdString();
    r = runProcess(cli, db + QStringList { QStringLiteral("perf"), QStringLiteral("--by"), QStringLiteral("user") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("perf --by"))) << r.err.toStdString();

    // The ranking's shares add up to the whole, and its JSON totals equal `stats`.
    r = runProcess(cli,
        db
            + QStringList { QStringLiteral("rank"), QStringLiteral("--by"), QStringLiteral("channel"),
                QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject rank = QJsonDocument::fromJson(r.out.toUtf8()).object();
    double shares = 0;
    for (const QJsonValue &row : rank.value(QStringLiteral("rows")).toArray())
        shares += row.toObject().value(QStringLiteral("share")).toDouble();
    EXPECT_NEAR(shares, 1.0, 1e-9);
    r = runProcess(
        cli, db + QStringList { QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(rank.value(QStringLiteral("totals")).toObject().value(QStringLiteral("quota")).toInteger(),
        stats.value(QStringLiteral("quota")).toInteger());
    EXPECT_GT(stats.value(QStringLiteral("saved_quota")).toInteger(), 0);

    // perf's totals row equals stats' cache and latency lines.
    r = runProcess(
        cli, db + QStringList { QStringLiteral("perf"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject totals
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("totals")).toObject();
    for (const char *key : { "saved_quota", "cache_hit_rate", "use_time_p95_ms", "frt_p50_ms", "stream_share" })
        EXPECT_EQ(totals.value(QLatin1String(key)), stats.value(QLatin1String(key))) << key;
    r = runProcess(cli,
        db
            + QStringList { QStringLiteral("perf"), QStringLiteral("--by"), QStringLiteral("channel"),
                QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("key,requests,errors,error_rate,")));
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 5) << r.out.toStdString(); // header + 4 channels
}
