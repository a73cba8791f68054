#include "store/cachedb.h"

#include "store/identitykey.h"
#include "store/minutekeys.h"
#include "store/othercodec.h"
#include "store/perfrollups.h"
#include "store/recordwriter.h"
#include "store/rollupdays.h"
#include "store/rolluppairs.h"
#include "store/sqlitestatement.h"
#include "store/zonedays.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <vector>

namespace QuotaScope {

namespace {

// "QSCA": marks the file as ours, so that opening some other SQLite file is refused instead of migrated.
constexpr int ApplicationId = 0x51534341;
// As long as the connection's busy timeout.
constexpr int WalSwitchTimeoutMs = CacheDb::BusyTimeoutMs;
// Page size of a new cache file (SQLite's default is 4096). With 8 KiB pages the writer with every rollup needs
// about 14 % less CPU (tests/bench: BM_RecordWriterPageSize, median of five runs); 16 KiB measured within noise
// of 8 KiB. A WAL file's page size is fixed once it has tables, so existing caches keep theirs.
constexpr int NewCachePageSize = 8192;

/*
 * Rollups are kept per 15-minute UTC bucket. A display bucket (hour, day, week, month in any zone) must be a
 * union of whole rollup buckets, so the resolution has to divide every zone's UTC offset: today's offsets
 * are all multiples of 15 minutes (+05:30 India, +05:45 Nepal, +08:45 Eucla, +12:45 Chatham), while 30 or
 * 60 minutes would split Nepal's days. Finer buckets (5 min) would only triple the rollup rows.
 */
const char *const SchemaV1[] = {
    "CREATE TABLE sources("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL,"
    " backing TEXT NOT NULL CHECK (backing IN ('records', 'aggregate')),"
    " created_at INTEGER NOT NULL,"
    " record_count INTEGER NOT NULL DEFAULT 0,"
    " meta TEXT NOT NULL DEFAULT '{}')",

    // One dictionary for every dimension string (model, user, token, channel, group) keeps rollup rows
    // small: integers instead of repeated names in both the rows and their primary-key index.
    "CREATE TABLE dims(id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)",
    "INSERT INTO dims(id, value) VALUES (0, '')",

    "CREATE TABLE usage_records("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL,"
    " identity TEXT NOT NULL,"
    " gateway_id INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " user_id INTEGER NOT NULL,"
    " user_name TEXT NOT NULL,"
    " token_id INTEGER NOT NULL,"
    " token_name TEXT NOT NULL,"
    " model TEXT NOT NULL,"
    " channel_id INTEGER NOT NULL,"
    " channel_name TEXT NOT NULL,"
    " grp TEXT NOT NULL,"
    " quota INTEGER NOT NULL,"
    " prompt_tokens INTEGER NOT NULL,"
    " completion_tokens INTEGER NOT NULL,"
    " cache_read_tokens INTEGER NOT NULL,"
    " cache_write_tokens INTEGER NOT NULL,"
    " use_time_ms INTEGER NOT NULL,"
    " is_stream INTEGER NOT NULL,"
    " request_id TEXT NOT NULL,"
    " ip TEXT NOT NULL,"
    " content TEXT NOT NULL,"
    " other TEXT NOT NULL,"
    " UNIQUE(source_id, identity))",
    "CREATE INDEX usage_records_time ON usage_records(created_at)",
    "CREATE INDEX usage_records_source_time ON usage_records(source_id, created_at)",

    // bucket first: every report is a bucket range scan; per-source work uses the second index.
    "CREATE TABLE rollups("
    " bucket INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " model INTEGER NOT NULL,"
    " user_name INTEGER NOT NULL,"
    " token_name INTEGER NOT NULL,"
    " channel_id INTEGER NOT NULL,"
    " channel_name INTEGER NOT NULL,"
    " grp INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " quota INTEGER NOT NULL,"
    " prompt_tokens INTEGER NOT NULL,"
    " completion_tokens INTEGER NOT NULL,"
    " cache_read_tokens INTEGER NOT NULL,"
    " cache_write_tokens INTEGER NOT NULL,"
    " unsplit_tokens INTEGER NOT NULL,"
    " PRIMARY KEY(bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp)"
    ") WITHOUT ROWID",
    "CREATE INDEX rollups_source ON rollups(source_id, bucket)",

    // The same counters per single report key (dimension: 0 none, 1 model, 2 user, 3 token, 4 channel, 5 group;
    // key: dims id of the key as reports show it). A report grouped by one dimension, without filters on the
    // others, reads a few rows per bucket here instead of one per name combination in rollups, which on busy
    // gateways is nearly one per request.
    "CREATE TABLE rollup_keys("
    " dimension INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " bucket INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " key INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " quota INTEGER NOT NULL,"
    " prompt_tokens INTEGER NOT NULL,"
    " completion_tokens INTEGER NOT NULL,"
    " cache_read_tokens INTEGER NOT NULL,"
    " cache_write_tokens INTEGER NOT NULL,"
    " unsplit_tokens INTEGER NOT NULL,"
    " PRIMARY KEY(dimension, type, bucket, source_id, key)"
    ") WITHOUT ROWID",
    "CREATE INDEX rollup_keys_source ON rollup_keys(source_id, bucket)",

    // Requests per calendar minute, for the peak-RPM card without scanning raw records.
    "CREATE TABLE minute_counts("
    " type INTEGER NOT NULL,"
    " minute INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " PRIMARY KEY(type, minute, source_id)"
    ") WITHOUT ROWID",
    "CREATE INDEX minute_counts_source ON minute_counts(source_id)",

    "CREATE TABLE import_history("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL,"
    " what TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " finished_at INTEGER NOT NULL,"
    " rows_read INTEGER NOT NULL,"
    " added INTEGER NOT NULL,"
    " duplicates INTEGER NOT NULL,"
    " skipped INTEGER NOT NULL,"
    " error TEXT NOT NULL)",
    "CREATE INDEX import_history_source ON import_history(source_id)",

    "CREATE TABLE sync_state("
    " source_id INTEGER NOT NULL,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " PRIMARY KEY(source_id, key)) WITHOUT ROWID",
};

/*
 * Version 2 drops the per-source indexes of the rollup tables: they only served deleting a source and finding a
 * source's first and last bucket (now read from the few dimension-0 rows of rollup_keys), yet every import paid
 * for them, about a third of the rollup upserts' cost (see tests/bench). usage_records keeps all its indexes:
 * without (source_id, created_at), per-source time ranges would walk the identity index over every record of
 * the source (measured: the CLI report four times slower on a million records).
 */
const char *const SchemaV2[] = {
    "DROP INDEX IF EXISTS rollups_source",
    "DROP INDEX IF EXISTS rollup_keys_source",
    "DROP INDEX IF EXISTS minute_counts_source",
};

/*
 * Version 3 corrects the cache-write tokens of logs synced before sync and import shared one mapping: sync added
 * other.cache_creation_tokens and its 5m/1h split, counting the tokens twice where a log has both, while an
 * import took the total. Records of gateway sources whose stored value disagrees with the log's own total get
 * the total, and those sources' rollups are recomputed from their records (see rebuildRollups).
 */
Result<void> fixSyncedCacheWrites(sqlite3 *db)
{
    const char *const steps[] = {
        "CREATE TEMP TABLE qs_cache_write_fix AS SELECT id, source_id, "
        "CAST(json_extract(other, '$.cache_creation_tokens') AS INTEGER) AS fixed FROM usage_records "
        "WHERE source_id IN (SELECT id FROM sources WHERE backing = 'records' AND kind IN ('newapi', 'oneapi')) "
        "AND other LIKE '%cache_creation_tokens%' AND json_valid(other) "
        "AND json_type(other, '$.cache_creation_tokens') IN ('integer', 'real') "
        "AND CAST(json_extract(other, '$.cache_creation_tokens') AS INTEGER) BETWEEN 0 AND 1000000000000 "
        "AND cache_write_tokens != CAST(json_extract(other, '$.cache_creation_tokens') AS INTEGER)",
        "UPDATE usage_records SET cache_write_tokens = (SELECT fixed FROM qs_cache_write_fix f WHERE f.id = "
        "usage_records.id) WHERE id IN (SELECT id FROM qs_cache_write_fix)",
    };
    for (const char *sql : steps) {
        if (auto done = SqliteStatement::exec(db, sql); !done)
            return done;
    }
    auto rebuilt = rebuildRollups(db, "SELECT DISTINCT source_id FROM qs_cache_write_fix");
    SqliteStatement::exec(db, "DROP TABLE temp.qs_cache_write_fix");
    return rebuilt;
}

/*
 * Version 5 adds what the alerts keep: every firing with its value and threshold (opened when a rule first finds a
 * key, resolved when an evaluation no longer does), and the account balance recorded at each sync, for the
 * balance rule and the run-out forecast.
 */
const char *const SchemaV5[] = {
    "CREATE TABLE IF NOT EXISTS alert_firings("
    " id INTEGER PRIMARY KEY,"
    " rule_id TEXT NOT NULL,"
    " rule_name TEXT NOT NULL,"
    " condition TEXT NOT NULL,"
    " severity TEXT NOT NULL,"
    " scope TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " detail TEXT NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " value REAL NOT NULL,"
    " threshold REAL NOT NULL,"
    " window_from INTEGER NOT NULL,"
    " window_to INTEGER NOT NULL,"
    " message TEXT NOT NULL,"
    " fired_at INTEGER NOT NULL,"
    " last_seen_at INTEGER NOT NULL,"
    " notified_at INTEGER NOT NULL,"
    " resolved_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS alert_firings_open ON alert_firings(resolved_at, rule_id)",
    "CREATE TABLE IF NOT EXISTS balance_history("
    " source_id INTEGER NOT NULL,"
    " at INTEGER NOT NULL,"
    " quota INTEGER NOT NULL,"
    " PRIMARY KEY(source_id, at)) WITHOUT ROWID",
};

/*
 * Version 6 adds rollup_pairs (see store/rolluppairs.h): the counters per (user, token, channel or group key,
 * model), so that a view filtered to one of them reads that key's rows instead of every rollup in the range. Filled
 * from the rollups of every source. (Indexes on the records by user, token and channel name would serve such a
 * view's peak-RPM card, which still counts raw records per minute, but measured at ten million requests they made
 * the import several times slower: see the README's Performance section.)
 */
const char *const SchemaV6[] = {
    "CREATE TABLE IF NOT EXISTS rollup_pairs("
    " dimension INTEGER NOT NULL,"
    " day INTEGER NOT NULL,"
    " key INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " bucket INTEGER NOT NULL,"
    " source_id INTEGER NOT NULL,"
    " model INTEGER NOT NULL,"
    " requests INTEGER NOT NULL,"
    " quota INTEGER NOT NULL,"
    " prompt_tokens INTEGER NOT NULL,"
    " completion_tokens INTEGER NOT NULL,"
    " cache_read_tokens INTEGER NOT NULL,"
    " cache_write_tokens INTEGER NOT NULL,"
    " unsplit_tokens INTEGER NOT NULL,"
    " PRIMARY KEY(dimension, day, key, type, bucket, source_id, model)"
    ") WITHOUT ROWID",
};

/*
 * Version 7: a partial index over only the records whose tokens were estimated from text (the importer marks them
 * in `other`; see core/ingest/tokenestimator.h). The stat cards count them on every refresh; without the index that
 * count read every raw record of the range, with it a cache without estimates answers from an empty index.
 */
const char *const SchemaV7[] = {
    "CREATE INDEX IF NOT EXISTS usage_records_estimated ON usage_records(source_id, created_at)"
    " WHERE instr(other, '\"estimated_tokens\":true') > 0",
};

Result<void> fillRollupPairs(sqlite3 *db)
{
    return RollupPairs::rebuild(db, "SELECT id FROM sources");
}

/*
 * Version 8 adds rollup_days (store/rollupdays.h: rollup_keys per UTC day, for rankings and reports over whole
 * days) and minute_keys (store/minutekeys.h: requests per minute and model, user, token, channel or group key, for
 * the peak-RPM card of a filtered view), filled from rollup_keys and from the raw records.
 */
Result<void> fillDaysAndMinuteKeys(sqlite3 *db)
{
    if (auto days = RollupDays::rebuild(db, "SELECT id FROM sources"); !days)
        return days;
    return MinuteKeys::rebuild(db, "SELECT id FROM sources WHERE backing = 'records'");
}

/*
 * Version 11 adds rollup_pair_days (store/rolluppairs.h: rollup_pairs per UTC day, for views filtered to one user,
 * token, channel or group over whole days), filled from rollup_pairs.
 */
Result<void> fillRollupPairDays(sqlite3 *db)
{
    return RollupPairs::rebuildDays(db, "SELECT id FROM sources");
}

/*
 * Version 13: rollup_keys keeps the rows of dimensions 0 (totals) and 1 (model). Those of user, token, channel and
 * group are rollup_pairs summed over the model (RollupSql::keyRows()), which every reader of them now takes, and
 * rollup_days and rollup_zone_days, derived from either, keep their rows.
 */
const char *const SchemaV13[] = {
    "DELETE FROM rollup_keys WHERE dimension >= 2",
};

struct Migration
{
    int toVersion;
    std::vector<const char *> statements;
    Result<void> (*code)(sqlite3 *db) = nullptr; ///< runs after the statements, in the same transaction
};

// Forward steps, oldest first; a new schema version appends a step and bumps CacheDb::SchemaVersion.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps {
        { 1, std::vector<const char *>(std::begin(SchemaV1), std::end(SchemaV1)) },
        { 2, std::vector<const char *>(std::begin(SchemaV2), std::end(SchemaV2)) },
        { 3, {}, fixSyncedCacheWrites },
        // Version 4 adds the cache and latency rollups (PerfRollups) and fills them from the raw records.
        { 4, PerfRollups::schema(), PerfRollups::backfill },
        // Version 5 adds the alert firings and the recorded balances.
        { 5, std::vector<const char *>(std::begin(SchemaV5), std::end(SchemaV5)) },
        // Version 6 adds the rollups per (user, token, channel or group; model) and fills them from the rollups.
        { 6, std::vector<const char *>(std::begin(SchemaV6), std::end(SchemaV6)), fillRollupPairs },
        // Version 7 indexes the records whose tokens were estimated from text (Aggregator::estimatedTokens()).
        { 7, std::vector<const char *>(std::begin(SchemaV7), std::end(SchemaV7)) },
        // Version 8 adds the daily rollups per key and the minute counts per key, and fills them.
        { 8, { RollupDays::Schema, MinuteKeys::Schema }, fillDaysAndMinuteKeys },
        // Version 9 rebuilds usage_records keyed on integer identities (store/identitykey.h).
        { IdentityKey::SchemaVersion, {}, IdentityKey::migrate },
        // Version 10 adds the daily rollups per display zone (store/zonedays.h), filled as reports ask for days.
        { 10, ZoneDays::schema() },
        // Version 11 adds the daily rollup pairs (store/rolluppairs.h) and fills them from the pairs.
        { 11, { RollupPairs::DaysSchema }, fillRollupPairDays },
        // Version 12 packs minute_keys' minutes into a row per hour (store/minutekeys.h).
        { 12, {}, MinuteKeys::migrateToHours },
        // Version 13 keeps rollup_keys' totals and models only (RollupSql::StoredKeyDimensions).
        { 13, std::vector<const char *>(std::begin(SchemaV13), std::end(SchemaV13)) },
        // Version 14 keeps the layouts of `other` once (store/othercodec.h); records written before stay as they are.
        { OtherCodec::SchemaVersion, { OtherCodec::Schema } },
    };
    return steps;
}

Error dbError(const QString &path, const QString &what)
{
    return Error(QCoreApplication::translate("CacheDb", "%1: %2").arg(QDir::toNativeSeparators(path), what),
        Error::Kind::Database);
}

// What a connection that could not get the file's lock within the busy timeout tells the user.
QString lockedMessage()
{
    return QCoreApplication::translate("CacheDb",
        "another program is writing the cache and holds it locked (quotascope-cli does so while it imports into an "
        "empty cache); try again when it has finished");
}

bool isBusy(sqlite3 *db)
{
    return (sqlite3_errcode(db) & 0xff) == SQLITE_BUSY;
}

// Switches the file to WAL mode; returns why it could not, or an empty string. Switching upgrades a read lock to a
// write lock, which SQLite refuses at once instead of waiting (a waiting reader could deadlock a writer), so a busy
// answer is retried for up to WalSwitchTimeoutMs: connections opening a new file together, or one opening the file
// while a BulkLoadJournal switches it back.
QString switchToWal(sqlite3 *db)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SqliteStatement wal;
        if (wal.prepare(db, "PRAGMA journal_mode=WAL") && wal.step())
            return {};
        if (!isBusy(db))
            return QCoreApplication::translate("CacheDb", "cannot enable WAL: %1").arg(SqliteStatement::lastError(db));
        if (waited.elapsed() > WalSwitchTimeoutMs)
            return lockedMessage();
        QThread::msleep(5);
    }
}

// The first column of the first row of sql, or the error with the file named.
Result<qint64> queryInt(sqlite3 *db, const QString &path, const char *sql)
{
    SqliteStatement st;
    if (!st.prepare(db, sql) || !st.step()) {
        return dbError(path,
            QCoreApplication::translate("CacheDb", "cannot read the cache (%1); the file may not be a SQLite database")
                .arg(SqliteStatement::lastError(db)));
    }
    return st.int64(0);
}

Result<void> configureAndMigrate(sqlite3 *db, const QString &path)
{
    // One statement, so that the three come from one snapshot while another connection may be migrating the
    // file (separate reads could see its version still 0 but its tables already there). schema_version is
    // bumped by every DDL and is 0 for an empty file.
    qint64 version = 0;
    qint64 appId = 0;
    qint64 tables = 0;
    {
        SqliteStatement header;
        if (!header.prepare(db,
                "SELECT user_version, application_id, schema_version FROM pragma_user_version, "
                "pragma_application_id, pragma_schema_version")
            || !header.step()) {
            if (isBusy(db))
                return dbError(path, lockedMessage());
            return dbError(path,
                QCoreApplication::translate(
                    "CacheDb", "cannot read the cache (%1); the file may not be a SQLite database")
                    .arg(SqliteStatement::lastError(db)));
        }
        version = header.int64(0);
        appId = header.int64(1);
        tables = header.int64(2);
    }

    const bool fresh = appId == 0 && version == 0 && tables == 0;
    if (!fresh && appId != ApplicationId) {
        return dbError(path,
            QCoreApplication::translate("CacheDb",
                "this SQLite file is not a QuotaScope cache; choose another file or "
                "remove it"));
    }
    if (version > CacheDb::SchemaVersion) {
        return dbError(path,
            QCoreApplication::translate("CacheDb",
                "the cache has schema version %1, but this QuotaScope supports up to "
                "version %2; update QuotaScope or use another cache file")
                .arg(version)
                .arg(CacheDb::SchemaVersion));
    }

    if (fresh) {
        const QByteArray pageSize = "PRAGMA page_size=" + QByteArray::number(NewCachePageSize);
        if (!SqliteStatement::exec(db, pageSize.constData()))
            return dbError(path, SqliteStatement::lastError(db));
    }

    // WAL lets the UI read while a worker writes; NORMAL is durable across application crashes in WAL mode.
    if (const QString problem = switchToWal(db); !problem.isEmpty())
        return dbError(path, problem);
    if (!SqliteStatement::exec(db, "PRAGMA synchronous=NORMAL"))
        return dbError(path, SqliteStatement::lastError(db));
    // The writer's upserts, verify and the migrations pack minute counts with these.
    if (auto functions = MinuteKeys::registerSqlFunctions(db); !functions)
        return dbError(path, functions.error().message);

    for (const Migration &m : migrations()) {
        if (m.toVersion <= version)
            continue;
        // IMMEDIATE takes the write lock before reading the version again: two connections opening a new
        // file at once (the UI's query threads) must not both run the same migration.
        if (!SqliteStatement::exec(db, "BEGIN IMMEDIATE")) {
            return dbError(path,
                QCoreApplication::translate("CacheDb", "cannot start the migration: %1")
                    .arg(SqliteStatement::lastError(db)));
        }
        const auto current = queryInt(db, path, "PRAGMA user_version");
        if (!current || current.value() >= m.toVersion) {
            SqliteStatement::exec(db, "ROLLBACK");
            if (!current)
                return current.error();
            continue;
        }
        const QByteArray stamp = "PRAGMA application_id=" + QByteArray::number(ApplicationId)
            + ";PRAGMA user_version=" + QByteArray::number(m.toVersion) + ";COMMIT";
        const auto failed = [&](const QString &err) {
            SqliteStatement::exec(db, "ROLLBACK");
            return dbError(path,
                QCoreApplication::translate("CacheDb", "migration to schema version %1 failed: %2")
                    .arg(m.toVersion)
                    .arg(err));
        };
        for (const char *sql : m.statements) {
            if (!SqliteStatement::exec(db, sql))
                return failed(SqliteStatement::lastError(db));
        }
        if (m.code) {
            if (auto done = m.code(db); !done)
                return failed(done.error().message);
        }
        if (!SqliteStatement::exec(db, stamp.constData()))
            return failed(SqliteStatement::lastError(db));
    }
    return {};
}

} // namespace

QString CacheDb::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("cache.sqlite"));
}

Result<CacheDb> CacheDb::open(const QString &path, const QString &connectionName)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return dbError(path, QCoreApplication::translate("CacheDb", "the folder does not exist"));

    auto sqlite = SqliteConnection::open(path, SqliteConnection::Mode::ReadWriteCreate);
    if (!sqlite) {
        return dbError(
            path, QCoreApplication::translate("CacheDb", "cannot open the cache: %1").arg(sqlite.error().message));
    }
    CacheDb cache;
    cache.m_sqlite = std::move(sqlite).value();
    cache.m_path = path;
    cache.m_name = connectionName;
    sqlite3_busy_timeout(cache.db(), CacheDb::BusyTimeoutMs);
    if (auto ready = configureAndMigrate(cache.db(), path); !ready)
        return ready.error();
    return Result<CacheDb>(std::move(cache));
}

BulkLoadJournal::BulkLoadJournal(sqlite3 *db)
    : m_db(db)
{
    if (!db || !sqlite3_get_autocommit(db))
        return;
    {
        SqliteStatement holds;
        if (!holds.prepare(db, "SELECT EXISTS(SELECT 1 FROM usage_records) OR EXISTS(SELECT 1 FROM rollups)")
            || !holds.step() || holds.int64(0) != 0)
            return;
    } // its read ends here: the mode cannot change inside a transaction
    // Another connection makes the switch fail with SQLITE_BUSY; waiting for it to close would be pointless.
    sqlite3_busy_timeout(db, 0);
    bool switched = false;
    {
        SqliteStatement mode;
        switched
            = mode.prepare(db, "PRAGMA journal_mode=DELETE") && mode.step() && mode.text(0) == QLatin1String("delete");
    }
    sqlite3_busy_timeout(db, CacheDb::BusyTimeoutMs);
    if (!switched)
        return;
    m_active = true;
    if (!SqliteStatement::exec(db, "PRAGMA synchronous=FULL"))
        restore(); // not durable enough in rollback mode: stay in WAL
}

BulkLoadJournal::~BulkLoadJournal()
{
    restore();
}

void BulkLoadJournal::restore()
{
    if (!m_active)
        return;
    m_active = false;
    SqliteStatement::exec(m_db, "PRAGMA synchronous=NORMAL");
    switchToWal(m_db); // should it still fail, the next CacheDb::open switches the file back
}

} // namespace QuotaScope
