/*
 * The cache writer's bounds: how fast SQLite on this machine stores rows of the cache's record width at all
 * (a bare prepared INSERT of pre-encoded values, no rollups), per index layout and page size, next to the
 * RecordWriter with every rollup on the same rows (BM_RecordWriterLogs in bench_store.cpp).
 * Rows: benchLogRecords(), so QS_BENCH_LOGS must name a file written by tests/bench/genlogs.py.
 */
#include "benchlogs.h"

#include "store/sqlitestatement.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sqlite3.h>

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
                &r.requestId, &r.ip, &r.content, &r.other };
            for (int i = 0; i < 10; ++i)
                e.text[i] = texts[i]->toStdString();
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

enum Layout {
    NoIndex, ///< the rowid table alone
    TextIdentity, ///< + UNIQUE(source_id, identity), as schema version 3
    SequentialKey, ///< + UNIQUE(source_id, key) on an integer that grows with the rows (a gateway log id)
    HashedKey, ///< + UNIQUE(source_id, key) on a 64-bit hash of the identity
    TextIdentityTimeIndexes, ///< schema version 3: TextIdentity + the two time indexes
    SequentialKeyTimeIndexes, ///< SequentialKey + the two time indexes
};

/// Stores every row of encodedRecords() with one prepared single-row INSERT in one transaction, into a new
/// file of the given layout (range 0) and page size (range 1).
void BM_BareInsert(benchmark::State &state)
{
    const auto &rows = encodedRecords();
    if (rows.empty()) {
        state.SkipWithError("set QS_BENCH_LOGS to a file written by tests/bench/genlogs.py");
        return;
    }
    const auto layout = Layout(state.range(0));
    const qint64 pageSize = state.range(1);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto conn = SqliteConnection::open(dir.filePath(QStringLiteral("bare.sqlite")),
            SqliteConnection::Mode::ReadWriteCreate);
        sqlite3 *db = conn.value().handle();
        QByteArray setup = "PRAGMA page_size=" + QByteArray::number(pageSize)
            + "; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
              "CREATE TABLE r(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, identity TEXT NOT NULL, "
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
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db,
            "INSERT INTO r(source_id, identity, key, gateway_id, created_at, type, user_id, token_id, channel_id, "
            "quota, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, use_time_ms, "
            "is_stream, user_name, token_name, model, channel_name, grp, request_id, ip, content, other) VALUES "
            "(1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
            "?22, ?23, ?24) ON CONFLICT DO NOTHING",
            -1, &st, nullptr);
        state.ResumeTiming();
        SqliteStatement::exec(db, "BEGIN");
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
        SqliteStatement::exec(db, "COMMIT");
        state.PauseTiming();
        sqlite3_finalize(st);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * qint64(rows.size()));
}

} // namespace

BENCHMARK(BM_BareInsert)
    ->ArgNames({ "layout", "page" })
    ->ArgsProduct({ { NoIndex, TextIdentity, SequentialKey, HashedKey, TextIdentityTimeIndexes,
                        SequentialKeyTimeIndexes },
        { 4096 } })
    ->Args({ TextIdentityTimeIndexes, 8192 })
    ->Args({ TextIdentityTimeIndexes, 16384 })
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
