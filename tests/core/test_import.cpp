#include "ingesttesthelpers.h"

#include "ingest/importer.h"
#include "store/cachedb.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "support/printers.h"

#include <QSqlQuery>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

namespace {

class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto cache = CacheDb::open(m_dir.path(), QStringLiteral("import-test"));
        ASSERT_TRUE(cache.ok()) << cache.error().message.toStdString();
        m_cache = std::move(cache.value());
    }

    Result<ImportSummary> import(const QString &path, const ImportOptions &options = {},
        const QString &source = QStringLiteral("files"), const ImportProgress &progress = {},
        const std::atomic_bool *cancel = nullptr)
    {
        return Importer(m_cache.db()).importFile(path, source, options, progress, cancel);
    }

    /// Records of every type in the source, counted by the store's own query.
    qint64 recordCount(const QString &source)
    {
        auto info = SourceRepository(m_cache.db()).byName(source);
        if (!info)
            return -1;
        Filter all;
        all.sourceIds = { info->id };
        all.types.clear();
        auto page
            = RecordQuery(m_cache.db())
                  .page(std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2, all, 0, 1);
        return page ? page->total : -1;
    }

    qint64 sourceCount()
    {
        auto list = SourceRepository(m_cache.db()).list();
        return list ? list->size() : -1;
    }

    qint64 historyCount()
    {
        auto h = SourceRepository(m_cache.db()).history();
        return h ? h->size() : -1;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    TempDir m_dir;
    CacheDb m_cache;
};

} // namespace

TEST_F(ImportTest, ReimportAddsNothing)
{
    const QString path = fixturePath(QStringLiteral("newapi-log-page.json"));
    auto first = import(path);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->format, ImportFormat::NewApiJson);
    EXPECT_EQ(first->rowsRead, 6);
    EXPECT_EQ(first->added, 6);
    EXPECT_EQ(first->duplicates, 0);
    auto second = import(path);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->duplicates, second->rowsRead);
    EXPECT_EQ(recordCount(QStringLiteral("files")), 6);
    EXPECT_EQ(historyCount(), 2);

    // The same logs as JSONL and CSV are the same requests.
    for (const char *other : { "newapi-logs.jsonl", "newapi-logs.csv" }) {
        auto again = import(fixturePath(QString::fromLatin1(other)));
        ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
        EXPECT_EQ(again->added, 0) << other;
    }
    auto verify = verifyRollups(m_cache.db());
    ASSERT_TRUE(verify.ok());
    EXPECT_EQ(verify->mismatches, 0);
}

TEST_F(ImportTest, OverlappingTraceExcerptsCountEachRequestOnce)
{
    const QString path = fixturePath(QStringLiteral("BurstGPT_1.head400.csv"));
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    const QByteArray header = lines.first() + '\n';
    QByteArray a = header, b = header;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        if (i <= 250)
            a += lines.at(i) + '\n';
        if (i >= 150)
            b += lines.at(i) + '\n';
    }
    ImportOptions options;
    options.preset = QStringLiteral("burstgpt");
    auto ra = import(writeFile(QStringLiteral("a.csv"), a), options);
    auto rb = import(writeFile(QStringLiteral("b.csv"), b), options);
    ASSERT_TRUE(ra.ok()) << ra.error().message.toStdString();
    ASSERT_TRUE(rb.ok()) << rb.error().message.toStdString();
    EXPECT_EQ(ra->added, 250);
    EXPECT_EQ(rb->duplicates, 101);
    EXPECT_EQ(rb->added, 150);
    EXPECT_EQ(recordCount(QStringLiteral("files")), 400);
    auto whole = import(path, options);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->added, 0);
}

TEST_F(ImportTest, IdenticalRowsAreDistinctRequests)
{
    ImportOptions options;
    ASSERT_TRUE(parseColumnMapping(QStringLiteral("created_at=time,model=model,prompt_tokens=in,completion_tokens=out"),
        &options.mapping, nullptr));
    auto r = import(fixturePath(QStringLiteral("identical-rows.csv")), options);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->added, 6);
    // A file holding only two of the three identical first rows adds nothing new.
    auto part = import(writeFile(QStringLiteral("part.csv"),
                           "time,model,in,out\n2024-01-01T00:00:00Z,m1,10,5\n2024-01-01T00:00:00Z,m1,10,5\n"),
        options);
    ASSERT_TRUE(part.ok());
    EXPECT_EQ(part->added, 0);
    EXPECT_EQ(part->duplicates, 2);
    EXPECT_EQ(recordCount(QStringLiteral("files")), 6);
}

TEST_F(ImportTest, CancelLeavesTheCacheAsItWas)
{
    ASSERT_TRUE(import(fixturePath(QStringLiteral("newapi-log-page.json"))).ok());
    const qint64 sourcesBefore = sourceCount();
    const qint64 historyBefore = historyCount();
    ImportOptions options;
    options.batchSize = 50;
    std::atomic_bool cancel { false };
    for (const QString &source : { QStringLiteral("files"), QStringLiteral("fresh") }) {
        cancel = false;
        int calls = 0;
        auto r = import(
            fixturePath(QStringLiteral("AzureLLMInferenceTrace_conv.head500.csv")), options, source,
            [&](qint64, qint64) {
                if (++calls == 3)
                    cancel = true;
            },
            &cancel);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().kind, Error::Kind::Cancelled);
        EXPECT_GE(calls, 3);
    }
    EXPECT_EQ(recordCount(QStringLiteral("files")), 6);
    EXPECT_EQ(sourceCount(), sourcesBefore);
    EXPECT_EQ(historyCount(), historyBefore);
}

TEST_F(ImportTest, FilesImportedIntoAnEmptyCacheUnderABulkLoadJournalAreWrittenOnceAndACancelLeavesItEmpty)
{
    const QString file = fixturePath(QStringLiteral("AzureLLMInferenceTrace_conv.head500.csv"));
    const QString second = fixturePath(QStringLiteral("newapi-log-page.json"));
    const QString journal = m_dir.path() + QStringLiteral("-journal");
    ImportOptions options;
    options.batchSize = 50;
    // Progress is reported on the writing thread between batches: whether a rollback journal is beside the file then.
    bool journalSeen = false;
    auto watch = [&](qint64, qint64) { journalSeen = journalSeen || QFile::exists(journal); };

    // Without one (the app's imports): WAL throughout, so that the app's views go on reading.
    auto shared = Importer(m_cache.db()).importFile(file, QStringLiteral("shared"), options, watch);
    ASSERT_TRUE(shared.ok()) << shared.error().message.toStdString();
    EXPECT_FALSE(journalSeen);
    EXPECT_EQ(journalMode(m_cache.db()), QStringLiteral("wal"));
    SourceRepository repo(m_cache.db());
    ASSERT_TRUE(repo.remove(repo.byName(QStringLiteral("shared"))->id).ok());
    ASSERT_EQ(sourceCount(), 0);

    {
        const BulkLoadJournal load(m_cache.db());
        ASSERT_TRUE(load.active());
        // Cancelled midway: rolled back to empty.
        std::atomic_bool cancel { false };
        int calls = 0;
        auto cancelled = Importer(m_cache.db())
                             .importFile(
                                 file, QStringLiteral("files"), options,
                                 [&](qint64 done, qint64 total) {
                                     watch(done, total);
                                     if (++calls == 3)
                                         cancel = true;
                                 },
                                 &cancel);
        ASSERT_FALSE(cancelled.ok());
        EXPECT_EQ(cancelled.error().kind, Error::Kind::Cancelled);
        EXPECT_TRUE(journalSeen);
        EXPECT_FALSE(QFile::exists(journal));
        EXPECT_EQ(sourceCount(), 0);

        // Then two whole files, the second into a cache that is no longer empty, both written once.
        for (const QString &path : { file, second }) {
            journalSeen = false;
            auto whole = Importer(m_cache.db()).importFile(path, QStringLiteral("files"), options, watch);
            ASSERT_TRUE(whole.ok()) << whole.error().message.toStdString();
            EXPECT_TRUE(journalSeen) << path.toStdString();
            EXPECT_FALSE(QFile::exists(journal));
            EXPECT_EQ(journalMode(m_cache.db()), QStringLiteral("delete"));
        }
    }
    EXPECT_EQ(journalMode(m_cache.db()), QStringLiteral("wal"));
    EXPECT_EQ(recordCount(QStringLiteral("files")), shared->added + 6);
    EXPECT_EQ(historyCount(), 2); // the two whole files (removing "shared" removed its history)
    auto verify = verifyRollups(m_cache.db());
    ASSERT_TRUE(verify.ok());
    EXPECT_EQ(verify->mismatches, 0);
}

TEST_F(ImportTest, AnErrorDeepInALargeFileWritesNothing)
{
    ASSERT_TRUE(import(fixturePath(QStringLiteral("newapi-log-page.json"))).ok());
    QByteArray big;
    QTextStream out(&big);
    const int good = 30000;
    for (int i = 0; i < good; ++i) {
        out << "{\"id\":" << (100000 + i) << ",\"created_at\":" << (1780000000 + i)
            << ",\"type\":2,\"model_name\":\"m\",\"quota\":" << i << ",\"prompt_tokens\":1,\"completion_tokens\":2}\n";
    }
    out << "{\"id\":1,\"created_at\":1780000000,\"type\":2,\"model_name\":\"m\",\"quota\":\"lots\"}\n";
    out.flush();
    ImportOptions options;
    options.batchSize = 1000;
    for (const QString &source : { QStringLiteral("files"), QStringLiteral("fresh") }) {
        auto r = import(writeFile(QStringLiteral("big.jsonl"), big), options, source);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("big.jsonl line %1:").arg(good + 1)))
            << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("`quota`"))) << r.error().message.toStdString();
    }
    EXPECT_EQ(recordCount(QStringLiteral("files")), 6);
    EXPECT_EQ(recordCount(QStringLiteral("fresh")), -1);
    EXPECT_EQ(historyCount(), 1);
}

TEST_F(ImportTest, HourlyDataMakesAnAggregateSource)
{
    auto r = import(fixturePath(QStringLiteral("newapi-data-self.json")), {}, QStringLiteral("hourly"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->aggregate);
    EXPECT_EQ(r->format, ImportFormat::NewApiData);
    auto info = SourceRepository(m_cache.db()).byName(QStringLiteral("hourly"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->backing, SourceInfo::Backing::Aggregate);
    EXPECT_EQ(info->firstAt, 1780729200);

    // Logs cannot go into an aggregate source: the same usage would count twice.
    auto logs = import(fixturePath(QStringLiteral("newapi-log-page.json")), {}, QStringLiteral("hourly"));
    EXPECT_FALSE(logs.ok());
}

TEST_F(ImportTest, GatewayDatabaseEndToEnd)
{
    const QString path = m_dir.path(QStringLiteral("gateway.db"));
    {
        QSqlDatabase g = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gw"));
        g.setDatabaseName(path);
        ASSERT_TRUE(g.open());
        QSqlQuery q(g);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE `logs` (`id` integer PRIMARY KEY AUTOINCREMENT,`user_id` integer,`created_at` integer,"
            "`type` integer,`content` text,`username` text DEFAULT '',`token_name` text DEFAULT '',`model_name` text "
            "DEFAULT '',`quota` integer DEFAULT 0,`prompt_tokens` integer DEFAULT 0,`completion_tokens` integer "
            "DEFAULT "
            "0,`use_time` integer DEFAULT 0,`is_stream` numeric,`channel_id` integer,`channel_name` text,`token_id` "
            "integer DEFAULT 0,`group` text,`ip` text DEFAULT '',`request_id` varchar(64) DEFAULT '',"
            "`upstream_request_id` varchar(128) DEFAULT '',`other` text)")));
        for (int i = 0; i < 40; ++i) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO logs (created_at, type, model_name, quota, \"group\") "
                                              "VALUES (%1, 2, 'm', 10, 'default')")
                                   .arg(1780000000 + i * 60)));
        }
        g.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gw"));
    const QByteArray before = fileBytes(path);
    auto r = import(path, {}, QStringLiteral("gw"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, ImportFormat::GatewaySqlite);
    EXPECT_EQ(r->added, 40);
    EXPECT_EQ(fileBytes(path), before); // opened read-only
    EXPECT_EQ(import(path, {}, QStringLiteral("gw"))->added, 0);
}
