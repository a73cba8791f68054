#pragma once

#include "gateway/dbprofile.h"
#include "model/usagerecord.h"
#include "support/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace QuotaScope {

class RowMapper;

/** Which gateway wrote a `logs` table, judged from its columns (gateway-api.md §3, §8, §9). */
struct GatewaySchema
{
    enum class Product { Unknown, NewApi, NewApiOlder, OneApi };
    Product product = Product::Unknown;
    QStringList logColumns; ///< as the server spells them; empty when there is no `logs` table
    bool hasLogs = false;
    bool hasQuotaData = false;

    static GatewaySchema fromColumns(const QStringList &logColumns, bool hasQuotaData);
    /// "new-api", "new-api (older: no request_id, ip)", "one-api", "unknown"
    QString productName() const;
};

/** What "Test connection" found. */
struct DatabaseReport
{
    QString where; ///< DatabaseProfile::where()
    QString serverVersion; ///< "PostgreSQL 16.2", "MariaDB 10.11.6", "SQLite 3.40.1"
    GatewaySchema schema;
    qint64 logsEstimate = -1; ///< from the server's statistics; -1 unknown
    qint64 quotaDataEstimate = -1;
    bool readOnly = false; ///< the session refuses writes
    QStringList mayRead; ///< tables the account can read, of logs and quota_data
    QStringList mayWrite; ///< "INSERT on logs", ...: a read-only account is the safer choice
    /// One line per finding, in the user's language, for the dialog and the CLI.
    QStringList lines() const;
};

/** Limits of one connection. */
struct DatabaseOptions
{
    int connectTimeoutSeconds = 10;
    int statementTimeoutSeconds = 300; ///< a query running longer is cancelled by the server
    /// PostgreSQL: a server whose machine stops answering at the TCP level (a dropped VPN, a dead host) for this
    /// long is taken as gone, so that a session waiting for an answer fails instead of waiting for hours. Its
    /// machine answers the probes while a long query runs, so they never cut a slow query short.
    int silentServerSeconds = 60;
};

/**
 * Stops what a GatewayDatabase is running, from any thread, on the server: PostgreSQL's `pg_cancel_backend` and
 * MySQL/MariaDB's `KILL QUERY` for each of the session's connections, sent through a short connection of its own
 * (a session waiting for its answer cannot be interrupted through itself), and `sqlite3_interrupt` for a SQLite
 * file. The statement then fails with Error::Kind::Cancelled; if none runs, the next one the session starts does.
 * The session stays open, and the statement after that runs normally. A canceller outlives its database safely:
 * once the database is closed, cancel() does nothing.
 */
class QueryCanceller
{
public:
    QueryCanceller() = default;
    /// Opens its connection on the calling thread, so that can take up to the connect timeout: call it off the
    /// GUI thread. An error when the server cannot be reached or refuses.
    Result<void> cancel() const;

    struct State; ///< shared with the database (defined with it)
    explicit QueryCanceller(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

private:
    std::shared_ptr<State> m_state;
};

/**
 * A read-only connection to a gateway's own database: PostgreSQL or MySQL/MariaDB through Qt Sql's QPSQL and
 * QMYSQL drivers, a SQLite file through the C API of the one SQLite the app links (never Qt's QSQLITE). Every
 * session is read-only before the first query: `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY`
 * (PostgreSQL), `SET SESSION TRANSACTION READ ONLY` (MySQL), a read-only open (SQLite). When the profile names
 * a separate logs database (new-api's LOG_SQL_DSN), `logs` is read through a second connection to it.
 *
 * A connection belongs to the thread that opened it. Messages name the server and the account but never the
 * password.
 */
class GatewayDatabase
{
public:
    static Result<std::unique_ptr<GatewayDatabase>> open(
        const DatabaseProfile &profile, const QString &password, const DatabaseOptions &options = {});
    ~GatewayDatabase();
    GatewayDatabase(const GatewayDatabase &) = delete;
    GatewayDatabase &operator=(const GatewayDatabase &) = delete;

    const DatabaseProfile &profile() const;
    /// "PostgreSQL 16.2" (also for the status bar: "live from PostgreSQL 16.2 at host").
    QString serverVersion() const;
    Result<DatabaseReport> test();
    Result<GatewaySchema> schema();

    /// Up to limit rows of `logs` with id > afterId in id order: the cells of columns, as text (NULL is empty).
    Result<QList<QStringList>> logsAfter(const QStringList &columns, qint64 afterId, int limit);
    /// The smallest id in `logs` (0 when empty): rows below it were pruned by the gateway.
    Result<qint64> minLogId();
    /// One row per result row of a SELECT on the logs connection, cells as QVariant (for aggregate queries).
    /// Error::Kind::Cancelled when canceller() stopped it.
    Result<QList<QVariantList>> selectLogs(const QString &sql);
    /// The same, every cell as text (NULL is empty), exactly as logsAfter() reads the cells the copy maps.
    Result<QList<QStringList>> selectLogCells(const QString &sql);
    /// Stops the running query from another thread (see QueryCanceller).
    QueryCanceller canceller() const;
    /// Quotes a column name for this engine ("group" / `group`).
    QString quote(const QString &identifier) const;
    /// A string literal for this engine (MySQL also escapes backslashes).
    QString literal(const QString &text) const;
    DatabaseProfile::Engine engine() const { return profile().engine; }

    /// The Qt Sql connection names (empty for SQLite): the tests use them to show that writes are refused.
    QString mainConnectionName() const;
    QString logsConnectionName() const;

private:
    GatewayDatabase();
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * The one mapping of a row of a gateway database's `logs` to a UsageRecord: the columns to select (as the server
 * spells them) and the record of their cells as text (logTableMapping(), RowMapper), with its identity
 * "id:<gateway log id>". The copy and the live log table both read rows through it, so a live row equals the
 * copied record of the same log.
 */
class LogRowMapping
{
public:
    /// Fails when the table has no created_at or id column; where names the database in the message.
    static Result<LogRowMapping> forSchema(const GatewaySchema &schema, const QString &where);
    const QStringList &columns() const { return m_columns; }
    int idIndex() const { return m_idIndex; }
    int createdAtIndex() const { return m_createdAtIndex; }
    /// The record of a row's cells (in columns() order). A row outside the plausible ranges is an error with
    /// *implausible set to the reason: the copy skips and counts it, the live table leaves it out.
    Result<UsageRecord> map(const QStringList &cells, QString *implausible) const;

private:
    LogRowMapping() = default;
    QStringList m_columns;
    std::shared_ptr<const RowMapper> m_mapper;
    int m_idIndex = -1;
    int m_createdAtIndex = -1;
};

/** Tuning of a copy. */
struct CopyOptions
{
    int batchSize = 10000; ///< rows per keyset page and per cache transaction
    /// Each run starts this many ids behind its cursor: on PostgreSQL and MySQL ids are handed out when a row
    /// is inserted but become visible when its transaction commits, so a lower id can appear after a higher
    /// one was read. Rows already cached count as duplicates.
    qint64 overlapIds = 10000;
};

/** What one copy run did. */
struct CopyReport
{
    QString source;
    qint64 fromId = 0; ///< the run read ids above this
    qint64 lastId = 0; ///< the cursor after the run
    qint64 rowsRead = 0, added = 0, duplicates = 0, skipped = 0;
    QHash<QString, qint64> skippedBy;
    qint64 batches = 0;
    qint64 serverMinId = 0; ///< the gateway's oldest log id now
    /// Cached records of this source whose ids lie below serverMinId: logs the gateway has since pruned,
    /// which the cache keeps.
    qint64 keptAfterPruning = 0;
};

/**
 * Copies a gateway database's `logs` into the local cache, incrementally: keyset pages by id (batches of
 * CopyOptions::batchSize) from the cursor in sync_state, each page mapped by the one log mapping
 * (logTableMapping(), RowMapper, IdentityAssigner: the identity is the gateway's log id) and written with its
 * rollups and the new cursor in one RecordWriter transaction. An interrupted run (a server that goes away, a
 * cancel) keeps every committed page and resumes after it. Rows the gateway deletes stay in the cache.
 */
class DatabaseCopier
{
public:
    explicit DatabaseCopier(sqlite3 *cache);

    /// done: rows read so far; estimate: the server's estimate of the table (-1 unknown).
    using Progress = std::function<void(qint64 done, qint64 estimate)>;
    Result<CopyReport> copy(GatewayDatabase &db, const QString &sourceName, const CopyOptions &options = {},
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// The sync_state key of the last copied id.
    static QString cursorKey();
    /// The source kind of a copied database in the cache.
    static QString sourceKind();

private:
    sqlite3 *m_cache;
};

} // namespace QuotaScope
