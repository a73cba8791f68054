// The cache owns its connections through the C API of the one SQLite the app links; no code path of the cache
// goes through Qt Sql (whose QSQLITE plugin carries its own SQLite in Qt's Windows and macOS builds).

#include "aggregate/aggregator.h"
#include "ingest/importer.h"
#include "store/recordquery.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"
#include "support/tempcache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace QuotaScope;
using namespace QuotaScope::Test;

TEST(OneSqlite, TheCacheWorksWithoutAnyQtSqlConnection)
{
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    CacheDb reader = openCache(dir.path(), QStringLiteral("reader"));
    ASSERT_NE(cache.db(), nullptr);
    ASSERT_NE(reader.db(), cache.db());

    auto imported = Importer(cache.db())
                        .importFile(fixturePath(QStringLiteral("newapi-logs.jsonl")), QStringLiteral("files"), {});
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    ASSERT_GT(imported->added, 0);

    // Another connection to the same file sees the committed import (WAL, separate connections).
    const auto sources = SourceRepository(reader.db()).list();
    ASSERT_TRUE(sources.ok());
    ASSERT_EQ(sources->size(), 1);
    EXPECT_EQ(sources->first().recordCount, imported->added);

    ReportQuery q;
    q.from = sources->first().firstAt - 86400;
    q.to = sources->first().lastAt + 86400;
    q.tz = QTimeZone::utc();
    q.granularity = Granularity::Day;
    const auto report = Aggregator(reader.db()).report(q);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const auto stats = Aggregator(reader.db()).stats(q);
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->totals.requests + stats->errors + stats->refunds,
        scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE type IN (2, 5, 6)")));
    const auto page = RecordQuery(reader.db()).page(q.from, q.to, {}, 0, 10);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, scalar(cache.db(), QStringLiteral("SELECT count(*) FROM usage_records WHERE type = 2")));
    EXPECT_GT(page->total, 0);
    const auto verified = verifyRollups(reader.db());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->mismatches, 0);

    // All of that with two cache connections open, and not one Qt Sql connection in the process.
    EXPECT_TRUE(QSqlDatabase::connectionNames().isEmpty()) << QSqlDatabase::connectionNames().join(u',').toStdString();
}

TEST(OneSqlite, AGatewaySqliteFileIsReadThroughTheSameLibrary)
{
    TempDir dir;
    const QString gateway = dir.path(QStringLiteral("gateway.db"));
    ASSERT_EQ(execSqlFile(gateway,
                  QStringLiteral("CREATE TABLE logs(id INTEGER PRIMARY KEY, created_at INTEGER, type INTEGER, "
                                 "model_name TEXT, quota INTEGER, prompt_tokens INTEGER);"
                                 "INSERT INTO logs VALUES (1, 1780000000, 2, 'm', 10, 3), (2, 1780000060, 2, 'm', 20, "
                                 "4);")),
        QString());
    CacheDb cache = openCache(dir.path());
    auto imported = Importer(cache.db()).importFile(gateway, QStringLiteral("gw"), {});
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 2);
    EXPECT_EQ(scalar(cache.db(), QStringLiteral("SELECT sum(quota) FROM usage_records")), 30);
    EXPECT_TRUE(QSqlDatabase::connectionNames().isEmpty());
}

TEST(OneSqlite, HeaderAndLinkedLibraryAreTheSameSqlite)
{
    // A second, different SQLite in the build (a bundled amalgamation next to a system library, say) would show
    // up as a header that does not match the library the code calls.
    EXPECT_STREQ(sqlite3_libversion(), SQLITE_VERSION);
    EXPECT_EQ(sqlite3_libversion_number(), SQLITE_VERSION_NUMBER);
    EXPECT_NE(sqlite3_threadsafe(), 0); // connections live on several threads, one thread each at a time
}

TEST(OneSqlite, QtSqlOnlyInTheDatabaseSourceAndNeverForSqlite)
{
    // Qt Sql reads a gateway's PostgreSQL or MySQL database, in core/gateway/dbsource.* alone; nothing of the
    // cache, the importers, the UI or the apps goes through it, and no code names Qt's SQLite driver (whose
    // plugin may carry a second SQLite).
    const QRegularExpression qtSql(
        QStringLiteral(R"(#\s*include\s*<QSql|QSqlDatabase\s*::|QSqlQuery\s+\w|driver\(\)->handle)"));
    const QRegularExpression sqliteDriver(QStringLiteral(R"("QSQLITE"|QLatin1String\("QSQLITE|driver\(\)->handle\(\))"));
    const QStringList allowed { QStringLiteral("core/gateway/dbsource.cpp"), QStringLiteral("core/gateway/dbsource.h") };
    int scanned = 0;
    QStringList offenders;
    QStringList sqliteUsers;
    bool allowedFileUsesQtSql = false;
    for (const char *folder : { "core", "ui", "app", "platform" }) {
        QDirIterator it(QDir(QStringLiteral(QS_SOURCE_DIR)).filePath(QLatin1String(folder)),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
            ++scanned;
            const QString relative = QDir(QStringLiteral(QS_SOURCE_DIR)).relativeFilePath(f.fileName());
            const QString text = QString::fromUtf8(f.readAll());
            if (sqliteDriver.match(text).hasMatch())
                sqliteUsers << relative;
            if (!qtSql.match(text).hasMatch())
                continue;
            if (allowed.contains(relative))
                allowedFileUsesQtSql = true;
            else
                offenders << relative;
        }
    }
    EXPECT_GT(scanned, 50);
    EXPECT_TRUE(allowedFileUsesQtSql); // the scan sees the files it allows
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(u' ').toStdString();
    EXPECT_TRUE(sqliteUsers.isEmpty()) << sqliteUsers.join(u' ').toStdString();
}

TEST(OneSqlite, StatementJournalsStayInMemoryAndStillUndoAFailedStatement)
{
    // The process keeps statement journals in memory (SqliteConnection): an import no longer writes them to a
    // temporary file. A statement that fails after changing many pages must still be undone by its journal alone,
    // leaving the transaction's earlier work: here the journal holds far more than the 64 KiB that used to spill.
    EXPECT_TRUE(SqliteConnection::configure());
    TempDir dir;
    CacheDb cache = openCache(dir.path());
    sqlite3 *db = cache.db();
    ASSERT_EQ(execSql(db,
                  QStringLiteral("BEGIN IMMEDIATE; CREATE TABLE t(x INTEGER NOT NULL, pad TEXT NOT NULL);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                 "INSERT INTO t SELECT i, printf('%.40c', 'x') FROM n; COMMIT; BEGIN IMMEDIATE;"
                                 "INSERT INTO t VALUES (0, 'kept')")),
        QString());
    // Every page of t changed, then the last row breaks NOT NULL: the statement fails and is undone.
    EXPECT_NE(
        execSql(db, QStringLiteral("UPDATE t SET x = CASE WHEN x = 100000 THEN NULL ELSE x + 1000000 END")), QString());
    ASSERT_EQ(execSql(db, QStringLiteral("COMMIT")), QString());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM t")), 100001);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT sum(x) FROM t")), qint64(100000) * 100001 / 2);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM t WHERE pad = 'kept'")), 1);
    // The other process-wide setting: no memory statistics, so nothing was counted while all that was written.
    EXPECT_EQ(sqlite3_memory_used(), 0);
}
