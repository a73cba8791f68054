#include "store/sqlitestatement.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace QuotaScope {

namespace {

QString lastErrorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

/**
 * Process-wide settings, made once before SQLite's first connection (sqlite3_config() is refused once SQLite has
 * initialised; this process has no other user of it). Returns whether SQLite took them.
 *
 * A statement that writes many rows inside a transaction keeps the original of each page it changes in a statement
 * journal, so that a failing row can undo its statement alone. SQLite keeps that journal in memory up to 64 KiB,
 * then spills it to a temporary file: a batch's INSERT ... SELECT and upserts wrote about 250 bytes per imported
 * record there (75 MB for 300,000 records, in 4 KiB writes, read back only on an error). -1 keeps statement
 * journals in memory, always. They hold only the pages that one statement changes and that existed before it: a
 * batch's, never the whole cache (the ten-million build peaked at 66 MB). A threshold above 64 KiB (1 or 4 MiB)
 * is not an option with SQLite 3.40: the ten-million build failed with "database or disk is full" at the moment
 * such a journal first spilled to its file; -1 never spills.
 */
bool configureOnce()
{
    static bool configured = false;
    static std::once_flag once;
    std::call_once(once, [] {
        // No memory statistics (nothing reads sqlite3_memory_used()): without them SQLite's allocations take no
        // process-wide mutex. The writer alone measured 0.97x the time (seven pairs in turn).
        configured = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1) == SQLITE_OK
            && sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    });
    return configured;
}

} // namespace

bool SqliteConnection::configure()
{
    return configureOnce();
}

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    configureOnce();
    SqliteConnection c;
    // One thread uses a connection at a time (each thread opens its own), so SQLite's per-connection mutex
    // is not needed.
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &c.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = c.m_db ? lastErrorOf(c.m_db) : QString::fromUtf8(sqlite3_errstr(rc));
        return Error(message, Error::Kind::Database);
    }
    return Result<SqliteConnection>(std::move(c));
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    // close_v2 finalises lazily: a statement still alive elsewhere keeps the connection until it goes.
    if (m_db)
        sqlite3_close_v2(m_db);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_ok(other.m_ok)
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_ok = other.m_ok;
        other.m_stmt = nullptr;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::lastError(sqlite3 *db)
{
    return db ? lastErrorOf(db) : QStringLiteral("the cache is not open");
}

qint64 SqliteStatement::lastInsertId(sqlite3 *db)
{
    return sqlite3_last_insert_rowid(db);
}

Result<qint64> SqliteStatement::int64Of(sqlite3 *db, const char *sql, const QString &context)
{
    SqliteStatement st;
    if (auto prepared = st.prepare(db, sql); !prepared)
        return prepared.error();
    if (!st.step())
        return st.error(context);
    return st.int64(0);
}

Result<void> SqliteStatement::exec(sqlite3 *db, const char *sql)
{
    if (!db)
        return Error(QStringLiteral("the cache is not open"), Error::Kind::Database);
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString text = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return Error(QStringLiteral("cache: %1").arg(text), Error::Kind::Database);
    }
    return {};
}

Result<void> SqliteStatement::prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    m_ok = true;
    if (!db)
        return Error(QStringLiteral("the cache is not open"), Error::Kind::Database);
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_ok = false;
        return Error(QStringLiteral("cache: cannot prepare a query: %1").arg(lastError(db)), Error::Kind::Database);
    }
    return {};
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    bindText(index, value.toUtf8());
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    // Bound as a non-null empty string when empty: the schema's text columns are NOT NULL.
    sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data() ? bytes.data() : "", int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindPointer(int index, void *pointer, const char *type)
{
    sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

Error SqliteStatement::error(const QString &context) const
{
    return Error(QStringLiteral("cache: %1: %2").arg(context, lastError(m_db)), Error::Kind::Database);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_ok = true;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteStatement::Type SqliteStatement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Float;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // The pointer first, then the size (SQLite's order: the size of the converted value).
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace QuotaScope
