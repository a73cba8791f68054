#include "store/rolluppairs.h"

#include "store/rollupsql.h"

#include <QCoreApplication>

#include <algorithm>

namespace QuotaScope {

namespace {

const char Columns[] = "dimension, day, key, type, bucket, source_id, model, requests, quota, prompt_tokens, "
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
    // Spelled out along the primary key (dimension, day, ...) so that it seeks to the days of the range.
    SqliteStatement del;
    auto r = del.prepare(db,
        "DELETE FROM rollup_pairs WHERE dimension IN (2, 3, 4, 5) AND day >= ?2 / 86400 - 1 AND day <= ?3 / 86400 + 1 "
        "AND bucket >= ?2 AND bucket <= ?3 AND source_id = ?1");
    if (!r)
        return r;
    del.bind(1, sourceId);
    del.bind(2, firstBucket);
    del.bind(3, lastBucket);
    del.step();
    if (!del.ok())
        return del.error(QStringLiteral("replacing hourly data"));
    return {};
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
    if (m_deltas[0].empty())
        return {};
    if (!m_upsert.isPrepared()) {
        auto r = BatchTable::install(m_db);
        if (r) {
            r = m_upsert.prepare(m_db,
                "INSERT INTO rollup_pairs(" + QByteArray(Columns)
                    + ") SELECT c0, c1, c2, c3, c4, ?2, c5, c6, c7, c8, c9, c10, c11, c12 FROM qs_batch(?1) WHERE true "
                      "ON CONFLICT(dimension, day, key, type, bucket, source_id, model) DO UPDATE SET "
                    + RollupSql::checkedCounterAdds());
        }
        if (!r)
            return r;
    }
    // In primary-key order, so that SQLite writes each page it visits once: the dimensions in turn, each one's
    // rows sorted and those with the same key summed.
    m_rows.clear();
    for (int i = 0; i < 4; ++i) {
        auto &deltas = m_deltas[i];
        std::sort(deltas.begin(), deltas.end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
        for (size_t first = 0; first < deltas.size();) {
            Counters c = deltas[first].second;
            size_t next = first + 1;
            for (; next < deltas.size() && deltas[next].first == deltas[first].first; ++next) {
                if (!c.add(deltas[next].second)) {
                    for (auto &d : m_deltas)
                        d.clear();
                    return RollupSql::sumOverflow();
                }
            }
            const Row &k = deltas[first].first;
            qint64 *v = m_rows.append();
            for (qint64 x : { qint64(RollupPairs::Dimensions[i]), k.day, k.key, qint64(k.type), k.bucket, k.model,
                     c.requests, c.quota, c.promptTokens, c.completionTokens, c.cacheReadTokens, c.cacheWriteTokens,
                     c.unsplitTokens })
                *v++ = x;
            first = next;
        }
        deltas.clear();
    }
    return BatchTable::run(m_upsert, &m_rows, sourceId, QStringLiteral("updating rollup pairs"));
}

} // namespace QuotaScope
