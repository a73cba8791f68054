#pragma once

#include "support/result.h"

#include <QSqlDatabase>
#include <QString>

namespace QuotaScope {

/**
 * The local cache: one SQLite file in WAL mode with a versioned schema. Each thread opens its own
 * connection (a distinct connection name); WAL lets the UI read while one worker writes.
 */
class CacheDb
{
public:
    static constexpr int SchemaVersion = 1;
    /// Rollup resolution in seconds. Every zone's UTC offset in use today is a multiple of 15 minutes, so
    /// any zone's hours, days, weeks and months are unions of whole rollup buckets.
    static constexpr qint64 RollupSeconds = 900;
    /// The rollup bucket (UTC seconds) holding t.
    static constexpr qint64 rollupBucket(qint64 t) { return t - ((t % RollupSeconds) + RollupSeconds) % RollupSeconds; }

    /// The platform's app-data folder + "cache.sqlite".
    static QString defaultPath();

    /// Opens (creating if needed) and migrates forward. A file whose schema is newer than SchemaVersion is
    /// refused with a message naming both versions; so is a file that is not a QuotaScope cache.
    static Result<CacheDb> open(const QString &path, const QString &connectionName);

    CacheDb() = default;
    CacheDb(CacheDb &&other) noexcept;
    CacheDb &operator=(CacheDb &&other) noexcept;
    CacheDb(const CacheDb &) = delete;
    CacheDb &operator=(const CacheDb &) = delete;
    ~CacheDb(); ///< closes and removes the connection

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    bool isOpen() const { return !m_connection.isEmpty(); }

private:
    void close();

    QString m_path;
    QString m_connection;
};

} // namespace QuotaScope
