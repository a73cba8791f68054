#include "store/rollupdays.h"

#include "model/usagerecord.h"
#include "store/rollupsql.h"
#include "store/zonedays.h"


#include <algorithm>
#include <optional>

namespace QuotaScope {

namespace {

const char Columns[] = "dimension, type, day, source_id, key, requests, quota, prompt_tokens, completion_tokens, "
                       "cache_read_tokens, cache_write_tokens, unsplit_tokens";

} // namespace

const char RollupDays::Schema[] = "CREATE TABLE IF NOT EXISTS rollup_days("
                                  " dimension INTEGER NOT NULL,"
                                  " type INTEGER NOT NULL,"
                                  " day INTEGER NOT NULL,"
                                  " source_id INTEGER NOT NULL,"
                                  " key INTEGER NOT NULL,"
                                  " requests INTEGER NOT NULL,"
                                  " quota INTEGER NOT NULL,"
                                  " prompt_tokens INTEGER NOT NULL,"
                                  " completion_tokens INTEGER NOT NULL,"
                                  " cache_read_tokens INTEGER NOT NULL,"
                                  " cache_write_tokens INTEGER NOT NULL,"
                                  " unsplit_tokens INTEGER NOT NULL,"
                                  " PRIMARY KEY(dimension, type, day, source_id, key)"
                                  ") WITHOUT ROWID";

QByteArray RollupDays::fromKeysSql(const QByteArray &sourcesSql)
{
    return "SELECT dimension, type, bucket - ((bucket % 86400) + 86400) % 86400, source_id, key, "
        + RollupSql::counterSums() + " FROM " + RollupSql::keyRows("source_id IN (" + sourcesSql + ")")
        + " GROUP BY 1, 2, 3, 4, 5";
}

Result<void> RollupDays::rebuild(sqlite3 *db, const QByteArray &sourcesSql)
{
    if (auto zones = ZoneDays::invalidateAll(db); !zones)
        return zones;
    return RollupSql::replaceForSources(db, "rollup_days", Columns, fromKeysSql(sourcesSql), sourcesSql, QStringLiteral("rebuilding daily rollups"));
}

Result<qint64> RollupDays::verify(
    sqlite3 *db, const QByteArray &sourcesSql, qint64 sourceId, QStringList *details, int maxDetails)
{
    return RollupSql::compare(
        db, "from the key rows", { fromKeysSql(sourcesSql) + RollupSql::orderBy(1, 5) }, "rollup_days",
        "SELECT " + QByteArray(Columns) + " FROM rollup_days WHERE source_id IN (" + sourcesSql + ")"
            + RollupSql::orderBy(1, 5),
        5, sourceId, details, maxDetails,
        [](const SqliteStatement &st) {
            return QStringLiteral("dimension %1 type %2 day %3 source %4 key id %5: requests %6 quota %7")
                .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6));
        },
        QStringLiteral("verifying daily rollups"));
}

Result<void> RollupDays::rederive(sqlite3 *db, qint64 sourceId, qint64 firstBucket, qint64 lastBucket)
{
    // Spelled out along the primary keys (dimension, type, day or bucket, ...) so that both seek: an aggregate
    // source holds consumption rows only.
    const QByteArray along = "dimension IN (0, 1, 2, 3, 4, 5) AND type = " + QByteArray::number(int(LogType::Consume));
    const qint64 from = dayStart(firstBucket);
    const qint64 to = dayStart(lastBucket) + 86400;
    const QByteArray steps[] = {
        "DELETE FROM rollup_days WHERE " + along + " AND day >= " + QByteArray::number(from) + " AND day < "
            + QByteArray::number(to) + " AND source_id = ?1",
        "INSERT INTO rollup_days(" + QByteArray(Columns)
            + ") SELECT dimension, type, bucket - ((bucket % 86400) + 86400) % 86400, source_id, key, "
            + RollupSql::counterSums() + " FROM "
            + RollupSql::keyRows(along + " AND source_id = ?1", std::pair { from, to }) + " GROUP BY 1, 2, 3, 4, 5",
    };
    if (auto zones = ZoneDays::invalidate(db, firstBucket, lastBucket); !zones)
        return zones;
    for (const QByteArray &sql : steps) {
        SqliteStatement st;
        if (auto r = st.prepare(db, sql); !r)
            return r;
        st.bind(1, sourceId);
        st.step();
        if (!st.ok())
            return st.error(QStringLiteral("replacing hourly data"));
    }
    return {};
}

RollupDaySink::RollupDaySink(sqlite3 *db)
    : m_db(db)
{ }

void RollupDaySink::add(int dimension, int type, qint64 bucket, qint64 key, const Counters &c)
{
    m_firstBucket = std::min(m_firstBucket, bucket);
    m_lastBucket = std::max(m_lastBucket, bucket);
    m_deltas.emplace_back(Row { dimension, type, RollupDays::dayStart(bucket), key }, c);
}

Result<void> RollupDaySink::flush(qint64 sourceId)
{
    if (m_deltas.empty())
        return {};
    // The display-zone days these buckets fall in are derived again when next asked for.
    const auto zones = ZoneDays::invalidate(m_db, m_firstBucket, m_lastBucket);
    m_firstBucket = std::numeric_limits<qint64>::max();
    m_lastBucket = std::numeric_limits<qint64>::min();
    if (!zones) {
        m_deltas.clear();
        return zones;
    }
    if (!m_upsert.isPrepared()) {
        auto r = BatchTable::install(m_db);
        if (r) {
            r = m_upsert.prepare(m_db,
                "INSERT INTO rollup_days(" + QByteArray(Columns)
                    + ") SELECT c0, c1, c2, ?2, c3, c4, c5, c6, c7, c8, c9, c10 FROM qs_batch(?1) WHERE true ON "
                      "CONFLICT(dimension, type, day, source_id, key) DO UPDATE SET "
                    + RollupSql::checkedCounterAdds());
        }
        if (!r)
            return r;
    }
    // Summed and in primary-key order, so that SQLite writes each page it visits once.
    std::sort(m_deltas.begin(), m_deltas.end(), [](const auto &a, const auto &b) { return a.first.tie() < b.first.tie(); });
    size_t unique = 0;
    for (size_t i = 0; i < m_deltas.size(); ++i) {
        if (unique > 0 && m_deltas[unique - 1].first.tie() == m_deltas[i].first.tie()) {
            if (!m_deltas[unique - 1].second.add(m_deltas[i].second)) {
                m_deltas.clear();
                return RollupSql::sumOverflow();
            }
        } else {
            m_deltas[unique++] = m_deltas[i];
        }
    }
    m_deltas.resize(unique);
    m_rows.clear();
    for (const auto &[k, c] : m_deltas) {
        qint64 *v = m_rows.append();
        for (qint64 x : { qint64(k.dimension), qint64(k.type), k.day, k.key, c.requests, c.quota, c.promptTokens,
                 c.completionTokens, c.cacheReadTokens, c.cacheWriteTokens, c.unsplitTokens })
            *v++ = x;
    }
    m_deltas.clear();
    return BatchTable::run(m_upsert, &m_rows, sourceId, QStringLiteral("updating daily rollups"));
}

} // namespace QuotaScope
