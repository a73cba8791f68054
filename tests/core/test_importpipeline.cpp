// The import reads on a worker thread and writes on the calling one. These tests stop the pipeline from either
// end in the middle of a file many batches long, with small batches so the queue between the threads is full.
#include "ingest/importer.h"
#include "store/cachedb.h"
#include "store/sourcerepository.h"
#include "support/printers.h"
#include "support/tempcache.h"

#include <QFile>

#include <gtest/gtest.h>

#include <thread>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

class ImportPipelineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("pipeline-test"));
        ASSERT_TRUE(cache.ok()) << cache.error().message.toStdString();
        m_cache = std::move(cache.value());
        auto first = Importer(m_cache.db())
                         .importFile(fixturePath(QStringLiteral("cli-newapi.jsonl")), QStringLiteral("files"), {});
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        m_firstAdded = first->added;
    }

    /// Distinct logs, one per line.
    QString writeLogs(const QString &name, int rows)
    {
        const QString path = m_dir.path(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        for (int i = 0; i < rows; ++i) {
            out.write(QStringLiteral("{\"id\":%1,\"created_at\":%2,\"type\":2,\"username\":\"user%3\","
                                     "\"model_name\":\"m%4\",\"quota\":7,\"prompt_tokens\":11,\"completion_tokens\":13,"
                                     "\"request_id\":\"r%1\"}\n")
                          .arg(500000 + i)
                          .arg(1780704000 + i * 7)
                          .arg(i % 97)
                          .arg(i % 13)
                          .toUtf8());
        }
        return path;
    }

    qint64 count(const QString &sql)
    {
        const auto r = rows(m_cache.db(), sql);
        return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
    }

    qint64 records() { return count(QStringLiteral("SELECT COUNT(*) FROM usage_records")); }
    qint64 sources() { return count(QStringLiteral("SELECT COUNT(*) FROM sources")); }
    qint64 history() { return count(QStringLiteral("SELECT COUNT(*) FROM import_history")); }

    TempDir m_dir;
    CacheDb m_cache;
    qint64 m_firstAdded = 0;
};

} // namespace

TEST_F(ImportPipelineTest, AWriterFailureMidFileStopsTheReadAndWritesNothing)
{
    const QString big = writeLogs(QStringLiteral("big.jsonl"), 20000);
    const qint64 recordsBefore = records();
    const qint64 sourcesBefore = sources();
    const qint64 historyBefore = history();
    ASSERT_EQ(recordsBefore, m_firstAdded);

    const qint64 pages = scalar(m_cache.db(), QStringLiteral("PRAGMA page_count"));
    ASSERT_GT(pages, 0);
    ASSERT_EQ(scalar(m_cache.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)), pages + 8);

    ImportOptions options;
    options.batchSize = 100;
    for (const QString &source : { QStringLiteral("files"), QStringLiteral("fresh") }) {
        auto full = Importer(m_cache.db()).importFile(big, source, options);
        ASSERT_FALSE(full.ok());
        EXPECT_TRUE(full.error().message.startsWith(QStringLiteral("big.jsonl: ")))
            << full.error().message.toStdString();
        EXPECT_TRUE(full.error().message.contains(QStringLiteral("full"), Qt::CaseInsensitive))
            << full.error().message.toStdString();
        EXPECT_EQ(records(), recordsBefore);
        EXPECT_EQ(sources(), sourcesBefore);
        EXPECT_EQ(history(), historyBefore);
    }

    // Nothing of the failed imports lingers (no open transaction, no reader holding on): with room again the
    // same file imports whole.
    ASSERT_EQ(scalar(m_cache.db(), QStringLiteral("PRAGMA max_page_count = 1073741823")), 1073741823);
    auto again = Importer(m_cache.db()).importFile(big, QStringLiteral("fresh"), options);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->rowsRead, 20000);
    EXPECT_EQ(again->added, 20000);
    EXPECT_EQ(records(), recordsBefore + 20000);
}

TEST_F(ImportPipelineTest, CancelMidFileReportsNoMoreProgressAndWritesNothing)
{
    const QString big = writeLogs(QStringLiteral("big.jsonl"), 30000);
    const qint64 sourcesBefore = sources();
    const qint64 historyBefore = history();
    ImportOptions options;
    options.batchSize = 100;
    std::atomic_bool cancel { false };
    const std::thread::id caller = std::this_thread::get_id();
    for (const QString &source : { QStringLiteral("files"), QStringLiteral("fresh") }) {
        cancel = false;
        int calls = 0;
        int offThread = 0;
        auto r = Importer(m_cache.db())
                     .importFile(
                         big, source, options,
                         [&](qint64, qint64) {
                             if (std::this_thread::get_id() != caller)
                                 ++offThread;
                             if (++calls == 3)
                                 cancel = true;
                         },
                         &cancel);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, Error::Kind::Cancelled);
        EXPECT_EQ(calls, 3);
        EXPECT_EQ(offThread, 0);
    }
    EXPECT_EQ(records(), m_firstAdded);
    EXPECT_EQ(sources(), sourcesBefore);
    EXPECT_EQ(history(), historyBefore);
}

TEST_F(ImportPipelineTest, ProgressComesFromTheCallingThreadAndEndsAtTheFileSize)
{
    const QString big = writeLogs(QStringLiteral("big.jsonl"), 5000);
    ImportOptions options;
    options.batchSize = 100;
    const std::thread::id caller = std::this_thread::get_id();
    int calls = 0;
    int offThread = 0;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool monotonic = true;
    auto r = Importer(m_cache.db()).importFile(big, QStringLiteral("fresh"), options, [&](qint64 done, qint64 total) {
        if (std::this_thread::get_id() != caller)
            ++offThread;
        monotonic = monotonic && done >= lastDone;
        ++calls;
        lastDone = done;
        lastTotal = total;
    });
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->added, 5000);
    EXPECT_EQ(offThread, 0);
    EXPECT_GE(calls, 2);
    EXPECT_TRUE(monotonic);
    EXPECT_EQ(lastTotal, QFile(big).size());
    EXPECT_EQ(lastDone, lastTotal);
}
