#include "store/cachedb.h"
#include "store/identitykey.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/tempcache.h"

#include <gtest/gtest.h>

#include <limits>

using namespace QuotaScope;
using QuotaScope::Test::execSql;
using QuotaScope::Test::openCache;
using QuotaScope::Test::rows;
using QuotaScope::Test::scalar;
using QuotaScope::Test::TempDir;

namespace {

/// Every hashed identity hashes alike while this lives: each one collides with every other.
class ForcedCollisions
{
public:
    ForcedCollisions() { IdentityKey::setHashForTesting([](QStringView) { return quint64(0x5eed); }); }
    ~ForcedCollisions() { IdentityKey::setHashForTesting(nullptr); }
    ForcedCollisions(const ForcedCollisions &) = delete;
    ForcedCollisions &operator=(const ForcedCollisions &) = delete;
};

UsageRecord record(const QString &identity, qint64 createdAt, qint64 quota)
{
    UsageRecord r;
    r.identity = identity;
    r.createdAt = createdAt;
    r.type = 2;
    r.model = QStringLiteral("gpt-4o");
    r.userName = QStringLiteral("alice");
    r.tokenName = QStringLiteral("main");
    r.channelId = 3;
    r.group = QStringLiteral("default");
    r.quota = quota;
    r.promptTokens = quota / 2;
    r.other = QByteArrayLiteral("{}");
    return r;
}

/// Gateway ids, request-id identities and hashed rows with their occurrence numbers, as importers assign them.
QList<UsageRecord> mixedRecords(int count, qint64 t0)
{
    QList<UsageRecord> out;
    for (int i = 0; i < count; ++i) {
        QString identity;
        switch (i % 3) {
        case 0:
            identity = QStringLiteral("id:%1").arg(1000 + i);
            break;
        case 1:
            identity = QStringLiteral("r:%1:req-%2").arg(t0 + i).arg(i);
            break;
        default:
            identity = QStringLiteral("h:%1#0").arg(i, 16, 16, QLatin1Char('0'));
            break;
        }
        out << record(identity, t0 + i * 37, 100 + i);
    }
    return out;
}

WriteStats writeAll(CacheDb &cache, qint64 source, const QList<UsageRecord> &records)
{
    RecordWriter w(cache.db(), source);
    EXPECT_TRUE(w.begin().ok());
    const auto stats = w.write(records);
    EXPECT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_TRUE(w.commit().ok());
    return stats.ok() ? stats.value() : WriteStats {};
}

void expectVerified(CacheDb &cache)
{
    const auto verified = verifyRollups(cache.db());
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->mismatches, 0) << verified->details.join(u'\n').toStdString();
}

/*
 * Puts usage_records back as schema versions 7 and 8 had it (UNIQUE on the identity text, no identity_key) and
 * sets the version to 8, keeping every record and id and the version-8 tables (rollup_days, minute_keys).
 */
void downgradeToVersion8(CacheDb &cache)
{
    const char *const steps[] = {
        "CREATE TABLE usage_records_v7("
        " id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, identity TEXT NOT NULL, gateway_id INTEGER NOT NULL,"
        " created_at INTEGER NOT NULL, type INTEGER NOT NULL, user_id INTEGER NOT NULL, user_name TEXT NOT NULL,"
        " token_id INTEGER NOT NULL, token_name TEXT NOT NULL, model TEXT NOT NULL, channel_id INTEGER NOT NULL,"
        " channel_name TEXT NOT NULL, grp TEXT NOT NULL, quota INTEGER NOT NULL, prompt_tokens INTEGER NOT NULL,"
        " completion_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL, cache_write_tokens INTEGER NOT NULL,"
        " use_time_ms INTEGER NOT NULL, is_stream INTEGER NOT NULL, request_id TEXT NOT NULL, ip TEXT NOT NULL,"
        " content TEXT NOT NULL, other TEXT NOT NULL, UNIQUE(source_id, identity))",
        "INSERT INTO usage_records_v7 SELECT id, source_id, identity, gateway_id, created_at, type, user_id, user_name,"
        " token_id, token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, completion_tokens,"
        " cache_read_tokens, cache_write_tokens, use_time_ms, is_stream, request_id, ip, content, other"
        " FROM usage_records",
        "DROP TABLE usage_records",
        "ALTER TABLE usage_records_v7 RENAME TO usage_records",
        "CREATE INDEX usage_records_time ON usage_records(created_at)",
        "CREATE INDEX usage_records_source_time ON usage_records(source_id, created_at)",
        "CREATE INDEX usage_records_estimated ON usage_records(source_id, created_at)"
        " WHERE instr(other, '\"estimated_tokens\":true') > 0",
        "PRAGMA user_version = 8",
    };
    for (const char *sql : steps)
        ASSERT_EQ(execSql(cache.db(), QString::fromLatin1(sql)), QString()) << sql;
}

/// The cache as version 7 left it: downgradeToVersion8() without the version-8 tables.
void downgradeToVersion7(CacheDb &cache)
{
    downgradeToVersion8(cache);
    for (const char *sql : { "DROP TABLE rollup_days", "DROP TABLE minute_keys", "PRAGMA user_version = 7" })
        ASSERT_EQ(execSql(cache.db(), QString::fromLatin1(sql)), QString()) << sql;
}

QList<QVariantList> storedRecords(CacheDb &cache)
{
    return rows(cache.db(), QStringLiteral("SELECT id, source_id, identity, created_at, quota FROM usage_records ORDER BY id"));
}

} // namespace

TEST(IdentityKey, GatewayIdsKeyOnTheirNumberAndEverythingElseOnANegativeHash)
{
    EXPECT_EQ(IdentityKey::of(u"id:0"), 0);
    EXPECT_EQ(IdentityKey::of(u"id:123456789"), 123456789);
    EXPECT_EQ(IdentityKey::of(u"id:9223372036854775807"), std::numeric_limits<qint64>::max());
    // Not canonical or out of range: hashed, so that "id:07" and "id:7" stay two identities as they were.
    for (const char16_t *hashed : { u"id:07", u"id:", u"id:-3", u"id:9223372036854775808", u"id:12a", u"id:1#1",
             u"r:1780000000:req-1", u"h:00ff#0", u"" })
        EXPECT_LT(IdentityKey::of(hashed), 0) << QString::fromUtf16(hashed).toStdString();
    EXPECT_NE(IdentityKey::of(u"id:07"), IdentityKey::of(u"id:7"));
    // Request identities key on their time first, so their keys grow with the rows as their text did.
    EXPECT_LT(IdentityKey::of(u"r:1780000000:zzz"), IdentityKey::of(u"r:1780000001:aaa"));
    EXPECT_LT(IdentityKey::of(u"r:1780000001:aaa"), IdentityKey::of(u"r:1780003600:aaa"));
    EXPECT_NE(IdentityKey::of(u"r:1780000000:a"), IdentityKey::of(u"r:1780000000:b"));
    EXPECT_NE(IdentityKey::of(u"h:00ff#0"), IdentityKey::of(u"h:00ff#1"));
    // The hash is stored in caches: this value must never change.
    EXPECT_EQ(IdentityKey::of(u"h:00ff#0"), IdentityKey::of(QString::fromLatin1("h:00ff#0")));
    // Probing stays among the hashed keys.
    EXPECT_EQ(IdentityKey::next(-1), std::numeric_limits<qint64>::min());
    EXPECT_EQ(IdentityKey::next(std::numeric_limits<qint64>::min()), std::numeric_limits<qint64>::min() + 1);
}

TEST(IdentityKey, WriterStoresRecordsKeyedOnTheirIdentity)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 source
        = SourceRepository(cache.db()).ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    const QList<UsageRecord> batch = mixedRecords(30, 1780000000);
    const WriteStats first = writeAll(cache, source, batch);
    EXPECT_EQ(first.added, 30);
    for (const QVariantList &row : rows(cache.db(), QStringLiteral("SELECT identity, identity_key FROM usage_records")))
        EXPECT_EQ(row[1].toLongLong(), IdentityKey::of(row[0].toString())) << row[0].toString().toStdString();
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE identity_key >= 0")), 10);
    const WriteStats again = writeAll(cache, source, batch);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, 30);
    expectVerified(cache);
}

// Two identities with one hash are two records; each one written again is a duplicate.
TEST(IdentityKey, CollidingHashesStayDistinctRecordsAndReimportsStayDuplicates)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    const qint64 source
        = SourceRepository(cache.db()).ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    const qint64 t0 = 1780000000;
    ForcedCollisions collide;
    QList<UsageRecord> batch = mixedRecords(30, t0);
    // Request identities of one second share a home slot too.
    for (const char *id : { "a", "b", "c" })
        batch << record(QStringLiteral("r:%1:%2").arg(t0).arg(QLatin1String(id)), t0, 50);
    // The same identity twice in one batch is still one record.
    batch << batch[2];
    const WriteStats first = writeAll(cache, source, batch);
    EXPECT_EQ(first.added, 33);
    EXPECT_EQ(first.duplicates, 1);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(DISTINCT identity) FROM usage_records")), 33);
    // Every hashed identity has a slot of its own; the ten "h:" ones sit in the ten slots from their common home.
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(DISTINCT identity_key) FROM usage_records WHERE identity_key < 0")), 23);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT max(identity_key) - min(identity_key) FROM usage_records WHERE identity LIKE 'h:%'")), 9);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT min(identity_key) FROM usage_records WHERE identity_key < 0")),
        IdentityKey::of(u"h:anything"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT max(identity_key) - min(identity_key) FROM usage_records WHERE identity LIKE 'r:%:_'")), 2);

    // Written again, in another order and split over batches, with two new colliding records among them.
    QList<UsageRecord> second;
    for (qsizetype i = batch.size() - 1; i >= 0; --i)
        second << batch[i];
    second.insert(7, record(QStringLiteral("h:new#0"), t0 + 5000, 7));
    second << record(QStringLiteral("r:%1:late").arg(t0 + 6000), t0 + 6000, 9);
    const WriteStats a = writeAll(cache, source, second.mid(0, 15));
    const WriteStats b = writeAll(cache, source, second.mid(15));
    EXPECT_EQ(a.added + b.added, 2);
    EXPECT_EQ(a.duplicates + b.duplicates, 34);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 35);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(quota) FROM usage_records WHERE identity = 'h:new#0'")), 7);
    // The same identities in another source are that source's own records.
    const qint64 other
        = SourceRepository(cache.db()).ensure(QStringLiteral("other"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
    EXPECT_EQ(writeAll(cache, other, batch).added, 33);
    expectVerified(cache);
}

TEST(CacheMigration, Version9KeysEveryRecordOfAVersion7CacheAndDeduplicatesAReimport)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    const QList<UsageRecord> batch = mixedRecords(300, t0);
    qint64 logs = 0;
    qint64 sync = 0;
    QList<QVariantList> before;
    {
        CacheDb cache = openCache(dir.path());
        SourceRepository repo(cache.db());
        logs = repo.ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records).value();
        sync = repo.ensure(QStringLiteral("gw"), QStringLiteral("newapi"), SourceInfo::Backing::Records).value();
        writeAll(cache, logs, batch);
        writeAll(cache, sync, batch.mid(0, 100));
        downgradeToVersion7(cache);
        before = storedRecords(cache);
        ASSERT_EQ(before.size(), 400);
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(storedRecords(cache), before);
    for (const QVariantList &row : rows(cache.db(), QStringLiteral("SELECT identity, identity_key FROM usage_records")))
        EXPECT_EQ(row[1].toLongLong(), IdentityKey::of(row[0].toString())) << row[0].toString().toStdString();
    // The indexes the records had are back, and the text's unique index is gone.
    for (const char *index : { "usage_records_time", "usage_records_source_time", "usage_records_estimated",
             "usage_records_identity" })
        EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(index))), 1) << index;
    EXPECT_EQ(scalar(cache.db(),
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'usage_records' AND name LIKE 'sqlite_autoindex%'")),
        0);

    const WriteStats again = writeAll(cache, logs, batch);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, 300);
    const WriteStats rest = writeAll(cache, sync, batch);
    EXPECT_EQ(rest.added, 200);
    EXPECT_EQ(rest.duplicates, 100);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records")), 600);
    expectVerified(cache);
}

// Version 9 runs after version 8: a cache at version 8 has its records keyed and keeps its daily rollups and
// minute counts per key as they were.
TEST(CacheMigration, Version9KeysTheRecordsOfAVersion8CacheAndKeepsItsDaysAndMinutes)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    const QList<UsageRecord> batch = mixedRecords(300, t0);
    qint64 logs = 0;
    QList<QVariantList> before;
    QList<QVariantList> days;
    QList<QVariantList> minutes;
    {
        CacheDb cache = openCache(dir.path());
        logs = SourceRepository(cache.db())
                   .ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records)
                   .value();
        writeAll(cache, logs, batch);
        downgradeToVersion8(cache);
        ASSERT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'usage_records'"
                                                    " AND sql LIKE '%UNIQUE(source_id, identity)%'")),
            1);
        before = storedRecords(cache);
        days = rows(cache.db(), QStringLiteral("SELECT * FROM rollup_days ORDER BY 1, 2, 3, 4, 5"));
        minutes = rows(cache.db(), QStringLiteral("SELECT * FROM minute_keys ORDER BY 1, 2, 3, 4, 5, 6"));
        ASSERT_FALSE(days.isEmpty());
        ASSERT_FALSE(minutes.isEmpty());
    }
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(storedRecords(cache), before);
    for (const QVariantList &row : rows(cache.db(), QStringLiteral("SELECT identity, identity_key FROM usage_records")))
        EXPECT_EQ(row[1].toLongLong(), IdentityKey::of(row[0].toString())) << row[0].toString().toStdString();
    EXPECT_EQ(rows(cache.db(), QStringLiteral("SELECT * FROM rollup_days ORDER BY 1, 2, 3, 4, 5")), days);
    EXPECT_EQ(rows(cache.db(), QStringLiteral("SELECT * FROM minute_keys ORDER BY 1, 2, 3, 4, 5, 6")), minutes);
    expectVerified(cache);

    // A reimport adds nothing; new records reach the version-8 tables too.
    const WriteStats again = writeAll(cache, logs, batch);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, 300);
    EXPECT_EQ(writeAll(cache, logs, mixedRecords(330, t0).mid(300)).added, 30);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(qs_minutes_total(minutes)) FROM minute_keys WHERE dimension = 1")),
        330);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(requests) FROM rollup_days WHERE dimension = 0")), 330);
    expectVerified(cache);
}

// A version 7 cache whose identities collide (forced here) migrates with each record in its own slot.
TEST(CacheMigration, Version9SeparatesCollidingIdentities)
{
    TempDir dir;
    const qint64 t0 = 1780000000;
    const QList<UsageRecord> batch = mixedRecords(60, t0);
    qint64 logs = 0;
    QList<QVariantList> before;
    {
        CacheDb cache = openCache(dir.path());
        logs = SourceRepository(cache.db())
                   .ensure(QStringLiteral("logs"), QStringLiteral("file"), SourceInfo::Backing::Records)
                   .value();
        writeAll(cache, logs, batch);
        downgradeToVersion7(cache);
        before = storedRecords(cache);
    }
    ForcedCollisions collide;
    CacheDb cache = openCache(dir.path(), QStringLiteral("migrated"));
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("PRAGMA user_version")), CacheDb::SchemaVersion);
    EXPECT_EQ(storedRecords(cache), before);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(DISTINCT identity_key) FROM usage_records")), 60);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'qs_identity_collisions'")), 0);
    const WriteStats again = writeAll(cache, logs, batch);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, 60);
    const WriteStats fresh = writeAll(cache, logs, { record(QStringLiteral("h:fresh#0"), t0, 1) });
    EXPECT_EQ(fresh.added, 1);
    expectVerified(cache);
}
