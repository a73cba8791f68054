/*
 * The cache writer's bounds: how fast SQLite on this machine stores rows of the cache's record width at all
 * (a bare prepared INSERT of pre-encoded values, no rollups), per index layout and page size, next to the
 * RecordWriter with every rollup on the same rows (BM_RecordWriterLogs in bench_store.cpp), and how fast it
 * upserts rows of the rollups' width (BM_UpsertCeiling).
 * Rows: benchLogRecords(), so QS_BENCH_LOGS must name a file written by tests/bench/genlogs.py.
 */
#include "benchlogs.h"

#include "ingest/importoptions.h"
#include "store/batchtable.h"
#include "store/cachedb.h"
#include "store/recordwriter.h"
#include "store/sourcerepository.h"
#include "store/sqlitestatement.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

using namespace QuotaScope;

namespace {

/// One record's values as SQLite takes them: integers, and text already in UTF-8.
struct EncodedRecord
{
    std::string text[10]; // identity, user, token, model, channel name, group, request id, ip, content, other
    qint64 ints[13] = {}; // gateway id, created_at, type, user id, token id, channel id, quota, prompt, completion,
                          // cache read, cache write, use time, stream
    qint64 sequentialKey = 0;
    qint64 hashedKey = 0;
};

const std::vector<EncodedRecord> &encodedRecords()
{
    static const std::vector<EncodedRecord> out = [] {
        std::vector<EncodedRecord> v;
        for (const UsageRecord &r : benchLogRecords()) {
            EncodedRecord e;
            const QString *texts[] = { &r.identity, &r.userName, &r.tokenName, &r.model, &r.channelName, &r.group,
                &r.requestId, &r.ip, &r.content };
            for (int i = 0; i < 9; ++i)
                e.text[i] = texts[i]->toStdString();
            e.text[9] = r.other.toStdString();
            const qint64 ints[] = { r.gatewayId, r.createdAt, r.type, r.userId, r.tokenId, r.channelId, r.quota,
                r.promptTokens, r.completionTokens, r.cacheReadTokens, r.cacheWriteTokens, r.useTimeMs,
                r.isStream ? 1 : 0 };
            std::copy(std::begin(ints), std::end(ints), e.ints);
            e.sequentialKey = r.gatewayId;
            const QByteArray h
                = QCryptographicHash::hash(QByteArray::fromStdString(e.text[0]), QCryptographicHash::Sha1);
            memcpy(&e.hashedKey, h.constData(), sizeof e.hashedKey);
            v.push_back(std::move(e));
        }
        return v;
    }();
    return out;
}

/// Rows [first, first + count) of encodedRecords() as qs_batch columns in the INSERT's order after source_id.
class EncodedRows : public BatchSource
{
public:
    EncodedRows(const std::vector<EncodedRecord> &rows, size_t first, size_t count, bool hashed)
        : m_rows(rows)
        , m_first(first)
        , m_count(count)
        , m_hashed(hashed)
    { }
    qint64 rowCount() const override { return qint64(m_count); }
    void column(sqlite3_context *ctx, qint64 row, int column) override
    {
        const EncodedRecord &e = m_rows[m_first + size_t(row)];
        if (column == 0)
            sqlite3_result_text(ctx, e.text[0].data(), int(e.text[0].size()), SQLITE_STATIC);
        else if (column == 1)
            sqlite3_result_int64(ctx, m_hashed ? e.hashedKey : e.sequentialKey);
        else if (column < 15)
            sqlite3_result_int64(ctx, e.ints[column - 2]);
        else
            sqlite3_result_text(ctx, e.text[column - 14].data(), int(e.text[column - 14].size()), SQLITE_STATIC);
    }

private:
    const std::vector<EncodedRecord> &m_rows;
    size_t m_first;
    size_t m_count;
    bool m_hashed;
};

enum Layout {
    NoIndex, ///< the rowid table alone
    TextIdentity, ///< + UNIQUE(source_id, identity), as schema version 3
    SequentialKey, ///< + UNIQUE(source_id, key) on an integer that grows with the rows (a gateway log id)
    HashedKey, ///< + UNIQUE(source_id, key) on a 64-bit hash of the identity
    TextIdentityTimeIndexes, ///< schema version 3: TextIdentity + the two time indexes
    SequentialKeyTimeIndexes, ///< SequentialKey + the two time indexes
};

/// The settings of a benchmark's own SQLite file, as the cache writes: page size, WAL, the write cache.
QByteArray benchFileSettings(qint64 pageSize)
{
    return "PRAGMA page_size=" + QByteArray::number(pageSize)
        + "; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
}

/// Stores every row of encodedRecords() in one transaction into a new file of the given layout (range 0) and page
/// size (range 1): with one prepared single-row INSERT per row (range 2 = 0), or as the writer does, one
/// INSERT ... SELECT from qs_batch per batch of the importer's size (range 2 = 1).
void BM_BareInsert(benchmark::State &state)
{
    const auto &rows = encodedRecords();
    if (rows.empty()) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    const auto layout = Layout(state.range(0));
    const qint64 pageSize = state.range(1);
    const bool bulk = state.range(2) != 0;
    const size_t batchSize = size_t(ImportOptions().batchSize);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto conn = SqliteConnection::open(dir.filePath(QStringLiteral("bare.sqlite")),
            SqliteConnection::Mode::ReadWriteCreate);
        sqlite3 *db = conn.value().handle();
        QByteArray setup = benchFileSettings(pageSize)
            + "CREATE TABLE r(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, identity TEXT NOT NULL, "
              "key INTEGER NOT NULL, gateway_id INTEGER NOT NULL, created_at INTEGER NOT NULL, type INTEGER NOT "
              "NULL, user_id INTEGER NOT NULL, user_name TEXT NOT NULL, token_id INTEGER NOT NULL, token_name TEXT "
              "NOT NULL, model TEXT NOT NULL, channel_id INTEGER NOT NULL, channel_name TEXT NOT NULL, grp TEXT NOT "
              "NULL, quota INTEGER NOT NULL, prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, "
              "cache_read_tokens INTEGER NOT NULL, cache_write_tokens INTEGER NOT NULL, use_time_ms INTEGER NOT "
              "NULL, is_stream INTEGER NOT NULL, request_id TEXT NOT NULL, ip TEXT NOT NULL, content TEXT NOT "
              "NULL, other TEXT NOT NULL);";
        if (layout == TextIdentity || layout == TextIdentityTimeIndexes)
            setup += "CREATE UNIQUE INDEX r_identity ON r(source_id, identity);";
        if (layout == SequentialKey || layout == HashedKey || layout == SequentialKeyTimeIndexes)
            setup += "CREATE UNIQUE INDEX r_key ON r(source_id, key);";
        if (layout == TextIdentityTimeIndexes || layout == SequentialKeyTimeIndexes) {
            setup += "CREATE INDEX r_time ON r(created_at); CREATE INDEX r_source_time ON r(source_id, "
                     "created_at);";
        }
        if (!SqliteStatement::exec(db, setup.constData())) {
            state.SkipWithError("cannot create the table");
            return;
        }
        const QByteArray insert = "INSERT INTO r(source_id, identity, key, gateway_id, created_at, type, user_id, "
                                  "token_id, channel_id, quota, prompt_tokens, completion_tokens, cache_read_tokens, "
                                  "cache_write_tokens, use_time_ms, is_stream, user_name, token_name, model, "
                                  "channel_name, grp, request_id, ip, content, other) ";
        sqlite3_stmt *st = nullptr;
        SqliteStatement bulkInsert;
        if (bulk) {
            if (!BatchTable::install(db)
                || !bulkInsert.prepare(db,
                    insert
                        + "SELECT 1, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, "
                          "c18, c19, c20, c21, c22, c23 FROM qs_batch(?1) WHERE true ON CONFLICT DO NOTHING")) {
                state.SkipWithError("cannot prepare the bulk insert");
                return;
            }
        } else {
            sqlite3_prepare_v2(db,
                insert
                    + "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                      "?19, ?20, ?21, ?22, ?23, ?24) ON CONFLICT DO NOTHING",
                -1, &st, nullptr);
        }
        state.ResumeTiming();
        SqliteStatement::exec(db, "BEGIN");
        if (bulk) {
            for (size_t first = 0; first < rows.size(); first += batchSize) {
                EncodedRows batch(rows, first, std::min(batchSize, rows.size() - first), layout == HashedKey);
                bulkInsert.reset();
                BatchTable::bind(bulkInsert, 1, &batch);
                bulkInsert.step();
                bulkInsert.reset();
                BatchTable::bind(bulkInsert, 1, nullptr);
            }
        } else {
            for (const EncodedRecord &e : rows) {
                sqlite3_bind_text(st, 1, e.text[0].data(), int(e.text[0].size()), SQLITE_STATIC);
                sqlite3_bind_int64(st, 2, layout == HashedKey ? e.hashedKey : e.sequentialKey);
                for (int i = 0; i < 13; ++i)
                    sqlite3_bind_int64(st, 3 + i, e.ints[i]);
                for (int i = 1; i < 10; ++i)
                    sqlite3_bind_text(st, 15 + i, e.text[i].data(), int(e.text[i].size()), SQLITE_STATIC);
                sqlite3_step(st);
                sqlite3_reset(st);
            }
        }
        SqliteStatement::exec(db, "COMMIT");
        state.PauseTiming();
        sqlite3_finalize(st);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * qint64(rows.size()));
}

/// RecordWriter with every rollup on benchLogRecords() in the importer's batch size, into a new cache whose
/// file was made with the given page size (range 0) before the cache created its tables.
void BM_RecordWriterPageSize(benchmark::State &state)
{
    const QList<UsageRecord> &records = benchLogRecords();
    if (records.isEmpty()) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    const int batchSize = ImportOptions().batchSize;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            // A file with our application id and no tables yet: the cache migrates it and keeps its page size.
            auto conn = SqliteConnection::open(path, SqliteConnection::Mode::ReadWriteCreate);
            const QByteArray setup = "PRAGMA page_size=" + QByteArray::number(state.range(0))
                + "; PRAGMA application_id=" + QByteArray::number(0x51534341) + "; VACUUM";
            if (!conn || !SqliteStatement::exec(conn.value().handle(), setup.constData())) {
                state.SkipWithError("cannot prepare the cache file");
                return;
            }
        }
        auto opened = CacheDb::open(path, QStringLiteral("pages"));
        if (!opened) {
            state.SkipWithError(qPrintable(opened.error().message));
            return;
        }
        auto cache = std::make_unique<CacheDb>(std::move(opened).value());
        const qint64 source = SourceRepository(cache->db())
                                  .ensure(QStringLiteral("bench"), QStringLiteral("file"), SourceInfo::Backing::Records)
                                  .value();
        state.ResumeTiming();
        {
            RecordWriter w(cache->db(), source);
            bool ok = w.begin().ok();
            for (qsizetype i = 0; ok && i < records.size(); i += batchSize)
                ok = w.write(records.mid(i, batchSize)).ok();
            if (!ok || !w.commit().ok()) {
                state.SkipWithError("the write failed");
                return;
            }
        }
        // Closing (and its final checkpoint) is not the writer's time, as in BM_RecordWriterLogs.
        state.PauseTiming();
        cache.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * records.size());
}

/**
 * SQLite's own ceiling for the writer's kind of row: rollup_pairs-shaped rows (a 7-integer key, WITHOUT ROWID, 7
 * counters) upserted through qs_batch in sorted batches of the importer's size, as RecordWriter's sinks do, into a
 * file set up as BM_BareInsert's, with none of the writer's code around it. Argument 0 appends every row after the
 * last (the best case); 1 scatters each batch's rows over one day's 2,000 keys, as a day's requests fall on its
 * tokens (the writer's case: a batch inserts between the rows of earlier batches). Items are rows (B-tree
 * entries); scripts/dev.sh bench compares them with BM_RecordWriterLogs' rollup_entries_per_request.
 */
void BM_UpsertCeiling(benchmark::State &state)
{
    constexpr qint64 Rows = 1000000;
    constexpr qint64 RowsPerDay = 11000;
    const size_t batchSize = size_t(ImportOptions().batchSize);
    const bool scattered = state.range(0) == 1;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto conn = SqliteConnection::open(dir.filePath(QStringLiteral("ceiling.sqlite")),
            SqliteConnection::Mode::ReadWriteCreate);
        sqlite3 *db = conn.value().handle();
        SqliteStatement upsert;
        if (!SqliteStatement::exec(db,
                (benchFileSettings(8192)
                    + "CREATE TABLE c(dimension INTEGER NOT NULL, day INTEGER NOT NULL, key INTEGER NOT "
                "NULL, type INTEGER NOT NULL, bucket INTEGER NOT NULL, source_id INTEGER NOT NULL, model INTEGER NOT "
                "NULL, requests INTEGER NOT NULL, quota INTEGER NOT NULL, prompt_tokens INTEGER NOT NULL, "
                "completion_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL, cache_write_tokens INTEGER "
                "NOT NULL, unsplit_tokens INTEGER NOT NULL, PRIMARY KEY(dimension, day, key, type, bucket, "
                "source_id, model)) WITHOUT ROWID")
                    .constData())
            || !BatchTable::install(db)
            || !upsert.prepare(db,
                "INSERT INTO c SELECT c0, c1, c2, c3, c4, ?2, c5, c6, c7, c8, c9, c10, c11, c12 FROM qs_batch(?1) "
                "WHERE true ON CONFLICT(dimension, day, key, type, bucket, source_id, model) DO UPDATE SET "
                "requests = requests + excluded.requests, quota = quota + excluded.quota")) {
            state.SkipWithError("cannot set up the table");
            return;
        }
        QRandomGenerator rng(7);
        std::vector<std::array<qint64, 13>> rows(batchSize);
        IntRows batch(13);
        state.ResumeTiming();
        SqliteStatement::exec(db, "BEGIN");
        for (qint64 first = 0; first < Rows; first += qint64(batchSize)) {
            for (size_t i = 0; i < batchSize; ++i) {
                const qint64 n = first + qint64(i);
                const qint64 day = n / RowsPerDay;
                const qint64 bucket = day * 86400 + (n % RowsPerDay) * 86400 / RowsPerDay / 900 * 900;
                const qint64 key = scattered ? qint64(rng.bounded(2000)) : n;
                rows[i] = { 3, day, key, 2, bucket, qint64(rng.bounded(30)), 1, 1200, 900, 300, 0, 0, 0 };
            }
            std::sort(rows.begin(), rows.end());
            batch.clear();
            for (const auto &r : rows)
                std::copy(r.begin(), r.end(), batch.append());
            if (!BatchTable::run(upsert, &batch, 1, QStringLiteral("upserting"))) {
                state.SkipWithError("the upsert failed");
                return;
            }
        }
        SqliteStatement::exec(db, "COMMIT");
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}

} // namespace

BENCHMARK(BM_RecordWriterPageSize)
    ->ArgName("page")
    ->Arg(4096)
    ->Arg(8192)
    ->Arg(16384)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

BENCHMARK(BM_UpsertCeiling)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK(BM_BareInsert)
    ->ArgNames({ "layout", "page", "bulk" })
    ->ArgsProduct({ { NoIndex, TextIdentity, SequentialKey, HashedKey, TextIdentityTimeIndexes,
                        SequentialKeyTimeIndexes },
        { 8192 }, { 1 } })
    ->Args({ TextIdentityTimeIndexes, 4096, 1 })
    ->Args({ TextIdentityTimeIndexes, 16384, 1 })
    ->Args({ TextIdentityTimeIndexes, 8192, 0 })
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
