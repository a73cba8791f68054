#include "aggregate/aggregator.h"
#include "model/counters.h"
#include "store/cachedb.h"
#include "store/recordfilter.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/rollupdays.h"
#include "store/rolluppairs.h"
#include "store/rollupsql.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QVariant>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <tuple>

using namespace QuotaScope;
using QuotaScope::Test::execSql;
using QuotaScope::Test::execSqlFile;
using QuotaScope::Test::journalMode;
using QuotaScope::Test::openCache;
using QuotaScope::Test::rows;
using QuotaScope::Test::scalar;
using QuotaScope::Test::TempDir;

namespace {

UsageRecord makeRecord(int i, qint64 createdAt)
{
    UsageRecord r;
    r.identity = QStringLiteral("id:%1").arg(i);
    r.gatewayId = i;
    r.createdAt = createdAt;
    r.userId = 1 + i % 3;
    r.userName = QStringLiteral("user%1").arg(r.userId);
    r.tokenId = 10 + i % 2;
    r.tokenName = QStringLiteral("token%1").arg(r.tokenId);
    r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("claude-3-5-sonnet");
    r.channelId = 1 + i % 4;
    r.channelName = i % 4 == 3 ? QString() : QStringLiteral("ch%1").arg(r.channelId);
    r.group = QStringLiteral("default");
    r.quota = 100 + i;
    r.promptTokens = 10 * i;
    r.completionTokens = 3 * i;
    r.cacheReadTokens = i % 5;
    r.cacheWriteTokens = i % 7;
    r.useTimeMs = 1000;
    r.isStream = i % 2;
    r.requestId = QStringLiteral("req-%1").arg(i);
    r.other = QByteArrayLiteral("{}");
    return r;
}

/// The rollup table read back with names, keyed as the brute-force recomputation below keys it.
using RollupRowKey = std::tuple<qint64, int, QString, QString, QString, qint64, QString, QString>;
QMap<RollupRowKey, Counters> storedRollups(sqlite3 *db, qint64 sourceId)
{
    QMap<RollupRowKey, Counters> out;
    const auto stored = rows(db,
        QStringLiteral(
            "SELECT r.bucket, r.type, m.value, u.value, t.value, r.channel_id, c.value, g.value, r.requests, r.quota, "
            "r.prompt_tokens, r.completion_tokens, r.cache_read_tokens, r.cache_write_tokens, r.unsplit_tokens "
            "FROM rollups r JOIN dims m ON m.id = r.model JOIN dims u ON u.id = r.user_name "
            "JOIN dims t ON t.id = r.token_name JOIN dims c ON c.id = r.channel_name JOIN dims g ON g.id = r.grp "
            "WHERE r.source_id = %1")
            .arg(sourceId));
    for (const QVariantList &v : stored) {
        Counters c;
        c.requests = v.at(8).toLongLong();
        c.quota = v.at(9).toLongLong();
        c.promptTokens = v.at(10).toLongLong();
        c.completionTokens = v.at(11).toLongLong();
        c.cacheReadTokens = v.at(12).toLongLong();
        c.cacheWriteTokens = v.at(13).toLongLong();
        c.unsplitTokens = v.at(14).toLongLong();
        out.insert({ v.at(0).toLongLong(), v.at(1).toInt(), v.at(2).toString(), v.at(3).toString(), v.at(4).toString(),
                       v.at(5).toLongLong(), v.at(6).toString(), v.at(7).toString() },
            c);
    }
    return out;
}

QMap<RollupRowKey, Counters> bruteForceRollups(const QList<UsageRecord> &records)
{
    QMap<RollupRowKey, Counters> out;
    for (const UsageRecord &r : records) {
        const qint64 bucket = r.createdAt - (((r.createdAt % 900) + 900) % 900);
        Counters &c = out[{ bucket, r.type, r.model, r.userName, r.tokenName, r.channelId, r.channelName, r.group }];
        c.requests += 1;
        c.quota += r.quota;
        c.promptTokens += r.promptTokens;
        c.completionTokens += r.completionTokens;
        c.cacheReadTokens += r.cacheReadTokens;
        c.cacheWriteTokens += r.cacheWriteTokens;
    }
    return out;
}

} // namespace

TEST(CacheDb, CreatesVersionedWalCacheAndReopens)
{
    TempDir dir;
    {
        CacheDb cache = openCache(dir.path());
        EXPECT_TRUE(cache.isOpen());
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
        EXPECT_NE(scalar(cache.db(), QStringLiteral("PRAGMA application_id")), 0);
        EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA busy_timeout")), 10000);
        SourceRepository repo(cache.db());
        ASSERT_TRUE(repo.ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records).ok());
    }
    CacheDb again = openCache(dir.path(), QStringLiteral("second"));
    SourceRepository repo(again.db());
    const auto sources = repo.list();
    ASSERT_TRUE(sources.ok());
    ASSERT_EQ(sources->size(), 1);
    EXPECT_EQ(sources->first().name, QStringLiteral("gw"));
}

TEST(CacheDb, MigratesAnEmptySqliteFile)
{
    TempDir dir;
    ASSERT_EQ(execSqlFile(dir.path(), QStringLiteral("PRAGMA user_version")), QString());
    CacheDb cache = openCache(dir.path());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'rollups'")), 1);
}

TEST(CacheDb, NewCachesUseLargerPagesAndOlderOnesKeepTheirs)
{
    TempDir dir;
    {
        CacheDb cache = openCache(dir.path());
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA page_size")), 8192);
    }
    // A cache made before (SQLite's default pages) keeps its page size and its data.
    TempDir older;
    {
        CacheDb cache = openCache(older.path());
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("PRAGMA journal_mode=DELETE")), QString());
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("PRAGMA page_size=4096")), QString());
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("VACUUM")), QString());
        ASSERT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA page_size")), 4096);
        ASSERT_TRUE(SourceRepository(cache.db())
                        .ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records)
                        .ok());
    }
    CacheDb reopened = openCache(older.path(), QStringLiteral("again"));
    EXPECT_EQ(scalar(reopened.db(), QStringLiteral("PRAGMA page_size")), 4096);
    EXPECT_EQ(scalar(reopened.db(), QStringLiteral("SELECT count(*) FROM sources WHERE name = 'gw'")), 1);
}

TEST(CacheDb, RefusesNewerSchemaNamingBothVersions)
{
    TempDir dir;
    {
        CacheDb cache = openCache(dir.path());
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("PRAGMA user_version = %1").arg(CacheDb::SchemaVersion + 1)), QString());
    }
    const auto again = CacheDb::open(dir.path(), QStringLiteral("again"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("version %1").arg(CacheDb::SchemaVersion + 1)))
        << again.error().message.toStdString();
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("version %1").arg(CacheDb::SchemaVersion)))
        << again.error().message.toStdString();
}

TEST(CacheDb, RefusesOtherSqliteFilesAndNonDatabases)
{
    TempDir dir;
    ASSERT_EQ(execSqlFile(dir.path(QStringLiteral("other.sqlite")), QStringLiteral("CREATE TABLE notes(body TEXT)")),
        QString());
    const auto other = CacheDb::open(dir.path(QStringLiteral("other.sqlite")), QStringLiteral("c1"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("not a QuotaScope cache")))
        << other.error().message.toStdString();

    QFile text(dir.path(QStringLiteral("notes.txt")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    const auto notDb = CacheDb::open(text.fileName(), QStringLiteral("c2"));
    ASSERT_FALSE(notDb.ok());
    EXPECT_TRUE(notDb.error().message.contains(QStringLiteral("notes.txt"))) << notDb.error().message.toStdString();
}

TEST(CacheDb, OwnsItsConnectionAcrossMovesAndClosesIt)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    sqlite3 *handle = cache.db();
    {
        // A second connection to the same file is independent: closing it leaves the first one working.
        CacheDb second = openCache(dir.path(), QStringLiteral("second"));
        EXPECT_NE(second.db(), handle);
        EXPECT_EQ(scalar(second.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    }
    CacheDb moved = std::move(cache);
    EXPECT_FALSE(cache.isOpen());
    EXPECT_EQ(cache.db(), nullptr);
    ASSERT_TRUE(moved.isOpen());
    EXPECT_EQ(moved.db(), handle);
    EXPECT_EQ(scalar(moved.db(), QStringLiteral("SELECT count(*) FROM sources")), 0);
    // Move-assigning over an open cache closes the connection it held (WAL: the last close checkpoints and
    // removes the -wal file).
    moved = CacheDb();
    EXPECT_FALSE(moved.isOpen());
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("-wal")));
}

TEST(SourceRepository, EnsureListStateHistoryAndRemove)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    SourceRepository repo(cache.db());
    const auto a = repo.ensure(QStringLiteral("files"), QStringLiteral("file"), SourceInfo::Backing::Records);
    ASSERT_TRUE(a.ok());
    const auto again = repo.ensure(QStringLiteral("files"), QStringLiteral("file"), SourceInfo::Backing::Records);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(a.value(), again.value());
    const auto mismatch
        = repo.ensure(QStringLiteral("files"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate);
    ASSERT_FALSE(mismatch.ok());
    EXPECT_TRUE(mismatch.error().message.contains(QStringLiteral("files")));
    const auto b = repo.ensure(QStringLiteral("hourly"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate);
    ASSERT_TRUE(b.ok());
    EXPECT_NE(a.value(), b.value());

    QJsonObject meta { { QStringLiteral("quota_per_unit"), 500000 } };
    ASSERT_TRUE(repo.setMeta(a.value(), meta).ok());
    ASSERT_TRUE(repo.setState(a.value(), QStringLiteral("cursor"), QStringLiteral("41")).ok());
    ASSERT_TRUE(repo.setState(a.value(), QStringLiteral("cursor"), QStringLiteral("42")).ok());
    EXPECT_EQ(repo.state(a.value(), QStringLiteral("cursor")).value(), QStringLiteral("42"));
    EXPECT_EQ(repo.state(b.value(), QStringLiteral("cursor")).value(), QString());

    RecordWriter w(cache.db(), a.value());
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.write({ makeRecord(1, 1780000100), makeRecord(2, 1780003000) }).ok());
    ASSERT_TRUE(w.commit().ok());

    ImportHistoryEntry h;
    h.sourceId = a.value();
    h.what = QStringLiteral("logs.csv");
    h.format = QStringLiteral("csv");
    h.startedAt = 100;
    h.finishedAt = 101;
    h.rowsRead = 3;
    h.added = 2;
    h.skipped = 1;
    ASSERT_TRUE(repo.addHistory(h).ok());
    const auto history = repo.history(a.value());
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().what, QStringLiteral("logs.csv"));
    EXPECT_EQ(history->first().skipped, 1);

    const auto info = repo.byName(QStringLiteral("files"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->recordCount, 2);
    EXPECT_EQ(info->firstAt, 1780000100);
    EXPECT_EQ(info->lastAt, 1780003000);
    EXPECT_EQ(info->meta.value(QStringLiteral("quota_per_unit")).toInt(), 500000);
    EXPECT_EQ(info->backing, SourceInfo::Backing::Records);

    ASSERT_TRUE(repo.remove(a.value()).ok());
    EXPECT_FALSE(repo.byName(QStringLiteral("files")).ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 0);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollups")), 0);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sync_state")), 0);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM import_history")), 0);
    EXPECT_TRUE(repo.byName(QStringLiteral("hourly")).ok());
}

TEST(RecordWriter, SameBatchTwiceAddsNothing)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = SourceRepository(cache.db())
                           .ensure(QStringLiteral("s"), QStringLiteral("file"), SourceInfo::Backing::Records)
                           .value();
    QList<UsageRecord> batch;
    for (int i = 0; i < 50; ++i)
        batch << makeRecord(i, 1780000000 + i * 97);
    batch << makeRecord(7, 1780000000); // same identity within the batch

    RecordWriter w(cache.db(), src);
    ASSERT_TRUE(w.begin().ok());
    const auto first = w.write(batch);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->added, 50);
    EXPECT_EQ(first->duplicates, 1);
    ASSERT_TRUE(w.commit().ok());
    const auto rollupsAfterFirst = storedRollups(cache.db(), src);

    RecordWriter w2(cache.db(), src);
    ASSERT_TRUE(w2.begin().ok());
    const auto second = w2.write(batch);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->duplicates, 51);
    ASSERT_TRUE(w2.commit().ok());

    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 50);
    EXPECT_EQ(storedRollups(cache.db(), src), rollupsAfterFirst);
    batch.removeLast();
    EXPECT_EQ(rollupsAfterFirst, bruteForceRollups(batch));
}

TEST(RecordWriter, UncommittedOrRolledBackWritesLeaveTheCacheUnchanged)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = SourceRepository(cache.db())
                           .ensure(QStringLiteral("s"), QStringLiteral("file"), SourceInfo::Backing::Records)
                           .value();
    {
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write({ makeRecord(1, 1780000000) }).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    const auto before = storedRollups(cache.db(), src);
    {
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write({ makeRecord(2, 1780000000), makeRecord(3, 1780090000) }).ok());
    }
    {
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write({ makeRecord(4, 1780000000) }).ok());
        w.rollback();
        EXPECT_FALSE(w.commit().ok());
    }
    {
        // A failing batch (a record without identity) poisons the transaction: nothing of it may be committed.
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        UsageRecord bad = makeRecord(6, 1780000000);
        bad.identity.clear();
        EXPECT_FALSE(w.write({ makeRecord(5, 1780000000), bad }).ok());
        EXPECT_FALSE(w.commit().ok());
    }
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 1);
    EXPECT_EQ(SourceRepository(cache.db()).byName(QStringLiteral("s"))->recordCount, 1);
    EXPECT_EQ(storedRollups(cache.db(), src), before);
}

TEST(RecordWriter, RefusesAggregateSourcesAndWritingWithoutBegin)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 agg = SourceRepository(cache.db())
                           .ensure(QStringLiteral("a"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate)
                           .value();
    RecordWriter w(cache.db(), agg);
    EXPECT_FALSE(w.write({ makeRecord(1, 1780000000) }).ok());
    EXPECT_FALSE(w.begin().ok());
    AggregateWriter aw(cache.db(), agg + 100);
    EXPECT_FALSE(aw.begin().ok());
}

TEST(RecordWriter, RollupsEqualRecomputationOnRandomData)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    SourceRepository repo(cache.db());
    const qint64 s1 = repo.ensure(QStringLiteral("one"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    const qint64 s2 = repo.ensure(QStringLiteral("two"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    QRandomGenerator rng(20260329);
    const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("o3"), QStringLiteral("claude"),
        QStringLiteral("deepseek-chat"), QString() };
    QList<UsageRecord> all1, all2;
    for (qint64 src : { s1, s2 }) {
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        for (int batchNo = 0; batchNo < 8; ++batchNo) {
            QList<UsageRecord> batch;
            for (int i = 0; i < 700; ++i) {
                const int id = int(rng.bounded(4000)); // repeats across batches: duplicates
                UsageRecord r = makeRecord(id, 1779000000 + qint64(rng.bounded(3 * 86400)));
                r.identity = QStringLiteral("id:%1").arg(id);
                r.type = QList<int> { 2, 2, 2, 5, 6 }[int(rng.bounded(5))];
                r.model = models[int(rng.bounded(models.size()))];
                r.userName = QStringLiteral("u%1").arg(rng.bounded(6));
                r.quota = rng.bounded(100000);
                batch << r;
            }
            const auto written = w.write(batch);
            ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
            EXPECT_EQ(written->added + written->duplicates, batch.size());
            QSet<QString> seen;
            for (const UsageRecord &r : (src == s1 ? all1 : all2))
                seen.insert(r.identity);
            for (const UsageRecord &r : batch) {
                if (!seen.contains(r.identity)) {
                    seen.insert(r.identity);
                    (src == s1 ? all1 : all2) << r;
                }
            }
        }
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(storedRollups(cache.db(), s1), bruteForceRollups(all1));
    EXPECT_EQ(storedRollups(cache.db(), s2), bruteForceRollups(all2));
    EXPECT_EQ(repo.byName(QStringLiteral("one"))->recordCount, all1.size());

    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->sourcesChecked, 2);
    EXPECT_EQ(verified->recordsChecked, all1.size() + all2.size());
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(QLatin1Char('\n')).toStdString();

    // A per-key rollup off by one request is one mismatch.
    const auto keyRow = rows(cache.db(),
        QStringLiteral("SELECT type, bucket, key FROM rollup_keys WHERE dimension = 1 AND source_id = %1 LIMIT 1")
            .arg(s1));
    ASSERT_EQ(keyRow.size(), 1);
    const QString oneRow = QStringLiteral("dimension = 1 AND source_id = %1 AND type = %2 AND bucket = %3 AND key = %4")
                               .arg(s1)
                               .arg(keyRow[0][0].toLongLong())
                               .arg(keyRow[0][1].toLongLong())
                               .arg(keyRow[0][2].toLongLong());
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("UPDATE rollup_keys SET requests = requests + 1 WHERE ") + oneRow),
        QString());
    ASSERT_EQ(sqlite3_changes(cache.db()), 1);
    // It disagrees with the rollups, and with its day in rollup_days.
    const auto keyTampered = verifyRollups(cache.db());
    ASSERT_TRUE(keyTampered.ok());
    EXPECT_EQ(keyTampered->mismatches, 2);
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("UPDATE rollup_keys SET requests = requests - 1 WHERE ") + oneRow),
        QString());
    EXPECT_EQ(verifyRollups(cache.db())->mismatches, 0);

    // Tampered rollup rows disagree with the records (and with rollup_keys); an extra row is caught as well.
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE rollups SET quota = quota + 1 WHERE source_id = %1 AND bucket = "
                                 "(SELECT min(bucket) FROM rollups WHERE source_id = %1) AND type = 2")
                      .arg(s2)),
        QString());
    const qint64 changed = sqlite3_changes(cache.db());
    ASSERT_GT(changed, 0);
    const auto onlyTwo = verifyRollups(cache.db(), s2);
    ASSERT_TRUE(onlyTwo.ok());
    EXPECT_EQ(onlyTwo->sourcesChecked, 1);
    // Each changed row, and at least one key row per dimension (rollup_keys' two, rollup_pairs' four).
    EXPECT_GE(onlyTwo->mismatches, changed + 6);
    EXPECT_FALSE(onlyTwo->details.isEmpty());
    EXPECT_EQ(verifyRollups(cache.db(), s1)->mismatches, 0);
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("INSERT INTO rollups VALUES (1, %1, 2, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0)").arg(s1)),
        QString());
    // The row itself, one rollup_keys row per dimension it stores (totals, model) and one rollup_pairs row per pair
    // dimension (user, token, channel, group).
    EXPECT_EQ(verifyRollups(cache.db(), s1)->mismatches, 1 + 2 + 4);
}

TEST(AggregateWriter, SumsDuplicatesAndReplacesHours)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 src = SourceRepository(cache.db())
                           .ensure(QStringLiteral("hourly"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate)
                           .value();
    const qint64 h0 = 1780000000 - 1780000000 % 3600;
    const auto bucket = [](qint64 hour, const char *user, const char *model, qint64 n, qint64 quota, qint64 tokens) {
        HourlyBucket b;
        b.hourStart = hour;
        b.userId = 1;
        b.userName = QLatin1String(user);
        b.model = QLatin1String(model);
        b.requests = n;
        b.quota = quota;
        b.tokens = tokens;
        return b;
    };
    const auto sumFor = [&](qint64 hour) {
        Counters c;
        const auto rows = storedRollups(cache.db(), src);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (std::get<0>(it.key()) == hour) {
                EXPECT_TRUE(c.add(it.value()));
            }
        }
        return c;
    };
    {
        AggregateWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        const auto n = w.replace({ bucket(h0, "alice", "gpt", 2, 20, 200), bucket(h0, "alice", "gpt", 1, 5, 50),
            bucket(h0, "bob", "gpt", 1, 1, 10), bucket(h0 + 3600, "alice", "o3", 4, 40, 400),
            bucket(h0 + 7200, "bob", "o3", 9, 90, 900) });
        ASSERT_TRUE(n.ok());
        EXPECT_EQ(n.value(), 4);
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(sumFor(h0).requests, 4);
    EXPECT_EQ(sumFor(h0).quota, 26);
    EXPECT_EQ(sumFor(h0).unsplitTokens, 260);
    EXPECT_EQ(sumFor(h0).promptTokens, 0);
    const auto rows = storedRollups(cache.db(), src);
    const RollupRowKey aliceKey { h0, 2, QStringLiteral("gpt"), QStringLiteral("alice"), QString(), 0, QString(),
        QString() };
    ASSERT_TRUE(rows.contains(aliceKey));
    EXPECT_EQ(rows.value(aliceKey).requests, 3);
    {
        // Re-fetching hour h0 + 3600 replaces it; other hours stay.
        AggregateWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace({ bucket(h0 + 3600, "alice", "o3", 6, 60, 600) }).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(sumFor(h0 + 3600).requests, 6);
    EXPECT_EQ(sumFor(h0).requests, 4);
    EXPECT_EQ(sumFor(h0 + 7200).requests, 9);
    {
        // A window empties hours without data: h0 + 7200 disappears, h0 is rewritten.
        AggregateWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace({ bucket(h0, "carol", "gpt", 1, 7, 70) }, h0, h0 + 7200).ok());
        ASSERT_TRUE(w.commit().ok());
    }
    EXPECT_EQ(sumFor(h0).requests, 1);
    EXPECT_EQ(sumFor(h0 + 3600).requests, 0);
    EXPECT_EQ(sumFor(h0 + 7200).requests, 0);
    {
        AggregateWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        EXPECT_FALSE(w.replace({ bucket(h0 + 60, "x", "y", 1, 1, 1) }).ok());
        EXPECT_FALSE(w.commit().ok());
    }
    {
        AggregateWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.replace({ bucket(h0, "dave", "gpt", 5, 5, 5) }).ok());
    }
    EXPECT_EQ(sumFor(h0).requests, 1);
    const auto recordSrc = SourceRepository(cache.db())
                               .ensure(QStringLiteral("rec"), QStringLiteral("file"), SourceInfo::Backing::Records);
    AggregateWriter wrong(cache.db(), recordSrc.value());
    EXPECT_FALSE(wrong.begin().ok());
}

TEST(BulkLoadJournal, AnEmptyCacheNobodyElseHasOpenIsLoadedInRollbackModeThenReturnsToWal)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 sourceId = SourceRepository(cache.db())
                                .ensure(QStringLiteral("files"), QStringLiteral("file"), SourceInfo::Backing::Records)
                                .value();
    {
        const BulkLoadJournal journal(cache.db());
        ASSERT_TRUE(journal.active());
        EXPECT_EQ(journalMode(cache.db()), QStringLiteral("delete"));
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA synchronous")), 2); // FULL
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA busy_timeout")), 10000);
        RecordWriter writer(cache.db(), sourceId);
        ASSERT_TRUE(writer.begin().ok());
        ASSERT_TRUE(writer.write({ makeRecord(1, 1780000000), makeRecord(2, 1780000100) }).ok());
        // The transaction writes a rollback journal beside the file, not a WAL.
        EXPECT_TRUE(QFile::exists(dir.path() + QStringLiteral("-journal")));
        EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("-wal")));
        ASSERT_TRUE(writer.commit().ok());
    }
    EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 2);
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("-journal")));

    // Now that it holds usage, a reader may be looking at it: the next load stays in WAL.
    const BulkLoadJournal next(cache.db());
    EXPECT_FALSE(next.active());
    EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
}

TEST(BulkLoadJournal, ACacheAnotherConnectionHasOpenStaysInWalWithoutWaitingForIt)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    CacheDb reader = openCache(dir.path(), QStringLiteral("reader"));
    EXPECT_EQ(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 0);
    QElapsedTimer waited;
    waited.start();
    {
        const BulkLoadJournal journal(cache.db());
        EXPECT_FALSE(journal.active());
        // The busy timeout is 10 s; the attempt must not spend it on a connection that will not go away.
        EXPECT_LT(waited.elapsed(), 5000);
        EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA busy_timeout")), 10000);
    }
    EXPECT_EQ(journalMode(reader.db()), QStringLiteral("wal"));
}

// Leaving rollback mode needs the file to itself; SQLite refuses at once while another connection reads it. The
// switch back is retried, as every open's switch to WAL is, instead of leaving the file in rollback mode.
TEST(BulkLoadJournal, TheSwitchBackToWalWaitsForAReaderThatGotInDuringTheLoad)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    sqlite3 *reader = nullptr;
    std::thread ender;
    {
        const BulkLoadJournal journal(cache.db());
        ASSERT_TRUE(journal.active());
        // A plain SQLite connection (CacheDb::open would switch the file to WAL itself) in a read transaction.
        ASSERT_EQ(sqlite3_open_v2(dir.path().toUtf8().constData(), &reader, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM sources", nullptr, nullptr, nullptr), SQLITE_OK);
        ender = std::thread([reader] {
            QThread::msleep(300);
            sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        });
    }
    ender.join();
    EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
    sqlite3_close(reader);
    unsigned char header[20] = {};
    QFile file(dir.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ASSERT_EQ(file.read(reinterpret_cast<char *>(header), 20), 20);
    EXPECT_EQ(header[18], 2); // WAL in the file's header, for every later connection
    EXPECT_EQ(header[19], 2);
}

TEST(BulkLoadJournal, InsideATransactionNothingChanges)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("BEGIN IMMEDIATE")), QString());
    {
        const BulkLoadJournal journal(cache.db());
        EXPECT_FALSE(journal.active());
    }
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("COMMIT")), QString());
    EXPECT_EQ(journalMode(cache.db()), QStringLiteral("wal"));
}

TEST(BulkLoadJournal, OpeningTheCacheWhileAFirstLoadHoldsItSaysWhyItCannot)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const BulkLoadJournal journal(cache.db());
    ASSERT_TRUE(journal.active());
    // What a first import holds once it writes pages: the exclusive lock, until its commit.
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("BEGIN EXCLUSIVE")), QString());
    const auto other = CacheDb::open(dir.path(), QStringLiteral("late"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("another program is writing the cache")))
        << other.error().message.toStdString();
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("cache.sqlite"))) << other.error().message.toStdString();
    ASSERT_EQ(execSql(cache.db(), QStringLiteral("COMMIT")), QString());
}

TEST(CacheDbConcurrency, ConnectionsOpeningANewFileAtOnceMigrateItOnce)
{
    QuotaScope::Test::TempDir dir;
    const QString path = dir.path();
    std::atomic_int failures{0};
    QStringList errors;
    QMutex mutex;
    QList<QThread *> threads;
    for (int i = 0; i < 6; ++i) {
        threads << QThread::create([&, i] {
            auto cache = QuotaScope::CacheDb::open(path, QStringLiteral("race-%1").arg(i));
            if (!cache) {
                ++failures;
                QMutexLocker lock(&mutex);
                errors << cache.error().message;
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    EXPECT_EQ(failures.load(), 0) << errors.join(QLatin1Char('\n')).toStdString();
    auto reopened = QuotaScope::CacheDb::open(path, QStringLiteral("race-check"));
    ASSERT_TRUE(reopened.ok());
}

TEST(CacheMigration, SyncedCacheWritesCountedTwiceAreCorrectedWithTheirRollups)
{
    // Before sync and import shared one mapping, sync added other.cache_creation_tokens and its 5m/1h split, so a
    // synced Claude log with both counted its cache-write tokens twice. Schema 3 corrects the stored records of
    // gateway sources and recomputes their rollups.
    TempDir dir;
    const qint64 t0 = 1780000000;
    const QByteArray both = QByteArrayLiteral(
        R"({"cache_creation_tokens":300,"cache_creation_tokens_5m":200,"cache_creation_tokens_1h":100})");
    auto rec = [](const QString &identity, qint64 at, qint64 cacheWrite, const QByteArray &other) {
        UsageRecord r;
        r.identity = identity;
        r.createdAt = at;
        r.type = 2;
        r.model = QStringLiteral("claude-sonnet");
        r.userName = QStringLiteral("alice");
        r.quota = 10;
        r.promptTokens = 5;
        r.cacheWriteTokens = cacheWrite;
        r.other = other;
        return r;
    };
    qint64 gateway = 0;
    qint64 files = 0;
    {
        CacheDb cache = openCache(dir.path());
        SourceRepository repo(cache.db());
        gateway = repo.ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
        files = repo.ensure(QStringLiteral("files"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        for (const auto &[source, records] :
            { std::pair<qint64, QList<UsageRecord>> { gateway,
                  { rec(QStringLiteral("id:1"), t0, 600, both),
                      rec(QStringLiteral("id:2"), t0 + 60, 50, QByteArrayLiteral(R"({"cache_creation_tokens":50})")),
                      rec(QStringLiteral("id:3"), t0 + 7200, 300,
                          QByteArrayLiteral(R"({"cache_creation_tokens_5m":200,"cache_creation_tokens_1h":100})")) } },
                { files, { rec(QStringLiteral("id:1"), t0, 600, both) } } }) {
            RecordWriter w(cache.db(), source);
            ASSERT_TRUE(w.begin().ok());
            ASSERT_TRUE(w.write(records).ok());
            ASSERT_TRUE(w.commit().ok());
        }
        ASSERT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(cache_write_tokens) FROM rollups WHERE source_id = %1")
                                         .arg(gateway)),
            950);
        // Caches of that time kept `other` as text, which the correction reads.
        for (const auto &[identity, other] :
            { std::pair { "id:1", both }, std::pair { "id:2", QByteArrayLiteral(R"({"cache_creation_tokens":50})") },
                std::pair { "id:3",
                    QByteArrayLiteral(R"({"cache_creation_tokens_5m":200,"cache_creation_tokens_1h":100})") } }) {
            ASSERT_EQ(execSql(cache.db(),
                          QStringLiteral("UPDATE usage_records SET other = '%1' WHERE identity = '%2'")
                              .arg(QString::fromUtf8(other), QLatin1String(identity))),
                QString());
        }
        ASSERT_EQ(
            scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE typeof(other) = 'blob'")), 0);
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("PRAGMA user_version = 2")), QString());
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    auto stored = [&](qint64 source, const char *identity) {
        return scalar(cache.db(),
            QStringLiteral("SELECT cache_write_tokens FROM usage_records WHERE source_id = %1 AND identity = '%2'")
                .arg(source)
                .arg(QLatin1String(identity)));
    };
    EXPECT_EQ(stored(gateway, "id:1"), 300); // the total, not total + split
    EXPECT_EQ(stored(gateway, "id:2"), 50);  // was right
    EXPECT_EQ(stored(gateway, "id:3"), 300); // only the split: its sum was and is right
    EXPECT_EQ(stored(files, "id:1"), 600);   // imported records were never summed twice: left alone
    EXPECT_EQ(
        scalar(cache.db(), QStringLiteral("SELECT sum(cache_write_tokens) FROM rollups WHERE source_id = %1").arg(gateway)),
        650);
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT sum(cache_write_tokens) FROM rollup_keys WHERE dimension = 1 AND source_id = %1")
                      .arg(gateway)),
        650);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();
    EXPECT_EQ(verified->recordsChecked, 4);
}

TEST(CacheMigration, Version6FillsRollupPairsForEverySource)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    qint64 records = 0;
    qint64 hourly = 0;
    {
        CacheDb cache = openCache(dir.path());
        SourceRepository repo(cache.db());
        records = repo.ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        hourly = repo.ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate).value();
        QList<UsageRecord> batch;
        for (int i = 0; i < 400; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = t0 + i * 613;
            r.type = i % 9 == 0 ? 5 : 2;
            r.model = QStringLiteral("m%1").arg(i % 3);
            r.userName = QStringLiteral("u%1").arg(i % 4);
            r.tokenName = QStringLiteral("t%1").arg(i % 7);
            r.channelId = 1 + i % 2;
            r.channelName = i % 2 ? QStringLiteral("north") : QString();
            r.group = QStringLiteral("default");
            r.quota = 10 + i;
            r.promptTokens = i;
            batch << r;
        }
        RecordWriter w(cache.db(), records);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batch).ok());
        ASSERT_TRUE(w.commit().ok());
        HourlyBucket b;
        b.hourStart = t0 / 3600 * 3600;
        b.userName = QStringLiteral("u1");
        b.model = QStringLiteral("m2");
        b.requests = 5;
        b.quota = 700;
        AggregateWriter aw(cache.db(), hourly);
        ASSERT_TRUE(aw.begin().ok());
        ASSERT_TRUE(aw.replace({ b }).ok());
        ASSERT_TRUE(aw.commit().ok());
        // The cache as version 3 left it (versions 4 to 6 follow).
        for (const char *sql : { "DROP TABLE rollup_pairs", "PRAGMA user_version = 3" })
            ASSERT_EQ(execSql(cache.db(), QString::fromLatin1(sql)), QString()) << sql;
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    // Every dimension's pairs hold all requests of each source: 400 records, 5 hourly requests.
    for (int dimension : { 2, 3, 4, 5 }) {
        EXPECT_EQ(scalar(cache.db(),
                      QStringLiteral("SELECT sum(requests) FROM rollup_pairs WHERE dimension = %1 AND source_id = %2")
                          .arg(dimension)
                          .arg(records)),
            400);
        EXPECT_EQ(scalar(cache.db(),
                      QStringLiteral("SELECT sum(requests) FROM rollup_pairs WHERE dimension = %1 AND source_id = %2")
                          .arg(dimension)
                          .arg(hourly)),
            5);
    }
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // A report filtered to one user now reads the pairs, and equals the full rollups' answer.
    Aggregator agg(cache.db());
    ReportQuery q;
    q.from = t0 - 3600;
    q.to = t0 + 400 * 613;
    q.by = Dimension::Model;
    q.filter.users = QStringList { QStringLiteral("u1") };
    const auto pairs = agg.report(q);
    q.filter.models = QStringList { QStringLiteral("m0"), QStringLiteral("m1"), QStringLiteral("m2") };
    const auto rollups = agg.report(q);
    ASSERT_TRUE(pairs.ok());
    ASSERT_TRUE(rollups.ok());
    EXPECT_EQ(pairs->totals, rollups->totals);
    EXPECT_EQ(pairs->totals.requests, 100 - 11 + 5); // u1's consumption records (i % 4 == 1, not i % 9 == 0), hourly
    EXPECT_EQ(pairs->rows.size(), rollups->rows.size());

    // Tampering with a pair is caught by verify.
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE rollup_pairs SET quota = quota + 1 WHERE dimension = 3 AND source_id = %1")
                      .arg(records)),
        QString());
    EXPECT_GT(verifyRollups(cache.db())->mismatches, 0);
}

// The stat cards count estimated records on every refresh: the count must read the partial index of marked
// records (schema 7), not every raw record of the range.
TEST(CacheMigration, EstimatedRecordsAreCountedThroughTheirPartialIndex)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    SqliteStatement plan;
    ASSERT_TRUE(plan.prepare(cache.db(),
                        "EXPLAIN QUERY PLAN SELECT count(*) FROM usage_records WHERE source_id IN (1) AND created_at >= 0"
                        " AND created_at < 100 AND instr(other, '\"estimated_tokens\":true') > 0")
                    .ok());
    QString details;
    while (plan.step())
        details += plan.text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QLatin1String("usage_records_estimated"))) << details.toStdString();

    // The cards' and reports' own condition, also without a source filter (every source), where a plain time
    // range would send SQLite through the time index over every record of the range.
    for (const QList<qint64> &sources : { QList<qint64>(), QList<qint64> { 1, 2 } }) {
        Filter filter;
        filter.sourceIds = sources;
        const RecordFilter estimated = RecordFilter::estimated(0, 100, filter);
        SqliteStatement cards;
        ASSERT_TRUE(cards.prepare(cache.db(),
                             "EXPLAIN QUERY PLAN SELECT count(*), sum(prompt_tokens + completion_tokens) FROM "
                             "usage_records"
                                 + estimated.where())
                        .ok());
        estimated.bind(cards);
        details.clear();
        while (cards.step())
            details += cards.text(3) + QLatin1Char('\n');
        EXPECT_TRUE(details.contains(QLatin1String("usage_records_estimated"))) << details.toStdString();
        EXPECT_FALSE(details.contains(QLatin1String("usage_records_time"))) << details.toStdString();
    }
}

// Version 8 fills rollup_days from rollup_keys (every source) and minute_keys from the raw records, and version 11
// rollup_pair_days from rollup_pairs; verify then checks them, and an hourly source that replaces hours gets its days
// derived again.
TEST(CacheMigration, Version8FillsDailyRollupsAndMinuteKeys)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    qint64 records = 0;
    qint64 hourly = 0;
    qint64 expectedMinuteRows = 0;
    {
        CacheDb cache = openCache(dir.path());
        SourceRepository repo(cache.db());
        records = repo.ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        hourly = repo.ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate).value();
        QList<UsageRecord> batch;
        for (int i = 0; i < 500; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = t0 + i * 997;
            r.type = i % 9 == 0 ? 5 : 2;
            r.model = QStringLiteral("m%1").arg(i % 3);
            r.userName = QStringLiteral("u%1").arg(i % 4);
            r.tokenName = QStringLiteral("t%1").arg(i % 7);
            r.channelId = 1 + i % 2;
            r.channelName = i % 2 ? QStringLiteral("north") : QString();
            r.group = QStringLiteral("default");
            r.quota = 10 + i;
            r.promptTokens = i;
            batch << r;
        }
        RecordWriter w(cache.db(), records);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batch).ok());
        ASSERT_TRUE(w.commit().ok());
        HourlyBucket b;
        b.hourStart = t0 / 3600 * 3600;
        b.userName = QStringLiteral("u1");
        b.model = QStringLiteral("m2");
        b.requests = 5;
        b.quota = 700;
        AggregateWriter aw(cache.db(), hourly);
        ASSERT_TRUE(aw.begin().ok());
        ASSERT_TRUE(aw.replace({ b }).ok());
        ASSERT_TRUE(aw.commit().ok());
        expectedMinuteRows = scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_keys"));
        ASSERT_GT(expectedMinuteRows, 500);
        // The cache as version 7 left it (version 11 adds rollup_pair_days).
        for (const char *sql : { "DROP TABLE rollup_days", "DROP TABLE minute_keys", "DROP TABLE rollup_pair_days",
                 "PRAGMA user_version = 7" })
            ASSERT_EQ(execSql(cache.db(), QString::fromLatin1(sql)), QString()) << sql;
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    for (int dimension : { 0, 1, 2, 3, 4, 5 }) {
        for (const auto &[source, requests] : { std::pair { records, 500 }, std::pair { hourly, 5 } }) {
            EXPECT_EQ(scalar(cache.db(),
                          QStringLiteral("SELECT sum(requests) FROM rollup_days WHERE dimension = %1 AND source_id = %2")
                              .arg(dimension)
                              .arg(source)),
                requests);
        }
    }
    // Version 11 fills the daily pairs from the pairs: every record once per pair dimension.
    for (int dimension : { 2, 3, 4, 5 }) {
        for (const auto &[source, requests] : { std::pair { records, 500 }, std::pair { hourly, 5 } }) {
            EXPECT_EQ(scalar(cache.db(),
                          QStringLiteral("SELECT sum(requests) FROM rollup_pair_days WHERE dimension = %1 AND source_id = %2")
                              .arg(dimension)
                              .arg(source)),
                requests);
        }
    }
    // Every record once per dimension; hourly data has no minutes.
    for (int dimension : { 1, 2, 3, 4, 5 }) {
        EXPECT_EQ(scalar(cache.db(),
                      QStringLiteral("SELECT sum(qs_minutes_total(minutes)) FROM minute_keys WHERE dimension = %1 AND "
                                     "source_id = %2")
                          .arg(dimension)
                          .arg(records)),
            500);
    }
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_keys")), expectedMinuteRows);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_keys WHERE source_id = %1").arg(hourly)), 0);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // Replacing an hour of the hourly source derives its day again: the days equal its rollup_keys.
    HourlyBucket b;
    b.hourStart = t0 / 3600 * 3600;
    b.userName = QStringLiteral("u2");
    b.model = QStringLiteral("m0");
    b.requests = 3;
    b.quota = 40;
    HourlyBucket later = b;
    later.hourStart += 7200;
    AggregateWriter aw(cache.db(), hourly);
    ASSERT_TRUE(aw.begin().ok());
    ASSERT_TRUE(aw.replace({ b, later }).ok());
    ASSERT_TRUE(aw.commit().ok());
    QStringList details;
    const auto days = RollupDays::verify(cache.db(), "SELECT id FROM sources", 0, &details, 10);
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(days.value(), 0) << details.join(u'\n').toStdString();
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT sum(requests) FROM rollup_days WHERE dimension = 2 AND source_id = %1").arg(hourly)),
        6);
    // And its daily pairs: equal to its pairs, the replaced hours counted once.
    const auto pairDays = RollupPairs::verifyDays(cache.db(), "SELECT id FROM sources", 0, &details, 10);
    ASSERT_TRUE(pairDays.ok());
    EXPECT_EQ(pairDays.value(), 0) << details.join(u'\n').toStdString();
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT sum(requests) FROM rollup_pair_days WHERE dimension = 2 AND source_id = %1")
                      .arg(hourly)),
        6);

    // A changed day row, a missing minute row: verify finds both.
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE rollup_days SET requests = requests + 1 WHERE dimension = 1 AND source_id = %1 "
                                 "AND day = (SELECT min(day) FROM rollup_days) AND key = (SELECT min(key) FROM "
                                 "rollup_days WHERE dimension = 1) AND type = 2")
                      .arg(records)),
        QString());
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("DELETE FROM minute_keys WHERE dimension = 4 AND source_id = %1 AND hour = "
                                 "(SELECT min(hour) FROM minute_keys WHERE source_id = %1)")
                      .arg(records)),
        QString());
    // And a daily pair row of the records' source.
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE rollup_pair_days SET quota = quota + 1 WHERE dimension = 3 AND source_id = %1 "
                                 "AND day = (SELECT max(day) FROM rollup_pair_days) AND key = (SELECT min(key) FROM "
                                 "rollup_pair_days WHERE dimension = 3 AND day = (SELECT max(day) FROM "
                                 "rollup_pair_days)) AND type = 2")
                      .arg(records)),
        QString());
    const auto found = verifyRollups(cache.db());
    ASSERT_TRUE(found.ok());
    EXPECT_GE(found->mismatches, 3);
    const QString all = found->details.join(u'\n');
    EXPECT_TRUE(all.contains(QLatin1String("rollup_days: dimension 1"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("from records: dimension 4"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("rollup_pair_days: dimension 3"))) << all.toStdString();

    // rebuildRollups puts both right again.
    ASSERT_TRUE(rebuildRollups(cache.db(), "SELECT id FROM sources WHERE backing = 'records'").ok());
    const auto rebuilt = verifyRollups(cache.db());
    ASSERT_TRUE(rebuilt.ok());
    EXPECT_EQ(rebuilt->mismatches, 0) << rebuilt->details.join(u'\n').toStdString();
}

// Version 13 deletes rollup_keys' rows of users, tokens, channels and groups, which rollup_pairs answer: a cache
// written with them (as versions up to 12 did) keeps every key row as readers see them, and verifies clean.
TEST(CacheMigration, Version13KeepsTheTotalsAndModelKeysOnly)
{
    TempDir dir;
    // The key rows summed per (dimension, type, bucket, source, key), as rollup_keys held them up to version 12.
    const auto summedKeyRows = [](const QByteArray &where) {
        return "SELECT dimension, type, bucket, source_id, key, " + RollupSql::counterSums() + " FROM "
            + RollupSql::keyRows(where) + " GROUP BY 1, 2, 3, 4, 5";
    };
    const QString everyKeyRow = QString::fromUtf8(summedKeyRows({}) + " ORDER BY 1, 2, 3, 4, 5");
    QList<QVariantList> before;
    qint64 dayRows = 0;
    {
        CacheDb cache = openCache(dir.path());
        const qint64 src = SourceRepository(cache.db())
                               .ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records)
                               .value();
        QList<UsageRecord> batch;
        for (int i = 0; i < 400; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = 1780000000 + i * 613;
            r.type = i % 11 == 0 ? 5 : 2;
            r.model = QStringLiteral("m%1").arg(i % 3);
            r.userName = QStringLiteral("u%1").arg(i % 5);
            r.tokenName = QStringLiteral("t%1").arg(i % 7);
            r.channelId = 1 + i % 3;
            r.channelName = i % 3 ? QStringLiteral("c%1").arg(i % 3) : QString();
            r.group = i % 2 ? QStringLiteral("vip") : QStringLiteral("default");
            r.quota = 10 + i;
            batch << r;
        }
        RecordWriter w(cache.db(), src);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(batch).ok());
        ASSERT_TRUE(w.commit().ok());
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_keys WHERE dimension >= 2")), 0);
        before = rows(cache.db(), everyKeyRow);
        for (int dimension = 2; dimension < 6; ++dimension) {
            EXPECT_EQ(scalar(cache.db(),
                          QStringLiteral("SELECT sum(requests) FROM %1 WHERE dimension = %2")
                              .arg(QString::fromUtf8(RollupSql::keyRows({})))
                              .arg(dimension)),
                400);
        }
        dayRows = scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_days"));
        // The cache as version 12 left it: the same sums stored in rollup_keys as well.
        ASSERT_EQ(execSql(cache.db(),
                      QStringLiteral("INSERT INTO rollup_keys %1; PRAGMA user_version = 12")
                          .arg(QString::fromUtf8(summedKeyRows("dimension >= 2")))),
            QString());
        ASSERT_GT(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_keys WHERE dimension >= 2")), 0);
        // Those rows would be counted twice, and verify finds them.
        EXPECT_GT(verifyRollups(cache.db())->mismatches, 0);
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_keys WHERE dimension >= 2")), 0);
    EXPECT_EQ(rows(cache.db(), everyKeyRow), before);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM rollup_days")), dayRows);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();
}

// Version 12 packs a version-8 minute_keys (a row per minute and key) into a row per hour: the rows equal what the
// writer gives, for two sources whose minutes interleave, and verify and the writer go on from there.
TEST(CacheMigration, Version12PacksTheMinuteRowsOfEachKeyIntoHours)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    const auto makeBatch = [&](int count, int offset) {
        QList<UsageRecord> batch;
        for (int i = 0; i < count; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i);
            r.createdAt = t0 + offset + i * 37; // several requests in some minutes, hours with many minutes
            r.type = i % 11 == 0 ? 5 : 2;
            r.model = QStringLiteral("m%1").arg(i % 3);
            r.userName = QStringLiteral("u%1").arg(i % 4);
            r.tokenName = QStringLiteral("t%1").arg(i % 7);
            r.channelId = 1 + i % 2;
            r.channelName = i % 2 ? QStringLiteral("north") : QStringLiteral("south");
            r.group = QStringLiteral("default");
            r.quota = 10 + i;
            batch << r;
        }
        return batch;
    };
    QList<QVariantList> hours;
    qint64 perMinuteRows = 0;
    {
        CacheDb cache = openCache(dir.path());
        SourceRepository repo(cache.db());
        for (const auto &[name, offset] : { std::pair { "a", 0 }, std::pair { "b", 5 } }) {
            const qint64 source
                = repo.ensure(QString::fromLatin1(name), QStringLiteral("file"), SourceInfo::Backing::Records).value();
            RecordWriter w(cache.db(), source);
            ASSERT_TRUE(w.begin().ok());
            ASSERT_TRUE(w.write(makeBatch(900, offset)).ok());
            ASSERT_TRUE(w.commit().ok());
        }
        hours = rows(cache.db(), QStringLiteral("SELECT * FROM minute_keys ORDER BY 1, 2, 3, 4, 5, 6"));
        ASSERT_GT(hours.size(), 100);
        // minute_keys as versions 8 to 11 had it, from the records.
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("DROP TABLE minute_keys")), QString());
        ASSERT_EQ(execSql(cache.db(),
                      QStringLiteral("CREATE TABLE minute_keys(dimension INTEGER NOT NULL, day INTEGER NOT NULL, key "
                                     "INTEGER NOT NULL, type INTEGER NOT NULL, minute INTEGER NOT NULL, source_id "
                                     "INTEGER NOT NULL, requests INTEGER NOT NULL, PRIMARY KEY(dimension, day, key, "
                                     "type, minute, source_id)) WITHOUT ROWID")),
            QString());
        const char *const columns[] = { "model", "user_name", "token_name", "channel_name", "grp" };
        for (int d = 1; d <= 5; ++d) {
            ASSERT_EQ(execSql(cache.db(),
                          QStringLiteral("INSERT INTO minute_keys SELECT %1, created_at - created_at % 86400, k.id, "
                                         "r.type, created_at - created_at % 60, r.source_id, count(*) FROM "
                                         "usage_records r JOIN dims k ON k.value = r.%2 GROUP BY 1, 2, 3, 4, 5, 6")
                              .arg(d)
                              .arg(QLatin1String(columns[d - 1]))),
                QString());
        }
        perMinuteRows = scalar(cache.db(), QStringLiteral("SELECT count(*) FROM minute_keys"));
        ASSERT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM minute_keys")), 5 * 1800);
        ASSERT_EQ(execSql(cache.db(), QStringLiteral("PRAGMA user_version = 11")), QString());
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(rows(cache.db(), QStringLiteral("SELECT * FROM minute_keys ORDER BY 1, 2, 3, 4, 5, 6")), hours);
    EXPECT_LT(hours.size() * 3, perMinuteRows) << "an hour's row holds many minutes";
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'qs_minute%'")), 0);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(qs_minutes_total(minutes)) FROM minute_keys")), 5 * 1800);
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();

    // The writer adds to the migrated hours: the same records again under new identities double every count.
    const qint64 a = scalar(cache.db(), QStringLiteral("SELECT id FROM sources WHERE name = 'a'"));
    QList<UsageRecord> again = makeBatch(900, 0);
    for (UsageRecord &r : again)
        r.identity += QStringLiteral(":again");
    RecordWriter w(cache.db(), a);
    ASSERT_TRUE(w.begin().ok());
    ASSERT_TRUE(w.write(again).ok());
    ASSERT_TRUE(w.commit().ok());
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(qs_minutes_total(minutes)) FROM minute_keys")), 5 * 2700);
    const auto after = verifyRollups(cache.db());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->mismatches, 0) << after->details.join(u'\n').toStdString();

    // A malformed list (minute 60) is an error that names the table, not a wrong count: in SQL, in verify and for
    // the writer that adds to it.
    ASSERT_EQ(execSql(cache.db(),
                  QStringLiteral("UPDATE minute_keys SET minutes = X'3c01' WHERE (dimension, day, key, type, hour, "
                                 "source_id) = (SELECT dimension, day, key, type, hour, source_id FROM minute_keys "
                                 "WHERE source_id = %1 ORDER BY 1, 2, 3, 4, 5 LIMIT 1)")
                      .arg(a)),
        QString());
    EXPECT_TRUE(execSql(cache.db(), QStringLiteral("SELECT sum(qs_minutes_total(minutes)) FROM minute_keys"))
                    .contains(QLatin1String("minute_keys: a minute list is malformed")));
    const auto tampered = verifyRollups(cache.db());
    ASSERT_TRUE(tampered.ok());
    EXPECT_EQ(tampered->mismatches, 1);
    EXPECT_TRUE(tampered->details.join(u'\n').contains(QLatin1String("minutes (malformed)")))
        << tampered->details.join(u'\n').toStdString();
    RecordWriter broken(cache.db(), a);
    ASSERT_TRUE(broken.begin().ok());
    QList<UsageRecord> one = makeBatch(1, 0); // model m0 in the first hour, as type 2: the tampered row
    one[0].type = 2;
    one[0].identity += QStringLiteral(":once more");
    const auto written = broken.write(one);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QLatin1String("minute list is malformed")))
        << written.error().message.toStdString();
}

// A source's span (firstAt, lastAt) is its first and last record (or hour, for hourly data), however its types and
// days spread, next to other sources that start earlier and end later.
TEST(SourceRepositoryTest, SpansAreTheFirstAndLastDataOfEachSourceAmongOthers)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    SourceRepository repo(cache.db());
    const qint64 t0 = 1780000000;
    const qint64 early = repo.ensure(QStringLiteral("early"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    const qint64 late = repo.ensure(QStringLiteral("late"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    const qint64 hourly = repo.ensure(QStringLiteral("hourly"), QStringLiteral("newapi"), SourceInfo::Backing::Aggregate).value();
    const auto write = [&](qint64 source, const QList<std::pair<qint64, int>> &at) {
        RecordWriter w(cache.db(), source);
        ASSERT_TRUE(w.begin().ok());
        QList<UsageRecord> batch;
        for (const auto &[t, type] : at) {
            UsageRecord r = makeRecord(int(batch.size()) + 1, t);
            r.identity = QStringLiteral("id:%1").arg(t);
            r.type = type;
            batch << r;
        }
        ASSERT_TRUE(w.write(batch).ok());
        ASSERT_TRUE(w.commit().ok());
    };
    // early: an error log before its first consumption, a refund after its last, over five days.
    write(early, { { t0 - 3 * 86400 + 77, 5 }, { t0 - 2 * 86400, 2 }, { t0 + 10, 2 }, { t0 + 2 * 86400 + 4000, 6 } });
    // late: inside early's span, the last record in the last minute of its day.
    write(late, { { t0 + 3600, 2 }, { t0 + 86400 + 5, 2 }, { t0 + 2 * 86400 - (t0 % 86400) - 1, 5 } });
    HourlyBucket b;
    b.hourStart = (t0 - 86400) / 3600 * 3600;
    b.userName = QStringLiteral("u");
    b.model = QStringLiteral("m");
    b.requests = 1;
    HourlyBucket last = b;
    last.hourStart += 30 * 3600;
    AggregateWriter aw(cache.db(), hourly);
    ASSERT_TRUE(aw.begin().ok());
    ASSERT_TRUE(aw.replace({ b, last }).ok());
    ASSERT_TRUE(aw.commit().ok());

    const auto sources = repo.list();
    ASSERT_TRUE(sources.ok());
    QHash<qint64, std::pair<qint64, qint64>> spans;
    for (const SourceInfo &s : sources.value())
        spans.insert(s.id, { s.firstAt, s.lastAt });
    EXPECT_EQ(spans.value(early), std::make_pair(t0 - 3 * 86400 + 77, t0 + 2 * 86400 + 4000));
    EXPECT_EQ(spans.value(late), std::make_pair(t0 + 3600, t0 + 2 * 86400 - (t0 % 86400) - 1));
    EXPECT_EQ(spans.value(hourly), std::make_pair(b.hourStart, last.hourStart)); // hours by their start
    EXPECT_EQ(repo.byName(QStringLiteral("late"))->firstAt, t0 + 3600);
}
