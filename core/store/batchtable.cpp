#include "store/batchtable.h"

#include "store/sqlitestatement.h"

#include <sqlite3.h>

#include <optional>

namespace QuotaScope {

namespace {

constexpr char ModuleName[] = "qs_batch";
// The pointer type tag: sqlite3_value_pointer() only hands back pointers bound with the same tag, so SQL text
// cannot forge a source.
constexpr char PointerType[] = "QuotaScope::BatchSource";
// The hidden argument column follows the data columns.
constexpr int SourceColumn = BatchTable::Columns;

struct Cursor
{
    sqlite3_vtab_cursor base;
    BatchSource *source = nullptr;
    qint64 row = 0;
};

int batchConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **vtab, char **)
{
    QByteArray schema = "CREATE TABLE x(";
    for (int i = 0; i < BatchTable::Columns; ++i)
        schema += "c" + QByteArray::number(i) + ", ";
    schema += "src HIDDEN)";
    int rc = sqlite3_declare_vtab(db, schema.constData());
    // Only statements the writers prepare may read it, never triggers or views stored in a cache file.
    if (rc == SQLITE_OK)
        rc = sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    if (rc != SQLITE_OK)
        return rc;
    *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*vtab)
        return SQLITE_NOMEM;
    **vtab = sqlite3_vtab();
    return SQLITE_OK;
}

int batchDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

int batchBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == SourceColumn && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            info->estimatedRows = 1000;
            return SQLITE_OK;
        }
    }
    // Without its argument the table has no rows to offer: refuse this plan.
    return SQLITE_CONSTRAINT;
}

int batchOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *c = new (std::nothrow) Cursor();
    if (!c)
        return SQLITE_NOMEM;
    *cursor = &c->base;
    return SQLITE_OK;
}

int batchClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int batchFilter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<Cursor *>(cursor);
    c->source = argc > 0 ? static_cast<BatchSource *>(sqlite3_value_pointer(argv[0], PointerType)) : nullptr;
    c->row = 0;
    return SQLITE_OK;
}

int batchNext(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

int batchEof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<Cursor *>(cursor);
    return !c->source || c->row >= c->source->rowCount();
}

int batchColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int column)
{
    auto *c = reinterpret_cast<Cursor *>(cursor);
    if (column >= BatchTable::Columns)
        sqlite3_result_null(ctx);
    else
        c->source->column(ctx, c->row, column);
    return SQLITE_OK;
}

int batchRowid(sqlite3_vtab_cursor *cursor, sqlite_int64 *rowid)
{
    *rowid = reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m {};
    m.iVersion = 0;
    m.xCreate = nullptr; // eponymous only: it exists without CREATE VIRTUAL TABLE and leaves no trace in the file
    m.xConnect = batchConnect;
    m.xBestIndex = batchBestIndex;
    m.xDisconnect = batchDisconnect;
    m.xDestroy = batchDisconnect;
    m.xOpen = batchOpen;
    m.xClose = batchClose;
    m.xFilter = batchFilter;
    m.xNext = batchNext;
    m.xEof = batchEof;
    m.xColumn = batchColumn;
    m.xRowid = batchRowid;
    return m;
}

const sqlite3_module BatchModule = makeModule();

} // namespace

IntRows::IntRows(int width)
    : m_width(width)
{ }

qint64 *IntRows::append()
{
    m_values.resize(m_values.size() + size_t(m_width), 0);
    return m_values.data() + m_values.size() - size_t(m_width);
}

void IntRows::column(sqlite3_context *ctx, qint64 row, int column)
{
    if (column < m_width)
        sqlite3_result_int64(ctx, m_values[size_t(row * m_width + column)]);
    else
        sqlite3_result_null(ctx);
}

namespace BatchTable {

Result<void> install(sqlite3 *db)
{
    if (!db)
        return Error(QStringLiteral("the cache is not open"), Error::Kind::Database);
    // Registering again would replace the module under statements that other code on this connection may
    // still hold prepared, so look first.
    sqlite3_stmt *probe = nullptr;
    const char sql[] = "SELECT c0 FROM qs_batch(NULL)";
    if (sqlite3_prepare_v2(db, sql, -1, &probe, nullptr) == SQLITE_OK) {
        sqlite3_finalize(probe);
        return {};
    }
    sqlite3_finalize(probe);
    if (sqlite3_create_module_v2(db, ModuleName, &BatchModule, nullptr, nullptr) != SQLITE_OK) {
        return Error(QStringLiteral("cache: cannot set up bulk writes: %1").arg(SqliteStatement::lastError(db)),
            Error::Kind::Database);
    }
    return {};
}

void bind(SqliteStatement &st, int index, BatchSource *source)
{
    st.bindPointer(index, source, PointerType);
}

Result<void> run(SqliteStatement &st, BatchSource *rows, qint64 sourceId, const QString &what)
{
    if (rows->rowCount() == 0)
        return {};
    st.reset();
    bind(st, 1, rows);
    st.bind(2, sourceId);
    st.step();
    // Taken before the reset and unbinding below, which clear the connection's error.
    const std::optional<Error> failed = st.ok() ? std::nullopt : std::optional(st.error(what));
    st.reset();
    bind(st, 1, nullptr);
    if (failed)
        return *failed;
    return {};
}

} // namespace BatchTable

} // namespace QuotaScope
