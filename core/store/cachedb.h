#pragma once

#include "store/sqlitestatement.h"
#include "support/result.h"

#include <QString>

struct sqlite3;

namespace QuotaScope {

/**
 * The local cache: one SQLite file in WAL mode with a versioned schema. Each thread opens its own
 * connection; WAL lets the UI read while one worker writes.
 *
 * A CacheDb owns its connection, opened through the C API of the SQLite the app links (sqlite3_open_v2), and
 * every statement on it goes through SqliteStatement. It never uses Qt's QSQLITE driver: Qt's official Windows
 * and macOS builds compile their own copy of SQLite into that plugin, and calling the app's SQLite on a
 * connection owned by the plugin's copy (through QSqlDriver::handle()) would mix two libraries' state.
 */
class CacheDb
{
public:
    /// The newest migration's version (13: rollup_keys keeps the totals and models, RollupSql::keyRows()).
    static constexpr int SchemaVersion = 14;
    /// How long a statement of any cache connection waits for another connection's lock before it fails with
    /// "database is locked".
    static constexpr int BusyTimeoutMs = 10000;
    /// Rollup resolution in seconds. Every zone's UTC offset in use today is a multiple of 15 minutes, so
    /// any zone's hours, days, weeks and months are unions of whole rollup buckets.
    static constexpr qint64 RollupSeconds = 900;
    /// The rollup bucket (UTC seconds) holding t.
    static constexpr qint64 rollupBucket(qint64 t) { return t - ((t % RollupSeconds) + RollupSeconds) % RollupSeconds; }

    /// The platform's app-data folder + "cache.sqlite".
    static QString defaultPath();

    /// Opens (creating if needed) and migrates forward. A file whose schema is newer than SchemaVersion is
    /// refused with a message naming both versions; so is a file that is not a QuotaScope cache. The name
    /// tells connections apart in diagnostics (which thread or task opened it).
    static Result<CacheDb> open(const QString &path, const QString &connectionName = QString());

    CacheDb() = default;
    CacheDb(CacheDb &&other) noexcept = default;
    CacheDb &operator=(CacheDb &&other) noexcept = default;
    CacheDb(const CacheDb &) = delete;
    CacheDb &operator=(const CacheDb &) = delete;
    ~CacheDb() = default; ///< closes the connection

    /// The connection, for SqliteStatement and the store's classes; owned by this object, so it must outlive
    /// their use. nullptr when not open.
    sqlite3 *db() const { return m_sqlite.handle(); }
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }
    bool isOpen() const { return m_sqlite.handle() != nullptr; }

private:
    SqliteConnection m_sqlite;
    QString m_path;
    QString m_name;
};

/**
 * Imports into an empty cache, written once instead of twice. In WAL mode (the cache's mode, so that the app reads
 * while a worker writes) a transaction's pages go to the WAL and are copied into the database at the checkpoint
 * after its commit, with an fsync of each file: for a large import, nearly everything it writes is written twice.
 * In rollback-journal mode the pages a transaction adds at the end of the file are written once; the journal holds
 * the original of each page that existed before it.
 *
 * Rollback mode makes readers wait while a transaction holds its lock, where WAL lets them read the cache as it was.
 * So the switch is made only when the cache holds no usage yet (a reader would find nothing to show) and no other
 * connection has the file open (SQLite refuses to leave WAL then; the attempt does not wait). It may span several
 * transactions: `quotascope-cli import` holds it for all the files of one run. A connection that opens the file
 * between them switches it back to WAL, and the next transaction runs in WAL mode. synchronous is FULL while in
 * rollback mode: NORMAL there could corrupt the file on a power loss, as it cannot in WAL mode. The destructor
 * returns the cache to WAL and NORMAL; should that fail, the next CacheDb::open switches it back.
 *
 * Construct it outside any transaction; destroy it after the last COMMIT or ROLLBACK. A process killed in between
 * leaves a hot journal, which SQLite rolls back when the file is next opened.
 */
class BulkLoadJournal
{
public:
    explicit BulkLoadJournal(sqlite3 *db);
    ~BulkLoadJournal();
    BulkLoadJournal(const BulkLoadJournal &) = delete;
    BulkLoadJournal &operator=(const BulkLoadJournal &) = delete;

    /// True while the cache is in rollback-journal mode for this load.
    bool active() const { return m_active; }

private:
    void restore();

    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace QuotaScope
