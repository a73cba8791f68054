#include "store/recordwriter.h"

#include "model/counters.h"
#include "store/batchtable.h"
#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/identitykey.h"
#include "store/minutekeys.h"
#include "store/othercodec.h"
#include "store/perfrollups.h"
#include "store/rollupdays.h"
#include "store/rolluppairs.h"
#include "store/rollupsql.h"
#include "store/sqlitestatement.h"
#include "store/zonedays.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringEncoder>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <future>
#include <limits>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace QuotaScope {

namespace {

/// The rollup row a record adds to; names are dictionary ids.
struct RollupKey
{
    qint64 bucket = 0;
    int type = 0;
    qint64 model = 0, user = 0, token = 0, channelId = 0, channelName = 0, group = 0;

    auto tie() const { return std::tie(bucket, type, model, user, token, channelId, channelName, group); }
    bool operator==(const RollupKey &o) const { return tie() == o.tie(); }
};

/*
 * Rollup deltas go in as one INSERT ... SELECT per batch from the qs_batch table (see batchtable.h), sorted in
 * primary-key order so that SQLite appends to the pages it has just written. "WHERE true" tells the parser
 * that ON CONFLICT starts the upsert clause rather than a join constraint.
 */
QByteArray upsertRollupSql()
{
    return "INSERT INTO rollups(bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp, "
      "requests, quota, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens) "
      "SELECT c0, ?2, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14 FROM qs_batch(?1) WHERE true "
      "ON CONFLICT(bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp) DO UPDATE "
      "SET "
        + RollupSql::checkedCounterAdds();
}

QByteArray upsertKeySql()
{
    return "INSERT INTO rollup_keys(dimension, type, bucket, source_id, key, requests, quota, prompt_tokens, "
      "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens) "
      "SELECT c0, c1, c2, ?2, c3, c4, c5, c6, c7, c8, c9, c10 FROM qs_batch(?1) WHERE true "
      "ON CONFLICT(dimension, type, bucket, source_id, key) DO UPDATE SET "
        + RollupSql::checkedCounterAdds();
}

const char UpsertMinuteSql[]
    = "INSERT INTO minute_counts(type, minute, source_id, requests) SELECT c0, c1, ?2, c2 FROM qs_batch(?1) "
      "WHERE true ON CONFLICT(type, minute, source_id) DO UPDATE SET requests = requests + excluded.requests";

const char InsertRecordsSql[]
    = "INSERT INTO usage_records(source_id, identity, gateway_id, created_at, type, user_id, user_name, token_id, "
      "token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, completion_tokens, "
      "cache_read_tokens, cache_write_tokens, use_time_ms, is_stream, request_id, ip, content, other, identity_key) "
      "SELECT ?2, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, "
      "c21, c22, c23 FROM qs_batch(?1) WHERE true ON CONFLICT(source_id, identity_key) DO NOTHING";

/// Runs work on another thread, where one can be started (else when its result is waited for): the CPU half of a
/// sink (its rows sorted and summed) while this thread writes other tables. Such work must touch nothing this thread
/// uses meanwhile; the connection stays with this thread.
template <typename Work>
auto alongside(Work &&work)
{
    return std::async(std::launch::async | std::launch::deferred, std::forward<Work>(work));
}

/// One record's (or one summed group's) contribution to a rollup row.
using RollupDelta = std::pair<RollupKey, Counters>;

/// A rollup_keys row: one report key of one dimension.
struct KeyRow
{
    int dimension = 0;
    int type = 0;
    qint64 bucket = 0;
    qint64 key = 0;
};

/*
 * Writes one batch of rollup deltas to both rollup tables. The deltas are sorted and summed in place rather than
 * gathered in hash maps: a batch arrives nearly in time order, and the sorted rows are what the inserts need
 * anyway (see tests/bench, BM_RecordWriterLogs). rollup_keys rows come from the sorted rollup rows one
 * (bucket, type) run at a time, where each dimension's keys are few.
 */
class RollupSink
{
public:
    RollupSink(sqlite3 *db, qint64 sourceId, DimensionDictionary *dims)
        : m_db(db)
        , m_sourceId(sourceId)
        , m_dims(dims)
    { }

    /// Adds deltas (in any order; a key may repeat) to the rollups. Reorders and shortens deltas.
    Result<void> flush(std::vector<RollupDelta> &deltas)
    {
        if (deltas.empty())
            return {};
        if (!m_rollup.isPrepared()) {
            auto r = BatchTable::install(m_db);
            if (r)
                r = m_rollup.prepare(m_db, upsertRollupSql());
            if (r)
                r = m_keys.prepare(m_db, upsertKeySql());
            if (!r)
                return r;
        }
        std::sort(deltas.begin(), deltas.end(),
            [](const RollupDelta &a, const RollupDelta &b) { return a.first.tie() < b.first.tie(); });
        size_t unique = 0;
        for (size_t i = 0; i < deltas.size(); ++i) {
            if (unique > 0 && deltas[unique - 1].first == deltas[i].first) {
                if (!deltas[unique - 1].second.add(deltas[i].second))
                    return RollupSql::sumOverflow();
            } else {
                if (unique != i)
                    deltas[unique] = deltas[i];
                ++unique;
            }
        }
        deltas.resize(unique);

        m_rows.clear();
        for (const auto &[k, c] : deltas) {
            qint64 *v = m_rows.append();
            *v++ = k.bucket;
            *v++ = k.type;
            *v++ = k.model;
            *v++ = k.user;
            *v++ = k.token;
            *v++ = k.channelId;
            *v++ = k.channelName;
            *v++ = k.group;
            putCounters(v, c);
        }
        auto r = BatchTable::run(m_rollup, &m_rows, m_sourceId, QStringLiteral("updating rollups"));
        if (r)
            r = keyRows(deltas);
        if (!r)
            return r;
        // The pairs take the same channel keys as rollup_keys (keyRows() resolved them).
        for (size_t i = 0; i < deltas.size(); ++i) {
            const auto &[k, c] = deltas[i];
            m_pairs.add(k.type, k.bucket, k.model, { k.user, k.token, m_channelKeys[i], k.group }, c);
        }
        // The pairs are sorted and summed on another thread while this one writes rollup_keys and rollup_days.
        auto pairsPrepared = alongside([this] { return m_pairs.prepare(); });
        auto written = BatchTable::run(m_keys, &m_keyRows, m_sourceId, QStringLiteral("updating rollups"));
        if (written)
            written = m_days.flush(m_sourceId);
        auto pairs = pairsPrepared.get();
        if (!written)
            return written;
        if (!pairs)
            return pairs;
        return m_pairs.write(m_sourceId);
    }

    /// Writes what the pairs hold back across batches (their day rows); before the transaction commits.
    Result<void> finish() { return m_pairs.finish(m_sourceId); }
    /// Forgets it (the transaction was rolled back).
    void discard() { m_pairs.discard(); }

private:
    static constexpr int Dimensions = 6; // 0 none, 1 model, 2 user, 3 token, 4 channel, 5 group

    /// Fills m_keyRows from the sorted, summed rollup rows, in rollup_keys' primary-key order.
    Result<void> keyRows(const std::vector<RollupDelta> &deltas)
    {
        // Reports show a nameless channel by its id.
        m_channelKeys.resize(deltas.size());
        for (size_t i = 0; i < deltas.size(); ++i) {
            const RollupKey &k = deltas[i].first;
            const auto key = m_channelIdKeys.key(k.channelId, k.channelName);
            if (!key)
                return key.error();
            m_channelKeys[i] = key.value();
        }
        for (auto &rows : m_keyItems)
            rows.clear();
        for (size_t first = 0; first < deltas.size();) {
            const RollupKey &head = deltas[first].first;
            size_t end = first + 1;
            while (end < deltas.size() && deltas[end].first.bucket == head.bucket
                && deltas[end].first.type == head.type)
                ++end;
            for (int d = 0; d < Dimensions; ++d) {
                m_scratch.clear();
                for (size_t i = first; i < end; ++i) {
                    const RollupKey &k = deltas[i].first;
                    const qint64 keys[Dimensions] = { 0, k.model, k.user, k.token, m_channelKeys[i], k.group };
                    m_scratch.emplace_back(keys[d], i);
                }
                std::sort(m_scratch.begin(), m_scratch.end());
                for (size_t j = 0; j < m_scratch.size();) {
                    Counters sum = deltas[m_scratch[j].second].second;
                    size_t next = j + 1;
                    for (; next < m_scratch.size() && m_scratch[next].first == m_scratch[j].first; ++next) {
                        if (!sum.add(deltas[m_scratch[next].second].second))
                            return RollupSql::sumOverflow();
                    }
                    m_keyItems[d].push_back({ KeyRow { d, head.type, head.bucket, m_scratch[j].first }, sum });
                    j = next;
                }
            }
            first = end;
        }
        // Each dimension's rows are in (bucket, type, key) order; the key is (dimension, type, bucket, key). Every
        // dimension's rows go into rollup_days; rollup_keys stores the first ones only (RollupSql::keyRows()).
        m_keyRows.clear();
        for (auto &rows : m_keyItems) {
            std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
                return a.first.type < b.first.type;
            });
            for (const auto &[k, c] : rows) {
                m_days.add(k.dimension, k.type, k.bucket, k.key, c);
                if (k.dimension >= RollupSql::StoredKeyDimensions)
                    continue;
                qint64 *v = m_keyRows.append();
                *v++ = k.dimension;
                *v++ = k.type;
                *v++ = k.bucket;
                *v++ = k.key;
                putCounters(v, c);
            }
        }
        return {};
    }

    static void putCounters(qint64 *v, const Counters &c)
    {
        v[0] = c.requests;
        v[1] = c.quota;
        v[2] = c.promptTokens;
        v[3] = c.completionTokens;
        v[4] = c.cacheReadTokens;
        v[5] = c.cacheWriteTokens;
        v[6] = c.unsplitTokens;
    }

    sqlite3 *m_db;
    qint64 m_sourceId;
    DimensionDictionary *m_dims;
    SqliteStatement m_rollup;
    SqliteStatement m_keys;
    ChannelKeys m_channelIdKeys { m_dims };
    RollupPairSink m_pairs { m_db };
    RollupDaySink m_days { m_db };
    // Kept between batches so that their memory is reused; bounded by the batch size.
    std::vector<qint64> m_channelKeys;
    std::vector<std::pair<qint64, size_t>> m_scratch;
    std::vector<std::pair<KeyRow, Counters>> m_keyItems[Dimensions];
    IntRows m_rows { 15 };
    IntRows m_keyRows { 11 };
};

/// Each record's `other` as the batch stores it (see OtherEncoder): a span of bytes, or the record's own text.
struct StoredOthers
{
    struct Span
    {
        qsizetype at = 0;
        qsizetype size = -1; ///< -1: the record's text
    };
    QByteArray bytes;
    std::vector<Span> spans; // per record of the batch

    Result<void> encode(const QList<UsageRecord> &records, OtherEncoder *encoder)
    {
        bytes.resize(0); // keeps the buffer of the last batch
        spans.assign(size_t(records.size()), Span());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const qsizetype at = bytes.size();
            const auto encoded = encoder->encode(records[i].other, &bytes);
            if (!encoded)
                return encoded.error();
            if (encoded.value())
                spans[size_t(i)] = { at, bytes.size() - at };
        }
        return {};
    }
};

/// A batch of records as qs_batch rows: c0 to c23 are InsertRecordsSql's columns after source_id; keys holds
/// each record's identity_key, others (from index first on) how each record's `other` is stored.
class RecordRows : public BatchSource
{
public:
    RecordRows(const QList<UsageRecord> &records, const std::vector<qint64> &keys, const StoredOthers &others,
        qsizetype first = 0)
        : m_records(records)
        , m_keys(keys)
        , m_others(others)
        , m_first(first)
    { }

    qint64 rowCount() const override { return m_records.size(); }

    void column(sqlite3_context *ctx, qint64 row, int column) override
    {
        const UsageRecord &r = m_records[row];
        switch (column) {
        case 0:
            return text(ctx, r.identity);
        case 1:
            return sqlite3_result_int64(ctx, r.gatewayId);
        case 2:
            return sqlite3_result_int64(ctx, r.createdAt);
        case 3:
            return sqlite3_result_int64(ctx, r.type);
        case 4:
            return sqlite3_result_int64(ctx, r.userId);
        case 5:
            return text(ctx, r.userName);
        case 6:
            return sqlite3_result_int64(ctx, r.tokenId);
        case 7:
            return text(ctx, r.tokenName);
        case 8:
            return text(ctx, r.model);
        case 9:
            return sqlite3_result_int64(ctx, r.channelId);
        case 10:
            return text(ctx, r.channelName);
        case 11:
            return text(ctx, r.group);
        case 12:
            return sqlite3_result_int64(ctx, r.quota);
        case 13:
            return sqlite3_result_int64(ctx, r.promptTokens);
        case 14:
            return sqlite3_result_int64(ctx, r.completionTokens);
        case 15:
            return sqlite3_result_int64(ctx, r.cacheReadTokens);
        case 16:
            return sqlite3_result_int64(ctx, r.cacheWriteTokens);
        case 17:
            return sqlite3_result_int64(ctx, r.useTimeMs);
        case 18:
            return sqlite3_result_int64(ctx, r.isStream ? 1 : 0);
        case 19:
            return text(ctx, r.requestId);
        case 20:
            return text(ctx, r.ip);
        case 21:
            return text(ctx, r.content);
        case 22: {
            // Kept as UTF-8 (UsageRecord::other) or encoded, alive while the statement runs: no copy here.
            const StoredOthers::Span span = m_others.spans[size_t(m_first + row)];
            if (span.size >= 0)
                return sqlite3_result_blob(ctx, m_others.bytes.constData() + span.at, int(span.size), SQLITE_STATIC);
            return sqlite3_result_text(ctx, r.other.constData(), int(r.other.size()), SQLITE_STATIC);
        }
        case 23:
            return sqlite3_result_int64(ctx, m_keys[size_t(row)]);
        default:
            return sqlite3_result_null(ctx);
        }
    }

private:
    // Encodes into one reused buffer (SQLite copies it) instead of a new QByteArray per field.
    void text(sqlite3_context *ctx, const QString &value)
    {
        m_buffer.resize(m_encoder.requiredSpace(value.size()));
        const char *end = m_encoder.appendToBuffer(m_buffer.data(), value);
        sqlite3_result_text(ctx, m_buffer.constData(), int(end - m_buffer.constData()), SQLITE_TRANSIENT);
    }

    const QList<UsageRecord> &m_records;
    const std::vector<qint64> &m_keys;
    const StoredOthers &m_others;
    const qsizetype m_first;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    QByteArray m_buffer;
};

Result<QString> sourceBacking(sqlite3 *db, qint64 sourceId)
{
    SqliteStatement st;
    const auto prepared = st.prepare(db, "SELECT backing FROM sources WHERE id = ?1");
    if (!prepared)
        return prepared.error();
    st.bind(1, sourceId);
    if (st.step())
        return st.text(0);
    if (!st.ok())
        return st.error(QStringLiteral("reading sources"));
    return Error(QStringLiteral("no source with id %1 in the cache").arg(sourceId), Error::Kind::Usage);
}

Result<qint64> pragmaValue(sqlite3 *db, const char *sql)
{
    return SqliteStatement::int64Of(db, sql, QStringLiteral("reading the cache settings"));
}

/*
 * The page cache a write transaction gets. A batch appends to the tails of usage_records, the rollup tables and
 * their indexes; with SQLite's default of 2 MiB the pages keep being spilled to the WAL and read back (about a
 * sixth of the write time, see tests/bench). The cache is bounded, so memory stays flat however big the import,
 * and given back when the transaction ends. Since gateway log ids key the records (schema 9) the identity index
 * is appended to as well: 32 MiB measured the same CPU time as 64 MiB for a 1,000,000-row import (3 pairs of
 * runs, median ratio 0.98) and kept the import's peak RSS under 100 MB (85 against 119 MB). With logs whose
 * `other` is as long as the gateway writes it, a 10,000,000-row import peaked at 95.8 MiB (100.4 MB) with 32 MiB;
 * 24 MiB measured no slower (3 pairs at 1,000,000 rows, user CPU medians 18.9 against 20.9 s) and peaks at
 * 84-86 MiB at 1M and 10M rows.
 */
constexpr qint64 WriteCacheKiB = 24 * 1024;

/// The shared transaction handling of both writers.
class Transaction
{
public:
    Transaction(sqlite3 *db, qint64 sourceId, const char *backing)
        : m_db(db)
        , m_sourceId(sourceId)
        , m_backing(backing)
    { }
    ~Transaction() { rollback(); }

    Result<void> begin()
    {
        if (m_active)
            return Error(QStringLiteral("a cache write is already in progress"), Error::Kind::Usage);
        if (!m_db)
            return Error(QStringLiteral("the cache is not open"), Error::Kind::Database);
        const auto backing = sourceBacking(m_db, m_sourceId);
        if (!backing)
            return backing.error();
        if (backing.value() != QLatin1String(m_backing)) {
            return Error(QStringLiteral("source %1 holds %2 data; it cannot take %3 data")
                             .arg(m_sourceId)
                             .arg(backing.value(), QLatin1String(m_backing)),
                Error::Kind::Usage);
        }
        // IMMEDIATE takes the write lock now, so a busy cache fails here rather than halfway through a batch.
        // Inside a caller's transaction (an import that creates its source in it) the write is a savepoint of it.
        m_nested = !sqlite3_get_autocommit(m_db);
        const auto begun = SqliteStatement::exec(m_db, m_nested ? "SAVEPOINT cache_write" : "BEGIN IMMEDIATE");
        if (!begun)
            return begun;
        m_active = true;
        m_failed = false;
        const auto enlarged = enlargeCache();
        if (!enlarged)
            rollback();
        return enlarged;
    }

    Result<void> usable() const
    {
        if (!m_active)
            return Error(QStringLiteral("cache write used without begin()"), Error::Kind::Usage);
        if (m_failed)
            return Error(QStringLiteral("an earlier error rolled this cache write back"), Error::Kind::Database);
        return {};
    }

    /// A failed batch may have written part of its rows: undo everything so that commit cannot keep them.
    Error fail(const Error &e)
    {
        rollback();
        m_failed = true;
        m_active = true;
        return e;
    }

    Result<void> commit()
    {
        const auto u = usable();
        if (!u)
            return u;
        const auto done = SqliteStatement::exec(m_db, m_nested ? "RELEASE cache_write" : "COMMIT");
        if (!done)
            return fail(done.error());
        m_active = false;
        restoreCache();
        return {};
    }

    void rollback()
    {
        if (m_active && !m_failed)
            SqliteStatement::exec(m_db, m_nested ? "ROLLBACK TO cache_write; RELEASE cache_write" : "ROLLBACK");
        m_active = false;
        m_failed = false;
        restoreCache();
    }

    sqlite3 *db() const { return m_db; }
    qint64 sourceId() const { return m_sourceId; }

private:
    Result<void> enlargeCache()
    {
        const auto size = pragmaValue(m_db, "PRAGMA cache_size");
        const auto pageSize = size ? pragmaValue(m_db, "PRAGMA page_size") : Result<qint64>(size.error());
        if (!pageSize)
            return pageSize.error();
        // Positive sizes count pages, negative ones KiB.
        const qint64 kib = size.value() < 0 ? -size.value() : size.value() * pageSize.value() / 1024;
        if (kib >= WriteCacheKiB)
            return {};
        const QByteArray set = "PRAGMA cache_size = " + QByteArray::number(-WriteCacheKiB);
        const auto done = SqliteStatement::exec(m_db, set.constData());
        if (done)
            m_savedCacheSize = size.value();
        return done;
    }

    void restoreCache()
    {
        if (!m_savedCacheSize)
            return;
        const QByteArray set = "PRAGMA cache_size = " + QByteArray::number(*m_savedCacheSize);
        SqliteStatement::exec(m_db, set.constData());
        m_savedCacheSize.reset();
    }

    sqlite3 *m_db;
    qint64 m_sourceId;
    const char *m_backing;
    bool m_active = false;
    bool m_failed = false;
    bool m_nested = false; // a savepoint in the caller's transaction, committed with it
    std::optional<qint64> m_savedCacheSize; // set while the write cache is in effect
};

} // namespace

struct RecordWriter::Private
{
    Private(sqlite3 *db, qint64 sourceId)
        : tx(db, sourceId, "records")
        , dims(tx.db())
        , sink(tx.db(), sourceId, &dims)
    { }

    Result<void> prepare();
    Result<WriteStats> write(const QList<UsageRecord> &records);
    Result<void> markAdded(const QList<UsageRecord> &records, qint64 lastIdBefore);
    Result<qint64> storeCollisions(const QList<UsageRecord> &records);
    Result<void> flushMinutes();

    Transaction tx;
    DimensionDictionary dims;
    RollupSink sink;
    PerfRollups::Writer perf { tx.db(), &dims };
    ChannelKeys perfChannelKeys { &dims };
    MinuteKeySink minuteKeySink { tx.db(), &dims };
    OtherEncoder otherEncoder { tx.db() };
    StoredOthers others;
    SqliteStatement insert;
    SqliteStatement lastId;
    SqliteStatement addedSince;
    SqliteStatement count;
    SqliteStatement minutes;
    SqliteStatement identityAt;
    std::vector<qint64> keys; // IdentityKey::of() per record of the batch
    std::vector<std::pair<int, qint64>> minuteKeys; // (type, minute start) per record added
    std::vector<RollupDelta> deltas; // per record added
    std::vector<bool> added; // per record of a batch with duplicates: stored by this batch
    IntRows minuteRows { 3 };
};

Result<void> RecordWriter::Private::prepare()
{
    if (insert.isPrepared())
        return {};
    sqlite3 *db = tx.db();
    auto r = BatchTable::install(db);
    if (r)
        r = insert.prepare(db, InsertRecordsSql);
    if (r)
        r = lastId.prepare(db, "SELECT coalesce(max(id), 0) FROM usage_records");
    if (r)
        r = addedSince.prepare(db, "SELECT identity_key FROM usage_records WHERE id > ?1 ORDER BY id");
    if (r)
        r = identityAt.prepare(db, "SELECT identity FROM usage_records WHERE source_id = ?1 AND identity_key = ?2");
    if (r)
        r = count.prepare(db, "UPDATE sources SET record_count = record_count + ?1 WHERE id = ?2");
    if (r)
        r = minutes.prepare(db, UpsertMinuteSql);
    return r;
}

/*
 * A batch is stored by one INSERT ... SELECT, which reports only how many rows it added. The new rows get the
 * ids after lastIdBefore in input order (INTEGER PRIMARY KEY takes max + 1, and this transaction holds the
 * write lock), so they are a subsequence of the batch: matching their identity keys in order tells which
 * records were added and which were not. A key occurs at most once among the new rows, at its first
 * occurrence in the batch, so the first match is the right one.
 */
Result<void> RecordWriter::Private::markAdded(const QList<UsageRecord> &records, qint64 lastIdBefore)
{
    added.assign(size_t(records.size()), false);
    addedSince.reset();
    addedSince.bind(1, lastIdBefore);
    size_t next = 0;
    while (addedSince.step()) {
        const qint64 key = addedSince.int64(0);
        while (next < keys.size() && keys[next] != key)
            ++next;
        if (next == keys.size()) {
            return Error(
                QStringLiteral("cache: the stored record with identity key %1 is not in the batch being written").arg(key),
                Error::Kind::Database);
        }
        added[next++] = true;
    }
    if (!addedSince.ok())
        return addedSince.error(QStringLiteral("reading the records just stored"));
    addedSince.reset();
    return {};
}

/*
 * A record the batch insert did not add is a duplicate when its key is an exact gateway id. A hashed key only
 * names the record's home slot (see identitykey.h): the slots from there on are compared by identity text until
 * one holds the same identity (a duplicate) or is free, where the record is stored now. Returns how many
 * records were stored so; marks them in added.
 */
Result<qint64> RecordWriter::Private::storeCollisions(const QList<UsageRecord> &records)
{
    qint64 stored = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (added[i] || IdentityKey::isExact(keys[i]))
            continue;
        const UsageRecord &record = records[qsizetype(i)];
        qint64 slot = keys[i];
        bool duplicate = false;
        for (;;) {
            identityAt.reset();
            identityAt.bind(1, tx.sourceId());
            identityAt.bind(2, slot);
            if (!identityAt.step())
                break;
            if (identityAt.text(0) == record.identity) {
                duplicate = true;
                break;
            }
            slot = IdentityKey::next(slot);
        }
        if (!identityAt.ok())
            return identityAt.error(QStringLiteral("reading the stored identities"));
        identityAt.reset();
        if (duplicate)
            continue;
        const QList<UsageRecord> one { record };
        const std::vector<qint64> oneKey { slot };
        RecordRows row(one, oneKey, others, qsizetype(i));
        if (auto r = BatchTable::run(insert, &row, tx.sourceId(), QStringLiteral("storing records")); !r)
            return r.error();
        added[i] = true;
        ++stored;
    }
    return stored;
}

Result<void> RecordWriter::Private::flushMinutes()
{
    std::sort(minuteKeys.begin(), minuteKeys.end());
    minuteRows.clear();
    for (size_t i = 0; i < minuteKeys.size();) {
        size_t end = i + 1;
        while (end < minuteKeys.size() && minuteKeys[end] == minuteKeys[i])
            ++end;
        qint64 *v = minuteRows.append();
        v[0] = minuteKeys[i].first;
        v[1] = minuteKeys[i].second;
        v[2] = qint64(end - i);
        i = end;
    }
    return BatchTable::run(minutes, &minuteRows, tx.sourceId(), QStringLiteral("updating minute counts"));
}

Result<WriteStats> RecordWriter::Private::write(const QList<UsageRecord> &records)
{
    WriteStats stats;
    for (const UsageRecord &r : records) {
        if (r.identity.isEmpty()) {
            return Error(
                QStringLiteral("a record created at %1 has no identity; the importer must assign one").arg(r.createdAt),
                Error::Kind::Usage);
        }
    }
    if (records.isEmpty())
        return stats;
    const qint64 sourceId = tx.sourceId();

    lastId.reset();
    if (!lastId.step())
        return lastId.error(QStringLiteral("reading the record ids"));
    const qint64 lastIdBefore = lastId.int64(0);
    lastId.reset();
    keys.resize(size_t(records.size()));
    bool hashed = false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        keys[size_t(i)] = IdentityKey::of(records[i].identity);
        hashed = hashed || !IdentityKey::isExact(keys[size_t(i)]);
    }
    if (auto encoded = others.encode(records, &otherEncoder); !encoded)
        return encoded.error();
    RecordRows rows(records, keys, others);
    const auto inserted = BatchTable::run(insert, &rows, sourceId, QStringLiteral("storing records"));
    if (!inserted)
        return inserted.error();
    stats.added = insert.changes();
    stats.duplicates = records.size() - stats.added;
    if (stats.duplicates > 0) {
        const auto marked = markAdded(records, lastIdBefore);
        if (!marked)
            return marked.error();
        if (hashed) {
            const auto collided = storeCollisions(records);
            if (!collided)
                return collided.error();
            stats.added += collided.value();
            stats.duplicates -= collided.value();
        }
    }
    if (stats.added == 0)
        return stats;

    deltas.clear();
    minuteKeys.clear();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (stats.duplicates > 0 && !added[size_t(i)])
            continue;
        const UsageRecord &r = records[i];
        RollupKey k;
        k.bucket = CacheDb::rollupBucket(r.createdAt);
        k.type = r.type;
        k.channelId = r.channelId;
        for (auto [value, id] : { std::pair { &r.model, &k.model }, std::pair { &r.userName, &k.user },
                 std::pair { &r.tokenName, &k.token }, std::pair { &r.channelName, &k.channelName },
                 std::pair { &r.group, &k.group } }) {
            const auto interned = dims.intern(*value);
            if (!interned)
                return interned.error();
            *id = interned.value();
        }
        const auto channelKey = perfChannelKeys.key(k.channelId, k.channelName);
        if (!channelKey)
            return channelKey.error();
        perf.add(r, k.model, channelKey.value());
        minuteKeys.emplace_back(r.type, r.createdAt - ((r.createdAt % 60) + 60) % 60);
        if (auto counted
            = minuteKeySink.add(r.type, r.createdAt, k.model, k.user, k.token, k.channelId, k.channelName, k.group);
            !counted)
            return counted.error();
        Counters one;
        one.requests = 1;
        one.quota = r.quota;
        one.promptTokens = r.promptTokens;
        one.completionTokens = r.completionTokens;
        one.cacheReadTokens = r.cacheReadTokens;
        one.cacheWriteTokens = r.cacheWriteTokens;
        deltas.emplace_back(k, one);
    }
    // The per-key minute rows are sorted and packed, and the latency rows summed and sorted, on another thread
    // while this one writes the rollups.
    auto prepared = alongside([this] {
        minuteKeySink.prepare();
        perf.prepare();
    });
    auto flushed = sink.flush(deltas);
    prepared.wait();
    if (flushed)
        flushed = flushMinutes();
    if (flushed)
        flushed = minuteKeySink.write(sourceId);
    if (flushed)
        flushed = perf.write(sourceId);
    if (!flushed)
        return flushed.error();

    count.reset();
    count.bind(1, stats.added);
    count.bind(2, sourceId);
    count.step();
    if (!count.ok())
        return count.error(QStringLiteral("updating the record count"));
    return stats;
}

RecordWriter::RecordWriter(sqlite3 *db, qint64 sourceId)
    : d(std::make_unique<Private>(db, sourceId))
{ }

RecordWriter::~RecordWriter() = default;

Result<void> RecordWriter::begin()
{
    d->sink.discard();
    auto r = d->tx.begin();
    if (r) {
        r = d->prepare();
        if (!r)
            d->tx.rollback();
    }
    return r;
}

Result<WriteStats> RecordWriter::write(const QList<UsageRecord> &records)
{
    const auto u = d->tx.usable();
    if (!u)
        return u.error();
    auto written = d->write(records);
    if (!written)
        return d->tx.fail(written.error());
    return written;
}

Result<void> RecordWriter::commit()
{
    const auto u = d->tx.usable();
    if (!u)
        return u;
    if (auto finished = d->sink.finish(); !finished)
        return d->tx.fail(finished.error());
    return d->tx.commit();
}

void RecordWriter::rollback()
{
    d->sink.discard();
    d->tx.rollback();
    // A fresh state for the next begin(): the dictionary's and the sinks' cached ids may name rows the rollback
    // removed, and a failed batch may have left rows and records behind in the sinks.
    sqlite3 *db = d->tx.db();
    const qint64 sourceId = d->tx.sourceId();
    d = std::make_unique<Private>(db, sourceId);
}

struct AggregateWriter::Private
{
    Private(sqlite3 *db, qint64 sourceId)
        : tx(db, sourceId, "aggregate")
        , dims(tx.db())
    { }

    Result<qint64> replace(const QList<HourlyBucket> &buckets, qint64 fromHour, qint64 toHour);

    Transaction tx;
    DimensionDictionary dims;
};

Result<qint64> AggregateWriter::Private::replace(const QList<HourlyBucket> &buckets, qint64 fromHour, qint64 toHour)
{
    using Key = std::tuple<qint64, QString, QString>; // hour, user name, model
    QMap<Key, Counters> sums;
    for (const HourlyBucket &b : buckets) {
        if (b.hourStart % 3600 != 0) {
            return Error(QStringLiteral("hourly data for %1 / %2 starts at %3, which is not the start of an hour")
                             .arg(b.userName, b.model)
                             .arg(b.hourStart),
                Error::Kind::Parse);
        }
        Counters &c = sums[Key(b.hourStart, b.userName, b.model)];
        Counters one;
        one.requests = b.requests;
        one.quota = b.quota;
        one.unsplitTokens = b.tokens;
        if (!c.add(one))
            return RollupSql::sumOverflow();
    }

    sqlite3 *db = tx.db();
    const qint64 sourceId = tx.sourceId();
    SqliteStatement delRollups, delKeys;
    auto r = delRollups.prepare(db, "DELETE FROM rollups WHERE source_id = ?1 AND bucket >= ?2 AND bucket <= ?3");
    // Spelled out along rollup_keys' primary key (dimension, type, bucket, ...) so that it seeks instead of
    // scanning every source's rows: an aggregate source holds consumption rows only (see below).
    if (r) {
        r = delKeys.prepare(db,
            "DELETE FROM rollup_keys WHERE dimension IN (0, 1) AND type = " + QByteArray::number(int(LogType::Consume))
                + " AND bucket >= ?2 AND bucket <= ?3 AND source_id = ?1");
    }
    if (!r)
        return r.error();
    const auto deleteHours = [&](qint64 first, qint64 last) -> Result<void> {
        for (SqliteStatement *del : { &delRollups, &delKeys }) {
            del->reset();
            del->bind(1, sourceId);
            del->bind(2, first);
            del->bind(3, last);
            del->step();
            if (!del->ok())
                return del->error(QStringLiteral("replacing hourly data"));
        }
        if (auto pairs = RollupPairs::deleteBuckets(db, sourceId, first, last); !pairs)
            return pairs;
        return RollupDays::rederive(db, sourceId, first, last);
    };
    if (fromHour <= toHour) {
        r = deleteHours(fromHour, toHour);
        if (!r)
            return r.error();
    }
    qint64 lastDeleted = std::numeric_limits<qint64>::min();
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const qint64 hour = std::get<0>(it.key());
        if (hour == lastDeleted || (fromHour <= toHour && hour >= fromHour && hour <= toHour))
            continue;
        r = deleteHours(hour, hour);
        if (!r)
            return r.error();
        lastDeleted = hour;
    }

    std::vector<RollupDelta> rows;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        RollupKey k;
        k.bucket = std::get<0>(it.key());
        k.type = int(LogType::Consume);
        const auto user = dims.intern(std::get<1>(it.key()));
        const auto model = dims.intern(std::get<2>(it.key()));
        if (!user)
            return user.error();
        if (!model)
            return model.error();
        k.user = user.value();
        k.model = model.value();
        rows.emplace_back(k, it.value());
    }
    RollupSink sink(db, sourceId, &dims);
    r = sink.flush(rows);
    if (r)
        r = sink.finish();
    if (!r)
        return r.error();
    return qint64(sums.size());
}

AggregateWriter::AggregateWriter(sqlite3 *db, qint64 sourceId)
    : d(std::make_unique<Private>(db, sourceId))
{ }

AggregateWriter::~AggregateWriter() = default;

Result<void> AggregateWriter::begin()
{
    return d->tx.begin();
}

Result<qint64> AggregateWriter::replace(const QList<HourlyBucket> &buckets, qint64 fromHour, qint64 toHour)
{
    const auto u = d->tx.usable();
    if (!u)
        return u.error();
    auto written = d->replace(buckets, fromHour, toHour);
    if (!written)
        return d->tx.fail(written.error());
    return written;
}

Result<void> AggregateWriter::commit()
{
    return d->tx.commit();
}

void AggregateWriter::rollback()
{
    d->tx.rollback();
    // As RecordWriter::rollback(): the dictionary's cached ids may name rows the rollback removed.
    sqlite3 *db = d->tx.db();
    const qint64 sourceId = d->tx.sourceId();
    d = std::make_unique<Private>(db, sourceId);
}

namespace {

/// The rollups' key columns, in their primary key's order.
const QByteArray RollupsColumns = "bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp";

/**
 * The rollups rows that the records of the sources selected by sourcesSql imply, in RollupsColumns' order and then
 * the counters. A name missing from dims (never written so) gives a NULL id: a rebuild fails on it and verify
 * reports it, where an inner join would drop the record unseen.
 */
QByteArray rollupsFromRecordsSql(const QByteArray &sourcesSql)
{
    return "SELECT r.created_at - ((r.created_at % 900) + 900) % 900, r.source_id, r.type, m.id, u.id, t.id, "
           "r.channel_id, c.id, g.id, count(*), sum(r.quota), sum(r.prompt_tokens), sum(r.completion_tokens), "
           "sum(r.cache_read_tokens), sum(r.cache_write_tokens), 0 FROM usage_records r LEFT JOIN dims m ON m.value = "
           "r.model LEFT JOIN dims u ON u.value = r.user_name LEFT JOIN dims t ON t.value = r.token_name LEFT JOIN "
           "dims c ON c.value = r.channel_name LEFT JOIN dims g ON g.value = r.grp WHERE r.source_id IN ("
        + sourcesSql + ") GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9";
}

/**
 * One SELECT per stored rollup_keys dimension (0 totals, 1 model: RollupSql::StoredKeyDimensions), each grouped in
 * the table's key order after the dimension, (type, bucket, source_id, key), with orderBy appended when given.
 */
QByteArrayList rollupKeysPartsFromRollups(const QByteArray &sourcesSql, bool ordered)
{
    const QByteArray sums = RollupSql::counterSums();
    const QByteArray base = RollupSql::rollupsWithChannelKey(sourcesSql);
    QByteArrayList derived;
    const char *const keyColumns[] = { "0", "model" };
    static_assert(std::size(keyColumns) == RollupSql::StoredKeyDimensions);
    for (int d = 0; d < RollupSql::StoredKeyDimensions; ++d) {
        derived << "SELECT " + QByteArray::number(d) + ", type, bucket, source_id, " + keyColumns[d] + ", " + sums
                + " FROM " + base + " GROUP BY type, bucket, source_id"
                + (d == 0 ? "" : ", " + QByteArray(keyColumns[d]))
                + (ordered ? RollupSql::orderBy(2, d == 0 ? 4 : 5) : QByteArray());
    }
    return derived;
}

QByteArray rollupKeysFromRollupsSql(const QByteArray &sourcesSql)
{
    return "SELECT * FROM (" + rollupKeysPartsFromRollups(sourcesSql, false).join(" UNION ALL ") + ")";
}

} // namespace

Result<void> rebuildRollups(sqlite3 *db, const QByteArray &sourcesSql)
{
    // Every name of a stored record is in dims already (the writer put it there), so the joins find them all.
    const QString what = QStringLiteral("rebuilding rollups");
    if (auto done = RollupSql::replaceForSources(db, "rollups", RollupsColumns + (", " + RollupSql::counterColumns()),
            rollupsFromRecordsSql(sourcesSql), sourcesSql, what);
        !done)
        return done;
    if (auto done = RollupSql::replaceForSources(db, "rollup_keys",
            "dimension, type, bucket, source_id, key, " + RollupSql::counterColumns(),
            rollupKeysFromRollupsSql(sourcesSql), sourcesSql, what);
        !done)
        return done;
    // The migration to schema version 3 rebuilds rollups before version 6 creates rollup_pairs, version 8
    // rollup_days and minute_keys and version 11 rollup_pair_days (each migration fills its tables).
    const std::pair<const char *, Result<void> (*)(sqlite3 *, const QByteArray &)> derived[] = {
        { "rollup_pairs", RollupPairs::rebuild },
        { "rollup_pair_days", RollupPairs::rebuildDays },
        { "rollup_days", RollupDays::rebuild },
        { "minute_keys", MinuteKeys::rebuild },
    };
    for (const auto &[table, rebuild] : derived) {
        const auto exists = RollupSql::tableExists(db, table);
        if (!exists)
            return exists.error();
        if (!exists.value())
            continue;
        if (auto done = rebuild(db, sourcesSql); !done)
            return done;
    }
    return {};
}

namespace {

/*
 * Lets SQLite's sorter merge with helper threads while verify runs, and sets the connection back afterwards. Each
 * recomputation sorts up to millions of rows, which spill to sorted runs that the helpers sort and merge on the
 * other cores: measured on a million requests, a pair recomputation took 0.84 s instead of 1.20 s. (A larger page
 * cache instead keeps sorts in memory but single-threaded: 1.10 s.)
 */
class VerifyThreads
{
public:
    explicit VerifyThreads(sqlite3 *db)
        : m_db(db)
    {
        const auto current = pragmaValue(db, "PRAGMA threads");
        const int helpers = std::clamp(QThread::idealThreadCount() - 1, 0, 4);
        if (!current || current.value() >= helpers)
            return;
        const QByteArray set = "PRAGMA threads = " + QByteArray::number(helpers);
        if (SqliteStatement::exec(db, set.constData()))
            m_saved = current.value();
    }
    ~VerifyThreads()
    {
        if (!m_saved)
            return;
        const QByteArray set = "PRAGMA threads = " + QByteArray::number(*m_saved);
        SqliteStatement::exec(m_db, set.constData());
    }
    VerifyThreads(const VerifyThreads &) = delete;
    VerifyThreads &operator=(const VerifyThreads &) = delete;

private:
    sqlite3 *m_db;
    std::optional<qint64> m_saved;
};

/// A second, read-only connection to the cache's file, for the checks verify runs on another thread; none when the
/// cache has no file of its own (an in-memory database) or it cannot be opened, and the checks then run in turn.
class ReadConnection
{
public:
    /// None for a null db.
    explicit ReadConnection(sqlite3 *db)
    {
        const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
        if (!file || !*file)
            return;
        if (sqlite3_open_v2(file, &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_db, CacheDb::BusyTimeoutMs);
    }
    ~ReadConnection()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

/// One comparison of verifyRollups() on a connection: its mismatches, adding their lines to details.
using VerifyCheck = std::function<Result<qint64>(sqlite3 *db, QStringList *details)>;

/// What one check found.
struct CheckOutcome
{
    Result<qint64> mismatches = qint64(0);
    QStringList details;
};

} // namespace

Result<VerifyReport> verifyRollups(sqlite3 *db, qint64 sourceId)
{
    const VerifyThreads threads(db);
    VerifyReport report;
    SqliteStatement st;
    const QByteArray sourceFilter = sourceId != 0 ? QByteArray(" AND id = ?1") : QByteArray();
    auto r = st.prepare(
        db, "SELECT count(*), coalesce(sum(record_count), 0) FROM sources WHERE backing = 'records'" + sourceFilter);
    if (!r)
        return r.error();
    if (sourceId != 0)
        st.bind(1, sourceId);
    if (!st.step())
        return st.error(QStringLiteral("reading sources"));
    report.sourcesChecked = st.int64(0);

    // Every comparison below merges a recomputation with the stored table in key order (RollupSql::compare), so
    // memory stays flat and each side is read once.
    const QByteArray recordSources
        = "SELECT id FROM sources WHERE backing = 'records'" + (sourceId != 0 ? QByteArray(" AND id = ?1") : "");
    constexpr int MaxDetails = 50;

    // rollups must hold the records' sums per 15 minutes and full key.
    const VerifyCheck rollups = [&](sqlite3 *on, QStringList *details) {
        DimensionDictionary dims(on);
        const auto name = [&dims](const SqliteStatement &st, int column) {
            if (st.isNull(column))
                return QStringLiteral("(not in the dictionary)");
            const auto value = dims.value(st.int64(column));
            return value ? value.value() : value.error().message;
        };
        return RollupSql::compare(
            on, "recomputed", { rollupsFromRecordsSql(recordSources) + RollupSql::orderBy(1, 9) }, "stored",
            "SELECT " + RollupsColumns + ", " + RollupSql::counterColumns() + " FROM rollups WHERE source_id IN ("
                + recordSources + ")" + RollupSql::orderBy(1, 9),
            9, sourceId, details, MaxDetails,
            [&name](const SqliteStatement &st) {
                return QStringLiteral(
                           "source %1 bucket %2 type %3 model \"%4\" user \"%5\" token \"%6\" channel %7 \"%8\"")
                           .arg(st.text(1), st.text(0), st.text(2), name(st, 3), name(st, 4), name(st, 5), st.text(6),
                               name(st, 7))
                    + QStringLiteral(" group \"%1\": requests %2 quota %3 prompt %4 completion %5 cache read %6 "
                                     "cache write %7 unsplit %8")
                          .arg(name(st, 8), st.text(9), st.text(10), st.text(11), st.text(12), st.text(13), st.text(14),
                              st.text(15));
            },
            QStringLiteral("verifying rollups"));
    };
    // rollup_keys must hold the sums of rollups in total and per model (the other dimensions are the pairs').
    const VerifyCheck keys = [&](sqlite3 *on, QStringList *details) {
        return RollupSql::compare(
            on, "from rollups", rollupKeysPartsFromRollups(recordSources, true), "rollup_keys",
            "SELECT dimension, type, bucket, source_id, key, " + RollupSql::counterColumns()
                + " FROM rollup_keys WHERE source_id IN (" + recordSources + ")" + RollupSql::orderBy(1, 5),
            5, sourceId, details, MaxDetails,
            [](const SqliteStatement &st) {
                return QStringLiteral("dimension %1 type %2 bucket %3 source %4 key id %5: requests %6 quota %7")
                    .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6));
            },
            QStringLiteral("verifying rollups"));
    };
    // rollup_pairs must hold the sums of rollups per (key, model), and rollup_pair_days those per UTC day.
    const VerifyCheck pairs = [&](sqlite3 *on, QStringList *details) {
        return RollupPairs::verify(on, recordSources, sourceId, details, MaxDetails);
    };
    const VerifyCheck pairDays = [&](sqlite3 *on, QStringList *details) {
        return RollupPairs::verifyDays(on, recordSources, sourceId, details, MaxDetails);
    };
    // rollup_days must hold every dimension's key rows per UTC day, and rollup_zone_days the key rows per local day
    // for the days it has done.
    const VerifyCheck days = [&](sqlite3 *on, QStringList *details) {
        return RollupDays::verify(on, recordSources, sourceId, details, MaxDetails);
    };
    const VerifyCheck zoneDays = [&](sqlite3 *on, QStringList *details) {
        return ZoneDays::verify(on, recordSources, sourceId, details, MaxDetails);
    };
    // minute_keys must hold the records per minute and key (with the qs_minutes functions of the cache's own
    // connection), and minute_counts the records per calendar minute.
    const VerifyCheck minuteKeys = [&](sqlite3 *on, QStringList *details) {
        return MinuteKeys::verify(on, recordSources, sourceId, details, MaxDetails);
    };
    const VerifyCheck minutes = [&](sqlite3 *on, QStringList *details) {
        return RollupSql::compare(
            on, "records",
            { "SELECT type, created_at - ((created_at % 60) + 60) % 60 AS minute, source_id, count(*) FROM "
              "usage_records WHERE source_id IN ("
                + recordSources + ") GROUP BY 1, 2, 3" + RollupSql::orderBy(1, 3) },
            "minute_counts",
            "SELECT type, minute, source_id, requests FROM minute_counts WHERE source_id IN (" + recordSources + ")"
                + RollupSql::orderBy(1, 3),
            3, sourceId, details, MaxDetails,
            [](const SqliteStatement &st) {
                return QStringLiteral("type %1 minute %2 source %3: requests %4")
                    .arg(st.text(0), st.text(1), st.text(2), st.text(3));
            },
            QStringLiteral("verifying minute counts"));
    };

    /*
     * The checks read, they never write, and each compares its two sides within one statement pair, so they may
     * run on two connections at once: the pairs and the daily tables on a second, read-only connection in another
     * thread (they need none of the functions the cache's own connection registers), the rest here. In turn, on
     * one core, when no second connection can be opened, or inside a transaction, whose changes it would not see.
     * The report lists them in this order either way.
     */
    // In report order; `elsewhere`: on the second connection when there is one.
    const struct
    {
        const VerifyCheck *check;
        bool elsewhere;
    } plan[] = { { &rollups, false }, { &keys, false }, { &pairs, true }, { &pairDays, true }, { &days, true },
        { &zoneDays, true }, { &minuteKeys, false }, { &minutes, false } };
    std::vector<CheckOutcome> outcomes(std::size(plan));
    const ReadConnection second(sqlite3_get_autocommit(db) ? db : nullptr);
    const auto runAll = [&](sqlite3 *on, bool elsewhere) {
        for (size_t i = 0; i < std::size(plan); ++i) {
            if (plan[i].elsewhere == elsewhere || !second.db())
                outcomes[i].mismatches = (*plan[i].check)(on, &outcomes[i].details);
        }
    };
    std::thread other;
    if (second.db()) {
        other = std::thread([&] {
            const VerifyThreads sorterThreads(second.db());
            runAll(second.db(), true);
        });
    }
    runAll(db, false);
    if (other.joinable())
        other.join();
    for (CheckOutcome &out : outcomes) {
        if (!out.mismatches)
            return out.mismatches.error();
        report.mismatches += out.mismatches.value();
        for (const QString &line : std::as_const(out.details)) {
            if (report.details.size() < MaxDetails)
                report.details << line;
        }
    }

    r = st.prepare(db, "SELECT count(*) FROM usage_records WHERE source_id IN (" + recordSources + ")");
    if (!r)
        return r.error();
    if (sourceId != 0)
        st.bind(1, sourceId);
    if (!st.step())
        return st.error(QStringLiteral("counting records"));
    report.recordsChecked = st.int64(0);
    return report;
}

} // namespace QuotaScope
