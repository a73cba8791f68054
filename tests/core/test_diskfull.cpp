// A full disk during an import: SQLite's max_page_count caps the file the way a full file system would, so the
// importer meets the same SQLITE_FULL error without needing a small mount.
#include "aggregate/aggregator.h"
#include "ingest/importer.h"
#include "store/cachedb.h"
#include "store/recordwriter.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

/// A file far larger than the room a test leaves: 20,000 distinct logs.
QString writeBigExport(const TempDir &dir)
{
    const QString big = dir.path(QStringLiteral("big.jsonl"));
    QFile out(big);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        out.write(QStringLiteral("{\"id\":%1,\"created_at\":%2,\"type\":2,\"username\":\"user%3\",\"model_name\":\"m%4\","
                                 "\"quota\":7,\"prompt_tokens\":11,\"completion_tokens\":13,\"request_id\":\"r%1\"}\n")
                      .arg(1000 + i)
                      .arg(1780704000 + i * 7)
                      .arg(i % 97)
                      .arg(i % 13)
                      .toUtf8());
    return big;
}

} // namespace

TEST(DiskFull, ImportFailsClearlyAndKeepsWhatWasCached)
{
    TempDir dir;
    auto cache = CacheDb::open(dir.path(), QStringLiteral("diskfull"));
    ASSERT_TRUE(cache.ok()) << cache.error().message.toStdString();
    Importer importer(cache->db());
    auto first = importer.importFile(fixturePath(QStringLiteral("cli-newapi.jsonl")), QStringLiteral("files"), {});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();

    const QString big = writeBigExport(dir);

    const qint64 pages = scalar(cache->db(), QStringLiteral("PRAGMA page_count"));
    ASSERT_GT(pages, 0);
    ASSERT_EQ(scalar(cache->db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)), pages + 8);

    auto full = importer.importFile(big, QStringLiteral("files"), {});
    ASSERT_FALSE(full.ok());
    const QString message = full.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("big.jsonl"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("full"), Qt::CaseInsensitive)) << message.toStdString();

    // What the first import cached is all still there, and nothing of the failed file is.
    ReportQuery q;
    q.from = 0;
    q.to = 4102444800;
    q.by = Dimension::None;
    q.filter.types.clear();
    auto report = Aggregator(cache->db()).report(q);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->totals.requests, 12);
    auto verify = verifyRollups(cache->db());
    ASSERT_TRUE(verify.ok());
    EXPECT_EQ(verify->mismatches, 0);
}

// An empty cache's first import in rollback-journal mode, as the CLI writes it (store/cachedb.h: BulkLoadJournal). A
// full disk there fails as clearly, rolls the file back to empty, and returns it to WAL mode.
TEST(DiskFull, AFirstImportFailsClearlyAndLeavesTheCacheEmptyAndInWalMode)
{
    TempDir dir;
    auto cache = CacheDb::open(dir.path(), QStringLiteral("diskfull"));
    ASSERT_TRUE(cache.ok()) << cache.error().message.toStdString();
    const QString big = writeBigExport(dir);
    const qint64 pages = scalar(cache->db(), QStringLiteral("PRAGMA page_count"));
    ASSERT_GT(pages, 0);
    ASSERT_EQ(scalar(cache->db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)), pages + 8);

    Importer importer(cache->db());
    Result<ImportSummary> full = Error(QStringLiteral("not run"));
    {
        const BulkLoadJournal load(cache->db());
        ASSERT_TRUE(load.active());
        full = importer.importFile(big, QStringLiteral("files"), {});
    }
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(QStringLiteral("big.jsonl"))) << full.error().message.toStdString();
    EXPECT_TRUE(full.error().message.contains(QStringLiteral("full"), Qt::CaseInsensitive))
        << full.error().message.toStdString();
    EXPECT_EQ(journalMode(cache->db()), QStringLiteral("wal"));
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("-journal")));
    EXPECT_EQ(scalar(cache->db(), QStringLiteral("SELECT count(*) FROM sources")), 0);
    EXPECT_EQ(scalar(cache->db(), QStringLiteral("SELECT count(*) FROM usage_records")), 0);
    EXPECT_EQ(scalar(cache->db(), QStringLiteral("PRAGMA page_count")), pages);

    // With room again, the same file imports whole.
    ASSERT_EQ(scalar(cache->db(), QStringLiteral("PRAGMA max_page_count = 1000000000")), 1000000000);
    auto again = importer.importFile(big, QStringLiteral("files"), {});
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 20000);
    auto verify = verifyRollups(cache->db());
    ASSERT_TRUE(verify.ok());
    EXPECT_EQ(verify->mismatches, 0);
}
