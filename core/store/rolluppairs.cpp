#include "store/rolluppairs.h"

#include "store/rollupsql.h"

#include <QCoreApplication>

#include <algorithm>

namespace QuotaScope {

namespace {

const char Columns[] = "dimension, day, key, type, bucket, source_id, model, requests, quota, prompt_tokens, "
                       "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens";
const char DayColumns[] = "dimension, day, key, type, source_id, model, requests, quota, prompt_tokens, "
                          "completion_tokens, cache_read_tokens, cache_write_tokens, unsplit_tokens";

} // namespace

namespace {

/// One SELECT per dimension, in Dimensions' (ascending) order, each grouped in the table's key order after the
/// dimension: (day, key, type, bucket, source_id, model).
QByteArrayList partsFromRollups(const QByteArray &sourcesSql)
{
    const QByteArray base = RollupSql::rollupsWithChannelKey(sourcesSql);
    const char *const keyColumns[] = { "user_name", "token_name", "channel_key", "grp" };
    QByteArrayList derived;
    for (int i = 0; i < 4; ++i) {
        derived << "SELECT " + QByteArray::number(RollupPairs::Dimensions[i]) + ", bucket / 86400, " + keyColumns[i]
                + ", type, bucket, source_id, model, " + RollupSql::counterSums() + " FROM " + base
                + " GROUP BY 2, 3, 4, 5, 6, 7";
    }
    return derived;
}

} // namespace

QByteArray RollupPairs::fromRollupsSql(const QByteArray &sourcesSql)
{
    return "SELECT * FROM (" + partsFromRollups(sourcesSql).join(" UNION ALL ") + ")";
}

Result<void> RollupPairs::rebuild(sqlite3 *db, const QByteArray &sourcesSql)
{
    return RollupSql::replaceForSources(db, "rollup_pairs", Columns, fromRollupsSql(sourcesSql), sourcesSql, QStringLiteral("rebuilding rollup pairs"));
}

Result<qint64> RollupPairs::verify(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails)
{
    QByteArrayList implied = partsFromRollups(sourcesSql);
    for (QByteArray &part : implied)
        part += RollupSql::orderBy(2, 7);
    return RollupSql::compare(db, "from rollups", implied, "rollup_pairs",
        "SELECT " + QByteArray(Columns) + " FROM rollup_pairs WHERE source_id IN (" + sourcesSql + ")"
            + RollupSql::orderBy(1, 7),
        7, sourceId,
        details, maxDetails,
        [](const SqliteStatement &st) {
            return QStringLiteral("dimension %1 key id %2 type %3 bucket %4 source %5 model id %6: requests %7 quota %8")
                .arg(st.text(0), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7), st.text(8));
        },
        QStringLiteral("verifying rollup pairs"));
}

Result<void> RollupPairs::deleteBuckets(sqlite3 *db, qint64 sourceId, qint64 firstBucket, qint64 lastBucket)
{
    // Spelled out along the primary keys (dimension, day, ...) so that each seeks to the days of the range; the
    // days are then summed again from the pairs they have left.
    const QByteArray steps[] = {
        "DELETE FROM rollup_pairs WHERE dimension IN (2, 3, 4, 5) AND day >= ?2 / 86400 - 1 AND day <= ?3 / 86400 + 1 "
        "AND bucket >= ?2 AND bucket <= ?3 AND source_id = ?1",
        "DELETE FROM rollup_pair_days WHERE dimension IN (2, 3, 4, 5) AND day >= ?2 / 86400 AND day <= ?3 / 86400 "
        "AND source_id = ?1",
        "INSERT INTO rollup_pair_days(" + QByteArray(DayColumns) + ") SELECT dimension, day, key, type, source_id, "
            "model, " + RollupSql::counterSums() + " FROM rollup_pairs WHERE dimension IN (2, 3, 4, 5) AND day >= ?2 "
            "/ 86400 AND day <= ?3 / 86400 AND source_id = ?1 GROUP BY 1, 2, 3, 4, 5, 6",
    };
    for (const QByteArray &sql : steps) {
        SqliteStatement st;
        if (auto r = st.prepare(db, sql); !r)
            return r;
        st.bind(1, sourceId);
        st.bind(2, firstBucket);
        st.bind(3, lastBucket);
        st.step();
        if (!st.ok())
            return st.error(QStringLiteral("replacing hourly data"));
    }
    return {};
}

const char RollupPairs::DaysSchema[] = "CREATE TABLE IF NOT EXISTS rollup_pair_days("
                                       " dimension INTEGER NOT NULL,"
                                       " day INTEGER NOT NULL,"
                                       " key INTEGER NOT NULL,"
                                       " type INTEGER NOT NULL,"
                                       " source_id INTEGER NOT NULL,"
                                       " model INTEGER NOT NULL,"
                                       " requests INTEGER NOT NULL,"
                                       " quota INTEGER NOT NULL,"
                                       " prompt_tokens INTEGER NOT NULL,"
                                       " completion_tokens INTEGER NOT NULL,"
                                       " cache_read_tokens INTEGER NOT NULL,"
                                       " cache_write_tokens INTEGER NOT NULL,"
                                       " unsplit_tokens INTEGER NOT NULL,"
                                       " PRIMARY KEY(dimension, day, key, type, source_id, model)"
                                       ") WITHOUT ROWID";

QByteArray RollupPairs::daysFromPairsSql(const QByteArray &sourcesSql)
{
    return "SELECT dimension, day, key, type, source_id, model, " + RollupSql::counterSums()
        + " FROM rollup_pairs WHERE source_id IN (" + sourcesSql + ") GROUP BY 1, 2, 3, 4, 5, 6";
}

Result<void> RollupPairs::rebuildDays(sqlite3 *db, const QByteArray &sourcesSql)
{
    return RollupSql::replaceForSources(db, "rollup_pair_days", DayColumns, daysFromPairsSql(sourcesSql), sourcesSql,
        QStringLiteral("rebuilding daily rollup pairs"));
}

Result<qint64> RollupPairs::verifyDays(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails)
{
    // One part per dimension and day, in key order: rollup_pairs' key has the bucket between the key and the model,
    // so each part's GROUP BY sorts that day's rows. One GROUP BY over them all sorted every row in one temporary
    // tree, twice as slow at ten million requests (20.6 s against 10.1 s for the tokens).
    QByteArrayList implied;
    for (int dimension : Dimensions) {
        SqliteStatement span;
        if (auto r = span.prepare(db,
                "SELECT min(day), max(day) FROM rollup_pairs WHERE dimension = " + QByteArray::number(dimension));
            !r)
            return r.error();
        if (!span.step())
            return span.error(QStringLiteral("verifying daily rollup pairs"));
        if (span.isNull(0))
            continue;
        const qint64 first = span.int64(0);
        const qint64 last = span.int64(1);
        const QByteArray head = "SELECT dimension, day, key, type, source_id, model, " + RollupSql::counterSums()
            + " FROM rollup_pairs WHERE dimension = " + QByteArray::number(dimension);
        const QByteArray tail = " AND source_id IN (" + sourcesSql + ") GROUP BY 1, 2, 3, 4, 5, 6" + RollupSql::orderBy(1, 6);
        if (last - first > 4000) { // decades of sparse days: one part rather than thousands of empty ones
            implied << head + tail;
            continue;
        }
        for (qint64 day = first; day <= last; ++day)
            implied << head + " AND day = " + QByteArray::number(day) + tail;
    }
    if (implied.isEmpty())
        implied << daysFromPairsSql(sourcesSql) + RollupSql::orderBy(1, 6);
    return RollupSql::compare(db, "from rollup_pairs", implied,
        "rollup_pair_days",
        "SELECT " + QByteArray(DayColumns) + " FROM rollup_pair_days WHERE source_id IN (" + sourcesSql + ")"
            + RollupSql::orderBy(1, 6),
        6, sourceId, details, maxDetails,
        [](const SqliteStatement &st) {
            return QStringLiteral("dimension %1 day %2 key id %3 type %4 source %5 model id %6: requests %7 quota %8")
                .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7));
        },
        QStringLiteral("verifying daily rollup pairs"));
}

RollupPairSink::RollupPairSink(sqlite3 *db)
    : m_db(db)
{ }

void RollupPairSink::add(int type, qint64 bucket, qint64 model, const qint64 (&keys)[4], const Counters &c)
{
    for (int i = 0; i < 4; ++i)
        m_deltas[i].emplace_back(Row { bucket / 86400, keys[i], type, bucket, model }, c);
}

Result<void> RollupPairSink::flush(qint64 sourceId)
{
    if (auto prepared = prepare(); !prepared)
        return prepared;
    return write(sourceId);
}

Result<void> RollupPairSink::prepare()
{
    m_rows.clear();
    m_days.clear();
    const auto overflow = [this] {
        for (auto &d : m_deltas)
            d.clear();
        m_rows.clear();
        m_days.clear();
        return RollupSql::sumOverflow();
    };
    // In primary-key order, so that SQLite writes each page it visits once: the dimensions in turn, each one's
    // rows sorted and those with the same key summed. The day rows are gathered from the summed pair rows.
    for (int i = 0; i < 4; ++i) {
        auto &deltas = m_deltas[i];
        std::sort(deltas.begin(), deltas.end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
        for (size_t first = 0; first < deltas.size();) {
            Counters c = deltas[first].second;
            size_t next = first + 1;
            for (; next < deltas.size() && deltas[next].first == deltas[first].first; ++next) {
                if (!c.add(deltas[next].second))
                    return overflow();
            }
            const Row &k = deltas[first].first;
            m_days.emplace_back(DayRow { RollupPairs::Dimensions[i], k.day, k.key, k.type, k.model }, c);
            qint64 *v = m_rows.append();
            for (qint64 x : { qint64(RollupPairs::Dimensions[i]), k.day, k.key, qint64(k.type), k.bucket, k.model,
                     c.requests, c.quota, c.promptTokens, c.completionTokens, c.cacheReadTokens, c.cacheWriteTokens,
                     c.unsplitTokens })
                *v++ = x;
            first = next;
        }
        deltas.clear();
    }
    std::sort(m_days.begin(), m_days.end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
    return {};
}

Result<void> RollupPairSink::write(qint64 sourceId)
{
    if (m_rows.rowCount() == 0)
        return {};
    const auto dropPrepared = [this] {
        m_rows.clear();
        m_days.clear();
    };
    if (!m_upsert.isPrepared()) {
        auto r = BatchTable::install(m_db);
        if (r) {
            r = m_upsert.prepare(m_db,
                "INSERT INTO rollup_pairs(" + QByteArray(Columns)
                    + ") SELECT c0, c1, c2, c3, c4, ?2, c5, c6, c7, c8, c9, c10, c11, c12 FROM qs_batch(?1) WHERE true "
                      "ON CONFLICT(dimension, day, key, type, bucket, source_id, model) DO UPDATE SET "
                    + RollupSql::checkedCounterAdds());
        }
        if (r) {
            r = m_upsertDays.prepare(m_db,
                "INSERT INTO rollup_pair_days(" + QByteArray(DayColumns)
                    + ") SELECT c0, c1, c2, c3, ?2, c4, c5, c6, c7, c8, c9, c10, c11 FROM qs_batch(?1) WHERE true "
                      "ON CONFLICT(dimension, day, key, type, source_id, model) DO UPDATE SET "
                    + RollupSql::checkedCounterAdds());
        }
        if (!r) {
            dropPrepared();
            return r;
        }
    }
    // Another source's days go out first: the held-back rows are all one source's.
    if (m_pendingSource && *m_pendingSource != sourceId) {
        if (auto r = finish(*m_pendingSource); !r) {
            dropPrepared();
            return r;
        }
    }
    m_pendingSource = sourceId;
    auto upserted = BatchTable::run(m_upsert, &m_rows, sourceId, QStringLiteral("updating rollup pairs"));
    m_rows.clear();
    if (!upserted) {
        m_days.clear();
        return upserted;
    }

    // The batch's day rows, sorted and summed, merged into the held-back ones (sorted and unique as well).
    m_merged.clear();
    auto held = m_pending.cbegin();
    for (size_t first = 0; first < m_days.size();) {
        const DayRow &k = m_days[first].first;
        for (; held != m_pending.cend() && held->first.tie() < k.tie(); ++held)
            m_merged.push_back(*held);
        Counters c;
        if (held != m_pending.cend() && held->first == k)
            c = (held++)->second;
        size_t next = first;
        for (; next < m_days.size() && m_days[next].first == k; ++next) {
            if (!c.add(m_days[next].second)) {
                m_days.clear();
                return RollupSql::sumOverflow();
            }
        }
        m_merged.emplace_back(k, c);
        m_dayTouched.insert(k.day, m_flushes);
        first = next;
    }
    m_merged.insert(m_merged.end(), held, m_pending.cend());
    std::swap(m_pending, m_merged);
    m_days.clear();
    ++m_flushes;
    return writeDays(sourceId, m_pending.size() > MaxPendingDays);
}

Result<void> RollupPairSink::writeDays(qint64 sourceId, bool all)
{
    // Days no batch added to in the last two flushes are done.
    const auto done = [&](qint64 day) { return all || m_dayTouched.value(day) < m_flushes - 2; };
    m_dayRows.clear();
    m_merged.clear();
    for (const auto &[k, c] : m_pending) {
        if (!done(k.day)) {
            m_merged.emplace_back(k, c);
            continue;
        }
        qint64 *v = m_dayRows.append();
        for (qint64 x : { qint64(k.dimension), k.day, k.key, qint64(k.type), k.model, c.requests, c.quota,
                 c.promptTokens, c.completionTokens, c.cacheReadTokens, c.cacheWriteTokens, c.unsplitTokens })
            *v++ = x;
    }
    if (m_merged.size() == m_pending.size())
        return {};
    std::swap(m_pending, m_merged);
    for (auto it = m_dayTouched.begin(); it != m_dayTouched.end();) {
        if (done(it.key()))
            it = m_dayTouched.erase(it);
        else
            ++it;
    }
    return BatchTable::run(m_upsertDays, &m_dayRows, sourceId, QStringLiteral("updating daily rollup pairs"));
}

Result<void> RollupPairSink::finish(qint64 sourceId)
{
    auto r = m_pending.empty() ? Result<void>() : writeDays(sourceId, true);
    // The held-back days only: a batch being flushed for another source keeps its deltas.
    m_pending.clear();
    m_dayTouched.clear();
    m_pendingSource.reset();
    return r;
}

void RollupPairSink::discard()
{
    m_pending.clear();
    m_dayTouched.clear();
    m_pendingSource.reset();
    for (auto &d : m_deltas)
        d.clear();
}

} // namespace QuotaScope
