// CacheCompactor and `quotascope-cli compact`: an older cache's records re-stored by layout read back the same, the
// rollups still match them, the file shrinks, and stopping or another program holding the cache loses nothing.
#include "store/cachecompactor.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

constexpr qint64 Start = 1772323200; // 2026-03-01T00:00:00Z

QByteArray otherOf(int i)
{
    switch (i % 10) {
    case 3:
        return QByteArrayLiteral(R"({"one_api_type":5})"); // too short to gain
    case 5:
        return QByteArrayLiteral(R"({"estimated_tokens":true,"token_estimator":"cl100k","frt":120})");
    case 7:
        return QByteArrayLiteral("not json, \"unterminated");
    default:
        return QStringLiteral(R"({"admin_info":{"use_channel":["%1"]},"cache_ratio":0.5,"cache_tokens":%2,)"
                              R"("completion_ratio":4,"frt":%3.5,"group_ratio":1,"model_price":-1,"model_ratio":0.075,)"
                              R"("request_path":"/v1/chat/completions","user_group_ratio":-1})")
            .arg(i % 4 + 1)
            .arg(i * 7 % 300)
            .arg(100 + i)
            .toUtf8();
    }
}

/// Records stored by layout: every one but the short, the estimated and the non-JSON `other`.
constexpr int restorable(int count)
{
    int n = 0;
    for (int i = 0; i < count; ++i)
        n += (i % 10 == 3 || i % 10 == 5 || i % 10 == 7) ? 0 : 1;
    return n;
}

class CompactTest : public ::testing::Test
{
protected:
    static constexpr int Count = 6000;

    void SetUp() override
    {
        m_cache = openCache(m_dir.path());
        const qint64 source = SourceRepository(m_cache.db())
                                  .ensure(QStringLiteral("a"), QStringLiteral("file"), SourceInfo::Backing::Records)
                                  .value();
        QList<UsageRecord> records;
        for (int i = 0; i < Count; ++i) {
            UsageRecord r;
            r.identity = QStringLiteral("id:%1").arg(i + 1);
            r.gatewayId = i + 1;
            r.createdAt = Start + i * 7;
            r.userName = QStringLiteral("user%1").arg(i % 3);
            r.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("deepseek-chat");
            r.quota = 100 + i;
            r.promptTokens = 10;
            r.other = otherOf(i);
            records << r;
            m_expected << r.other;
        }
        RecordWriter w(m_cache.db(), source);
        ASSERT_TRUE(w.begin().ok());
        ASSERT_TRUE(w.write(records).ok());
        ASSERT_TRUE(w.commit().ok());
        // As a cache written before schema 14 holds them: every `other` as its text.
        storeOtherAsText(m_cache.db());
        ASSERT_EQ(execSql(m_cache.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
        ASSERT_EQ(stored("blob"), 0);
    }

    QList<QByteArray> readBack()
    {
        QList<QByteArray> out;
        const auto visited = RecordQuery(m_cache.db()).forEach(0, Start * 2, Filter(), [&](const UsageRecord &r) {
            out << r.other;
            return true;
        });
        EXPECT_TRUE(visited.ok()) << visited.error().message.toStdString();
        return out;
    }

    qint64 stored(const char *type) { return othersStoredAs(m_cache.db(), type); }

    TempDir m_dir;
    CacheDb m_cache;
    QList<QByteArray> m_expected;
};

} // namespace

TEST_F(CompactTest, OlderRecordsAreStoredByLayoutReadBackTheSameAndTheFileShrinks)
{
    const qint64 pagesBefore = scalar(m_cache.db(), QStringLiteral("PRAGMA page_count"));
    CacheCompactor::Options options;
    options.batchSize = 1000;
    QList<std::pair<qint64, qint64>> seen;
    const auto stats = CacheCompactor::compact(m_cache, options, [&](qint64 done, qint64 total) {
        seen << std::pair { done, total };
        return true;
    });
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_EQ(stats->textRecords, Count);
    EXPECT_EQ(stats->restored, restorable(Count));
    EXPECT_TRUE(stats->vacuumed) << stats->vacuumNote.toStdString();
    EXPECT_TRUE(stats->vacuumNote.isEmpty());
    EXPECT_FALSE(stats->stopped);
    EXPECT_LT(stats->bytesAfter, stats->bytesBefore);
    EXPECT_LT(scalar(m_cache.db(), QStringLiteral("PRAGMA page_count")), pagesBefore * 3 / 4);
    // Progress from 0 to every record, in batches.
    ASSERT_GE(seen.size(), Count / 1000 + 1);
    EXPECT_EQ(seen.first(), (std::pair<qint64, qint64> { 0, Count }));
    EXPECT_EQ(seen.last(), (std::pair<qint64, qint64> { Count, Count }));
    for (qsizetype i = 1; i < seen.size(); ++i)
        EXPECT_GT(seen[i].first, seen[i - 1].first);

    // The same bytes read back, the rollups still match the records, and the estimated-tokens mark is still found
    // through its partial index.
    EXPECT_EQ(readBack(), m_expected);
    EXPECT_EQ(stored("blob"), restorable(Count));
    const auto verified = verifyRollups(m_cache.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0);
    EXPECT_EQ(scalar(m_cache.db(),
                  QStringLiteral("SELECT count(*) FROM usage_records INDEXED BY usage_records_estimated WHERE "
                                 "source_id > 0 AND instr(other, '\"estimated_tokens\":true') > 0")),
        Count / 10);

    // Again: nothing left to re-store.
    const auto again = CacheCompactor::compact(m_cache, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->textRecords, Count - restorable(Count));
    EXPECT_EQ(again->restored, 0);
    EXPECT_EQ(readBack(), m_expected);
}

TEST_F(CompactTest, StoppingKeepsWhatIsDoneAndTheRestAsItWas)
{
    CacheCompactor::Options options;
    options.batchSize = 1000;
    int calls = 0;
    const auto stats = CacheCompactor::compact(m_cache, options, [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_TRUE(stats->stopped);
    EXPECT_FALSE(stats->vacuumed);
    EXPECT_EQ(stats->restored, restorable(1000));
    EXPECT_EQ(stored("blob"), restorable(1000));
    EXPECT_EQ(readBack(), m_expected);
    // A later run finishes the rest.
    const auto rest = CacheCompactor::compact(m_cache, options);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->restored, restorable(Count) - restorable(1000));
    EXPECT_EQ(readBack(), m_expected);
}

TEST_F(CompactTest, AProgramReadingTheCacheKeepsReadingAndTheFileShrinksWhenItIsDone)
{
    // Another connection in the middle of a read: the records are re-stored and VACUUM runs, but the old pages stay
    // until the reader is done, and the compactor says so instead of waiting.
    CacheDb other = openCache(m_dir.path(), QStringLiteral("reader"));
    SqliteStatement reading;
    ASSERT_TRUE(reading.prepare(other.db(), "SELECT gateway_id FROM usage_records ORDER BY gateway_id").ok());
    ASSERT_TRUE(reading.step());
    EXPECT_EQ(reading.int64(0), 1);
    const auto stats = CacheCompactor::compact(m_cache, CacheCompactor::Options());
    ASSERT_TRUE(stats.ok()) << stats.error().message.toStdString();
    EXPECT_TRUE(stats->vacuumed) << stats->vacuumNote.toStdString();
    EXPECT_TRUE(stats->shrinksLater);
    EXPECT_EQ(stats->restored, restorable(Count));
    // The reader goes on over the pages it started on.
    qint64 read = 1;
    while (reading.step())
        ++read;
    EXPECT_TRUE(reading.ok());
    EXPECT_EQ(read, Count);
    reading.reset();
    EXPECT_EQ(readBack(), m_expected);
    // Once it is done, the next checkpoint gives the space back.
    ASSERT_EQ(execSql(m_cache.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
    EXPECT_LT(QFileInfo(m_dir.path()).size() + QFileInfo(m_dir.path() + QStringLiteral("-wal")).size(),
        stats->bytesBefore * 3 / 4);
}

TEST(CacheCompactor, VacuumNeedsRoomForACopyAndSaysWhere)
{
    constexpr qint64 MB = 1000 * 1000;
    // One volume: the copy and the log side by side.
    EXPECT_TRUE(CacheCompactor::vacuumSpaceProblem(100 * MB, 300 * MB, 300 * MB, true).isEmpty());
    EXPECT_NE(
        CacheCompactor::vacuumSpaceProblem(100 * MB, 150 * MB, 150 * MB, true).indexOf(QStringLiteral("next to")), -1);
    // Two volumes: each needs room for one.
    EXPECT_TRUE(CacheCompactor::vacuumSpaceProblem(100 * MB, 150 * MB, 150 * MB, false).isEmpty());
    EXPECT_NE(
        CacheCompactor::vacuumSpaceProblem(100 * MB, 50 * MB, 500 * MB, false).indexOf(QStringLiteral("next to")), -1);
    const QString temp = CacheCompactor::vacuumSpaceProblem(100 * MB, 500 * MB, 50 * MB, false);
    EXPECT_NE(temp.indexOf(QStringLiteral("temporary")), -1) << temp.toStdString();
    EXPECT_NE(temp.indexOf(QStringLiteral("110")), -1) << "says how much: " << temp.toStdString();
    // Where the system does not tell the free space (a container, a chroot): VACUUM is tried, and a full disk
    // would fail it with SQLite's own message.
    EXPECT_TRUE(CacheCompactor::vacuumSpaceProblem(100 * MB, -1, -1, true).isEmpty());
    EXPECT_TRUE(CacheCompactor::vacuumSpaceProblem(100 * MB, -1, 500 * MB, false).isEmpty());
    EXPECT_TRUE(CacheCompactor::vacuumSpaceProblem(100 * MB, 500 * MB, -1, false).isEmpty());
}
