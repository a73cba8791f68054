#include "store/recordwriter.h"

#include "model/counters.h"
#include "store/cachedb.h"
#include "store/dimensiondictionary.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QMap>

#include <sqlite3.h>

#include <limits>
#include <tuple>

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

size_t qHash(const RollupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.bucket, k.type, k.model, k.user, k.token, k.channelId, k.channelName, k.group);
}

const char UpsertRollupSql[]
    = "INSERT INTO rollups(bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp, "
      "requests, quota, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
      "ON CONFLICT(bucket, source_id, type, model, user_name, token_name, channel_id, channel_name, grp) DO UPDATE SET "
      "requests = requests + excluded.requests, quota = quota + excluded.quota, "
      "prompt_tokens = prompt_tokens + excluded.prompt_tokens, "
      "completion_tokens = completion_tokens + excluded.completion_tokens, "
      "cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens, "
      "cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, "
      "unsplit_tokens = unsplit_tokens + excluded.unsplit_tokens";

const char UpsertKeySql[]
    = "INSERT INTO rollup_keys(dimension, type, bucket, source_id, key, requests, quota, prompt_tokens, "
      "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
      "ON CONFLICT(dimension, type, bucket, source_id, key) DO UPDATE SET "
      "requests = requests + excluded.requests, quota = quota + excluded.quota, "
      "prompt_tokens = prompt_tokens + excluded.prompt_tokens, "
      "completion_tokens = completion_tokens + excluded.completion_tokens, "
      "cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens, "
      "cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens, "
      "unsplit_tokens = unsplit_tokens + excluded.unsplit_tokens";

/// A rollup_keys row: one report key of one dimension.
struct KeyRow
{
    int dimension = 0;
    int type = 0;
    qint64 bucket = 0;
    qint64 key = 0;

    bool operator==(const KeyRow &o) const
    {
        return dimension == o.dimension && type == o.type && bucket == o.bucket && key == o.key;
    }
};

size_t qHash(const KeyRow &k, size_t seed = 0)
{
    return qHashMulti(seed, k.dimension, k.type, k.bucket, k.key);
}

void bindRollup(SqliteStatement &st, qint64 sourceId, const RollupKey &k, const Counters &c)
{
    st.reset();
    st.bind(1, k.bucket);
    st.bind(2, sourceId);
    st.bind(3, qint64(k.type));
    st.bind(4, k.model);
    st.bind(5, k.user);
    st.bind(6, k.token);
    st.bind(7, k.channelId);
    st.bind(8, k.channelName);
    st.bind(9, k.group);
    st.bind(10, c.requests);
    st.bind(11, c.quota);
    st.bind(12, c.promptTokens);
    st.bind(13, c.completionTokens);
    st.bind(14, c.cacheReadTokens);
    st.bind(15, c.cacheWriteTokens);
    st.bind(16, c.unsplitTokens);
}

/// Writes one batch of rollup deltas to both rollup tables.
class RollupSink
{
public:
    RollupSink(sqlite3 *db, qint64 sourceId, DimensionDictionary *dims)
        : m_db(db)
        , m_sourceId(sourceId)
        , m_dims(dims)
    { }

    Result<void> flush(const QHash<RollupKey, Counters> &deltas)
    {
        if (!m_rollup.isPrepared()) {
            auto r = m_rollup.prepare(m_db, UpsertRollupSql);
            if (r)
                r = m_keys.prepare(m_db, UpsertKeySql);
            if (!r)
                return r;
        }
        m_keyDeltas.clear();
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            const RollupKey &k = it.key();
            bindRollup(m_rollup, m_sourceId, k, it.value());
            m_rollup.step();
            if (!m_rollup.ok())
                return m_rollup.error(QStringLiteral("updating rollups"));
            // Reports show a nameless channel by its id.
            qint64 channelKey = k.channelName;
            if (channelKey == 0) {
                const auto id = m_dims->intern(QString::number(k.channelId));
                if (!id)
                    return id.error();
                channelKey = id.value();
            }
            const qint64 keys[] = { 0, k.model, k.user, k.token, channelKey, k.group };
            for (int d = 0; d < 6; ++d)
                m_keyDeltas[KeyRow { d, k.type, k.bucket, keys[d] }] += it.value();
        }
        for (auto it = m_keyDeltas.cbegin(); it != m_keyDeltas.cend(); ++it) {
            const KeyRow &k = it.key();
            const Counters &c = it.value();
            m_keys.reset();
            m_keys.bind(1, qint64(k.dimension));
            m_keys.bind(2, qint64(k.type));
            m_keys.bind(3, k.bucket);
            m_keys.bind(4, m_sourceId);
            m_keys.bind(5, k.key);
            m_keys.bind(6, c.requests);
            m_keys.bind(7, c.quota);
            m_keys.bind(8, c.promptTokens);
            m_keys.bind(9, c.completionTokens);
            m_keys.bind(10, c.cacheReadTokens);
            m_keys.bind(11, c.cacheWriteTokens);
            m_keys.bind(12, c.unsplitTokens);
            m_keys.step();
            if (!m_keys.ok())
                return m_keys.error(QStringLiteral("updating rollups"));
        }
        m_keyDeltas.clear();
        return {};
    }

private:
    sqlite3 *m_db;
    qint64 m_sourceId;
    DimensionDictionary *m_dims;
    SqliteStatement m_rollup;
    SqliteStatement m_keys;
    QHash<KeyRow, Counters> m_keyDeltas;
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

/// The shared transaction handling of both writers.
class Transaction
{
public:
    Transaction(QSqlDatabase db, qint64 sourceId, const char *backing)
        : m_qdb(std::move(db))
        , m_db(SqliteStatement::handle(m_qdb))
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
        const auto begun = SqliteStatement::exec(m_db, "BEGIN IMMEDIATE");
        if (!begun)
            return begun;
        m_active = true;
        m_failed = false;
        return {};
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
        const auto done = SqliteStatement::exec(m_db, "COMMIT");
        if (!done)
            return fail(done.error());
        m_active = false;
        return {};
    }

    void rollback()
    {
        if (m_active && !m_failed)
            SqliteStatement::exec(m_db, "ROLLBACK");
        m_active = false;
        m_failed = false;
    }

    sqlite3 *db() const { return m_db; }
    qint64 sourceId() const { return m_sourceId; }

private:
    QSqlDatabase m_qdb; // keeps the connection alive while the raw handle is in use
    sqlite3 *m_db;
    qint64 m_sourceId;
    const char *m_backing;
    bool m_active = false;
    bool m_failed = false;
};

} // namespace

struct RecordWriter::Private
{
    Private(QSqlDatabase db, qint64 sourceId)
        : tx(std::move(db), sourceId, "records")
        , dims(tx.db())
        , sink(tx.db(), sourceId, &dims)
    { }

    Result<void> prepare();
    Result<WriteStats> write(const QList<UsageRecord> &records);

    Transaction tx;
    DimensionDictionary dims;
    RollupSink sink;
    SqliteStatement insert;
    SqliteStatement count;
    SqliteStatement minutes;
    QHash<QPair<int, qint64>, qint64> minuteDeltas; // (type, minute start) -> requests
    QHash<RollupKey, Counters> deltas;
};

Result<void> RecordWriter::Private::prepare()
{
    if (insert.isPrepared())
        return {};
    auto r = insert.prepare(tx.db(),
        "INSERT INTO usage_records(source_id, identity, gateway_id, created_at, type, user_id, user_name, token_id, "
        "token_name, model, channel_id, channel_name, grp, quota, prompt_tokens, completion_tokens, "
        "cache_read_tokens, cache_write_tokens, use_time_ms, is_stream, request_id, ip, content, other) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
        "?22, ?23, ?24) ON CONFLICT(source_id, identity) DO NOTHING");
    if (r)
        r = count.prepare(tx.db(), "UPDATE sources SET record_count = record_count + ?1 WHERE id = ?2");
    if (r) {
        r = minutes.prepare(tx.db(),
            "INSERT INTO minute_counts(type, minute, source_id, requests) VALUES (?1, ?2, ?3, "
            "?4) ON CONFLICT(type, minute, source_id) DO UPDATE SET requests = requests + "
            "excluded.requests");
    }
    return r;
}

Result<WriteStats> RecordWriter::Private::write(const QList<UsageRecord> &records)
{
    WriteStats stats;
    deltas.clear();
    minuteDeltas.clear();
    sqlite3 *db = tx.db();
    const qint64 sourceId = tx.sourceId();
    for (const UsageRecord &r : records) {
        if (r.identity.isEmpty()) {
            return Error(
                QStringLiteral("a record created at %1 has no identity; the importer must assign one").arg(r.createdAt),
                Error::Kind::Usage);
        }
        insert.reset();
        insert.bind(1, sourceId);
        insert.bind(2, r.identity);
        insert.bind(3, r.gatewayId);
        insert.bind(4, r.createdAt);
        insert.bind(5, qint64(r.type));
        insert.bind(6, r.userId);
        insert.bind(7, r.userName);
        insert.bind(8, r.tokenId);
        insert.bind(9, r.tokenName);
        insert.bind(10, r.model);
        insert.bind(11, r.channelId);
        insert.bind(12, r.channelName);
        insert.bind(13, r.group);
        insert.bind(14, r.quota);
        insert.bind(15, r.promptTokens);
        insert.bind(16, r.completionTokens);
        insert.bind(17, r.cacheReadTokens);
        insert.bind(18, r.cacheWriteTokens);
        insert.bind(19, r.useTimeMs);
        insert.bind(20, qint64(r.isStream ? 1 : 0));
        insert.bind(21, r.requestId);
        insert.bind(22, r.ip);
        insert.bind(23, r.content);
        insert.bind(24, r.other);
        const qint64 before = sqlite3_total_changes64(db);
        insert.step();
        if (!insert.ok())
            return insert.error(QStringLiteral("storing record %1").arg(r.identity));
        if (sqlite3_total_changes64(db) == before) {
            ++stats.duplicates;
            continue;
        }
        ++stats.added;

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
        minuteDeltas[qMakePair(r.type, r.createdAt - ((r.createdAt % 60) + 60) % 60)] += 1;
        Counters &c = deltas[k];
        c.requests += 1;
        c.quota += r.quota;
        c.promptTokens += r.promptTokens;
        c.completionTokens += r.completionTokens;
        c.cacheReadTokens += r.cacheReadTokens;
        c.cacheWriteTokens += r.cacheWriteTokens;
    }
    const auto flushed = sink.flush(deltas);
    if (!flushed)
        return flushed.error();
    deltas.clear();
    for (auto it = minuteDeltas.cbegin(); it != minuteDeltas.cend(); ++it) {
        minutes.reset();
        minutes.bind(1, qint64(it.key().first));
        minutes.bind(2, it.key().second);
        minutes.bind(3, sourceId);
        minutes.bind(4, it.value());
        minutes.step();
        if (!minutes.ok())
            return minutes.error(QStringLiteral("updating minute counts"));
    }
    minuteDeltas.clear();
    if (stats.added > 0) {
        count.reset();
        count.bind(1, stats.added);
        count.bind(2, sourceId);
        count.step();
        if (!count.ok())
            return count.error(QStringLiteral("updating the record count"));
    }
    return stats;
}

RecordWriter::RecordWriter(QSqlDatabase db, qint64 sourceId)
    : d(std::make_unique<Private>(std::move(db), sourceId))
{ }

RecordWriter::~RecordWriter() = default;

Result<void> RecordWriter::begin()
{
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
    return d->tx.commit();
}

void RecordWriter::rollback()
{
    d->tx.rollback();
}

struct AggregateWriter::Private
{
    Private(QSqlDatabase db, qint64 sourceId)
        : tx(std::move(db), sourceId, "aggregate")
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
        c.requests += b.requests;
        c.quota += b.quota;
        c.unsplitTokens += b.tokens;
    }

    sqlite3 *db = tx.db();
    const qint64 sourceId = tx.sourceId();
    SqliteStatement delRollups, delKeys;
    auto r = delRollups.prepare(db, "DELETE FROM rollups WHERE source_id = ?1 AND bucket >= ?2 AND bucket <= ?3");
    if (r)
        r = delKeys.prepare(db, "DELETE FROM rollup_keys WHERE source_id = ?1 AND bucket >= ?2 AND bucket <= ?3");
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
        return {};
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

    QHash<RollupKey, Counters> rows;
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
        rows.insert(k, it.value());
    }
    r = RollupSink(db, sourceId, &dims).flush(rows);
    if (!r)
        return r.error();
    return qint64(sums.size());
}

AggregateWriter::AggregateWriter(QSqlDatabase db, qint64 sourceId)
    : d(std::make_unique<Private>(std::move(db), sourceId))
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
}

Result<VerifyReport> verifyRollups(QSqlDatabase qdb, qint64 sourceId)
{
    sqlite3 *db = SqliteStatement::handle(qdb);
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

    // Both sides as (source, bucket, type, names..., counters); EXCEPT in both directions yields every row that
    // is missing, extra or different. The recomputation runs entirely inside SQLite, so memory stays flat.
    const QByteArray recordSources
        = "SELECT id FROM sources WHERE backing = 'records'" + (sourceId != 0 ? QByteArray(" AND id = ?1") : "");
    const QByteArray recomputed
        = "SELECT source_id, created_at - ((created_at % 900) + 900) % 900, type, model, user_name, token_name, "
          "channel_id, channel_name, grp, count(*), sum(quota), sum(prompt_tokens), sum(completion_tokens), "
          "sum(cache_read_tokens), sum(cache_write_tokens), 0 FROM usage_records WHERE source_id IN ("
        + recordSources + ") GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9";
    const QByteArray stored
        = "SELECT r.source_id, r.bucket, r.type, m.value, u.value, t.value, r.channel_id, c.value, g.value, "
          "r.requests, "
          "r.quota, r.prompt_tokens, r.completion_tokens, r.cache_read_tokens, r.cache_write_tokens, r.unsplit_tokens "
          "FROM rollups r JOIN dims m ON m.id = r.model JOIN dims u ON u.id = r.user_name JOIN dims t ON "
          "t.id = r.token_name JOIN dims c ON c.id = r.channel_name JOIN dims g ON g.id = r.grp WHERE r.source_id IN ("
        + recordSources + ")";
    r = st.prepare(db,
        "SELECT 'recomputed', * FROM (" + recomputed + " EXCEPT " + stored
            + ") UNION ALL "
              "SELECT 'stored', * FROM ("
            + stored + " EXCEPT " + recomputed
            + ") ORDER BY 2, 3, 4, 5, "
              "6, 7, 8, 9, 10, 1");
    if (!r)
        return r.error();
    if (sourceId != 0)
        st.bind(1, sourceId);
    constexpr int MaxDetails = 50;
    QString lastKey;
    while (st.step()) {
        QStringList keyParts;
        for (int i = 1; i <= 9; ++i)
            keyParts << st.text(i);
        const QString key = keyParts.join(QLatin1Char('|'));
        if (key != lastKey)
            ++report.mismatches;
        lastKey = key;
        if (report.details.size() < MaxDetails) {
            report.details << QStringLiteral("%1: source %2 bucket %3 type %4 model \"%5\" user \"%6\" token \"%7\" "
                                             "channel %8 \"%9\"")
                                  .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                      st.text(6), st.text(7), st.text(8))
                    + QStringLiteral(" group \"%1\": requests %2 quota %3 prompt %4 completion %5 cache read %6 "
                                     "cache write %7 unsplit %8")
                          .arg(st.text(9), st.text(10), st.text(11), st.text(12), st.text(13), st.text(14), st.text(15),
                              st.text(16));
        }
    }
    if (!st.ok())
        return st.error(QStringLiteral("verifying rollups"));

    // rollup_keys must hold each dimension's sums of rollups.
    const QByteArray sums = "sum(requests), sum(quota), sum(prompt_tokens), sum(completion_tokens), "
                            "sum(cache_read_tokens), sum(cache_write_tokens), sum(unsplit_tokens)";
    const QByteArray base
        = "(SELECT type, bucket, source_id, model, user_name, token_name, grp, requests, quota, prompt_tokens, "
          "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens, CASE WHEN channel_name = 0 THEN "
          "coalesce((SELECT id FROM dims WHERE value = CAST(channel_id AS TEXT)), -1) ELSE channel_name END AS "
          "channel_key FROM rollups WHERE source_id IN ("
        + recordSources + "))";
    QByteArrayList derived;
    const char *const keyColumns[] = { "0", "model", "user_name", "token_name", "channel_key", "grp" };
    for (int d = 0; d < 6; ++d) {
        derived << "SELECT " + QByteArray::number(d) + ", type, bucket, source_id, " + keyColumns[d] + ", " + sums
                + " FROM " + base + " GROUP BY type, bucket, source_id"
                + (d == 0 ? "" : ", " + QByteArray(keyColumns[d]));
    }
    const QByteArray fromRollups = "SELECT * FROM (" + derived.join(" UNION ALL ") + ")";
    const QByteArray storedKeys
        = "SELECT dimension, type, bucket, source_id, key, requests, quota, prompt_tokens, completion_tokens, "
          "cache_read_tokens, cache_write_tokens, unsplit_tokens FROM rollup_keys WHERE source_id IN ("
        + recordSources + ")";
    r = st.prepare(db,
        "SELECT 'from rollups', * FROM (" + fromRollups + " EXCEPT " + storedKeys
            + ") UNION ALL SELECT 'rollup_keys', * FROM (" + storedKeys + " EXCEPT " + fromRollups
            + ") ORDER BY 2, 3, 4, 5, 6, 1");
    if (!r)
        return r.error();
    if (sourceId != 0)
        st.bind(1, sourceId);
    lastKey.clear();
    while (st.step()) {
        const QString key = QStringList { st.text(1), st.text(2), st.text(3), st.text(4), st.text(5) }.join(u'|');
        if (key != lastKey)
            ++report.mismatches;
        lastKey = key;
        if (report.details.size() < MaxDetails) {
            report.details << QStringLiteral("%1: dimension %2 type %3 bucket %4 source %5 key id %6: requests %7 "
                                             "quota %8")
                                  .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                      st.text(6), st.text(7));
        }
    }
    if (!st.ok())
        return st.error(QStringLiteral("verifying rollups"));

    // minute_counts must hold the records per calendar minute.
    const QByteArray perMinute
        = "SELECT type, created_at - ((created_at % 60) + 60) % 60 AS minute, source_id, count(*) FROM "
          "usage_records WHERE source_id IN ("
        + recordSources + ") GROUP BY 1, 2, 3";
    const QByteArray storedMinutes
        = "SELECT type, minute, source_id, requests FROM minute_counts WHERE source_id IN (" + recordSources + ")";
    r = st.prepare(db,
        "SELECT count(*) FROM (SELECT type, minute, source_id FROM (SELECT * FROM (" + perMinute + " EXCEPT "
            + storedMinutes + ") UNION ALL SELECT * FROM (" + storedMinutes + " EXCEPT " + perMinute
            + ")) GROUP BY 1, 2, 3)");
    if (!r)
        return r.error();
    if (sourceId != 0)
        st.bind(1, sourceId);
    if (!st.step())
        return st.error(QStringLiteral("verifying minute counts"));
    if (st.int64(0) > 0) {
        report.mismatches += st.int64(0);
        report.details << QStringLiteral("%1 minute counts disagree with the records").arg(st.int64(0));
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
