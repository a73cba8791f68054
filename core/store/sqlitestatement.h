#pragma once

#include "support/result.h"

#include <QString>
#include <QByteArrayView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace QuotaScope {

/**
 * An open connection of the SQLite the app links, closed when this object goes. The cache (CacheDb) and the
 * reader of a gateway's own SQLite file both open theirs here, so the process never loads a second SQLite (such
 * as the copy that Qt's official Windows and macOS builds compile into the QSQLITE plugin).
 */
class SqliteConnection
{
public:
    enum class Mode { ReadWriteCreate, ReadOnly };

    /// Opens path (UTF-8 on every platform, as SQLite takes it). The error carries SQLite's message only; the
    /// caller names the file and what it was for.
    static Result<SqliteConnection> open(const QString &path, Mode mode);
    /// Makes SQLite's process-wide settings (statement journals kept in memory, no memory statistics; see the
    /// .cpp) before its first connection, as open() does: whether SQLite took them.
    static bool configure();

    SqliteConnection() = default;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    ~SqliteConnection();

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

/**
 * A prepared statement on a cache connection (CacheDb owns the sqlite3 handle; this class only borrows it).
 * Every statement on the cache goes through here, on the one SQLite the app links; see CacheDb for why Qt's
 * QSQLITE driver is never used for the cache. Bind indexes start at 1, column indexes at 0, as in SQLite.
 */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    /// Runs statements without results (BEGIN, COMMIT, DDL).
    static Result<void> exec(sqlite3 *db, const char *sql);
    /// The first column of the first row of sql as an integer (a count, a PRAGMA); the error, with what was being
    /// done (context), when it does not run or gives no row.
    static Result<qint64> int64Of(sqlite3 *db, const char *sql, const QString &context);
    static QString lastError(sqlite3 *db);
    static qint64 lastInsertId(sqlite3 *db);

    Result<void> prepare(sqlite3 *db, const QByteArray &sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindText(int index, const QByteArray &utf8);
    void bindBlob(int index, QByteArrayView bytes);
    /// Binds a pointer that only SQL functions and virtual tables asking for the same type tag can read.
    void bindPointer(int index, void *pointer, const char *type);
    /// Steps once: true when a row is available; false when done (check ok()).
    bool step();
    bool ok() const { return m_ok; }
    Error error(const QString &context) const;
    /// Resets for the next execution; bindings stay.
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    enum class Type { Integer, Float, Text, Blob, Null };
    Type type(int column) const;
    /// The bytes of a blob (or text) column, valid until the next step() or reset().
    QByteArrayView bytes(int column) const;
    int columnCount() const;
    /// The column as SQLite typed it: qint64, double, QString, QByteArray (blob) or a null QVariant.
    QVariant value(int column) const;
    /// Rows changed by the last step of an INSERT/UPDATE/DELETE.
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

} // namespace QuotaScope
