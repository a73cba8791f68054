#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/recordwriter.h"
#include "store/rolluppairs.h"
#include "store/rollupsql.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QVariant>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace QuotaScope;
using QuotaScope::Test::TempDir;
using QuotaScope::Test::openCache;
using QuotaScope::Test::scalar;
using QuotaScope::Test::execSql;

namespace {

UsageRecord record(const QString &identity, qint64 createdAt, int user, int type = 2)
{
    UsageRecord r;
    r.identity = identity;
    r.createdAt = createdAt;
    r.type = type;
    r.userId = user;
    r.userName = QStringLiteral("user%1").arg(user);
    r.tokenName = QStringLiteral("key-%1").arg(user % 3);
    r.model = user % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("deepseek-chat");
    r.channelId = 1 + user % 4;
    r.channelName = user % 4 == 3 ? QString() : QStringLiteral("ch%1").arg(r.channelId);
    r.group = QStringLiteral("default");
    r.quota = 1000 + user;
    r.promptTokens = 10 * user;
    r.completionTokens = 3 * user;
    r.cacheReadTokens = user % 5;
    r.other = QByteArrayLiteral("{\"model_ratio\":2.5}");
    return r;
}

qint64 recordSource(CacheDb &cache, const QString &name)
{
    return SourceRepository(cache.db()).ensure(name, QStringLiteral("file"), SourceInfo::Backing::Records).value();
}

} // namespace

TEST(BulkWrite, TellsAddedFromDuplicatesAcrossSourcesBatchesAndWithinABatch)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    const qint64 b = recordSource(cache, QStringLiteral("b"));
    {
        RecordWriter w(cache.db(), a);
        ASSERT_TRUE(w.begin().ok());
        QList<UsageRecord> batch;
        for (int i = 0; i < 300; ++i)
            batch << record(QStringLiteral("id:%1").arg(i), 1780000000 + i * 17, i % 11);
        const auto written = w.write(batch);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        EXPECT_EQ(written->added, 300);
        ASSERT_TRUE(w.commit().ok());
    }
    RecordWriter w(cache.db(), b);
    ASSERT_TRUE(w.begin().ok());
    QList<UsageRecord> first;
    for (int i = 0; i < 100; ++i)
        first << record(QStringLiteral("id:%1").arg(i), 1780000000 + i * 17, i % 7);
    const auto one = w.write(first);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->added, 100); // the same identities in another source are other records
    EXPECT_EQ(one->duplicates, 0);

    // New records between repeats of the previous batch and of earlier rows of this batch; the one record that
    // differs only in content from a stored one is still a duplicate (identity decides).
    QList<UsageRecord> mixed;
    qint64 expectedAdded = 0;
    for (int i = 50; i < 250; ++i) {
        UsageRecord r = record(QStringLiteral("id:%1").arg(i), 1780000000 + i * 17, i % 7, i % 9 == 0 ? 5 : 2);
        if (i == 60)
            r.quota = 999999;
        mixed << r;
        expectedAdded += i >= 100 ? 1 : 0;
        if (i % 10 == 0)
            mixed << r;
    }
    mixed << record(QStringLiteral("id:%1").arg(249), 1780000000, 1);
    const auto two = w.write(mixed);
    ASSERT_TRUE(two.ok()) << two.error().message.toStdString();
    EXPECT_EQ(two->added, expectedAdded);
    EXPECT_EQ(two->duplicates, mixed.size() - expectedAdded);
    ASSERT_TRUE(w.commit().ok());

    EXPECT_EQ(SourceRepository(cache.db()).byName(QStringLiteral("b"))->recordCount, 250);
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT quota FROM usage_records WHERE source_id = %1 AND identity = "
                                 "'id:60'")
                      .arg(b)),
        1000 + 60 % 7);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->recordsChecked, 550);
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(QLatin1Char('\n')).toStdString();
}

TEST(BulkWrite, AnEmptyBatchWritesNothing)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    RecordWriter w(cache.db(), a);
    ASSERT_TRUE(w.begin().ok());
    const auto written = w.write({});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->added + written->duplicates, 0);
    ASSERT_TRUE(w.commit().ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_keys")), 0);
}

TEST(BulkWrite, TheWriteCacheLastsOnlyAsLongAsTheTransaction)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    const qint64 before = scalar(cache.db(), QStringLiteral("PRAGMA cache_size"));
    {
        RecordWriter w(cache.db(), a);
        ASSERT_TRUE(w.begin().ok());
        EXPECT_LT(scalar(cache.db(), QStringLiteral("PRAGMA cache_size")), before); // more KiB, as a negative count
        ASSERT_TRUE(w.write({ record(QStringLiteral("id:1"), 1780000000, 1) }).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA cache_size")), before);
    {
        RecordWriter w(cache.db(), a);
        ASSERT_TRUE(w.begin().ok());
        w.rollback();
    }
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA cache_size")), before);
    {
        RecordWriter w(cache.db(), a);
        ASSERT_TRUE(w.begin().ok());
    }
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA cache_size")), before);
}

TEST(BulkWrite, SchemaOneCachesLoseTheWriteOnlyIndexesAndKeepTheirData)
{
    TempDir dir;
    {
        CacheDb cache = openCache(dir.path());
        const qint64 a = recordSource(cache, QStringLiteral("a"));
        RecordWriter w(cache.db(), a);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(
            w.write({ record(QStringLiteral("id:1"), 1780000000, 1), record(QStringLiteral("id:2"), 1780009000, 2) })
                .ok());
        ASSERT_TRUE(w.commit().ok());
        // Back to what a version 1 cache looked like.
        for (const char *sql : { "CREATE INDEX rollups_source ON rollups(source_id, bucket)",
                 "CREATE INDEX rollup_keys_source ON rollup_keys(source_id, bucket)",
                 "CREATE INDEX minute_counts_source ON minute_counts(source_id)", "PRAGMA user_version = 1" }) {
            ASSERT_EQ(execSql(cache.db(), QLatin1String(sql)), QString()) << sql;
        }
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("reopened"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                 "('rollups_source', 'rollup_keys_source', 'minute_counts_source')")),
        0);
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'usage_records_source_time'")),
        1);
    const auto info = SourceRepository(cache.db()).byName(QStringLiteral("a"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->recordCount, 2);
    EXPECT_EQ(info->firstAt, 1780000000);
    EXPECT_EQ(info->lastAt, 1780009000);
    EXPECT_EQ(verifyRollups(cache.db())->mismatches, 0);
}

TEST(BulkWrite, RemovingASourceRemovesItsMinuteCounts)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    const qint64 b = recordSource(cache, QStringLiteral("b"));
    for (qint64 src : { a, b }) {
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(
            w.write({ record(QStringLiteral("id:1"), 1780000000, 1), record(QStringLiteral("id:2"), 1780000500, 2) })
                .ok());
        ASSERT_TRUE(w.commit().ok());
    }
    ASSERT_TRUE(SourceRepository(cache.db()).remove(a).ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_counts WHERE source_id = %1").arg(a)), 0);
    EXPECT_EQ(
        scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM minute_counts WHERE source_id = %1").arg(b)), 2);
}

TEST(BulkWrite, ReplacingAggregateHoursReplacesTheirPerKeyRows)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    SourceRepository repo(cache.db());
    const qint64 hourly
        = repo.ensure(QStringLiteral("hourly"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate).value();
    const qint64 h0 = 1780000000 - 1780000000 % 3600;
    const auto bucket = [](qint64 hour, const char *user, qint64 requests) {
        HourlyBucket b;
        b.hourStart = hour;
        b.userName = QLatin1String(user);
        b.model = QStringLiteral("gpt-4o");
        b.requests = requests;
        b.quota = 10 * requests;
        return b;
    };
    for (const QList<HourlyBucket> &batch :
        { QList<HourlyBucket> { bucket(h0, "alice", 3), bucket(h0 + 3600, "bob", 4) },
            QList<HourlyBucket> { bucket(h0, "carol", 5) } }) {
        AggregateWriter w(cache.db(), hourly);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace(batch).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    const auto keyed = [&](int dimension, qint64 hour) {
        return scalar(cache.db(),
            QStringLiteral("SELECT coalesce(sum(requests), 0) FROM %4 WHERE dimension = %1 AND source_id = %2 "
                           "AND bucket = %3")
                .arg(dimension)
                .arg(hourly)
                .arg(hour)
                .arg(QString::fromUtf8(RollupSql::keyRows({}))));
    };
    for (int dimension = 0; dimension < 6; ++dimension) {
        EXPECT_EQ(keyed(dimension, h0), 5) << "dimension " << dimension;
        EXPECT_EQ(keyed(dimension, h0 + 3600), 4) << "dimension " << dimension;
    }
    EXPECT_EQ(
        scalar(cache.db(),
            QStringLiteral(
                "SELECT count(*) FROM (SELECT DISTINCT bucket, key FROM %2 WHERE dimension = 2 AND source_id = %1)")
                .arg(hourly)
                .arg(QString::fromUtf8(RollupSql::keyRows({})))),
        2); // carol replaced alice; bob stays
}

TEST(BulkWrite, AFailingBatchNamesTheCauseAndKeepsNothing)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON rollup_keys WHEN NEW.dimension = 1 "
                                 "BEGIN SELECT RAISE(ABORT, 'model keys refused'); END")),
        QString());
    RecordWriter w(cache.db(), a);
    ASSERT_TRUE(w.begin().ok());
    const auto written = w.write({ record(QStringLiteral("id:1"), 1780000000, 1) });
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("model keys refused")))
        << written.error().message.toStdString();
    EXPECT_FALSE(w.commit().ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 0);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollups")), 0);
}

// A batch that fails while its names are interned (here a refused model name) leaves nothing behind for the next
// transaction of the same writer after its rollback: not its records, nor the latency rows of the records before the
// refused one, nor the dictionary ids of their names, which the rollback removed from the cache.
TEST(BulkWrite, AWriteAfterAFailedOneCountsOnlyItsOwnRecords)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON dims WHEN NEW.value = 'refused-model' "
                                 "BEGIN SELECT RAISE(ABORT, 'model name refused'); END")),
        QString());
    RecordWriter w(cache.db(), a);
    {
        QList<UsageRecord> failing;
        for (int i = 0; i < 20; ++i)
            failing << record(QStringLiteral("id:%1").arg(i), 1780000000 + 60 * i, i);
        failing.last().model = QStringLiteral("refused-model");
        ASSERT_TRUE(w.begin().ok());
        const auto written = w.write(failing);
        ASSERT_FALSE(written.ok());
        EXPECT_TRUE(written.error().message.contains(QStringLiteral("model name refused")))
            << written.error().message.toStdString();
        EXPECT_FALSE(w.commit().ok());
        w.rollback();
    } // the failed batch's records are gone
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("DROP TRIGGER refuse")), QString());
    ASSERT_TRUE(w.begin().ok());
    const auto written = w.write({ record(QStringLiteral("id:100"), 1780003600, 1) });
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    ASSERT_TRUE(w.commit().ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 1);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM perf_rollups")), 1);
    EXPECT_EQ(
        scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM latency_bins WHERE span = 0 AND kind = 0")), 1);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();
}

// Verify reads the pair and daily tables on a second connection, which cannot see a transaction's uncommitted
// changes: inside a transaction it checks everything on the caller's connection, so it sees them.
TEST(BulkWrite, VerifyInsideATransactionSeesItsUncommittedChanges)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    QList<UsageRecord> batch;
    for (int i = 0; i < 50; ++i)
        batch << record(QStringLiteral("id:%1").arg(i), 1780000000 + 97 * i, i);
    RecordWriter w(cache.db(), a);
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.write(batch).ok());
    ASSERT_TRUE(w.commit().ok());
    ASSERT_EQ(verifyRollups(cache.db())->mismatches, 0);
    const QString tamper = QStringLiteral("UPDATE rollup_pairs SET requests = requests + 1 WHERE dimension = 3 AND "
                                          "day = (SELECT min(day) FROM rollup_pairs) AND key = (SELECT min(key) FROM "
                                          "rollup_pairs WHERE dimension = 3) AND type = 2");
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("BEGIN; ") + tamper), QString());
    ASSERT_GT(sqlite3_changes(cache.db()), 0);
    const auto inside = verifyRollups(cache.db());
    ASSERT_TRUE(inside.ok()) << inside.error().message.toStdString();
    EXPECT_GE(inside->mismatches, 1);
    EXPECT_TRUE(inside->details.join(u'\n').contains(QLatin1String("dimension 3")))
        << inside->details.join(u'\n').toStdString();
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("ROLLBACK")), QString());
    // Committed, the same change is found by the second connection.
    ASSERT_EQ(execSql(cache.db(), tamper), QString());
    const auto outside = verifyRollups(cache.db());
    ASSERT_TRUE(outside.ok()) << outside.error().message.toStdString();
    EXPECT_GE(outside->mismatches, 1);
}

TEST(BulkWrite, VerifyFindsMinuteCountsThatDisagreeWithTheRecords)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = recordSource(cache, QStringLiteral("logs"));
    QList<UsageRecord> batch;
    for (int i = 0; i < 300; ++i)
        batch << record(QStringLiteral("id:%1").arg(i), 1780000000 + i * 17, i % 7, i % 10 == 0 ? 5 : 2);
    RecordWriter w(cache.db(), src);
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.write(batch).ok());
    ASSERT_TRUE(w.commit().ok());
    const auto clean = verifyRollups(cache.db(), src);
    ASSERT_TRUE(clean.ok()) << clean.error().message.toStdString();
    EXPECT_EQ(clean->mismatches, 0) << clean->details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(clean->recordsChecked, 300);

    // One minute off by one request, one minute gone, one minute that has no records: three minutes disagree.
    const QString first = QStringLiteral("(SELECT min(minute) FROM minute_counts WHERE type = 2)");
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE minute_counts SET requests = requests + 1 WHERE type = 2 AND minute = ")
                      + first),
        QString());
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("DELETE FROM minute_counts WHERE type = 5 AND minute = (SELECT max(minute) FROM "
                                 "minute_counts WHERE type = 5)")),
        QString());
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("INSERT INTO minute_counts(type, minute, source_id, requests) VALUES (2, 60, %1, 4)")
                      .arg(src)),
        QString());
    const auto tampered = verifyRollups(cache.db(), src);
    ASSERT_TRUE(tampered.ok()) << tampered.error().message.toStdString();
    EXPECT_EQ(tampered->mismatches, 3);
    // Each minute is named: the changed one from both sides, the missing one from the records, the extra one stored.
    ASSERT_EQ(tampered->details.size(), 4) << tampered->details.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(tampered->details.contains(QStringLiteral("minute_counts: type 2 minute 60 source %1: requests 4").arg(src)))
        << tampered->details.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(tampered->details.filter(QStringLiteral("records: type 5 ")).size(), 1);
}

/*
 * The dictionary answers a name it has just seen by where the QString's text is (DimensionDictionary::find). The
 * same text in another QString, a string changed in place after it was interned, and a literal must each still
 * get the id of their text.
 */
TEST(BulkWrite, TheNameDictionaryGivesEachTextItsIdWhereverTheTextLives)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("BEGIN")), QString());
    DimensionDictionary dims(cache.db());
    const auto id = [&](const QString &value) {
        const auto r = dims.intern(value);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : -1;
    };
    QString model = QString::fromUtf8("gpt-4o");
    const qint64 gpt = id(model);
    EXPECT_GT(gpt, 0);
    EXPECT_EQ(id(model), gpt);
    EXPECT_EQ(id(QString::fromUtf8("gpt-4o")), gpt); // other text, same value
    model[0] = QLatin1Char('G'); // detaches from the copy the dictionary holds
    const qint64 changed = id(model);
    EXPECT_NE(changed, gpt);
    EXPECT_EQ(id(QString::fromUtf8("Gpt-4o")), changed);
    EXPECT_EQ(id(QString::fromUtf8("gpt-4o")), gpt);

    EXPECT_EQ(id(QStringLiteral("claude")), id(QString::fromUtf8("claude")));
    EXPECT_EQ(id(QStringLiteral("claude")), id(QStringLiteral("claude")));
    EXPECT_EQ(id(QString()), 0);

    // Many names through the 64 slots, twice: each keeps its id; the stored dictionary agrees.
    QStringList names;
    for (int i = 0; i < 500; ++i)
        names << QStringLiteral("user-%1").arg(i);
    QList<qint64> first;
    for (const QString &n : names)
        first << id(n);
    for (int i = 0; i < names.size(); ++i) {
        EXPECT_EQ(id(names[i]), first[i]);
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT id FROM dims WHERE value = '%1'").arg(names[i])), first[i]);
    }
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("COMMIT")), QString());
}

/*
 * minute_keys rows are sorted by a packed key where a batch's days and keys fit in it, else by their fields
 * (MinuteKeySink::sortRows). Both must give what verify recomputes from the records: a shuffled batch with several
 * types (one negative, whose sign the packing flips), minutes across days and hours, repeats of a minute; then the
 * same with one record thousands of years later, which makes the batch unpackable.
 */
TEST(BulkWrite, MinuteKeysAreRightWhetherTheirSortKeysArePackedOrNot)
{
    for (const bool farDay : { false, true }) {
        TempDir dir;
        CacheDb cache = openCache(dir.path());
        const qint64 src = recordSource(cache, QStringLiteral("logs"));
        QList<UsageRecord> batch;
        const int types[] = { 2, 5, -1, 2, 3 };
        for (int i = 0; i < 400; ++i) {
            const qint64 at = 1780000000 + qint64((i * 7919) % 400) * 613 + (i % 3) * 5;
            batch << record(QStringLiteral("id:%1").arg(i), at, i % 9, types[i % 5]);
        }
        if (farDay)
            batch << record(QStringLiteral("id:far"), 1780000000 + (qint64(1) << 21) * 86400 + 3600, 4);
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batch).ok());
        ASSERT_TRUE(w.commit().ok());
        EXPECT_GT(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_keys")), 100);
        const auto report = verifyRollups(cache.db(), src);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        EXPECT_EQ(report->mismatches, 0) << farDay << report->details.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(report->recordsChecked, farDay ? 401 : 400);
    }
}

/*
 * The daily pairs are held back across batches and written once their day is done (no batch added to it for two
 * batches), when too many wait, and at commit. Whatever the order of the batches (ascending, descending, shuffled),
 * several commits, a rollback and a batch with more day rows than the sink holds back, rollup_pair_days must equal
 * rollup_pairs summed per day.
 */
TEST(BulkWrite, DailyPairsHeldBackAcrossBatchesEqualThePairs)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 t0 = 1780000000;
    // 12 days of records, 40 batches; a batch covers about 7 hours.
    QList<QList<UsageRecord>> batches;
    for (int b = 0; b < 40; ++b) {
        QList<UsageRecord> batch;
        for (int i = 0; i < 150; ++i) {
            const int n = b * 150 + i;
            batch << record(QStringLiteral("id:%1").arg(n), t0 + qint64(n) * 173, n % 13, n % 10 == 0 ? 5 : 2);
        }
        batches << batch;
    }
    const auto pairDaysMatch = [&](const char *what) {
        QStringList details;
        const auto mismatches = RollupPairs::verifyDays(cache.db(), "SELECT id FROM sources", 0, &details, 10);
        ASSERT_TRUE(mismatches.ok()) << what;
        EXPECT_EQ(mismatches.value(), 0) << what << ": " << details.join(u'\n').toStdString();
        const auto verified = verifyRollups(cache.db());
        ASSERT_TRUE(verified.ok()) << what;
        EXPECT_EQ(verified->mismatches, 0) << what << ": " << verified->details.join(u'\n').toStdString();
    };
    const auto writeAll = [&](qint64 source, const QList<int> &order) {
        RecordWriter w(cache.db(), source);
        ASSERT_TRUE(w.begin().ok());
        for (int b : order)
            ASSERT_TRUE(w.write(batches[b]).ok());
        ASSERT_TRUE(w.commit().ok());
    };
    QList<int> ascending, descending, shuffled;
    for (int b = 0; b < 40; ++b) {
        ascending << b;
        descending.prepend(b);
        shuffled << (b * 17) % 40;
    }
    writeAll(recordSource(cache, QStringLiteral("ascending")), ascending);
    writeAll(recordSource(cache, QStringLiteral("descending")), descending);
    writeAll(recordSource(cache, QStringLiteral("shuffled")), shuffled);
    pairDaysMatch("one import per order");
    // Every day of each source was written, and only once per source: each day's requests are all there.
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM rollup_pair_days WHERE dimension = 2")),
        3 * 40 * 150);

    // A sync: a commit per batch, the same source, in time order.
    const qint64 synced = recordSource(cache, QStringLiteral("synced"));
    for (int b = 0; b < 6; ++b)
        writeAll(synced, { b });
    pairDaysMatch("a commit per batch");

    // A rolled-back write leaves nothing held back for the next one.
    const qint64 again = recordSource(cache, QStringLiteral("again"));
    {
        RecordWriter w(cache.db(), again);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batches[0]).ok());
        ASSERT_TRUE(w.write(batches[1]).ok());
        w.rollback();
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batches[5]).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT sum(requests) FROM rollup_pair_days WHERE dimension = 3 AND source_id = %1")
                      .arg(again)),
        150);
    pairDaysMatch("after a rollback");

    // More day rows than are held back: a batch of distinct tokens in one day.
    QList<UsageRecord> wide;
    for (int i = 0; i < int(RollupPairSink::MaxPendingDays) + 100; ++i) {
        UsageRecord r = record(QStringLiteral("wide:%1").arg(i), t0 + i % 80000, i % 13);
        r.tokenName = QStringLiteral("token-%1").arg(i);
        wide << r;
    }
    const qint64 wideSource = recordSource(cache, QStringLiteral("wide"));
    {
        RecordWriter w(cache.db(), wideSource);
        ASSERT_TRUE(w.begin().ok());
        for (qsizetype i = 0; i < wide.size(); i += 5000)
            ASSERT_TRUE(w.write(wide.mid(i, 5000)).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    pairDaysMatch("more rows than are held back");
}

// A pair sink flushed for another source first writes the days it holds back for the one before, and keeps the
// batch it is flushing.
TEST(BulkWrite, APairSinkFlushedForAnotherSourceKeepsBothSourcesDays)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 a = recordSource(cache, QStringLiteral("a"));
    const qint64 b = recordSource(cache, QStringLiteral("b"));
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("BEGIN")), QString());
    RollupPairSink sink(cache.db());
    Counters c;
    c.requests = 1;
    c.quota = 5;
    const qint64 bucket = 1780000000 / 900 * 900;
    sink.add(2, bucket, 7, { 11, 12, 13, 14 }, c);
    ASSERT_TRUE(sink.flush(a).ok());
    sink.add(2, bucket + 900, 7, { 11, 12, 13, 14 }, c);
    sink.add(2, bucket + 1800, 8, { 11, 12, 13, 14 }, c);
    ASSERT_TRUE(sink.flush(b).ok());
    ASSERT_TRUE(sink.finish(b).ok());
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("COMMIT")), QString());
    for (const auto &[source, requests] : { std::pair { a, 1 }, std::pair { b, 2 } }) {
        for (const char *table : { "rollup_pairs", "rollup_pair_days" }) {
            EXPECT_EQ(scalar(cache.db(),
                          QStringLiteral("SELECT sum(requests) FROM %1 WHERE dimension = 3 AND source_id = %2")
                              .arg(QLatin1String(table))
                              .arg(source)),
                requests)
                << table;
        }
    }
    QStringList details;
    const auto mismatches = RollupPairs::verifyDays(cache.db(), "SELECT id FROM sources", 0, &details, 10);
    ASSERT_TRUE(mismatches.ok());
    EXPECT_EQ(mismatches.value(), 0) << details.join(u'\n').toStdString();
}
