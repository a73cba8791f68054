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
    /// The newest migration's version (12: minute_keys packed per hour, store/minutekeys.h).
    static constexpr int SchemaVersion = 12;
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

} // namespace QuotaScope
